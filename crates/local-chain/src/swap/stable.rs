//! Mechanism-0 ("stable") subnets and root: the price is always 1, swaps are 1:1 with no fee
//! and no limit logic (the stable branch of `swap_tao_for_alpha` / `swap_alpha_for_tao`, and
//! the root/stable corner of the max-amount helpers).

use substrate_fixed::types::U64F64;

use super::{Direction, PoolState, RAO_PER_TAO, SwapResult};

/// A 1:1 swap of `amount_in` on a stable subnet; the reserves move like a dynamic swap's.
pub fn stable_swap(pool: &PoolState, direction: Direction, amount_in: u64) -> SwapResult {
    let one = U64F64::from_num(1);
    let mut pool_after = *pool;
    match direction {
        Direction::TaoToAlpha => {
            pool_after.tao_reserve = pool.tao_reserve.saturating_add(amount_in);
            pool_after.alpha_reserve = pool.alpha_reserve.saturating_sub(amount_in);
        }
        Direction::AlphaToTao => {
            pool_after.alpha_reserve = pool.alpha_reserve.saturating_add(amount_in);
            pool_after.tao_reserve = pool.tao_reserve.saturating_sub(amount_in);
        }
    }
    SwapResult {
        direction,
        amount_paid_in: amount_in,
        amount_paid_out: amount_in,
        fee_paid: 0,
        fee_to_block_author: 0,
        limit_reached: false,
        price_before: one,
        limit_price: one,
        target_price: one,
        pool_after,
    }
}

/// `get_max_amount_add` / `get_max_amount_remove` for root and stable subnets: the price never
/// moves, so everything (u64::MAX) or nothing can be swapped — a buy needs a limit ≥ 1 TAO, a
/// sell a limit ≤ 1 TAO.
pub fn stable_max_amount(direction: Direction, limit_price_rao: u64) -> u64 {
    let within = match direction {
        Direction::TaoToAlpha => limit_price_rao >= RAO_PER_TAO,
        Direction::AlphaToTao => limit_price_rao <= RAO_PER_TAO,
    };
    if within { u64::MAX } else { 0 }
}
