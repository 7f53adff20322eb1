//! taoctl's own keystore format: round trips, header authentication (every field is bound into
//! the AEAD associated data), hostile KDF parameters, and damaged files.

mod common;

use common::*;
use keystore::format::taoctl;
use keystore::{KdfParams, KeyFileFormat, KeyRole, Keypair, KeystoreError, LockedKey, Protection};

const PW: &str = "correct horse battery staple";

fn key() -> Keypair {
    Keypair::from_phrase(s(&manifest()["vectors"][0], "mnemonic")).unwrap()
}

fn encrypted(kp: &Keypair) -> Vec<u8> {
    keystore::encode_key(
        kp,
        KeyRole::Coldkey,
        Protection::Taoctl { password: PW, kdf: KdfParams::INSECURE_TEST },
    )
    .unwrap()
    .to_vec()
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap()
}

fn reopen(v: &serde_json::Value) -> keystore::Result<Keypair> {
    LockedKey::from_bytes("edited", serde_json::to_vec(v).unwrap())?.unlock(PW)
}

#[test]
fn round_trip_keeps_everything_and_shows_public_data() {
    let kp = key();
    let bytes = encrypted(&kp);
    let v = json(&bytes);
    assert_eq!(v["format"], "taoctl-keystore");
    assert_eq!(v["version"], 1);
    assert_eq!(v["key"]["role"], "coldkey");
    assert_eq!(v["key"]["scheme"], "sr25519");
    assert_eq!(v["key"]["ss58_format"], 42);
    assert_eq!(v["kdf"]["alg"], "argon2id");
    assert_eq!(v["kdf"]["m_kib"], 8192);
    assert_eq!(v["cipher"]["alg"], "xchacha20poly1305");
    assert!(!String::from_utf8_lossy(&bytes).contains("abandon"), "no secret in clear");

    let locked = LockedKey::from_bytes("k", bytes.clone()).unwrap();
    assert_eq!(locked.format(), KeyFileFormat::Taoctl);
    assert!(locked.is_encrypted());
    assert_eq!(locked.address().unwrap(), kp.address());
    let back = locked.unlock(PW).unwrap();
    assert!(back.same_key(&kp));
    assert_eq!(back.mnemonic().unwrap().phrase(), kp.mnemonic().unwrap().phrase());
    assert_eq!(back.seed(), kp.seed());

    let header = taoctl::read_header("k".as_ref(), &bytes).unwrap();
    assert_eq!(header.role, KeyRole::Coldkey);
    assert_eq!(header.kdf, KdfParams::INSECURE_TEST);
    assert!(header.created_at.ends_with('Z') && header.created_at.len() == 20);
}

#[test]
fn every_write_uses_a_fresh_salt_and_nonce() {
    let kp = key();
    let (a, b) = (json(&encrypted(&kp)), json(&encrypted(&kp)));
    assert_ne!(a["kdf"]["salt"], b["kdf"]["salt"]);
    assert_ne!(a["cipher"]["nonce"], b["cipher"]["nonce"]);
    assert_ne!(a["ciphertext"], b["ciphertext"]);
}

#[test]
fn keys_without_mnemonic_round_trip() {
    let m = manifest();
    let c = &m["vectors"][2]["coldkey"];
    for kp in [
        Keypair::from_private_key(&hex64(s(c, "private_key_64_hex"))).unwrap(),
        Keypair::from_seed(&hex32(s(c, "mini_secret_seed_hex"))).unwrap(),
        Keypair::from_uri("//Alice").unwrap(),
    ] {
        let back = LockedKey::from_bytes("k", encrypted(&kp)).unwrap().unlock(PW).unwrap();
        assert!(back.same_key(&kp));
        assert_eq!(back.seed(), kp.seed());
    }
}

#[test]
fn wrong_and_empty_passwords() {
    let locked = LockedKey::from_bytes("k", encrypted(&key())).unwrap();
    assert!(matches!(locked.unlock("wrong"), Err(KeystoreError::WrongPassword { .. })));
    assert!(matches!(locked.unlock(""), Err(KeystoreError::WrongPassword { .. })));
    let err = keystore::encode_key(
        &key(),
        KeyRole::Coldkey,
        Protection::Taoctl { password: "", kdf: KdfParams::INSECURE_TEST },
    )
    .unwrap_err();
    assert!(matches!(err, KeystoreError::EmptyPassword));
    assert!(err.to_string().contains("empty password"));
    assert!(matches!(
        keystore::encode_key(&key(), KeyRole::Coldkey, Protection::Nacl { password: "" }),
        Err(KeystoreError::EmptyPassword)
    ));
    assert!(matches!(
        keystore::polkadotjs::export(&key(), "", "x"),
        Err(KeystoreError::EmptyPassword)
    ));
}

#[test]
fn every_header_field_is_authenticated() {
    let other = Keypair::from_uri("//Bob").unwrap();
    let base = json(&encrypted(&key()));
    assert!(reopen(&base).is_ok());
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let edits: Vec<(&str, Edit)> = vec![
        ("role", Box::new(|v| v["key"]["role"] = "hotkey".into())),
        (
            "public key + address",
            Box::new(move |v| {
                v["key"]["public_key"] = other.public_key().to_hex().into();
                v["key"]["ss58_address"] = other.address().into();
            }),
        ),
        ("m_kib", Box::new(|v| v["kdf"]["m_kib"] = 8200.into())),
        ("t", Box::new(|v| v["kdf"]["t"] = 2.into())),
        ("p", Box::new(|v| v["kdf"]["p"] = 2.into())),
        ("created_at", Box::new(|v| v["created_at"] = "2020-01-01T00:00:00Z".into())),
        ("salt", Box::new(|v| v["kdf"]["salt"] = "AAAAAAAAAAAAAAAAAAAAAA==".into())),
        ("nonce", Box::new(|v| v["cipher"]["nonce"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA".into())),
        (
            "ciphertext",
            Box::new(|v| {
                let c = v["ciphertext"].as_str().unwrap().to_owned();
                let flipped = if c.starts_with('A') {
                    c.replacen('A', "B", 1)
                } else {
                    format!("A{}", &c[1..])
                };
                v["ciphertext"] = flipped.into();
            }),
        ),
    ];
    for (what, edit) in edits {
        let mut v = base.clone();
        edit(&mut v);
        let err = reopen(&v).unwrap_err();
        assert!(matches!(err, KeystoreError::WrongPassword { .. }), "{what}: {err}");
    }
}

#[test]
fn hostile_kdf_parameters_are_refused_before_running() {
    let base = json(&encrypted(&key()));
    for (field, value, param) in [
        ("m_kib", serde_json::json!(1u64 << 40), "memory (KiB)"),
        ("m_kib", serde_json::json!(4 * 1024 * 1024 + 1), "memory (KiB)"),
        ("t", serde_json::json!(1_000_000u64), "passes (t)"),
        ("p", serde_json::json!(255), "lanes (p)"),
    ] {
        let mut v = base.clone();
        v["kdf"][field] = value;
        // Reading the header alone already refuses it: nothing is allocated.
        let err =
            LockedKey::from_bytes("hostile.json", serde_json::to_vec(&v).unwrap()).unwrap_err();
        match &err {
            KeystoreError::HostileKdfParams { param: p, .. } => assert_eq!(*p, param),
            other => panic!("{field}: {other}"),
        }
        assert!(
            err.to_string().contains("hostile.json") && err.to_string().contains("safety limit")
        );
    }
    // Nonsense values are corrupt, not a panic.
    let mut v = base.clone();
    v["kdf"]["m_kib"] = 0.into();
    assert!(matches!(
        LockedKey::from_bytes("x", serde_json::to_vec(&v).unwrap()),
        Err(KeystoreError::Corrupt { .. })
    ));
    let mut v = base.clone();
    v["kdf"]["salt"] = "AAA=".into();
    assert!(matches!(
        LockedKey::from_bytes("x", serde_json::to_vec(&v).unwrap()),
        Err(KeystoreError::Corrupt { .. })
    ));
}

#[test]
fn unknown_versions_and_algorithms_are_unsupported() {
    let base = json(&encrypted(&key()));
    for edit in [
        |v: &mut serde_json::Value| v["version"] = 2.into(),
        |v: &mut serde_json::Value| v["kdf"]["alg"] = "scrypt".into(),
        |v: &mut serde_json::Value| v["cipher"]["alg"] = "aes-gcm".into(),
        |v: &mut serde_json::Value| v["key"]["scheme"] = "ed25519".into(),
    ] {
        let mut v = base.clone();
        edit(&mut v);
        assert!(matches!(
            LockedKey::from_bytes("x", serde_json::to_vec(&v).unwrap()),
            Err(KeystoreError::UnsupportedFormat { .. })
        ));
    }
}

#[test]
fn truncated_and_garbage_files_are_errors_not_panics() {
    let bytes = encrypted(&key());
    for cut in [0, 1, 10, bytes.len() / 2, bytes.len() - 3] {
        let r = LockedKey::from_bytes("t", bytes[..cut].to_vec()).and_then(|k| k.unlock(PW));
        assert!(matches!(r, Err(KeystoreError::Corrupt { .. })), "cut at {cut}: {r:?}");
    }
    // Address/public key disagreeing in the clear header.
    let mut v = json(&bytes);
    v["key"]["ss58_address"] = Keypair::from_uri("//Bob").unwrap().address().into();
    assert!(matches!(reopen(&v), Err(KeystoreError::Corrupt { .. })));
}

#[test]
fn tampered_or_truncated_official_formats_fail() {
    // $NACL: flip a ciphertext byte → authentication fails (checked with the recorded key).
    let mut nacl = std::fs::read(data().join("wallets/w_abandon12/coldkey")).unwrap();
    let last = nacl.len() - 1;
    nacl[last] ^= 1;
    let k = LockedKey::from_bytes("nacl", nacl).unwrap();
    assert!(matches!(
        k.unlock_nacl_with_key(&nacl_key(COLD_PW)),
        Err(KeystoreError::WrongPassword { .. })
    ));
    let short = LockedKey::from_bytes("nacl", b"$NACL0123456789".to_vec()).unwrap();
    assert!(matches!(short.unlock(COLD_PW), Err(KeystoreError::Corrupt { .. })));

    // Ansible Vault: flip a hex digit of the ciphertext → HMAC fails.
    let text = std::fs::read_to_string(data().join("legacy/coldkey.ansible_vault")).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let n = lines.len() - 1;
    let l = lines[n].clone();
    let c = if l.ends_with('0') { '1' } else { '0' };
    lines[n] = format!("{}{c}", &l[..l.len() - 1]);
    let k = LockedKey::from_bytes("vault", lines.join("\n").into_bytes()).unwrap();
    assert!(k.unlock(COLD_PW).is_err());
    let k = LockedKey::from_bytes("vault", text.as_bytes()[..40].to_vec()).unwrap();
    assert!(matches!(k.unlock(COLD_PW), Err(KeystoreError::Corrupt { .. })));

    // polkadot-js: flip a byte of the sealed box.
    let mut pj = json(&std::fs::read(data().join("polkadotjs/abandon12.json")).unwrap());
    use base64::Engine as _;
    let mut enc =
        base64::engine::general_purpose::STANDARD.decode(pj["encoded"].as_str().unwrap()).unwrap();
    let last = enc.len() - 1;
    enc[last] ^= 1;
    pj["encoded"] = base64::engine::general_purpose::STANDARD.encode(&enc).into();
    let k = LockedKey::from_bytes("pj", serde_json::to_vec(&pj).unwrap()).unwrap();
    assert!(matches!(k.unlock(COLD_PW), Err(KeystoreError::WrongPassword { .. })));
    // Hostile scrypt parameters are refused before running.
    enc[32..36].copy_from_slice(&(1u32 << 30).to_le_bytes());
    pj["encoded"] = base64::engine::general_purpose::STANDARD.encode(&enc).into();
    let k = LockedKey::from_bytes("pj", serde_json::to_vec(&pj).unwrap()).unwrap();
    assert!(matches!(k.unlock(COLD_PW), Err(KeystoreError::HostileKdfParams { .. })));

    // Plaintext keyfile whose public fields disagree with its secret.
    let mut hot: serde_json::Value = serde_json::from_slice(
        &std::fs::read(data().join("wallets/w_abandon12/hotkeys/default")).unwrap(),
    )
    .unwrap();
    let bob = Keypair::from_uri("//Bob").unwrap();
    for f in ["publicKey", "accountId"] {
        hot[f] = bob.public_key().to_hex().into();
    }
    hot["ss58Address"] = bob.address().into();
    assert!(matches!(
        LockedKey::from_bytes("hot", serde_json::to_vec(&hot).unwrap()),
        Err(KeystoreError::PublicKeyMismatch { .. })
    ));
    // ed25519 keyfiles are refused, not misread as sr25519.
    hot["cryptoType"] = 0.into();
    assert!(matches!(
        LockedKey::from_bytes("hot", serde_json::to_vec(&hot).unwrap()),
        Err(KeystoreError::UnsupportedFormat { .. })
    ));
    // Garbage.
    assert!(matches!(
        LockedKey::from_bytes("g", b"hello".to_vec()),
        Err(KeystoreError::Corrupt { .. })
    ));
    assert!(matches!(
        LockedKey::from_bytes("g", b"{\"x\":".to_vec()),
        Err(KeystoreError::Corrupt { .. })
    ));
}

#[test]
fn polkadot_js_export_round_trips() {
    let kp = key();
    let json_text = keystore::polkadotjs::export(&kp, PW, "my key").unwrap();
    let v: serde_json::Value = serde_json::from_str(&json_text).unwrap();
    assert_eq!(v["encoding"]["version"], "3");
    assert_eq!(v["address"], kp.address());
    assert_eq!(v["meta"]["name"], "my key");
    assert!(v["meta"]["whenCreated"].as_u64().unwrap() > 1_700_000_000_000, "milliseconds");
    let k = LockedKey::from_bytes("export.json", json_text.into_bytes()).unwrap();
    assert_eq!(k.format(), KeyFileFormat::PolkadotJs);
    assert!(k.unlock(PW).unwrap().same_key(&kp));
    assert!(matches!(k.unlock("nope"), Err(KeystoreError::WrongPassword { .. })));
}
