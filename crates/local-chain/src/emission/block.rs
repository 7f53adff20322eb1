//! Block emission and halvings (`get_block_emission_for_issuance`): 1 TAO per block halved
//! each time issuance crosses 21M·(1 − 2^−k); the same function gives a subnet's alpha
//! emission from its alpha issuance.

use substrate_fixed::transcendental::log2;
use substrate_fixed::types::I96F32;

use super::EmissionError;

/// `TotalSupply`: 21M TAO in rao.
pub const TOTAL_SUPPLY: u64 = 21_000_000_000_000_000;
/// `DefaultBlockEmission`: 1 TAO in rao.
pub const DEFAULT_BLOCK_EMISSION: u64 = 1_000_000_000;
/// Half the supply, the `10_500_000_000_000_000.0` of the chain's formula.
const HALF_SUPPLY: u64 = 10_500_000_000_000_000;

/// Emission per block, in rao, for `issuance` (TotalIssuance, or a subnet's AlphaIn + AlphaOut).
///
/// k = floor(log2(1/(1 − I/(2·10.5e15)))) in I96F32 with the crate's series `log2`, then
/// floor(1e9 · 1/2^k) with 2^k built by doubling. Near 21e15 the log saturates and the
/// emission floors to 0 before the cap itself (already at 21e15 − 1).
pub fn block_emission_for_issuance(issuance: u64) -> Result<u64, EmissionError> {
    let total_issuance = I96F32::saturating_from_num(issuance);
    if total_issuance >= I96F32::saturating_from_num(TOTAL_SUPPLY) {
        return Ok(0);
    }
    let one = I96F32::from_num(1);
    let supply = I96F32::from_num(2).saturating_mul(I96F32::saturating_from_num(HALF_SUPPLY));
    let fraction = total_issuance.checked_div(supply).ok_or(EmissionError::LogarithmFailed)?;
    let remaining = one.checked_sub(fraction).ok_or(EmissionError::LogarithmFailed)?;
    let ratio = one.checked_div(remaining).ok_or(EmissionError::LogarithmFailed)?;
    let residual: I96F32 = log2(ratio).map_err(|()| EmissionError::LogarithmFailed)?;
    let halvings = residual.floor().saturating_to_num::<u64>();
    let mut multiplier = one;
    for _ in 0..halvings {
        multiplier = multiplier.saturating_mul(I96F32::from_num(2));
    }
    let percentage = one.checked_div(multiplier).unwrap_or_default();
    let emission = percentage.saturating_mul(I96F32::from_num(DEFAULT_BLOCK_EMISSION));
    Ok(emission.saturating_to_num::<u64>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halvings_happen_at_the_thresholds() {
        assert_eq!(block_emission_for_issuance(0), Ok(1_000_000_000));
        assert_eq!(block_emission_for_issuance(HALF_SUPPLY - 1), Ok(1_000_000_000));
        assert_eq!(block_emission_for_issuance(HALF_SUPPLY), Ok(500_000_000));
        assert_eq!(block_emission_for_issuance(15_750_000_000_000_000), Ok(250_000_000));
        // floor(log2) = 54 just below the cap: 1e9 / 2^54 floors to 0.
        assert_eq!(block_emission_for_issuance(TOTAL_SUPPLY - 1), Ok(0));
        assert_eq!(block_emission_for_issuance(u64::MAX), Ok(0));
    }
}
