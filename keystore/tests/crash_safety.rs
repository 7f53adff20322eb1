//! Fault injection at every step of an atomic write: the target is always either the complete
//! old file or the complete new one, never partial; failed writes clean up their temp file.

use std::path::Path;

use keystore::atomic::{WriteStep, fault};
use keystore::{KdfParams, Keypair, KeystoreError, LockedKey, Protection, WalletRoot};

const PW: &str = "crash-test";
const CHEAP: Protection<'static> =
    Protection::Taoctl { password: PW, kdf: KdfParams::INSECURE_TEST };

fn temp_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains(".tmp-"))
        .collect()
}

struct Reset;
impl Drop for Reset {
    fn drop(&mut self) {
        fault::fail_at(None);
    }
}

#[test]
fn overwrite_fails_at_each_step_leaving_old_or_new() {
    let _reset = Reset;
    let alice = Keypair::from_uri("//Alice").unwrap();
    let bob = Keypair::from_uri("//Bob").unwrap();
    for mode in [fault::Mode::Error, fault::Mode::Crash] {
        for step in WriteStep::ALL {
            let tmp = tempfile::tempdir().unwrap();
            let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
            w.write_coldkey(&alice, CHEAP, false).unwrap();
            let old = std::fs::read(w.coldkey_path()).unwrap();

            fault::fail_at(Some((step, mode)));
            let r = w.write_coldkey(&bob, CHEAP, true);
            fault::fail_at(None);
            let err = r.unwrap_err();
            assert!(matches!(err, KeystoreError::Io { .. }), "{step:?}: {err}");
            assert!(err.to_string().contains("injected fault"));

            let now = std::fs::read(w.coldkey_path()).unwrap();
            let kp = LockedKey::open(w.coldkey_path()).unwrap().unlock(PW).unwrap();
            if step == WriteStep::SyncDir {
                // Renamed already: the new file, complete.
                assert!(kp.same_key(&bob), "{mode:?} {step:?}");
            } else {
                assert_eq!(now, old, "{mode:?} {step:?}: old file intact");
                assert!(kp.same_key(&alice));
            }
            let leftovers = temp_files(w.dir());
            match (mode, step) {
                // A crash after creating the temp file leaves it (hidden, never listed) —
                // the target is still whole.
                (
                    fault::Mode::Crash,
                    WriteStep::Write | WriteStep::SyncFile | WriteStep::Rename,
                ) => {
                    assert_eq!(leftovers.len(), 1, "{step:?}")
                }
                _ => assert!(leftovers.is_empty(), "{mode:?} {step:?}: {leftovers:?}"),
            }
            assert_eq!(w.summary().unwrap().hotkeys.len(), 0);
            // A retry after the fault succeeds.
            w.write_coldkey(&bob, CHEAP, true).unwrap();
            assert!(LockedKey::open(w.coldkey_path()).unwrap().unlock(PW).unwrap().same_key(&bob));
        }
    }
}

#[test]
fn new_file_fails_at_each_step_leaving_nothing_or_all() {
    let _reset = Reset;
    let kp = Keypair::from_uri("//Charlie").unwrap();
    for step in WriteStep::ALL {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("hotkeys").join("h");
        fault::fail_at(Some((step, fault::Mode::Error)));
        let r = keystore::write_key_file(
            &path,
            &kp,
            keystore::KeyRole::Hotkey,
            Protection::Plain,
            false,
        );
        fault::fail_at(None);
        assert!(r.is_err(), "{step:?}");
        if step == WriteStep::SyncDir {
            assert!(LockedKey::open(&path).unwrap().unlock("").unwrap().same_key(&kp));
        } else {
            assert!(!path.exists(), "{step:?}");
        }
        assert!(temp_files(path.parent().unwrap()).is_empty(), "{step:?}");
    }
}

#[test]
fn reencrypt_interrupted_keeps_a_usable_key() {
    let _reset = Reset;
    let tmp = tempfile::tempdir().unwrap();
    let w = WalletRoot::new(tmp.path()).wallet("w").unwrap();
    let kp = Keypair::from_uri("//Dave").unwrap();
    w.write_coldkey(&kp, CHEAP, false).unwrap();
    for step in WriteStep::ALL {
        fault::fail_at(Some((step, fault::Mode::Crash)));
        let r = w.reencrypt_coldkey(PW, Protection::Plain);
        fault::fail_at(None);
        assert!(r.is_err());
        let locked = w.open_coldkey().unwrap();
        // Either still encrypted with the old password, or already converted: always whole.
        let back = if step == WriteStep::SyncDir { locked.unlock("") } else { locked.unlock(PW) };
        assert!(back.unwrap().same_key(&kp), "{step:?}");
        if step == WriteStep::SyncDir {
            w.reencrypt_coldkey("", CHEAP).unwrap();
        }
    }
}

#[test]
fn the_hook_is_thread_local() {
    let _reset = Reset;
    fault::fail_at(Some((WriteStep::Write, fault::Mode::Error)));
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("pub.txt");
    let pk = Keypair::from_uri("//Eve").unwrap().public_key();
    let p2 = path.clone();
    std::thread::spawn(move || keystore::write_pub_file(&p2, &pk, false).unwrap()).join().unwrap();
    assert!(path.exists());
}
