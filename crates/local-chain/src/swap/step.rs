//! One swap, as `Pallet::do_swap` → `swap_inner` → `BasicSwapStep` run it
//! (`pallets/swap/src/pallet/{impls,swap_step}.rs`): fee, input cap, reserve floor, limit
//! pre-check, full or partial fill, and the committed-swap liquidity check.

use substrate_fixed::types::U64F64;

use super::balancer::{
    alpha_out_for_tao_in, base_delta_in, calculate_price, quote_delta_in, safe_div,
    tao_out_for_alpha_in,
};
use super::{
    Direction, MAX_SWAP_INPUT_RESERVE_MULTIPLIER, PoolState, SwapError, SwapRequest, SwapResult,
    limit_price_from_rao,
};

/// `calculate_fee_amount`: floor(amount · (fee_rate/65535)) in U64F64 (the rate is divided
/// first), or 0 with `drop_fees`.
pub fn fee_amount(fee_rate: u16, amount: u64, drop_fees: bool) -> u64 {
    if drop_fees {
        return 0;
    }
    let rate = safe_div(U64F64::from_num(fee_rate), U64F64::from_num(u16::MAX));
    U64F64::from_num(amount).saturating_mul(rate).saturating_to_num::<u64>()
}

/// The fee recomputed when a step stops at the limit: floor(Δ · (r/(65535 − r))), a fee on
/// the gross amount; r = 65535 divides by zero, which `safe_div` turns into a zero fee.
fn fee_on_partial_fill(fee_rate: u16, delta_in: u64, drop_fees: bool) -> u64 {
    let rate = if drop_fees { U64F64::from_num(0) } else { U64F64::from_num(fee_rate) };
    let max = U64F64::from_num(u16::MAX);
    U64F64::from_num(delta_in)
        .saturating_mul(safe_div(rate, max.saturating_sub(rate)))
        .saturating_to_num::<u64>()
}

/// `SwapStep::convert_deltas`: the output for a net input `delta_in`.
pub fn convert_deltas(pool: &PoolState, direction: Direction, delta_in: u64) -> u64 {
    match direction {
        Direction::TaoToAlpha => {
            alpha_out_for_tao_in(pool.quote_weight, pool.tao_reserve, pool.alpha_reserve, delta_in)
        }
        Direction::AlphaToTao => {
            tao_out_for_alpha_in(pool.quote_weight, pool.tao_reserve, pool.alpha_reserve, delta_in)
        }
    }
}

/// `SwapStep::price_target`: the price after a full fill of `delta_in`.
fn price_target(pool: &PoolState, direction: Direction, delta_in: u64) -> U64F64 {
    let out = convert_deltas(pool, direction, delta_in);
    let (alpha, tao) = match direction {
        Direction::TaoToAlpha => {
            (pool.alpha_reserve.saturating_sub(out), pool.tao_reserve.saturating_add(delta_in))
        }
        Direction::AlphaToTao => {
            (pool.alpha_reserve.saturating_add(delta_in), pool.tao_reserve.saturating_sub(out))
        }
    };
    calculate_price(pool.quote_weight, alpha, tao)
}

/// `SwapStep::delta_in`: the net input that moves the price from `current` to `limit`.
fn delta_in_to_limit(
    pool: &PoolState,
    direction: Direction,
    current: U64F64,
    limit: U64F64,
) -> u64 {
    match direction {
        Direction::TaoToAlpha => {
            quote_delta_in(pool.quote_weight, current, limit, pool.tao_reserve)
        }
        Direction::AlphaToTao => {
            base_delta_in(pool.quote_weight, current, limit, pool.alpha_reserve)
        }
    }
}

/// Runs one swap on `pool` without committing it (`do_swap`).
///
/// Checks in the chain's order: net input ≤ 1000 × input reserve (`SwapInputTooLarge`), output
/// reserve ≥ `minimum_reserve` (`ReservesTooLow`), price strictly on the right side of the limit
/// (`PriceLimitExceeded`); then the single swap step; then, for committed swaps only, output ≤
/// output reserve (`InsufficientLiquidity`).
pub fn swap(pool: &PoolState, req: &SwapRequest) -> Result<SwapResult, SwapError> {
    let direction = req.direction;
    let limit_price = limit_price_from_rao(req.limit_price_rao);
    let reserve_in = pool.reserve_in(direction);
    let reserve_out = pool.reserve_out(direction);

    // ensure_swap_input_within_reserve_limit
    let fee = fee_amount(pool.fee_rate, req.amount_in, req.drop_fees);
    let requested_delta_in = req.amount_in.saturating_sub(fee);
    if requested_delta_in > reserve_in.saturating_mul(MAX_SWAP_INPUT_RESERVE_MULTIPLIER) {
        return Err(SwapError::SwapInputTooLarge);
    }

    // swap_inner
    if reserve_out < pool.minimum_reserve {
        return Err(SwapError::ReservesTooLow);
    }
    let price_before = pool.price();
    if !direction.is_beyond_price_limit(price_before, limit_price) {
        return Err(SwapError::PriceLimitExceeded);
    }

    // BasicSwapStep::new + determine_action
    let target_price = price_target(pool, direction, requested_delta_in);
    let (delta_in, fee, limit_reached) = if direction.price_is_closer(target_price, limit_price) {
        (requested_delta_in, fee, false)
    } else {
        let delta_in = delta_in_to_limit(pool, direction, price_before, limit_price);
        let fee = fee_on_partial_fill(pool.fee_rate, delta_in, req.drop_fees);
        (delta_in, fee, true)
    };

    // process_swap
    let delta_out = convert_deltas(pool, direction, delta_in);
    let fee_to_block_author = if delta_in != 0 {
        if delta_out == 0 {
            return Err(SwapError::ReservesTooLow);
        }
        fee
    } else {
        0
    };

    // do_swap: a committed swap may not pay out more than the reserve it read up front.
    if !req.simulate && reserve_out < delta_out {
        return Err(SwapError::InsufficientLiquidity);
    }

    let mut pool_after = *pool;
    match direction {
        Direction::TaoToAlpha => {
            pool_after.tao_reserve = pool.tao_reserve.saturating_add(delta_in);
            pool_after.alpha_reserve = pool.alpha_reserve.saturating_sub(delta_out);
        }
        Direction::AlphaToTao => {
            pool_after.alpha_reserve = pool.alpha_reserve.saturating_add(delta_in);
            pool_after.tao_reserve = pool.tao_reserve.saturating_sub(delta_out);
        }
    }

    Ok(SwapResult {
        direction,
        amount_paid_in: delta_in,
        amount_paid_out: delta_out,
        fee_paid: fee,
        fee_to_block_author,
        limit_reached,
        price_before,
        limit_price,
        target_price,
        pool_after,
    })
}
