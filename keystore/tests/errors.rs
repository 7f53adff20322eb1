//! Bad input gives typed errors whose messages name the value and suggest a fix.

use keystore::{Keypair, KeystoreError, Mnemonic, PublicKey, WordCount, mnemonic, ss58};

const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

#[test]
fn mnemonic_generation_every_length() {
    for n in [12usize, 15, 18, 21, 24] {
        let wc = WordCount::try_from(n).unwrap();
        let m = Mnemonic::generate(wc).unwrap();
        assert_eq!(m.word_count(), n);
        mnemonic::validate(m.phrase()).unwrap();
        let kp = Keypair::from_mnemonic(m.clone()).unwrap();
        assert!(kp.same_key(&Keypair::from_phrase(m.phrase()).unwrap()));
    }
    assert_ne!(
        Mnemonic::generate(WordCount::W12).unwrap(),
        Mnemonic::generate(WordCount::W12).unwrap()
    );
    assert!(matches!(WordCount::try_from(13), Err(KeystoreError::InvalidWordCount { count: 13 })));
    assert!(format!("{:?}", Mnemonic::generate(WordCount::W12).unwrap()).contains("redacted"));
}

#[test]
fn invalid_mnemonic_word_names_word_and_position() {
    let phrase = ABANDON.replacen("abandon", "abandn", 1).replace("about", "abuot");
    let err = Keypair::from_phrase(&phrase).unwrap_err();
    match &err {
        KeystoreError::InvalidMnemonicWord { word, position } => {
            assert_eq!((word.as_str(), *position), ("abandn", 1));
        }
        e => panic!("{e}"),
    }
    assert!(err.to_string().contains("\"abandn\"") && err.to_string().contains("word 1"));
    let err = mnemonic::validate(&ABANDON.replace("about", "Xyz")).unwrap_err();
    assert!(matches!(err, KeystoreError::InvalidMnemonicWord { position: 12, .. }), "{err}");
    // Uppercase is rejected like btwallet does.
    assert!(matches!(
        mnemonic::validate(&ABANDON.to_uppercase()),
        Err(KeystoreError::InvalidMnemonicWord { position: 1, .. })
    ));
}

#[test]
fn invalid_checksum_and_count() {
    let err = mnemonic::validate(&ABANDON.replace("about", "abandon")).unwrap_err();
    assert!(matches!(err, KeystoreError::InvalidChecksum), "{err}");
    assert!(err.to_string().contains("checksum"));
    let err = mnemonic::validate("abandon abandon abandon").unwrap_err();
    assert!(matches!(err, KeystoreError::InvalidWordCount { count: 3 }));
    assert!(err.to_string().contains("has 3"));
    assert!(matches!(mnemonic::validate(""), Err(KeystoreError::InvalidWordCount { count: 0 })));
    // Extra whitespace is tolerated, and the phrase is kept as typed.
    let spaced = format!("  {}  ", ABANDON.replace(' ', "   "));
    let m = Mnemonic::parse(&spaced).unwrap();
    assert_eq!(m.phrase(), spaced);
    assert_eq!(
        Keypair::from_mnemonic(m).unwrap().address(),
        Keypair::from_phrase(ABANDON).unwrap().address()
    );
}

#[test]
fn invalid_ss58_names_the_address() {
    let good = "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH";
    let bad_checksum = good.replace("rgH", "rgJ");
    for (addr, needle) in [
        ("", "empty"),
        ("5EPCUjPxiHAcNooYipQFWr9Nmm0", "not base58"),
        (&good[..40], "bytes"),
        (bad_checksum.as_str(), "checksum"),
        // Polkadot (prefix 0) address of the same key.
        (&ss58::encode_with_prefix(&PublicKey::from_ss58(good).unwrap().0, 0), "prefix 0"),
    ] {
        let err = PublicKey::from_ss58(addr).unwrap_err();
        match &err {
            KeystoreError::InvalidSs58 { address, reason } => {
                assert_eq!(address, addr);
                assert!(reason.contains(needle), "{addr}: {reason}");
            }
            e => panic!("{e}"),
        }
        assert!(err.to_string().contains(&format!("\"{addr}\"")));
    }
    // Two-byte prefixes round-trip.
    let pk = PublicKey::from_ss58(good).unwrap();
    for prefix in [0u16, 2, 42, 63, 64, 255, 1284, 16383] {
        let a = ss58::encode_with_prefix(&pk.0, prefix);
        assert_eq!(ss58::decode_any(&a).unwrap(), (prefix, pk.0), "{prefix}");
    }
    // Known published addresses with other prefixes (Alice on Polkadot and Kusama).
    let alice = Keypair::from_uri("//Alice").unwrap().public_key();
    assert_eq!(
        ss58::encode_with_prefix(&alice.0, 0),
        "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5"
    );
    assert_eq!(
        ss58::encode_with_prefix(&alice.0, 2),
        "HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F"
    );
}

#[test]
fn invalid_public_keys_and_secrets() {
    let err = PublicKey::parse("0x1234").unwrap_err();
    assert!(matches!(err, KeystoreError::InvalidPublicKey { .. }));
    assert!(err.to_string().contains("0x1234") && err.to_string().contains("2 bytes"));
    assert!(matches!(PublicKey::parse("0xzz"), Err(KeystoreError::InvalidPublicKey { .. })));
    // A non-canonical scalar is not a btcli private key.
    let err = Keypair::from_private_key(&[0xff; 64]).unwrap_err();
    assert!(matches!(err, KeystoreError::InvalidSecret { .. }));
    assert!(!err.to_string().contains("ffff"), "secrets are never echoed");
    assert!(matches!(
        Keypair::from_uri("//Alice///"),
        Ok(_) | Err(KeystoreError::InvalidSecret { .. })
    ));
    assert!(matches!(
        Keypair::from_uri("not a phrase//x"),
        Err(KeystoreError::InvalidSecret { .. })
    ));
}

#[test]
fn debug_output_never_shows_secrets() {
    let kp = Keypair::from_phrase(ABANDON).unwrap();
    let dbg = format!("{kp:?}");
    assert!(dbg.contains(&kp.address()) && !dbg.contains("abandon") && dbg.contains("redacted"));
}

#[test]
fn hex_secrets_seed_or_private_key() {
    let seed = "0x4ed8d4b17698ddeaa1f1559f152f87b5d472f725ca86d341bd0276f1b61197e2";
    let pk = "2ec306fc1c5bc2f0e3a2c7a6ec6014ca4a0823a7d7d42ad5e9d7f376a1c36c0d14a2ddb1ef1df4adba49f3a4d8c0f6205117907265f09a53ccf07a4e8616dfd8";
    let a = Keypair::from_hex_secret(seed).unwrap();
    let b = Keypair::from_hex_secret(pk).unwrap();
    assert_eq!(a.address(), "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH");
    assert!(a.same_key(&b));
    for bad in ["0x12", "0xzz", "abc", ""] {
        let err = Keypair::from_hex_secret(bad).unwrap_err();
        assert!(matches!(err, KeystoreError::InvalidSecret { .. }), "{bad:?}");
    }
}

#[test]
fn bt_pw_environment_variable_convention() {
    use keystore::env_password;
    let name = env_password::var_name(std::path::Path::new(
        "/home/alice/.bittensor/wallets/default/coldkey",
    ));
    assert_eq!(name, "BT_PW__HOME_ALICE__BITTENSOR_WALLETS_DEFAULT_COLDKEY");
    assert_eq!(env_password::encode(&name, "Test-Password-123!"), "FjEsJHoPPjs8OiotJWF4cXZ+");
    assert_eq!(
        &*env_password::decode(&name, "FjEsJHoPPjs8OiotJWF4cXZ+").unwrap(),
        "Test-Password-123!"
    );
    assert!(env_password::decode(&name, "%%%").is_err());
}
