//! Storage items of child keys and root claims (spec §3.8, §9.2, §9.3): `ChildKeys`,
//! `ParentKeys`, `PendingChildKeys`, `ChildkeyTake`, the per-(hotkey, netuid) transaction
//! rate-limit blocks, `RootClaimable`, `RootClaimed`, `RootClaimType` and
//! `RootClaimableThreshold`, and the staking-coldkey index of the root auto-claim
//! (`StakingColdkeysByIndex`, `StakingColdkeys`, `NumStakingColdkeys`), and the root
//! validators' `AutoParentDelegationEnabled` flag.
//!
//! Layout choice: every item here is keyed **netuid first** (`Item/<netuid>/...`), unlike the
//! chain's hotkey-first double maps, so dissolving a subnet clears them with one prefix delete
//! (`calls/dissolve.rs`). Lists keep the chain's stored order.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::codec::{self, Key};
use crate::error::DispatchResult;
use crate::storage::Ext;
use crate::types::{AccountId, BlockNumber, NetUid, ROOT_NETUID};

/// `(proportion, hotkey)` pairs; the proportion is a u64 fraction of `u64::MAX`.
pub type ChildList = Vec<(u64, AccountId)>;

/// `RootClaimableThreshold` default: 500_000 alpha-rao (spec §3.8), kept as I96F32 bits.
pub const DEFAULT_ROOT_CLAIM_THRESHOLD: u64 = 500_000;
/// `MAX_ROOT_CLAIM_THRESHOLD` (spec §3.8).
pub const MAX_ROOT_CLAIM_THRESHOLD: u64 = 10_000_000;
/// `MAX_SUBNET_CLAIMS`: most subnets one `claim_root` may name.
pub const MAX_SUBNET_CLAIMS: usize = 5;

/// `ChildKeys[parent][netuid]`.
pub fn child_keys(ext: &Ext, parent: &AccountId, netuid: NetUid) -> DispatchResult<ChildList> {
    ext.get_or(&Key::item("ChildKeys").u16(netuid).acct(parent), Vec::new())
}
/// Sets `ChildKeys[parent][netuid]` (an empty list deletes the row, like `set_childkeys`).
pub fn set_child_keys(
    ext: &mut Ext,
    parent: &AccountId,
    netuid: NetUid,
    list: &[(u64, AccountId)],
) {
    let k = Key::item("ChildKeys").u16(netuid).acct(parent);
    if list.is_empty() { ext.remove(&k) } else { ext.put(&k, &list) }
}
/// Whether any `ChildKeys[·][netuid]` row exists (a prefix scan, cached by the store).
pub fn any_child_keys(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    Ok(!ext.scan_raw(&Key::item("ChildKeys").u16(netuid))?.is_empty())
}
/// Whether any `ParentKeys[·][netuid]` row exists (a prefix scan, cached by the store).
pub fn any_parent_keys(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    Ok(!ext.scan_raw(&Key::item("ParentKeys").u16(netuid))?.is_empty())
}
/// `ParentKeys[child][netuid]`.
pub fn parent_keys(ext: &Ext, child: &AccountId, netuid: NetUid) -> DispatchResult<ChildList> {
    ext.get_or(&Key::item("ParentKeys").u16(netuid).acct(child), Vec::new())
}
/// Sets `ParentKeys[child][netuid]` (empty deletes).
pub fn set_parent_keys(
    ext: &mut Ext,
    child: &AccountId,
    netuid: NetUid,
    list: &[(u64, AccountId)],
) {
    let k = Key::item("ParentKeys").u16(netuid).acct(child);
    if list.is_empty() { ext.remove(&k) } else { ext.put(&k, &list) }
}

/// `PendingChildKeys[netuid][hotkey]` = (children, cooldown block).
pub fn pending_child_keys(
    ext: &Ext,
    netuid: NetUid,
    hotkey: &AccountId,
) -> DispatchResult<Option<(ChildList, BlockNumber)>> {
    ext.get(&Key::item("PendingChildKeys").u16(netuid).acct(hotkey))
}
/// Every pending set of a subnet, in account order.
pub fn all_pending_child_keys(
    ext: &Ext,
    netuid: NetUid,
) -> DispatchResult<Vec<(AccountId, (ChildList, BlockNumber))>> {
    Ok(ext
        .scan::<(ChildList, BlockNumber)>(&Key::item("PendingChildKeys").u16(netuid))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}
/// Sets (Some) or removes (None) a pending set.
pub fn set_pending_child_keys(
    ext: &mut Ext,
    netuid: NetUid,
    hotkey: &AccountId,
    v: Option<(&[(u64, AccountId)], BlockNumber)>,
) {
    let k = Key::item("PendingChildKeys").u16(netuid).acct(hotkey);
    match v {
        Some(v) => ext.put(&k, &v),
        None => ext.remove(&k),
    }
}

/// Stored `ChildkeyTake[hotkey][netuid]` (u16 proportion; 0 when never set). The effective
/// take is `children::childkey_take`.
pub fn childkey_take_stored(ext: &Ext, hotkey: &AccountId, netuid: NetUid) -> DispatchResult<u16> {
    ext.get_or(&Key::item("ChildkeyTake").u16(netuid).acct(hotkey), 0)
}
/// Sets `ChildkeyTake[hotkey][netuid]`.
pub fn set_childkey_take(ext: &mut Ext, hotkey: &AccountId, netuid: NetUid, take: u16) {
    ext.put(&Key::item("ChildkeyTake").u16(netuid).acct(hotkey), &take)
}

/// The `TransactionType`s whose last block is kept per (hotkey, netuid) here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxKind {
    /// `set_children` (rate limit 150 blocks).
    SetChildren,
    /// `set_childkey_take` increases (`TxChildkeyTakeRateLimit`).
    SetChildkeyTake,
}

impl TxKind {
    fn code(self) -> u16 {
        // The chain's `TransactionType` → u16 codes.
        match self {
            TxKind::SetChildren => 0,
            TxKind::SetChildkeyTake => 1,
        }
    }
}

/// `TransactionKeyLastBlock[(hotkey, netuid, tx)]` (0 = never).
pub fn last_tx_block(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    tx: TxKind,
) -> DispatchResult<BlockNumber> {
    ext.get_or(&Key::item("TxKeyLastBlock").u16(netuid).acct(hotkey).u16(tx.code()), 0)
}
/// Records the block of a rate-limited transaction.
pub fn set_last_tx_block(
    ext: &mut Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    tx: TxKind,
    b: BlockNumber,
) {
    ext.put(&Key::item("TxKeyLastBlock").u16(netuid).acct(hotkey).u16(tx.code()), &b)
}

// ------------------------------------------------------ auto-parent delegation (§5.4)
// Keyed by hotkey only (not netuid-first): the flag belongs to the root validator, not to a
// subnet, and outlives any subnet.

/// `AutoParentDelegationEnabled[hotkey]` (default true: a root validator is made a parent of
/// each new subnet's owner hotkey unless it opted out).
pub fn auto_parent_delegation(ext: &Ext, hotkey: &AccountId) -> DispatchResult<bool> {
    ext.get_or(&Key::item("AutoParentDelegationEnabled").acct(hotkey), true)
}
/// Sets `AutoParentDelegationEnabled[hotkey]` (stored explicitly either way, as the chain's
/// `insert` does).
pub fn set_auto_parent_delegation(ext: &mut Ext, hotkey: &AccountId, enabled: bool) {
    ext.put(&Key::item("AutoParentDelegationEnabled").acct(hotkey), &enabled)
}

// ---------------------------------------------------------------- root claims

/// `RootClaimable[hotkey][netuid]`: alpha claimable per unit of root stake (I96F32 bits).
pub fn root_claimable(ext: &Ext, hotkey: &AccountId, netuid: NetUid) -> DispatchResult<i128> {
    ext.get_or(&Key::item("RootClaimable").u16(netuid).acct(hotkey), 0)
}
/// Sets a claimable rate.
pub fn set_root_claimable(ext: &mut Ext, hotkey: &AccountId, netuid: NetUid, bits: i128) {
    ext.put(&Key::item("RootClaimable").u16(netuid).acct(hotkey), &bits)
}
/// Every (hotkey, rate bits) with a claimable rate on `netuid`.
pub fn root_claimable_on(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<(AccountId, i128)>> {
    Ok(ext
        .scan::<i128>(&Key::item("RootClaimable").u16(netuid))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}
/// Every hotkey with a non-zero claimable rate on a non-root subnet, with those (netuid, rate
/// bits) in ascending netuid order; hotkeys in account order (the order of `StakingHotkeys`).
/// A shared view of the item (rebuilt only after a rate changes): the auto-claim asks this every
/// block, and a coldkey may stake on thousands of hotkeys of which only root validators ever
/// have a rate.
pub fn root_claimable_by_hotkey(ext: &Ext) -> DispatchResult<Arc<ClaimableByHotkey>> {
    let prefix = Key::item("RootClaimable");
    let plen = prefix.bytes().len();
    ext.view(&prefix, |rows| {
        let mut out = ClaimableByHotkey::new();
        for (k, v) in rows {
            let part = &k[plen..];
            let (Some(netuid), Some(hotkey)) = (codec::key_u16(part, 0), codec::key_acct(part, 2))
            else {
                continue;
            };
            let bits: i128 = codec::decode(v)?;
            // Rows are netuid-major, so each hotkey's list is built in ascending netuid order.
            if netuid != ROOT_NETUID && bits != 0 {
                out.entry(hotkey).or_default().push((netuid, bits));
            }
        }
        Ok(out)
    })
}
/// Hotkey → its (netuid, claimable rate bits), see [`root_claimable_by_hotkey`].
pub type ClaimableByHotkey = BTreeMap<AccountId, Vec<(NetUid, i128)>>;
/// `RootClaimed[(netuid, hotkey, coldkey)]` (u128 alpha-rao, the reward-per-share debt).
pub fn root_claimed(
    ext: &Ext,
    netuid: NetUid,
    hotkey: &AccountId,
    coldkey: &AccountId,
) -> DispatchResult<u128> {
    ext.get_or(&Key::item("RootClaimed").u16(netuid).acct(hotkey).acct(coldkey), 0)
}
/// Sets `RootClaimed` (0 deletes).
pub fn set_root_claimed(
    ext: &mut Ext,
    netuid: NetUid,
    hotkey: &AccountId,
    coldkey: &AccountId,
    v: u128,
) {
    let k = Key::item("RootClaimed").u16(netuid).acct(hotkey).acct(coldkey);
    if v == 0 { ext.remove(&k) } else { ext.put(&k, &v) }
}

/// `RootClaimTypeEnum` (spec §3.8).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RootClaimType {
    /// Sell the claimed alpha for TAO and add it as root stake (default).
    #[default]
    Swap,
    /// Keep the claimed alpha staked on its subnet.
    Keep,
    /// Keep on the listed subnets, swap elsewhere.
    KeepSubnets {
        /// Subnets whose alpha is kept.
        subnets: Vec<NetUid>,
    },
}

impl RootClaimType {
    /// Whether a claim on `netuid` is swapped to root stake.
    pub fn swaps(&self, netuid: NetUid) -> bool {
        match self {
            RootClaimType::Swap => true,
            RootClaimType::Keep => false,
            RootClaimType::KeepSubnets { subnets } => !subnets.contains(&netuid),
        }
    }
}

/// `RootClaimType[coldkey]`.
pub fn root_claim_type(ext: &Ext, coldkey: &AccountId) -> DispatchResult<RootClaimType> {
    ext.get_or(&Key::item("RootClaimType").acct(coldkey), RootClaimType::Swap)
}
/// Sets `RootClaimType[coldkey]`.
pub fn set_root_claim_type(ext: &mut Ext, coldkey: &AccountId, t: &RootClaimType) {
    ext.put(&Key::item("RootClaimType").acct(coldkey), t)
}
/// `RootClaimableThreshold[netuid]` (alpha-rao; the chain stores it as I96F32).
pub fn root_claim_threshold(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    ext.get_or(&Key::item("RootClaimableThreshold").u16(netuid), DEFAULT_ROOT_CLAIM_THRESHOLD)
}

// ------------------------------------------------ staking-coldkey index (root auto-claim)
// Global items (not netuid-first): the index outlives any subnet.

/// `NumStakingColdkeys`: how many coldkeys the auto-claim index holds (indices `0..n`).
pub fn num_staking_coldkeys(ext: &Ext) -> DispatchResult<u64> {
    ext.get_or(&Key::item("NumStakingColdkeys"), 0)
}
/// Sets `NumStakingColdkeys`.
pub fn set_num_staking_coldkeys(ext: &mut Ext, n: u64) {
    ext.put(&Key::item("NumStakingColdkeys"), &n)
}
/// `StakingColdkeysByIndex[i]`.
pub fn staking_coldkey_by_index(ext: &Ext, i: u64) -> DispatchResult<Option<AccountId>> {
    ext.get(&Key::item("StakingColdkeysByIndex").u64(i))
}
/// Sets (Some) or removes (None) `StakingColdkeysByIndex[i]`.
pub fn set_staking_coldkey_by_index(ext: &mut Ext, i: u64, coldkey: Option<&AccountId>) {
    let k = Key::item("StakingColdkeysByIndex").u64(i);
    match coldkey {
        Some(c) => ext.put(&k, c),
        None => ext.remove(&k),
    }
}
/// `StakingColdkeys[coldkey]`: the coldkey's index.
pub fn staking_coldkey_index(ext: &Ext, coldkey: &AccountId) -> DispatchResult<Option<u64>> {
    ext.get(&Key::item("StakingColdkeys").acct(coldkey))
}
/// Sets (Some) or removes (None) `StakingColdkeys[coldkey]`.
pub fn set_staking_coldkey_index(ext: &mut Ext, coldkey: &AccountId, i: Option<u64>) {
    let k = Key::item("StakingColdkeys").acct(coldkey);
    match i {
        Some(i) => ext.put(&k, &i),
        None => ext.remove(&k),
    }
}
/// Every `StakingColdkeys` row (invariant checks).
pub fn all_staking_coldkeys(ext: &Ext) -> DispatchResult<Vec<(AccountId, u64)>> {
    Ok(ext
        .scan::<u64>(&Key::item("StakingColdkeys"))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}
/// Every `StakingColdkeysByIndex` row, ascending index (invariant checks).
pub fn all_staking_coldkeys_by_index(ext: &Ext) -> DispatchResult<Vec<(u64, AccountId)>> {
    Ok(ext
        .scan::<AccountId>(&Key::item("StakingColdkeysByIndex"))?
        .into_iter()
        .filter_map(|(k, v)| key_u64(&k).map(|i| (i, v)))
        .collect())
}

/// The big-endian u64 a `StakingColdkeysByIndex` key part starts with.
fn key_u64(key: &[u8]) -> Option<u64> {
    Some(u64::from_be_bytes(key.get(0..8)?.try_into().ok()?))
}
