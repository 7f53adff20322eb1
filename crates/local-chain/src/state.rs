//! Typed storage items (the `#[pallet::storage]` declarations of this chain), as accessors over
//! an `Ext`. Names follow subtensor's storage names (spec §10.3); defaults are the `ValueQuery`
//! defaults. Per-subnet hyperparameters live in `hparams.rs`.

use serde::{Deserialize, Serialize};

use crate::codec::{self, Key};
use crate::error::DispatchResult;
use crate::storage::Ext;
use crate::types::{AccountId, Alpha, Balance, BlockNumber, NetUid, Uid};

// ---------------------------------------------------------------- System / Balances

/// `System.Account.nonce`.
pub fn nonce(ext: &Ext, who: &AccountId) -> DispatchResult<u64> {
    ext.get_or(&Key::item("System.Nonce").acct(who), 0)
}
/// Sets the nonce.
pub fn set_nonce(ext: &mut Ext, who: &AccountId, n: u64) {
    ext.put(&Key::item("System.Nonce").acct(who), &n)
}
/// `Balances.Account.free`.
pub fn free(ext: &Ext, who: &AccountId) -> DispatchResult<Balance> {
    ext.get_or(&Key::item("Balances.Free").acct(who), 0)
}
/// Sets the free balance (0 deletes the row).
pub fn set_free(ext: &mut Ext, who: &AccountId, v: Balance) {
    let k = Key::item("Balances.Free").acct(who);
    if v == 0 { ext.remove(&k) } else { ext.put(&k, &v) }
}
/// Every (account, free balance), in account order.
pub fn all_free(ext: &Ext) -> DispatchResult<Vec<(AccountId, Balance)>> {
    Ok(ext
        .scan::<Balance>(&Key::item("Balances.Free"))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}
/// `Balances.TotalIssuance` (mirrored as SubtensorModule `TotalIssuance`).
pub fn total_issuance(ext: &Ext) -> DispatchResult<Balance> {
    ext.get_or(&Key::item("TotalIssuance"), 0)
}
/// Sets total issuance.
pub fn set_total_issuance(ext: &mut Ext, v: Balance) {
    ext.put(&Key::item("TotalIssuance"), &v)
}
/// `Sudo.Key`.
pub fn sudo_key(ext: &Ext) -> DispatchResult<Option<AccountId>> {
    ext.get(&Key::item("Sudo.Key"))
}
/// Sets the sudo key.
pub fn set_sudo_key(ext: &mut Ext, who: &AccountId) {
    ext.put(&Key::item("Sudo.Key"), who)
}

// ---------------------------------------------------------------- global u64 parameters

/// Global parameters stored as u64 under `Global.<name>` (spec §6 "Global, root-only").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Global {
    /// `TotalStake`.
    TotalStake,
    /// `NetworkRateLimit` (blocks between subnet registrations).
    NetworkRateLimit,
    /// `NetworkMinLockCost` (rao).
    NetworkMinLockCost,
    /// `NetworkLastLockCost` (rao).
    NetworkLastLockCost,
    /// Block of the last lock (`NetworkLastLockBlock`).
    NetworkLastLockBlock,
    /// Block of the last subnet registration (rate limit); 0 with `NetworkEverRegistered` false.
    NetworkLastRegistered,
    /// 1 once any subnet was registered (drives the lock-cost multiplier, spec §5.4).
    NetworkEverRegistered,
    /// `NetworkLockReductionInterval` (blocks).
    NetworkLockReductionInterval,
    /// `NetworkImmunityPeriod`.
    NetworkImmunityPeriod,
    /// `NetworkRegistrationStartBlock`.
    NetworkRegistrationStartBlock,
    /// `SubnetLimit`.
    SubnetLimit,
    /// `StartCallDelay`.
    StartCallDelay,
    /// `BlockEmission` (rao/block; scales the lock reduction interval, spec §5.4).
    BlockEmission,
    /// `DefaultMinStake` (rao).
    DefaultMinStake,
    /// `MinDelegateTake` (u16 proportion).
    MinDelegateTake,
    /// `MaxDelegateTake` (u16 proportion).
    MaxDelegateTake,
    /// `TxDelegateTakeRateLimit`.
    TxDelegateTakeRateLimit,
    /// `TxRateLimit`.
    TxRateLimit,
    /// `AdminFreezeWindow`.
    AdminFreezeWindow,
    /// `OwnerHyperparamRateLimit` (in tempos).
    OwnerHyperparamRateLimit,
    /// `NominatorMinRequiredStake`.
    NominatorMinRequiredStake,
    /// `SubnetOwnerCut` (u16 proportion).
    SubnetOwnerCut,
    /// `StakeThreshold`.
    StakeThreshold,
    /// `MinChildkeyTake` (u16 proportion).
    MinChildkeyTake,
    /// `MaxChildkeyTake` (u16 proportion).
    MaxChildkeyTake,
    /// `TxChildkeyTakeRateLimit` (blocks).
    TxChildkeyTakeRateLimit,
    /// `CKBurn` (u64 proportion of a parent's dividend from another coldkey's child, recycled).
    CkBurn,
    /// `PendingChildKeyCooldown` (blocks).
    PendingChildKeyCooldown,
    /// `NumRootClaim` (coldkeys auto-claimed per block).
    NumRootClaim,
    /// `RAORecycledForRegistration` summed over subnets (informational).
    TotalRecycledForRegistration,
    /// Transaction fees recycled so far (informational; issuance already reduced).
    TotalFeesRecycled,
    /// Swap fees burned because there is no block author (informational).
    TotalSwapFeesBurned,
}

impl Global {
    /// Every parameter, for listing.
    pub const ALL: [Global; 32] = [
        Global::TotalStake,
        Global::NetworkRateLimit,
        Global::NetworkMinLockCost,
        Global::NetworkLastLockCost,
        Global::NetworkLastLockBlock,
        Global::NetworkLastRegistered,
        Global::NetworkEverRegistered,
        Global::NetworkLockReductionInterval,
        Global::NetworkImmunityPeriod,
        Global::NetworkRegistrationStartBlock,
        Global::SubnetLimit,
        Global::StartCallDelay,
        Global::BlockEmission,
        Global::DefaultMinStake,
        Global::MinDelegateTake,
        Global::MaxDelegateTake,
        Global::TxDelegateTakeRateLimit,
        Global::TxRateLimit,
        Global::AdminFreezeWindow,
        Global::OwnerHyperparamRateLimit,
        Global::NominatorMinRequiredStake,
        Global::SubnetOwnerCut,
        Global::StakeThreshold,
        Global::MinChildkeyTake,
        Global::MaxChildkeyTake,
        Global::TxChildkeyTakeRateLimit,
        Global::CkBurn,
        Global::PendingChildKeyCooldown,
        Global::NumRootClaim,
        Global::TotalRecycledForRegistration,
        Global::TotalFeesRecycled,
        Global::TotalSwapFeesBurned,
    ];

    /// Runtime default (spec §4.5, §5.4, §6, §7).
    pub fn default_value(self) -> u64 {
        match self {
            Global::NetworkRateLimit => 7200,
            Global::NetworkMinLockCost => 1000 * crate::types::TAO,
            Global::NetworkLastLockCost => 1000 * crate::types::TAO,
            Global::NetworkLockReductionInterval => 14 * 7200,
            Global::NetworkImmunityPeriod => 1_296_000,
            Global::SubnetLimit => 128,
            Global::BlockEmission => 500_000_000,
            Global::DefaultMinStake => 2_000_000,
            Global::MaxDelegateTake => 11_796,
            Global::TxDelegateTakeRateLimit => 216_000,
            Global::TxRateLimit => 1000,
            Global::AdminFreezeWindow => 10,
            Global::OwnerHyperparamRateLimit => 2,
            Global::SubnetOwnerCut => 11_796,
            Global::MaxChildkeyTake => 11_796,
            Global::TxChildkeyTakeRateLimit => 216_000,
            Global::PendingChildKeyCooldown => 7200,
            Global::NumRootClaim => 5,
            _ => 0,
        }
    }

    /// Whether `sudo_set_global` may set it (bookkeeping counters may not).
    pub fn settable(self) -> bool {
        !matches!(
            self,
            Global::TotalStake
                | Global::NetworkLastLockBlock
                | Global::NetworkLastRegistered
                | Global::NetworkEverRegistered
                | Global::TotalRecycledForRegistration
                | Global::TotalFeesRecycled
                | Global::TotalSwapFeesBurned
        )
    }

    fn key(self) -> Key {
        Key::item("Global").str(&format!("{self:?}"))
    }
}

/// Reads a global parameter.
pub fn global(ext: &Ext, g: Global) -> DispatchResult<u64> {
    ext.get_or(&g.key(), g.default_value())
}
/// Writes a global parameter.
pub fn set_global(ext: &mut Ext, g: Global, v: u64) {
    ext.put(&g.key(), &v)
}

// ---------------------------------------------------------------- subnets

/// `NetworksAdded[netuid]`.
pub fn subnet_exists(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    ext.exists(&Key::item("NetworksAdded").u16(netuid))
}
/// Marks a subnet added / removed.
pub fn set_subnet_added(ext: &mut Ext, netuid: NetUid, added: bool) {
    let k = Key::item("NetworksAdded").u16(netuid);
    if added { ext.put(&k, &true) } else { ext.remove(&k) }
}
/// All added netuids, ascending.
pub fn netuids(ext: &Ext) -> DispatchResult<Vec<NetUid>> {
    // Read several times a block; the list is a shared view until a subnet is added or removed.
    let prefix = Key::item("NetworksAdded");
    let plen = prefix.bytes().len();
    let list = ext.view(&prefix, |rows| {
        Ok(rows.iter().filter_map(|(k, _)| codec::key_u16(&k[plen..], 0)).collect::<Vec<_>>())
    })?;
    Ok(list.to_vec())
}

/// Subnet identity (`SubnetIdentitiesV3`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetIdentity {
    /// Subnet name (≤ 256 bytes).
    pub subnet_name: String,
    /// GitHub repo (≤ 1024).
    pub github_repo: String,
    /// Contact (≤ 1024).
    pub subnet_contact: String,
    /// URL (≤ 1024).
    pub subnet_url: String,
    /// Discord (≤ 256).
    pub discord: String,
    /// Description (≤ 1024).
    pub description: String,
    /// Logo URL (≤ 1024).
    pub logo_url: String,
    /// Additional (≤ 1024).
    pub additional: String,
}

/// Registry facts of one subnet (several subtensor items kept in one row because they are
/// always read together: `SubnetOwner`, `SubnetOwnerHotkey`, `NetworkRegisteredAt`,
/// `SubnetMechanism`, `FirstEmissionBlockNumber`, `SubtokenEnabled`, `SubnetLocked`,
/// `TokenSymbol`, `SubnetIdentitiesV3`, `LastEpochBlock`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetMeta {
    /// Owner coldkey.
    pub owner: AccountId,
    /// Owner hotkey.
    pub owner_hotkey: AccountId,
    /// Registration block.
    pub registered_at: BlockNumber,
    /// 0 = stable (root), 1 = dynamic.
    pub mechanism: u16,
    /// Set by start_call.
    pub first_emission_block: Option<BlockNumber>,
    /// `SubtokenEnabled`.
    pub subtoken_enabled: bool,
    /// TAO locked at registration.
    pub locked: Balance,
    /// Token symbol.
    pub symbol: String,
    /// Identity, if set.
    pub identity: Option<SubnetIdentity>,
    /// `LastEpochBlock` (the epoch engine advances it; part 2).
    pub last_epoch_block: BlockNumber,
}

/// Reads a subnet's registry row.
pub fn subnet_meta(ext: &Ext, netuid: NetUid) -> DispatchResult<Option<SubnetMeta>> {
    ext.get(&Key::item("SubnetMeta").u16(netuid))
}
/// Writes a subnet's registry row.
pub fn set_subnet_meta(ext: &mut Ext, netuid: NetUid, m: &SubnetMeta) {
    ext.put(&Key::item("SubnetMeta").u16(netuid), m)
}

/// Pool and accounting state of one subnet (spec §4.1, §4.2, §5.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetPool {
    /// `SubnetTAO` (TAO reserve, y).
    pub tao: Balance,
    /// `SubnetAlphaIn` (alpha reserve, x).
    pub alpha_in: Alpha,
    /// `SubnetAlphaOut` (alpha outside the pool).
    pub alpha_out: Alpha,
    /// `Swap.SwapBalancer` quote-weight parts (Perquintill, 5e17 = 50/50).
    pub quote_weight: u64,
    /// `Swap.FeeRate` (u16 / 65535).
    pub fee_rate: u16,
    /// `SubnetVolume`.
    pub volume: u128,
    /// `RAORecycledForRegistration`.
    pub recycled_for_registration: Balance,
    /// `Burn` (current registration price).
    pub burn: Balance,
    /// `RegistrationsThisBlock`.
    pub registrations_this_block: u16,
    /// `RegistrationsThisInterval`.
    pub registrations_this_interval: u16,
    /// `SubnetMovingPrice` (I96F32 bits; updated by emission, part 2).
    pub moving_price_bits: i128,
}

/// Reads a subnet's pool row.
pub fn pool(ext: &Ext, netuid: NetUid) -> DispatchResult<SubnetPool> {
    ext.get_or(&Key::item("SubnetPool").u16(netuid), SubnetPool::default())
}
/// Writes a subnet's pool row.
pub fn set_pool(ext: &mut Ext, netuid: NetUid, p: &SubnetPool) {
    ext.put(&Key::item("SubnetPool").u16(netuid), p)
}

// ---------------------------------------------------------------- neurons

/// Per-uid neuron row (`Keys`, `BlockAtRegistration`, `Active`, `Emission`, `ValidatorPermit`,
/// `LastUpdate`; the epoch engine writes the score fields in part 2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeuronRow {
    /// `Keys[netuid][uid]`.
    pub hotkey: AccountId,
    /// `BlockAtRegistration`.
    pub registered_at: BlockNumber,
    /// `LastUpdate`.
    pub last_update: BlockNumber,
    /// `Active`.
    pub active: bool,
    /// `ValidatorPermit`.
    pub validator_permit: bool,
    /// `Emission` (last epoch).
    pub emission: u64,
    /// `Incentive` (u16 proportion).
    pub incentive: u16,
    /// `Dividends` (u16 proportion).
    pub dividends: u16,
    /// `Consensus` (u16 proportion).
    pub consensus: u16,
    /// `ValidatorTrust` (u16 proportion).
    pub validator_trust: u16,
}

/// `SubnetworkN`.
pub fn subnet_n(ext: &Ext, netuid: NetUid) -> DispatchResult<u16> {
    ext.get_or(&Key::item("SubnetworkN").u16(netuid), 0)
}
/// Sets `SubnetworkN`.
pub fn set_subnet_n(ext: &mut Ext, netuid: NetUid, n: u16) {
    ext.put(&Key::item("SubnetworkN").u16(netuid), &n)
}
/// Reads a neuron row.
pub fn neuron(ext: &Ext, netuid: NetUid, uid: Uid) -> DispatchResult<Option<NeuronRow>> {
    ext.get(&Key::item("Neuron").u16(netuid).u16(uid))
}
/// Writes a neuron row.
pub fn set_neuron(ext: &mut Ext, netuid: NetUid, uid: Uid, row: &NeuronRow) {
    ext.put(&Key::item("Neuron").u16(netuid).u16(uid), row)
}
/// All neuron rows of a subnet, by uid.
pub fn neurons(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<(Uid, NeuronRow)>> {
    // Uids are dense (0..SubnetworkN), so one point read per uid; a prefix scan of the item
    // would miss the cache after every epoch of any subnet (writes drop the item's scans).
    let n = subnet_n(ext, netuid)?;
    let mut out = Vec::with_capacity(n as usize);
    for uid in 0..n {
        if let Some(row) = ext.get(&Key::item("Neuron").u16(netuid).u16(uid))? {
            out.push((uid, row));
        }
    }
    Ok(out)
}
/// `Uids[netuid][hotkey]`.
pub fn uid_of(ext: &Ext, netuid: NetUid, hotkey: &AccountId) -> DispatchResult<Option<Uid>> {
    ext.get(&Key::item("Uids").u16(netuid).acct(hotkey))
}
/// Sets / clears `Uids[netuid][hotkey]` (and `IsNetworkMember`).
pub fn set_uid_of(ext: &mut Ext, netuid: NetUid, hotkey: &AccountId, uid: Option<Uid>) {
    let k = Key::item("Uids").u16(netuid).acct(hotkey);
    let m = Key::item("IsNetworkMember").acct(hotkey).u16(netuid);
    match uid {
        Some(u) => {
            ext.put(&k, &u);
            ext.put(&m, &true);
        }
        None => {
            ext.remove(&k);
            ext.remove(&m);
        }
    }
}
/// Netuids where `hotkey` holds a uid.
pub fn member_of(ext: &Ext, hotkey: &AccountId) -> DispatchResult<Vec<NetUid>> {
    Ok(ext
        .scan::<bool>(&Key::item("IsNetworkMember").acct(hotkey))?
        .into_iter()
        .filter_map(|(k, _)| codec::key_u16(&k, 0))
        .collect())
}

// ---------------------------------------------------------------- hotkeys and stake

/// `Owner[hotkey]` → coldkey.
pub fn owner_of(ext: &Ext, hotkey: &AccountId) -> DispatchResult<Option<AccountId>> {
    ext.get(&Key::item("Owner").acct(hotkey))
}
/// Creates the hotkey → coldkey association (+ `OwnedHotkeys`).
pub fn set_owner(ext: &mut Ext, hotkey: &AccountId, coldkey: &AccountId) {
    ext.put(&Key::item("Owner").acct(hotkey), coldkey);
    ext.put(&Key::item("OwnedHotkeys").acct(coldkey).acct(hotkey), &true);
}
/// `OwnedHotkeys[coldkey]`.
pub fn owned_hotkeys(ext: &Ext, coldkey: &AccountId) -> DispatchResult<Vec<AccountId>> {
    Ok(ext
        .scan::<bool>(&Key::item("OwnedHotkeys").acct(coldkey))?
        .into_iter()
        .filter_map(|(k, _)| codec::key_acct(&k, 0))
        .collect())
}
/// `Delegates[hotkey]` take (ValueQuery default 11796 = 18%, spec §9.1).
pub fn delegate_take(ext: &Ext, hotkey: &AccountId) -> DispatchResult<u16> {
    ext.get_or(&Key::item("Delegates").acct(hotkey), 11_796)
}
/// Whether the hotkey is an explicit delegate.
pub fn is_delegate(ext: &Ext, hotkey: &AccountId) -> DispatchResult<bool> {
    ext.exists(&Key::item("Delegates").acct(hotkey))
}
/// Sets the delegate take.
pub fn set_delegate_take(ext: &mut Ext, hotkey: &AccountId, take: u16) {
    ext.put(&Key::item("Delegates").acct(hotkey), &take)
}
/// Block of the last take change (`LastTxBlockDelegateTake`).
pub fn last_take_block(ext: &Ext, hotkey: &AccountId) -> DispatchResult<Option<BlockNumber>> {
    ext.get(&Key::item("LastTxBlockDelegateTake").acct(hotkey))
}
/// Records a take change.
pub fn set_last_take_block(ext: &mut Ext, hotkey: &AccountId, b: BlockNumber) {
    ext.put(&Key::item("LastTxBlockDelegateTake").acct(hotkey), &b)
}

/// One (hotkey, netuid) share pool (spec §4.4): value V (`TotalHotkeyAlpha`) and the share
/// denominator D (`TotalHotkeySharesV2`). Shares are u128 integers here (see `shares.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HotkeyPool {
    /// `TotalHotkeyAlpha[hotkey][netuid]`.
    pub alpha: Alpha,
    /// `TotalHotkeySharesV2[hotkey][netuid]`.
    pub shares: u128,
}

/// Reads a hotkey's pool on a subnet.
pub fn hotkey_pool(ext: &Ext, hotkey: &AccountId, netuid: NetUid) -> DispatchResult<HotkeyPool> {
    ext.get_or(&Key::item("HotkeyPool").acct(hotkey).u16(netuid), HotkeyPool::default())
}
/// Writes a hotkey's pool (deleted when empty).
pub fn set_hotkey_pool(ext: &mut Ext, hotkey: &AccountId, netuid: NetUid, p: &HotkeyPool) {
    let k = Key::item("HotkeyPool").acct(hotkey).u16(netuid);
    if p.alpha == 0 && p.shares == 0 { ext.remove(&k) } else { ext.put(&k, p) }
}
/// Every hotkey pool on every subnet: ((hotkey, netuid), pool).
pub fn all_hotkey_pools(ext: &Ext) -> DispatchResult<Vec<((AccountId, NetUid), HotkeyPool)>> {
    Ok(ext
        .scan::<HotkeyPool>(&Key::item("HotkeyPool"))?
        .into_iter()
        .filter_map(|(k, v)| Some(((codec::key_acct(&k, 0)?, codec::key_u16(&k, 32)?), v)))
        .collect())
}
/// `AlphaV2[(hotkey, coldkey, netuid)]` shares.
pub fn shares_of(
    ext: &Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult<u128> {
    ext.get_or(&Key::item("Alpha").acct(hotkey).u16(netuid).acct(coldkey), 0)
}
/// Sets shares (0 deletes) and keeps the `StakeIndex` / `StakingHotkeys` indexes in sync.
/// `was` is the current share count: the index rows exist exactly when it is non-zero, so a
/// top-up (every dividend paid to a staker) writes only the `Alpha` row.
pub fn set_shares_of(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
    was: u128,
    s: u128,
) {
    let k = Key::item("Alpha").acct(hotkey).u16(netuid).acct(coldkey);
    if s == 0 {
        ext.remove(&k);
        ext.remove(&Key::item("StakeIndex").acct(coldkey).acct(hotkey).u16(netuid));
    } else {
        ext.put(&k, &s);
        if was == 0 {
            ext.put(&Key::item("StakeIndex").acct(coldkey).acct(hotkey).u16(netuid), &true);
            ext.put(&Key::item("StakingHotkeys").acct(coldkey).acct(hotkey), &true);
        }
    }
}
/// All (coldkey, shares) in one hotkey pool.
pub fn pool_members(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult<Vec<(AccountId, u128)>> {
    Ok(ext
        .scan::<u128>(&Key::item("Alpha").acct(hotkey).u16(netuid))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}
/// All (hotkey, netuid) where `coldkey` holds shares.
pub fn positions_of(ext: &Ext, coldkey: &AccountId) -> DispatchResult<Vec<(AccountId, NetUid)>> {
    Ok(ext
        .scan::<bool>(&Key::item("StakeIndex").acct(coldkey))?
        .into_iter()
        .filter_map(|(k, _)| Some((codec::key_acct(&k, 0)?, codec::key_u16(&k, 32)?)))
        .collect())
}
/// `StakingHotkeys[coldkey]`.
pub fn staking_hotkeys(ext: &Ext, coldkey: &AccountId) -> DispatchResult<Vec<AccountId>> {
    Ok(ext
        .scan::<bool>(&Key::item("StakingHotkeys").acct(coldkey))?
        .into_iter()
        .filter_map(|(k, _)| codec::key_acct(&k, 0))
        .collect())
}

/// Whether `hotkey` is in `StakingHotkeys[coldkey]`.
pub fn is_staking_hotkey(
    ext: &Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
) -> DispatchResult<bool> {
    ext.exists(&Key::item("StakingHotkeys").acct(coldkey).acct(hotkey))
}

// ---------------------------------------------------------------- rate limits

/// `LastRateLimitedBlock[key]` (owner hyperparameter updates, owner hotkey changes, ...).
pub fn last_rate_limited(
    ext: &Ext,
    what: &str,
    netuid: NetUid,
) -> DispatchResult<Option<BlockNumber>> {
    ext.get(&Key::item("LastRateLimitedBlock").u16(netuid).str(what))
}
/// Records a rate-limited action.
pub fn set_last_rate_limited(ext: &mut Ext, what: &str, netuid: NetUid, b: BlockNumber) {
    ext.put(&Key::item("LastRateLimitedBlock").u16(netuid).str(what), &b)
}
