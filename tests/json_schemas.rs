//! The `data` field names of the `--json` envelope are a contract (docs/json-schemas.md): this test
//! pins them for the chain, hparams, config, wallet, demo and dev commands. (The stake, subnets and
//! weights groups pin theirs in their own test files.) Adding a field is fine; removing or renaming
//! one must fail here.

use assert_cmd::Command;
use serde_json::Value;

struct Env(tempfile::TempDir);

impl Env {
    fn new() -> Env {
        let e = Env(tempfile::tempdir().unwrap());
        e.run(&["chain", "init", "--preset", "demo"]);
        e.run(&["-w", "a", "wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"]);
        e
    }

    fn run(&self, args: &[&str]) -> Value {
        let p = self.0.path();
        let out = Command::cargo_bin("taoctl")
            .unwrap()
            .env_clear()
            .env("HOME", p)
            .arg("--config")
            .arg(p.join("config.toml"))
            .arg("--chain-dir")
            .arg(p.join("chain"))
            .arg("--wallet-path")
            .arg(p.join("wallets"))
            .arg("--json")
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(v["schema"], "taoctl/v1", "{args:?}");
        v
    }
}

/// Asserts `obj` has every listed key.
fn has(obj: &Value, keys: &[&str], what: &str) {
    for k in keys {
        assert!(obj.get(k).is_some(), "{what}: missing `{k}` in {obj}");
    }
}

#[test]
fn envelope_field_names_are_pinned() {
    let e = Env::new();
    e.run(&["chain", "advance", "--blocks", "2"]);

    let v = e.run(&["chain", "status"]);
    assert_eq!(v["command"], "chain.status");
    has(
        &v["data"],
        &[
            "network",
            "chain_dir",
            "block",
            "block_hash",
            "timestamp_ms",
            "total_issuance_rao",
            "subnets",
        ],
        "chain.status",
    );

    let v = e.run(&["chain", "blocks", "--limit", "1"]);
    has(
        &v["data"]["blocks"][0],
        &["number", "hash", "parent_hash", "timestamp_ms", "extrinsics", "events"],
        "chain.blocks",
    );

    let v = e.run(&["chain", "events", "--from-block", "0", "--to-block", "0", "--limit", "1"]);
    has(&v["data"]["events"][0], &["block", "index", "extrinsic", "kind", "data"], "chain.events");

    let v = e.run(&["-w", "a", "chain", "faucet", "--amount", "1"]);
    has(&v["data"], &["address", "minted_rao", "balance_rao", "block"], "chain.faucet");

    let v = e.run(&["hparams", "get", "--netuid", "1", "--param", "tempo"]);
    has(&v["data"], &["netuid", "params"], "hparams.get");
    has(
        &v["data"]["params"][0],
        &["name", "value", "default", "unit", "settable_by", "min", "max", "description"],
        "hparams.get params",
    );

    let v = e.run(&[
        "-w",
        "a",
        "hparams",
        "set",
        "--netuid",
        "1",
        "--param",
        "tempo",
        "--value",
        "400",
        "--dry-run",
    ]);
    has(
        &v["data"],
        &["netuid", "param", "old_value", "new_value", "signer", "dry_run", "block", "fee_rao"],
        "hparams.set",
    );

    let v = e.run(&["config", "get"]);
    has(&v["data"], &["path", "values"], "config.get");

    let v = e.run(&["wallet", "list"]);
    has(&v["data"], &["wallet_path", "wallets"], "wallet.list");
    has(
        &v["data"]["wallets"][0],
        &["name", "path", "address", "coldkey", "coldkeypub", "hotkeys", "watch_only"],
        "wallet.list wallets",
    );
    has(
        &v["data"]["wallets"][0]["coldkey"],
        &["address", "format", "path", "permissions_too_open"],
        "wallet.list coldkey",
    );

    let v = e.run(&["-w", "a", "wallet", "balance"]);
    has(
        &v["data"],
        &["network", "block", "balances", "total_free_rao", "total_staked_rao", "total_rao"],
        "wallet.balance",
    );
    has(
        &v["data"]["balances"][0],
        &["wallet", "address", "free_rao", "staked_rao", "total_rao"],
        "wallet.balance balances",
    );

    let v = e.run(&["-w", "a", "wallet", "overview"]);
    has(
        &v["data"],
        &["network", "block", "wallet", "coldkey", "free_rao", "staked_rao", "hotkeys"],
        "wallet.overview",
    );
}

#[test]
fn demo_json_lists_its_steps() {
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("taoctl")
        .unwrap()
        .env_clear()
        .env("HOME", tmp.path())
        .env("TMPDIR", tmp.path())
        .args(["--json", "demo"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Exactly one JSON document on stdout, even though the tour runs many commands.
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["command"], "demo");
    let steps = v["data"]["steps"].as_array().unwrap();
    assert!(steps.len() >= 12, "{steps:?}");
    has(&steps[0], &["command", "ok"], "demo steps");
    // The refusals the tour shows on purpose are reported as not ok; everything else ran.
    let refused: Vec<_> = steps.iter().filter(|s| s["ok"] == false).collect();
    assert_eq!(refused.len(), 2, "{steps:?}");
    // The temporary chain is removed afterwards.
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("taoctl-demo-"))
        .collect();
    assert!(left.is_empty(), "demo left {left:?} behind");
}
