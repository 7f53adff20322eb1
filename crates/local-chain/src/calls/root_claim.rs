//! Root claims (spec §3.8, `staking/claim_root.rs`): root dividends beyond the validator's take
//! accrue as a rate per unit of root stake (`RootClaimable`, I96F32); each (hotkey, coldkey)
//! owes rate·root_stake − `RootClaimed` (reward-per-share: root stake changes move
//! `RootClaimed` by ±rate·Δ, see `on_root_stake_added` / `on_root_stake_removed`, called from
//! `shares.rs`). `claim_root(subnets)` (121) pays what is owed above `RootClaimableThreshold`
//! per the coldkey's `RootClaimType` (122): Swap sells the alpha fee-free and stakes the TAO
//! on root; Keep stakes the alpha on the subnet.
//!
//! Auto-claim (spec §1 step 8, `run_auto_claim_root_divs`): every block claims, on every
//! subnet, for up to `NumRootClaim` coldkeys of the staking-coldkey index
//! (`StakingColdkeysByIndex`), picked from the parent block hash (`block_hash_to_indices`).
//!
//! Accounting: unclaimed alpha sits in `SubnetEmission::root_unclaimed` (inside AlphaOut); a
//! claim moves it out of there, never more than is there (flooring can make Σ owed exceed it
//! by dust).

use std::collections::BTreeSet;

use substrate_fixed::types::I96F32;

use crate::currency::{self, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::pool;
use crate::state;
use crate::state_children::{self as sc, MAX_SUBNET_CLAIMS, RootClaimType};
use crate::state_weights as sw;
use crate::storage::Ext;
use crate::swap::{Direction, SwapRequest};
use crate::types::{AccountId, Hash, NetUid, ROOT_NETUID};

fn i96(x: u128) -> I96F32 {
    I96F32::saturating_from_num(x)
}

/// `increase_root_claimable_for_hotkey_and_subnet`: credits `amount` of root dividends (alpha of
/// `netuid`) to the root stakers of `hotkey`. Returns false when the hotkey's root stake is
/// smaller than the amount: the caller then stakes it to (hotkey, Owner[hotkey]) instead.
pub fn credit_claimable(
    ext: &mut Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: u64,
) -> DispatchResult<bool> {
    let total = state::hotkey_pool(ext, hotkey, ROOT_NETUID)?.alpha;
    if amount > total {
        return Ok(false);
    }
    let increment = i96(amount as u128).checked_div(i96(total as u128)).unwrap_or(i96(0));
    let rate = I96F32::from_bits(sc::root_claimable(ext, hotkey, netuid)?);
    sc::set_root_claimable(ext, hotkey, netuid, rate.saturating_add(increment).to_bits());
    Ok(true)
}

/// Netuids on which `hotkey` has a claimable rate, ascending.
fn claimable_subnets(ext: &Ext, hotkey: &AccountId) -> DispatchResult<Vec<(NetUid, I96F32)>> {
    Ok(sc::root_claimable_by_hotkey(ext)?
        .get(hotkey)
        .map(|rates| {
            rates.iter().map(|&(netuid, bits)| (netuid, I96F32::from_bits(bits))).collect()
        })
        .unwrap_or_default())
}

fn adjust(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    amount: u64,
    add: bool,
) -> DispatchResult {
    for (netuid, rate) in claimable_subnets(ext, hotkey)? {
        let claimed = sc::root_claimed(ext, netuid, hotkey, coldkey)?;
        let delta: u128 = rate.saturating_mul(i96(amount as u128)).saturating_to_num::<u128>();
        let new = if add { claimed.saturating_add(delta) } else { claimed.saturating_sub(delta) };
        sc::set_root_claimed(ext, netuid, hotkey, coldkey, new);
    }
    Ok(())
}

/// `add_stake_adjust_root_claimed_for_hotkey_and_coldkey`: new root stake owes nothing yet.
/// Also indexes the coldkey for the auto-claim (`maybe_add_coldkey_index`). **Choice:** the
/// chain indexes in `stake_into_subnet`, `claim_root` and `set_root_claim_type`, and its
/// per-block migration helper (spec §1 step 9) sweeps every root `Alpha` entry round after
/// round, so every root staker ends up indexed; indexing on every root credit reaches the same
/// state without the sweep (only the order of indices can differ).
pub fn on_root_stake_added(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    amount: u64,
) -> DispatchResult {
    maybe_add_coldkey_index(ext, coldkey)?;
    adjust(ext, hotkey, coldkey, amount, true)
}

/// `remove_stake_adjust_root_claimed_for_hotkey_and_coldkey`: what was owed stays owed.
pub fn on_root_stake_removed(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    amount: u64,
) -> DispatchResult {
    adjust(ext, hotkey, coldkey, amount, false)
}

/// `get_root_owed_for_hotkey_coldkey_float`: rate·root_stake − RootClaimed (may be negative).
pub fn owed(
    ext: &Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult<I96F32> {
    let stake = crate::shares::value_of(ext, hotkey, coldkey, ROOT_NETUID)?;
    let rate = I96F32::from_bits(sc::root_claimable(ext, hotkey, netuid)?);
    let claimed = i96(sc::root_claimed(ext, netuid, hotkey, coldkey)?);
    Ok(rate.saturating_mul(i96(stake as u128)).saturating_sub(claimed))
}

/// `owed` as the u64 a claim would pay (negative → 0).
pub fn owed_u64(
    ext: &Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult<u64> {
    let o = owed(ext, hotkey, coldkey, netuid)?;
    Ok(if o.is_negative() { 0 } else { o.saturating_to_num::<u64>() })
}

/// `root_claim_on_subnet` (without `ignore_minimum_condition`).
fn claim_on_subnet(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
    kind: &RootClaimType,
) -> DispatchResult {
    let o = owed(ext, hotkey, coldkey, netuid)?;
    if o < I96F32::saturating_from_num(sc::root_claim_threshold(ext, netuid)?) {
        return Ok(());
    }
    let owed = if o.is_negative() { 0 } else { o.saturating_to_num::<u64>() };
    if owed == 0 {
        return Ok(());
    }
    let mut em = sw::subnet_emission(ext, netuid)?;
    // Never pay out more than the unclaimed pot holds (flooring dust).
    let pay = owed.min(em.root_unclaimed);
    em.root_unclaimed -= pay;
    if kind.swaps(netuid) {
        let req = SwapRequest {
            direction: Direction::AlphaToTao,
            amount_in: pay,
            limit_price_rao: 0,
            drop_fees: true,
            simulate: false,
        };
        let s = pool::execute(ext, netuid, req)?;
        // Alpha the pool did not take stays minted but owned by nobody.
        em.alpha_unowned = em.alpha_unowned.saturating_add(pay.saturating_sub(s.paid_in));
        currency::transfer(
            ext,
            &AccountId::subnet_account(netuid),
            &AccountId::subnet_account(ROOT_NETUID),
            s.paid_out,
            Existence::AllowDeath,
        )?;
        let mut root = state::pool(ext, ROOT_NETUID)?;
        root.tao = root.tao.saturating_add(s.paid_out);
        root.alpha_out = root.alpha_out.saturating_add(s.paid_out);
        state::set_pool(ext, ROOT_NETUID, &root);
        let ts = state::global(ext, state::Global::TotalStake)?;
        state::set_global(ext, state::Global::TotalStake, ts.saturating_add(s.paid_out));
        // Adjusts RootClaimed for the new root stake (shares.rs hook).
        crate::shares::deposit(ext, hotkey, coldkey, ROOT_NETUID, s.paid_out)?;
    } else {
        crate::shares::deposit(ext, hotkey, coldkey, netuid, pay)?;
    }
    sw::set_subnet_emission(ext, netuid, &em);
    let claimed = sc::root_claimed(ext, netuid, hotkey, coldkey)?;
    sc::set_root_claimed(ext, netuid, hotkey, coldkey, claimed.saturating_add(owed as u128));
    Ok(())
}

/// `do_root_claim`: claims for every hotkey the coldkey stakes to, on every subnet where that
/// hotkey has a claimable rate (`subnets` None) or on the named ones; then `RootClaimed`.
fn claim_all(
    ext: &mut Ext,
    coldkey: &AccountId,
    subnets: Option<&BTreeSet<NetUid>>,
) -> DispatchResult {
    let kind = sc::root_claim_type(ext, coldkey)?;
    // The chain walks `StakingHotkeys[coldkey]` and each hotkey's `RootClaimable` map; only
    // hotkeys with a rate can pay, so walking those (in the same account order) and keeping the
    // coldkey's staking hotkeys visits the same (hotkey, netuid) pairs in the same order.
    // The view is taken once: claims move root stake and pools, never `RootClaimable`.
    let claimable = sc::root_claimable_by_hotkey(ext)?;
    for (hotkey, rates) in claimable.iter() {
        if !state::is_staking_hotkey(ext, coldkey, hotkey)? {
            continue;
        }
        for &(netuid, _) in rates {
            if subnets.is_none_or(|s| s.contains(&netuid)) {
                claim_on_subnet(ext, hotkey, coldkey, netuid, &kind)?;
            }
        }
    }
    ext.deposit_event(Event::RootClaimed { coldkey: *coldkey });
    Ok(())
}

/// `claim_root(subnets)` (121): `claim_all` on the named subnets (1..=5 of them).
pub fn claim_root(ext: &mut Ext, origin: Origin, subnets: &BTreeSet<NetUid>) -> DispatchResult {
    let coldkey = origin.signed()?;
    if subnets.is_empty() || subnets.len() > MAX_SUBNET_CLAIMS {
        return Err(DispatchError::InvalidSubnetNumber);
    }
    maybe_add_coldkey_index(ext, &coldkey)?;
    claim_all(ext, &coldkey, Some(subnets))
}

/// `set_root_claim_type(new_root_claim_type)` (122).
pub fn set_root_claim_type(ext: &mut Ext, origin: Origin, t: &RootClaimType) -> DispatchResult {
    let coldkey = origin.signed()?;
    if let RootClaimType::KeepSubnets { subnets } = t
        && subnets.is_empty()
    {
        return Err(DispatchError::InvalidSubnetNumber);
    }
    maybe_add_coldkey_index(ext, &coldkey)?;
    sc::set_root_claim_type(ext, &coldkey, t);
    ext.deposit_event(Event::RootClaimTypeSet { coldkey, root_claim_type: t.clone() });
    Ok(())
}

// ------------------------------------------------------------------ auto-claim (§1 step 8)

/// `block_hash_to_indices(hash, k, n)`: the index walk of the auto-claim. start = the first 8
/// bytes of the hash (big-endian); step i adds the 8-byte word at (8i mod 32); each index is
/// (last + step) mod n (saturating add; n = 0 gives index 0). Distinct indices, ascending
/// (the chain collects them in a `BTreeSet`).
pub fn block_hash_to_indices(hash: &Hash, k: u64, n: u64) -> Vec<u64> {
    let word = |at: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&hash.0[at..at + 8]);
        u64::from_be_bytes(w)
    };
    let mut out = BTreeSet::new();
    let mut last = word(0);
    for i in 0..k {
        let step = word((i.saturating_mul(8) % 32) as usize);
        let idx = last.saturating_add(step).checked_rem(n).unwrap_or(0);
        out.insert(idx);
        last = idx;
    }
    out.into_iter().collect()
}

/// `maybe_add_coldkey_index`: appends the coldkey at index `NumStakingColdkeys` unless indexed.
pub fn maybe_add_coldkey_index(ext: &mut Ext, coldkey: &AccountId) -> DispatchResult {
    if sc::staking_coldkey_index(ext, coldkey)?.is_none() {
        let n = sc::num_staking_coldkeys(ext)?;
        sc::set_staking_coldkey_by_index(ext, n, Some(coldkey));
        sc::set_staking_coldkey_index(ext, coldkey, Some(n));
        sc::set_num_staking_coldkeys(ext, n.saturating_add(1));
    }
    Ok(())
}

/// `maybe_remove_coldkey_index`: removes the coldkey and moves the last entry into its slot,
/// so the index stays dense in `0..n`.
pub fn maybe_remove_coldkey_index(ext: &mut Ext, coldkey: &AccountId) -> DispatchResult {
    let Some(idx) = sc::staking_coldkey_index(ext, coldkey)? else { return Ok(()) };
    sc::set_staking_coldkey_index(ext, coldkey, None);
    let last = sc::num_staking_coldkeys(ext)?.saturating_sub(1);
    let moved = if idx != last { sc::staking_coldkey_by_index(ext, last)? } else { None };
    match moved {
        Some(moved) => {
            sc::set_staking_coldkey_by_index(ext, last, None);
            sc::set_staking_coldkey_by_index(ext, idx, Some(&moved));
            sc::set_staking_coldkey_index(ext, &moved, Some(idx));
        }
        None => sc::set_staking_coldkey_by_index(ext, idx, None),
    }
    sc::set_num_staking_coldkeys(ext, last);
    Ok(())
}

/// `coldkey_has_root_stake`: any root stake on any of the coldkey's staking hotkeys.
pub fn coldkey_has_root_stake(ext: &Ext, coldkey: &AccountId) -> DispatchResult<bool> {
    for hotkey in state::staking_hotkeys(ext, coldkey)? {
        if crate::shares::value_of(ext, &hotkey, coldkey, ROOT_NETUID)? > 0 {
            return Ok(true);
        }
    }
    Ok(false)
}

/// After an unstake from root (`unstake_from_subnet`): a coldkey left without root stake
/// leaves the auto-claim index, so dead entries do not accumulate.
pub fn on_root_unstaked(ext: &mut Ext, coldkey: &AccountId) -> DispatchResult {
    if !coldkey_has_root_stake(ext, coldkey)? {
        maybe_remove_coldkey_index(ext, coldkey)?;
    }
    Ok(())
}

/// `run_auto_claim_root_divs(parent_hash)` (spec §1 step 8): claims on every subnet for the
/// coldkeys at `block_hash_to_indices(parent hash, NumRootClaim, NumStakingColdkeys)`. Each
/// coldkey's claim is one nested transaction: a failing claim (e.g. a swap error) is rolled
/// back and skipped, as the chain logs it and goes on; only storage errors stop the block.
/// Returns the coldkeys whose claim went through.
pub fn run_auto_claim(ext: &mut Ext) -> DispatchResult<Vec<AccountId>> {
    let n = sc::num_staking_coldkeys(ext)?;
    let k = state::global(ext, state::Global::NumRootClaim)?;
    let mut claimed = Vec::new();
    for i in block_hash_to_indices(&ext.parent_hash, k, n) {
        let Some(coldkey) = sc::staking_coldkey_by_index(ext, i)? else { continue };
        match ext.transactional(|e| claim_all(e, &coldkey, None)) {
            Ok(()) => claimed.push(coldkey),
            Err(e @ DispatchError::Storage(_)) => return Err(e),
            Err(_) => {}
        }
    }
    Ok(claimed)
}
