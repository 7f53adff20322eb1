//! Multi-epoch scenario on the demo preset (its synthetic validators act every tempo): incentives
//! follow the majority of stake, the dissenting validator is clipped, dividends follow bonds,
//! prices respond to stake flows, commit-reveal subnets get weights one epoch later, and the
//! whole run is deterministic. TestChain checks every invariant after every block.

mod chain_common;

use chain_common::*;
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::{Call, Chain, NeuronInfo, TAO};

fn root_hp(chain: &mut Chain, netuid: u16, param: Hyperparam, value: i128) {
    root(chain, Call::SudoSetHyperparam { netuid, param, value }).expect("hyperparam");
}

fn demo_fast() -> TestChain {
    let mut t = TestChain::new("demo");
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::AdminFreezeWindow, value: 0 })
        .expect("window");
    for netuid in 1..=3 {
        root_hp(&mut t.chain, netuid, Hyperparam::Tempo, 20);
        root_hp(&mut t.chain, netuid, Hyperparam::WeightsRateLimit, 0);
    }
    t
}

fn epochs(chain: &mut Chain, netuid: u16, count: u64) {
    let target = chain.epoch_index(netuid).expect("k") + count;
    while chain.epoch_index(netuid).expect("k") < target {
        chain.advance(1).expect("advance");
    }
}

fn by_hotkey<'a>(ns: &'a [NeuronInfo], seed: &str) -> &'a NeuronInfo {
    let hk = acct(seed);
    ns.iter().find(|n| n.hotkey == hk).expect("neuron")
}

#[test]
fn demo_economy_runs_yuma_consensus() {
    let mut t = demo_fast();
    let netuid = 1; // apex: validators Bob (100 TAO) and Charlie (150 TAO); miners Dave, Eve.
    epochs(&mut t.chain, netuid, 6);
    let ns = t.chain.neurons(netuid).expect("neurons");
    let (bob_v, charlie_v) = (by_hotkey(&ns, "//Bob_hk1"), by_hotkey(&ns, "//Charlie_hk1"));
    let (dave_m, eve_m) = (by_hotkey(&ns, "//Dave_miner1"), by_hotkey(&ns, "//Eve_miner1"));
    assert!(bob_v.validator_permit && charlie_v.validator_permit);
    assert!(charlie_v.stake > bob_v.stake, "Charlie holds the majority of stake");

    // Bob (least stake) dissents: all weight on one miner. Consensus follows Charlie, so Bob's
    // weight is clipped and his validator trust drops below Charlie's.
    let weights = t.chain.weights(netuid).expect("weights");
    let row = |uid: u16| weights.iter().find(|(u, _)| *u == uid).map(|(_, r)| r.clone());
    assert_eq!(row(bob_v.uid).expect("bob row").len(), 1, "the dissenter backs one miner");
    assert_eq!(row(charlie_v.uid).expect("charlie row").len(), 2);
    assert!(charlie_v.validator_trust > bob_v.validator_trust, "dissenter clipped");
    assert!(bob_v.validator_trust < u16::MAX);

    // Incentives follow the majority: both miners earn (Charlie weights both), consensus is
    // nonzero for both, and the sum of incentive is the whole miner share.
    assert!(
        dave_m.incentive > 0 && eve_m.incentive > 0,
        "{} {}",
        dave_m.incentive,
        eve_m.incentive
    );
    assert!(dave_m.consensus > 0 && eve_m.consensus > 0);
    let total_inc: u32 = ns.iter().map(|n| n.incentive as u32).sum();
    assert!(total_inc >= u16::MAX as u32 - 4, "incentive is normalized: {total_inc}");
    assert!(dave_m.stake > 0 && eve_m.stake > 0, "miner incentive staked to the miners");

    // Dividends follow bonds: both validators hold bonds and earn dividends; the clipped
    // dissenter earns less per unit of stake.
    let bonds = t.chain.bonds(netuid).expect("bonds");
    assert!(bonds.iter().any(|(u, r)| *u == bob_v.uid && !r.is_empty()));
    assert!(bonds.iter().any(|(u, r)| *u == charlie_v.uid && !r.is_empty()));
    assert!(bob_v.dividends > 0 && charlie_v.dividends > 0);
    let per_stake = |n: &NeuronInfo| n.dividends as u128 * 1_000_000_000 / n.stake.max(1) as u128;
    assert!(per_stake(charlie_v) > per_stake(bob_v), "dividends per stake favour the majority");

    // Commit-reveal subnet (omron, netuid 2): weights arrive through reveals.
    let w2 = t.chain.weights(2).expect("weights");
    assert!(!w2.is_empty(), "revealed weights on the commit-reveal subnet");
    assert!(t.chain.neurons(2).expect("n").iter().any(|n| n.incentive > 0));
}

#[test]
fn prices_respond_to_stake_flows() {
    let mut t = demo_fast();
    t.chain.advance(30).expect("advance");
    let p0 = t.chain.subnet(1).expect("s").expect("s").price;
    let other0 = t.chain.subnet(2).expect("s").expect("s").price;
    let hk = acct("//Bob_hk1");
    dev(
        &mut t.chain,
        &acct("//Dave"),
        Call::AddStake { hotkey: hk, netuid: 1, amount_staked: 500 * TAO },
    )
    .expect("stake");
    let p1 = t.chain.subnet(1).expect("s").expect("s").price;
    assert!(p1 > p0 + p0 / 10, "a large buy moves the price up: {p0} -> {p1}");
    let other1 = t.chain.subnet(2).expect("s").expect("s").price;
    assert!(other1.abs_diff(other0) < other0 / 100, "other subnets barely move");
    let alpha = t.chain.stake_of(&acct("//Dave")).expect("stake")[0].alpha;
    dev(
        &mut t.chain,
        &acct("//Dave"),
        Call::RemoveStake { hotkey: hk, netuid: 1, amount_unstaked: alpha },
    )
    .expect("unstake");
    let p2 = t.chain.subnet(1).expect("s").expect("s").price;
    assert!(p2 < p1, "selling moves it down: {p1} -> {p2}");
    // Moving prices follow the (capped) spot price over blocks.
    let moving =
        |c: &Chain| c.read(|e| Ok(local_chain::state::pool(e, 1)?.moving_price_bits)).expect("mp");
    let m0 = moving(&t.chain);
    t.chain.advance(20).expect("advance");
    assert!(moving(&t.chain) > m0);
}

#[test]
fn demo_run_is_deterministic() {
    let mut a = TestChain::new("demo");
    let mut b = TestChain::new("demo");
    a.chain.advance(400).expect("advance");
    b.chain.advance(400).expect("advance");
    assert_eq!(a.chain.state_hash().expect("hash"), b.chain.state_hash().expect("hash"));
    assert_eq!(a.chain.head().expect("head"), b.chain.head().expect("head"));
    // The first epochs ran at block 360/361 and the demo validators committed or set weights.
    assert!(a.chain.neurons(1).expect("n").iter().any(|n| n.validator_permit));
}
