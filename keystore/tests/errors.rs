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
