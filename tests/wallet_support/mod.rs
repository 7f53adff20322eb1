//! Shared helpers for the `taoctl wallet` end-to-end tests: a temp home with its own wallets
//! root, chain directory and config, cheap Argon2 parameters, and file snapshots.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub const VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/keystore/tests/data/btwallet");

/// The btwallet manifest (mnemonics, addresses, passwords of the vector files).
pub fn manifest() -> Value {
    let text = std::fs::read_to_string(format!("{VECTORS}/manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub struct Env {
    pub tmp: tempfile::TempDir,
    /// Use the real (default) Argon2 cost for taoctl-format keys.
    pub real_kdf: bool,
}

impl Env {
    pub fn new() -> Env {
        Env { tmp: tempfile::tempdir().unwrap(), real_kdf: false }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    pub fn wallets(&self) -> PathBuf {
        self.path().join("wallets")
    }

    /// `taoctl` with no inherited environment, no terminal, and everything under the temp dir.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("taoctl").unwrap();
        c.env_clear()
            .env("HOME", self.path())
            .arg("--config")
            .arg(self.path().join("config.toml"))
            .arg("--chain-dir")
            .arg(self.path().join("chain"))
            .arg("--wallet-path")
            .arg(self.wallets());
        if !self.real_kdf {
            c.env("TAOCTL_TEST_INSECURE_KDF", "1");
        }
        c
    }

    /// Writes a password file and returns its path.
    pub fn pw(&self, name: &str, password: &str) -> PathBuf {
        let p = self.path().join(format!("{name}.pw"));
        std::fs::write(&p, format!("{password}\n")).unwrap();
        p
    }

    /// Runs `args` with `--json`, asserts success and returns the envelope.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().args(args).arg("--json").output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Runs `args` in human mode, asserts success, returns (stdout, stderr).
    pub fn human(&self, args: &[&str]) -> (String, String) {
        let out = self.cmd().args(args).output().unwrap();
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        assert!(out.status.success(), "{args:?} failed: {e}\n{o}");
        (o, e)
    }

    /// Runs `args`, asserts exit `code`, returns (stdout, stderr).
    pub fn fails(&self, args: &[&str], code: i32) -> (String, String) {
        let out = self.cmd().args(args).output().unwrap();
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        );
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: expected exit {code}\nstdout: {o}\nstderr: {e}"
        );
        (o, e)
    }

    /// Runs `args --json`, asserts exit `code`, returns the error object of the envelope.
    pub fn json_fails(&self, args: &[&str], code: i32) -> Value {
        let out = self.cmd().args(args).arg("--json").output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["error"].clone()
    }

    /// Every directory and file under the whole temp dir (wallets, exports, password files,
    /// config), relative, with each file's BLAKE2-256 hash: what a dry run must leave as it is.
    pub fn tree(&self) -> BTreeMap<String, String> {
        fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
            let Ok(rd) = std::fs::read_dir(dir) else { return };
            for e in rd.flatten() {
                let p = e.path();
                let rel = p.strip_prefix(root).unwrap().display().to_string();
                if p.is_dir() {
                    out.insert(format!("{rel}/"), "dir".into());
                    walk(&p, root, out);
                } else {
                    let hash = sp_crypto_hashing::blake2_256(&std::fs::read(&p).unwrap());
                    out.insert(rel, hex::encode(hash));
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(self.path(), self.path(), &mut out);
        out
    }

    /// Runs a `--dry-run` (given in `args`) with `--json`: asserts success, `dry_run: true`, one
    /// envelope of `command`, no secret in it, and that the tree is unchanged; returns `data`.
    pub fn dry(&self, command: &str, args: &[&str]) -> Value {
        assert!(args.contains(&"--dry-run"), "{args:?}");
        let before = self.tree();
        let out = self.cmd().args(args).arg("--json").output().unwrap();
        let (o, e) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "{args:?} failed: {e}\n{o}");
        let v: Value = serde_json::from_str(&o).unwrap();
        assert_eq!(
            (v["schema"].as_str(), v["command"].as_str()),
            (Some("taoctl/v1"), Some(command))
        );
        assert_eq!(v["data"]["dry_run"], true, "{o}");
        assert!(!o.contains("mnemonic") && !e.contains("Mnemonic"), "{o}\n{e}");
        assert_eq!(before, self.tree(), "{args:?} --dry-run changed the tree");
        v["data"].clone()
    }

    /// Runs `args` (a `--dry-run`) with `--json`, asserts exit `code` with the JSON error `kind`
    /// and an unchanged tree; returns the error message.
    pub fn dry_fails(&self, args: &[&str], code: i32, kind: &str) -> String {
        let before = self.tree();
        let e = self.json_fails(args, code);
        assert_eq!(e["code"], kind, "{args:?}: {e}");
        assert_eq!(before, self.tree(), "{args:?} failed but changed the tree");
        e["message"].as_str().unwrap().to_string()
    }

    /// Every file under the temp dir (except the chain) with its bytes.
    pub fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        walk(&self.wallets(), &mut out);
        out
    }
}

fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.insert(p.clone(), std::fs::read(&p).unwrap());
        }
    }
}
