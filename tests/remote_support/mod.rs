//! Shared harness of the remote end-to-end tests (`remote_writes`, `remote_weights`,
//! `remote_stake_legs`, `remote_children`): the real `taoctl` binary, isolated in a temporary
//! home, run against the in-process mock node (`remote::mock`). Each test file builds its own
//! world (fixtures, wallets) and adds its own helpers in an `impl World` of its own.
#![allow(dead_code)] // each test binary uses a different part of this module

use std::process::Output;

use assert_cmd::Command;
use remote::mock::{MockNode, Value as V};
use serde_json::Value;

/// The sr25519 public key of a dev URI (`//Alice`, `//Bob_hk`, …).
pub fn public(uri: &str) -> [u8; 32] {
    use sp_core::Pair as _;
    sp_core::sr25519::Pair::from_string(uri, None).expect("dev key").public().0
}

/// A number as the mock's dynamic value.
pub fn v(n: u64) -> V {
    V::u128(u128::from(n))
}

/// A mock node and the temporary home (wallets, config, metadata cache) of the binary.
pub struct World {
    pub node: MockNode,
    pub tmp: tempfile::TempDir,
}

impl World {
    /// The binary with `--json`, against the mock node when `remote`, else the embedded chain.
    pub fn cmd(&self, remote: bool, args: &[&str]) -> Command {
        self.cmd_at(remote.then(|| self.node.url()), args)
    }

    /// The binary with `--json`, against `url` (or the embedded chain when `None`).
    pub fn cmd_at(&self, url: Option<String>, args: &[&str]) -> Command {
        let dir = self.tmp.path();
        let mut c = Command::cargo_bin("taoctl").expect("binary");
        c.env_clear()
            .env("HOME", dir)
            .env("XDG_CACHE_HOME", dir.join("cache"))
            .arg("--config")
            .arg(dir.join("config.toml"))
            .arg("--chain-dir")
            .arg(dir.join("chain"))
            .arg("--wallet-path")
            .arg(dir.join("wallets"))
            .arg("--json");
        if let Some(url) = url {
            c.args(["--network", url.as_str()]);
        }
        c.args(args);
        c
    }

    /// Runs against the mock node.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(true, args).output().expect("runs")
    }

    /// A successful run's JSON envelope (exactly one document on stdout).
    pub fn ok(&self, args: &[&str]) -> Value {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(out.stdout.ends_with(b"\n"), "one envelope on stdout");
        serde_json::from_slice(&out.stdout).expect("json")
    }

    /// A failed run: its exit code and error envelope; nothing was submitted.
    pub fn fails(&self, args: &[&str]) -> (i32, Value) {
        let before = self.node.included();
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "{args:?} should fail: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert_eq!(self.node.included(), before, "{args:?}: nothing may be submitted");
        let v: Value = serde_json::from_slice(&out.stdout).expect("error envelope");
        (out.status.code().unwrap_or(-1), v)
    }
}
