//! Subnet hyperparameters (spec §6): one table of name, storage default, value written for new
//! subnets, who may set it, and its validation; plus the admin rate limits of spec §7.
//!
//! Values are i128 so one type carries u16/u64 items, the i16 sigmoid steepness and the U64F64
//! bits of `BurnIncreaseMult`. Booleans are 0/1.

use serde::{Deserialize, Serialize};

use crate::codec::{self, Key};
use crate::error::{DispatchError, DispatchResult};
use crate::state;
use crate::storage::Ext;
use crate::types::{NetUid, ROOT_NETUID, TAO};

pub use crate::state::Global as GlobalParam;

/// U64F64 bits of 1.0.
pub const ONE_U64F64: i128 = 1 << 64;
/// Default `BurnIncreaseMult` = 1.26 as U64F64, computed as 126·2^64/100 truncated (the chain
/// builds it from a rational; the last bit may differ from a float literal's rounding).
pub const DEFAULT_BURN_MULT: i128 = (126i128 << 64) / 100;

/// Who may call a setter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Who {
    /// Subnet owner (rate-limited) or root.
    OwnerOrRoot,
    /// Root (sudo) only.
    Root,
}

/// A subnet hyperparameter. The serialized name is the btcli / `get_subnet_hyperparams_v3` key
/// where one exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Hyperparam {
    Rho,
    Kappa,
    ImmunityPeriod,
    MinAllowedWeights,
    Tempo,
    WeightsVersion,
    WeightsRateLimit,
    ActivityCutoffFactorMilli,
    ActivityCutoff,
    RegistrationAllowed,
    TargetRegsPerInterval,
    MinBurn,
    MaxBurn,
    BurnHalfLife,
    BurnIncreaseMult,
    BondsMovingAvg,
    BondsPenalty,
    MaxRegsPerBlock,
    ServingRateLimit,
    MaxValidators,
    CommitRevealPeriod,
    CommitRevealWeightsEnabled,
    AlphaHigh,
    AlphaLow,
    LiquidAlphaEnabled,
    AlphaSigmoidSteepness,
    YumaVersion3,
    SubnetIsActive,
    TransfersEnabled,
    BondsResetEnabled,
    OwnerCutEnabled,
    OwnerCutAutoLockEnabled,
    MinChildkeyTake,
    MaxAllowedUids,
    MinAllowedUids,
    Difficulty,
    MinDifficulty,
    MaxDifficulty,
    AdjustmentInterval,
    AdjustmentAlpha,
    ImmuneOwnerUidsLimit,
    RecycleOrBurn,
    MechanismCount,
    EmaPriceHalvingBlocks,
    SubnetEmissionEnabled,
    MinNonImmuneUids,
    FeeRate,
}

use Hyperparam as H;

/// One row of the spec §6 table.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Storage default (`ValueQuery`).
    pub default: i128,
    /// Value `init_new_network` writes (None = keeps the default).
    pub new_subnet: Option<i128>,
    /// Who may set it.
    pub who: Who,
    /// Inclusive bounds checked for every caller.
    pub range: (i128, i128),
}

const U16: (i128, i128) = (0, u16::MAX as i128);
const U64: (i128, i128) = (0, u64::MAX as i128);
const BOOL: (i128, i128) = (0, 1);

impl Hyperparam {
    /// Every hyperparameter, in listing order.
    pub const ALL: [Hyperparam; 47] = [
        H::Rho,
        H::Kappa,
        H::ImmunityPeriod,
        H::MinAllowedWeights,
        H::Tempo,
        H::WeightsVersion,
        H::WeightsRateLimit,
        H::ActivityCutoffFactorMilli,
        H::ActivityCutoff,
        H::RegistrationAllowed,
        H::TargetRegsPerInterval,
        H::MinBurn,
        H::MaxBurn,
        H::BurnHalfLife,
        H::BurnIncreaseMult,
        H::BondsMovingAvg,
        H::BondsPenalty,
        H::MaxRegsPerBlock,
        H::ServingRateLimit,
        H::MaxValidators,
        H::CommitRevealPeriod,
        H::CommitRevealWeightsEnabled,
        H::AlphaHigh,
        H::AlphaLow,
        H::LiquidAlphaEnabled,
        H::AlphaSigmoidSteepness,
        H::YumaVersion3,
        H::SubnetIsActive,
        H::TransfersEnabled,
        H::BondsResetEnabled,
        H::OwnerCutEnabled,
        H::OwnerCutAutoLockEnabled,
        H::MinChildkeyTake,
        H::MaxAllowedUids,
        H::MinAllowedUids,
        H::Difficulty,
        H::MinDifficulty,
        H::MaxDifficulty,
        H::AdjustmentInterval,
        H::AdjustmentAlpha,
        H::ImmuneOwnerUidsLimit,
        H::RecycleOrBurn,
        H::MechanismCount,
        H::EmaPriceHalvingBlocks,
        H::SubnetEmissionEnabled,
        H::MinNonImmuneUids,
        H::FeeRate,
    ];

    /// The snake_case key.
    pub fn name(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            _ => format!("{self:?}"),
        }
    }

    /// The spec §6 row.
    pub fn spec(self) -> Spec {
        let s = |default: i128, new_subnet: Option<i128>, who: Who, range: (i128, i128)| Spec {
            default,
            new_subnet,
            who,
            range,
        };
        use Who::{OwnerOrRoot as O, Root as R};
        match self {
            H::Rho => s(10, None, O, U16),
            H::Kappa => s(32_767, None, R, U16),
            H::ImmunityPeriod => s(4096, Some(5000), O, U16),
            H::MinAllowedWeights => s(1024, Some(1), O, U16),
            H::Tempo => s(360, None, O, U16),
            H::WeightsVersion => s(0, None, O, U64),
            H::WeightsRateLimit => s(100, None, R, U64),
            H::ActivityCutoffFactorMilli => s(13_889, None, O, (1000, 50_000)),
            H::ActivityCutoff => s(5000, None, O, (360, u16::MAX as i128)),
            H::RegistrationAllowed => s(1, None, R, BOOL),
            H::TargetRegsPerInterval => s(2, None, R, U16),
            H::MinBurn => s(500_000, None, O, (0, TAO as i128 - 1)),
            H::MaxBurn => s(100 * TAO as i128, None, O, (TAO as i128 / 10 + 1, U64.1)),
            H::BurnHalfLife => s(360, None, O, (1, 36_100)),
            H::BurnIncreaseMult => s(DEFAULT_BURN_MULT, None, O, (ONE_U64F64, 3 * ONE_U64F64)),
            H::BondsMovingAvg => s(900_000, None, O, (0, 975_000)),
            H::BondsPenalty => s(65_535, None, O, U16),
            H::MaxRegsPerBlock => s(1, None, R, U16),
            H::ServingRateLimit => s(50, None, O, U64),
            H::MaxValidators => s(128, Some(64), R, U16),
            H::CommitRevealPeriod => s(1, None, O, (1, 100)),
            H::CommitRevealWeightsEnabled => s(1, None, O, BOOL),
            H::AlphaHigh => s(58_982, None, O, (1638, u16::MAX as i128)),
            H::AlphaLow => s(45_875, None, O, (1638, u16::MAX as i128)),
            H::LiquidAlphaEnabled => s(0, None, O, BOOL),
            H::AlphaSigmoidSteepness => s(1000, None, O, (i16::MIN as i128, i16::MAX as i128)),
            H::YumaVersion3 => s(0, Some(1), O, BOOL),
            H::SubnetIsActive => s(0, None, R, BOOL),
            H::TransfersEnabled => s(1, None, O, BOOL),
            H::BondsResetEnabled => s(0, None, O, BOOL),
            H::OwnerCutEnabled => s(1, None, O, BOOL),
            H::OwnerCutAutoLockEnabled => s(0, None, O, BOOL),
            H::MinChildkeyTake => s(0, None, O, (0, 11_796)),
            H::MaxAllowedUids => s(256, None, O, (1, 256)),
            H::MinAllowedUids => s(64, None, R, (0, 256)),
            H::Difficulty => s(10_000_000, None, R, U64),
            H::MinDifficulty => s(10_000_000, None, R, U64),
            H::MaxDifficulty => s(u64::MAX as i128 / 4, None, O, U64),
            H::AdjustmentInterval => s(100, None, R, U16),
            H::AdjustmentAlpha => s(0, None, O, U64),
            H::ImmuneOwnerUidsLimit => s(1, None, O, (1, 10)),
            H::RecycleOrBurn => s(0, None, O, BOOL),
            H::MechanismCount => s(1, None, O, (1, 2)),
            H::EmaPriceHalvingBlocks => s(201_600, None, R, U64),
            H::SubnetEmissionEnabled => s(1, Some(0), R, BOOL),
            H::MinNonImmuneUids => s(10, None, R, U16),
            H::FeeRate => s(33, None, R, (0, 10_000)),
        }
    }

    /// Owner rate limit in blocks for this parameter (spec §6, §7); None = not rate-limited.
    fn owner_rate_limit(self, ext: &Ext, netuid: NetUid) -> DispatchResult<Option<u64>> {
        let tempo = get(ext, netuid, H::Tempo)? as u64;
        Ok(match self {
            H::OwnerCutEnabled => None,
            H::WeightsVersion => Some(5 * tempo),
            H::MechanismCount => Some(7200),
            // set_tempo (owner) has its own 360-block limit.
            H::Tempo => Some(360),
            _ => Some(state::global(ext, state::Global::OwnerHyperparamRateLimit)? * tempo),
        })
    }

    fn key(self, netuid: NetUid) -> Key {
        let k = Key::item("Hyperparam").u16(netuid);
        match self.key_name() {
            Some(name) => k.str(name),
            None => k.str(&format!("{self:?}")),
        }
    }

    /// Position in [`Hyperparam::ALL`] (which lists the variants in declaration order).
    fn index(self) -> usize {
        self as usize
    }

    /// The storage-key name (the variant name), formatted once per process for the variants
    /// in `ALL`: the block hooks read several hyperparameters of every subnet in every block.
    fn key_name(self) -> Option<&'static str> {
        static NAMES: std::sync::OnceLock<Vec<(Hyperparam, String)>> = std::sync::OnceLock::new();
        let names = NAMES.get_or_init(|| {
            let mut v: Vec<(Hyperparam, String)> =
                Hyperparam::ALL.iter().map(|&p| (p, format!("{p:?}"))).collect();
            v.sort();
            v
        });
        let i = names.binary_search_by(|(p, _)| p.cmp(&self)).ok()?;
        Some(&names[i].1)
    }
}

/// Reads a hyperparameter (special-cased ones live in the subnet's meta / pool rows).
pub fn get(ext: &Ext, netuid: NetUid, p: Hyperparam) -> DispatchResult<i128> {
    match p {
        H::SubnetIsActive => {
            Ok(state::subnet_meta(ext, netuid)?.map(|m| m.subtoken_enabled as i128).unwrap_or(0))
        }
        H::FeeRate => {
            let pool = state::pool(ext, netuid)?;
            Ok(if state::subnet_exists(ext, netuid)? { pool.fee_rate as i128 } else { 33 })
        }
        _ => {
            let items = Key::item("Hyperparam");
            if ext.touches(&items) {
                // This block wrote a hyperparameter: read the row itself.
                return ext.get_or(&p.key(netuid), p.spec().default);
            }
            // Every block reads several hyperparameters of every subnet; the rows change
            // rarely, so they are read through one shared table of the whole item.
            let table = ext.view(&items, Table::build)?;
            Ok(table.get(netuid, p).unwrap_or(p.spec().default))
        }
    }
}

/// Every stored hyperparameter row: `values[netuid · N + index of the parameter]`.
struct Table {
    values: Vec<Option<i128>>,
}

impl Table {
    const N: usize = Hyperparam::ALL.len();

    fn build(rows: &[(Vec<u8>, Vec<u8>)]) -> DispatchResult<Table> {
        static BY_NAME: std::sync::OnceLock<Vec<(&'static str, usize)>> =
            std::sync::OnceLock::new();
        let by_name = BY_NAME.get_or_init(|| {
            let mut v: Vec<(&'static str, usize)> = Hyperparam::ALL
                .iter()
                .enumerate()
                .filter_map(|(i, p)| p.key_name().map(|n| (n, i)))
                .collect();
            v.sort();
            v
        });
        let prefix_len = Key::item("Hyperparam").bytes().len();
        let mut values = Vec::new();
        for (k, v) in rows {
            let part = &k[prefix_len..];
            let (Some(netuid), Some(name)) =
                (codec::key_u16(part, 0), part.get(2..part.len().saturating_sub(1)))
            else {
                continue;
            };
            let Ok(name) = std::str::from_utf8(name) else { continue };
            let Ok(i) = by_name.binary_search_by(|(n, _)| (*n).cmp(name)) else { continue };
            let slot = netuid as usize * Self::N + by_name[i].1;
            if values.len() <= slot {
                values.resize(slot + 1, None);
            }
            values[slot] = Some(codec::decode::<i128>(v)?);
        }
        Ok(Table { values })
    }

    fn get(&self, netuid: NetUid, p: Hyperparam) -> Option<i128> {
        self.values.get(netuid as usize * Self::N + p.index()).copied().flatten()
    }
}

/// Reads a hyperparameter as u64 (saturating at 0 for negative values).
pub fn get_u64(ext: &Ext, netuid: NetUid, p: Hyperparam) -> DispatchResult<u64> {
    Ok(get(ext, netuid, p)?.clamp(0, u64::MAX as i128) as u64)
}

/// Writes a hyperparameter without checks (genesis, init_new_network, internal use).
pub fn put(ext: &mut Ext, netuid: NetUid, p: Hyperparam, v: i128) -> DispatchResult {
    match p {
        H::SubnetIsActive => {
            let mut m = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
            m.subtoken_enabled = v != 0;
            state::set_subnet_meta(ext, netuid, &m);
        }
        H::FeeRate => {
            let mut pool = state::pool(ext, netuid)?;
            pool.fee_rate = v.clamp(0, u16::MAX as i128) as u16;
            state::set_pool(ext, netuid, &pool);
        }
        _ => ext.put(&p.key(netuid), &v),
    }
    Ok(())
}

/// Writes the new-subnet values of spec §5.4 step 7 / §6.
pub fn init_new_subnet(ext: &mut Ext, netuid: NetUid) -> DispatchResult {
    for p in Hyperparam::ALL {
        if let Some(v) = p.spec().new_subnet {
            put(ext, netuid, p, v)?;
        }
    }
    Ok(())
}

/// Every hyperparameter of a subnet, in listing order.
pub fn all(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<(Hyperparam, i128)>> {
    Hyperparam::ALL.iter().map(|&p| Ok((p, get(ext, netuid, p)?))).collect()
}

/// Blocks until the next automatic epoch: LastEpochBlock + tempo − now (saturating), spec §11.2.
pub fn blocks_until_next_epoch(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    let tempo = get_u64(ext, netuid, H::Tempo)?;
    let last = state::subnet_meta(ext, netuid)?.map(|m| m.last_epoch_block).unwrap_or(0);
    Ok(last.saturating_add(tempo).saturating_sub(ext.now))
}

/// The `sudo_set_*` dispatch: permission, admin window, owner rate limit, validation, write.
pub fn set(
    ext: &mut Ext,
    origin: crate::extrinsic::Origin,
    netuid: NetUid,
    p: Hyperparam,
    v: i128,
) -> DispatchResult {
    use crate::extrinsic::Origin;
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    let is_root = match origin {
        Origin::Root => true,
        Origin::Signed(who) => {
            if who != meta.owner {
                return Err(DispatchError::BadOrigin);
            }
            if p.spec().who == Who::Root {
                return Err(DispatchError::RootOnlyHyperparameter { param: p.name() });
            }
            false
        }
    };
    // Admin freeze window applies to owner and root alike (spec §6); the owner-cut toggle and
    // fee rate are outside AdminUtils' window check.
    if !matches!(p, H::OwnerCutEnabled | H::FeeRate) {
        let window = state::global(ext, state::Global::AdminFreezeWindow)?;
        if netuid != ROOT_NETUID && blocks_until_next_epoch(ext, netuid)? < window {
            return Err(DispatchError::AdminActionProhibitedDuringWeightsWindow);
        }
    }
    let rl_name = format!("OwnerHyperparamUpdate/{p:?}");
    if !is_root
        && let Some(limit) = p.owner_rate_limit(ext, netuid)?
        && let Some(last) = state::last_rate_limited(ext, &rl_name, netuid)?
        && ext.now.saturating_sub(last) < limit
    {
        return Err(DispatchError::OwnerHyperparamRateLimitExceeded);
    }
    validate(ext, netuid, p, v, is_root)?;
    put(ext, netuid, p, v)?;
    if !is_root {
        state::set_last_rate_limited(ext, &rl_name, netuid, ext.now);
    }
    if p == H::Tempo {
        // Both tempo setters reset LastEpochBlock (spec §6).
        let mut m = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
        m.last_epoch_block = ext.now;
        state::set_subnet_meta(ext, netuid, &m);
    }
    ext.deposit_event(crate::event::Event::HyperparameterSet { netuid, name: p.name(), value: v });
    Ok(())
}

fn validate(ext: &Ext, netuid: NetUid, p: Hyperparam, v: i128, is_root: bool) -> DispatchResult {
    let bad = || DispatchError::InvalidHyperparameter { param: p.name(), value: v };
    let (lo, hi) = p.spec().range;
    // Root's sudo_set_tempo has no bounds beyond u16; the owner's set_tempo is [360, 50_400].
    let (lo, hi) = match p {
        H::Tempo if !is_root => (360, 50_400),
        H::AlphaSigmoidSteepness if !is_root => (0, hi),
        _ => (lo, hi),
    };
    if v < lo || v > hi {
        return Err(bad());
    }
    let ok = match p {
        H::MinBurn => v < get(ext, netuid, H::MaxBurn)?,
        H::MaxBurn => v > get(ext, netuid, H::MinBurn)?,
        H::BurnHalfLife | H::OwnerCutEnabled => netuid != ROOT_NETUID,
        H::MaxValidators => v <= get(ext, netuid, H::MaxAllowedUids)?,
        H::AlphaHigh | H::AlphaLow => {
            let on = get(ext, netuid, H::LiquidAlphaEnabled)? != 0;
            let (low, high) = if p == H::AlphaLow {
                (v, get(ext, netuid, H::AlphaHigh)?)
            } else {
                (get(ext, netuid, H::AlphaLow)?, v)
            };
            on && low <= high
        }
        H::MaxAllowedUids => {
            v >= get(ext, netuid, H::MinAllowedUids)? && v >= state::subnet_n(ext, netuid)? as i128
        }
        H::MinAllowedUids => v < get(ext, netuid, H::MaxAllowedUids)?,
        H::MaxRegsPerBlock => netuid == ROOT_NETUID || is_root,
        _ => true,
    };
    if ok { Ok(()) } else { Err(bad()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_the_variants_in_declaration_order() {
        // `Table` indexes by `p as usize`; this keeps ALL and the enum in step.
        for (i, p) in Hyperparam::ALL.iter().enumerate() {
            assert_eq!(p.index(), i, "{p:?}");
        }
    }
}
