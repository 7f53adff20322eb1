//! Slice 2: subnets, registration price rule, lock cost, hyperparameters.

mod chain_common;

use chain_common::*;
use local_chain::calls::registration::{decay_factor, mul_q32};
use local_chain::{Call, DispatchError, Hyperparam, Origin, TAO};

#[test]
fn decay_factor_reference_values_works() {
    // spec §5.1 / §11.2
    assert_eq!(decay_factor(1), 2_147_483_648);
    assert_eq!(decay_factor(2), 3_037_000_500);
    assert_eq!(decay_factor(360), 4_286_705_684);
    assert_eq!(decay_factor(1000), 4_291_991_283);
    let mut burn = TAO;
    let f = decay_factor(360);
    for _ in 0..360 {
        burn = mul_q32(burn, f);
    }
    assert_eq!(burn, 499_999_865);
    // test_burn_decay: 2000 → 1998 with half-life 1000; 1000 → 999.
    assert_eq!(mul_q32(2000, decay_factor(1000)), 1998);
    assert_eq!(mul_q32(1000, decay_factor(1000)), 999);
    // h = 2: 1024 → 511 → 255 over two half-lives.
    let f2 = decay_factor(2);
    assert_eq!(mul_q32(mul_q32(1024, f2), f2), 511);
    assert_eq!(mul_q32(mul_q32(511, f2), f2), 255);
}

#[test]
fn register_network_works() {
    let mut t = TestChain::new("dev");
    let cost = t.chain.network_lock_cost().unwrap();
    assert_eq!(cost, 1000 * TAO);
    let before = t.chain.balance(&alice()).unwrap();
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: subnet_hk("//Alice") }).unwrap();
    let s = t.chain.subnet(1).unwrap().unwrap();
    assert_eq!(s.owner, alice());
    assert_eq!(s.tao_in, cost);
    assert_eq!(s.alpha_in, cost); // median price 1.0 when no dynamic subnets exist
    assert_eq!(s.n, 1);
    assert_eq!(s.burn, TAO);
    assert!(!s.subtoken_enabled);
    assert_eq!(t.chain.balance(&alice()).unwrap(), before - cost);
    // Lock doubles after a registration, then decays linearly.
    assert_eq!(t.chain.network_lock_cost().unwrap(), 2 * cost);
    let hp = t.chain.hyperparams(1).unwrap();
    let get = |p: Hyperparam| hp.iter().find(|h| h.param == p).unwrap().value;
    assert_eq!(get(Hyperparam::ImmunityPeriod), 5000);
    assert_eq!(get(Hyperparam::MinAllowedWeights), 1);
    assert_eq!(get(Hyperparam::YumaVersion3), 1);
    assert_eq!(get(Hyperparam::MaxValidators), 64);
    assert_eq!(get(Hyperparam::Tempo), 360);
    assert_eq!(get(Hyperparam::SubnetEmissionEnabled), 0);
}

#[test]
fn lock_cost_decays_works() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: subnet_hk("//Alice") }).unwrap();
    t.chain.advance(100).unwrap();
    // interval_eff = 100_800 · 0.5 = 50_400; per block = 1000 TAO / 50_400.
    let per_block = 1000 * TAO / 50_400;
    assert_eq!(t.chain.network_lock_cost().unwrap(), 2000 * TAO - per_block * 100);
}

#[test]
fn register_network_fails_when_rate_limited() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: subnet_hk("//Alice") }).unwrap();
    let call = Call::RegisterNetwork { hotkey: subnet_hk("//Bob") };
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        call,
        DispatchError::NetworkTxRateLimitExceeded,
    );
}

#[test]
fn register_network_fails_when_hotkey_owned_by_other() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::TryAssociateHotkey { hotkey: subnet_hk("//Alice") }).unwrap();
    let call = Call::RegisterNetwork { hotkey: subnet_hk("//Alice") };
    assert_noop(&mut t.chain, Origin::Signed(bob()), call, DispatchError::NonAssociatedColdKey);
}

#[test]
fn start_call_works_and_fails_when_repeated_or_not_owner() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: subnet_hk("//Alice") }).unwrap();
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        Call::StartCall { netuid: 1 },
        DispatchError::BadOrigin,
    );
    dev(&mut t.chain, &alice(), Call::StartCall { netuid: 1 }).unwrap();
    let s = t.chain.subnet(1).unwrap().unwrap();
    assert!(s.subtoken_enabled);
    assert_eq!(s.first_emission_block, Some(t.chain.head().unwrap().number + 1));
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::StartCall { netuid: 1 },
        DispatchError::FirstEmissionBlockNumberAlreadySet,
    );
}

#[test]
fn burned_register_works_and_bumps_burn() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    // The registration's block decays the price first (on_initialize), then charges it.
    let burn = mul_q32(t.chain.subnet(netuid).unwrap().unwrap().burn, decay_factor(360));
    let hk = acct("//Bob_miner");
    let before = t.chain.balance(&bob()).unwrap();
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: hk }).unwrap();
    let s = t.chain.subnet(netuid).unwrap().unwrap();
    assert_eq!(s.n, 2);
    assert_eq!(t.chain.balance(&bob()).unwrap(), before - burn);
    // ×1.26 (U64F64 126/100, truncated).
    let mult =
        substrate_fixed::types::U64F64::from_bits(local_chain::hparams::DEFAULT_BURN_MULT as u128);
    let expected = substrate_fixed::types::U64F64::from_num(burn)
        .saturating_mul(mult)
        .saturating_to_num::<u64>();
    assert_eq!(s.burn, expected);
    let ns = t.chain.neurons(netuid).unwrap();
    assert_eq!(ns[1].hotkey, hk);
    assert_eq!(ns[1].coldkey, bob());
    assert_eq!(ns[1].registered_at, t.chain.head().unwrap().number);
    assert_eq!(t.chain.hotkey_owner(&hk).unwrap(), Some(bob()));
    // The bought alpha is destroyed: AlphaOut holds only the per-block alpha emission minted
    // since start_call (not staked to anyone yet, part 2).
    let em = t.chain.subnet_emission(netuid).unwrap();
    assert_eq!(s.alpha_out as u128, em.alpha_outside_stake());
}

#[test]
fn burned_register_fails_when_already_registered_or_root_or_missing() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = acct("//Bob_miner");
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: hk }).unwrap();
    let again = Call::BurnedRegister { netuid, hotkey: hk };
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        again,
        DispatchError::HotKeyAlreadyRegisteredInSubNet,
    );
    let root = Call::BurnedRegister { netuid: 0, hotkey: hk };
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        root,
        DispatchError::RegistrationNotPermittedOnRootSubnet,
    );
    let missing = Call::BurnedRegister { netuid: 9, hotkey: hk };
    assert_noop(&mut t.chain, Origin::Signed(bob()), missing, DispatchError::SubnetNotExists);
    let other = Call::BurnedRegister { netuid, hotkey: subnet_hk("//Alice") };
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        other,
        DispatchError::HotKeyAlreadyRegisteredInSubNet,
    );
    let limit = Call::RegisterLimit { netuid, hotkey: acct("//X"), limit_price: 1 };
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        limit,
        DispatchError::RegistrationPriceLimitExceeded,
    );
    let poor = acct("//Poor");
    dev(&mut t.chain, &alice(), Call::TransferKeepAlive { dest: poor, value: 1000 }).unwrap();
    let call = Call::BurnedRegister { netuid, hotkey: acct("//Poor_hk") };
    assert_noop(&mut t.chain, Origin::Signed(poor), call, DispatchError::NotEnoughBalanceToRecycle);
}

#[test]
fn burn_decays_per_block_works() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    root(&mut t.chain, Call::SudoSetHyperparam { netuid, param: Hyperparam::MinBurn, value: 0 })
        .unwrap();
    let b0 = t.chain.subnet(netuid).unwrap().unwrap().burn;
    t.chain.advance(1).unwrap();
    assert_eq!(t.chain.subnet(netuid).unwrap().unwrap().burn, mul_q32(b0, decay_factor(360)));
}

#[test]
fn pruning_replaces_lowest_non_immune_works() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    for (p, v) in [
        (Hyperparam::MinAllowedUids, 1),
        (Hyperparam::MaxAllowedUids, 3),
        (Hyperparam::ImmunityPeriod, 0),
        (Hyperparam::MinNonImmuneUids, 0),
    ] {
        root(&mut t.chain, Call::SudoSetHyperparam { netuid, param: p, value: v }).unwrap();
    }
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: acct("//m1") }).unwrap();
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: acct("//m2") }).unwrap();
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: acct("//m3") }).unwrap();
    let ns = t.chain.neurons(netuid).unwrap();
    assert_eq!(ns.len(), 3);
    // uid 0 is the owner hotkey (immortal); uid 1 (earliest) was replaced by m3.
    assert_eq!(ns[0].hotkey, subnet_hk("//Alice"));
    assert_eq!(ns[1].hotkey, acct("//m3"));
    assert_eq!(ns[2].hotkey, acct("//m2"));
}

#[test]
fn hyperparams_permissions_and_rate_limits_work() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let set = |p, v| Call::SudoSetHyperparam { netuid, param: p, value: v };
    dev(&mut t.chain, &alice(), set(Hyperparam::ImmunityPeriod, 100)).unwrap();
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        set(Hyperparam::ImmunityPeriod, 101),
        DispatchError::OwnerHyperparamRateLimitExceeded,
    );
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        set(Hyperparam::ImmunityPeriod, 101),
        DispatchError::BadOrigin,
    );
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        set(Hyperparam::Kappa, 1),
        DispatchError::RootOnlyHyperparameter { param: "kappa".into() },
    );
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        set(Hyperparam::BurnHalfLife, 0),
        DispatchError::InvalidHyperparameter { param: "burn_half_life".into(), value: 0 },
    );
    root(&mut t.chain, set(Hyperparam::ImmunityPeriod, 7)).unwrap();
    root(&mut t.chain, set(Hyperparam::Kappa, 1)).unwrap();
}

#[test]
fn admin_freeze_window_blocks_setters() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    // Next epoch at registration + 360; the last 10 blocks are frozen.
    let reg = t.chain.subnet(netuid).unwrap().unwrap().last_epoch_block;
    let head = t.chain.head().unwrap().number;
    t.chain.advance(reg + 360 - 5 - head).unwrap();
    let call = Call::SudoSetHyperparam { netuid, param: Hyperparam::Kappa, value: 1 };
    assert_noop(
        &mut t.chain,
        Origin::Root,
        call,
        DispatchError::AdminActionProhibitedDuringWeightsWindow,
    );
}
