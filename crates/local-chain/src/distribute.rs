//! `distribute_emission` (spec §3.7): runs the subnet's epoch on the drained pending amounts
//! and pays miners, validators (through their share pools, after the delegate take), the
//! subnet owner and root dividends. Each hotkey's epoch dividend is first redistributed to its
//! parents (spec §9.3, `crate::children::split_dividend`, childkey take and CK burn included).
//!
//! Alpha that was minted into `SubnetAlphaOut` but reaches no staker (burned owner-hotkey
//! incentive, pots without recipients, flooring residues) is recorded in
//! `SubnetEmission::alpha_unowned` (spec §12.5); root dividends beyond the take become
//! claimable by the hotkey's root stakers (`calls/root_claim.rs`, spec §3.8) and are held in
//! `SubnetEmission::root_unclaimed` until claimed.
//!
//! Choice (CK burn): the chain recycles each parent's burned share out of `SubnetAlphaOut` but
//! still pays the full validator pot (its AlphaOut then undercounts stake). Here the burned
//! alpha is taken out of the validator pot before it is paid, and recycled, so AlphaOut keeps
//! matching stake; with the default `CKBurn` = 0 both agree.

use std::collections::BTreeMap;

use substrate_fixed::types::U96F32;

use crate::calls::root_claim;
use crate::epoch::EpochOutput;
use crate::error::{DispatchError, DispatchResult};
use crate::hparams::{self, Hyperparam};
use crate::state;
use crate::state_weights as sw;
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID};
use crate::{children, epoch, epoch_io, shares};

/// The four pending accumulators taken at the epoch (spec §3.7 step 4).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drained {
    /// `PendingServerEmission`.
    pub server: u64,
    /// `PendingValidatorEmission`.
    pub validator: u64,
    /// `PendingRootAlphaDivs`.
    pub root: u64,
    /// `PendingOwnerCut`.
    pub owner_cut: u64,
}

impl Drained {
    fn total(&self) -> u128 {
        self.server as u128 + self.validator as u128 + self.root as u128 + self.owner_cut as u128
    }
}

/// What one distribution paid.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Distribution {
    /// Alpha staked to miners.
    pub incentive_paid: u64,
    /// Miner incentive withheld from owner hotkeys (burned).
    pub incentive_burned: u64,
    /// Alpha dividends paid (take + nominator part).
    pub alpha_dividends: u64,
    /// Root dividends: the take staked as alpha.
    pub root_take: u64,
    /// Root dividends left unclaimed.
    pub root_unclaimed: u64,
    /// Owner cut staked.
    pub owner_cut: u64,
    /// Drained alpha that reached nobody.
    pub unowned: u64,
    /// Alpha recycled by the CK burn (spec §9.3).
    pub ck_burned: u64,
}

fn u96(x: u64) -> U96F32 {
    U96F32::from_num(x)
}

/// Stakes `amount` of alpha (already in SubnetAlphaOut) to (hotkey, coldkey). Returns what was
/// credited (0 if the share pool cannot represent it).
fn credit_stake(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
    amount: u64,
) -> DispatchResult<u64> {
    if amount == 0 {
        return Ok(0);
    }
    match shares::deposit(ext, hotkey, coldkey, netuid, amount) {
        Ok(()) => Ok(amount),
        Err(DispatchError::InsufficientLiquidity | DispatchError::Arithmetic) => Ok(0),
        Err(e) => Err(e),
    }
}

/// Raises a hotkey's pool value by `amount` (all nominators gain pro rata, shares unchanged).
/// A pool without shares cannot hold value: the amount goes to the hotkey's owner instead.
fn raise_pool(
    ext: &mut Ext,
    hotkey: &AccountId,
    owner: &AccountId,
    netuid: NetUid,
    amount: u64,
) -> DispatchResult<u64> {
    if amount == 0 {
        return Ok(0);
    }
    let mut pool = state::hotkey_pool(ext, hotkey, netuid)?;
    if pool.shares == 0 || pool.alpha == 0 {
        return credit_stake(ext, hotkey, owner, netuid, amount);
    }
    pool.alpha = pool.alpha.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
    state::set_hotkey_pool(ext, hotkey, netuid, &pool);
    Ok(amount)
}

/// Runs the epoch for `netuid` on `drained` and distributes (spec §3.7 distribute_emission).
pub fn distribute_emission(
    ext: &mut Ext,
    netuid: NetUid,
    drained: Drained,
) -> DispatchResult<Distribution> {
    let epoch_emission =
        drained.server.saturating_add(drained.validator).saturating_add(drained.root);
    let ctx = epoch_io::build_input(ext, netuid, epoch_emission)?;
    let out: EpochOutput = epoch::run_epoch(&ctx.input);
    epoch_io::write_output(ext, netuid, &ctx.neurons, &out)?;

    let mut dist = Distribution::default();
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    let tw = U96F32::from_num(sw::tao_weight(ext)?)
        .checked_div(U96F32::from_num(u64::MAX))
        .unwrap_or_default();

    // Per-hotkey incentive and dividend weights (BTreeMap = the chain's AccountId order).
    let mut incentives: BTreeMap<AccountId, u64> = BTreeMap::new();
    let mut dividends: BTreeMap<AccountId, u64> = BTreeMap::new();
    let tao_weight_raw = sw::tao_weight(ext)?;
    let mut ck_burned = 0u64;
    let relations = children::subnet_has_relations(ext, netuid)?;
    for (i, hk) in ctx.hotkeys.iter().enumerate() {
        let inc = out.emission.server.get(i).copied().unwrap_or(0);
        let div = out.emission.validator.get(i).copied().unwrap_or(0);
        *incentives.entry(*hk).or_default() += inc;
        // Step 3: parent/child redistribution (spec §9.3).
        let split = children::split_of(ext, hk, netuid, div, tao_weight_raw, relations)?;
        ck_burned = ck_burned.saturating_add(split.burned);
        for (to, d) in split.shares {
            let e = dividends.entry(to).or_default();
            *e = e.saturating_add(d);
        }
    }
    let incentive_sum: u128 = incentives.values().map(|&x| x as u128).sum();
    // Step 2: no incentive at all → validators also get the server pot.
    let pending_validator = if incentive_sum == 0 {
        drained.validator.saturating_add(drained.server)
    } else {
        drained.validator
    };
    // CK burn (see the module doc): recycled out of the validator pot.
    let ck_burned = ck_burned.min(pending_validator);
    let pending_validator = pending_validator - ck_burned;

    // Step 4: split each dividend by the hotkey's own stake composition.
    let mut alpha_divs: BTreeMap<AccountId, U96F32> = BTreeMap::new();
    let mut root_divs: BTreeMap<AccountId, U96F32> = BTreeMap::new();
    let (mut total_alpha, mut total_root) = (u96(0), u96(0));
    // Nothing has moved stake since the input was read: a uid's own stake is what it read
    // (parents outside the uid list are read here).
    let own: BTreeMap<&AccountId, (u64, u64)> =
        ctx.hotkeys.iter().zip(ctx.own_stake.iter().copied()).collect();
    for (hk, &d) in &dividends {
        if d == 0 {
            continue;
        }
        let (a, r) = match own.get(hk) {
            Some(&stake) => stake,
            None => (
                state::hotkey_pool(ext, hk, netuid)?.alpha,
                state::hotkey_pool(ext, hk, ROOT_NETUID)?.alpha,
            ),
        };
        let a = u96(a);
        let r = u96(r).saturating_mul(tw);
        let d = u96(d);
        let root_part = d.saturating_mul(r).checked_div(a.saturating_add(r)).unwrap_or_default();
        let alpha_part = d.saturating_sub(root_part);
        total_alpha = total_alpha.saturating_add(alpha_part);
        total_root = total_root.saturating_add(root_part);
        alpha_divs.insert(*hk, alpha_part);
        root_divs.insert(*hk, root_part);
    }

    // Step 5: owner cut to (owner hotkey, owner coldkey).
    dist.owner_cut = credit_stake(ext, &meta.owner_hotkey, &meta.owner, netuid, drained.owner_cut)?;

    // Step 6: miner incentives; owner hotkeys' incentive is withheld (burned by default).
    let mut owner_hotkeys: Vec<AccountId> = state::owned_hotkeys(ext, &meta.owner)?
        .into_iter()
        .filter(|h| ctx.hotkeys.contains(h))
        .collect();
    owner_hotkeys.push(meta.owner_hotkey);
    let recycle = hparams::get(ext, netuid, Hyperparam::RecycleOrBurn)? != 0;
    let mut recycled = 0u64;
    for (hk, &inc) in &incentives {
        if inc == 0 {
            continue;
        }
        if owner_hotkeys.contains(hk) {
            dist.incentive_burned = dist.incentive_burned.saturating_add(inc);
            if recycle {
                recycled = recycled.saturating_add(inc);
            }
            continue;
        }
        let owner = state::owner_of(ext, hk)?.unwrap_or(AccountId::ZERO);
        dist.incentive_paid =
            dist.incentive_paid.saturating_add(credit_stake(ext, hk, &owner, netuid, inc)?);
    }
    let miner_burned = if incentive_sum == 0 {
        u96(0)
    } else {
        u96(dist.incentive_burned).checked_div(U96F32::from_num(incentive_sum)).unwrap_or_default()
    };

    // Steps 7–8: alpha and root dividends, each with the delegate take paid to Owner[h].
    for (hk, alpha_part) in &alpha_divs {
        let owner = state::owner_of(ext, hk)?.unwrap_or(AccountId::ZERO);
        let take_frac = u96(state::delegate_take(ext, hk)? as u64)
            .checked_div(u96(u16::MAX as u64))
            .unwrap_or_default();
        let share = alpha_part.checked_div(total_alpha).unwrap_or_default();
        let payout = share.saturating_mul(u96(pending_validator));
        let take = payout.saturating_mul(take_frac);
        let rest = payout.saturating_sub(take);
        let paid = credit_stake(ext, hk, &owner, netuid, take.saturating_to_num::<u64>())?
            .saturating_add(raise_pool(ext, hk, &owner, netuid, rest.saturating_to_num::<u64>())?);
        dist.alpha_dividends = dist.alpha_dividends.saturating_add(paid);

        let root_part = root_divs.get(hk).copied().unwrap_or_default();
        if root_part > u96(0) {
            let share = root_part.checked_div(total_root).unwrap_or_default();
            let payout = share.saturating_mul(u96(drained.root));
            let take = payout.saturating_mul(take_frac);
            let rest = payout.saturating_sub(take).saturating_to_num::<u64>();
            dist.root_take = dist.root_take.saturating_add(credit_stake(
                ext,
                hk,
                &owner,
                netuid,
                take.saturating_to_num::<u64>(),
            )?);
            if root_claim::credit_claimable(ext, hk, netuid, rest)? {
                dist.root_unclaimed = dist.root_unclaimed.saturating_add(rest);
            } else {
                // More than the hotkey's root stake: staked to its owner (the chain's fallback).
                dist.root_take =
                    dist.root_take.saturating_add(credit_stake(ext, hk, &owner, netuid, rest)?);
            }
        }
    }

    dist.ck_burned = ck_burned;
    let credited = ck_burned as u128
        + dist.incentive_paid as u128
        + dist.incentive_burned as u128
        + dist.alpha_dividends as u128
        + dist.root_take as u128
        + dist.root_unclaimed as u128
        + dist.owner_cut as u128;
    // Burned incentive stays in AlphaOut as unowned; recycled incentive leaves AlphaOut.
    // Miners are paid as computed (spec §2.10), which can exceed the drained pots by flooring
    // dust; that dust is minted into AlphaOut and recorded.
    let total = drained.total();
    let residue = total.saturating_sub(credited).min(u64::MAX as u128) as u64;
    let excess = credited.saturating_sub(total).min(u64::MAX as u128) as u64;
    dist.unowned = residue.saturating_add(dist.incentive_burned.saturating_sub(recycled));

    let mut em = sw::subnet_emission(ext, netuid)?;
    em.alpha_unowned = em.alpha_unowned.saturating_add(dist.unowned);
    em.root_unclaimed = em.root_unclaimed.saturating_add(dist.root_unclaimed);
    em.alpha_overpaid = em.alpha_overpaid.saturating_add(excess);
    em.miner_burned_bits = miner_burned.to_bits();
    sw::set_subnet_emission(ext, netuid, &em);
    let recycled_total = recycled.saturating_add(ck_burned);
    if recycled_total > 0 || excess > 0 {
        let mut p = state::pool(ext, netuid)?;
        p.alpha_out = p.alpha_out.saturating_sub(recycled_total).saturating_add(excess);
        state::set_pool(ext, netuid, &p);
    }
    Ok(dist)
}
