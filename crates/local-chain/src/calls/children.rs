//! Child-key calls (spec §9.2): `set_children` (67) with its checks in the chain's order,
//! the `PendingChildKeys` queue and its application at the end of a block in which the subnet's
//! epoch fired (spec §1 step 7), and `set_childkey_take` (75).
//!
//! Choice: `set_childkey_take` on a subnet that does not exist fails with `SubnetNotExists`
//! (the chain stores the take anyway, in a row nothing ever reads or clears).

use std::collections::{BTreeMap, BTreeSet};

use substrate_fixed::types::U64F64;

use crate::children;
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::state::{self, Global};
use crate::state_children::{self as sc, ChildList, TxKind};
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID};

/// `set_children` rate limit (blocks, per (hotkey, netuid)).
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// Most children one hotkey may have.
pub const MAX_CHILDREN: usize = 5;

/// `check_passes_rate_limit`: the first transaction (last = 0) or `limit` blocks later.
fn passes(limit: u64, now: u64, last: u64) -> bool {
    last == 0 || now.saturating_sub(last) >= limit
}

/// `get_total_stake_for_hotkey`: Σ over subnets of the hotkey's alpha at the spot price.
pub fn total_stake_tao(ext: &Ext, hotkey: &AccountId) -> DispatchResult<u64> {
    let mut total = U64F64::from_num(0);
    for netuid in state::netuids(ext)? {
        let alpha = state::hotkey_pool(ext, hotkey, netuid)?.alpha;
        if alpha == 0 {
            continue;
        }
        let price = crate::pool::price(ext, netuid)?;
        total = total.saturating_add(U64F64::from_num(alpha).saturating_mul(price));
    }
    Ok(total.saturating_to_num::<u64>())
}

/// The pivot's new children (deduplicated, last wins, self dropped) checked against its
/// parents (`ensure_pending_consistency` / `link_children`).
fn checked_children(
    pivot: &AccountId,
    children: &[(u64, AccountId)],
    parents: &ChildList,
    count_limit: bool,
) -> DispatchResult<BTreeMap<AccountId, u64>> {
    let mut map = BTreeMap::new();
    for (p, c) in children {
        map.insert(*c, *p);
    }
    if map.contains_key(pivot) {
        return Err(DispatchError::InvalidChild);
    }
    if count_limit && map.len() > MAX_CHILDREN {
        return Err(DispatchError::TooManyChildren);
    }
    let total: u128 = map.values().map(|&p| p as u128).sum();
    if total > u64::MAX as u128 {
        return Err(DispatchError::ProportionOverflow);
    }
    if map.keys().any(|c| parents.iter().any(|(_, p)| p == c)) {
        return Err(DispatchError::ChildParentInconsistency);
    }
    Ok(map)
}

/// `set_children(hotkey, netuid, children)` (67), signer = the hotkey's coldkey.
pub fn set_children(
    ext: &mut Ext,
    origin: Origin,
    hotkey: &AccountId,
    netuid: NetUid,
    children: &[(u64, AccountId)],
) -> DispatchResult {
    let coldkey = origin.signed()?;
    let now = ext.now;
    if !passes(
        SET_CHILDREN_RATE_LIMIT,
        now,
        sc::last_tx_block(ext, hotkey, netuid, TxKind::SetChildren)?,
    ) {
        return Err(DispatchError::TxRateLimitExceeded);
    }
    if netuid == ROOT_NETUID {
        return Err(DispatchError::RegistrationNotPermittedOnRootSubnet);
    }
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    if state::owner_of(ext, hotkey)? != Some(coldkey) {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    let mut seen = BTreeSet::new();
    for (_, c) in children {
        if !seen.insert(*c) {
            return Err(DispatchError::DuplicateChild);
        }
    }
    let parents = sc::parent_keys(ext, hotkey, netuid)?;
    checked_children(hotkey, children, &parents, true)?;
    if !children.is_empty()
        && total_stake_tao(ext, hotkey)? < state::global(ext, Global::StakeThreshold)?
        && meta.owner_hotkey != *hotkey
    {
        return Err(DispatchError::NotEnoughStakeToSetChildkeys);
    }
    sc::set_last_tx_block(ext, hotkey, netuid, TxKind::SetChildren, now);
    if !meta.subtoken_enabled {
        // Before start_call the change applies at once.
        persist_ok(ext, netuid, hotkey, children)?;
        return Ok(());
    }
    let cooldown = now.saturating_add(state::global(ext, Global::PendingChildKeyCooldown)?);
    sc::set_pending_child_keys(ext, netuid, hotkey, Some((children, cooldown)));
    ext.deposit_event(Event::SetChildrenScheduled {
        hotkey: *hotkey,
        netuid,
        cooldown_block: cooldown,
        children: children.to_vec(),
    });
    Ok(())
}

/// `do_set_pending_children` (spec §1 step 7): applies every pending set of `netuid` whose
/// cooldown has passed (or all of them before start_call), then drops them from the queue.
pub fn apply_pending(ext: &mut Ext, netuid: NetUid) -> DispatchResult {
    let started = state::subnet_meta(ext, netuid)?.is_some_and(|m| m.subtoken_enabled);
    let now = ext.now;
    for (hotkey, (children, cooldown)) in sc::all_pending_child_keys(ext, netuid)? {
        if cooldown < now || !started {
            persist_ok(ext, netuid, &hotkey, &children)?;
            sc::set_pending_child_keys(ext, netuid, &hotkey, None);
        }
    }
    Ok(())
}

/// `persist_pending_chidren_ok`: writes the relations if they are still consistent (else the
/// set is dropped silently, as on the chain) and emits `SetChildren`.
fn persist_ok(
    ext: &mut Ext,
    netuid: NetUid,
    pivot: &AccountId,
    children: &[(u64, AccountId)],
) -> DispatchResult {
    let parents = sc::parent_keys(ext, pivot, netuid)?;
    let without_self: Vec<(u64, AccountId)> =
        children.iter().filter(|(_, c)| c != pivot).copied().collect();
    let Ok(new_children) = checked_children(pivot, &without_self, &parents, false) else {
        return Ok(());
    };
    persist(ext, netuid, pivot, &new_children, &parents)?;
    ext.deposit_event(Event::SetChildren { hotkey: *pivot, netuid, children: children.to_vec() });
    Ok(())
}

fn upsert(list: &mut ChildList, p: u64, who: &AccountId) {
    match list.iter_mut().find(|(_, w)| w == who) {
        Some(slot) => slot.0 = p,
        None => list.push((p, *who)),
    }
}

/// `persist_child_parent_relations`: rewrites `ChildKeys[pivot]` (account order) and keeps
/// every affected `ParentKeys[child]` consistent; the pivot's own parents are kept (rewritten
/// in account order, as the chain does).
fn persist(
    ext: &mut Ext,
    netuid: NetUid,
    pivot: &AccountId,
    new_children: &BTreeMap<AccountId, u64>,
    parents: &ChildList,
) -> DispatchResult {
    let prev: BTreeSet<AccountId> =
        sc::child_keys(ext, pivot, netuid)?.into_iter().map(|(_, c)| c).collect();
    let list: ChildList = new_children.iter().map(|(c, p)| (*p, *c)).collect();
    sc::set_child_keys(ext, pivot, netuid, &list);
    for (child, p) in new_children {
        let mut pk = sc::parent_keys(ext, child, netuid)?;
        upsert(&mut pk, *p, pivot);
        sc::set_parent_keys(ext, child, netuid, &pk);
    }
    for removed in prev.iter().filter(|c| !new_children.contains_key(*c)) {
        let mut pk = sc::parent_keys(ext, removed, netuid)?;
        pk.retain(|(_, w)| w != pivot);
        sc::set_parent_keys(ext, removed, netuid, &pk);
    }
    let parents: BTreeMap<AccountId, u64> =
        parents.iter().filter(|(_, p)| p != pivot).map(|(w, p)| (*p, *w)).collect();
    let plist: ChildList = parents.iter().map(|(p, w)| (*w, *p)).collect();
    sc::set_parent_keys(ext, pivot, netuid, &plist);
    for (parent, w) in &parents {
        let mut ck = sc::child_keys(ext, parent, netuid)?;
        upsert(&mut ck, *w, pivot);
        sc::set_child_keys(ext, parent, netuid, &ck);
    }
    Ok(())
}

/// `set_childkey_take(hotkey, netuid, take)` (75): the owner sets a take in
/// [effective min, MaxChildkeyTake]; increases are rate-limited by `TxChildkeyTakeRateLimit`.
pub fn set_childkey_take(
    ext: &mut Ext,
    origin: Origin,
    hotkey: &AccountId,
    netuid: NetUid,
    take: u16,
) -> DispatchResult {
    let coldkey = origin.signed()?;
    if state::owner_of(ext, hotkey)? != Some(coldkey) {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    let min = children::effective_min_take(ext, netuid)?;
    if take < min || take as u64 > state::global(ext, Global::MaxChildkeyTake)? {
        return Err(DispatchError::InvalidChildkeyTake);
    }
    let now = ext.now;
    if take > children::childkey_take(ext, hotkey, netuid)? {
        let limit = state::global(ext, Global::TxChildkeyTakeRateLimit)?;
        let last = sc::last_tx_block(ext, hotkey, netuid, TxKind::SetChildkeyTake)?;
        if !passes(limit, now, last) {
            return Err(DispatchError::TxChildkeyTakeRateLimitExceeded);
        }
    }
    sc::set_last_tx_block(ext, hotkey, netuid, TxKind::SetChildkeyTake, now);
    sc::set_childkey_take(ext, hotkey, netuid, take);
    ext.deposit_event(Event::ChildKeyTakeSet { hotkey: *hotkey, take });
    Ok(())
}
