//! Neuron registration (spec §5.1–5.3, §5.8): the burn price rule, burned_register /
//! register_limit, root_register, uid assignment and pruning, hotkey association.

use crate::currency::{self, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::hparams::{self, Hyperparam};
use crate::pool;
use crate::state::{self, Global, NeuronRow};
use crate::storage::Ext;
use crate::swap::{Direction, SwapRequest};
use crate::types::{AccountId, Balance, NetUid, ROOT_NETUID, Uid};

const Q32_ONE: u128 = 1 << 32;

/// mul_q32(v, f) = min(u64::MAX, (v·f) >> 32) (spec §5.1).
pub fn mul_q32(v: u64, f: u64) -> u64 {
    (((v as u128) * (f as u128)) >> 32).min(u64::MAX as u128) as u64
}

/// pow_q32(q, e): square-and-multiply with mul_q32, starting from 1.0 = 2^32.
pub fn pow_q32(q: u64, mut e: u64) -> u64 {
    let mut result = Q32_ONE as u64;
    let mut base = q;
    while e > 0 {
        if e & 1 == 1 {
            result = mul_q32(result, base);
        }
        base = mul_q32(base, base);
        e >>= 1;
    }
    result
}

/// The per-block decay factor f(h): the largest q in [0, 2^32) with pow_q32(q, h) ≤ 2^31,
/// by the chain's binary search.
pub fn decay_factor(half_life: u64) -> u64 {
    let (mut lo, mut hi): (u64, u64) = (0, 1 << 32);
    while lo + 1 < hi {
        let mid = lo + (hi - lo) / 2;
        if pow_q32(mid, half_life) > (1 << 31) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    lo
}

/// [`decay_factor`] memoized per process: a pure function of the half-life, and its binary
/// search (32 `pow_q32` calls) ran for every subnet in every block.
fn decay_factor_cached(half_life: u64) -> u64 {
    thread_local! {
        static MEMO: std::cell::RefCell<std::collections::HashMap<u64, u64>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    MEMO.with(|m| *m.borrow_mut().entry(half_life).or_insert_with(|| decay_factor(half_life)))
}

/// on_initialize step 1 (spec §1, §5.1): decay every subnet's burn, clamp, reset per-block
/// counters. Root's interval counter resets every block (its LastEpochBlock never advances,
/// spec §5.8 quirk).
pub fn update_registration_prices(ext: &mut Ext) -> DispatchResult {
    let now = ext.now;
    for netuid in state::netuids(ext)? {
        let mut p = state::pool(ext, netuid)?;
        let half_life = hparams::get_u64(ext, netuid, Hyperparam::BurnHalfLife)?;
        if half_life > 0 && now > 1 {
            p.burn = mul_q32(p.burn, decay_factor_cached(half_life));
        }
        p.burn = clamp_burn(ext, netuid, p.burn)?;
        p.registrations_this_block = 0;
        if netuid == ROOT_NETUID {
            p.registrations_this_interval = 0;
        }
        state::set_pool(ext, netuid, &p);
    }
    Ok(())
}

fn clamp_burn(ext: &Ext, netuid: NetUid, burn: u64) -> DispatchResult<u64> {
    let min = hparams::get_u64(ext, netuid, Hyperparam::MinBurn)?;
    let max = hparams::get_u64(ext, netuid, Hyperparam::MaxBurn)?;
    Ok(burn.max(min).min(max.max(min)))
}

/// burn ← floor(U64F64(burn) · max(mult, 1)), clamped (spec §5.1).
fn bump_burn(ext: &Ext, netuid: NetUid, burn: u64) -> DispatchResult<u64> {
    let mult_bits =
        hparams::get(ext, netuid, Hyperparam::BurnIncreaseMult)?.max(hparams::ONE_U64F64) as u128;
    let mult = substrate_fixed::types::U64F64::from_bits(mult_bits);
    let bumped = substrate_fixed::types::U64F64::from_num(burn)
        .saturating_mul(mult)
        .saturating_to_num::<u64>();
    clamp_burn(ext, netuid, bumped)
}

/// Associates a hotkey with a coldkey, or checks the existing association.
pub fn ensure_hotkey_owner(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
) -> DispatchResult {
    match state::owner_of(ext, hotkey)? {
        Some(o) if o == *coldkey => Ok(()),
        Some(_) => Err(DispatchError::NonAssociatedColdKey),
        None => {
            if currency::is_module_account(hotkey) {
                return Err(DispatchError::SystemAccount);
            }
            state::set_owner(ext, hotkey, coldkey);
            ext.deposit_event(Event::HotkeyAssociated { hotkey: *hotkey, coldkey: *coldkey });
            Ok(())
        }
    }
}

/// `try_associate_hotkey` (91).
pub fn try_associate_hotkey(ext: &mut Ext, origin: Origin, hotkey: &AccountId) -> DispatchResult {
    let coldkey = origin.signed()?;
    ensure_hotkey_owner(ext, &coldkey, hotkey)
}

/// `burned_register` / `register` / `register_limit` (spec §5.2).
pub fn burned_register(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    hotkey: &AccountId,
    limit_price: Option<Balance>,
) -> DispatchResult {
    let coldkey = origin.signed()?;
    // 1. Validate.
    if netuid == ROOT_NETUID {
        return Err(DispatchError::RegistrationNotPermittedOnRootSubnet);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    if hparams::get(ext, netuid, Hyperparam::RegistrationAllowed)? == 0 {
        return Err(DispatchError::SubNetRegistrationDisabled);
    }
    if state::uid_of(ext, netuid, hotkey)?.is_some() {
        return Err(DispatchError::HotKeyAlreadyRegisteredInSubNet);
    }
    let mut p = state::pool(ext, netuid)?;
    let burn = p.burn;
    if let Some(limit) = limit_price
        && burn > limit
    {
        return Err(DispatchError::RegistrationPriceLimitExceeded);
    }
    if state::free(ext, &coldkey)? < burn {
        return Err(DispatchError::NotEnoughBalanceToRecycle);
    }
    if let Some(o) = state::owner_of(ext, hotkey)?
        && o != coldkey
    {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    let max_uids = hparams::get_u64(ext, netuid, Hyperparam::MaxAllowedUids)?;
    if max_uids == 0 {
        return Err(DispatchError::MaxAllowedUidsIsZero);
    }
    let n = state::subnet_n(ext, netuid)? as u64;
    let prune = if n >= max_uids {
        Some(neuron_to_prune(ext, netuid)?.ok_or(DispatchError::NoNeuronIdAvailable)?)
    } else {
        None
    };
    ensure_hotkey_owner(ext, &coldkey, hotkey)?;
    // 2. Pay: min(Burn, balance − ED) to the subnet account, buy alpha with the normal fee and
    // destroy it (AlphaOut −= bought). The fee stays in the subnet account, untracked.
    let paid = burn.min(currency::reducible(ext, &coldkey)?);
    let account = AccountId::subnet_account(netuid);
    currency::transfer(ext, &coldkey, &account, paid, Existence::KeepAlive)?;
    if paid > 0 {
        let bought = pool::execute(ext, netuid, SwapRequest::market(Direction::TaoToAlpha, paid))?;
        let mut after = state::pool(ext, netuid)?;
        after.alpha_out = after.alpha_out.saturating_sub(bought.paid_out);
        p = after;
    }
    // 3. Uid.
    let uid = match prune {
        None => append_neuron(ext, netuid, hotkey)?,
        Some(uid) => replace_neuron(ext, netuid, uid, hotkey)?,
    };
    // 4. Bump burn and counters (re-read: append/replace don't touch the pool row).
    p.burn = bump_burn(ext, netuid, burn)?;
    p.registrations_this_block = p.registrations_this_block.saturating_add(1);
    p.registrations_this_interval = p.registrations_this_interval.saturating_add(1);
    p.recycled_for_registration = p.recycled_for_registration.saturating_add(burn);
    state::set_pool(ext, netuid, &p);
    let total = state::global(ext, Global::TotalRecycledForRegistration)?;
    state::set_global(ext, Global::TotalRecycledForRegistration, total.saturating_add(burn));
    let _ = uid;
    Ok(())
}

/// Appends `hotkey` as the next uid (spec §5.2 "Append").
pub fn append_neuron(ext: &mut Ext, netuid: NetUid, hotkey: &AccountId) -> DispatchResult<Uid> {
    let uid = state::subnet_n(ext, netuid)?;
    let now = ext.now;
    state::set_neuron(
        ext,
        netuid,
        uid,
        &NeuronRow {
            hotkey: *hotkey,
            registered_at: now,
            last_update: now,
            active: true,
            ..Default::default()
        },
    );
    state::set_uid_of(ext, netuid, hotkey, Some(uid));
    state::set_subnet_n(ext, netuid, uid + 1);
    ext.deposit_event(Event::NeuronRegistered { netuid, uid, hotkey: *hotkey });
    Ok(uid)
}

/// Replaces the neuron at `uid` (spec §5.2 "Replace"); stake follows the hotkey, not the uid.
fn replace_neuron(
    ext: &mut Ext,
    netuid: NetUid,
    uid: Uid,
    hotkey: &AccountId,
) -> DispatchResult<Uid> {
    if let Some(old) = state::neuron(ext, netuid, uid)? {
        let owner_hotkey = state::subnet_meta(ext, netuid)?.map(|m| m.owner_hotkey);
        if owner_hotkey == Some(old.hotkey) {
            // The chain refuses to replace the owner hotkey (silent no-op).
            return Err(DispatchError::NoNeuronIdAvailable);
        }
        state::set_uid_of(ext, netuid, &old.hotkey, None);
    }
    // `clear_neuron`: the replaced uid's weights and bonds rows go with the old hotkey.
    crate::state_weights::clear_uid(ext, netuid, uid)?;
    let now = ext.now;
    state::set_neuron(
        ext,
        netuid,
        uid,
        &NeuronRow {
            hotkey: *hotkey,
            registered_at: now,
            last_update: now,
            active: true,
            ..Default::default()
        },
    );
    state::set_uid_of(ext, netuid, hotkey, Some(uid));
    ext.deposit_event(Event::NeuronRegistered { netuid, uid, hotkey: *hotkey });
    Ok(uid)
}

/// `get_neuron_to_prune` (spec §5.3).
pub fn neuron_to_prune(ext: &Ext, netuid: NetUid) -> DispatchResult<Option<Uid>> {
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    let rows = state::neurons(ext, netuid)?;
    // Immortal: the owner hotkey first, then the owner's other hotkeys by (reg block, uid),
    // capped at ImmuneOwnerUidsLimit in total.
    let limit = hparams::get_u64(ext, netuid, Hyperparam::ImmuneOwnerUidsLimit)? as usize;
    let mut owner_uids: Vec<(u64, Uid, bool)> = Vec::new();
    for (uid, row) in &rows {
        if row.hotkey == meta.owner_hotkey {
            owner_uids.push((0, *uid, true));
        } else if state::owner_of(ext, &row.hotkey)? == Some(meta.owner) {
            owner_uids.push((row.registered_at, *uid, false));
        }
    }
    owner_uids.sort_by_key(|&(b, u, is_owner_hk)| (!is_owner_hk, b, u));
    let immortal: Vec<Uid> = owner_uids.iter().take(limit).map(|&(_, u, _)| u).collect();
    let immunity = hparams::get_u64(ext, netuid, Hyperparam::ImmunityPeriod)?;
    let now = ext.now;
    let mut immune = Vec::new();
    let mut non_immune = Vec::new();
    for (uid, row) in &rows {
        if immortal.contains(uid) {
            continue;
        }
        let key = (row.emission, row.registered_at, *uid);
        if now.saturating_sub(row.registered_at) < immunity {
            immune.push(key);
        } else {
            non_immune.push(key);
        }
    }
    immune.sort();
    non_immune.sort();
    let min_non_immune = hparams::get_u64(ext, netuid, Hyperparam::MinNonImmuneUids)? as usize;
    Ok(if non_immune.len() > min_non_immune {
        non_immune.first().map(|k| k.2)
    } else {
        immune.first().map(|k| k.2)
    })
}

/// `root_register` (62): up to MaxAllowedUids[0] (64); when full, replaces the uid with the
/// lowest root stake if the newcomer has more. Per-block limit applies (spec §5.8).
pub fn root_register(ext: &mut Ext, origin: Origin, hotkey: &AccountId) -> DispatchResult {
    let coldkey = origin.signed()?;
    if state::uid_of(ext, ROOT_NETUID, hotkey)?.is_some() {
        return Err(DispatchError::HotKeyAlreadyRegisteredInSubNet);
    }
    let mut p = state::pool(ext, ROOT_NETUID)?;
    let per_block = hparams::get_u64(ext, ROOT_NETUID, Hyperparam::MaxRegsPerBlock)?;
    if p.registrations_this_block as u64 >= per_block {
        return Err(DispatchError::TooManyRegistrationsThisBlock);
    }
    let target = hparams::get_u64(ext, ROOT_NETUID, Hyperparam::TargetRegsPerInterval)?;
    if p.registrations_this_interval as u64 >= target.saturating_mul(3) {
        return Err(DispatchError::TooManyRegistrationsThisInterval);
    }
    ensure_hotkey_owner(ext, &coldkey, hotkey)?;
    let max = hparams::get_u64(ext, ROOT_NETUID, Hyperparam::MaxAllowedUids)?;
    let n = state::subnet_n(ext, ROOT_NETUID)? as u64;
    if n < max {
        append_neuron(ext, ROOT_NETUID, hotkey)?;
    } else {
        let mine = state::hotkey_pool(ext, hotkey, ROOT_NETUID)?.alpha;
        let mut lowest: Option<(u64, Uid)> = None;
        for (uid, row) in state::neurons(ext, ROOT_NETUID)? {
            let s = state::hotkey_pool(ext, &row.hotkey, ROOT_NETUID)?.alpha;
            if lowest.is_none_or(|(ls, _)| s < ls) {
                lowest = Some((s, uid));
            }
        }
        match lowest {
            Some((s, uid)) if mine > s => {
                replace_neuron(ext, ROOT_NETUID, uid, hotkey)?;
            }
            _ => return Err(DispatchError::NoNeuronIdAvailable),
        }
    }
    if !state::is_delegate(ext, hotkey)? {
        state::set_delegate_take(ext, hotkey, 11_796);
    }
    p.registrations_this_block = p.registrations_this_block.saturating_add(1);
    p.registrations_this_interval = p.registrations_this_interval.saturating_add(1);
    state::set_pool(ext, ROOT_NETUID, &p);
    Ok(())
}
