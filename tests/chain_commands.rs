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

#[test]
fn faucet_blocks_and_events() {
    let tmp = tempfile::tempdir().unwrap();
    json(taoctl(tmp.path()).args(["chain", "init", "--preset", "dev"]));
    let addr = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"; // //Bob
    let v = json(taoctl(tmp.path()).args(["chain", "faucet", "--ss58", addr, "--amount", "2.5"]));
    assert_eq!(v["data"]["minted_rao"], 2_500_000_000u64);
    assert_eq!(v["data"]["balance_rao"], 1_000_002_500_000_000u64);
    let issuance =
        json(taoctl(tmp.path()).args(["chain", "status"]))["data"]["total_issuance_rao"].clone();
    assert_eq!(issuance, 6_000_002_500_000_000u64, "minting raises issuance by exactly the amount");

    json(taoctl(tmp.path()).args(["chain", "advance", "--blocks", "5"]));
    let v = json(taoctl(tmp.path()).args(["chain", "blocks", "--limit", "3"]));
    let blocks = v["data"]["blocks"].as_array().unwrap();
    assert_eq!(blocks.iter().map(|b| b["number"].as_u64().unwrap()).collect::<Vec<_>>(), [4, 5, 6]);
    assert_eq!(blocks[1]["parent_hash"], blocks[0]["hash"], "headers chain by parent hash");

    let v = json(taoctl(tmp.path()).args(["chain", "events", "--account", addr]));
    let events = v["data"]["events"].as_array().unwrap();
    assert!(events.iter().any(|e| e["kind"] == "BalanceSet" && e["block"] == 1), "{v}");
    let v = json(taoctl(tmp.path()).args(["chain", "events", "--kind", "NoSuchEvent"]));
    assert!(v["data"]["events"].as_array().unwrap().is_empty());
    taoctl(tmp.path())
        .args(["chain", "events", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(addr).or(predicate::str::contains("5GrwvaEF")));

    // Bad input changes nothing.
    taoctl(tmp.path())
        .args(["chain", "faucet", "--ss58", "5Fxx"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("5Fxx"));
    taoctl(tmp.path()).args(["chain", "faucet", "--ss58", addr, "--amount", "0"]).assert().code(3);
    taoctl(tmp.path())
        .args(["chain", "faucet", "--ss58", addr, "--amount", "1.0000000001"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("9 decimals"));
    taoctl(tmp.path()).args(["chain", "blocks", "--from", "9", "--to", "2"]).assert().code(3);
    let v = json(taoctl(tmp.path()).args(["chain", "status"]));
    assert_eq!(v["data"]["block"], 6);
    assert_eq!(v["data"]["total_issuance_rao"], issuance);
}

#[test]
fn old_store_format_is_refused_with_a_reset_hint() {
    let tmp = tempfile::tempdir().unwrap();
    json(taoctl(tmp.path()).args(["chain", "init", "--preset", "dev"]));
    // What a taoctl before store format 2 (JSON state values) left behind: no format record.
    let db = rusqlite::Connection::open(tmp.path().join("chain/chain.sqlite")).unwrap();
    db.execute("DELETE FROM meta WHERE k = 'state_format'", []).unwrap();
    drop(db);
    taoctl(tmp.path())
        .args(["chain", "status"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("storage format 1"))
        .stderr(predicate::str::contains("taoctl chain reset"));
    let v = json(taoctl(tmp.path()).args(["--yes", "chain", "reset", "--preset", "dev"]));
    assert_eq!(v["data"]["block"], 0);
    let v = json(taoctl(tmp.path()).args(["chain", "advance", "--blocks", "2"]));
    assert_eq!(v["data"]["block"], 2);
}
