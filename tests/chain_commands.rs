//! End-to-end: `taoctl chain init|status|advance|reset` on a temporary chain directory.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn taoctl(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("taoctl").unwrap();
    c.env_clear()
        .env("HOME", dir)
        .arg("--config")
        .arg(dir.join("config.toml"))
        .arg("--chain-dir")
        .arg(dir.join("chain"));
    c
}

fn json(c: &mut Command) -> Value {
    let out = c.arg("--json").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn init_status_advance_reset() {
    let tmp = tempfile::tempdir().unwrap();
    let v = json(taoctl(tmp.path()).args(["chain", "init", "--preset", "dev"]));
    assert_eq!(v["command"], "chain.init");
    assert_eq!(v["data"]["block"], 0);
    assert_eq!(v["data"]["preset"], "dev");
    let genesis = v["data"]["block_hash"].clone();

    let v = json(taoctl(tmp.path()).args(["chain", "advance", "--blocks", "4"]));
    assert_eq!(v["data"]["block"], 4);
    assert_eq!(v["data"]["advanced"], 4);
    let v = json(taoctl(tmp.path()).args(["chain", "advance", "--to-block", "10"]));
    assert_eq!(v["data"]["block"], 10);
    // 12-second blocks from a fixed genesis time: deterministic timestamps.
    let t10 = v["data"]["timestamp_ms"].as_u64().unwrap();
    let v = json(taoctl(tmp.path()).args(["chain", "status"]));
    assert_eq!(v["data"]["block"], 10);
    assert_eq!(v["data"]["timestamp_ms"].as_u64().unwrap(), t10);

    // Same preset, same genesis: the chain is deterministic.
    let v = json(taoctl(tmp.path()).args(["--yes", "chain", "reset", "--preset", "dev"]));
    assert_eq!(v["data"]["block"], 0);
    assert_eq!(v["data"]["block_hash"], genesis);
}

#[test]
fn first_use_creates_the_demo_chain() {
    let tmp = tempfile::tempdir().unwrap();
    taoctl(tmp.path())
        .args(["chain", "status"])
        .assert()
        .success()
        .stderr(predicate::str::contains("created a new embedded chain"))
        .stdout(predicate::str::contains("block"));
    let v = json(taoctl(tmp.path()).args(["chain", "status"]));
    assert!(v["data"]["subnets"].as_u64().unwrap() >= 2, "demo has live subnets: {v}");
}

#[test]
fn refusals_leave_the_chain_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    json(taoctl(tmp.path()).args(["chain", "init", "--preset", "dev"]));
    json(taoctl(tmp.path()).args(["chain", "advance", "--blocks", "2"]));
    // init over an existing chain: conflict (7), nothing replaced.
    taoctl(tmp.path())
        .args(["chain", "init"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("already holds a chain"));
    // reset without a terminal and without --yes: refused.
    taoctl(tmp.path())
        .args(["chain", "reset"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("--yes"));
    // advance to the past: input error (3).
    taoctl(tmp.path())
        .args(["chain", "advance", "--to-block", "1"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("block 1"));
    taoctl(tmp.path()).args(["chain", "advance", "--blocks", "0"]).assert().code(3);
    // a remote network cannot be driven.
    taoctl(tmp.path())
        .args(["--network", "local", "chain", "advance", "--blocks", "1"])
        .assert()
        .code(3);
    let v = json(taoctl(tmp.path()).args(["chain", "status"]));
    assert_eq!(v["data"]["block"], 2);
    // a remote network is reported as unavailable, not as success.
    let out = taoctl(tmp.path())
        .args(["--json", "--network", "local", "chain", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["error"]["code"], "network");
}
