//! End-to-end: `taoctl stake child get|set|take`, `stake claim-root` and `stake set-claim`
//! against the in-process mock subtensor node (`remote::mock`, spec-393 finney metadata from
//! `../shared/metadata`, fixtures encoded from its types): the read from `ChildKeys`,
//! `ParentKeys`, `PendingChildKeys`, takes, `StakeThreshold` and `TotalHotkeyAlpha`; predicted
//! previews (the node's fee, its state's checks) with nothing submitted; `--yes` receipts; bad
//! input refused before signing; an unreachable node; and on a spec-218 runtime, which predates
//! pending children and root claims, the named capability error.

use remote::mock::{MockNode, Value as V};
use serde_json::Value;

mod remote_support;
use remote_support::{World, public, v};

const TAO: u64 = 1_000_000_000;
const FEE: u64 = 20_000;
const HALF: u64 = u64::MAX / 2;

fn ss58(uri: &str) -> String {
    local_chain::types::AccountId(public(uri)).to_string()
}

fn list(rows: &[(u64, &str)]) -> V {
    V::unnamed_composite(
        rows.iter().map(|(p, uri)| V::unnamed_composite([v(*p), V::from_bytes(public(uri))])),
    )
}

/// The mock's demo world (coldkey //Alice owns hotkey //Bob = wallet hotkey `default`, 5 alpha
/// on subnet 1 at price 0.5, //Bob is subnet 1's owner hotkey) with the wallet `default`.
impl World {
    fn new() -> Option<World> {
        let bytes =
            remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), "finney-spec393.scale")?;
        let node = MockNode::demo_world(bytes, 393).expect("mock node");
        node.set_partial_fee(u128::from(FEE)).expect("fee");
        let w = World { node, tmp: tempfile::tempdir().expect("tempdir") };
        for args in [
            &["wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"][..],
            &["wallet", "regen-hotkey", "-H", "default", "--uri", "//Bob"][..],
        ] {
            w.cmd_at(None, args).assert().success();
        }
        Some(w)
    }

    fn sm(&self, item: &str, keys: Vec<V>, val: V) {
        self.node.set_storage("SubtensorModule", item, keys, val).expect("fixture");
    }
}

fn msg(e: &Value) -> String {
    e["error"]["message"].as_str().unwrap_or("").to_string()
}

#[test]
fn child_get_reads_every_item_from_the_node() {
    let Some(w) = World::new() else { return };
    let bob = || V::from_bytes(public("//Bob"));
    let hk = || vec![bob(), v(1)];
    w.sm("ChildKeys", hk(), list(&[(HALF, "//Charlie")]));
    w.sm("ParentKeys", hk(), list(&[(u64::MAX, "//Eve")]));
    w.sm(
        "PendingChildKeys",
        vec![v(1), bob()],
        V::unnamed_composite([list(&[(u64::MAX, "//Dave")]), v(7_300)]),
    );
    w.sm("ChildkeyTake", hk(), v(1_000));
    w.sm("MinChildkeyTake", vec![], v(500));
    w.sm("MaxChildkeyTake", vec![], v(11_796));
    w.sm("StakeThreshold", vec![], v(1_000 * TAO));
    let g = w.ok(&["stake", "child", "get", "--netuid", "1"]);
    assert_eq!(g["command"], "stake.child.get", "{g}");
    let d = &g["data"];
    assert_eq!(d["hotkey"], ss58("//Bob"), "{g}");
    assert_eq!(d["block"], 100, "the finalized head: {g}");
    assert_eq!(d["children"][0]["hotkey"], ss58("//Charlie"), "{g}");
    assert_eq!(d["children"][0]["proportion"], HALF, "{g}");
    assert_eq!(d["parents"][0]["hotkey"], ss58("//Eve"), "{g}");
    assert_eq!(d["pending"]["children"][0]["hotkey"], ss58("//Dave"), "{g}");
    assert_eq!(d["pending"]["cooldown_block"], 7_300, "{g}");
    assert_eq!(
        (d["childkey_take"].as_u64(), d["min_childkey_take"].as_u64()),
        (Some(1_000), Some(500)),
        "{g}"
    );
    assert_eq!(d["max_childkey_take"], 11_796, "{g}");
    // 5 alpha at 0.5 TAO: floor(5e9 · 5e8 / 1e9).
    assert_eq!(d["stake_rao"], 2_500_000_000u64, "{g}");
    assert_eq!(d["stake_threshold_rao"], 1_000 * TAO, "{g}");

    // Nothing stored: the runtime's own defaults (no children, take = min 0, max 18 %).
    let g = w.ok(&["stake", "child", "get", "--netuid", "1", "--hotkey-ss58", &ss58("//Ferdie")]);
    let d = &g["data"];
    assert_eq!(d["children"].as_array().map(Vec::len), Some(0), "{g}");
    assert!(d["pending"].is_null(), "{g}");
    assert_eq!((d["childkey_take"].as_u64(), d["stake_rao"].as_u64()), (Some(500), Some(0)), "{g}");
}

#[test]
fn child_set_previews_then_submits() {
    let Some(w) = World::new() else { return };
    let charlie = ss58("//Charlie");
    let args =
        ["stake", "child", "set", "--netuid", "1", "--children", &charlie, "--proportions", "0.5"];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let d = &p["data"];
    assert_eq!((d["dry_run"].as_bool(), d["tx_fee_rao"].as_u64()), (Some(true), Some(FEE)), "{p}");
    assert_eq!(d["block"], 101, "{p}");
    assert_eq!(d["call"]["children"][0][0], HALF, "{p}");
    let ev = &d["events"][0];
    assert_eq!(ev["event"], "SetChildrenScheduled", "{p}");
    // Subnet 1 has started: the set applies after PendingChildKeyCooldown (the runtime's
    // default, 7200 blocks) from the block it lands in.
    assert_eq!(ev["cooldown_block"], 101 + 7_200, "{p}");
    assert_eq!(w.node.included(), 0);
    // Revoking is the same call with no children.
    let p = w.ok(&["stake", "child", "revoke", "--netuid", "1", "--dry-run"]);
    let ev = &p["data"]["events"][0];
    assert_eq!(ev["event"], "SetChildrenScheduled", "{p}");
    assert_eq!(ev["children"].as_array().map(Vec::len), Some(0), "{p}");

    let bob = V::from_bytes(public("//Bob"));
    let row = V::unnamed_composite([v(HALF), V::from_bytes(public("//Charlie"))]);
    let scheduled = V::unnamed_variant(
        "SetChildrenScheduled",
        [bob, v(1), v(7_301), V::unnamed_composite([row])],
    );
    w.node
        .set_next_events(vec![V::unnamed_variant("SubtensorModule", [scheduled])])
        .expect("events");
    let r = w.ok(&[&args[..], &["--yes"]].concat());
    assert_eq!(w.node.included(), 1);
    let d = &r["data"];
    assert_eq!((d["dry_run"].as_bool(), d["block"].as_u64()), (Some(false), Some(101)), "{r}");
    assert_eq!(d["events"][0]["cooldown_block"], 7_301, "the node's event: {r}");
}

#[test]
fn child_set_bad_input_is_refused_before_signing() {
    let Some(w) = World::new() else { return };
    let set = |children: &str, props: &str, netuid: &str| {
        let a: Vec<String> = ["stake", "child", "set", "--netuid", netuid, "--children", children]
            .iter()
            .map(|s| s.to_string())
            .chain(["--proportions".into(), props.into(), "--yes".into()])
            .collect();
        w.fails(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let (code, e) = set(&ss58("//Bob"), "0.5", "1");
    assert_eq!(code, 3, "{e}");
    assert!(msg(&e).contains("is the hotkey itself"), "{e}");
    let six: Vec<String> = (0..6).map(|i| ss58(&format!("//Kid{i}"))).collect();
    let (code, e) = set(&six.join(","), "0.1,0.1,0.1,0.1,0.1,0.1", "1");
    assert_eq!(code, 3, "{e}");
    assert!(msg(&e).contains("6 children"), "{e}");
    let two = format!("{},{}", ss58("//Charlie"), ss58("//Dave"));
    let (code, e) = set(&two, "0.6,0.5", "1");
    assert_eq!(code, 3, "{e}");
    assert!(msg(&e).contains("more than 1"), "{e}");
    let (code, e) = set(&ss58("//Charlie"), "0.5", "9");
    assert_eq!(code, 3, "{e}");
    assert!(msg(&e).contains('9'), "{e}");
    assert!(e["error"]["hint"].is_string(), "{e}");

    // Node-side checks, predicted from its state (chain errors, exit 4): the rate limit...
    w.sm("TransactionKeyLastBlock", vec![V::from_bytes(public("//Bob")), v(1), v(0)], v(50));
    let (code, e) = set(&ss58("//Charlie"), "0.5", "1");
    assert_eq!((code, e["error"]["chain_error"].as_str()), (4, Some("TxRateLimitExceeded")), "{e}");
    w.sm("TransactionKeyLastBlock", vec![V::from_bytes(public("//Bob")), v(1), v(0)], v(0));
    // ...and StakeThreshold once //Bob is no longer the subnet owner hotkey.
    w.sm("StakeThreshold", vec![], v(1_000 * TAO));
    w.sm("SubnetOwnerHotkey", vec![v(1)], V::from_bytes(public("//Ferdie")));
    let (code, e) = set(&ss58("//Charlie"), "0.5", "1");
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "NotEnoughStakeToSetChildkeys", "{e}");
    // A child that is already a parent.
    w.sm("StakeThreshold", vec![], v(0));
    w.sm(
        "ParentKeys",
        vec![V::from_bytes(public("//Bob")), v(1)],
        list(&[(u64::MAX, "//Charlie")]),
    );
    let (code, e) = set(&ss58("//Charlie"), "0.5", "1");
    assert_eq!(
        (code, e["error"]["chain_error"].as_str()),
        (4, Some("ChildParentInconsistency")),
        "{e}"
    );
}

#[test]
fn childkey_take_and_claim_type_are_predicted() {
    let Some(w) = World::new() else { return };
    let p = w.ok(&["stake", "child", "take", "--netuid", "1", "--take", "0.09", "--dry-run"]);
    let d = &p["data"];
    assert_eq!(d["call"]["take"], 5_898, "{p}");
    assert_eq!(d["events"][0]["take"], 5_898, "{p}");
    assert_eq!(d["tx_fee_rao"], FEE, "{p}");
    // An increase within TxChildkeyTakeRateLimit of the last one: the chain's error by name.
    w.sm("TransactionKeyLastBlock", vec![V::from_bytes(public("//Bob")), v(1), v(1)], v(90));
    let (code, e) =
        w.fails(&["stake", "child", "take", "--netuid", "1", "--take", "0.09", "--yes"]);
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "TxChildkeyTakeRateLimitExceeded", "{e}");

    let p = w.ok(&["stake", "set-claim", "keep", "--dry-run"]);
    let d = &p["data"];
    assert_eq!(d["claim_type"], "swap", "the runtime's default: {p}");
    assert_eq!(d["events"][0]["root_claim_type"], "keep", "{p}");
    let r = w.ok(&["stake", "set-claim", "keep", "--yes"]);
    assert_eq!((w.node.included(), r["data"]["block"].as_u64()), (1, Some(101)), "{r}");
}

#[test]
fn root_claims_are_read_and_claim_root_is_predicted() {
    let Some(w) = World::new() else { return };
    let (alice, bob) = (public("//Alice"), public("//Bob"));
    let row = |netuid: u64, stake: u64| {
        V::named_composite([
            ("hotkey", V::from_bytes(bob)),
            ("coldkey", V::from_bytes(alice)),
            ("netuid", v(netuid)),
            ("stake", v(stake)),
            ("locked", v(0)),
            ("emission", v(0)),
            ("tao_emission", v(0)),
            ("drain", v(0)),
            ("is_registered", V::bool(true)),
        ])
    };
    w.node
        .set_runtime_api(
            "StakeInfoRuntimeApi",
            "get_stake_info_for_coldkey",
            None,
            V::unnamed_composite([row(0, 100 * TAO), row(1, 5 * TAO)]),
        )
        .expect("stake fixture");
    // 0.25 alpha per root rao on subnet 1 (I96F32 bits), 1 alpha already claimed.
    let fixed = |bits: i128| V::named_composite([("bits", V::i128(bits))]);
    w.sm(
        "RootClaimable",
        vec![V::from_bytes(bob)],
        V::unnamed_composite([V::unnamed_composite([V::unnamed_composite([
            v(1),
            fixed(1 << 30),
        ])])]),
    );
    w.sm(
        "RootClaimed",
        vec![v(1), V::from_bytes(bob), V::from_bytes(alice)],
        V::u128(u128::from(TAO)),
    );
    w.sm("RootClaimableThreshold", vec![v(1)], fixed(i128::from(TAO) << 32));
    let p = w.ok(&["stake", "claim-root", "--dry-run"]);
    let d = &p["data"];
    assert_eq!(d["claimable"][0]["netuid"], 1, "{p}");
    // 0.25 · 100 TAO − 1 = 24 alpha owed.
    assert_eq!(d["claimable"][0]["owed"], 24 * TAO, "{p}");
    assert_eq!(d["claimable"][0]["threshold"], TAO, "{p}");
    assert_eq!(d["call"]["subnets"][0], 1, "{p}");
    assert_eq!(d["events"][0]["event"], "RootClaimed", "{p}");
    assert_eq!(d["events"][0]["coldkey"], hex::encode(alice), "{p}");
    assert_eq!(d["tx_fee_rao"], FEE, "{p}");
    assert_eq!(w.node.included(), 0);
    // A subnet that does not exist: bad input, nothing submitted.
    let (code, e) = w.fails(&["stake", "claim-root", "--netuids", "7", "--yes"]);
    assert_eq!(code, 3, "{e}");
}

#[test]
fn an_unreachable_node_exits_5() {
    let Some(w) = World::new() else { return };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let url = format!("ws://127.0.0.1:{port}");
    for args in [
        &["stake", "child", "get", "--netuid", "1"][..],
        &["stake", "set-claim", "keep", "--yes"][..],
    ] {
        let out = w.cmd_at(Some(url.clone()), args).output().expect("runs");
        assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stdout));
        let v: Value = serde_json::from_slice(&out.stdout).expect("error envelope");
        assert!(msg(&v).contains("cannot reach node"), "{v}");
    }
}

#[test]
fn a_runtime_without_pending_children_or_root_claims_names_them() {
    let Some(bytes) =
        remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), "subtensor-spec218-v15.scale")
    else {
        return;
    };
    let node = MockNode::start(bytes, 218).expect("mock node");
    let client = remote::RemoteClient::connect(&node.url(), remote::ConnectOptions::default())
        .expect("connects");
    let who = local_chain::types::AccountId(public("//Bob"));
    let e = client.child_keys(&who, 1).expect_err("spec 218 has no PendingChildKeys");
    let text = e.to_string();
    assert!(
        matches!(e, remote::RemoteError::MissingCapability { spec_version: 218, .. }),
        "{text}"
    );
    assert!(text.contains("SubtensorModule.PendingChildKeys"), "{text}");
    let e = client.root_claims(&who).expect_err("spec 218 has no root claims");
    assert!(e.to_string().contains("SubtensorModule.RootClaimType"), "{e}");
}
