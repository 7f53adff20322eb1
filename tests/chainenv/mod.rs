//! Test support for the stake and subnets end-to-end tests: a temporary chain directory and
//! wallet root, wallets written with the `keystore` crate from dev URIs, and helpers that run
//! the binary and read its JSON envelope.

#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use keystore::{KdfParams, Keypair, Protection, WalletRoot};
use serde_json::Value;

/// A throw-away chain + wallets + config.
pub struct Env {
    pub tmp: tempfile::TempDir,
}

/// The password of encrypted test wallets.
pub const PASSWORD: &str = "Correct-Horse-9";

impl Env {
    /// A fresh environment whose chain is created from `preset` (`demo` or `dev`).
    pub fn new(preset: &str) -> Env {
        let env = Env { tmp: tempfile::tempdir().unwrap() };
        env.json(&["chain", "init", "--preset", preset]);
        env
    }

    pub fn dir(&self) -> &Path {
        self.tmp.path()
    }

    pub fn wallets(&self) -> PathBuf {
        self.dir().join("wallets")
    }

    /// `taoctl` with a clean environment pointed at this chain and wallet root.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("taoctl").unwrap();
        c.env_clear()
            .env("HOME", self.dir())
            .arg("--config")
            .arg(self.dir().join("config.toml"))
            .arg("--chain-dir")
            .arg(self.dir().join("chain"))
            .arg("--wallet-path")
            .arg(self.wallets());
        c
    }

    /// Writes wallet `name` with a plaintext coldkey from `uri` and hotkeys `(name, uri)`.
    pub fn wallet(&self, name: &str, coldkey_uri: &str, hotkeys: &[(&str, &str)]) {
        let w = WalletRoot::new(self.wallets()).wallet(name).unwrap();
        w.write_coldkey(&Keypair::from_uri(coldkey_uri).unwrap(), Protection::Plain, true).unwrap();
        for (hk, uri) in hotkeys {
            w.write_hotkey(hk, &Keypair::from_uri(uri).unwrap(), Protection::Plain, true).unwrap();
        }
    }

    /// Like [`Env::wallet`] with the coldkey encrypted under [`PASSWORD`] (fast test KDF).
    pub fn encrypted_wallet(&self, name: &str, coldkey_uri: &str, hotkeys: &[(&str, &str)]) {
        let w = WalletRoot::new(self.wallets()).wallet(name).unwrap();
        let p = Protection::Taoctl { password: PASSWORD, kdf: KdfParams::INSECURE_TEST };
        w.write_coldkey(&Keypair::from_uri(coldkey_uri).unwrap(), p, true).unwrap();
        for (hk, uri) in hotkeys {
            w.write_hotkey(hk, &Keypair::from_uri(uri).unwrap(), Protection::Plain, true).unwrap();
        }
    }

    /// Runs with `--json`, asserts success, returns the envelope.
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Runs with `--json`, asserts the exit code, returns the error envelope.
    pub fn json_err(&self, args: &[&str], code: i32) -> Value {
        let out = self.cmd().arg("--json").args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Head block number and hash plus a fingerprint of every account the tests touch: if
    /// nothing was submitted, all of it is unchanged.
    pub fn fingerprint(&self) -> (Value, Value) {
        let s = self.json(&["chain", "status"]);
        (s["data"]["block"].clone(), s["data"]["block_hash"].clone())
    }

    /// The alpha `coldkey` holds on (hotkey, netuid), from `stake list --ss58`.
    pub fn position(&self, coldkey: &str, hotkey: &str, netuid: u64) -> u64 {
        let v = self.json(&["stake", "list", "--ss58", coldkey]);
        v["data"]["positions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["hotkey"] == hotkey && p["netuid"] == netuid)
            .map(|p| p["alpha"].as_u64().unwrap())
            .unwrap_or(0)
    }

    /// Free balance of `coldkey` (rao).
    pub fn balance(&self, coldkey: &str) -> u64 {
        self.json(&["stake", "list", "--ss58", coldkey])["data"]["free_balance_rao"]
            .as_u64()
            .unwrap()
    }
}

/// The SS58 address of a dev URI.
pub fn addr(uri: &str) -> String {
    Keypair::from_uri(uri).unwrap().address()
}

/// The sorted keys of a JSON object.
pub fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    k.sort();
    k
}

/// A tiny deterministic generator (no extra dependency): SplitMix64.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Formats rao as a decimal TAO string with 9 decimals.
pub fn tao(rao: u64) -> String {
    format!("{}.{:09}", rao / 1_000_000_000, rao % 1_000_000_000)
}
