//! Every vector in tests/data/btwallet/manifest.json (written by bittensor-wallet 4.1.1 and
//! bittensor 11.3.0), except the real 5 s `$NACL` KDF runs, which live in nacl_slow.rs.

mod common;

use common::*;
use keystore::{KeyFileFormat, Keypair, LockedKey, PublicKey, WalletRoot};

#[test]
fn mnemonics_derive_the_recorded_keys() {
    let m = manifest();
    for v in m["vectors"].as_array().unwrap() {
        let c = &v["coldkey"];
        let kp = Keypair::from_phrase(s(v, "mnemonic")).unwrap();
        assert_eq!(kp.address(), s(c, "ss58"), "{}", s(v, "name"));
        assert_eq!(kp.public_key().to_hex(), s(c, "public_key_hex"));
        assert_eq!(kp.seed().unwrap(), &hex32(s(c, "mini_secret_seed_hex")));
        assert_eq!(*kp.private_key(), hex64(s(c, "private_key_64_hex")));
        assert_eq!(kp.mnemonic().unwrap().word_count() as u64, v["word_count"].as_u64().unwrap());

        // Same key from the seed alone and from the private key alone.
        let from_seed = Keypair::from_seed(&hex32(s(c, "mini_secret_seed_hex"))).unwrap();
        assert_eq!(from_seed.address(), s(c, "ss58"));
        let from_pk = Keypair::from_private_key(&hex64(s(c, "private_key_64_hex"))).unwrap();
        assert_eq!(from_pk.address(), s(c, "ss58"));
        assert!(from_pk.same_key(&kp) && from_seed.same_key(&kp));
        assert!(from_pk.seed().is_none() && from_pk.mnemonic().is_none());

        // Same as sp-core's own derivation.
        use sp_core::Pair as _;
        let (pair, _) = sp_core::sr25519::Pair::from_phrase(s(v, "mnemonic"), None).unwrap();
        assert_eq!(pair.public().0, kp.public_key().0);
        assert_eq!(kp.to_sp_core().unwrap().public().0, kp.public_key().0);

        // The ed25519-expanded form round-trips (polkadot-js body).
        let ed = kp.ed25519_expanded_secret();
        assert!(Keypair::from_ed25519_expanded(&ed).unwrap().same_key(&kp));

        // SS58 both ways.
        assert_eq!(PublicKey::from_ss58(s(c, "ss58")).unwrap(), kp.public_key());
        assert_eq!(PublicKey::parse(s(c, "public_key_hex")).unwrap(), kp.public_key());
    }
}

#[test]
fn recorded_signatures_verify() {
    let m = manifest();
    let msg = s(&m, "sign_message_utf8").as_bytes().to_vec();
    assert_eq!(hex_bytes(s(&m, "sign_message_hex")), msg);
    for v in m["vectors"].as_array().unwrap() {
        let c = &v["coldkey"];
        let pk = PublicKey::from_ss58(s(c, "ss58")).unwrap();
        let sig = hex64(s(c, "signature_hex"));
        assert!(pk.verify_exact(&msg, &sig), "{}", s(v, "name"));
        let wrapped = hex64(s(c, "signature_over_bytes_wrapped_message_hex"));
        assert!(!pk.verify_exact(&msg, &wrapped));
        assert!(pk.verify_exact(&keystore::keypair::wrap_bytes(&msg), &wrapped));
        assert!(pk.verify(&msg, &wrapped), "<Bytes> fallback");
        let h = &v["hotkey"];
        let hpk = PublicKey::from_ss58(s(h, "ss58")).unwrap();
        assert!(hpk.verify(&msg, &hex64(s(h, "signature_hex"))));
        // Wrong key / wrong message must fail.
        assert!(!hpk.verify(&msg, &sig) || hpk == pk);
        assert!(!pk.verify(b"another message", &sig));
    }
}

#[test]
fn own_signatures_verify_and_are_randomized() {
    let kp = Keypair::from_phrase(s(&manifest()["vectors"][0], "mnemonic")).unwrap();
    let a = kp.sign(b"hello");
    let b = kp.sign(b"hello");
    assert_ne!(a, b, "schnorrkel signatures are randomized");
    assert!(kp.verify(b"hello", &a) && kp.verify(b"hello", &b));
    let w = kp.sign_wrapped(b"hello");
    assert!(kp.public_key().verify(b"hello", &w));
    assert!(!kp.public_key().verify_exact(b"hello", &w));
    // sp-core verifies our signatures too.
    use sp_core::Pair as _;
    assert!(sp_core::sr25519::Pair::verify(
        &sp_core::sr25519::Signature::from_raw(a),
        b"hello",
        &sp_core::sr25519::Public::from_raw(kp.public_key().0)
    ));
}

#[test]
fn secret_uris_derive_the_recorded_addresses() {
    let m = manifest();
    for (uri, addr) in m["derivation_checks"]["uri_addresses"].as_object().unwrap() {
        let kp = Keypair::from_uri(uri).unwrap();
        assert_eq!(kp.address(), addr.as_str().unwrap(), "{uri}");
    }
    // A bare phrase keeps its mnemonic so it can be written back as a full key file.
    let kp = Keypair::from_uri(s(&m["vectors"][0], "mnemonic")).unwrap();
    assert!(kp.mnemonic().is_some());
}

#[test]
fn plaintext_hotkeys_and_pub_files_open_without_password() {
    let m = manifest();
    for v in m["vectors"].as_array().unwrap() {
        let h = &v["hotkey"];
        let hot = LockedKey::open(data().join(s(h, "file"))).unwrap();
        let hpub = LockedKey::open(data().join(s(h, "hotkeypub_file"))).unwrap();
        assert_eq!(hpub.format(), KeyFileFormat::PublicOnly);
        assert_eq!(hpub.address().unwrap(), s(h, "ss58"));
        assert!(matches!(hpub.unlock(""), Err(keystore::KeystoreError::NoSecret { .. })));
        if h["encrypted"].as_bool().unwrap() {
            assert_eq!(hot.format(), KeyFileFormat::Nacl);
            assert!(hot.public_key().is_none());
        } else {
            assert_eq!(hot.format(), KeyFileFormat::Plain);
            assert_eq!(hot.address().unwrap(), s(h, "ss58"));
            let kp = hot.unlock("").unwrap();
            assert_eq!(kp.address(), s(h, "ss58"));
            assert_eq!(kp.mnemonic().unwrap().phrase(), s(h, "mnemonic"));
            assert!(
                kp.verify(s(&m, "sign_message_utf8").as_bytes(), &hex64(s(h, "signature_hex")))
            );
        }
        let c = &v["coldkey"];
        let cpub = LockedKey::open(data().join(s(c, "coldkeypub_file"))).unwrap();
        assert_eq!(cpub.address().unwrap(), s(c, "ss58"));
        // The decrypted plaintext recorded next to each coldkey is itself a loadable keyfile.
        let dec = LockedKey::open(data().join(s(c, "decrypted_json_file"))).unwrap();
        assert_eq!(dec.format(), KeyFileFormat::Plain);
        assert_eq!(dec.unlock("").unwrap().address(), s(c, "ss58"));
    }
}

#[test]
fn nacl_files_open_with_the_recorded_derived_keys() {
    // Fast path: the Argon2i step is replaced by the key recorded in the manifest; the real
    // KDF runs once per file in nacl_slow.rs.
    let m = manifest();
    let cold_key = nacl_key(COLD_PW);
    let hot_key = nacl_key(HOT_PW);
    let mut files = vec![];
    for v in m["vectors"].as_array().unwrap() {
        let c = &v["coldkey"];
        files.push((s(c, "file").to_owned(), s(c, "ss58").to_owned(), cold_key, hot_key));
        let h = &v["hotkey"];
        if h["encrypted"].as_bool().unwrap() {
            files.push((s(h, "file").to_owned(), s(h, "ss58").to_owned(), hot_key, cold_key));
        }
    }
    files.push((
        "wallets_bittensor11/w_abandon12/coldkey".into(),
        s(&m["vectors"][0]["coldkey"], "ss58").into(),
        cold_key,
        hot_key,
    ));
    assert_eq!(files.len(), 6);
    for (file, ss58, right, wrong) in files {
        let locked = LockedKey::open(data().join(&file)).unwrap();
        assert_eq!(locked.format(), KeyFileFormat::Nacl, "{file}");
        assert_eq!(locked.unlock_nacl_with_key(&right).unwrap().address(), ss58, "{file}");
        assert!(
            matches!(
                locked.unlock_nacl_with_key(&wrong),
                Err(keystore::KeystoreError::WrongPassword { .. })
            ),
            "{file}"
        );
    }
}

#[test]
fn nacl_layout_matches_manifest() {
    let m = manifest();
    for v in m["vectors"].as_array().unwrap() {
        let c = &v["coldkey"];
        let bytes = std::fs::read(data().join(s(c, "file"))).unwrap();
        assert_eq!(bytes.len() as u64, c["file_size"].as_u64().unwrap());
        let l = &c["nacl_layout"];
        assert_eq!(&bytes[..5], b"$NACL");
        assert_eq!(hex::encode(&bytes[5..29]), s(l, "nonce_hex"));
        assert_eq!(hex::encode(&bytes[29..45]), s(l, "tag_hex"));
    }
}

#[test]
fn wrong_password_on_cheap_formats_is_refused_fast() {
    // Empty passwords never reach the KDF of any format.
    for f in [
        "wallets/w_abandon12/coldkey",
        "legacy/coldkey.ansible_vault",
        "legacy/coldkey.fernet",
        "polkadotjs/abandon12.json",
    ] {
        let k = LockedKey::open(data().join(f)).unwrap();
        assert!(matches!(k.unlock(""), Err(keystore::KeystoreError::WrongPassword { .. })), "{f}");
    }
}

#[test]
fn ansible_vault_legacy_file() {
    let m = manifest();
    let k = LockedKey::open(data().join("legacy/coldkey.ansible_vault")).unwrap();
    assert_eq!(k.format(), KeyFileFormat::AnsibleVault);
    let kp = k.unlock(s(&m["legacy"], "password")).unwrap();
    assert_eq!(kp.address(), s(&m["vectors"][0]["coldkey"], "ss58"));
    assert!(matches!(k.unlock("wrong"), Err(keystore::KeystoreError::WrongPassword { .. })));
}

#[test]
fn fernet_legacy_file() {
    // 10 million PBKDF2 rounds per attempt: ~1.5 s optimized.
    let m = manifest();
    let k = LockedKey::open(data().join("legacy/coldkey.fernet")).unwrap();
    assert_eq!(k.format(), KeyFileFormat::Fernet);
    let kp = k.unlock(s(&m["legacy"], "password")).unwrap();
    assert_eq!(kp.address(), s(&m["vectors"][0]["coldkey"], "ss58"));
    assert!(matches!(k.unlock("wrong"), Err(keystore::KeystoreError::WrongPassword { .. })));
}

#[test]
fn legacy_plaintext_and_python_era_nulls() {
    let m = manifest();
    let addr = s(&m["vectors"][0]["coldkey"], "ss58");
    let plain = LockedKey::open(data().join("legacy/plaintext.json")).unwrap();
    assert_eq!(plain.format(), KeyFileFormat::Plain);
    assert_eq!(plain.unlock("").unwrap().address(), addr);
    let nulls = LockedKey::open(data().join("legacy/coldkeypub_python_era_nulls.txt")).unwrap();
    assert_eq!(nulls.format(), KeyFileFormat::PublicOnly);
    assert_eq!(nulls.address().unwrap(), addr);
}

#[test]
fn polkadot_js_export_imports() {
    let m = manifest();
    let p = &m["polkadotjs_json"];
    let k = LockedKey::open(data().join(s(p, "file"))).unwrap();
    assert_eq!(k.format(), KeyFileFormat::PolkadotJs);
    assert_eq!(k.address().unwrap(), s(p, "substrate_interface_address"));
    let kp = k.unlock(s(p, "password")).unwrap();
    assert_eq!(kp.address(), s(p, "btwallet_import_address"));
    assert!(kp.same_key(&Keypair::from_phrase(s(&m["vectors"][0], "mnemonic")).unwrap()));
    assert!(matches!(k.unlock("wrong"), Err(keystore::KeystoreError::WrongPassword { .. })));
}

#[test]
fn vector_wallet_trees_list_without_passwords() {
    let m = manifest();
    let root = WalletRoot::new(data().join("wallets"));
    let list = root.list().unwrap();
    let names: Vec<_> = list.iter().map(|w| w.name.as_str()).collect();
    assert_eq!(names, ["w_abandon12", "w_devphrase12", "w_legal24", "w_zoo24"]);
    for w in &list {
        let v = m["vectors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| format!("w_{}", s(v, "name")) == w.name)
            .unwrap();
        assert_eq!(w.coldkey.as_ref().unwrap().format, Some(KeyFileFormat::Nacl));
        assert_eq!(w.coldkey_public().unwrap().to_ss58(), s(&v["coldkey"], "ss58"));
        assert_eq!(w.hotkeys.len(), 1, "{}", w.name);
        assert_eq!(w.hotkeys[0].name, "default");
        assert_eq!(w.hotkeys[0].public_key().unwrap().to_ss58(), s(&v["hotkey"], "ss58"));
        let wallet = root.wallet(&w.name).unwrap();
        // The coldkey's address is known from coldkeypub.txt before unlocking.
        let locked = wallet.open_coldkey().unwrap();
        assert_eq!(locked.address().unwrap(), s(&v["coldkey"], "ss58"));
        assert_eq!(wallet.coldkey_public().unwrap().to_ss58(), s(&v["coldkey"], "ss58"));
        assert_eq!(wallet.hotkey_public("default").unwrap().to_ss58(), s(&v["hotkey"], "ss58"));
    }
    let b11 = WalletRoot::new(data().join("wallets_bittensor11")).wallet("w_abandon12").unwrap();
    let kp = b11.open_coldkey().unwrap().unlock_nacl_with_key(&nacl_key(COLD_PW)).unwrap();
    assert_eq!(kp.address(), s(&m["vectors"][0]["coldkey"], "ss58"));
    assert_eq!(
        b11.open_hotkey("default").unwrap().unlock("").unwrap().address(),
        s(&m["vectors"][0]["hotkey"], "ss58")
    );
}

#[test]
fn password_env_var_example_is_consistent() {
    // Not implemented as an API (the CLI owns env handling), but keep the documented vector
    // checked: value = base64(password XOR name).
    use base64::Engine as _;
    let m = manifest();
    let e = &m["password_env_var"];
    let name = s(e, "env_var_name").as_bytes();
    let raw = base64::engine::general_purpose::STANDARD.decode(s(e, "env_var_value")).unwrap();
    let pw: Vec<u8> = raw.iter().enumerate().map(|(i, b)| b ^ name[i % name.len()]).collect();
    assert_eq!(pw, s(e, "password").as_bytes());
}

#[test]
fn fast_pbkdf2_matches_the_pbkdf2_crate() {
    use sha2::Sha256;
    let long = [7u8; 100];
    for (pw, salt, rounds) in [
        (&b"Test-Password-123!"[..], &b"Iguesscyborgs"[..], 1u32),
        (b"", b"salt", 2),
        (b"password", b"", 1000),
        (&long[..], b"salt", 17),
        (&[1u8; 64][..], b"salt", 5),
    ] {
        let mut expect = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<Sha256>(pw, salt, rounds, &mut expect);
        assert_eq!(*keystore::format::fernet::pbkdf2_sha256_32(pw, salt, rounds), expect);
    }
}
