//! The weighted-pool math of `pallets/swap/src/pallet/balancer.rs`: price, the invariant's
//! power function, the input needed to reach a limit price, and weight re-balancing.
//!
//! Notation as in the chain: x = alpha reserve (base), y = TAO reserve (quote), w1 = base
//! weight, w2 = quote weight, w1 + w2 = 1 (both Perquintill).

use safe_bigmath::SafeInt;
use sp_arithmetic::Perquintill;
use sp_arithmetic::traits::Saturating;
use sp_core::U256;
use substrate_fixed::types::U64F64;

/// Perquintill accuracy: weights are parts per 1e18.
pub const ACCURACY: u64 = 1_000_000_000_000_000_000;
/// `MIN_WEIGHT`: neither weight may drop below 0.01.
pub const MIN_WEIGHT: Perquintill = Perquintill::from_parts(ACCURACY / 100);
/// 1.0 as a Perquintill.
const ONE: Perquintill = Perquintill::from_parts(ACCURACY);
/// `exp_scaled` asks `pow_ratio_scaled` for 256 bits of precision.
const SWAP_PRECISION: u32 = 256;
/// The limit-price deltas ask for 1024 bits.
const LIMIT_PRECISION: u32 = 1024;

/// `Balancer::default()`: 0.5, so a fresh pool is constant-product.
pub fn default_quote_weight() -> Perquintill {
    Perquintill::from_rational(1u128, 2u128)
}

/// w1 = 1 − w2.
pub fn base_weight(quote: Perquintill) -> Perquintill {
    ONE.saturating_sub(quote)
}

/// `Balancer::check_constraints`: both weights at least [`MIN_WEIGHT`].
pub fn weights_valid(quote: Perquintill) -> bool {
    base_weight(quote) >= MIN_WEIGHT && quote >= MIN_WEIGHT
}

/// `Balancer::calculate_price`: (w1/w2)·(y/x) in U64F64. Each division is `safe_div`, so a
/// zero divisor or an overflowing quotient gives 0, as on chain.
pub fn calculate_price(quote: Perquintill, alpha: u64, tao: u64) -> U64F64 {
    let w2 = U64F64::saturating_from_num(quote.deconstruct());
    let w1 = U64F64::saturating_from_num(base_weight(quote).deconstruct());
    let x = U64F64::saturating_from_num(alpha);
    let y = U64F64::saturating_from_num(tao);
    safe_div(w1, w2).saturating_mul(safe_div(y, x))
}

/// `safe_math::SafeDiv::safe_div` for fixed-point: `checked_div`, 0 on zero or overflow.
pub(crate) fn safe_div(a: U64F64, b: U64F64) -> U64F64 {
    a.checked_div(b).unwrap_or_default()
}

/// `Balancer::exp_scaled`: (r/(r+Δ))^(w1/w2) when `base_quote`, else ^(w2/w1), as U64F64.
///
/// The power comes from `safe-bigmath`'s `pow_ratio_scaled` scaled by 1e18 and is then divided
/// by 1e18 in U64F64; for a non-negative Δ the result is capped at 1. Any failure of the power
/// function (or a result beyond u64) yields 0, exactly like the chain.
pub fn exp_scaled(quote: Perquintill, reserve: u64, delta: i128, base_quote: bool) -> U64F64 {
    let magnitude = u64::try_from(delta.unsigned_abs()).unwrap_or(u64::MAX);
    let reserve_after = if delta >= 0 {
        reserve.saturating_add(magnitude)
    } else {
        reserve.saturating_sub(magnitude)
    };
    if reserve_after == 0 {
        return U64F64::from_num(0);
    }
    let w1 = SafeInt::from(u128::from(base_weight(quote).deconstruct()));
    let w2 = SafeInt::from(u128::from(quote.deconstruct()));
    let (exp_num, exp_den) = if base_quote { (&w1, &w2) } else { (&w2, &w1) };
    let powered = SafeInt::pow_ratio_scaled(
        &SafeInt::from(reserve),
        &SafeInt::from(reserve_after),
        exp_num,
        exp_den,
        SWAP_PRECISION,
        &SafeInt::from(u128::from(ACCURACY)),
    );
    match powered.as_ref().and_then(SafeInt::to_u64) {
        Some(scaled) => {
            let e = safe_div(
                U64F64::saturating_from_num(scaled),
                U64F64::saturating_from_num(ACCURACY),
            );
            if delta >= 0 { e.min(U64F64::from_num(1)) } else { e }
        }
        None => U64F64::from_num(0),
    }
}

/// Buy output (`convert_deltas`, TAO in): floor(x·(1 − (y/(y+Δy))^(w2/w1))).
pub fn alpha_out_for_tao_in(quote: Perquintill, tao: u64, alpha: u64, tao_in: u64) -> u64 {
    let e = exp_scaled(quote, tao, i128::from(tao_in), false);
    U64F64::from_num(alpha)
        .saturating_mul(U64F64::from_num(1).saturating_sub(e))
        .saturating_to_num::<u64>()
}

/// Sell output (`convert_deltas`, alpha in): floor(y·(1 − (x/(x+Δx))^(w1/w2))).
pub fn tao_out_for_alpha_in(quote: Perquintill, tao: u64, alpha: u64, alpha_in: u64) -> u64 {
    let e = exp_scaled(quote, alpha, i128::from(alpha_in), true);
    U64F64::from_num(tao)
        .saturating_mul(U64F64::from_num(1).saturating_sub(e))
        .saturating_to_num::<u64>()
}

/// `Balancer::get_base_needed_for_quote`: alpha to sell to take `tao_out` out of the pool,
/// floor(x·((y/(y−Δy))^(w2/w1) − 1)).
pub fn alpha_needed_for_tao(quote: Perquintill, tao: u64, alpha: u64, tao_out: u64) -> u64 {
    let e = exp_scaled(quote, tao, -i128::from(tao_out), false);
    U64F64::from_num(alpha)
        .saturating_mul(e.saturating_sub(U64F64::from_num(1)))
        .saturating_to_num::<u64>()
}

/// Input needed to move the price from `price_from` to `price_to` on `reserve`:
/// floor(reserve·((num/den)^(w/1) − 1)) with the power taken on the raw U64F64 bit patterns
/// (precision 1024, scale 1e18), shared by `calculate_quote_delta_in` / `calculate_base_delta_in`.
fn delta_to_reach(num: U64F64, den: U64F64, weight: Perquintill, reserve: u64) -> u64 {
    let scale: u128 = u128::from(ACCURACY);
    let powered = SafeInt::pow_ratio_scaled(
        &SafeInt::from(num.to_bits()),
        &SafeInt::from(den.to_bits()),
        &SafeInt::from(u128::from(weight.deconstruct())),
        &SafeInt::from(ACCURACY),
        LIMIT_PRECISION,
        &SafeInt::from(scale),
    );
    let Some(powered) = powered else {
        return 0;
    };
    // A power beyond u64 saturates rather than failing (unlike `exp_scaled`).
    let powered_fixed = match powered.to_u64() {
        Some(v) => U64F64::saturating_from_num(v),
        None if powered > u64::MAX => U64F64::saturating_from_num(u64::MAX),
        None => U64F64::from_num(0),
    };
    U64F64::saturating_from_num(reserve)
        .saturating_mul(
            safe_div(powered_fixed, U64F64::saturating_from_num(scale))
                .saturating_sub(U64F64::from_num(1)),
        )
        .saturating_to_num::<u64>()
}

/// `calculate_quote_delta_in`: TAO a buy needs to lift the price from `current` to `target`,
/// Δy = y·((target/current)^w1 − 1).
pub fn quote_delta_in(quote: Perquintill, current: U64F64, target: U64F64, tao: u64) -> u64 {
    delta_to_reach(target, current, base_weight(quote), tao)
}

/// `calculate_base_delta_in`: alpha a sell needs to push the price from `current` down to
/// `target`, Δx = x·((current/target)^w2 − 1).
pub fn base_delta_in(quote: Perquintill, current: U64F64, target: U64F64, alpha: u64) -> u64 {
    delta_to_reach(current, target, quote, alpha)
}

/// `Balancer::mul_perquintill_round`: round(value · parts / 1e18) in U256, saturating at u128.
fn mul_perquintill_round(p: Perquintill, value: u128) -> u128 {
    let acc = U256::from(ACCURACY);
    let num = U256::from(value).saturating_mul(U256::from(p.deconstruct()));
    let res = num.saturating_add(acc / U256::from(2u8)) / acc;
    if res > U256::from(u128::MAX) { u128::MAX } else { res.low_u128() }
}

/// `update_weights_for_added_liquidity`: the quote weight that keeps the price unchanged when
/// (Δy, Δx) is added, or `None` when it would leave [0.01, 0.99] (the chain then refuses).
///
/// q1 = round(w1·y·(x+Δx)), q2 = round(w2·x·(y+Δy)), w2' = `from_rational(q2, q1+q2)` which
/// rounds down in sp-arithmetic 26.1.0; 0.5 when both are 0.
pub fn reweight_for_added_liquidity(
    quote: Perquintill,
    tao_reserve: u64,
    alpha_reserve: u64,
    tao_delta: u64,
    alpha_delta: u64,
) -> Option<Perquintill> {
    let y = u128::from(tao_reserve);
    let x = u128::from(alpha_reserve);
    let new_y = y.saturating_add(u128::from(tao_delta));
    let new_x = x.saturating_add(u128::from(alpha_delta));
    let q1 = mul_perquintill_round(base_weight(quote), y.saturating_mul(new_x));
    let q2 = mul_perquintill_round(quote, x.saturating_mul(new_y));
    let sum = q1.saturating_add(q2);
    let new_quote =
        if sum != 0 { Perquintill::from_rational(q2, sum) } else { default_quote_weight() };
    weights_valid(new_quote).then_some(new_quote)
}
