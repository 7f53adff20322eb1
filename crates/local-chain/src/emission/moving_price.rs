//! The subnet moving-price EMA (`update_moving_price` in `staking/stake_utils.rs`).

use substrate_fixed::types::{I96F32, U64F64};

/// Inputs of one `update_moving_price` call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MovingPriceUpdate {
    /// `FirstEmissionBlockNumber`; `None` is read as 0 (`unwrap_or_default`).
    pub first_emission_block: Option<u64>,
    /// The current block.
    pub current_block: u64,
    /// `EMAPriceHalvingBlocks` of the subnet.
    pub halving_blocks: u64,
    /// `SubnetMovingAlpha` (global).
    pub moving_alpha: I96F32,
    /// The pool's spot price (`current_alpha_price`).
    pub spot_price: U64F64,
    /// The previous moving price as `get_moving_alpha_price` reads it (see
    /// [`super::moving_alpha_price`]).
    pub old_moving_price: U64F64,
}

/// The new `SubnetMovingPrice`.
///
/// b = now − (first_emission_block − 1) (saturating), a = moving_alpha · b/(b + h),
/// new = a·min(spot, 1) + (1 − a)·old in U64F64, stored as I96F32. The spot price is capped
/// at 1.0 before it enters the EMA.
pub fn update_moving_price(update: &MovingPriceUpdate) -> I96F32 {
    let start_call_block = update.first_emission_block.unwrap_or_default().saturating_sub(1);
    let blocks_since_start_call =
        U64F64::saturating_from_num(update.current_block.saturating_sub(start_call_block));
    let halving = U64F64::saturating_from_num(update.halving_blocks);
    let moving_alpha = U64F64::saturating_from_num(update.moving_alpha);
    let ramp = blocks_since_start_call
        .checked_div(blocks_since_start_call.saturating_add(halving))
        .unwrap_or_default();
    let alpha = moving_alpha.saturating_mul(ramp);
    let one_minus_alpha = U64F64::from_num(1).saturating_sub(alpha);
    let current = alpha.saturating_mul(update.spot_price.min(U64F64::from_num(1)));
    let previous = one_minus_alpha.saturating_mul(update.old_moving_price);
    I96F32::saturating_from_num(current.saturating_add(previous))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// subtensor's `test_coinbase_moving_prices`: price 1, moving alpha 0.1, 201_600 blocks
    /// after start_call (so a = 0.05); 14 updates from 0 give 1 − 0.95^14 ≈ 0.512325.
    #[test]
    fn chain_test_coinbase_moving_prices() {
        let mut moving = U64F64::from_num(0);
        for _ in 0..14 {
            let update = MovingPriceUpdate {
                first_emission_block: Some(1),
                current_block: 201_600,
                halving_blocks: 201_600,
                moving_alpha: I96F32::from_num(1) / I96F32::from_num(10),
                spot_price: U64F64::from_num(1),
                old_moving_price: moving,
            };
            moving = U64F64::saturating_from_num(update_moving_price(&update));
        }
        let expected = U64F64::from_num(512_325) / U64F64::from_num(1_000_000);
        let tolerance = U64F64::from_num(1) / U64F64::from_num(1_000_000);
        let diff = if moving > expected { moving - expected } else { expected - moving };
        assert!(diff < tolerance, "{moving}");
    }
}
