//! End-to-end: `taoctl stake child get|set|revoke|take`, `stake claim-root` and `stake
//! set-claim` on a temporary demo chain — previews and dry runs that change nothing, the
//! submitted calls and their chain events, bad input named with exit 3 and chain refusals with
//! exit 4 (nothing submitted), and the field names of each command's `data`.

mod chainenv;

use chainenv::{Env, addr, keys};
use serde_json::Value;

/// Demo chain + wallet `alice` (coldkey //Alice; hotkey `root` = //Alice_root, a root
/// validator with 1000 TAO of root stake and no uid on subnet 1).
fn demo() -> Env {
    let env = Env::new("demo");
    env.wallet("alice", "//Alice", &[("root", "//Alice_root")]);
    env
}

fn a(env: &Env, args: &[&str]) -> Value {
    let mut full = vec!["-w", "alice", "-H", "root"];
    full.extend_from_slice(args);
    env.json(&full)
}

fn a_err(env: &Env, args: &[&str], code: i32) -> Value {
    let mut full = vec!["-w", "alice", "-H", "root"];
    full.extend_from_slice(args);
    env.json_err(&full, code)
}

fn event_names(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|e| e["event"].as_str().unwrap().to_string()).collect()
}

#[test]
fn child_get_set_revoke_and_refusals() {
    let env = demo();
    let (root_hk, bob_hk) = (addr("//Alice_root"), addr("//Bob_hk1"));
    let g = a(&env, &["stake", "child", "get", "--netuid", "1"]);
    assert_eq!(g["command"], "stake.child.get");
    assert_eq!(
        keys(&g["data"]),
        [
            "block",
            "childkey_take",
            "childkey_take_percent",
            "children",
            "hotkey",
            "max_childkey_take",
            "min_childkey_take",
            "netuid",
            "parents",
            "pending",
            "stake_rao",
            "stake_threshold_rao"
        ]
    );
    assert_eq!(g["data"]["hotkey"], root_hk.as_str());
    assert_eq!(g["data"]["children"].as_array().unwrap().len(), 0);
    assert_eq!(g["data"]["stake_rao"], 1000 * 1_000_000_000u64, "1000 TAO of root stake");

    // Dry run: the exact call and the chain's events, nothing submitted.
    let before = env.fingerprint();
    let set = ["stake", "child", "set", "--netuid", "1", "--children", &bob_hk, "--proportions"];
    let mut args = set.to_vec();
    args.extend(["0.5", "--dry-run"]);
    let d = a(&env, &args);
    assert_eq!(d["command"], "stake.child.set");
    assert_eq!(d["data"]["dry_run"], true);
    assert_eq!(d["data"]["call"]["name"], "set_children");
    assert_eq!(d["data"]["call"]["children"][0][0], u64::MAX / 2);
    assert_eq!(event_names(&d["data"]["events"]), ["SetChildrenScheduled"]);
    assert_eq!(env.fingerprint(), before, "a dry run changes nothing");
    assert_eq!(
        keys(&d["data"]),
        [
            "action",
            "before",
            "block",
            "call",
            "claim_type",
            "claimable",
            "dry_run",
            "events",
            "executed",
            "tx_fee_rao"
        ]
    );

    // Bad input: named, exit 3, nothing submitted.
    for (extra, needle) in
        [(vec!["0.7,0.6"], "2 proportions"), (vec!["1.5"], "more than 1"), (vec!["0"], "is zero")]
    {
        let mut args = set.to_vec();
        args.extend(extra);
        let e = a_err(&env, &args, 3);
        assert!(e["error"]["message"].as_str().unwrap().contains(needle), "{e}");
    }
    let two = format!("{bob_hk},{bob_hk}");
    let e = a_err(
        &env,
        &["stake", "child", "set", "--netuid", "1", "--children", &two, "--proportions", "0.1,0.1"],
        3,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("appears twice"));
    let e = a_err(
        &env,
        &["stake", "child", "set", "--netuid", "1", "--children", &root_hk, "--proportions", "1"],
        3,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("the hotkey itself"));
    let e = a_err(&env, &["stake", "child", "get", "--netuid", "0"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("root network"));
    let e = a_err(&env, &["stake", "child", "get", "--netuid", "9"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("`9`"));
    // The chain's refusal (another coldkey's hotkey): exit 4, its error named.
    let e = a_err(
        &env,
        &[
            "--yes",
            "stake",
            "child",
            "set",
            "--netuid",
            "1",
            "--hotkey-ss58",
            &bob_hk,
            "--children",
            &root_hk,
            "--proportions",
            "1",
        ],
        4,
    );
    assert_eq!(e["error"]["chain_error"], "NonAssociatedColdKey");
    assert_eq!(env.fingerprint(), before, "refusals change nothing");

    // Submit: scheduled, visible as pending with its cooldown (7200 blocks).
    let mut args = vec!["--yes"];
    args.extend(set);
    args.push("0.5");
    let v = a(&env, &args);
    assert_eq!(v["data"]["dry_run"], false);
    let x = &v["data"]["executed"];
    let ev = &x["events"].as_array().unwrap()[0];
    assert_eq!(ev["event"], "SetChildrenScheduled");
    let block = x["block"].as_u64().unwrap();
    assert_eq!(ev["cooldown_block"], block + 7200);
    let g = a(&env, &["stake", "child", "get", "--netuid", "1"]);
    let pending = &g["data"]["pending"];
    assert_eq!(pending["cooldown_block"], block + 7200);
    assert_eq!(pending["children"][0]["hotkey"], bob_hk.as_str());
    assert_eq!(pending["children"][0]["percent"], "50.0000 %");

    // Within 150 blocks a second change is refused by the chain's rate limit.
    let e = a_err(&env, &["--yes", "stake", "child", "revoke", "--netuid", "1"], 4);
    assert_eq!(e["error"]["chain_error"], "TxRateLimitExceeded");
    env.json(&["chain", "advance", "--blocks", "150"]);
    let r = a(&env, &["stake", "child", "revoke", "--netuid", "1", "--dry-run"]);
    assert_eq!(r["command"], "stake.child.revoke");
    assert_eq!(r["data"]["call"]["children"].as_array().unwrap().len(), 0);
}

#[test]
fn child_take_show_set_and_rate_limit() {
    let env = demo();
    let t = a(&env, &["stake", "child", "take", "--netuid", "1"]);
    assert_eq!(t["command"], "stake.child.take");
    assert_eq!(t["data"]["childkey_take"], 0);
    assert_eq!(t["data"]["max_childkey_take"], 11_796);
    let e = a_err(&env, &["stake", "child", "take", "--netuid", "1", "--take", "0.5"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("outside"));
    let v = a(&env, &["--yes", "stake", "child", "take", "--netuid", "1", "--take", "0.09"]);
    assert_eq!(v["data"]["call"]["name"], "set_childkey_take");
    assert_eq!(v["data"]["call"]["take"], 5_898); // floor(0.09 · 65535)
    assert_eq!(event_names(&v["data"]["executed"]["events"])[0], "ChildKeyTakeSet");
    let t = a(&env, &["stake", "child", "take", "--netuid", "1"]);
    assert_eq!(t["data"]["childkey_take"], 5_898);
    // Raising it again within TxChildkeyTakeRateLimit is refused by the chain; lowering is not.
    let e = a_err(&env, &["--yes", "stake", "child", "take", "--netuid", "1", "--take", "0.1"], 4);
    assert_eq!(e["error"]["chain_error"], "TxChildkeyTakeRateLimitExceeded");
    a(&env, &["--yes", "stake", "child", "take", "--netuid", "1", "--take", "0.05"]);
}

#[test]
fn claim_root_and_set_claim() {
    let env = demo();
    // Nothing earned yet on the fresh demo chain: a clear input error, nothing submitted.
    let e = a_err(&env, &["stake", "claim-root"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("no root dividends"));
    let e = a_err(&env, &["stake", "claim-root", "--netuids", "1,2,3,4,5,6"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("at most 5"));
    // Naming a subnet claims what is owed there (nothing yet): the chain accepts the call.
    let d = a(&env, &["stake", "claim-root", "--netuids", "1", "--dry-run"]);
    assert_eq!(d["command"], "stake.claim_root");
    assert_eq!(d["data"]["call"]["name"], "claim_root");
    assert_eq!(d["data"]["claim_type"], "swap");
    assert_eq!(event_names(&d["data"]["events"]), ["RootClaimed"]);

    let e = a_err(&env, &["stake", "set-claim", "keep-subnets"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("needs --netuids"));
    let e = a_err(&env, &["stake", "set-claim", "swap", "--netuids", "1"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("only goes with keep-subnets"));
    let v = a(&env, &["--yes", "stake", "set-claim", "keep-subnets", "--netuids", "2,1"]);
    assert_eq!(v["command"], "stake.set_claim");
    assert_eq!(
        v["data"]["call"]["new_root_claim_type"],
        serde_json::json!({"keep_subnets": {"subnets": [1, 2]}})
    );
    assert_eq!(event_names(&v["data"]["executed"]["events"])[0], "RootClaimTypeSet");
    let d = a(&env, &["stake", "claim-root", "--netuids", "1", "--dry-run"]);
    assert_eq!(d["data"]["claim_type"], serde_json::json!({"keep_subnets": {"subnets": [1, 2]}}));
}
