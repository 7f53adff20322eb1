//! Storage items of part 2 (weights, commit-reveal, epoch scheduling, emission accounting),
//! kept apart from `state.rs`: `Weights`, `Bonds`, `WeightCommits` (spec §8.2), the per-subnet
//! scheduler and pending-emission row (spec §3.6, §3.7), chain-level emission totals and the
//! few global coinbase parameters (`TaoWeight`, `SubnetMovingAlpha`, `MaxEpochsPerBlock`).

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::codec::{self, Key};
use crate::error::DispatchResult;
use crate::state;
use crate::storage::Ext;
use crate::types::{AccountId, BlockNumber, Hash, NetUid, Uid};

/// Runtime default `TaoWeight` (spec §2.4): ≈ 0.052677 of u64::MAX.
pub const DEFAULT_TAO_WEIGHT: u64 = 971_718_665_099_567_868;
/// `SubnetMovingAlpha` default 0.000003 as I96F32 bits (the chain converts the float literal,
/// rounding to nearest: 3e-6 · 2^32 = 12884.9 → 12885).
pub const DEFAULT_MOVING_ALPHA_BITS: i128 = 12_885;
/// `MaxEpochsPerBlock` (runtime prod value, spec §3.7).
pub const DEFAULT_MAX_EPOCHS_PER_BLOCK: u64 = 2;
/// At most this many outstanding v2 commits per hotkey (spec §8.2).
pub const MAX_OUTSTANDING_COMMITS: usize = 10;

// ---------------------------------------------------------------- weights and bonds

/// One sparse row: (uid_j, u16 value) in stored order.
pub type SparseU16Row = Vec<(Uid, u16)>;

/// `Weights[netuid][uid]`: (uid_j, u16) in submission order.
pub fn weights_row(ext: &Ext, netuid: NetUid, uid: Uid) -> DispatchResult<Vec<(Uid, u16)>> {
    ext.get_or(&Key::item("Weights").u16(netuid).u16(uid), Vec::new())
}
/// Sets a weights row (empty deletes).
pub fn set_weights_row(ext: &mut Ext, netuid: NetUid, uid: Uid, row: &[(Uid, u16)]) {
    let k = Key::item("Weights").u16(netuid).u16(uid);
    if row.is_empty() { ext.remove(&k) } else { ext.put_encoded(&k, codec::encode_u16_pairs(row)) }
}
/// Every weights row of a subnet, by uid.
pub fn weights(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<(Uid, SparseU16Row)>> {
    Ok(weights_view(ext, netuid)?.to_vec())
}

/// Every weights row of a subnet, by uid, decoded once and shared until one of the subnet's
/// rows is written (validators set weights about once a tempo; every epoch reads them all).
pub fn weights_view(ext: &Ext, netuid: NetUid) -> DispatchResult<Arc<Vec<(Uid, SparseU16Row)>>> {
    let prefix = Key::item("Weights").u16(netuid);
    let plen = prefix.bytes().len();
    ext.view(&prefix, |rows| {
        let mut out = Vec::with_capacity(rows.len());
        for (k, v) in rows {
            if let Some(uid) = codec::key_u16(&k[plen..], 0) {
                out.push((uid, codec::decode_u16_pairs(v)?));
            }
        }
        Ok(out)
    })
}
/// Every `(u16, u16)` row of a subnet's uids (`item[netuid][uid]`, uids dense below
/// `SubnetworkN`), by uid: point reads, like `state::neurons`.
fn u16_pair_rows(
    ext: &Ext,
    item: &str,
    netuid: NetUid,
) -> DispatchResult<Vec<(Uid, SparseU16Row)>> {
    let n = state::subnet_n(ext, netuid)?;
    let mut out = Vec::new();
    for uid in 0..n {
        let row = ext.get_raw_with(&Key::item(item).u16(netuid).u16(uid), |v| {
            v.map(codec::decode_u16_pairs).transpose()
        })??;
        if let Some(row) = row {
            out.push((uid, row));
        }
    }
    Ok(out)
}
/// `Bonds[netuid][uid]`.
pub fn bonds_row(ext: &Ext, netuid: NetUid, uid: Uid) -> DispatchResult<Vec<(Uid, u16)>> {
    ext.get_or(&Key::item("Bonds").u16(netuid).u16(uid), Vec::new())
}
/// Sets a bonds row (empty deletes).
pub fn set_bonds_row(ext: &mut Ext, netuid: NetUid, uid: Uid, row: &[(Uid, u16)]) {
    let k = Key::item("Bonds").u16(netuid).u16(uid);
    if row.is_empty() { ext.remove(&k) } else { ext.put_encoded(&k, codec::encode_u16_pairs(row)) }
}
/// `clear_neuron` for part-2 storage: drops a uid's weights and bonds rows (only writes when
/// a row exists, so write sets stay minimal).
pub fn clear_uid(ext: &mut Ext, netuid: NetUid, uid: Uid) -> DispatchResult {
    if !weights_row(ext, netuid, uid)?.is_empty() {
        set_weights_row(ext, netuid, uid, &[]);
    }
    if !bonds_row(ext, netuid, uid)?.is_empty() {
        set_bonds_row(ext, netuid, uid, &[]);
    }
    Ok(())
}
/// Every bonds row of a subnet, by uid.
pub fn bonds(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<(Uid, SparseU16Row)>> {
    u16_pair_rows(ext, "Bonds", netuid)
}

// ---------------------------------------------------------------- commit-reveal v2

/// One hash commit (spec §8.2): the chain's `(hash, commit_epoch, commit_block, _)` tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeightCommit {
    /// BlakeTwo256 of the SCALE-encoded reveal payload.
    pub hash: Hash,
    /// `current_epoch_with_lookahead` at commit time.
    pub commit_epoch: u64,
    /// The block the commit was made in.
    pub commit_block: BlockNumber,
}

/// `WeightCommits[netuid][hotkey]`, oldest first.
pub fn commits(ext: &Ext, netuid: NetUid, hotkey: &AccountId) -> DispatchResult<Vec<WeightCommit>> {
    ext.get_or(&Key::item("WeightCommits").u16(netuid).acct(hotkey), Vec::new())
}
/// Sets a hotkey's commit queue (empty deletes).
pub fn set_commits(ext: &mut Ext, netuid: NetUid, hotkey: &AccountId, q: &[WeightCommit]) {
    let k = Key::item("WeightCommits").u16(netuid).acct(hotkey);
    if q.is_empty() { ext.remove(&k) } else { ext.put(&k, &q) }
}
/// Every (hotkey, queue) of a subnet, in account order.
pub fn all_commits(
    ext: &Ext,
    netuid: NetUid,
) -> DispatchResult<Vec<(AccountId, Vec<WeightCommit>)>> {
    Ok(ext
        .scan::<Vec<WeightCommit>>(&Key::item("WeightCommits").u16(netuid))?
        .into_iter()
        .filter_map(|(k, v)| codec::key_acct(&k, 0).map(|a| (a, v)))
        .collect())
}

// ---------------------------------------------------------------- per-subnet emission row

/// Scheduler state, pending emission and the last block's coinbase facts of one subnet
/// (subtensor: `BlocksSinceLastStep`, `PendingEpochAt`, `SubnetEpochIndex`,
/// `LastMechansimStepBlock`, `PendingServerEmission`, `PendingValidatorEmission`,
/// `PendingRootAlphaDivs`, `PendingOwnerCut`, `SubnetProtocolAlpha`, `MinerBurned`,
/// `SubnetTaoInEmission`, `SubnetAlphaInEmission`, `SubnetAlphaOutEmission`,
/// `SubnetExcessTao`, `RootProp`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetEmission {
    /// `BlocksSinceLastStep`.
    pub blocks_since_last_step: u64,
    /// `PendingEpochAt` (0 = none).
    pub pending_epoch_at: BlockNumber,
    /// `SubnetEpochIndex`.
    pub epoch_index: u64,
    /// `LastMechansimStepBlock` (sic): block of the last epoch that distributed.
    pub last_mechanism_step_block: BlockNumber,
    /// `PendingServerEmission` (alpha).
    pub pending_server: u64,
    /// `PendingValidatorEmission` (alpha).
    pub pending_validator: u64,
    /// `PendingRootAlphaDivs` (alpha).
    pub pending_root: u64,
    /// `PendingOwnerCut` (alpha).
    pub pending_owner_cut: u64,
    /// `SubnetProtocolAlpha`: alpha bought by chain buys, held by the protocol (in AlphaOut).
    pub protocol_alpha: u64,
    /// Alpha minted into `SubnetAlphaOut` that no staker holds: burned owner-hotkey incentive,
    /// pots with no recipient, flooring residues (spec §12.5). Cumulative.
    pub alpha_unowned: u64,
    /// Root dividends credited to hotkeys' root-claimable accounting and not claimed yet
    /// (`claim_root` is not implemented; the alpha stays in AlphaOut). Cumulative.
    pub root_unclaimed: u64,
    /// Flooring dust by which miner payouts exceeded the drained pots, minted into AlphaOut
    /// (informational; cumulative).
    pub alpha_overpaid: u64,
    /// `MinerBurned` (U96F32 bits).
    pub miner_burned_bits: u128,
    /// `SubnetTaoInEmission` of the last block.
    pub tao_in_emission: u64,
    /// `SubnetAlphaInEmission` of the last block.
    pub alpha_in_emission: u64,
    /// `SubnetAlphaOutEmission` of the last block.
    pub alpha_out_emission: u64,
    /// `SubnetExcessTao` of the last block.
    pub excess_tao: u64,
    /// `RootProp` (U96F32 bits).
    pub root_prop_bits: u128,
}

impl SubnetEmission {
    /// Alpha counted in `SubnetAlphaOut` that is not staked to any hotkey (invariant 3).
    pub fn alpha_outside_stake(&self) -> u128 {
        [
            self.pending_server,
            self.pending_validator,
            self.pending_root,
            self.pending_owner_cut,
            self.protocol_alpha,
            self.alpha_unowned,
            self.root_unclaimed,
        ]
        .iter()
        .map(|&x| x as u128)
        .sum()
    }
}

/// Reads a subnet's emission row.
pub fn subnet_emission(ext: &Ext, netuid: NetUid) -> DispatchResult<SubnetEmission> {
    ext.get_or(&Key::item("SubnetEmission").u16(netuid), SubnetEmission::default())
}
/// Writes a subnet's emission row.
pub fn set_subnet_emission(ext: &mut Ext, netuid: NetUid, s: &SubnetEmission) {
    ext.put(&Key::item("SubnetEmission").u16(netuid), s)
}

// ---------------------------------------------------------------- chain-level totals

/// Chain-wide emission accounting (spec §3.1): every block mints `e` and recycles what the
/// coinbase did not place, so ΔTotalIssuance = `block_emission` − `recycled` per block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmissionTotals {
    /// `BlockEmission` of the last block (rao).
    pub block_emission: u64,
    /// Σ block emissions since genesis (rao).
    pub emitted: u128,
    /// Σ unspent credit recycled (rao).
    pub recycled: u128,
    /// Σ recycled in the last block (rao).
    pub last_recycled: u64,
}

/// Reads the totals.
pub fn totals(ext: &Ext) -> DispatchResult<EmissionTotals> {
    ext.get_or(&Key::item("EmissionTotals"), EmissionTotals::default())
}
/// Writes the totals.
pub fn set_totals(ext: &mut Ext, t: &EmissionTotals) {
    ext.put(&Key::item("EmissionTotals"), t)
}

/// `TaoWeight` (u64 proportion).
pub fn tao_weight(ext: &Ext) -> DispatchResult<u64> {
    ext.get_or(&Key::item("TaoWeight"), DEFAULT_TAO_WEIGHT)
}
/// Sets `TaoWeight`.
pub fn set_tao_weight(ext: &mut Ext, v: u64) {
    ext.put(&Key::item("TaoWeight"), &v)
}
/// `SubnetMovingAlpha` (I96F32 bits).
pub fn moving_alpha_bits(ext: &Ext) -> DispatchResult<i128> {
    ext.get_or(&Key::item("SubnetMovingAlpha"), DEFAULT_MOVING_ALPHA_BITS)
}
/// `MaxEpochsPerBlock`.
pub fn max_epochs_per_block(ext: &Ext) -> DispatchResult<u64> {
    ext.get_or(&Key::item("MaxEpochsPerBlock"), DEFAULT_MAX_EPOCHS_PER_BLOCK)
}
/// Sets `MaxEpochsPerBlock`.
pub fn set_max_epochs_per_block(ext: &mut Ext, v: u64) {
    ext.put(&Key::item("MaxEpochsPerBlock"), &v)
}

/// Whether the demo policy drives this subnet's synthetic validators (demo preset only).
pub fn demo_policy_on(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    ext.exists(&Key::item("DemoPolicy").u16(netuid))
}
/// Turns the demo policy on for a subnet, naming its synthetic validators (uids).
pub fn set_demo_policy(ext: &mut Ext, netuid: NetUid, validators: &[Uid]) {
    ext.put(&Key::item("DemoPolicy").u16(netuid), &validators)
}
/// The synthetic validators of a demo subnet (empty if the policy is off).
pub fn demo_validators(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<Uid>> {
    ext.get_or(&Key::item("DemoPolicy").u16(netuid), Vec::new())
}
/// Every subnet with the demo policy on.
pub fn demo_policy_subnets(ext: &Ext) -> DispatchResult<Vec<NetUid>> {
    Ok(ext
        .scan::<Vec<Uid>>(&Key::item("DemoPolicy"))?
        .into_iter()
        .filter_map(|(k, _)| codec::key_u16(&k, 0))
        .collect())
}
