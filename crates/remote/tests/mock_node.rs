//! The client against the in-process mock node (spec-393 metadata, fixture storage and
//! runtime-API answers encoded from the metadata's types): connect and metadata cache, every
//! read path, a signed transfer with its receipt, a module error by name, capability errors on
//! an older runtime, the newer-than-tested flag, and an unreachable node.

mod common;

use std::time::{Duration, Instant};

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::hparams::Hyperparam;
use local_chain::types::AccountId;
use remote::mock::MockNode;
use remote::{ConnectOptions, RemoteClient, RemoteError};
use sp_core::Pair as _;
use subxt::dynamic::Value;

const TAO: u64 = 1_000_000_000;

fn pair(uri: &str) -> sp_core::sr25519::Pair {
    sp_core::sr25519::Pair::from_string(uri, None).expect("dev uri")
}

fn acc(uri: &str) -> [u8; 32] {
    pair(uri).public().0
}

fn v(n: u64) -> Value {
    Value::u128(u128::from(n))
}

fn b(a: [u8; 32]) -> Value {
    Value::from_bytes(a)
}

fn world(spec_file: &str, spec_version: u32) -> Option<MockNode> {
    let bytes = common::metadata_bytes(spec_file)?;
    Some(MockNode::demo_world(bytes, spec_version).expect("mock world"))
}

fn connect(node: &MockNode, cache: Option<&std::path::Path>) -> RemoteClient {
    let opts = ConnectOptions {
        cache_dir: cache.map(|p| p.to_path_buf()),
        connect_timeout: Duration::from_secs(10),
        ..ConnectOptions::default()
    };
    RemoteClient::connect(&node.url(), opts).expect("connects")
}

#[test]
fn connect_caches_metadata_and_reports_node() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let c = connect(&node, Some(dir.path()));
    assert_eq!(c.info().spec_version, 393);
    assert_eq!(c.info().spec_name, "node-subtensor");
    assert!(!c.info().newer_than_tested);
    assert!(!c.info().metadata_from_cache);
    assert!(node.rpc_calls().iter().any(|m| m == "state_call:Metadata_metadata_at_version"));
    drop(c);
    let c = connect(&node, Some(dir.path()));
    assert!(c.info().metadata_from_cache, "second connect reads the cache");
    // Only legacy methods were offered, and the client used only those.
    assert!(
        node.rpc_calls().iter().all(|m| !m.starts_with("chainHead") && !m.starts_with("archive"))
    );
}

#[test]
fn reads_map_into_the_embedded_read_model() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let c = connect(&node, None);
    let (alice, bob) = (acc("//Alice"), acc("//Bob"));

    let head = c.head().expect("head");
    assert_eq!(head.number, 100);
    assert_eq!(head.timestamp_ms, 1_700_000_000_000);
    assert_eq!(head.event_count, 3);

    assert_eq!(c.balance(&AccountId(alice)).expect("balance"), 1_000 * TAO);
    assert_eq!(c.balance(&AccountId([9; 32])).expect("balance"), 0);
    assert_eq!(c.total_issuance().expect("issuance"), 21_000 * TAO);
    assert_eq!(c.existential_deposit().expect("ed"), 500);

    let subnets = c.subnets().expect("subnets");
    assert_eq!(subnets.iter().map(|s| s.netuid).collect::<Vec<_>>(), [0, 1]);
    let s1 = &subnets[1];
    assert_eq!(s1.owner, AccountId(alice));
    assert_eq!(s1.owner_hotkey, AccountId(bob));
    assert_eq!(s1.symbol, "α");
    assert_eq!(s1.name, "apex");
    assert_eq!(s1.identity.as_ref().map(|i| i.description.as_str()), Some("d"));
    assert_eq!((s1.mechanism, s1.registered_at, s1.tempo), (1, 10, 360));
    assert_eq!((s1.n, s1.max_n, s1.burn), (1, 256, TAO));
    assert_eq!((s1.tao_in, s1.alpha_in, s1.alpha_out), (100 * TAO, 200 * TAO, 50 * TAO));
    assert_eq!((s1.price, s1.locked, s1.volume, s1.fee_rate), (TAO / 2, 1_000 * TAO, 123, 33));
    assert_eq!(s1.last_epoch_block, 90);
    assert!(s1.subtoken_enabled);
    assert_eq!(s1.first_emission_block, Some(20));
    assert_eq!(subnets[0].first_emission_block, None);
    assert_eq!(c.subnet(1).expect("subnet").as_ref(), Some(s1));
    assert_eq!(c.subnet(7).expect("subnet"), None);

    let neurons = c.neurons(1).expect("neurons");
    assert_eq!(neurons.len(), 1);
    let n = &neurons[0];
    assert_eq!((n.uid, n.hotkey, n.coldkey), (0, AccountId(bob), AccountId(alice)));
    assert_eq!((n.registered_at, n.stake, n.emission), (50, 5 * TAO, 77));
    assert!(n.immune && n.active && n.validator_permit);
    assert_eq!((n.incentive, n.dividends, n.consensus, n.validator_trust), (65_535, 1, 2, 3));
    assert_eq!(n.last_update, 99);

    let stake = c.stake_of(&AccountId(alice)).expect("stake");
    assert_eq!(stake.len(), 1);
    assert_eq!((stake[0].hotkey, stake[0].netuid, stake[0].alpha), (AccountId(bob), 1, 5 * TAO));
    assert_eq!(stake[0].tao_value, 5 * TAO / 2);

    let hp = c.hyperparams(1).expect("hyperparams").expect("subnet exists");
    let get = |p: Hyperparam| hp.iter().find(|h| h.param == p).map(|h| h.value);
    assert_eq!(get(Hyperparam::Tempo), Some(360));
    assert_eq!(get(Hyperparam::ImmunityPeriod), Some(5000));
    assert_eq!(get(Hyperparam::AlphaLow), Some(45_875));
    assert_eq!(get(Hyperparam::AlphaHigh), Some(58_982));
    assert_eq!(get(Hyperparam::FeeRate), Some(33));
    // Items spec 393 lacks are omitted, not defaulted.
    assert_eq!(get(Hyperparam::BurnHalfLife), None);
    assert!(c.hyperparams(9).expect("hyperparams").is_none());

    assert_eq!(c.hotkey_owner(&AccountId(bob)).expect("owner"), Some(AccountId(alice)));

    let pools = c.pools().expect("pools");
    assert_eq!(pools.len(), 2);
    let p1 = c.pool(1).expect("pool").expect("subnet 1");
    assert_eq!((p1.tao_reserve, p1.alpha_reserve, p1.price_rao), (100 * TAO, 200 * TAO, TAO / 2));
    assert_eq!(p1.fee_rate, 33);
    let countdowns = c.epoch_countdowns().expect("countdowns");
    // Spec 393 has no LastEpochBlock: tempo − (now + netuid + 1) mod (tempo + 1).
    let (now, netuid, tempo) = (100u64, 1u64, 360u64);
    assert_eq!(countdowns[1], (1, tempo - (now + netuid + 1) % (tempo + 1)));
    assert!(c.weights(1).expect("weights").is_empty());
    assert_eq!(c.hotkey_owner(&AccountId([8; 32])).expect("owner"), None);
}

fn runtime_event(pallet: &str, event: &str, fields: Vec<(&str, Value)>) -> Value {
    Value::unnamed_variant(pallet, [Value::named_variant(event, fields)])
}

fn dispatch_info() -> Value {
    Value::named_composite([
        ("weight", Value::named_composite([("ref_time", v(1)), ("proof_size", v(0))])),
        ("class", Value::unnamed_variant("Normal", [])),
        ("pays_fee", Value::unnamed_variant("Yes", [])),
    ])
}

#[test]
fn transfer_is_signed_submitted_and_receipted() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let c = connect(&node, None);
    let (alice, bob) = (pair("//Alice"), acc("//Bob"));
    node.set_partial_fee(12_345).expect("fee");
    let call = Call::TransferKeepAlive { dest: AccountId(bob), value: 2 * TAO };
    assert_eq!(c.estimate_fee(&call).expect("fee"), 12_345);
    node.set_next_events(vec![
        runtime_event(
            "Balances",
            "Transfer",
            vec![("from", b(alice.public().0)), ("to", b(bob)), ("amount", v(2 * TAO))],
        ),
        runtime_event(
            "TransactionPayment",
            "TransactionFeePaid",
            vec![("who", b(alice.public().0)), ("actual_fee", v(12_000)), ("tip", v(0))],
        ),
        runtime_event("System", "ExtrinsicSuccess", vec![("dispatch_info", dispatch_info())]),
    ])
    .expect("events");
    let receipt = c.submit(&alice, &call).expect("included");
    assert_eq!(receipt.block, 101);
    assert_eq!(receipt.extrinsic_index, 0);
    assert_eq!(receipt.fee, 12_000);
    let me = AccountId(alice.public().0);
    assert_eq!(
        receipt.events,
        vec![
            Event::Transfer { from: me, to: AccountId(bob), amount: 2 * TAO },
            Event::ExtrinsicSuccess { who: me, fee: 12_000 },
        ]
    );
    // The node's event history shows the same events at that block.
    let history = c
        .events(&local_chain::info::EventFilter {
            from_block: Some(100),
            to_block: Some(101),
            ..Default::default()
        })
        .expect("events");
    assert_eq!(
        history.iter().map(|e| (e.block, e.extrinsic)).collect::<Vec<_>>(),
        [(101, Some(0)), (101, Some(0))]
    );
    assert_eq!(history[1].event, Event::ExtrinsicSuccess { who: me, fee: 12_000 });
    // A second transaction gets the next nonce from the node and is included as well.
    let receipt2 = c.submit(&alice, &call).expect("second included");
    assert_eq!(receipt2.block, 102);
    assert_eq!(node.included(), 2);
    assert!(node.rpc_calls().iter().any(|m| m == "system_accountNextIndex"));
}

#[test]
fn module_error_comes_back_by_name() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let c = connect(&node, None);
    let idx = node
        .metadata()
        .pallet_by_name("SubtensorModule")
        .and_then(|p| p.error_variants())
        .and_then(|vs| vs.iter().find(|v| v.name == "NotEnoughBalanceToStake"))
        .map(|v| v.index)
        .expect("error variant");
    node.set_next_events(vec![runtime_event(
        "System",
        "ExtrinsicFailed",
        vec![
            (
                "dispatch_error",
                Value::named_variant(
                    "Module",
                    [(
                        "0",
                        Value::named_composite([
                            ("index", v(7)),
                            ("error", Value::from_bytes([idx, 0, 0, 0])),
                        ]),
                    )],
                ),
            ),
            ("dispatch_info", dispatch_info()),
        ],
    )])
    .or_else(|_| {
        node.set_next_events(vec![runtime_event(
            "System",
            "ExtrinsicFailed",
            vec![
                (
                    "dispatch_error",
                    Value::unnamed_variant(
                        "Module",
                        [Value::named_composite([
                            ("index", v(7)),
                            ("error", Value::from_bytes([idx, 0, 0, 0])),
                        ])],
                    ),
                ),
                ("dispatch_info", dispatch_info()),
            ],
        )])
    })
    .expect("events");
    let call = Call::AddStake { hotkey: AccountId(acc("//Bob")), netuid: 1, amount_staked: TAO };
    let err = c.submit(&pair("//Alice"), &call).expect_err("dispatch fails");
    assert_eq!(err.chain_error_name(), Some("NotEnoughBalanceToStake"), "{err}");
    assert!(err.to_string().starts_with("SubtensorModule.NotEnoughBalanceToStake"), "{err}");
}

#[test]
fn missing_call_is_a_named_capability_error() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let c = connect(&node, None);
    let call = Call::RegisterLimit { netuid: 1, hotkey: AccountId(acc("//Bob")), limit_price: 1 };
    let err = c.submit(&pair("//Alice"), &call).expect_err("393 has no register_limit");
    assert!(
        matches!(&err, RemoteError::MissingCapability { name, .. } if name == "SubtensorModule.register_limit"),
        "{err}"
    );
    assert_eq!(node.included(), 0, "nothing was submitted");
}

#[test]
fn older_runtime_prices_and_quotes_from_the_legacy_pool() {
    let Some(bytes) = common::metadata_bytes("subtensor-spec218-v15.scale") else { return };
    let node = MockNode::start(bytes, 218).expect("mock");
    let set = |item: &str, v: u64| {
        node.set_storage("SubtensorModule", item, vec![Value::u128(1)], Value::u128(u128::from(v)))
            .expect("fixture");
    };
    set("SubnetMechanism", 1);
    set("SubnetTAO", 10 * TAO);
    set("SubnetAlphaIn", 20 * TAO);
    let c = RemoteClient::connect(&node.url(), ConnectOptions::default()).expect("connects");
    assert_eq!(c.info().spec_version, 218);
    // No SwapRuntimeApi on spec 218: the price is the legacy pool's exact reserve ratio.
    assert_eq!(c.price(1).expect("price from storage"), 500_000_000);
    let q = c.legacy_quote(1, local_chain::swap::Direction::TaoToAlpha, TAO).expect("quote");
    assert_eq!((q.tao_amount, q.alpha_amount, q.tao_fee), (TAO, 1_818_181_818, 0));
    // The node-side simulation itself is still reported missing by name.
    let err = c.sim_swap_tao_for_alpha(1, TAO).expect_err("no sim swap on 218");
    assert!(
        matches!(&err, RemoteError::MissingCapability { name, spec_version: 218, .. } if name == "SwapRuntimeApi.sim_swap_tao_for_alpha"),
        "{err}"
    );
}

#[test]
fn newer_runtime_than_tested_is_flagged() {
    let Some(bytes) = common::metadata_bytes("finney-spec393.scale") else { return };
    let node = MockNode::start(bytes, 425).expect("mock");
    let c = RemoteClient::connect(&node.url(), ConnectOptions::default()).expect("connects");
    assert!(c.info().newer_than_tested);
}

#[test]
fn unreachable_node_fails_fast_and_clearly() {
    // A port nothing listens on: bind, note the port, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let started = Instant::now();
    let opts = ConnectOptions { connect_timeout: Duration::from_secs(3), ..Default::default() };
    let err = RemoteClient::connect(&format!("ws://127.0.0.1:{port}"), opts)
        .err()
        .expect("nothing listens");
    assert!(matches!(err, RemoteError::Unreachable { .. }), "{err}");
    assert!(err.to_string().contains(&format!("127.0.0.1:{port}")), "{err}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// The nonce of a signed v4 extrinsic from //-style dev keys: after the length prefix, version,
/// MultiAddress::Id + 32 bytes, MultiSignature::Sr25519 + 64 bytes and a 2-byte mortal era.
fn nonce_of(xt: &[u8]) -> u64 {
    use parity_scale_codec::{Compact, Decode};
    let mut input = xt;
    let _len = <Compact<u32>>::decode(&mut input).expect("length prefix");
    let mut rest = &input[1 + 33 + 65 + 2..];
    <Compact<u64>>::decode(&mut rest).expect("nonce").0
}

#[test]
fn nonces_stay_distinct_while_the_pool_lags() {
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let c = connect(&node, None);
    node.lag_nonces(true);
    let call = Call::TransferKeepAlive { dest: AccountId(acc("//Bob")), value: TAO };
    for _ in 0..3 {
        c.submit(&pair("//Alice"), &call).expect("included");
    }
    let nonces: Vec<u64> = node.extrinsics().iter().map(|x| nonce_of(x)).collect();
    assert_eq!(nonces, [0, 1, 2], "each transaction in flight gets its own nonce");
}

#[test]
fn silent_node_times_out_instead_of_hanging() {
    // Accepts TCP connections and never speaks: the websocket handshake cannot complete.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let _hold = std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().take(4).flatten() {
            held.push(s);
        }
        std::thread::sleep(Duration::from_secs(10));
    });
    let started = Instant::now();
    let opts = ConnectOptions { connect_timeout: Duration::from_secs(1), ..Default::default() };
    let err =
        RemoteClient::connect(&format!("ws://127.0.0.1:{port}"), opts).err().expect("no handshake");
    assert!(matches!(err, RemoteError::Unreachable { .. }), "{err}");
    assert!(err.to_string().contains("no answer within 1 s"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn add_stake_preview_is_predicted_from_the_nodes_quote_fee_and_pool() {
    use local_chain::preview::Watch;
    use local_chain::swap::Direction;
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    node.set_partial_fee(7_000).expect("fee");
    let q = remote::mock::demo_pool().sim_swap(Direction::TaoToAlpha, 2 * TAO);
    node.set_sim_swap(1, Direction::TaoToAlpha, 2 * TAO, &q).expect("quote");
    let c = connect(&node, None);
    assert_eq!(c.quote_swap(1, Direction::TaoToAlpha, 2 * TAO).expect("quote"), q);
    let (alice, bob) = (AccountId(acc("//Alice")), AccountId(acc("//Bob")));
    let call = Call::AddStake { hotkey: bob, netuid: 1, amount_staked: 2 * TAO };
    let watch = [Watch { hotkey: bob, coldkey: alice, netuid: 1 }];
    let run =
        c.dry_run(&alice, std::slice::from_ref(&call), &[1], &watch).expect("preview").remove(0);
    assert_eq!((run.block, run.fee, run.error.clone()), (101, 7_000, None));
    assert_eq!(run.balance_after, 1_000 * TAO - 7_000 - 2 * TAO);
    assert_eq!(
        run.events,
        vec![Event::StakeAdded {
            coldkey: alice,
            hotkey: bob,
            tao: 2 * TAO,
            alpha: q.alpha_amount,
            netuid: 1,
            fee: q.tao_fee
        }]
    );
    let (before, after) = (&run.pools_before[0], &run.pools_after[0]);
    assert_eq!(after.tao_reserve - before.tao_reserve, q.tao_amount);
    assert_eq!(before.alpha_reserve - after.alpha_reserve, q.alpha_amount);
    assert!(after.price_rao > before.price_rao);
    assert_eq!((run.stakes[0].before, run.stakes[0].after), (5 * TAO, 5 * TAO + q.alpha_amount));
    // Two calls on one pool: refused naming the pool, never guessed.
    let two = [call.clone(), call.clone()];
    let err = c.dry_run(&alice, &two, &[1], &watch).expect_err("same pool");
    assert!(
        err.to_string()
            .contains("legs 1 (AddStake) and 2 (AddStake) both trade on subnet 1's pool"),
        "{err}"
    );
    // A sequence of non-staking calls: refused by name.
    let t = Call::TransferKeepAlive { dest: bob, value: TAO };
    let err = c.dry_run(&alice, &[t.clone(), t], &[], &[]).expect_err("sequence");
    assert!(
        err.to_string().contains("sequence of 2 calls (TransferKeepAlive, TransferKeepAlive)"),
        "{err}"
    );
}

#[test]
fn quote_swap_on_a_runtime_without_sim_swap_is_the_exact_legacy_quote() {
    use local_chain::swap::Direction;
    use remote::legacy_swap::{self, LegacyPool};
    let Some(bytes) = common::metadata_bytes("subtensor-spec218-v15.scale") else { return };
    let node = MockNode::start(bytes, 218).expect("mock");
    let set = |item: &str, v: u64| {
        node.set_storage("SubtensorModule", item, vec![Value::u128(1)], Value::u128(u128::from(v)))
            .expect("fixture");
    };
    set("SubnetMechanism", 1);
    set("SubnetTAO", 7 * TAO);
    set("SubnetAlphaIn", 3 * TAO);
    let c = RemoteClient::connect(&node.url(), ConnectOptions::default()).expect("connects");
    // Spec 218 has no SwapRuntimeApi: the one quote function answers with the legacy pool's
    // arithmetic (checked against the real runtime in tests/remote_chopsticks.rs).
    let pool = LegacyPool { mechanism: 1, tao_in: 7 * TAO, alpha_in: 3 * TAO };
    for dir in [Direction::TaoToAlpha, Direction::AlphaToTao] {
        let q = c.quote_swap(1, dir, TAO).expect("legacy quote");
        assert_eq!(q, legacy_swap::quote(&pool, dir, TAO));
    }
    assert_eq!(
        c.quote_swap(1, Direction::AlphaToTao, TAO).expect("quote").tao_amount,
        1_750_000_000
    );
}

/// Hash commit-reveal predicted from the node (spec 393: no `SubnetEpochIndex`, epochs derived
/// as the runtime derives them): a reveal is `RevealTooEarly` before its epoch, passes exactly
/// in it, is `ExpiredWeightCommit` after it, and a wrong hash is `InvalidRevealCommitHashNotMatch`.
#[test]
fn commit_reveal_previews_give_the_pallets_verdicts_at_the_window_edges() {
    use local_chain::calls::weights::commit_hash;
    use local_chain::error::DispatchError;
    let Some(node) = world("finney-spec393.scale", 393) else { return };
    let bob = AccountId(acc("//Bob"));
    let s = |item: &str, keys: Vec<Value>, val: Value| {
        node.set_storage("SubtensorModule", item, keys, val).expect("fixture")
    };
    s("CommitRevealWeightsEnabled", vec![v(1)], Value::bool(true));
    s("RevealPeriodEpochs", vec![v(1)], v(1));
    s("WeightsSetRateLimit", vec![v(1)], v(0));
    let hash = commit_hash(&bob, 1, &[0], &[65_535], &[7], 0);
    // Committed in #95: epoch (95 + 2) / 361 = 0; revealable in epoch 1 = blocks 359..=719.
    let row = Value::unnamed_composite([b(hash.0), v(95), v(359), v(719)]);
    s("WeightCommits", vec![v(1), b(bob.0)], Value::unnamed_composite([row]));
    let c = connect(&node, None);
    let reveal = |values: Vec<u16>| Call::RevealWeights {
        netuid: 1,
        uids: vec![0],
        values,
        salt: vec![7],
        version_key: 0,
    };
    let verdict = |call: &Call| {
        let run = c.dry_run(&bob, std::slice::from_ref(call), &[], &[]).expect("preview");
        run[0].error.clone()
    };
    let at = |head: u64| {
        while node.head_number() < head {
            node.produce_block(vec![]).expect("block");
        }
        assert_eq!(
            c.epoch_at_next_block(1).expect("epoch"),
            remote::commits::legacy_epoch_index(head + 1, 1, 360)
        );
    };
    at(357);
    assert_eq!(verdict(&reveal(vec![65_535])), Some(DispatchError::RevealTooEarly));
    assert_eq!(
        verdict(&reveal(vec![1])),
        Some(DispatchError::InvalidRevealCommitHashNotMatch),
        "the hash is checked before the window, as the pallet does"
    );
    at(358);
    let run = c.dry_run(&bob, &[reveal(vec![65_535])], &[], &[]).expect("preview");
    assert_eq!(run[0].error, None);
    assert_eq!(
        run[0].events,
        vec![
            Event::WeightsSet { netuid: 1, uid: 0 },
            Event::WeightsRevealed { netuid: 1, who: bob, hash }
        ]
    );
    // A commit now: one live commit (< 10), the event names the hash.
    let commit = Call::CommitWeights { netuid: 1, commit_hash: hash };
    let run = c.dry_run(&bob, std::slice::from_ref(&commit), &[], &[]).expect("preview");
    assert_eq!(run[0].events, vec![Event::WeightsCommitted { netuid: 1, who: bob, hash }]);
    at(718);
    assert_eq!(verdict(&reveal(vec![65_535])), None, "#719 is the window's last block");
    at(719);
    assert_eq!(verdict(&reveal(vec![65_535])), Some(DispatchError::ExpiredWeightCommit));
    // No commit at all.
    s("WeightCommits", vec![v(1), b(bob.0)], Value::unnamed_composite([]));
    assert_eq!(verdict(&reveal(vec![65_535])), Some(DispatchError::NoWeightsCommitFound));
}
