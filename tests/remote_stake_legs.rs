//! End-to-end: staking writes of more than one swap on the in-process mock subtensor node
//! (`remote::mock`, spec-393 metadata) — `stake unstake-all` (one call selling every position,
//! each quoted by the node's `sim_swap` on its own pool) and multi-leg commands (`--netuids`,
//! `--all-hotkeys`: one call per leg, each leg on its own pool predicted from the node's quote
//! with the balance the legs before it leave). Legs sharing a pool are refused by name. Each
//! runs as --dry-run, --yes (one receipt per leg, from the node's events), bad input and an
//! unreachable node.

use local_chain::swap::{Direction, SimSwapResult};
use remote::mock::{MockNode, Value as V};

mod remote_support;
use remote_support::{World, public, v};

const TAO: u64 = 1_000_000_000;
const FEE: u64 = 20_000;
const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";

/// The demo world (//Alice: 1000 TAO free, 5 alpha on //Bob in subnet 1) plus 2 TAO staked on
/// //Bob in root, and the wallet `default` (coldkey //Alice; hotkeys `default` = //Bob and
/// `new` = //Charlie).
impl World {
    fn new() -> Option<World> {
        let bytes =
            remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), "finney-spec393.scale")?;
        let node = MockNode::demo_world(bytes, 393).expect("mock node");
        node.set_partial_fee(u128::from(FEE)).expect("fee");
        let row = |netuid: u64, stake: u64| {
            V::named_composite([
                ("hotkey", V::from_bytes(public("//Bob"))),
                ("coldkey", V::from_bytes(public("//Alice"))),
                ("netuid", v(netuid)),
                ("stake", v(stake)),
                ("locked", v(0)),
                ("emission", v(0)),
                ("tao_emission", v(0)),
                ("drain", v(0)),
                ("is_registered", V::bool(true)),
            ])
        };
        node.set_runtime_api(
            "StakeInfoRuntimeApi",
            "get_stake_info_for_coldkey",
            None,
            V::unnamed_composite([row(0, 2 * TAO), row(1, 5 * TAO)]),
        )
        .expect("positions");
        let w = World { node, tmp: tempfile::tempdir().expect("tempdir") };
        for args in [
            &["wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"][..],
            &["wallet", "regen-hotkey", "-H", "default", "--uri", "//Bob"][..],
            &["wallet", "regen-hotkey", "-H", "new", "--uri", "//Charlie"][..],
        ] {
            w.cmd_at(None, args).assert().success();
        }
        Some(w)
    }

    /// Serves the node's `sim_swap` for (netuid, amount): the chain's arithmetic on the demo
    /// pool (subnet 1) or 1:1 without fee (root, a stable pool).
    fn quote(&self, netuid: u16, dir: Direction, amount: u64) -> SimSwapResult {
        let r = if netuid == 0 {
            SimSwapResult { tao_amount: amount, alpha_amount: amount, ..Default::default() }
        } else {
            remote::mock::demo_pool().sim_swap(dir, amount)
        };
        self.node.set_sim_swap(netuid, dir, amount, &r).expect("sim_swap fixture");
        r
    }

    /// Queues the events of the next included extrinsic.
    fn queue(&self, event: &str, netuid: u16, tao: u64, alpha: u64, fee: u64) {
        let ev = V::unnamed_variant(
            "SubtensorModule",
            [V::unnamed_variant(
                event,
                [
                    V::from_bytes(public("//Alice")),
                    V::from_bytes(public("//Bob")),
                    v(tao),
                    v(alpha),
                    v(netuid.into()),
                    v(fee),
                ],
            )],
        );
        self.node.queue_events(vec![ev]).expect("events");
    }
}

#[test]
fn legs_on_distinct_pools_are_predicted_each_from_the_nodes_quote() {
    let Some(w) = World::new() else { return };
    let q0 = w.quote(0, Direction::TaoToAlpha, TAO / 10);
    let q1 = w.quote(1, Direction::TaoToAlpha, TAO / 10);
    let args = ["stake", "add", "--netuids", "0,1", "--amount", "0.1", "--hotkey-ss58", BOB];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let legs = p["data"]["legs"].as_array().cloned().unwrap_or_default();
    assert_eq!(legs.len(), 2, "{p}");
    assert_eq!(p["data"]["predicted_from_block"], 100, "{p}");
    assert_eq!(
        (legs[0]["origin_netuid"].as_u64(), legs[1]["origin_netuid"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(legs[0]["expected_out"], q0.alpha_amount, "root's quote: {p}");
    assert_eq!(legs[1]["expected_out"], q1.alpha_amount, "subnet 1's quote: {p}");
    assert_eq!(legs[1]["swap_fee"], q1.tao_fee, "{p}");
    // One leg per block, in order; each protected by its own limit call.
    assert_eq!((legs[0]["block"].as_u64(), legs[1]["block"].as_u64()), (Some(101), Some(102)));
    assert_eq!(legs[1]["call"]["name"], "add_stake_limit", "{p}");
    assert_eq!(legs[1]["limit_price_rao"], 502_500_000u64, "spot 0.5 × 1.005: {p}");
    assert_eq!(w.node.included(), 0);

    // Submitted one after the other; each leg's receipt is the node's own event.
    w.queue("StakeAdded", 0, TAO / 10, q0.alpha_amount, 0);
    w.queue("StakeAdded", 1, TAO / 10, q1.alpha_amount, q1.tao_fee);
    let r = w.ok(&[&args[..], &["--yes"]].concat());
    assert_eq!(w.node.included(), 2);
    let x = r["data"]["executed"].as_array().cloned().unwrap_or_default();
    assert_eq!((x[0]["block"].as_u64(), x[1]["block"].as_u64()), (Some(101), Some(102)), "{r}");
    assert_eq!(x[0]["actual_out"], q0.alpha_amount, "{r}");
    assert_eq!(x[1]["actual_out"], q1.alpha_amount, "{r}");
}

#[test]
fn a_later_leg_sees_the_balance_the_earlier_legs_leave() {
    let Some(w) = World::new() else { return };
    w.quote(0, Direction::TaoToAlpha, TAO / 10);
    w.quote(1, Direction::TaoToAlpha, TAO / 10);
    // 0.15 TAO pays for the first 0.1 TAO leg alone: each leg would pass from the head's
    // balance, but the second cannot once the first has been paid.
    w.node.set_account(&public("//Alice"), 15 * TAO / 100).expect("balance");
    let (code, e) = w.fails(&[
        "stake",
        "add",
        "--netuids",
        "0,1",
        "--amount",
        "0.1",
        "--hotkey-ss58",
        BOB,
        "--yes",
    ]);
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "NotEnoughBalanceToStake", "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("subnet 1"), "{e}");
}

#[test]
fn legs_sharing_a_pool_are_refused_naming_it() {
    let Some(w) = World::new() else { return };
    // //Charlie exists on chain (owned by //Alice): both wallet hotkeys stake into subnet 1.
    w.node
        .set_storage(
            "SubtensorModule",
            "Owner",
            vec![V::from_bytes(public("//Charlie"))],
            V::from_bytes(public("//Alice")),
        )
        .expect("fixture");
    w.quote(1, Direction::TaoToAlpha, TAO / 10);
    let (code, e) = w.fails(&[
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "0.1",
        "--all-hotkeys",
        "--dry-run",
    ]);
    assert_eq!(code, 3, "{e}");
    let msg = e["error"]["message"].as_str().unwrap_or("");
    assert!(msg.contains("both trade on subnet 1's pool"), "{e}");
    assert!(msg.contains("legs 1 (AddStakeLimit) and 2 (AddStake)"), "{e}");
}

#[test]
fn unstake_all_predicts_each_position_from_its_own_pool() {
    let Some(w) = World::new() else { return };
    let root = w.quote(0, Direction::AlphaToTao, 2 * TAO);
    let sub = w.quote(1, Direction::AlphaToTao, 5 * TAO);
    let args = ["stake", "unstake-all", "--hotkey-ss58", BOB];
    let p = w.ok(&[&args[..], &["--dry-run"]].concat());
    let leg = &p["data"]["legs"][0];
    assert_eq!(p["data"]["legs"].as_array().map(Vec::len), Some(1), "one call: {p}");
    assert_eq!(leg["call"]["name"], "unstake_all", "{p}");
    assert_eq!(leg["expected_out"], root.tao_amount + sub.tao_amount, "{p}");
    assert_eq!(
        leg["amount_in"],
        root.alpha_amount + root.alpha_fee + sub.alpha_amount + sub.alpha_fee,
        "{p}"
    );
    assert_eq!(leg["swap_fee"], sub.alpha_fee, "root is fee-free: {p}");
    assert_eq!(leg["tx_fee_rao"], FEE, "{p}");
    assert_eq!(p["data"]["predicted_from_block"], 100, "{p}");
    assert_eq!(w.node.included(), 0);

    w.node
        .set_next_events(vec![
            V::unnamed_variant(
                "SubtensorModule",
                [V::unnamed_variant(
                    "StakeRemoved",
                    [
                        V::from_bytes(public("//Alice")),
                        V::from_bytes(public("//Bob")),
                        v(root.tao_amount),
                        v(2 * TAO),
                        v(0),
                        v(0),
                    ],
                )],
            ),
            V::unnamed_variant(
                "SubtensorModule",
                [V::unnamed_variant(
                    "StakeRemoved",
                    [
                        V::from_bytes(public("//Alice")),
                        V::from_bytes(public("//Bob")),
                        v(sub.tao_amount),
                        v(5 * TAO),
                        v(1),
                        v(sub.alpha_fee),
                    ],
                )],
            ),
        ])
        .expect("events");
    let r = w.ok(&[&args[..], &["--yes"]].concat());
    assert_eq!(w.node.included(), 1);
    let x = &r["data"]["executed"][0];
    assert_eq!(x["block"], 101, "{r}");
    assert_eq!(x["actual_out"], root.tao_amount + sub.tao_amount, "the node's StakeRemoved: {r}");
}

#[test]
fn unstake_all_alpha_only_restakes_the_quoted_tao_on_root() {
    let Some(w) = World::new() else { return };
    let sub = w.quote(1, Direction::AlphaToTao, 5 * TAO);
    let back = w.quote(0, Direction::TaoToAlpha, sub.tao_amount);
    let p = w.ok(&["stake", "unstake-all", "--alpha-only", "--hotkey-ss58", BOB, "--dry-run"]);
    let leg = &p["data"]["legs"][0];
    assert_eq!(leg["call"]["name"], "unstake_all_alpha", "{p}");
    assert_eq!(leg["amount_in"], sub.alpha_amount + sub.alpha_fee, "root left alone: {p}");
    assert_eq!(leg["expected_out"], back.alpha_amount, "credited on root: {p}");
}

#[test]
fn unstake_all_bad_input_and_an_unreachable_node() {
    let Some(w) = World::new() else { return };
    // An unknown hotkey, then a known one without stake: input errors (exit 3).
    let (code, e) = w.fails(&["-H", "new", "stake", "unstake-all", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("not registered"), "{e}");
    w.node
        .set_storage(
            "SubtensorModule",
            "Owner",
            vec![V::from_bytes(public("//Charlie"))],
            V::from_bytes(public("//Alice")),
        )
        .expect("fixture");
    let (code, e) = w.fails(&["-H", "new", "stake", "unstake-all", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("nothing to do"), "{e}");
    let (code, e) = w.fails(&["stake", "unstake-all", "--hotkey-ss58", "5Fbad", "--yes"]);
    assert_eq!(code, 3, "{e}");
    let (code, e) = w.fails(&["stake", "unstake-all", "--partial", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("--partial"), "{e}");

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let out = w
        .cmd_at(
            Some(format!("ws://127.0.0.1:{port}")),
            &["stake", "unstake-all", "--hotkey-ss58", BOB, "--yes"],
        )
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stdout));
}
