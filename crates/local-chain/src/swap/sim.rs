//! The `SwapRuntimeApi::sim_swap_*` runtime API (`runtime/src/lib.rs`): a rolled-back swap at
//! the default limit with fees on, plus the slippage against the spot price.

use substrate_fixed::types::U64F64;

use super::balancer::safe_div;
use super::{Direction, PoolState, SwapRequest, step};

/// `SimSwapResult` as the runtime API returns it. On any swap error every field is 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SimSwapResult {
    /// TAO side: net TAO paid in (buy) or TAO paid out (sell).
    pub tao_amount: u64,
    /// Alpha side: alpha paid out (buy) or net alpha paid in (sell).
    pub alpha_amount: u64,
    /// Fee in TAO (buys only).
    pub tao_fee: u64,
    /// Fee in alpha (sells only).
    pub alpha_fee: u64,
    /// floor(alpha·price) − TAO out for a sell, saturating at 0.
    pub tao_slippage: u64,
    /// floor(tao/price) − alpha out for a buy, saturating at 0.
    pub alpha_slippage: u64,
}

/// `sim_swap_tao_for_alpha` / `sim_swap_alpha_for_tao` for `amount` in `direction`.
pub fn sim_swap(pool: &PoolState, direction: Direction, amount: u64) -> SimSwapResult {
    let price = pool.price();
    let request = SwapRequest {
        direction,
        amount_in: amount,
        limit_price_rao: direction.default_limit_rao(),
        drop_fees: false,
        simulate: true,
    };
    let Ok(result) = step::swap(pool, &request) else {
        return SimSwapResult::default();
    };
    match direction {
        Direction::TaoToAlpha => {
            // `safe_div`: a zero price or an overflowing quotient gives 0.
            let no_slippage_alpha =
                safe_div(U64F64::from_num(amount), price).saturating_to_num::<u64>();
            SimSwapResult {
                tao_amount: result.amount_paid_in,
                alpha_amount: result.amount_paid_out,
                tao_fee: result.fee_paid,
                alpha_fee: 0,
                tao_slippage: 0,
                alpha_slippage: no_slippage_alpha.saturating_sub(result.amount_paid_out),
            }
        }
        Direction::AlphaToTao => {
            let no_slippage_tao =
                U64F64::from_num(amount).saturating_mul(price).saturating_to_num::<u64>();
            SimSwapResult {
                tao_amount: result.amount_paid_out,
                alpha_amount: result.amount_paid_in,
                tao_fee: 0,
                alpha_fee: result.fee_paid,
                tao_slippage: no_slippage_tao.saturating_sub(result.amount_paid_out),
                alpha_slippage: 0,
            }
        }
    }
}
