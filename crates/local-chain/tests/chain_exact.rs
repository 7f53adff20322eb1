//! "A call changes exactly what the spec says": the set of storage items each successful call
//! writes (its own effects, without the block hook), plus signed-path fee accounting.

mod chain_common;

use std::collections::BTreeSet;

use chain_common::*;
use local_chain::codec::{Key, describe_key};
use local_chain::{AccountId, Call, DispatchError, Hyperparam, Origin, TAO};

fn k(key: Key) -> String {
    describe_key(key.bytes())
}
fn free(a: &AccountId) -> String {
    k(Key::item("Balances.Free").acct(a))
}
fn global(name: &str) -> String {
    k(Key::item("Global").str(name))
}
fn set(items: &[String]) -> BTreeSet<String> {
    items.iter().cloned().collect()
}

#[test]
fn transfer_changes_exactly_two_balances() {
    let t = TestChain::new("dev");
    let (keys, _) = t
        .chain
        .call_effects(Origin::Signed(alice()), &Call::TransferKeepAlive { dest: bob(), value: TAO })
        .unwrap();
    assert_eq!(keys, set(&[free(&alice()), free(&bob())]));
}

#[test]
fn signed_failure_changes_only_fee_and_nonce() {
    let mut t = TestChain::new("dev");
    let before = t.chain.state_dump().unwrap();
    let call = Call::TransferKeepAlive { dest: bob(), value: 10_000_000 * TAO };
    assert!(t.chain.sign_and_submit(&pair("//Alice"), call).is_err());
    let after = t.chain.state_dump().unwrap();
    let changed: BTreeSet<String> = after
        .iter()
        .filter(|(key, v)| before.get(*key) != Some(*v))
        .map(|(key, _)| key.clone())
        .chain(before.keys().filter(|key| !after.contains_key(*key)).cloned())
        .collect();
    let fee_keys = set(&[
        free(&alice()),
        k(Key::item("System.Nonce").acct(&alice())),
        k(Key::item("TotalIssuance")),
        global("TotalFeesRecycled"),
    ]);
    // Everything else that changed belongs to the block hook (burn decay, part-2 emission).
    for key in &changed {
        let hook =
            key.starts_with("SubnetPool/") || !key.contains("Balances") && !fee_keys.contains(key);
        assert!(fee_keys.contains(key) || hook, "unexpected change {key}");
    }
    for key in &fee_keys {
        assert!(changed.contains(key), "fee key {key} unchanged");
    }
    assert_eq!(t.chain.balance(&bob()).unwrap(), local_chain::genesis::DEV_BALANCE);
}

#[test]
fn add_stake_changes_exactly_the_staking_items() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = subnet_hk("//Alice");
    let (keys, events) = t
        .chain
        .call_effects(
            Origin::Signed(bob()),
            &Call::AddStake { hotkey: hk, netuid, amount_staked: 10 * TAO },
        )
        .unwrap();
    let sub = AccountId::subnet_account(netuid);
    assert_eq!(
        keys,
        set(&[
            free(&bob()),
            free(&sub),
            k(Key::item("TotalIssuance")),
            global("TotalStake"),
            global("TotalSwapFeesBurned"),
            k(Key::item("SubnetPool").u16(netuid)),
            k(Key::item("HotkeyPool").acct(&hk).u16(netuid)),
            k(Key::item("Alpha").acct(&hk).u16(netuid).acct(&bob())),
            k(Key::item("StakeIndex").acct(&bob()).acct(&hk).u16(netuid)),
            k(Key::item("StakingHotkeys").acct(&bob()).acct(&hk)),
        ])
    );
    assert_eq!(events.len(), 1);
}

#[test]
fn burned_register_changes_exactly_the_registration_items() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = acct("//Bob_miner");
    let (keys, _) = t
        .chain
        .call_effects(Origin::Signed(bob()), &Call::BurnedRegister { netuid, hotkey: hk })
        .unwrap();
    let sub = AccountId::subnet_account(netuid);
    assert_eq!(
        keys,
        set(&[
            free(&bob()),
            free(&sub),
            global("TotalStake"),
            global("TotalRecycledForRegistration"),
            k(Key::item("SubnetPool").u16(netuid)),
            k(Key::item("SubnetworkN").u16(netuid)),
            k(Key::item("Neuron").u16(netuid).u16(1)),
            k(Key::item("Uids").u16(netuid).acct(&hk)),
            k(Key::item("IsNetworkMember").acct(&hk).u16(netuid)),
            k(Key::item("Owner").acct(&hk)),
            k(Key::item("OwnedHotkeys").acct(&bob()).acct(&hk)),
        ])
    );
}

#[test]
fn start_call_and_setters_change_one_row() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: subnet_hk("//Alice") }).unwrap();
    let (keys, _) =
        t.chain.call_effects(Origin::Signed(alice()), &Call::StartCall { netuid: 1 }).unwrap();
    assert_eq!(keys, set(&[k(Key::item("SubnetMeta").u16(1))]));
    let call = Call::SudoSetHyperparam { netuid: 1, param: Hyperparam::Rho, value: 11 };
    let (keys, _) = t.chain.call_effects(Origin::Signed(alice()), &call).unwrap();
    assert_eq!(
        keys,
        set(&[
            k(Key::item("Hyperparam").u16(1).str("Rho")),
            k(Key::item("LastRateLimitedBlock").u16(1).str("OwnerHyperparamUpdate/Rho")),
        ])
    );
    let (keys, _) = t.chain.call_effects(Origin::Root, &call).unwrap();
    assert_eq!(keys, set(&[k(Key::item("Hyperparam").u16(1).str("Rho"))]));
}

#[test]
fn identity_symbol_owner_hotkey_work() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let id =
        local_chain::state::SubnetIdentity { subnet_name: "apex".into(), ..Default::default() };
    dev(&mut t.chain, &alice(), Call::SetSubnetIdentity { netuid, identity: id }).unwrap();
    assert_eq!(t.chain.subnet(netuid).unwrap().unwrap().name, "apex");
    let long =
        local_chain::state::SubnetIdentity { subnet_name: "x".repeat(257), ..Default::default() };
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::SetSubnetIdentity { netuid, identity: long },
        DispatchError::InvalidIdentity,
    );
    dev(&mut t.chain, &alice(), Call::UpdateSymbol { netuid, symbol: "APX".into() }).unwrap();
    assert_eq!(t.chain.subnet(netuid).unwrap().unwrap().symbol, "APX");
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::UpdateSymbol { netuid, symbol: "τ".into() },
        DispatchError::SymbolAlreadyInUse,
    );
    let new_hk = acct("//Alice_hk2");
    dev(&mut t.chain, &alice(), Call::SetSnOwnerHotkey { netuid, hotkey: new_hk }).unwrap();
    assert_eq!(t.chain.subnet(netuid).unwrap().unwrap().owner_hotkey, new_hk);
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::SetSnOwnerHotkey { netuid, hotkey: subnet_hk("//Alice") },
        DispatchError::TxRateLimitExceeded,
    );
    root(&mut t.chain, Call::SetSnOwnerHotkey { netuid, hotkey: subnet_hk("//Alice") }).unwrap();
}

#[test]
fn register_network_with_identity_works() {
    let mut t = TestChain::new("dev");
    let id =
        local_chain::state::SubnetIdentity { subnet_name: "omron".into(), ..Default::default() };
    dev(
        &mut t.chain,
        &bob(),
        Call::RegisterNetworkWithIdentity { hotkey: subnet_hk("//Bob"), identity: Some(id) },
    )
    .unwrap();
    let s = t.chain.subnet(1).unwrap().unwrap();
    assert_eq!(s.name, "omron");
    assert_eq!(s.symbol, "α");
    assert_eq!(s.owner_hotkey, subnet_hk("//Bob"));
}

#[test]
fn unstake_all_alpha_moves_to_root_works() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = subnet_hk("//Alice");
    dev(&mut t.chain, &bob(), Call::AddStake { hotkey: hk, netuid, amount_staked: 10 * TAO })
        .unwrap();
    dev(&mut t.chain, &bob(), Call::UnstakeAllAlpha { hotkey: hk }).unwrap();
    let pos = t.chain.stake_of(&bob()).unwrap();
    assert_eq!(pos.len(), 1);
    assert_eq!(pos[0].netuid, 0);
    assert!(pos[0].alpha > 9 * TAO);
}

#[test]
fn remove_stake_full_limit_and_swap_limit_work() {
    let mut t = TestChain::new("dev");
    let n1 = add_subnet(&mut t.chain, "//Alice");
    t.chain.advance(7200).unwrap();
    let n2 = add_subnet(&mut t.chain, "//Bob");
    let hk = subnet_hk("//Alice");
    let c = acct("//Charlie");
    dev(&mut t.chain, &c, Call::AddStake { hotkey: hk, netuid: n1, amount_staked: 100 * TAO })
        .unwrap();
    let a = t.chain.stake_of(&c).unwrap()[0].alpha;
    // A ratio limit far above the current ratio allows nothing.
    assert_noop(
        &mut t.chain,
        Origin::Signed(c),
        Call::SwapStakeLimit {
            hotkey: hk,
            origin_netuid: n1,
            destination_netuid: n2,
            alpha_amount: a / 2,
            limit_price: 10 * TAO,
            allow_partial: false,
        },
        DispatchError::SlippageTooHigh,
    );
    dev(
        &mut t.chain,
        &c,
        Call::SwapStakeLimit {
            hotkey: hk,
            origin_netuid: n1,
            destination_netuid: n2,
            alpha_amount: a / 2,
            limit_price: TAO / 2,
            allow_partial: false,
        },
    )
    .unwrap();
    dev(&mut t.chain, &c, Call::RemoveStakeFullLimit { hotkey: hk, netuid: n1, limit_price: None })
        .unwrap();
    assert!(t.chain.stake_of(&c).unwrap().iter().all(|p| p.netuid == n2));
}

#[test]
fn transfer_stake_fails_when_disabled() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    let hk = subnet_hk("//Alice");
    dev(&mut t.chain, &bob(), Call::AddStake { hotkey: hk, netuid, amount_staked: 10 * TAO })
        .unwrap();
    dev(
        &mut t.chain,
        &alice(),
        Call::SudoSetHyperparam { netuid, param: Hyperparam::TransfersEnabled, value: 0 },
    )
    .unwrap();
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        Call::TransferStake {
            destination_coldkey: acct("//Dave"),
            hotkey: hk,
            origin_netuid: netuid,
            destination_netuid: netuid,
            alpha_amount: TAO,
        },
        DispatchError::TransferDisallowed,
    );
}
