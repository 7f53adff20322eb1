//! Emission from on_initialize (spec §1, §3): issuance grows by exactly the block emission
//! less the recorded recycled credit, halvings, injection into pools, pending accumulation and
//! its distribution at the epoch; invariants hold after every block (TestChain checks them).

mod chain_common;

use chain_common::*;
use local_chain::emission::block_emission_for_issuance;
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::{Call, Chain, TAO};

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

#[test]
fn issuance_grows_by_exactly_the_block_emission() {
    let mut t = demo_fast();
    for _ in 0..120 {
        let before = t.chain.total_issuance().expect("ti");
        t.chain.advance(1).expect("advance");
        let after = t.chain.total_issuance().expect("ti");
        let totals = t.chain.emission_totals().expect("totals");
        assert_eq!(totals.block_emission, block_emission_for_issuance(before).expect("e"));
        assert_eq!(after - before, totals.block_emission - totals.last_recycled);
    }
    let totals = t.chain.emission_totals().expect("totals");
    assert_eq!(totals.block_emission, TAO, "6M TAO issued: before the first halving");
    // Once moving prices are nonzero, the whole credit is placed up to flooring dust.
    assert!(totals.last_recycled <= 10, "recycled {}", totals.last_recycled);
}

#[test]
fn halving_applies_at_the_threshold() {
    let mut t = TestChain::new("dev");
    let ti = t.chain.total_issuance().expect("ti");
    let rich = 10_500_000 * TAO - ti + 1_000_000 * TAO;
    root(&mut t.chain, Call::ForceSetBalance { who: alice(), new_free: rich }).expect("balance");
    assert!(t.chain.total_issuance().expect("ti") >= 10_500_000 * TAO);
    let before = t.chain.total_issuance().expect("ti");
    t.chain.advance(1).expect("advance");
    let totals = t.chain.emission_totals().expect("totals");
    assert_eq!(totals.block_emission, 500_000_000);
    // Only root exists: nothing receives the credit, so all of it is recycled.
    assert_eq!(totals.last_recycled, 500_000_000);
    assert_eq!(t.chain.total_issuance().expect("ti"), before);
}

#[test]
fn coinbase_injects_accumulates_and_distributes_at_the_epoch() {
    let mut t = demo_fast();
    let netuid = 1;
    let pool0 = t.chain.subnet(netuid).expect("subnet").expect("exists");
    let owner_hk = pool0.owner_hotkey;
    let owner_stake0 = t.chain.neurons(netuid).expect("n")[0].stake;
    // Run to just after an epoch, then watch pending grow for a few blocks.
    let k = t.chain.epoch_index(netuid).expect("k");
    while t.chain.epoch_index(netuid).expect("k") == k {
        t.chain.advance(1).expect("advance");
    }
    let em0 = t.chain.subnet_emission(netuid).expect("em");
    assert_eq!(em0.pending_server + em0.pending_validator + em0.pending_owner_cut, 0, "drained");
    t.chain.advance(5).expect("advance");
    let em = t.chain.subnet_emission(netuid).expect("em");
    assert!(em.pending_server > 0 && em.pending_validator > 0 && em.pending_owner_cut > 0);
    // Alpha emission is 1 alpha/block below 10.5M alpha issuance: 18% owner cut, half of the
    // rest to miners.
    assert!(em.pending_owner_cut.abs_diff(5 * 179_995_422) <= 5, "{}", em.pending_owner_cut);
    assert!(em.pending_server.abs_diff(5 * 410_002_289) <= 5, "{}", em.pending_server);
    let s = t.chain.subnet(netuid).expect("subnet").expect("exists");
    assert!(s.tao_in > pool0.tao_in, "TAO injected into the pool");
    assert!(s.alpha_out > pool0.alpha_out, "alpha-out minted every block");

    // At the next epoch pending is drained into stake: the owner cut lands on the owner
    // hotkey; validators' pools grow.
    let stakes_before: Vec<u64> =
        t.chain.neurons(netuid).expect("n").iter().map(|n| n.stake).collect();
    let k = t.chain.epoch_index(netuid).expect("k");
    while t.chain.epoch_index(netuid).expect("k") == k {
        t.chain.advance(1).expect("advance");
    }
    let em = t.chain.subnet_emission(netuid).expect("em");
    assert_eq!(em.pending_server + em.pending_validator + em.pending_owner_cut, 0);
    assert_eq!(em.last_mechanism_step_block, t.chain.head().expect("head").number);
    let neurons = t.chain.neurons(netuid).expect("n");
    assert_eq!(neurons[0].hotkey, owner_hk);
    assert!(neurons[0].stake > owner_stake0, "owner cut staked to the owner hotkey");
    let grown = neurons.iter().zip(&stakes_before).filter(|(n, b)| n.stake > **b).count();
    assert!(grown >= 3, "owner + validators (and miners once weights exist) gain stake");
    assert!(neurons.iter().any(|n| n.emission > 0), "Emission written by the epoch");
}

#[test]
fn scheduler_caps_epochs_per_block() {
    // 3 demo subnets all due at the same block with tempo 360: at most 2 per block.
    let mut t = TestChain::new("demo");
    t.chain.advance(359).expect("advance");
    assert_eq!([1, 2, 3].map(|n| t.chain.epoch_index(n).expect("k")), [0, 0, 0]);
    t.chain.advance(1).expect("advance");
    assert_eq!([1, 2, 3].map(|n| t.chain.epoch_index(n).expect("k")), [1, 1, 0]);
    assert_eq!(t.chain.subnet_emission(3).expect("em").pending_epoch_at, 361);
    t.chain.advance(1).expect("advance");
    assert_eq!([1, 2, 3].map(|n| t.chain.epoch_index(n).expect("k")), [1, 1, 1]);
    assert_eq!(t.chain.subnet(3).expect("s").expect("s").last_epoch_block, 361);
}
