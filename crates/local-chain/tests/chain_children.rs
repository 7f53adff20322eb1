//! Child keys, childkey take and root claims on the embedded chain (spec §3.8, §9.2, §9.3):
//! set_children's checks in the chain's order (each failure leaves the state untouched), the
//! pending queue applied at an epoch after the cooldown, inherited stake in the epoch input,
//! dividends reaching a parent without a uid and becoming root-claimable, claim_root with
//! Swap and Keep. Invariants are checked after every block (TestChain).

mod chain_common;

use std::collections::BTreeSet;

use chain_common::*;
use local_chain::state_children::{self as sc, RootClaimType};
use local_chain::{
    AccountId, Call, Chain, DispatchError, Event, EventFilter, GlobalParam, Hyperparam, Origin, TAO,
};

const MAX: u64 = u64::MAX;

fn global(chain: &mut Chain, param: GlobalParam, value: u64) {
    root(chain, Call::SudoSetGlobal { param, value }).expect("global");
}

/// Demo preset with tempo 20 on the demo subnets and a 30-block child-key cooldown.
fn demo_fast() -> TestChain {
    let mut t = TestChain::new("demo");
    global(&mut t.chain, GlobalParam::AdminFreezeWindow, 0);
    global(&mut t.chain, GlobalParam::PendingChildKeyCooldown, 30);
    for netuid in 1..=3 {
        let call = Call::SudoSetHyperparam { netuid, param: Hyperparam::Tempo, value: 20 };
        root(&mut t.chain, call).expect("tempo");
    }
    t
}

fn set_children(hotkey: AccountId, netuid: u16, children: Vec<(u64, AccountId)>) -> Call {
    Call::SetChildren { hotkey, netuid, children }
}

fn events(chain: &Chain, name: &str) -> Vec<Event> {
    let f = EventFilter { name: Some(name.to_string()), ..Default::default() };
    chain.events(&f).expect("events").into_iter().map(|e| e.event).collect()
}

fn children_of(chain: &Chain, hotkey: &AccountId, netuid: u16) -> Vec<(u64, AccountId)> {
    chain.read(|e| sc::child_keys(e, hotkey, netuid)).expect("read")
}

fn parents_of(chain: &Chain, hotkey: &AccountId, netuid: u16) -> Vec<(u64, AccountId)> {
    chain.read(|e| sc::parent_keys(e, hotkey, netuid)).expect("read")
}

/// The per-subnet flag epochs use to skip child/parent lookups on subnets without relations.
fn has_relations(chain: &Chain, netuid: u16) -> bool {
    chain.read(|e| local_chain::children::subnet_has_relations(e, netuid)).expect("read")
}

#[test]
fn set_children_fails_when_expected() {
    let mut t = TestChain::new("demo");
    let (bob_hk, charlie_hk) = (acct("//Bob_hk1"), acct("//Charlie_hk1"));
    let b = Origin::Signed(bob());
    let one = |c: AccountId| vec![(MAX, c)];
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 0, one(charlie_hk)),
        DispatchError::RegistrationNotPermittedOnRootSubnet,
    );
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 9, one(charlie_hk)),
        DispatchError::SubnetNotExists,
    );
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        set_children(bob_hk, 1, one(charlie_hk)),
        DispatchError::NonAssociatedColdKey,
    );
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 1, vec![(1, charlie_hk), (2, charlie_hk)]),
        DispatchError::DuplicateChild,
    );
    assert_noop(&mut t.chain, b, set_children(bob_hk, 1, one(bob_hk)), DispatchError::InvalidChild);
    let six: Vec<(u64, AccountId)> = (0..6).map(|i| (1, acct(&format!("//Kid{i}")))).collect();
    assert_noop(&mut t.chain, b, set_children(bob_hk, 1, six), DispatchError::TooManyChildren);
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 1, vec![(MAX, charlie_hk), (1, acct("//Kid"))]),
        DispatchError::ProportionOverflow,
    );
    // StakeThreshold: Bob_hk1 holds ~100 TAO worth; the subnet owner hotkey is exempt, and so
    // is an empty list (revoking).
    global(&mut t.chain, GlobalParam::StakeThreshold, 1_000_000 * TAO);
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 1, one(charlie_hk)),
        DispatchError::NotEnoughStakeToSetChildkeys,
    );
    dev(&mut t.chain, &bob(), set_children(bob_hk, 1, vec![])).expect("revoking is exempt");
    dev(&mut t.chain, &alice(), set_children(acct("//Alice_hk"), 1, one(charlie_hk)))
        .expect("the owner hotkey is exempt");
    // Rate limit: 150 blocks per (hotkey, netuid).
    assert_noop(
        &mut t.chain,
        b,
        set_children(bob_hk, 1, vec![]),
        DispatchError::TxRateLimitExceeded,
    );
    t.chain.advance(149).expect("advance");
    dev(&mut t.chain, &bob(), set_children(bob_hk, 1, vec![])).expect("150 blocks later");
}

#[test]
fn pending_children_apply_at_an_epoch_after_the_cooldown_and_redirect_stake() {
    let mut t = demo_fast();
    let (alice_root, bob_hk) = (acct("//Alice_root"), acct("//Bob_hk1"));
    // Alice_root (a root validator, no uid on subnet 1) also holds alpha on subnet 1.
    let stake = Call::AddStake { hotkey: alice_root, netuid: 1, amount_staked: 50 * TAO };
    dev(&mut t.chain, &alice(), stake).expect("stake");
    dev(&mut t.chain, &alice(), set_children(alice_root, 1, vec![(MAX, bob_hk)])).expect("set");
    let now = t.chain.head().expect("head").number;
    match last_event(&t.chain) {
        Event::SetChildrenScheduled { cooldown_block, children, .. } => {
            assert_eq!(cooldown_block, now + 30);
            assert_eq!(children, vec![(MAX, bob_hk)]);
        }
        e => panic!("{e:?}"),
    }
    assert!(children_of(&t.chain, &alice_root, 1).is_empty(), "pending, not applied");
    // Epochs fire every 20 blocks; only one after block now+30 applies the set.
    t.chain.advance(25).expect("advance");
    assert!(children_of(&t.chain, &alice_root, 1).is_empty(), "cooldown not over");
    t.chain.advance(30).expect("advance");
    assert_eq!(children_of(&t.chain, &alice_root, 1), vec![(MAX, bob_hk)]);
    assert_eq!(parents_of(&t.chain, &bob_hk, 1), vec![(MAX, alice_root)]);
    assert!(t.chain.read(|e| sc::pending_child_keys(e, 1, &alice_root)).expect("read").is_none());
    assert_eq!(events(&t.chain, "SetChildren").len(), 1);

    // A parent of Bob_hk1 cannot become its child.
    assert_noop(
        &mut t.chain,
        Origin::Signed(bob()),
        set_children(bob_hk, 1, vec![(1, alice_root)]),
        DispatchError::ChildParentInconsistency,
    );

    // The epoch's stake vector: Bob_hk1 inherits all of Alice_root's root stake.
    let (uid, input, root_of) = t
        .chain
        .read(|e| {
            let uid = local_chain::state::uid_of(e, 1, &bob_hk)?.expect("uid") as usize;
            let input = local_chain::epoch_io::build_input(e, 1, 0)?.input;
            let root = |h: &AccountId| local_chain::state::hotkey_pool(e, h, 0).map(|p| p.alpha);
            Ok((uid, input, (root(&alice_root)?, root(&bob_hk)?)))
        })
        .expect("read");
    assert_eq!(root_of.0, 1000 * TAO);
    assert_eq!(input.tao_stake[uid], root_of.0 + root_of.1);
    let alpha_of = |h: &AccountId| {
        t.chain.read(|e| local_chain::state::hotkey_pool(e, h, 1)).expect("read").alpha
    };
    assert_eq!(input.alpha_stake[uid], alpha_of(&bob_hk) + alpha_of(&alice_root));

    // The next epochs pay Alice_root (no uid on subnet 1) a share of Bob_hk1's dividends,
    // split by Alice_root's own stake: its alpha part raises its subnet-1 pool. (Its root part
    // needs pending root alpha, which the demo's young moving prices do not produce yet; root
    // claims are covered by `claim_root_swap_and_keep`.)
    let pool = |c: &Chain| c.read(|e| local_chain::state::hotkey_pool(e, &alice_root, 1));
    let before = pool(&t.chain).expect("read").alpha;
    t.chain.advance(40).expect("advance");
    let after = pool(&t.chain).expect("read").alpha;
    assert!(after > before, "parent dividends: {before} -> {after}");

    // Revoking: an empty list, applied at an epoch after the cooldown.
    t.chain.advance(150).expect("advance past the set_children rate limit");
    dev(&mut t.chain, &alice(), set_children(alice_root, 1, vec![])).expect("revoke");
    t.chain.advance(60).expect("advance");
    assert!(children_of(&t.chain, &alice_root, 1).is_empty());
    assert!(parents_of(&t.chain, &bob_hk, 1).is_empty());
}

#[test]
fn children_apply_at_once_before_start_call() {
    let mut t = TestChain::new("dev");
    let hk = subnet_hk("//Alice");
    dev(&mut t.chain, &alice(), Call::RegisterNetwork { hotkey: hk }).expect("register");
    let child = acct("//Child");
    assert!(!has_relations(&t.chain, 1));
    dev(&mut t.chain, &alice(), set_children(hk, 1, vec![(MAX / 2, child)])).expect("set");
    assert!(has_relations(&t.chain, 1));
    assert!(!has_relations(&t.chain, 0) && !has_relations(&t.chain, 2));
    assert_eq!(
        last_event(&t.chain),
        Event::SetChildren { hotkey: hk, netuid: 1, children: vec![(MAX / 2, child)] }
    );
    assert_eq!(children_of(&t.chain, &hk, 1), vec![(MAX / 2, child)]);
    assert_eq!(parents_of(&t.chain, &child, 1), vec![(MAX / 2, hk)]);
    // Dissolving the subnet clears the relations with it.
    root(&mut t.chain, Call::RootDissolveNetwork { netuid: 1 }).expect("dissolve");
    assert!(children_of(&t.chain, &hk, 1).is_empty());
    assert!(parents_of(&t.chain, &child, 1).is_empty());
    assert!(!has_relations(&t.chain, 1));
}

#[test]
fn childkey_take_rules() {
    let mut t = TestChain::new("demo");
    let bob_hk = acct("//Bob_hk1");
    let b = Origin::Signed(bob());
    let take = |take| Call::SetChildkeyTake { hotkey: bob_hk, netuid: 1, take };
    assert_noop(&mut t.chain, b, take(11_797), DispatchError::InvalidChildkeyTake);
    assert_noop(
        &mut t.chain,
        Origin::Signed(alice()),
        take(100),
        DispatchError::NonAssociatedColdKey,
    );
    assert_noop(
        &mut t.chain,
        b,
        Call::SetChildkeyTake { hotkey: bob_hk, netuid: 9, take: 100 },
        DispatchError::SubnetNotExists,
    );
    dev(&mut t.chain, &bob(), take(1000)).expect("first increase");
    assert_eq!(last_event(&t.chain), Event::ChildKeyTakeSet { hotkey: bob_hk, take: 1000 });
    assert_noop(&mut t.chain, b, take(2000), DispatchError::TxChildkeyTakeRateLimitExceeded);
    dev(&mut t.chain, &bob(), take(500)).expect("decreases are not rate-limited");
    // The subnet's minimum raises the effective take and the floor of new values.
    let call =
        Call::SudoSetHyperparam { netuid: 1, param: Hyperparam::MinChildkeyTake, value: 800 };
    global(&mut t.chain, GlobalParam::AdminFreezeWindow, 0);
    root(&mut t.chain, call).expect("min take");
    assert_noop(&mut t.chain, b, take(700), DispatchError::InvalidChildkeyTake);
    let eff = t.chain.read(|e| local_chain::children::childkey_take(e, &bob_hk, 1)).expect("r");
    assert_eq!(eff, 800);
}

/// Root dividends credited to a root validator's stakers (what `distribute_emission` does with
/// the root part beyond the take), then claimed, in a scratch context over the demo chain.
#[test]
fn claim_root_swap_and_keep() {
    use local_chain::calls::{self, root_claim};
    use local_chain::{invariants, shares, state, state_weights as sw};
    let t = TestChain::new("demo");
    let alice_root = acct("//Alice_root");
    let credit = 7 * TAO; // alpha of subnet 1 for Alice_root's 1000 TAO of root stake
    t.chain
        .scratch(|e| {
            // Credit: minted into AlphaOut and held as unclaimed (spec §3.8 "on credit").
            let mut p = state::pool(e, 1)?;
            p.alpha_out += credit;
            state::set_pool(e, 1, &p);
            let mut em = sw::subnet_emission(e, 1)?;
            em.root_unclaimed += credit;
            sw::set_subnet_emission(e, 1, &em);
            assert!(root_claim::credit_claimable(e, &alice_root, 1, credit)?);
            invariants::check(e).expect("credited state is consistent");
            // rate = 7 TAO / 1000 TAO = 0.007 (I96F32, truncated); owed = floor(rate·1000 TAO).
            let rate = sc::root_claimable(e, &alice_root, 1)?;
            assert_eq!(rate, (7i128 << 32) / 1000);
            let owed = root_claim::owed_u64(e, &alice_root, &alice(), 1)?;
            assert_eq!(owed, ((rate as u128 * 1000 * TAO as u128) >> 32) as u64);
            assert!(owed <= credit && credit - owed < 1000);

            // New root stake owes nothing of the past: Bob stakes 100 TAO to Alice_root
            // (RootClaimed starts at floor(rate·stake), so less than one rao is owed).
            let add = Call::AddStake { hotkey: alice_root, netuid: 0, amount_staked: 100 * TAO };
            calls::dispatch(e, Origin::Signed(bob()), &add)?;
            assert_eq!(root_claim::owed_u64(e, &alice_root, &bob(), 1)?, 0);

            // Swap (default): sold fee-free, TAO added to Alice's root stake.
            let root_before = shares::value_of(e, &alice_root, &alice(), 0)?;
            let root_pool = state::pool(e, 0)?.tao;
            let claim = Call::ClaimRoot { subnets: [1].into_iter().collect() };
            calls::dispatch(e, Origin::Signed(alice()), &claim)?;
            let gained = shares::value_of(e, &alice_root, &alice(), 0)? - root_before;
            assert!(gained > 0);
            assert_eq!(state::pool(e, 0)?.tao, root_pool + gained);
            // RootClaimed = what was paid + floor(rate·gained) for the new root stake.
            assert_eq!(
                sc::root_claimed(e, 1, &alice_root, &alice())?,
                owed as u128 + ((rate as u128 * gained as u128) >> 32)
            );
            assert!(root_claim::owed_u64(e, &alice_root, &alice(), 1)? <= 1, "flooring dust");
            assert_eq!(sw::subnet_emission(e, 1)?.root_unclaimed, credit - owed);
            invariants::check(e).expect("after the Swap claim");

            // Removing root stake keeps what is owed (RootClaimed drops by rate·Δ).
            let before = root_claim::owed_u64(e, &alice_root, &alice(), 1)?;
            let rm = Call::RemoveStake { hotkey: alice_root, netuid: 0, amount_unstaked: 10 * TAO };
            calls::dispatch(e, Origin::Signed(alice()), &rm)?;
            let after = root_claim::owed_u64(e, &alice_root, &alice(), 1)?;
            assert!(after.abs_diff(before) <= 1, "owed {before} -> {after}");

            // Keep on subnet 1: a second credit is staked as subnet-1 alpha, exactly as owed.
            let t = RootClaimType::KeepSubnets { subnets: vec![1] };
            calls::dispatch(
                e,
                Origin::Signed(bob()),
                &Call::SetRootClaimType { new_root_claim_type: t },
            )?;
            let mut p = state::pool(e, 1)?;
            p.alpha_out += credit;
            state::set_pool(e, 1, &p);
            let mut em = sw::subnet_emission(e, 1)?;
            em.root_unclaimed += credit;
            sw::set_subnet_emission(e, 1, &em);
            assert!(root_claim::credit_claimable(e, &alice_root, 1, credit)?);
            let owed_bob = root_claim::owed_u64(e, &alice_root, &bob(), 1)?;
            assert!(owed_bob > 0);
            let before = shares::value_of(e, &alice_root, &bob(), 1)?;
            calls::dispatch(e, Origin::Signed(bob()), &claim)?;
            assert_eq!(shares::value_of(e, &alice_root, &bob(), 1)?, before + owed_bob);
            invariants::check(e).expect("after the Keep claim");

            // Below the threshold nothing happens: Bob is owed 0 now.
            let claimed = sc::root_claimed(e, 1, &alice_root, &bob())?;
            calls::dispatch(e, Origin::Signed(bob()), &claim)?;
            assert_eq!(sc::root_claimed(e, 1, &alice_root, &bob())?, claimed);
            // claim_root names 1..=5 subnets.
            for subnets in [BTreeSet::new(), (1..=6).collect::<BTreeSet<u16>>()] {
                assert_eq!(
                    calls::dispatch(e, Origin::Signed(bob()), &Call::ClaimRoot { subnets }),
                    Err(DispatchError::InvalidSubnetNumber)
                );
            }
            // An empty KeepSubnets list is refused.
            let bad = Call::SetRootClaimType {
                new_root_claim_type: RootClaimType::KeepSubnets { subnets: vec![] },
            };
            assert_eq!(
                calls::dispatch(e, Origin::Signed(bob()), &bad),
                Err(DispatchError::InvalidSubnetNumber)
            );
            Ok(())
        })
        .expect("scratch");
}
