//! Emission scores of the epoch: the server/validator/combined shares and their rao amounts.

use substrate_fixed::types::{I32F32, I96F32};

use super::math::{inplace_normalize, inplace_normalize_using_sum, wrapping_sum};

/// The three normalized emission vectors (`I32F32`, each summing to ~1 together or on its own).
pub struct NormalizedEmission {
    pub server: Vec<I32F32>,
    pub validator: Vec<I32F32>,
    pub combined: Vec<I32F32>,
}

/// Server share = incentive / Σ(inc+div), validator share = dividends / Σ(inc+div), combined =
/// (inc+div) normalized on its own. When that sum is 0 (no usable weights) the validator and
/// combined shares fall back to the active stake, or to the plain stake if no stake is active;
/// the server share is then left as the (all-zero) incentive.
pub fn normalized(
    incentive: &[I32F32],
    dividends: &[I32F32],
    stake: &[I32F32],
    active_stake: &[I32F32],
) -> NormalizedEmission {
    let combined: Vec<I32F32> =
        incentive.iter().zip(dividends).map(|(i, d)| i.saturating_add(*d)).collect();
    let sum = wrapping_sum(combined.iter());
    let mut server = incentive.to_vec();
    let mut validator = dividends.to_vec();
    let mut combined_n = combined;
    inplace_normalize_using_sum(&mut server, sum);
    inplace_normalize_using_sum(&mut validator, sum);
    inplace_normalize(&mut combined_n);
    if sum == I32F32::from_bits(0) {
        let fallback = if wrapping_sum(active_stake.iter()) == I32F32::from_bits(0) {
            stake
        } else {
            active_stake
        };
        validator = fallback.to_vec();
        combined_n = fallback.to_vec();
    }
    NormalizedEmission { server, validator, combined: combined_n }
}

/// `floor(I96F32(share) · E)` per uid (saturating; negative shares give 0).
pub fn to_rao(shares: &[I32F32], rao_emission: u64) -> Vec<u64> {
    let e = I96F32::from_num(rao_emission);
    shares
        .iter()
        .map(|s| I96F32::saturating_from_num(*s).saturating_mul(e).saturating_to_num::<u64>())
        .collect()
}
