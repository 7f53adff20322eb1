//! Weights (spec §8): `set_weights` with the chain's validation order and u16 max-upscale, and
//! hash commit-reveal v2 (`commit_weights` / `reveal_weights`, reveal window by epochs).
//!
//! Timelocked (drand, "CRv3") commits (spec §8.3) are out of scope: this chain has no drand
//! pulses; subnets with commit-reveal on use the v2 hash path. Mechanisms (sub-subnets) are not
//! modelled: every subnet has mechanism 0 only, so idx = netuid.

use substrate_fixed::types::I32F32;

use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::hparams::{self, Hyperparam};
use crate::state::{self, Global};
use crate::state_weights::{self as sw, MAX_OUTSTANDING_COMMITS, WeightCommit};
use crate::storage::Ext;
use crate::types::{AccountId, Hash, NetUid, ROOT_NETUID, Uid};

/// `CommitRevealWeightsEnabled[netuid]`.
pub fn commit_reveal_enabled(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    Ok(hparams::get(ext, netuid, Hyperparam::CommitRevealWeightsEnabled)? != 0)
}

/// `vec_u16_max_upscale_to_u16` (spec §8.1): scale so the largest value becomes 65535, in
/// I32F32, rounding half away from zero.
pub fn max_upscale(values: &[u16]) -> Vec<u16> {
    let fixed: Vec<I32F32> = values.iter().map(|&v| I32F32::from_num(v)).collect();
    let Some(&max) = fixed.iter().max() else { return Vec::new() };
    if max == I32F32::from_num(0) {
        return values.to_vec();
    }
    let u16_max = I32F32::from_num(u16::MAX);
    if max > I32F32::from_num(32_768) {
        let ratio = u16_max.checked_div(max).unwrap_or_default();
        return fixed
            .iter()
            .map(|e| e.saturating_mul(ratio).round().saturating_to_num::<u16>())
            .collect();
    }
    fixed
        .iter()
        .map(|e| {
            e.saturating_mul(u16_max)
                .checked_div(max)
                .unwrap_or_default()
                .round()
                .saturating_to_num::<u16>()
        })
        .collect()
}

/// Total stake weight of a hotkey on a subnet: alpha + root stake · tao_weight (spec §2.4; no
/// child keys on this chain), floored.
fn stake_weight(ext: &Ext, hotkey: &AccountId, netuid: NetUid) -> DispatchResult<u64> {
    use substrate_fixed::types::U96F32;
    let alpha = state::hotkey_pool(ext, hotkey, netuid)?.alpha;
    let root = state::hotkey_pool(ext, hotkey, ROOT_NETUID)?.alpha;
    let tw = U96F32::from_num(sw::tao_weight(ext)?)
        .checked_div(U96F32::from_num(u64::MAX))
        .unwrap_or_default();
    let total = U96F32::from_num(alpha).saturating_add(U96F32::from_num(root).saturating_mul(tw));
    Ok(total.saturating_to_num::<u64>())
}

/// `current_epoch_with_lookahead` seen by extrinsics: on_initialize has already run this
/// block's epochs, so it is the subnet's epoch index.
pub fn current_epoch(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    Ok(sw::subnet_emission(ext, netuid)?.epoch_index)
}

fn reveal_period(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    hparams::get_u64(ext, netuid, Hyperparam::CommitRevealPeriod)
}

/// Whether a commit made in `commit_epoch` has expired (spec §8.2).
pub fn is_expired(ext: &Ext, netuid: NetUid, commit_epoch: u64) -> DispatchResult<bool> {
    Ok(current_epoch(ext, netuid)? > commit_epoch.saturating_add(reveal_period(ext, netuid)?))
}

/// `set_weights` (spec §8.1), signer = hotkey. Rejected with `CommitRevealEnabled` when
/// commit-reveal is on for the subnet.
pub fn set_weights(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    dests: &[Uid],
    weights: &[u16],
    version_key: u64,
) -> DispatchResult {
    let hotkey = origin.signed()?;
    if commit_reveal_enabled(ext, netuid)? {
        return Err(DispatchError::CommitRevealEnabled);
    }
    do_set_weights(ext, &hotkey, netuid, dests, weights, version_key, false)
}

/// `do_set_weights`: the checks of spec §8.1 in the chain's order, then the write. `revealed`
/// = called from a reveal (commit-reveal on): no rate limit, `LastUpdate` untouched.
pub fn do_set_weights(
    ext: &mut Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    dests: &[Uid],
    weights: &[u16],
    version_key: u64,
    revealed: bool,
) -> DispatchResult {
    if netuid == ROOT_NETUID {
        return Err(DispatchError::CanNotSetRootNetworkWeights);
    }
    if dests.len() != weights.len() {
        return Err(DispatchError::WeightVecNotEqualSize);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    let n = state::subnet_n(ext, netuid)?;
    if dests.len() > n as usize {
        return Err(DispatchError::UidsLengthExceedUidsInSubNet);
    }
    let uid =
        state::uid_of(ext, netuid, hotkey)?.ok_or(DispatchError::HotKeyNotRegisteredInSubNet)?;
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    let is_owner = meta.owner_hotkey == *hotkey;
    if !is_owner && stake_weight(ext, hotkey, netuid)? < state::global(ext, Global::StakeThreshold)?
    {
        return Err(DispatchError::NotEnoughStakeToSetWeights);
    }
    let required = hparams::get_u64(ext, netuid, Hyperparam::WeightsVersion)?;
    if required != 0 && version_key < required {
        return Err(DispatchError::IncorrectWeightVersionKey);
    }
    let mut row =
        state::neuron(ext, netuid, uid)?.ok_or(DispatchError::HotKeyNotRegisteredInSubNet)?;
    if !revealed {
        let limit = hparams::get_u64(ext, netuid, Hyperparam::WeightsRateLimit)?;
        if row.last_update != 0 && ext.now.saturating_sub(row.last_update) < limit {
            return Err(DispatchError::SettingWeightsTooFast);
        }
    }
    let self_weight = dests.len() == 1 && dests[0] == uid;
    if !self_weight && !is_owner && !row.validator_permit {
        return Err(DispatchError::NeuronNoValidatorPermit);
    }
    let mut seen = std::collections::BTreeSet::new();
    if !dests.iter().all(|d| seen.insert(*d)) {
        return Err(DispatchError::DuplicateUids);
    }
    if dests.iter().any(|&d| d >= n) {
        return Err(DispatchError::UidVecContainInvalidOne);
    }
    let min_allowed = hparams::get_u64(ext, netuid, Hyperparam::MinAllowedWeights)?.min(n as u64);
    if !self_weight && (dests.len() as u64) < min_allowed {
        return Err(DispatchError::WeightVecLengthIsLow);
    }
    // `max_weight_limited`: the limit is the constant u16::MAX, so every u16 passes and
    // `MaxWeightExceeded` cannot be raised (the variant exists for the name).
    let upscaled = max_upscale(weights);
    let stored: Vec<(Uid, u16)> = dests.iter().copied().zip(upscaled).collect();
    sw::set_weights_row(ext, netuid, uid, &stored);
    if !revealed {
        row.last_update = ext.now;
        state::set_neuron(ext, netuid, uid, &row);
    }
    ext.deposit_event(Event::WeightsSet { netuid, uid });
    Ok(())
}

/// SCALE compact encoding of a length.
fn compact_len(out: &mut Vec<u8>, n: usize) {
    let n = n as u64;
    if n < 1 << 6 {
        out.push((n as u8) << 2);
    } else if n < 1 << 14 {
        out.extend_from_slice(&(((n as u16) << 2) | 1).to_le_bytes());
    } else if n < 1 << 30 {
        out.extend_from_slice(&(((n as u32) << 2) | 2).to_le_bytes());
    } else {
        let bytes = n.to_le_bytes();
        let len = 8 - (n.leading_zeros() / 8) as usize;
        out.push((((len - 4) as u8) << 2) | 3);
        out.extend_from_slice(&bytes[..len]);
    }
}

fn scale_vec_u16(out: &mut Vec<u8>, v: &[u16]) {
    compact_len(out, v.len());
    for x in v {
        out.extend_from_slice(&x.to_le_bytes());
    }
}

/// The commit hash (spec §8.2): BlakeTwo256(SCALE(hotkey, netuid u16, uids, values, salt,
/// version_key u64)) — what a client computes before `commit_weights`.
pub fn commit_hash(
    hotkey: &AccountId,
    netuid: NetUid,
    uids: &[Uid],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> Hash {
    let mut buf = Vec::with_capacity(64 + 2 * (uids.len() + values.len() + salt.len()));
    buf.extend_from_slice(&hotkey.0);
    buf.extend_from_slice(&netuid.to_le_bytes());
    scale_vec_u16(&mut buf, uids);
    scale_vec_u16(&mut buf, values);
    scale_vec_u16(&mut buf, salt);
    buf.extend_from_slice(&version_key.to_le_bytes());
    Hash::of(&buf)
}

/// `commit_weights(netuid, hash)` (spec §8.2), signer = hotkey.
pub fn commit_weights(ext: &mut Ext, origin: Origin, netuid: NetUid, hash: Hash) -> DispatchResult {
    let hotkey = origin.signed()?;
    if !commit_reveal_enabled(ext, netuid)? {
        return Err(DispatchError::CommitRevealDisabled);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    let uid =
        state::uid_of(ext, netuid, &hotkey)?.ok_or(DispatchError::HotKeyNotRegisteredInSubNet)?;
    let mut row =
        state::neuron(ext, netuid, uid)?.ok_or(DispatchError::HotKeyNotRegisteredInSubNet)?;
    let limit = hparams::get_u64(ext, netuid, Hyperparam::WeightsRateLimit)?;
    if row.last_update != 0 && ext.now.saturating_sub(row.last_update) < limit {
        return Err(DispatchError::CommittingWeightsTooFast);
    }
    let commit_epoch = current_epoch(ext, netuid)?;
    let mut queue = sw::commits(ext, netuid, &hotkey)?;
    let mut live = Vec::with_capacity(queue.len() + 1);
    let mut front = true;
    for c in queue.drain(..) {
        if front && is_expired(ext, netuid, c.commit_epoch)? {
            continue;
        }
        front = false;
        live.push(c);
    }
    if live.len() >= MAX_OUTSTANDING_COMMITS {
        return Err(DispatchError::TooManyUnrevealedCommits);
    }
    live.push(WeightCommit { hash, commit_epoch, commit_block: ext.now });
    sw::set_commits(ext, netuid, &hotkey, &live);
    row.last_update = ext.now;
    state::set_neuron(ext, netuid, uid, &row);
    ext.deposit_event(Event::WeightsCommitted { netuid, who: hotkey, hash });
    Ok(())
}

/// `reveal_weights(netuid, uids, values, salt, version_key)` (spec §8.2), signer = hotkey.
/// Allowed only when current_epoch == commit_epoch + RevealPeriodEpochs; pops every commit up
/// to the matched one, then sets the weights without rate limit or `LastUpdate`.
pub fn reveal_weights(
    ext: &mut Ext,
    origin: Origin,
    netuid: NetUid,
    uids: &[Uid],
    values: &[u16],
    salt: &[u16],
    version_key: u64,
) -> DispatchResult {
    let hotkey = origin.signed()?;
    if !commit_reveal_enabled(ext, netuid)? {
        return Err(DispatchError::CommitRevealDisabled);
    }
    let mut queue = sw::commits(ext, netuid, &hotkey)?;
    if queue.is_empty() {
        return Err(DispatchError::NoWeightsCommitFound);
    }
    // Drop expired commits from the front.
    let mut expired = 0;
    for c in &queue {
        if is_expired(ext, netuid, c.commit_epoch)? {
            expired += 1;
        } else {
            break;
        }
    }
    queue.drain(..expired);
    if queue.is_empty() {
        // The chain deletes the queue and fails; the whole call is rolled back here, so the
        // expired commits stay until the next commit (or reveal) trims them.
        return Err(DispatchError::ExpiredWeightCommit);
    }
    let hash = commit_hash(&hotkey, netuid, uids, values, salt, version_key);
    let Some(pos) = queue.iter().position(|c| c.hash == hash) else {
        return Err(DispatchError::InvalidRevealCommitHashNotMatch);
    };
    let commit = queue[pos];
    let reveal_epoch = commit.commit_epoch.saturating_add(reveal_period(ext, netuid)?);
    let now_epoch = current_epoch(ext, netuid)?;
    if now_epoch < reveal_epoch {
        return Err(DispatchError::RevealTooEarly);
    }
    if now_epoch > reveal_epoch {
        return Err(DispatchError::ExpiredWeightCommit);
    }
    queue.drain(..=pos);
    sw::set_commits(ext, netuid, &hotkey, &queue);
    do_set_weights(ext, &hotkey, netuid, uids, values, version_key, true)?;
    ext.deposit_event(Event::WeightsRevealed { netuid, who: hotkey, hash });
    Ok(())
}

/// Earliest non-expired commit block per uid (the epoch's commit mask input, spec §2.6 step 5
/// and §8.4): the first non-expired commit of each hotkey's queue.
pub fn commit_blocks(
    ext: &Ext,
    netuid: NetUid,
    hotkeys: &[AccountId],
) -> DispatchResult<Vec<Option<u64>>> {
    let mut out = vec![None; hotkeys.len()];
    for (hotkey, queue) in sw::all_commits(ext, netuid)? {
        let Some(uid) = state::uid_of(ext, netuid, &hotkey)? else { continue };
        let Some(slot) = out.get_mut(uid as usize) else { continue };
        for c in queue {
            if !is_expired(ext, netuid, c.commit_epoch)? {
                *slot = Some(c.commit_block);
                break;
            }
        }
    }
    Ok(out)
}
