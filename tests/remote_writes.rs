//! End-to-end: the real `taoctl` binary's writes against the in-process mock subtensor node
//! (`remote::mock`, spec-393 finney metadata from `../shared/metadata`). Previews are predicted
//! from the node's answers — its fee, balances, pools and `sim_swap` results, which the mock
//! serves SCALE-encoded from the chain's own arithmetic on the demo pool (`remote::mock::
//! demo_pool`) — and each write is checked as --dry-run (preview, nothing submitted), --yes
//! (signed, included, the node's receipt), bad input (exit code, nothing submitted) and an
//! unreachable node.

use local_chain::swap::{Direction, SimSwapResult};
use remote::mock::{MockNode, Value as V};
use serde_json::Value;

mod remote_support;
use remote_support::{World, public, v};

const TAO: u64 = 1_000_000_000;
const FEE: u64 = 20_000;
const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

/// The mock's demo world with the wallet `default`: coldkey //Alice (no password), hotkeys
/// `default` = //Bob (uid 0 on subnet 1) and `new` = //Charlie (not on chain).
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
            &["wallet", "regen-hotkey", "-H", "new", "--uri", "//Charlie"][..],
        ] {
            w.cmd(false, args).assert().success();
        }
        Some(w)
    }

    /// Serves the node's `sim_swap` answer for (netuid, amount): the chain's own arithmetic on
    /// the demo pool (subnet 1) or 1:1 without fee (root).
    fn quote(&self, netuid: u16, dir: Direction, amount: u64) -> SimSwapResult {
        let r = if netuid == 0 {
            SimSwapResult { tao_amount: amount, alpha_amount: amount, ..Default::default() }
        } else {
            remote::mock::demo_pool().sim_swap(dir, amount)
        };
        self.node.set_sim_swap(netuid, dir, amount, &r).expect("sim_swap fixture");
        r
    }

    fn events(&self, events: Vec<(&str, &str, Vec<V>)>) {
        let evs = events
            .into_iter()
            .map(|(p, e, fields)| V::unnamed_variant(p, [V::unnamed_variant(e, fields)]))
            .collect();
        self.node.set_next_events(evs).expect("events");
    }
}

#[test]
fn stake_add_previews_from_the_node_then_submits_a_limit_call() {
    let Some(w) = World::new() else { return };
    let amount = TAO / 10;
    let q = w.quote(1, Direction::TaoToAlpha, amount);
    let args = ["stake", "add", "--netuid", "1", "--amount", "0.1", "--hotkey-ss58", BOB];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let leg = &p["data"]["legs"][0];
    assert_eq!(p["data"]["dry_run"], true);
    assert_eq!(p["data"]["predicted_from_block"], 100, "{p}");
    assert_eq!(leg["expected_out"], q.alpha_amount, "the node's sim_swap out: {p}");
    assert_eq!(leg["swap_fee"], q.tao_fee, "{p}");
    assert_eq!(leg["tx_fee_rao"], FEE, "{p}");
    assert_eq!(leg["spot_price_rao"], TAO / 2, "{p}");
    // The embedded path's limit rule: spot × (1 + 0.5 %).
    assert_eq!(leg["limit_price_rao"], 502_500_000u64, "{p}");
    assert_eq!(leg["protection"], "limit", "{p}");
    assert_eq!(leg["call"]["name"], "add_stake_limit", "{p}");
    assert_eq!(leg["call"]["limit_price"], 502_500_000u64, "{p}");
    assert_eq!(w.node.included(), 0);

    let (alice, bob) = (public("//Alice"), public("//Bob"));
    w.events(vec![(
        "SubtensorModule",
        "StakeAdded",
        vec![
            V::from_bytes(alice),
            V::from_bytes(bob),
            v(amount),
            v(q.alpha_amount),
            v(1),
            v(q.tao_fee),
        ],
    )]);
    let r = w.ok(&[&args[..], &["--yes", "--wait", "finalized"]].concat());
    assert_eq!(w.node.included(), 1);
    let x = &r["data"]["executed"][0];
    assert_eq!(x["block"], 101, "{r}");
    assert_eq!(x["actual_out"], q.alpha_amount, "read from the node's StakeAdded: {r}");
    assert_eq!(r["data"]["predicted_from_block"], 100, "{r}");
}

#[test]
fn stake_add_bad_input_is_refused_before_signing() {
    let Some(w) = World::new() else { return };
    let base = |extra: &[&'static str]| {
        let mut a = vec!["stake", "add", "--hotkey-ss58", BOB];
        a.extend_from_slice(extra);
        a
    };
    // Unknown netuid, malformed address, too many decimals: input errors (exit 3).
    let (code, e) = w.fails(&base(&["--netuid", "9", "--amount", "1", "--yes"]));
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("`9`"), "{e}");
    let (code, e) = w.fails(&[
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "1",
        "--hotkey-ss58",
        "5Fbad",
        "--yes",
    ]);
    assert_eq!(code, 3, "{e}");
    let (code, e) = w.fails(&base(&["--netuid", "1", "--amount", "0.0000000001", "--yes"]));
    assert_eq!(code, 3, "{e}");
    // The whole 10 TAO would push the price past the 0.5 % limit: the chain's SlippageTooHigh,
    // predicted from the node's quote, exit 4.
    w.quote(1, Direction::TaoToAlpha, 10 * TAO);
    let (code, e) = w.fails(&base(&["--netuid", "1", "--amount", "10", "--yes"]));
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "SlippageTooHigh", "{e}");
    // --partial at that size cannot be predicted from whole-amount quotes: refused by name.
    let (code, e) = w.fails(&base(&["--netuid", "1", "--amount", "10", "--partial", "--yes"]));
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("partial fill"), "{e}");
    // Not enough free TAO for the stake: NotEnoughBalanceToStake.
    w.node.set_account(&public("//Alice"), TAO / 20).expect("balance");
    w.quote(1, Direction::TaoToAlpha, TAO / 10);
    let (code, e) = w.fails(&base(&["--netuid", "1", "--amount", "0.1", "--yes"]));
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "NotEnoughBalanceToStake", "{e}");
}

#[test]
fn stake_remove_and_moves_preview_from_node_quotes() {
    let Some(w) = World::new() else { return };
    // remove 0.1 alpha from subnet 1: the node's sell quote; limit spot × (1 − 0.5 %).
    let q = w.quote(1, Direction::AlphaToTao, TAO / 10);
    let args = ["stake", "remove", "--netuid", "1", "--amount", "0.1", "--hotkey-ss58", BOB];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let leg = &p["data"]["legs"][0];
    assert_eq!(leg["expected_out"], q.tao_amount, "{p}");
    assert_eq!(leg["swap_fee"], q.alpha_fee, "{p}");
    assert_eq!(leg["limit_price_rao"], 497_500_000u64, "{p}");
    assert_eq!(leg["call"]["name"], "remove_stake_limit", "{p}");
    // 1 alpha would move the price by about 1 %: past the 0.5 % limit, refused (exit 4).
    w.quote(1, Direction::AlphaToTao, TAO);
    let (code, e) = w.fails(&[
        "stake",
        "remove",
        "--netuid",
        "1",
        "--amount",
        "1",
        "--hotkey-ss58",
        BOB,
        "--yes",
    ]);
    assert_eq!((code, e["error"]["chain_error"].as_str()), (4, Some("SlippageTooHigh")), "{e}");
    let q = w.quote(1, Direction::AlphaToTao, TAO);

    // move 1 alpha from subnet 1 to root on the same hotkey: sold on subnet 1 (fee there), 1:1
    // into root.
    w.quote(0, Direction::TaoToAlpha, q.tao_amount);
    let p = w.ok(&[
        "stake",
        "move",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "0",
        "--origin-hotkey",
        BOB,
        "--dest-hotkey",
        BOB,
        "--amount",
        "1",
        "--dry-run",
    ]);
    let leg = &p["data"]["legs"][0];
    assert_eq!(leg["expected_out"], q.tao_amount, "{p}");
    assert_eq!(leg["swap_fee"], q.alpha_fee, "{p}");
    assert_eq!(leg["swap_fee_unit"], "alpha", "{p}");
    assert_eq!(leg["protection"], "check", "{p}");
    // Submitted: the node's StakeMoved comes back; the positions are read at the inclusion
    // block and its parent (the mock's positions do not change, so nothing is credited).
    let bob = public("//Bob");
    w.events(vec![(
        "SubtensorModule",
        "StakeMoved",
        vec![
            V::from_bytes(public("//Alice")),
            V::from_bytes(bob),
            v(1),
            V::from_bytes(bob),
            v(0),
            v(q.tao_amount),
        ],
    )]);
    let r = w.ok(&[
        "stake",
        "move",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "0",
        "--origin-hotkey",
        BOB,
        "--dest-hotkey",
        BOB,
        "--amount",
        "1",
        "--yes",
    ]);
    let x = &r["data"]["executed"][0];
    assert_eq!((x["block"].as_u64(), x["actual_out"].as_u64()), (Some(101), Some(0)), "{r}");
    assert_eq!(x["events"][0]["event"], "StakeMoved", "{r}");
    assert_eq!(w.node.included(), 1);

    // transfer 1 alpha to another coldkey on the same subnet: a share transfer, exact.
    let p = w.ok(&[
        "stake",
        "transfer",
        "--dest",
        BOB,
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "1",
        "--hotkey-ss58",
        BOB,
        "--amount",
        "1",
        "--dry-run",
    ]);
    let leg = &p["data"]["legs"][0];
    assert_eq!(
        (leg["expected_out"].as_u64(), leg["protection"].as_str()),
        (Some(TAO), Some("exact")),
        "{p}"
    );
    assert_eq!(w.node.included(), 1, "only the move above was submitted");

    // swap to a subnet that does not exist: the chain's SubnetNotExists, before anything.
    let (code, e) = w.fails(&[
        "stake",
        "swap",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "7",
        "--hotkey-ss58",
        BOB,
        "--amount",
        "1",
        "--yes",
    ]);
    assert!(code == 3 || code == 4, "{e}");
}

#[test]
fn registration_and_subnet_creation_preview_and_submit() {
    let Some(w) = World::new() else { return };
    // Spec 393 has no register_limit: burned_register with the burn from storage (1 TAO).
    let p = w.ok(&["-H", "new", "subnets", "register", "--netuid", "1", "--dry-run"]);
    let d = &p["data"];
    assert_eq!(d["call"]["name"], "burned_register", "{p}");
    assert_eq!(d["cost_rao"], TAO, "{p}");
    assert_eq!(d["tx_fee_rao"], FEE, "{p}");
    assert_eq!(d["balance_after_rao"], 1_000 * TAO - TAO - FEE, "{p}");
    assert_eq!(d["predicted_from_block"], 100, "{p}");
    // --max-cost below the burn: refused, nothing submitted.
    let (code, e) = w.fails(&[
        "-H",
        "new",
        "subnets",
        "register",
        "--netuid",
        "1",
        "--max-cost",
        "0.5",
        "--yes",
    ]);
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "RegistrationPriceLimitExceeded", "{e}");
    // Submitted: the node's NeuronRegistered comes back in the receipt.
    let bob = public("//Bob");
    w.events(vec![("SubtensorModule", "NeuronRegistered", vec![v(1), v(1), V::from_bytes(bob)])]);
    let r = w.ok(&["-H", "new", "subnets", "register", "--netuid", "1", "--yes"]);
    assert_eq!(w.node.included(), 1);
    assert_eq!(r["data"]["executed"]["block"], 101, "{r}");

    // Subnet creation: the node's lock cost.
    w.node
        .set_runtime_api(
            "SubnetRegistrationRuntimeApi",
            "get_network_registration_cost",
            None,
            v(100 * TAO),
        )
        .expect("lock cost");
    let p = w.ok(&["subnets", "create", "--dry-run"]);
    assert_eq!(p["data"]["cost_rao"], 100 * TAO, "{p}");
    assert_eq!(p["data"]["tx_fee_rao"], FEE, "{p}");
    // More than the balance: the chain's name for it, exit 4.
    w.node.set_account(&public("//Alice"), 50 * TAO).expect("balance");
    let (code, e) = w.fails(&["subnets", "create", "--yes"]);
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "NotEnoughBalanceToPaySwapHotKey", "{e}");
}

// Several legs and unstake-all on a node: tests/remote_stake_legs.rs.

#[test]
fn a_write_to_an_unreachable_node_exits_5() {
    let Some(w) = World::new() else { return };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let url = format!("ws://127.0.0.1:{port}");
    let out = w
        .cmd_at(Some(url), &["stake", "add", "--netuid", "1", "--amount", "1", "--yes"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stdout));
    let v: Value = serde_json::from_slice(&out.stdout).expect("error envelope");
    assert!(v["error"]["message"].as_str().unwrap_or("").contains("cannot reach node"), "{v}");
}

#[test]
fn weights_and_hyperparameters_are_checked_then_submitted() {
    let Some(w) = World::new() else { return };
    let commit_reveal = |on: bool| {
        w.node
            .set_storage("SubtensorModule", "CommitRevealWeightsEnabled", vec![v(1)], V::bool(on))
            .expect("fixture")
    };
    commit_reveal(false);
    // set_weights is `Pays::No`: a node's query_info answers a zero fee for it.
    w.node.set_partial_fee(0).expect("fee");
    // //Bob (hotkey `default`) is uid 0 on subnet 1: its weights preview passes the node checks.
    let args = ["weights", "set", "--netuid", "1", "--weights", "0:1"];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    assert_eq!(
        (p["data"]["uid"].as_u64(), p["data"]["dry_run"].as_bool()),
        (Some(0), Some(true)),
        "{p}"
    );
    w.events(vec![("SubtensorModule", "WeightsSet", vec![v(1), v(0)])]);
    let r = w.ok(&[&args[..], &["--yes"]].concat());
    assert_eq!((w.node.included(), r["data"]["block"].as_u64()), (1, Some(101)), "{r}");
    // //Charlie holds no uid there: the chain's HotKeyNotRegisteredInSubNet before signing.
    let (code, e) =
        w.fails(&["-H", "new", "weights", "set", "--netuid", "1", "--weights", "0:1", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e.to_string().contains("uid"), "{e}");
    // With commit-reveal on, set_weights is refused by name (commit-reveal: tests/remote_weights.rs).
    commit_reveal(true);
    let (code, e) = w.fails(&["weights", "set", "--netuid", "1", "--weights", "0:1", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert_eq!(e["error"]["chain_error"], "CommitRevealEnabled", "{e}");

    // An owner hyperparameter: previewed with the node's current value, then submitted.
    w.node.set_partial_fee(u128::from(FEE)).expect("fee");
    let hp = ["hparams", "set", "--netuid", "1", "--param", "immunity_period", "--value", "4000"];
    let p = w.ok(&[&hp[..], &["--dry-run"]].concat());
    assert_eq!(
        (p["data"]["old_value"].as_str(), p["data"]["new_value"].as_str()),
        (Some("5000"), Some("4000")),
        "{p}"
    );
    w.events(vec![]);
    let r = w.ok(&[&hp[..], &["--yes"]].concat());
    assert_eq!((w.node.included(), r["data"]["block"].as_u64()), (2, Some(102)), "{r}");
    // Out of range: an input error naming the value, nothing submitted.
    let (code, e) = w.fails(&[
        "hparams",
        "set",
        "--netuid",
        "1",
        "--param",
        "immunity_period",
        "--value",
        "-1",
        "--yes",
    ]);
    assert_eq!(code, 3, "{e}");
}

#[test]
fn stake_swap_through_root_previews_and_dynamic_pairs_are_refused_by_name() {
    let Some(w) = World::new() else { return };
    // swap 1 alpha of subnet 1 into root on //Bob: the node's sell quote on subnet 1, 1:1 into
    // root, protected by swap_stake_limit at the price ratio × (1 − 0.5 %).
    let q = w.quote(1, Direction::AlphaToTao, TAO / 10);
    w.quote(0, Direction::TaoToAlpha, q.tao_amount);
    let args =
        ["stake", "swap", "--origin-netuid", "1", "--dest-netuid", "0", "--hotkey-ss58", BOB];
    let p = w.ok(&[&args[..], &["--amount", "0.1", "--dry-run"]].concat());
    let leg = &p["data"]["legs"][0];
    assert_eq!(leg["expected_out"], q.tao_amount, "{p}");
    assert_eq!(leg["call"]["name"], "swap_stake_limit", "{p}");
    assert_eq!(leg["limit_price_rao"], 497_500_000u64, "ratio 0.5 × (1 − 0.5 %): {p}");
    // A second dynamic subnet: the fee-free restake on it has no node-side simulation.
    let s = |item: &str, val: V| w.node.set_storage("SubtensorModule", item, vec![v(2)], val);
    s("NetworksAdded", V::bool(true)).expect("fixture");
    s("SubnetMechanism", v(1)).expect("fixture");
    s("SubtokenEnabled", V::bool(true)).expect("fixture");
    s("SubnetTAO", v(100 * TAO)).expect("fixture");
    s("SubnetAlphaIn", v(100 * TAO)).expect("fixture");
    w.node
        .set_runtime_api("SwapRuntimeApi", "current_alpha_price", Some(vec![v(2)]), v(TAO))
        .expect("fixture");
    let (code, e) = w.fails(&[
        "stake",
        "swap",
        "--origin-netuid",
        "1",
        "--dest-netuid",
        "2",
        "--hotkey-ss58",
        BOB,
        "--amount",
        "0.1",
        "--yes",
    ]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("fee-free buy"), "{e}");
}

#[test]
fn subnet_identity_and_start_are_fee_only_predictions() {
    let Some(w) = World::new() else { return };
    let args = ["subnets", "set-identity", "--netuid", "1", "--name", "apex2"];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let d = &p["data"];
    assert_eq!((d["cost_rao"].as_u64(), d["tx_fee_rao"].as_u64()), (Some(0), Some(FEE)), "{p}");
    assert_eq!(d["balance_after_rao"], 1_000 * TAO - FEE, "{p}");
    assert_eq!(d["call"]["name"], "set_subnet_identity", "{p}");
    w.events(vec![]);
    let r = w.ok(&[&args[..], &["--yes"]].concat());
    assert_eq!((w.node.included(), r["data"]["executed"]["block"].as_u64()), (1, Some(101)), "{r}");
    // Alice owns subnet 1; a subnet that does not exist is refused before anything.
    let (code, e) = w.fails(&["subnets", "start", "--netuid", "5", "--yes"]);
    assert_eq!(code, 3, "{e}");
}
