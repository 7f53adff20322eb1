//! Yuma Consensus epoch, bit-exact with subtensor's production path (`epoch_mechanism`, sparse).
//!
//! [`run_epoch`] takes the storage the chain's epoch reads ([`EpochInput`]) and returns everything it
//! computes and writes ([`EpochOutput`]). The arithmetic is substrate-fixed 0.6.0 (`I32F32`, `I64F64`,
//! `I96F32`), with the chain's order of operations, saturation, truncation and quirks (see the
//! sub-modules); `vector` reads and writes the `yuma-epoch-vector/v1` JSON format.

pub mod bonds;
pub mod consensus;
pub mod emission;
pub mod math;
pub mod stake;
pub mod vector;
pub mod weights;

use substrate_fixed::types::{I32F32, I64F64};

use self::math::{
    SparseMatrix, fixed_proportion_to_u16, inplace_normalize, u16_proportion_to_fixed,
    vec_max_upscale_to_u16, vecdiv,
};

/// Hyperparameters the epoch reads (subnet storage, already resolved to the effective values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EpochHyperparams {
    /// `Tempo`; only used for `last_tempo` when `last_mechanism_step_block == 0`.
    pub tempo: u64,
    /// Effective activity cutoff in blocks: uid i is inactive iff `last_update_i + cutoff < current_block`.
    pub activity_cutoff: u64,
    /// `LastMechansimStepBlock` (sic): block of the previous successful epoch, 0 if none.
    pub last_mechanism_step_block: u64,
    /// `Kappa` (u16 proportion).
    pub kappa: u16,
    /// `BondsPenalty` (u16 proportion).
    pub bonds_penalty: u16,
    /// `BondsMovingAverage`, parts per million (EMA alpha = 1 − bma/1e6).
    pub bonds_moving_average: u64,
    /// `Yuma3On`.
    pub yuma3_enabled: bool,
    /// `LiquidAlphaOn` (only consulted on the Yuma3 path).
    pub liquid_alpha_enabled: bool,
    /// `AlphaValues.0` (u16 proportion).
    pub alpha_low: u16,
    /// `AlphaValues.1` (u16 proportion).
    pub alpha_high: u16,
    /// `AlphaSigmoidSteepness`.
    pub alpha_sigmoid_steepness: i16,
    /// `MaxAllowedValidators`.
    pub max_allowed_validators: u16,
    /// `StakeThreshold` in rao: a non-owner uid whose floor(total stake) is below it counts as 0.
    pub stake_threshold: u64,
    /// `TaoWeight` (u64 proportion of u64::MAX).
    pub tao_weight: u64,
    /// `CommitRevealWeightsEnabled`.
    pub commit_reveal_enabled: bool,
}

/// The storage one epoch of one mechanism reads. Vectors are indexed by uid and may be shorter
/// than `n` (the chain reads missing entries as 0/false/none); sparse rows keep their stored order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EpochInput {
    /// `SubnetworkN`.
    pub n: u16,
    /// The block the epoch runs at.
    pub current_block: u64,
    /// Alpha rao to split.
    pub rao_emission: u64,
    pub hyperparams: EpochHyperparams,
    /// Uid of the subnet owner's hotkey, if registered.
    pub owner_uid: Option<u16>,
    /// Inherited alpha stake per uid (rao).
    pub alpha_stake: Vec<u64>,
    /// Inherited root TAO stake per uid (rao), weighted by `tao_weight`.
    pub tao_stake: Vec<u64>,
    /// `LastUpdate` (padded with 0 to `n` by the epoch).
    pub last_update: Vec<u64>,
    /// `BlockAtRegistration`.
    pub block_at_registration: Vec<u64>,
    /// `ValidatorPermit` from the previous epoch (stored length is significant: see `stake`).
    pub validator_permit: Vec<bool>,
    /// Earliest live (non-expired) weight-commit block per uid; only read with commit-reveal on.
    pub commit_block: Vec<Option<u64>>,
    /// `Weights` rows by uid: `(uid_j, u16)` in submission order.
    pub weights: Vec<Vec<(u16, u16)>>,
    /// `Bonds` rows by uid: `(uid_j, u16)` as stored.
    pub bonds: Vec<Vec<(u16, u16)>>,
}

/// What the epoch does with a uid's `Bonds` row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BondAction {
    /// New permit: the row is rewritten from the EMA bonds.
    Set,
    /// Lost its (old) permit: an empty row is written.
    Clear,
    /// Never permitted: the row is left untouched.
    Keep,
}

/// Emission in rao per uid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmissionSplit {
    /// Miner part (incentive).
    pub server: Vec<u64>,
    /// Validator part (dividends).
    pub validator: Vec<u64>,
    /// Combined score, the `Emission` storage value.
    pub combined: Vec<u64>,
}

/// Terms that runtimes before 2025-10-29 also stored, computed from the current pipeline.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LegacyTerms {
    /// `Rank` (= incentive).
    pub rank: Vec<u16>,
    /// `Trust` = clipped rank / unclipped rank.
    pub trust: Vec<u16>,
    /// `PruningScores` = combined emission share, max-upscaled.
    pub pruning_score: Vec<u16>,
}

/// Exact fixed-point intermediates, for debugging divergences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FixedIntermediates {
    pub total_stake: Vec<I64F64>,
    pub stake: Vec<I32F32>,
    pub active_stake: Vec<I32F32>,
    pub weights_normalized: SparseMatrix,
    pub consensus: Vec<I32F32>,
    pub validator_trust: Vec<I32F32>,
    pub ranks_unnormalized: Vec<I32F32>,
    pub incentive: Vec<I32F32>,
    pub dividends: Vec<I32F32>,
    pub ema_bonds: SparseMatrix,
    pub normalized_server_emission: Vec<I32F32>,
    pub normalized_validator_emission: Vec<I32F32>,
    pub normalized_combined_emission: Vec<I32F32>,
    pub kappa: I32F32,
    pub bonds_penalty: I32F32,
}

/// Everything one epoch computes and writes, per uid `0..n`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EpochOutput {
    /// `Active`.
    pub active: Vec<bool>,
    /// `ValidatorPermit` written.
    pub new_validator_permit: Vec<bool>,
    /// u16 proportions as stored.
    pub stake_weight: Vec<u16>,
    pub consensus: Vec<u16>,
    pub incentive: Vec<u16>,
    pub dividends: Vec<u16>,
    pub validator_trust: Vec<u16>,
    pub emission: EmissionSplit,
    /// What happened to each uid's bonds row.
    pub bond_action: Vec<BondAction>,
    /// Rows written with [`BondAction::Set`] (empty for other uids).
    pub bonds_written: Vec<Vec<(u16, u16)>>,
    /// The whole `Bonds` storage after the epoch, by row (rows past `n` are kept untouched).
    pub bonds_after: Vec<Vec<(u16, u16)>>,
    pub legacy: LegacyTerms,
    pub fixed: FixedIntermediates,
}

/// Runs one epoch (subtensor `epoch_mechanism`) on the given storage.
pub fn run_epoch(input: &EpochInput) -> EpochOutput {
    let n = input.n as usize;
    let hp = &input.hyperparams;

    // Activity: `LastUpdate` is padded to n, never truncated.
    let mut last_update = input.last_update.clone();
    if last_update.len() < n {
        last_update.resize(n, 0);
    }
    let inactive: Vec<bool> = last_update
        .iter()
        .map(|u| u.saturating_add(hp.activity_cutoff) < input.current_block)
        .collect();
    let active: Vec<bool> = (0..n).map(|i| !inactive[i]).collect();
    let mut block_at_registration = input.block_at_registration.clone();
    block_at_registration.resize(n, 0);

    // Stake and permits.
    let total_stake = stake::total_stake(&input.alpha_stake, &input.tao_stake, hp.tao_weight, n);
    let stake_v = stake::normalized_stake(&total_stake, hp.stake_threshold, input.owner_uid);
    let old_permits = stake::old_permits(&input.validator_permit, input.owner_uid);
    let forbids: Vec<bool> = old_permits.iter().map(|p| !p).collect();
    let new_permits = stake::new_permits(&stake_v, hp.max_allowed_validators, input.owner_uid);
    let active_stake = stake::active_stake(&stake_v, &inactive, &forbids);

    // Weights.
    let ctx = weights::MaskContext {
        forbids: &forbids,
        owner_uid: input.owner_uid,
        last_update: &last_update,
        block_at_registration: &block_at_registration,
        commit_blocks: hp
            .commit_reveal_enabled
            .then(|| weights::commit_blocks(&input.commit_block, n)),
    };
    let w = weights::preprocess(&input.weights, n, &ctx);

    // Consensus, clipping, trust, incentive.
    let kappa = u16_proportion_to_fixed(hp.kappa);
    let consensus_v = consensus::weighted_median_col_sparse(&active_stake, &w, n, kappa);
    let consensus::Clipped { weights: clipped, row_sums: validator_trust, preranks, ranks } =
        consensus::clip_and_rank(&w, &consensus_v, &active_stake, n);
    let trust = vecdiv(&ranks, &preranks);
    let mut incentive = ranks.clone();
    inplace_normalize(&mut incentive);

    // Bonds and dividends.
    let bonds_penalty = u16_proportion_to_fixed(hp.bonds_penalty);
    let w_bonds = bonds::interpolate_sparse(&w, &clipped, n, bonds_penalty);
    let last_tempo = if hp.last_mechanism_step_block == 0 {
        input.current_block.saturating_sub(hp.tempo)
    } else {
        hp.last_mechanism_step_block.saturating_add(1)
    };
    let old_bonds =
        bonds::read_bonds(&input.bonds, n, hp.yuma3_enabled, last_tempo, &block_at_registration);
    let (ema_bonds, dividends) = if hp.yuma3_enabled {
        let la = bonds::LiquidAlpha {
            low: u16_proportion_to_fixed(hp.alpha_low),
            high: u16_proportion_to_fixed(hp.alpha_high),
            steepness: I32F32::from_num(hp.alpha_sigmoid_steepness),
        };
        bonds::yuma3(
            &w_bonds,
            &old_bonds,
            &consensus_v,
            &incentive,
            &active_stake,
            hp.liquid_alpha_enabled.then_some(&la),
            hp.bonds_moving_average,
        )
    } else {
        bonds::legacy(&w_bonds, old_bonds, &incentive, &active_stake, hp.bonds_moving_average)
    };

    // Emission.
    let shares = emission::normalized(&incentive, &dividends, &stake_v, &active_stake);
    let emission_split = EmissionSplit {
        server: emission::to_rao(&shares.server, input.rao_emission),
        validator: emission::to_rao(&shares.validator, input.rao_emission),
        combined: emission::to_rao(&shares.combined, input.rao_emission),
    };

    // Bonds storage: permitted rows get the EMA, rows that had a permit are cleared, others kept.
    let mut bond_action = Vec::with_capacity(n);
    let mut bonds_written = Vec::with_capacity(n);
    let rows_after = input.bonds.len().max(n);
    let mut bonds_after: Vec<Vec<(u16, u16)>> =
        (0..rows_after).map(|i| input.bonds.get(i).cloned().unwrap_or_default()).collect();
    for (uid, after) in bonds_after.iter_mut().enumerate().take(n) {
        let written: Vec<(u16, u16)> = if new_permits.get(uid).copied().unwrap_or(false) {
            bond_action.push(BondAction::Set);
            let row: Vec<(u16, u16)> = ema_bonds
                .get(uid)
                .map(|r| r.iter().map(|&(j, v)| (j, fixed_proportion_to_u16(v))).collect())
                .unwrap_or_default();
            after.clone_from(&row);
            row
        } else if old_permits.get(uid).copied().unwrap_or(false) {
            bond_action.push(BondAction::Clear);
            after.clear();
            Vec::new()
        } else {
            // The reference vectors define "keep" as leaving the stored row untouched. (HEAD's
            // `persist_mechanism_epoch_terms` inserts every uid's `bond`, which is empty here, so a
            // chain-faithful storage writer should treat Keep rows as emptied; only rows that never
            // held a permit can be affected, and they normally have no bonds.)
            bond_action.push(BondAction::Keep);
            Vec::new()
        };
        bonds_written.push(written);
    }

    let to_u16 =
        |v: &[I32F32]| -> Vec<u16> { v.iter().map(|x| fixed_proportion_to_u16(*x)).collect() };
    EpochOutput {
        active,
        new_validator_permit: new_permits.clone(),
        stake_weight: to_u16(&stake_v),
        consensus: to_u16(&consensus_v),
        incentive: to_u16(&incentive),
        dividends: to_u16(&dividends),
        validator_trust: to_u16(&validator_trust),
        emission: emission_split,
        bond_action,
        bonds_written,
        bonds_after,
        legacy: LegacyTerms {
            rank: to_u16(&incentive),
            trust: to_u16(&trust),
            pruning_score: vec_max_upscale_to_u16(&shares.combined),
        },
        fixed: FixedIntermediates {
            total_stake,
            stake: stake_v,
            active_stake,
            weights_normalized: w,
            consensus: consensus_v,
            validator_trust,
            ranks_unnormalized: ranks,
            incentive,
            dividends,
            ema_bonds,
            normalized_server_emission: shares.server,
            normalized_validator_emission: shares.validator,
            normalized_combined_emission: shares.combined,
            kappa,
            bonds_penalty,
        },
    }
}
