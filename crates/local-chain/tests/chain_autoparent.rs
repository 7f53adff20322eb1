//! Auto-parent delegation of root validators (spec §5.4 step 11): registering a subnet makes
//! every opted-in root validator a parent of the owner hotkey with u64::MAX, at once, through
//! set_children's checks (StakeThreshold, rate limit); `set_auto_parent_delegation_enabled`'s
//! opt-out and its errors (no state change); the owner's epoch stake inherits the parents'
//! stake. Invariants are checked after every block (TestChain).

mod chain_common;

use chain_common::*;
use local_chain::state_children::{self as sc, TxKind};
use local_chain::{
    AccountId, Call, Chain, DispatchError, Event, EventFilter, GlobalParam, Origin, TAO,
};

const MAX: u64 = u64::MAX;

fn global(chain: &mut Chain, param: GlobalParam, value: u64) {
    root(chain, Call::SudoSetGlobal { param, value }).expect("global");
}

fn children_of(chain: &Chain, hotkey: &AccountId, netuid: u16) -> Vec<(u64, AccountId)> {
    chain.read(|e| sc::child_keys(e, hotkey, netuid)).expect("read")
}

fn parents_of(chain: &Chain, hotkey: &AccountId, netuid: u16) -> Vec<(u64, AccountId)> {
    chain.read(|e| sc::parent_keys(e, hotkey, netuid)).expect("read")
}

fn opt(hotkey: AccountId, enabled: bool) -> Call {
    Call::SetAutoParentDelegationEnabled { hotkey, enabled }
}

fn flag(chain: &Chain, hotkey: &AccountId) -> bool {
    chain.read(|e| sc::auto_parent_delegation(e, hotkey)).expect("read")
}

/// Events of the head block with this name.
fn head_events(chain: &Chain, name: &str) -> Vec<Event> {
    let head = chain.head().expect("head").number;
    let f = EventFilter {
        from_block: Some(head),
        to_block: Some(head),
        name: Some(name.to_string()),
        ..Default::default()
    };
    chain.events(&f).expect("events").into_iter().map(|e| e.event).collect()
}

/// `//<who>_root` root-registered by `//<who>` with `stake` TAO of root stake.
fn root_validator(chain: &mut Chain, who: &str, stake: u64) -> AccountId {
    let (ck, hk) = (acct(&format!("//{who}")), acct(&format!("//{who}_root")));
    dev(chain, &ck, Call::RootRegister { hotkey: hk }).expect("root register");
    if stake > 0 {
        let call = Call::AddStake { hotkey: hk, netuid: 0, amount_staked: stake * TAO };
        dev(chain, &ck, call).expect("root stake");
    }
    hk
}

/// Registers a subnet for `//<owner>` with `hotkey` (not started); returns its netuid.
fn register(chain: &mut Chain, owner: &str, hotkey: AccountId) -> u16 {
    dev(chain, &acct(&format!("//{owner}")), Call::RegisterNetwork { hotkey }).expect("register");
    chain.subnets().expect("subnets").iter().map(|s| s.netuid).max().expect("netuid")
}

/// Dev chain with four root validators: Alice_root (1000 TAO), Bob_root (600 TAO),
/// Charlie_root (800 TAO, opted out), Dave_root (10 TAO, below a 100 TAO StakeThreshold).
fn four_root_validators() -> (TestChain, [AccountId; 4]) {
    let mut t = TestChain::new("dev");
    let a = root_validator(&mut t.chain, "Alice", 1000);
    let b = root_validator(&mut t.chain, "Bob", 600);
    let c = root_validator(&mut t.chain, "Charlie", 800);
    let d = root_validator(&mut t.chain, "Dave", 10);
    dev(&mut t.chain, &acct("//Charlie"), opt(c, false)).expect("opt out");
    global(&mut t.chain, GlobalParam::StakeThreshold, 100 * TAO);
    (t, [a, b, c, d])
}

#[test]
fn opted_in_root_validators_with_enough_stake_become_parents_at_once() {
    let (mut t, [a, b, c, d]) = four_root_validators();
    let owner_hk = acct("//Eve_hk");
    let netuid = register(&mut t.chain, "Eve", owner_hk);
    let block = t.chain.head().expect("head").number;

    // Alice_root and Bob_root (root uids 0 and 1) are parents, in root-uid order.
    assert_eq!(children_of(&t.chain, &a, netuid), vec![(MAX, owner_hk)]);
    assert_eq!(children_of(&t.chain, &b, netuid), vec![(MAX, owner_hk)]);
    assert_eq!(parents_of(&t.chain, &owner_hk, netuid), vec![(MAX, a), (MAX, b)]);
    // Charlie_root opted out; Dave_root's 10 TAO is below StakeThreshold.
    assert!(children_of(&t.chain, &c, netuid).is_empty());
    assert!(children_of(&t.chain, &d, netuid).is_empty());
    // Applied at once (the subtoken is not enabled yet): SetChildren, nothing pending.
    assert_eq!(
        head_events(&t.chain, "SetChildren"),
        vec![
            Event::SetChildren { hotkey: a, netuid, children: vec![(MAX, owner_hk)] },
            Event::SetChildren { hotkey: b, netuid, children: vec![(MAX, owner_hk)] },
        ]
    );
    assert!(head_events(&t.chain, "SetChildrenScheduled").is_empty());
    let pending = t.chain.read(|e| sc::all_pending_child_keys(e, netuid)).expect("read");
    assert!(pending.is_empty());
    // Like any set_children, it starts the validators' 150-block rate limit on the subnet.
    let last = |h: &AccountId| {
        t.chain.read(|e| sc::last_tx_block(e, h, netuid, TxKind::SetChildren)).expect("read")
    };
    assert_eq!((last(&a), last(&b), last(&c), last(&d)), (block, block, 0, 0));
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        Call::SetChildren { hotkey: a, netuid, children: vec![] },
        DispatchError::TxRateLimitExceeded,
    );
    // Older subnets are untouched: the relation is on the new subnet only.
    assert!(children_of(&t.chain, &a, 0).is_empty());

    // After start_call the owner's epoch stake inherits the parents' root stake (and their
    // alpha on the subnet, none yet).
    dev(&mut t.chain, &acct("//Eve"), Call::StartCall { netuid }).expect("start");
    let (uid, input, root_a, root_b, root_own) = t
        .chain
        .read(|e| {
            let uid = local_chain::state::uid_of(e, netuid, &owner_hk)?.expect("uid") as usize;
            let input = local_chain::epoch_io::build_input(e, netuid, 0)?.input;
            let root = |h: &AccountId| local_chain::state::hotkey_pool(e, h, 0).map(|p| p.alpha);
            Ok((uid, input, root(&a)?, root(&b)?, root(&owner_hk)?))
        })
        .expect("read");
    assert_eq!((root_a, root_b, root_own), (1000 * TAO, 600 * TAO, 0));
    assert_eq!(input.tao_stake[uid], 1600 * TAO);
    assert_eq!(input.alpha_stake[uid], 0);
}

#[test]
fn owner_hotkey_that_is_a_root_validator_is_not_its_own_parent() {
    let (mut t, [a, b, ..]) = four_root_validators();
    let netuid = register(&mut t.chain, "Alice", a);
    assert!(children_of(&t.chain, &a, netuid).is_empty());
    assert_eq!(parents_of(&t.chain, &a, netuid), vec![(MAX, b)]);
}

#[test]
fn no_root_validators_or_all_opted_out_means_no_relations() {
    let mut t = TestChain::new("dev");
    let netuid = register(&mut t.chain, "Eve", acct("//Eve_hk"));
    assert!(parents_of(&t.chain, &acct("//Eve_hk"), netuid).is_empty());
    assert!(head_events(&t.chain, "SetChildren").is_empty());

    let a = root_validator(&mut t.chain, "Alice", 1000);
    dev(&mut t.chain, &alice(), opt(a, false)).expect("opt out");
    global(&mut t.chain, GlobalParam::NetworkRateLimit, 0);
    let netuid = register(&mut t.chain, "Ferdie", acct("//Ferdie_hk"));
    assert!(parents_of(&t.chain, &acct("//Ferdie_hk"), netuid).is_empty());
    let has = t.chain.read(|e| local_chain::children::subnet_has_relations(e, netuid));
    assert!(!has.expect("read"));
}

#[test]
fn a_reused_netuid_gets_fresh_relations() {
    let (mut t, [a, b, ..]) = four_root_validators();
    let netuid = register(&mut t.chain, "Eve", acct("//Eve_hk"));
    // Dissolving clears the relations and the validators' rate-limit blocks with the subnet,
    // so re-registering the netuid at once delegates again.
    root(&mut t.chain, Call::RootDissolveNetwork { netuid }).expect("dissolve");
    assert!(children_of(&t.chain, &a, netuid).is_empty());
    global(&mut t.chain, GlobalParam::NetworkRateLimit, 0);
    let again = register(&mut t.chain, "Ferdie", acct("//Ferdie_hk"));
    assert_eq!(again, netuid);
    assert_eq!(parents_of(&t.chain, &acct("//Ferdie_hk"), netuid), vec![(MAX, a), (MAX, b)]);
    assert!(parents_of(&t.chain, &acct("//Eve_hk"), netuid).is_empty());
}

#[test]
fn opt_out_and_back_in() {
    let mut t = TestChain::new("dev");
    let a = root_validator(&mut t.chain, "Alice", 1000);
    assert!(flag(&t.chain, &a), "default: enabled");
    dev(&mut t.chain, &alice(), opt(a, false)).expect("opt out");
    assert_eq!(
        last_event(&t.chain),
        Event::AutoParentDelegationEnabledSet { hotkey: a, enabled: false }
    );
    assert!(!flag(&t.chain, &a));
    let first = register(&mut t.chain, "Eve", acct("//Eve_hk"));
    assert!(children_of(&t.chain, &a, first).is_empty());

    dev(&mut t.chain, &alice(), opt(a, true)).expect("opt back in");
    assert!(flag(&t.chain, &a));
    global(&mut t.chain, GlobalParam::NetworkRateLimit, 0);
    let second = register(&mut t.chain, "Ferdie", acct("//Ferdie_hk"));
    assert_eq!(children_of(&t.chain, &a, second), vec![(MAX, acct("//Ferdie_hk"))]);
    // Opting in does not reach back to subnets registered earlier.
    assert!(children_of(&t.chain, &a, first).is_empty());
}

#[test]
fn set_auto_parent_delegation_enabled_fails_when_expected() {
    let mut t = TestChain::new("dev");
    let a = root_validator(&mut t.chain, "Alice", 0);
    // Not the hotkey's coldkey.
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        opt(a, false),
        DispatchError::NonAssociatedColdKey,
    );
    // A hotkey nobody owns.
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        opt(acct("//Nobody"), false),
        DispatchError::NonAssociatedColdKey,
    );
    // Owned but not registered on root (a subnet owner hotkey).
    let hk = acct("//Alice_hk");
    register(&mut t.chain, "Alice", hk);
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        opt(hk, false),
        DispatchError::HotKeyNotRegisteredInSubNet,
    );
    // Signed calls only.
    assert_noop(&mut t.chain, Origin::Root, opt(a, false), DispatchError::BadOrigin);
    assert!(flag(&t.chain, &a));
}

#[test]
fn demo_genesis_has_no_auto_parents() {
    // The demo registers its root validators after its subnets, so none is a parent there.
    let t = TestChain::new("demo");
    for netuid in 1..=3 {
        for v in ["//Alice_root", "//Bob_root"] {
            assert!(children_of(&t.chain, &acct(v), netuid).is_empty(), "{v} on {netuid}");
        }
    }
}
