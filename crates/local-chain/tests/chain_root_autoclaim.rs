//! Root auto-claim (spec §1 step 8, §3.8): the index walk over the parent block hash (golden
//! picks), the staking-coldkey index kept dense as root stake comes and goes, the picks of
//! every produced block matching its header's parent hash, and claims paid by the block step
//! to the picked coldkeys only. Invariants (index bijection included) after every block.

mod chain_common;

use chain_common::*;
use local_chain::calls::root_claim::{self, block_hash_to_indices};
use local_chain::state_children as sc;
use local_chain::{AccountId, Call, Chain, Event, EventFilter, GlobalParam, Hash, TAO};

fn words(w: [u64; 4]) -> Hash {
    let mut h = [0u8; 32];
    for (i, x) in w.iter().enumerate() {
        h[8 * i..8 * i + 8].copy_from_slice(&x.to_be_bytes());
    }
    Hash(h)
}

#[test]
fn index_walk_golden_picks() {
    // start = w0 = 1; +w0 → 2, +w1 → 4, +w2 → 7, +w3 → 11 mod 10 = 1, +w0 (8·4 mod 32 = 0)
    // → 2 again: four distinct indices, ascending.
    assert_eq!(block_hash_to_indices(&words([1, 2, 3, 4]), 5, 10), vec![1, 2, 4, 7]);
    // Bytes 0x01..=0x20 (words 0x0102..08, 0x090a..10, ...), reference computed independently.
    let mut b = [0u8; 32];
    for (i, x) in b.iter_mut().enumerate() {
        *x = i as u8 + 1;
    }
    let h = Hash(b);
    assert_eq!(block_hash_to_indices(&h, 5, 1000), vec![440, 576, 584, 712, 952]);
    assert_eq!(block_hash_to_indices(&h, 5, 7), vec![1, 3, 5]);
    let many = block_hash_to_indices(&h, 50, 97);
    assert_eq!(many.len(), 34);
    assert_eq!(many[..10], [3, 4, 7, 11, 14, 18, 19, 22, 26, 29]);
    // The add saturates: u64::MAX mod 7 = 1 every step.
    assert_eq!(block_hash_to_indices(&Hash([0xff; 32]), 5, 7), vec![1]);
    // No coldkeys: index 0 (which holds nobody); NumRootClaim 0: nothing.
    assert_eq!(block_hash_to_indices(&h, 5, 0), vec![0]);
    assert!(block_hash_to_indices(&h, 0, 10).is_empty());
}

fn index(chain: &Chain) -> Vec<AccountId> {
    chain
        .read(|e| {
            let n = sc::num_staking_coldkeys(e)?;
            (0..n).map(|i| Ok(sc::staking_coldkey_by_index(e, i)?.expect("dense"))).collect()
        })
        .expect("read")
}

#[test]
fn staking_coldkey_index_follows_root_stake() {
    let mut t = TestChain::new("demo");
    // The demo genesis stakes //Alice and //Bob on root (in that order).
    assert_eq!(index(&t.chain), vec![alice(), bob()]);
    let charlie = acct("//Charlie");
    let alice_root = acct("//Alice_root");
    let stake = Call::AddStake { hotkey: alice_root, netuid: 0, amount_staked: 10 * TAO };
    dev(&mut t.chain, &charlie, stake).expect("charlie stakes on root");
    assert_eq!(index(&t.chain), vec![alice(), bob(), charlie]);
    // Staking again, or on a subnet, indexes nothing new.
    let stake = Call::AddStake { hotkey: alice_root, netuid: 0, amount_staked: 10 * TAO };
    dev(&mut t.chain, &charlie, stake).expect("again");
    assert_eq!(index(&t.chain).len(), 3);
    // Alice leaves root entirely: the last entry (Charlie) moves into her slot.
    let all =
        t.chain.read(|e| local_chain::shares::value_of(e, &alice_root, &alice(), 0)).expect("read");
    let unstake = Call::RemoveStake { hotkey: alice_root, netuid: 0, amount_unstaked: all };
    dev(&mut t.chain, &alice(), unstake).expect("alice unstakes");
    assert_eq!(index(&t.chain), vec![charlie, bob()]);
    // A partial unstake keeps the coldkey indexed.
    let unstake = Call::RemoveStake { hotkey: alice_root, netuid: 0, amount_unstaked: 5 * TAO };
    dev(&mut t.chain, &charlie, unstake).expect("partial");
    assert_eq!(index(&t.chain), vec![charlie, bob()]);
    // set_root_claim_type and claim_root index the signer (as on the chain).
    let dave = acct("//Dave");
    let t2 = Call::SetRootClaimType {
        new_root_claim_type: local_chain::state_children::RootClaimType::Keep,
    };
    dev(&mut t.chain, &dave, t2).expect("set claim type");
    assert_eq!(index(&t.chain), vec![charlie, bob(), dave]);
}

/// Every produced block claims for exactly the coldkeys its parent hash picks.
#[test]
fn every_block_claims_for_the_parent_hash_picks() {
    let mut t = TestChain::new("demo");
    let charlie = acct("//Charlie");
    let stake = Call::AddStake { hotkey: acct("//Bob_root"), netuid: 0, amount_staked: 10 * TAO };
    dev(&mut t.chain, &charlie, stake).expect("stake");
    // Two picks per block over three coldkeys, so blocks differ in who is claimed.
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::NumRootClaim, value: 2 })
        .expect("NumRootClaim");
    let keys = index(&t.chain);
    assert_eq!(keys.len(), 3);
    let from = t.chain.head().expect("head").number + 1;
    let head = t.chain.advance(40).expect("advance").number;
    assert_eq!(index(&t.chain), keys, "no root staking during the advance");
    let mut seen = std::collections::BTreeSet::new();
    for h in t.chain.blocks(from..=head).expect("blocks") {
        let want: Vec<AccountId> = block_hash_to_indices(&h.parent_hash, 2, 3)
            .into_iter()
            .map(|i| keys[i as usize])
            .collect();
        let f = EventFilter {
            from_block: Some(h.number),
            to_block: Some(h.number),
            name: Some("RootClaimed".into()),
            ..Default::default()
        };
        let got: Vec<AccountId> = t
            .chain
            .events(&f)
            .expect("events")
            .into_iter()
            .map(|e| match e.event {
                Event::RootClaimed { coldkey } => coldkey,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(got, want, "block {}", h.number);
        seen.extend(want);
    }
    // Over 40 blocks every indexed coldkey was picked at least once.
    assert_eq!(seen.len(), 3);
}

/// The block step pays what is owed to the picked coldkey and leaves the others owed.
#[test]
fn block_step_claims_for_the_picked_coldkey_only() {
    use local_chain::{invariants, state, state_weights as sw};
    let mut t = TestChain::new("demo");
    let alice_root = acct("//Alice_root");
    // Bob also stakes on Alice_root, so both coldkeys are owed its root dividends.
    let stake = Call::AddStake { hotkey: alice_root, netuid: 0, amount_staked: 500 * TAO };
    dev(&mut t.chain, &bob(), stake).expect("bob stakes");
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::NumRootClaim, value: 1 })
        .expect("NumRootClaim");
    let credit = 9 * TAO;
    let owed =
        |e: &local_chain::storage::Ext, c: &AccountId| root_claim::owed_u64(e, &alice_root, c, 1);
    // Index: Alice 0, Bob 1 (n = 2). One pick: (w0 + w0) mod 2 = 0 for w0 = 0 → Alice;
    // w0 = 1 … 2 mod 2 = 0 too, so pick Bob with w0 = u64::MAX (saturates, odd) → 1.
    for (w0, picked, other) in [(0u64, alice(), bob()), (u64::MAX, bob(), alice())] {
        t.chain
            .scratch(|e| {
                let mut p = state::pool(e, 1)?;
                p.alpha_out += credit;
                state::set_pool(e, 1, &p);
                let mut em = sw::subnet_emission(e, 1)?;
                em.root_unclaimed += credit;
                sw::set_subnet_emission(e, 1, &em);
                assert!(root_claim::credit_claimable(e, &alice_root, 1, credit)?);
                let (picked_owed, other_owed) = (owed(e, &picked)?, owed(e, &other)?);
                assert!(picked_owed > 500_000 && other_owed > 500_000);
                let picked_root = local_chain::shares::value_of(e, &alice_root, &picked, 0)?;

                e.parent_hash = words([w0, 7, 7, 7]);
                let before = e.events().len();
                local_chain::block::on_initialize(e)?;
                let claimed: Vec<Event> = e.events()[before..]
                    .iter()
                    .map(|r| r.event.clone())
                    .filter(|ev| matches!(ev, Event::RootClaimed { .. }))
                    .collect();
                assert_eq!(claimed, vec![Event::RootClaimed { coldkey: picked }]);
                assert!(owed(e, &picked)? <= 1, "picked coldkey paid (flooring dust)");
                assert_eq!(owed(e, &other)?, other_owed, "other coldkey still owed");
                // Swap (default): the claim became root stake.
                assert!(local_chain::shares::value_of(e, &alice_root, &picked, 0)? > picked_root);
                invariants::check(e).expect("after the auto-claim");
                Ok(())
            })
            .expect("scratch");
    }
}
