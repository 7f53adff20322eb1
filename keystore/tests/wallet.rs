//! The wallet-directory API: btcli layout, listing without passwords, create/import/regen,
//! overwrite refusal (before generating anything), convert/change-password, modes, names.

mod common;

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;

use common::*;
use keystore::{
    KdfParams, KeyFileFormat, Keypair, KeystoreError, LockedKey, Protection, PublicKey, WalletRoot,
    WordCount,
};

const PW: &str = "wallet-test-password";
const CHEAP: Protection<'static> =
    Protection::Taoctl { password: PW, kdf: KdfParams::INSECURE_TEST };

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn create_list_open_unlock() {
    let tmp = tempfile::tempdir().unwrap();
    let root = WalletRoot::new(tmp.path().join("wallets"));
    assert!(root.list().unwrap().is_empty(), "missing root lists as empty");
    let w = root.wallet("alice").unwrap();
    let cold = w.create_coldkey(WordCount::W12, CHEAP, false).unwrap();
    assert_eq!(cold.mnemonic().unwrap().word_count(), 12);
    let hot = w.create_hotkey("miner1", WordCount::W24, Protection::Plain, false).unwrap();
    assert_eq!(hot.mnemonic().unwrap().word_count(), 24);

    // btcli layout and modes.
    for f in ["coldkey", "coldkeypub.txt", "hotkeys/miner1", "hotkeys/miner1pub.txt"] {
        assert_eq!(mode(&w.dir().join(f)), 0o600, "{f}");
    }
    assert_eq!(mode(w.dir()), 0o700);
    assert_eq!(mode(&w.hotkeys_dir()), 0o700);

    let list = root.list().unwrap();
    assert_eq!(list.len(), 1);
    let s = &list[0];
    assert_eq!(s.name, "alice");
    let ck = s.coldkey.as_ref().unwrap();
    assert_eq!(ck.format, Some(KeyFileFormat::Taoctl));
    assert_eq!(ck.public_key, Some(cold.public_key()));
    assert!(!ck.permissions_too_open);
    assert_eq!(s.coldkeypub.as_ref().unwrap().format, Some(KeyFileFormat::PublicOnly));
    assert_eq!(s.coldkey_public(), Some(cold.public_key()));
    assert_eq!(s.hotkeys.len(), 1);
    assert_eq!(s.hotkeys[0].name, "miner1");
    assert_eq!(s.hotkeys[0].key.as_ref().unwrap().format, Some(KeyFileFormat::Plain));
    assert_eq!(s.hotkeys[0].public_key(), Some(hot.public_key()));

    let locked = w.open_coldkey().unwrap();
    assert_eq!(locked.address(), Some(cold.address()));
    assert!(locked.unlock(PW).unwrap().same_key(&cold));
    assert!(w.open_hotkey("miner1").unwrap().unlock("").unwrap().same_key(&hot));

    // Leftover temp files and stray names are not listed as hotkeys.
    std::fs::write(w.hotkeys_dir().join(".miner1.tmp-abc"), b"x").unwrap();
    assert_eq!(w.hotkey_names().unwrap(), ["miner1"]);
}

#[test]
fn refuses_to_overwrite_before_generating_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let first = w.create_coldkey(WordCount::W12, CHEAP, false).unwrap();
    let before = std::fs::read(w.coldkey_path()).unwrap();

    // An expensive protection would take seconds; the refusal is immediate because the
    // check happens before key generation and KDF.
    let t = std::time::Instant::now();
    let err =
        w.create_coldkey(WordCount::W12, Protection::Nacl { password: PW }, false).unwrap_err();
    assert!(t.elapsed().as_millis() < 1000);
    match &err {
        KeystoreError::Exists { path } => assert_eq!(path, &w.coldkey_path()),
        e => panic!("{e}"),
    }
    assert!(err.to_string().contains("already exists") && err.to_string().contains("overwrite"));
    assert_eq!(std::fs::read(w.coldkey_path()).unwrap(), before, "untouched");

    let other = Keypair::from_uri("//Bob").unwrap();
    assert!(matches!(
        w.write_coldkey(&other, Protection::Plain, false),
        Err(KeystoreError::Exists { .. })
    ));
    assert!(matches!(
        w.write_coldkeypub(&other.public_key(), false),
        Err(KeystoreError::Exists { .. })
    ));
    assert!(matches!(
        keystore::write_key_file(
            &w.coldkey_path(),
            &other,
            keystore::KeyRole::Coldkey,
            Protection::Plain,
            false
        ),
        Err(KeystoreError::Exists { .. })
    ));
    assert!(w.open_coldkey().unwrap().unlock(PW).unwrap().same_key(&first));

    // With overwrite, it is replaced (and the pub file follows).
    w.write_coldkey(&other, CHEAP, true).unwrap();
    assert!(w.open_coldkey().unwrap().unlock(PW).unwrap().same_key(&other));
    assert_eq!(w.coldkey_public().unwrap(), other.public_key());

    // Hotkeys too.
    w.create_hotkey("h", WordCount::W12, Protection::Plain, false).unwrap();
    assert!(matches!(
        w.create_hotkey("h", WordCount::W12, Protection::Plain, false),
        Err(KeystoreError::Exists { .. })
    ));
}

#[test]
fn watch_only_wallets_and_regen_coldkeypub() {
    let m = manifest();
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("watch").unwrap();
    let addr = s(&m["vectors"][0]["coldkey"], "ss58");
    w.write_coldkeypub(&PublicKey::parse(addr).unwrap(), false).unwrap();
    assert_eq!(mode(&w.coldkeypub_path()), 0o600);
    assert_eq!(w.coldkey_public().unwrap().to_ss58(), addr);
    assert!(matches!(w.open_coldkey(), Err(KeystoreError::NotFound { .. })));
    let pubfile = LockedKey::open(w.coldkeypub_path()).unwrap();
    assert!(pubfile.is_watch_only());
    assert!(matches!(pubfile.unlock(""), Err(KeystoreError::NoSecret { .. })));
    // The written pub file is what btwallet 4.0 accepts: no cryptoType, the three fields.
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.coldkeypub_path()).unwrap()).unwrap();
    let mut keys: Vec<_> = v.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["accountId", "publicKey", "ss58Address"]);

    // Completing the watch-only wallet with the matching key keeps the pub file (no overwrite
    // needed); a different key is refused.
    let bob = Keypair::from_uri("//Bob").unwrap();
    assert!(matches!(
        w.write_coldkey(&bob, Protection::Plain, false),
        Err(KeystoreError::Exists { .. })
    ));
    let kp = Keypair::from_phrase(s(&m["vectors"][0], "mnemonic")).unwrap();
    w.write_coldkey(&kp, CHEAP, false).unwrap();
    assert!(w.open_coldkey().unwrap().unlock(PW).unwrap().same_key(&kp));

    // regen from a public key in hex, for a hotkey.
    let hex = s(&m["vectors"][0]["hotkey"], "public_key_hex");
    w.write_hotkeypub("watched", &PublicKey::parse(hex).unwrap(), false).unwrap();
    assert_eq!(w.hotkey_public("watched").unwrap().to_hex(), hex);
    assert_eq!(w.hotkey_names().unwrap(), ["watched"]);
}

#[test]
fn pub_file_that_disagrees_is_reported() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let kp = Keypair::from_uri("//Alice").unwrap();
    w.write_coldkey(&kp, CHEAP, false).unwrap();
    w.write_coldkeypub(&Keypair::from_uri("//Bob").unwrap().public_key(), true).unwrap();
    let err = w.open_coldkey().unwrap_err();
    assert!(matches!(err, KeystoreError::PublicKeyMismatch { .. }), "{err}");
    // For a format that hides its key, the mismatch shows up at unlock.
    let w2 = WalletRoot::new(tmp.path()).wallet("w2").unwrap();
    w2.write_coldkey(&kp, Protection::Plain, false).unwrap();
    std::fs::copy(w.coldkeypub_path(), w2.coldkeypub_path()).unwrap();
    assert!(matches!(w2.open_coldkey(), Err(KeystoreError::PublicKeyMismatch { .. })));
}

#[test]
fn convert_and_change_password_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let kp = w.create_coldkey(WordCount::W15, CHEAP, false).unwrap();

    // change-password: new salt, old password stops working.
    let new_pw = "a brand new password";
    w.reencrypt_coldkey(PW, Protection::Taoctl { password: new_pw, kdf: KdfParams::INSECURE_TEST })
        .unwrap();
    let locked = w.open_coldkey().unwrap();
    assert!(matches!(locked.unlock(PW), Err(KeystoreError::WrongPassword { .. })));
    assert!(locked.unlock(new_pw).unwrap().same_key(&kp));
    assert_eq!(mode(&w.coldkey_path()), 0o600);

    // Wrong old password changes nothing.
    let before = std::fs::read(w.coldkey_path()).unwrap();
    assert!(matches!(w.reencrypt_coldkey("bad", CHEAP), Err(KeystoreError::WrongPassword { .. })));
    assert!(matches!(
        w.reencrypt_coldkey(
            new_pw,
            Protection::Taoctl { password: "", kdf: KdfParams::INSECURE_TEST }
        ),
        Err(KeystoreError::EmptyPassword)
    ));
    assert_eq!(std::fs::read(w.coldkey_path()).unwrap(), before);

    // convert to plaintext and back (hotkey-style), keeping the mnemonic.
    w.reencrypt_coldkey(new_pw, Protection::Plain).unwrap();
    assert_eq!(w.open_coldkey().unwrap().format(), KeyFileFormat::Plain);
    let back = w.reencrypt_coldkey("", CHEAP).unwrap();
    assert_eq!(back.mnemonic().unwrap().phrase(), kp.mnemonic().unwrap().phrase());
    assert_eq!(w.open_coldkey().unwrap().format(), KeyFileFormat::Taoctl);

    // The same on a hotkey, through the file-level API.
    w.create_hotkey("h", WordCount::W12, Protection::Plain, false).unwrap();
    let hk = keystore::reencrypt_key_file(
        &w.hotkey_path("h").unwrap(),
        "",
        keystore::KeyRole::Hotkey,
        CHEAP,
    )
    .unwrap();
    assert!(w.open_hotkey("h").unwrap().unlock(PW).unwrap().same_key(&hk));
    w.reencrypt_hotkey("h", PW, Protection::Plain).unwrap();
    assert_eq!(w.open_hotkey("h").unwrap().format(), KeyFileFormat::Plain);
}

#[test]
fn import_from_every_official_format_into_a_wallet() {
    let m = manifest();
    let tmp = tempfile::tempdir().unwrap();
    let root = WalletRoot::new(tmp.path());
    let addr = s(&m["vectors"][0]["coldkey"], "ss58");
    for (i, (file, pw)) in [
        ("legacy/coldkey.ansible_vault", COLD_PW),
        ("polkadotjs/abandon12.json", COLD_PW),
        ("legacy/plaintext.json", ""),
        ("wallets/w_zoo24/hotkeys/default", ""),
    ]
    .iter()
    .enumerate()
    {
        let kp = LockedKey::open(data().join(file)).unwrap().unlock(pw).unwrap();
        let w = root.wallet(&format!("imported{i}")).unwrap();
        w.write_coldkey(&kp, CHEAP, false).unwrap();
        let back = w.open_coldkey().unwrap();
        assert_eq!(back.address().unwrap(), addr, "{file}");
        assert_eq!(back.unlock(PW).unwrap().address(), addr);
    }
    // And export as polkadot-js.
    let kp = root.wallet("imported0").unwrap().open_coldkey().unwrap().unlock(PW).unwrap();
    let json = keystore::polkadotjs::export(&kp, "pj", "abandon").unwrap();
    assert!(
        LockedKey::from_bytes("pj.json", json.into_bytes())
            .unwrap()
            .unlock("pj")
            .unwrap()
            .same_key(&kp)
    );
}

#[test]
fn plain_hotkey_file_is_btwallet_compatible() {
    let m = manifest();
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let kp = Keypair::from_phrase(s(&m["vectors"][1], "mnemonic")).unwrap();
    w.write_hotkey("default", &kp, Protection::Plain, false).unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(w.hotkey_path("default").unwrap()).unwrap()).unwrap();
    // Same fields and values btwallet writes, minus cryptoType (btwallet 4.0 cannot parse it).
    let mut expected = m["vectors"][0]["hotkey"]["plain_json"].clone();
    expected.as_object_mut().unwrap().remove("cryptoType");
    assert_eq!(v, expected);
}

#[test]
fn names_cannot_escape_the_wallet_root() {
    let tmp = tempfile::tempdir().unwrap();
    let root = WalletRoot::new(tmp.path());
    for bad in [
        "", ".", "..", "../x", "a/b", "/abs", "a\\b", ".hidden", "x\0y", " pad", "hpub.txt",
        "tab\t",
    ] {
        let err = root.wallet(bad).unwrap_err();
        assert!(matches!(err, KeystoreError::InvalidName { .. }), "{bad:?}");
        assert!(err.to_string().contains("invalid name"));
    }
    let w = root.wallet("ok-name_1").unwrap();
    for bad in ["", "../../etc/passwd", "..", "x/y", "defaultpub.txt"] {
        assert!(matches!(w.hotkey_path(bad), Err(KeystoreError::InvalidName { .. })), "{bad:?}");
        assert!(matches!(
            w.create_hotkey(bad, WordCount::W12, Protection::Plain, false),
            Err(KeystoreError::InvalidName { .. })
        ));
    }
    assert!(std::fs::read_dir(tmp.path()).unwrap().next().is_none(), "nothing was created");
}

#[test]
fn empty_password_refused_for_writing_before_anything_happens() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    for p in [
        Protection::Nacl { password: "" },
        Protection::Taoctl { password: "", kdf: KdfParams::DEFAULT },
    ] {
        assert!(matches!(
            w.create_coldkey(WordCount::W12, p, false),
            Err(KeystoreError::EmptyPassword)
        ));
    }
    assert!(!w.dir().exists());
}

#[test]
fn loose_permissions_are_flagged() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    w.create_hotkey("h", WordCount::W12, Protection::Plain, false).unwrap();
    std::fs::set_permissions(w.hotkey_path("h").unwrap(), std::fs::Permissions::from_mode(0o644))
        .unwrap();
    let s = w.summary().unwrap();
    assert!(s.hotkeys[0].key.as_ref().unwrap().permissions_too_open);
}

#[test]
fn broken_files_do_not_break_the_listing() {
    let tmp = tempfile::tempdir().unwrap();
    let root = WalletRoot::new(tmp.path());
    let w = root.wallet("w").unwrap();
    w.create_hotkey("good", WordCount::W12, Protection::Plain, false).unwrap();
    std::fs::write(w.hotkeys_dir().join("bad"), b"not a key").unwrap();
    std::fs::write(w.coldkey_path(), b"$NACL").unwrap();
    let s = &root.list().unwrap()[0];
    let bad = s.hotkeys.iter().find(|h| h.name == "bad").unwrap();
    assert!(bad.key.as_ref().unwrap().error.as_ref().unwrap().contains("bad"));
    assert_eq!(s.coldkey.as_ref().unwrap().format, Some(KeyFileFormat::Nacl));
    assert!(s.hotkeys.iter().any(|h| h.name == "good" && h.public_key().is_some()));
}

#[test]
fn damaged_pub_file_does_not_lock_out_the_key() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let kp = Keypair::from_uri("//Ferdie").unwrap();
    w.write_coldkey(&kp, Protection::Plain, false).unwrap();
    std::fs::write(w.coldkeypub_path(), b"garbage").unwrap();
    assert!(w.open_coldkey().unwrap().unlock("").unwrap().same_key(&kp));
    let s = w.summary().unwrap();
    assert!(s.coldkeypub.as_ref().unwrap().error.is_some());
    assert_eq!(s.coldkey_public(), Some(kp.public_key()));
}

#[test]
fn oldest_plaintext_keyfiles_without_public_fields_show_their_address() {
    let m = manifest();
    let phrase = s(&m["vectors"][0], "mnemonic");
    let json =
        serde_json::json!({ "secretPhrase": phrase, "secretSeed": null, "privateKey": null });
    let k = LockedKey::from_bytes("old", serde_json::to_vec(&json).unwrap()).unwrap();
    assert_eq!(k.format(), KeyFileFormat::Plain);
    assert_eq!(k.address().unwrap(), s(&m["vectors"][0]["coldkey"], "ss58"));
    // Bare hex pub file of the earliest wallets.
    let hex = s(&m["vectors"][0]["coldkey"], "public_key_hex");
    let k = LockedKey::from_bytes("oldpub", hex.as_bytes().to_vec()).unwrap();
    assert_eq!(k.format(), KeyFileFormat::PublicOnly);
    assert_eq!(k.public_key().unwrap().to_hex(), hex);
}

#[test]
fn free_checks_match_what_the_writers_refuse() {
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    w.check_coldkey_free(None, false).unwrap();
    w.check_hotkey_free("h", None, false).unwrap();
    let kp = w.create_coldkey(WordCount::W12, Protection::Plain, false).unwrap();
    assert!(matches!(w.check_coldkey_free(None, false), Err(KeystoreError::Exists { .. })));
    w.check_coldkey_free(None, true).unwrap();
    std::fs::remove_file(w.coldkey_path()).unwrap();
    // Only the pub file left: free for the same key, taken for another one.
    w.check_coldkey_free(Some(kp.public_key()), false).unwrap();
    let bob = Keypair::from_uri("//Bob").unwrap().public_key();
    assert!(matches!(w.check_coldkey_free(Some(bob), false), Err(KeystoreError::Exists { .. })));
    assert!(matches!(
        w.check_hotkey_free("../h", None, false),
        Err(KeystoreError::InvalidName { .. })
    ));
}
