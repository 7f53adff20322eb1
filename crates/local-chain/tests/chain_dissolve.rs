//! Subnet dissolution (spec §5.7) and pruning at the subnet limit (spec §5.4 step 3).

mod chain_common;

use chain_common::*;
use local_chain::{Call, DispatchError, GlobalParam, Origin, TAO};

#[test]
fn root_dissolve_network_pays_stakers_works() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = subnet_hk("//Alice");
    dev(&mut t.chain, &bob(), Call::AddStake { hotkey: hk, netuid, amount_staked: 100 * TAO })
        .unwrap();
    let before = t.chain.balance(&bob()).unwrap();
    let pos = t.chain.stake_of(&bob()).unwrap()[0].clone();
    let s = t.chain.subnet(netuid).unwrap().unwrap();
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::RootDissolveNetwork { netuid },
        DispatchError::BadOrigin,
    );
    root(&mut t.chain, Call::RootDissolveNetwork { netuid }).unwrap();
    assert!(t.chain.subnet(netuid).unwrap().is_none());
    assert!(t.chain.stake_of(&bob()).unwrap().is_empty());
    assert!(t.chain.neurons(netuid).unwrap().is_empty());
    // Bob's share of the pot: pot · his alpha / (stakers' alpha + AlphaIn), ±1 rao.
    let s2_alpha_in = s.alpha_in as u128;
    let expected =
        (s.tao_in as u128 * pos.alpha as u128 / (pos.alpha as u128 + s2_alpha_in)) as u64;
    let got = t.chain.balance(&bob()).unwrap() - before;
    assert!(got.abs_diff(expected) <= 1, "got {got}, expected ≈ {expected}");
    assert_eq!(t.chain.balance(&local_chain::AccountId::subnet_account(netuid)).unwrap(), 0);
    t.chain.check_invariants_now().unwrap();
}

#[test]
fn register_network_prunes_at_limit_works() {
    let mut t = TestChain::new("dev");
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::SubnetLimit, value: 1 }).unwrap();
    root(
        &mut t.chain,
        Call::SudoSetGlobal { param: GlobalParam::NetworkImmunityPeriod, value: 10 },
    )
    .unwrap();
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::NetworkRateLimit, value: 0 })
        .unwrap();
    let n1 = add_subnet(&mut t.chain, "//Alice");
    // Still immune: no candidate.
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        Call::RegisterNetwork { hotkey: subnet_hk("//Bob") },
        DispatchError::SubnetLimitReached,
    );
    t.chain.advance(10).unwrap();
    dev(&mut t.chain, &bob(), Call::RegisterNetwork { hotkey: subnet_hk("//Bob") }).unwrap();
    let subnets = t.chain.subnets().unwrap();
    assert_eq!(subnets.len(), 2);
    assert_eq!(subnets[1].netuid, n1);
    assert_eq!(subnets[1].owner, bob());
}
