//! Storage ↔ epoch: builds an [`EpochInput`] from chain storage (spec §2.3) and writes an
//! [`EpochOutput`] back (spec §2.10). The arithmetic is `crate::epoch::run_epoch`; this file
//! only reads and writes.

use crate::calls::weights;
use crate::epoch::{BondAction, EpochHyperparams, EpochInput, EpochOutput};
use crate::error::DispatchResult;
use crate::hparams::{self, Hyperparam};
use crate::state::{self, Global, NeuronRow};
use crate::state_weights as sw;
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID, Uid};

/// The epoch input plus the hotkey of each uid (for distribution).
pub struct EpochContext {
    /// What `run_epoch` reads.
    pub input: EpochInput,
    /// `Keys[netuid][uid]` for uids 0..n.
    pub hotkeys: Vec<AccountId>,
    /// The neuron rows the input was read from (what [`write_output`] updates).
    pub neurons: Vec<(Uid, NeuronRow)>,
    /// Each uid's own `TotalHotkeyAlpha` on this subnet and on root (before inheritance), as
    /// read for the input; distribution splits dividends by them before any stake moves.
    pub own_stake: Vec<(u64, u64)>,
}

/// Effective activity cutoff: max(1, floor(ActivityCutoffFactorMilli · tempo / 1000)) (§2.3).
pub fn activity_cutoff(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    let tempo = hparams::get_u64(ext, netuid, Hyperparam::Tempo)? as u128;
    let factor = hparams::get_u64(ext, netuid, Hyperparam::ActivityCutoffFactorMilli)? as u128;
    Ok(((factor * tempo / 1000).min(u64::MAX as u128) as u64).max(1))
}

/// Reads the epoch's hyperparameters (spec §2.3).
pub fn hyperparams(ext: &Ext, netuid: NetUid) -> DispatchResult<EpochHyperparams> {
    let g = |p| hparams::get(ext, netuid, p);
    let u16_of = |v: i128| v.clamp(0, u16::MAX as i128) as u16;
    Ok(EpochHyperparams {
        tempo: hparams::get_u64(ext, netuid, Hyperparam::Tempo)?,
        activity_cutoff: activity_cutoff(ext, netuid)?,
        last_mechanism_step_block: sw::subnet_emission(ext, netuid)?.last_mechanism_step_block,
        kappa: u16_of(g(Hyperparam::Kappa)?),
        bonds_penalty: u16_of(g(Hyperparam::BondsPenalty)?),
        bonds_moving_average: hparams::get_u64(ext, netuid, Hyperparam::BondsMovingAvg)?,
        yuma3_enabled: g(Hyperparam::YumaVersion3)? != 0,
        liquid_alpha_enabled: g(Hyperparam::LiquidAlphaEnabled)? != 0,
        alpha_low: u16_of(g(Hyperparam::AlphaLow)?),
        alpha_high: u16_of(g(Hyperparam::AlphaHigh)?),
        alpha_sigmoid_steepness: g(Hyperparam::AlphaSigmoidSteepness)?
            .clamp(i16::MIN as i128, i16::MAX as i128) as i16,
        max_allowed_validators: u16_of(g(Hyperparam::MaxValidators)?),
        stake_threshold: state::global(ext, Global::StakeThreshold)?,
        tao_weight: sw::tao_weight(ext)?,
        commit_reveal_enabled: g(Hyperparam::CommitRevealWeightsEnabled)? != 0,
    })
}

/// Builds the epoch input of `netuid` for `rao_emission` (spec §2.3; the stake vectors are
/// the inherited alpha and root stakes of spec §2.4, `crate::children::inherited_of`).
pub fn build_input(ext: &Ext, netuid: NetUid, rao_emission: u64) -> DispatchResult<EpochContext> {
    let n = state::subnet_n(ext, netuid)?;
    let len = n as usize;
    let mut hotkeys = vec![AccountId::ZERO; len];
    let mut alpha_stake = vec![0u64; len];
    let mut tao_stake = vec![0u64; len];
    let mut last_update = vec![0u64; len];
    let mut block_at_registration = vec![0u64; len];
    let mut validator_permit = vec![false; len];
    let mut own_stake = vec![(0u64, 0u64); len];
    let relations = crate::children::subnet_has_relations(ext, netuid)?;
    let neurons = state::neurons(ext, netuid)?;
    for (uid, row) in &neurons {
        let uid = *uid;
        let i = uid as usize;
        if i >= len {
            continue;
        }
        hotkeys[i] = row.hotkey;
        own_stake[i] = (
            state::hotkey_pool(ext, &row.hotkey, netuid)?.alpha,
            state::hotkey_pool(ext, &row.hotkey, ROOT_NETUID)?.alpha,
        );
        (alpha_stake[i], tao_stake[i]) =
            crate::children::inherited_from_own(ext, &row.hotkey, netuid, relations, own_stake[i])?;
        last_update[i] = row.last_update;
        block_at_registration[i] = row.registered_at;
        validator_permit[i] = row.validator_permit;
    }
    let meta = state::subnet_meta(ext, netuid)?;
    let owner_uid = match &meta {
        Some(m) => state::uid_of(ext, netuid, &m.owner_hotkey)?,
        None => None,
    };
    let hp = hyperparams(ext, netuid)?;
    let commit_block = if hp.commit_reveal_enabled {
        weights::commit_blocks(ext, netuid, &hotkeys)?
    } else {
        Vec::new()
    };
    let mut w = vec![Vec::new(); len];
    for (uid, row) in sw::weights_view(ext, netuid)?.iter() {
        if let Some(slot) = w.get_mut(*uid as usize) {
            slot.clone_from(row);
        }
    }
    let mut b = vec![Vec::new(); len];
    for (uid, row) in sw::bonds(ext, netuid)? {
        if let Some(slot) = b.get_mut(uid as usize) {
            *slot = row;
        }
    }
    Ok(EpochContext {
        input: EpochInput {
            n,
            current_block: ext.now,
            rao_emission,
            hyperparams: hp,
            owner_uid,
            alpha_stake,
            tao_stake,
            last_update,
            block_at_registration,
            validator_permit,
            commit_block,
            weights: w,
            bonds: b,
        },
        hotkeys,
        neurons,
        own_stake,
    })
}

/// Writes the epoch's per-uid terms and bonds (spec §2.10): `Active`, `ValidatorPermit`,
/// `Emission` (combined), `Incentive`, `Dividends`, `Consensus`, `ValidatorTrust`, `Bonds`.
/// `neurons` are the rows the epoch read ([`EpochContext::neurons`]; nothing writes them in
/// between).
pub fn write_output(
    ext: &mut Ext,
    netuid: NetUid,
    neurons: &[(Uid, NeuronRow)],
    out: &EpochOutput,
) -> DispatchResult {
    for &(uid, ref old) in neurons {
        let i = uid as usize;
        if i >= out.active.len() {
            continue;
        }
        let mut row = old.clone();
        let at = |v: &[u16]| v.get(i).copied().unwrap_or(0);
        row.active = out.active[i];
        row.validator_permit = out.new_validator_permit.get(i).copied().unwrap_or(false);
        row.emission = out.emission.combined.get(i).copied().unwrap_or(0);
        row.incentive = at(&out.incentive);
        row.dividends = at(&out.dividends);
        row.consensus = at(&out.consensus);
        row.validator_trust = at(&out.validator_trust);
        // Unchanged rows are not rewritten (smaller block write sets).
        if row != *old {
            state::set_neuron(ext, netuid, uid, &row);
        }
        match out.bond_action.get(i) {
            Some(BondAction::Set) => sw::set_bonds_row(
                ext,
                netuid,
                uid,
                out.bonds_written.get(i).map(Vec::as_slice).unwrap_or(&[]),
            ),
            Some(BondAction::Clear) => sw::set_bonds_row(ext, netuid, uid, &[]),
            Some(BondAction::Keep) | None => {}
        }
    }
    Ok(())
}
