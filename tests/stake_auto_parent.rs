//! End-to-end: `taoctl stake child auto-parent` on a temporary demo chain — the read, a dry run
//! that changes nothing, the submitted opt-out and opt-in and their effect on the next
//! registered subnet (its owner hotkey's parents, read back with `stake child get`), a hotkey
//! without a root uid refused by the chain (exit 4, nothing submitted), bad input (exit 3), and
//! the field names of both reports.

mod chainenv;

use chainenv::{Env, addr, keys};
use local_chain::{AccountId, Call, Chain, GlobalParam, Origin};
use serde_json::Value;

/// Demo chain + wallet `alice` (coldkey //Alice; hotkey `root` = //Alice_root, root uid 0 with
/// 1000 TAO of root stake; hotkey `owner` = //Alice_hk, subnet 1's owner, no root uid).
fn demo() -> Env {
    let env = Env::new("demo");
    env.wallet("alice", "//Alice", &[("root", "//Alice_root"), ("owner", "//Alice_hk")]);
    env
}

fn a(env: &Env, args: &[&str]) -> Value {
    let mut full = vec!["-w", "alice"];
    full.extend_from_slice(args);
    env.json(&full)
}

fn a_err(env: &Env, args: &[&str], code: i32) -> Value {
    let mut full = vec!["-w", "alice"];
    full.extend_from_slice(args);
    env.json_err(&full, code)
}

fn event_names(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|e| e["event"].as_str().unwrap().to_string()).collect()
}

/// Registers a subnet owned by `//<owner>` with hotkey `//<owner>_new<n>` (the demo's network
/// rate limit lifted by root) and returns the owner hotkey's parents on it, per `stake child
/// get`.
fn new_subnet_parents(env: &Env, owner: &str, n: u16) -> Vec<String> {
    let id = |uri: &str| AccountId::from_dev_seed(uri).unwrap();
    let hotkey = format!("//{owner}_new{n}");
    let mut chain = Chain::open(&env.dir().join("chain")).unwrap();
    let lift = Call::SudoSetGlobal { param: GlobalParam::NetworkRateLimit, value: 0 };
    chain.submit_dev(Origin::Root, lift).unwrap();
    let register = Call::RegisterNetwork { hotkey: id(&hotkey) };
    chain.submit_dev(Origin::Signed(id(&format!("//{owner}"))), register).unwrap();
    drop(chain);
    let netuid = n.to_string();
    let g =
        env.json(&["stake", "child", "get", "--netuid", &netuid, "--hotkey-ss58", &addr(&hotkey)]);
    g["data"]["parents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            assert_eq!(p["proportion"], u64::MAX, "auto-parents give 100 %");
            p["hotkey"].as_str().unwrap().to_string()
        })
        .collect()
}

#[test]
fn auto_parent_show_opt_out_and_back_in() {
    let env = demo();
    let (alice_root, bob_root) = (addr("//Alice_root"), addr("//Bob_root"));

    let g = a(&env, &["-H", "root", "stake", "child", "auto-parent"]);
    assert_eq!(g["command"], "stake.child.auto_parent");
    assert_eq!(
        keys(&g["data"]),
        ["block", "enabled", "hotkey", "root_uid", "stake_rao", "stake_threshold_rao"]
    );
    assert_eq!(g["data"]["hotkey"], alice_root.as_str());
    assert_eq!(g["data"]["enabled"], true, "on by default");
    assert_eq!(g["data"]["root_uid"], 0);
    assert_eq!(g["data"]["stake_rao"], 1000 * 1_000_000_000u64);
    // Not a root validator: shown with no root uid.
    let o = a(&env, &["-H", "owner", "stake", "child", "auto-parent"]);
    assert_eq!(o["data"]["root_uid"], Value::Null);

    // Dry run: the exact call, the chain's event, nothing changed.
    let before = env.fingerprint();
    let d = a(&env, &["-H", "root", "stake", "child", "auto-parent", "--disable", "--dry-run"]);
    assert_eq!(
        keys(&d["data"]),
        ["action", "before", "block", "call", "dry_run", "events", "executed", "tx_fee_rao"]
    );
    assert_eq!(d["data"]["dry_run"], true);
    assert_eq!(d["data"]["action"], "auto_parent_disable");
    assert_eq!(d["data"]["call"]["name"], "set_auto_parent_delegation_enabled");
    assert_eq!(d["data"]["call"]["enabled"], false);
    assert_eq!(d["data"]["before"]["enabled"], true);
    assert_eq!(event_names(&d["data"]["events"])[0], "AutoParentDelegationEnabledSet");
    assert_eq!(env.fingerprint(), before, "a dry run changes nothing");

    // Opt out for real: the next subnet's owner hotkey gets only Bob_root as a parent.
    let s = a(&env, &["-H", "root", "stake", "child", "auto-parent", "--disable", "--yes"]);
    assert_eq!(s["data"]["dry_run"], false);
    assert_eq!(event_names(&s["data"]["executed"]["events"])[0], "AutoParentDelegationEnabledSet");
    assert_eq!(a(&env, &["-H", "root", "stake", "child", "auto-parent"])["data"]["enabled"], false);
    assert_eq!(new_subnet_parents(&env, "Dave", 4), std::slice::from_ref(&bob_root));

    // Back in: the subnet after that gets both, in root-uid order.
    a(&env, &["-H", "root", "stake", "child", "auto-parent", "--enable", "--yes"]);
    assert_eq!(new_subnet_parents(&env, "Eve", 5), [alice_root, bob_root]);
}

#[test]
fn auto_parent_refusals_change_nothing() {
    let env = demo();
    let before = env.fingerprint();
    // The chain refuses a hotkey without a root uid (exit 4, named, nothing submitted).
    let e = a_err(&env, &["-H", "owner", "stake", "child", "auto-parent", "--disable", "--yes"], 4);
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("HotKeyNotRegisteredInSubNet"), "{msg}");
    // Someone else's root validator: NonAssociatedColdKey.
    let bob_root = addr("//Bob_root");
    let e = a_err(
        &env,
        &["stake", "child", "auto-parent", "--hotkey-ss58", &bob_root, "--disable", "--yes"],
        4,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("NonAssociatedColdKey"));
    // A malformed address is bad input.
    let e = a_err(&env, &["stake", "child", "auto-parent", "--hotkey-ss58", "5Fnope"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("5Fnope"));
    // --enable and --disable together: a usage error.
    let out = env
        .cmd()
        .args(["-w", "alice", "-H", "root", "stake", "child", "auto-parent", "--enable"])
        .arg("--disable")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(env.fingerprint(), before);
}
