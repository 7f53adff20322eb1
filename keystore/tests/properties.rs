//! Property tests: encodings round-trip, and no input makes the parsers panic.

use keystore::{KdfParams, KeyRole, Keypair, LockedKey, Protection, ss58};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn ss58_round_trips(key in any::<[u8; 32]>(), prefix in 0u16..16384) {
        let a = ss58::encode_with_prefix(&key, prefix);
        prop_assert_eq!(ss58::decode_any(&a).unwrap(), (prefix, key));
        if prefix == 42 {
            prop_assert_eq!(ss58::decode(&a).unwrap(), key);
        } else {
            prop_assert!(ss58::decode(&a).is_err());
        }
    }

    #[test]
    fn ss58_decoding_arbitrary_text_never_panics(s in "\\PC{0,60}") {
        let _ = ss58::decode_any(&s);
    }

    #[test]
    fn key_file_parsing_never_panics(data in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(k) = LockedKey::from_bytes("fuzz", data) {
            let _ = k.unlock("password");
        }
    }

    #[test]
    fn format_prefixes_with_garbage_never_panic(
        prefix in prop_oneof![
            Just(&b"$NACL"[..]),
            Just(&b"$ANSIBLE_VAULT;1.1;AES256\n"[..]),
            Just(&b"$ANSIBLE_VAULT;1.1;AES256\n3061\n"[..]),
            Just(&b"gAAAAA"[..]),
            Just(&b"{\"encoded\":\"AAAA\",\"encoding\":{\"content\":[\"pkcs8\",\"sr25519\"],\"type\":[\"scrypt\",\"xsalsa20-poly1305\"],\"version\":\"3\"}}"[..]),
            Just(&b"{\"format\":\"taoctl-keystore\"}"[..]),
        ],
        tail in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut data = prefix.to_vec();
        data.extend_from_slice(&tail);
        // An empty password exercises every parser but never starts a (slow) KDF.
        if let Ok(k) = LockedKey::from_bytes("fuzz", data) {
            let _ = k.unlock("");
        }
    }

    #[test]
    fn json_shaped_garbage_never_panics(
        phrase in proptest::option::of("[a-z ]{0,40}"),
        seed in proptest::option::of("0x[0-9a-f]{0,70}"),
        pk in proptest::option::of("0x[0-9a-f]{0,130}"),
        addr in proptest::option::of("5[1-9A-HJ-NP-Za-km-z]{0,50}"),
    ) {
        let json = serde_json::json!({
            "secretPhrase": phrase, "secretSeed": seed, "privateKey": pk, "ss58Address": addr,
        });
        if let Ok(k) = LockedKey::from_bytes("fuzz", serde_json::to_vec(&json).unwrap()) {
            let _ = k.unlock("");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn formats_round_trip_any_seed(seed in any::<[u8; 32]>(), pw in "[ -~]{1,30}") {
        let kp = Keypair::from_seed(&seed).unwrap();
        let tao = keystore::encode_key(&kp, KeyRole::Hotkey, Protection::Taoctl { password: &pw, kdf: KdfParams::INSECURE_TEST }).unwrap();
        let back = LockedKey::from_bytes("t", tao.to_vec()).unwrap().unlock(&pw).unwrap();
        prop_assert!(back.same_key(&kp));
        prop_assert_eq!(back.seed(), Some(&seed));
        let plain = keystore::encode_key(&kp, KeyRole::Hotkey, Protection::Plain).unwrap();
        prop_assert!(LockedKey::from_bytes("p", plain.to_vec()).unwrap().unlock("").unwrap().same_key(&kp));
        let sig = kp.sign(&seed);
        prop_assert!(kp.public_key().verify(&seed, &sig));
    }
}
