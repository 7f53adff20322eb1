//! End-to-end: `taoctl subnets …` on temporary chains — the reads on the demo preset, the
//! writes (create, register, start, set-identity) on the dev preset, human and JSON, refusals
//! that leave the chain unchanged, and the field names of each command's `data`.

mod chainenv;

use chainenv::{Env, addr, keys};
use predicates::prelude::*;

/// Dev chain (only root exists) with wallets `alice` (hotkey //Alice_sn) and `bob`
/// (hotkey //Bob_miner).
fn dev() -> Env {
    let env = Env::new("dev");
    env.wallet("alice", "//Alice", &[("default", "//Alice_sn")]);
    env.wallet("bob", "//Bob", &[("default", "//Bob_miner")]);
    env
}

#[test]
fn list_show_costs_price_human_and_json() {
    let env = Env::new("demo");
    let v = env.json(&["subnets", "list"]);
    assert_eq!(v["command"], "subnets.list");
    let rows = v["data"]["subnets"].as_array().unwrap();
    assert_eq!(rows.len(), 4, "root + three demo subnets");
    let apex = &rows[1];
    assert_eq!(apex["name"], "apex");
    let supply =
        apex["alpha_in"].as_u64().unwrap() as u128 + apex["alpha_out"].as_u64().unwrap() as u128;
    let cap = supply * apex["price_rao"].as_u64().unwrap() as u128 / 1_000_000_000;
    assert_eq!(apex["market_cap_rao"].as_u64().unwrap() as u128, cap);
    assert!(apex["burn_rao"].as_u64().unwrap() > 0 && apex["started"] == true);
    env.cmd()
        .args(["subnets", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Market cap").and(predicate::str::contains("templar")));

    let s = env.json(&["subnets", "show", "--netuid", "1"]);
    assert_eq!(s["command"], "subnets.show");
    let neurons = s["data"]["neurons"].as_array().unwrap();
    assert_eq!(neurons.len(), 5, "owner + 2 validators + 2 miners");
    assert_eq!(neurons[0]["hotkey"], addr("//Alice_hk"));
    assert_eq!(neurons[1]["coldkey"], addr("//Bob"));
    env.cmd()
        .args(["subnets", "metagraph", "--netuid", "2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("UID").and(predicate::str::contains("omron")));

    let b = env.json(&["subnets", "burn-cost", "--netuid", "1"]);
    assert_eq!(b["data"]["cost_rao"], apex["burn_rao"]);
    let c = env.json(&["subnets", "create-cost"]);
    assert!(c["data"]["cost_rao"].as_u64().unwrap() >= 1_000_000_000_000);
    env.cmd()
        .args(["subnets", "create-cost"])
        .assert()
        .success()
        .stdout(predicate::str::contains("lock"));

    // Price history: the demo's genesis trades are in block 0; a new trade shows up in its range.
    env.wallet("alice", "//Alice", &[("default", "//Alice_hk2")]);
    env.json(&["chain", "advance", "--blocks", "5"]);
    env.json(&["-w", "alice", "--yes", "stake", "add", "--netuid", "1", "--amount", "2"]);
    let p = env.json(&["subnets", "price", "--netuid", "1", "--interval", "3", "--blocks", "8"]);
    let samples = p["data"]["samples"].as_array().unwrap();
    assert_eq!(samples.len(), 3);
    let last = samples.last().unwrap();
    assert_eq!(last["trades"], 1, "{p}");
    assert!(last["vwap_rao"].as_u64().unwrap() > 0);
    assert!(samples[1]["vwap_rao"].is_null(), "no trades, no price: {p}");
    assert!(p["data"]["source"].as_str().unwrap().contains("no per-block pool state"));
    env.cmd()
        .args(["subnets", "price", "--netuid", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("VWAP"))
        .stderr(predicate::str::contains("source: trades"));

    for args in [
        vec!["subnets", "show", "--netuid", "42"],
        vec!["subnets", "burn-cost", "--netuid", "42"],
        vec!["subnets", "price", "--netuid", "42"],
    ] {
        let e = env.json_err(&args, 3);
        assert!(e["error"]["message"].as_str().unwrap().contains("`42`"), "{args:?}");
    }
}

#[test]
fn create_identity_start_register_on_a_dev_chain() {
    let env = dev();
    let before = env.fingerprint();
    let d = env.json(&["-w", "alice", "subnets", "create", "--name", "first", "--dry-run"]);
    assert_eq!(d["data"]["dry_run"], true);
    assert_eq!(d["data"]["call"]["name"], "register_network_with_identity");
    assert_eq!(d["data"]["netuid"], 1);
    let lock = d["data"]["cost_rao"].as_u64().unwrap();
    assert_eq!(lock, env.json(&["subnets", "create-cost"])["data"]["cost_rao"].as_u64().unwrap());
    assert_eq!(env.fingerprint(), before);

    let v = env.json(&["-w", "alice", "--yes", "subnets", "create", "--name", "first"]);
    assert_eq!(v["data"]["netuid"], 1);
    assert_eq!(v["data"]["cost_rao"].as_u64().unwrap(), lock, "the preview's lock was paid");
    assert!(v["data"]["executed"]["block"].as_u64().unwrap() >= 1);
    let s = env.json(&["subnets", "show", "--netuid", "1"]);
    assert_eq!(s["data"]["name"], "first");
    assert_eq!(s["data"]["owner"], addr("//Alice"));
    assert_eq!(s["data"]["started"], false);

    // Identity and start, human.
    env.cmd()
        .args([
            "-w",
            "alice",
            "--yes",
            "subnets",
            "set-identity",
            "--netuid",
            "1",
            "--name",
            "renamed",
            "--subnet-url",
            "https://x.example",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("SubnetIdentitySet"));
    assert_eq!(env.json(&["subnets", "show", "--netuid", "1"])["data"]["name"], "renamed");
    let v = env.json(&["-w", "alice", "--yes", "subnets", "start", "--netuid", "1"]);
    assert_eq!(v["data"]["call"]["name"], "start_call");
    assert_eq!(env.json(&["subnets", "show", "--netuid", "1"])["data"]["started"], true);

    // Register Bob's hotkey: the burn shown is the burn paid, submitted as the limit.
    let d = env.json(&["-w", "bob", "subnets", "register", "--netuid", "1", "--dry-run"]);
    assert_eq!(d["data"]["call"]["name"], "register_limit");
    let cost = d["data"]["cost_rao"].as_u64().unwrap();
    assert_eq!(d["data"]["max_cost_rao"].as_u64().unwrap(), cost);
    let v = env.json(&["-w", "bob", "--yes", "subnets", "register", "--netuid", "1"]);
    assert_eq!(v["data"]["cost_rao"].as_u64().unwrap(), cost);
    assert!(
        v["data"]["events"].as_array().unwrap().iter().any(|e| e["event"] == "NeuronRegistered")
    );
    let s = env.json(&["subnets", "show", "--netuid", "1"]);
    assert_eq!(s["data"]["neurons"][1]["hotkey"], addr("//Bob_miner"));
    env.cmd()
        .args(["-w", "bob", "subnets", "register", "--netuid", "1", "--dry-run"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("HotKeyAlreadyRegisteredInSubNet"));
}

#[test]
fn write_refusals_leave_the_chain_unchanged() {
    let env = dev();
    env.json(&["-w", "alice", "--yes", "subnets", "create"]);
    env.wallet("alice2", "//Alice", &[("default", "//Alice_sn2")]);
    let before = env.fingerprint();
    // Rate limit: subnet registration is limited to one per NetworkRateLimit blocks.
    let e = env.json_err(&["-w", "alice2", "--yes", "subnets", "create"], 4);
    assert_eq!(e["error"]["chain_error"], "NetworkTxRateLimitExceeded");
    assert!(e["error"]["hint"].as_str().unwrap().contains("chain advance"));
    // Not the owner.
    let e = env.json_err(&["-w", "bob", "--yes", "subnets", "start", "--netuid", "1"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("not the owner of subnet `1`"));
    let e = env.json_err(
        &["-w", "bob", "--yes", "subnets", "set-identity", "--netuid", "1", "--name", "x"],
        3,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("not the owner"));
    // Unknown netuid, cost limit, bad amount, oversize identity.
    env.json_err(&["-w", "bob", "--yes", "subnets", "register", "--netuid", "7"], 3);
    let e = env.json_err(
        &[
            "-w",
            "bob",
            "--yes",
            "subnets",
            "register",
            "--netuid",
            "1",
            "--max-cost",
            "0.000000001",
        ],
        4,
    );
    assert_eq!(e["error"]["chain_error"], "RegistrationPriceLimitExceeded");
    let e = env.json_err(
        &[
            "-w",
            "bob",
            "--yes",
            "subnets",
            "register",
            "--netuid",
            "1",
            "--max-cost",
            "1.0000000001",
        ],
        3,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("`1.0000000001`"));
    let long = "x".repeat(300);
    env.json_err(
        &["-w", "alice", "--yes", "subnets", "set-identity", "--netuid", "1", "--name", &long],
        3,
    );
    // Without --yes and without a terminal: refused, never prompted.
    env.cmd().args(["-w", "alice", "subnets", "start", "--netuid", "1"]).assert().code(9);
    assert_eq!(env.fingerprint(), before, "no refusal produced a block");
}

/// The field names of each subnets command's `data` (docs/json-schemas.md).
#[test]
fn json_field_names_are_pinned() {
    let env = Env::new("demo");
    env.wallet("alice", "//Alice", &[("default", "//Alice_new")]);
    let list = env.json(&["subnets", "list"]);
    assert_eq!(keys(&list["data"]), ["block", "subnets"]);
    assert_eq!(
        keys(&list["data"]["subnets"][1]),
        [
            "alpha_in",
            "alpha_out",
            "blocks_until_epoch",
            "burn_rao",
            "emission_per_block_rao",
            "emission_share_ppb",
            "market_cap_rao",
            "max_neurons",
            "moving_price_rao",
            "name",
            "netuid",
            "neurons",
            "owner",
            "price_rao",
            "started",
            "symbol",
            "tao_in_rao",
            "tempo"
        ]
    );
    let show = env.json(&["subnets", "show", "--netuid", "1"]);
    assert_eq!(
        keys(&show["data"]),
        [
            "alpha_in",
            "alpha_out",
            "block",
            "blocks_until_epoch",
            "burn_rao",
            "name",
            "netuid",
            "neurons",
            "owner",
            "owner_hotkey",
            "price_rao",
            "started",
            "symbol",
            "tao_in_rao",
            "tempo"
        ]
    );
    assert_eq!(
        keys(&show["data"]["neurons"][0]),
        [
            "active",
            "coldkey",
            "dividends",
            "emission",
            "hotkey",
            "immune",
            "incentive",
            "last_update",
            "registered_at",
            "stake",
            "uid",
            "validator_permit"
        ]
    );
    assert_eq!(
        keys(&env.json(&["subnets", "burn-cost", "--netuid", "1"])["data"]),
        ["block", "cost_rao", "netuid"]
    );
    assert_eq!(keys(&env.json(&["subnets", "create-cost"])["data"]), ["block", "cost_rao"]);
    let price = env.json(&["subnets", "price", "--netuid", "1"]);
    assert_eq!(
        keys(&price["data"]),
        ["head", "interval", "moving_price_rao", "netuid", "samples", "source", "spot_rao"]
    );
    assert_eq!(
        keys(&price["data"]["samples"][0]),
        [
            "alpha_volume",
            "from_block",
            "last_rao",
            "tao_volume_rao",
            "to_block",
            "trades",
            "vwap_rao"
        ]
    );
    let write_keys = [
        "action",
        "balance_after_rao",
        "balance_before_rao",
        "block",
        "call",
        "cost_rao",
        "dry_run",
        "events",
        "executed",
        "max_cost_rao",
        "netuid",
        "tx_fee_rao",
    ];
    let v = env.json(&["-w", "alice", "subnets", "register", "--netuid", "1", "--dry-run"]);
    assert_eq!(keys(&v["data"]), write_keys);
    let d = dev();
    let v = d.json(&["-w", "alice", "subnets", "create", "--dry-run"]);
    assert_eq!(keys(&v["data"]), write_keys);
    let v = d.json(&["-w", "alice", "--yes", "subnets", "create"]);
    assert_eq!(keys(&v["data"]["executed"]), ["block", "block_hash", "events", "fee_rao"]);
}
