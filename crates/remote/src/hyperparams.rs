//! Subnet hyperparameters read from the storage items named in spec §6, converted to the
//! embedded chain's `HyperparamValue` list. Items a runtime does not have are omitted (never
//! reported as a made-up default).

use local_chain::hparams::Hyperparam;
use local_chain::info::HyperparamValue;
use subxt::dynamic::Value;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::{RemoteError, Result};
use crate::storage::{self, At};

/// Where a hyperparameter lives: pallet, item, and which tuple element (AlphaValues).
fn location(p: Hyperparam) -> (&'static str, &'static str, Option<usize>) {
    use Hyperparam as H;
    let sm = |item| ("SubtensorModule", item, None);
    match p {
        H::Rho => sm("Rho"),
        H::Kappa => sm("Kappa"),
        H::ImmunityPeriod => sm("ImmunityPeriod"),
        H::MinAllowedWeights => sm("MinAllowedWeights"),
        H::Tempo => sm("Tempo"),
        H::WeightsVersion => sm("WeightsVersionKey"),
        H::WeightsRateLimit => sm("WeightsSetRateLimit"),
        H::ActivityCutoffFactorMilli => sm("ActivityCutoffFactorMilli"),
        H::ActivityCutoff => sm("ActivityCutoff"),
        H::RegistrationAllowed => sm("NetworkRegistrationAllowed"),
        H::TargetRegsPerInterval => sm("TargetRegistrationsPerInterval"),
        H::MinBurn => sm("MinBurn"),
        H::MaxBurn => sm("MaxBurn"),
        H::BurnHalfLife => sm("BurnHalfLife"),
        H::BurnIncreaseMult => sm("BurnIncreaseMult"),
        H::BondsMovingAvg => sm("BondsMovingAverage"),
        H::BondsPenalty => sm("BondsPenalty"),
        H::MaxRegsPerBlock => sm("MaxRegistrationsPerBlock"),
        H::ServingRateLimit => sm("ServingRateLimit"),
        H::MaxValidators => sm("MaxAllowedValidators"),
        H::CommitRevealPeriod => sm("RevealPeriodEpochs"),
        H::CommitRevealWeightsEnabled => sm("CommitRevealWeightsEnabled"),
        H::AlphaLow => ("SubtensorModule", "AlphaValues", Some(0)),
        H::AlphaHigh => ("SubtensorModule", "AlphaValues", Some(1)),
        H::LiquidAlphaEnabled => sm("LiquidAlphaOn"),
        H::AlphaSigmoidSteepness => sm("AlphaSigmoidSteepness"),
        H::YumaVersion3 => sm("Yuma3On"),
        H::SubnetIsActive => sm("SubtokenEnabled"),
        H::TransfersEnabled => sm("TransferToggle"),
        H::BondsResetEnabled => sm("BondsResetOn"),
        H::OwnerCutEnabled => sm("OwnerCutEnabled"),
        H::OwnerCutAutoLockEnabled => sm("OwnerCutAutoLockEnabled"),
        H::MinChildkeyTake => sm("MinChildkeyTakePerSubnet"),
        H::MaxAllowedUids => sm("MaxAllowedUids"),
        H::MinAllowedUids => sm("MinAllowedUids"),
        H::Difficulty => sm("Difficulty"),
        H::MinDifficulty => sm("MinDifficulty"),
        H::MaxDifficulty => sm("MaxDifficulty"),
        H::AdjustmentInterval => sm("AdjustmentInterval"),
        H::AdjustmentAlpha => sm("AdjustmentAlpha"),
        H::ImmuneOwnerUidsLimit => sm("ImmuneOwnerUidsLimit"),
        H::RecycleOrBurn => sm("RecycleOrBurn"),
        H::MechanismCount => sm("MechanismCountCurrent"),
        H::EmaPriceHalvingBlocks => sm("EMAPriceHalvingBlocks"),
        H::SubnetEmissionEnabled => sm("SubnetEmissionEnabled"),
        H::MinNonImmuneUids => sm("MinNonImmuneUids"),
        H::FeeRate => ("Swap", "FeeRate", None),
    }
}

/// The storage location of every hyperparameter (for capability tests).
pub fn locations() -> Vec<(Hyperparam, &'static str, &'static str)> {
    Hyperparam::ALL.iter().map(|&p| (p, location(p).0, location(p).1)).collect()
}

async fn read_all(at: At, spec: u32, netuid: u16) -> Result<Option<Vec<HyperparamValue>>> {
    let added: bool = storage::get_def(
        &at,
        spec,
        "SubtensorModule",
        "NetworksAdded",
        vec![storage::netuid(netuid)],
    )
    .await?;
    if !added {
        return Ok(None);
    }
    let mut out = Vec::new();
    for &p in Hyperparam::ALL.iter() {
        if let Some(value) = read_one(&at, spec, netuid, p).await? {
            out.push(HyperparamValue { param: p, name: p.name(), value, who: p.spec().who });
        }
    }
    Ok(Some(out))
}

/// One hyperparameter of `netuid` (the item's default where nothing is stored); `None` when
/// the runtime does not have the item.
async fn read_one(at: &At, spec: u32, netuid: u16, p: Hyperparam) -> Result<Option<i128>> {
    let md = at.metadata_ref();
    let (pallet, item, pick) = location(p);
    if !storage::has_storage(md, pallet, item) {
        return Ok(None);
    }
    // Global items (no key) and per-subnet maps both exist among these.
    let keyed = md
        .pallet_by_name(pallet)
        .and_then(|pm| pm.storage())
        .and_then(|s| s.entry_by_name(item))
        .map(|e| e.keys().len() > 0)
        .unwrap_or(false);
    let keys = if keyed { vec![storage::netuid(netuid)] } else { vec![] };
    let Some(v) = storage::get::<Value>(at, spec, pallet, item, keys).await? else {
        return Ok(None);
    };
    let value = match pick {
        Some(i) => convert::tuple_field_i128(&v, i),
        None => convert::value_to_i128(&v, &["Burn", "Recycle"]),
    }
    .ok_or_else(|| RemoteError::decode(format!("{pallet}.{item}"), "not an integer value"))?;
    Ok(Some(value))
}

impl RemoteClient {
    /// Hyperparameters of a subnet; `None` when the subnet does not exist.
    pub fn hyperparams(&self, netuid: u16) -> Result<Option<Vec<HyperparamValue>>> {
        self.run("hyperparams", move |at, spec| read_all(at, spec, netuid))
    }

    /// One hyperparameter of `netuid` as u64 (negative values clamp to 0); `None` when the
    /// runtime does not store it. Does not check that the subnet exists.
    pub fn hyperparam(&self, netuid: u16, p: Hyperparam) -> Result<Option<u64>> {
        let v = self
            .run(&p.name(), move |at, spec| async move { read_one(&at, spec, netuid, p).await })?;
        Ok(v.map(|v| v.clamp(0, i128::from(u64::MAX)) as u64))
    }
}
