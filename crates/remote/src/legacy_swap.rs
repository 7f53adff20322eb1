//! Exact swap quotes and spot prices for runtimes older than `SwapRuntimeApi` (spec 218, the
//! raonet runtime in `../shared/metadata`), as pure functions of the pool's storage.
//!
//! Spec 218 was built from opentensor/subtensor `c39109d32` (2025-01-04, "dtao emission", the
//! commit that last wrote `scripts/specs/raonet.json`). Its swap is
//! `pallets/subtensor/src/staking/stake_utils.rs::swap_tao_for_alpha / swap_alpha_for_tao`:
//! a fee-free constant product over `SubnetTAO` and `SubnetAlphaIn` in `I96F32`, with
//! `SubnetMechanism` 1 = dynamic, anything else = stable 1:1:
//!
//! ```text
//! k     = alpha_in.saturating_mul(tao_in)                         (I96F32, saturates at 2^95)
//! buy:  alpha_out = alpha_in.saturating_sub(k.checked_div(tao_in + tao).unwrap_or(0))
//! sell: tao_out   = tao_in.saturating_sub(k.checked_div(alpha_in + alpha).unwrap_or(0))
//! result.to_num::<u64>()                                           (truncation)
//! ```
//!
//! There is no staking fee, no price limit (`add_stake_limit` does not exist yet) and no
//! minimum reserve in that runtime; `add_stake`/`remove_stake` are `Pays::No`. The order of
//! operations, the saturation of `k` and the truncations are kept exactly, so a preview made
//! with these functions equals the runtime's result bit for bit (checked against a real
//! `add_stake`/`remove_stake` on the spec-218 runtime in `tests/remote_chopsticks.rs`).

use local_chain::swap::{Direction, SimSwapResult};
use substrate_fixed::types::I96F32;

/// `SubnetMechanism` of a dynamic (constant-product) subnet.
pub const DYNAMIC: u16 = 1;

/// The storage a legacy swap reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegacyPool {
    /// `SubnetMechanism[netuid]` (1 = dynamic; anything else swaps 1:1).
    pub mechanism: u16,
    /// `SubnetTAO[netuid]`, rao.
    pub tao_in: u64,
    /// `SubnetAlphaIn[netuid]`, alpha rao.
    pub alpha_in: u64,
}

/// The runtime's constant-product output for `amount` paid into the `pay_in` reserve.
fn constant_product_out(reserve_out: u64, reserve_in: u64, amount: u64) -> u64 {
    let out_r = I96F32::from_num(reserve_out);
    let in_r = I96F32::from_num(reserve_in);
    let k = out_r.saturating_mul(in_r);
    let left =
        k.checked_div(in_r.saturating_add(I96F32::from_num(amount))).unwrap_or(I96F32::from_num(0));
    out_r.saturating_sub(left).to_num::<u64>()
}

/// `swap_tao_for_alpha(netuid, tao)` of spec 218: alpha received for `tao` rao.
pub fn alpha_for_tao(pool: &LegacyPool, tao: u64) -> u64 {
    if pool.mechanism == DYNAMIC {
        constant_product_out(pool.alpha_in, pool.tao_in, tao)
    } else {
        tao
    }
}

/// `swap_alpha_for_tao(netuid, alpha)` of spec 218: TAO received for `alpha`.
pub fn tao_for_alpha(pool: &LegacyPool, alpha: u64) -> u64 {
    if pool.mechanism == DYNAMIC {
        constant_product_out(pool.tao_in, pool.alpha_in, alpha)
    } else {
        alpha
    }
}

/// Spot price in rao per alpha: 1e9 on a stable pool, 0 on an empty alpha reserve, else
/// floor(SubnetTAO · 1e9 / SubnetAlphaIn) as an exact rational. Spec 218 has no price API
/// (newer runtimes answer `SwapRuntimeApi.current_alpha_price`, whose constant-product case is
/// the same ratio computed in fixed point); this is the ratio the legacy swap trades at.
pub fn price_rao(pool: &LegacyPool) -> u64 {
    if pool.mechanism != DYNAMIC {
        return 1_000_000_000;
    }
    if pool.alpha_in == 0 {
        return 0;
    }
    let p = u128::from(pool.tao_in) * 1_000_000_000 / u128::from(pool.alpha_in);
    u64::try_from(p).unwrap_or(u64::MAX)
}

/// The quote in the shape `SwapRuntimeApi.sim_swap_*` answers on newer runtimes, so previews
/// treat both alike: no fees, and the slippage against the spot ratio (floor(tao·alpha_in /
/// tao_in) − alpha out for a buy, floor(alpha·tao_in / alpha_in) − TAO out for a sell; 0 on
/// stable pools and empty reserves).
pub fn quote(pool: &LegacyPool, direction: Direction, amount: u64) -> SimSwapResult {
    let dynamic = pool.mechanism == DYNAMIC;
    let ideal = |num: u64, den: u64| -> u64 {
        if !dynamic || den == 0 {
            return 0;
        }
        u64::try_from(u128::from(amount) * u128::from(num) / u128::from(den)).unwrap_or(u64::MAX)
    };
    match direction {
        Direction::TaoToAlpha => {
            let out = alpha_for_tao(pool, amount);
            SimSwapResult {
                tao_amount: amount,
                alpha_amount: out,
                alpha_slippage: ideal(pool.alpha_in, pool.tao_in).saturating_sub(out),
                ..SimSwapResult::default()
            }
        }
        Direction::AlphaToTao => {
            let out = tao_for_alpha(pool, amount);
            SimSwapResult {
                tao_amount: out,
                alpha_amount: amount,
                tao_slippage: ideal(pool.tao_in, pool.alpha_in).saturating_sub(out),
                ..SimSwapResult::default()
            }
        }
    }
}

/// The pool after the swap, as the runtime writes it (`SubnetAlphaIn`/`SubnetTAO` moved by the
/// truncated amounts, saturating).
pub fn after(pool: &LegacyPool, direction: Direction, amount: u64) -> LegacyPool {
    match direction {
        Direction::TaoToAlpha => {
            let out = alpha_for_tao(pool, amount);
            LegacyPool {
                tao_in: pool.tao_in.saturating_add(amount),
                alpha_in: pool.alpha_in.saturating_sub(out),
                ..*pool
            }
        }
        Direction::AlphaToTao => {
            let out = tao_for_alpha(pool, amount);
            LegacyPool {
                tao_in: pool.tao_in.saturating_sub(out),
                alpha_in: pool.alpha_in.saturating_add(amount),
                ..*pool
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: LegacyPool =
        LegacyPool { mechanism: 1, tao_in: 10_000_000_000, alpha_in: 20_000_000_000 };

    #[test]
    fn buy_matches_the_constant_product_with_truncation() {
        // 20e9 − 2e20 / 11e9 = 20e9 − 18_181_818_181.8181… → 1_818_181_818 (the fixed-point
        // quotient is truncated at 2^-32, then the difference truncated to an integer).
        assert_eq!(alpha_for_tao(&P, 1_000_000_000), 1_818_181_818);
        // Exact division: 2e20 / 20e9 = 1e10 → 10e9 alpha.
        assert_eq!(alpha_for_tao(&P, 10_000_000_000), 10_000_000_000);
        assert_eq!(alpha_for_tao(&P, 0), 0);
        // 2e20 / (1e10 + 1) = 19_999_999_998.0000000002: the fraction is below 2^-32, so the
        // fixed-point quotient is exactly 19_999_999_998 and the buyer gets 2 (exact math: 1).
        assert_eq!(alpha_for_tao(&P, 1), 2);
    }

    #[test]
    fn sell_matches_the_constant_product_with_truncation() {
        // 10e9 − 2e20 / 21e9 = 10e9 − 9_523_809_523.809… → 476_190_476.
        assert_eq!(tao_for_alpha(&P, 1_000_000_000), 476_190_476);
        assert_eq!(tao_for_alpha(&P, 20_000_000_000), 5_000_000_000);
    }

    #[test]
    fn reserves_that_overflow_i96f32_saturate_k_like_the_runtime() {
        // 1e15 · 1e15 = 1e30 > I96F32::MAX (≈ 3.96e28): k saturates, so the quote is far below
        // the ideal constant product. The runtime does the same; the preview must too.
        let big = LegacyPool {
            mechanism: 1,
            tao_in: 1_000_000_000_000_000,
            alpha_in: 1_000_000_000_000_000,
        };
        let k = I96F32::max_value();
        let expect = (I96F32::from_num(big.alpha_in)
            - k / (I96F32::from_num(big.tao_in) + I96F32::from_num(1_000_000_000u64)))
        .to_num::<u64>();
        assert_eq!(alpha_for_tao(&big, 1_000_000_000), expect);
        assert!(expect > 960_000_000_000_000, "saturated k leaves most of the reserve: {expect}");
    }

    #[test]
    fn stable_pools_swap_one_to_one_and_price_one() {
        let s = LegacyPool { mechanism: 0, tao_in: 5, alpha_in: 7 };
        assert_eq!(alpha_for_tao(&s, 123), 123);
        assert_eq!(tao_for_alpha(&s, 456), 456);
        assert_eq!(price_rao(&s), 1_000_000_000);
        assert_eq!(quote(&s, Direction::TaoToAlpha, 9).alpha_slippage, 0);
    }

    #[test]
    fn genesis_subnet_one_of_raonet_is_a_one_rao_alpha_reserve() {
        // raonet genesis: SubnetTAO[1] = 10 TAO, SubnetAlphaIn[1] = 1 rao.
        let g = LegacyPool { mechanism: 1, tao_in: 10_000_000_000, alpha_in: 1 };
        assert_eq!(alpha_for_tao(&g, 1_000_000_000), 0);
        assert_eq!(price_rao(&g), 10_000_000_000_000_000_000);
    }

    #[test]
    fn price_is_the_exact_reserve_ratio() {
        assert_eq!(price_rao(&P), 500_000_000);
        let third = LegacyPool { mechanism: 1, tao_in: 1, alpha_in: 3 };
        assert_eq!(price_rao(&third), 333_333_333);
        assert_eq!(price_rao(&LegacyPool { mechanism: 1, tao_in: 9, alpha_in: 0 }), 0);
    }

    #[test]
    fn quotes_carry_amounts_slippage_and_no_fee() {
        let buy = quote(&P, Direction::TaoToAlpha, 1_000_000_000);
        assert_eq!(
            buy,
            SimSwapResult {
                tao_amount: 1_000_000_000,
                alpha_amount: 1_818_181_818,
                tao_fee: 0,
                alpha_fee: 0,
                tao_slippage: 0,
                alpha_slippage: 2_000_000_000 - 1_818_181_818,
            }
        );
        let sell = quote(&P, Direction::AlphaToTao, 1_000_000_000);
        assert_eq!((sell.tao_amount, sell.alpha_amount), (476_190_476, 1_000_000_000));
        assert_eq!(sell.tao_slippage, 500_000_000 - 476_190_476);
    }

    #[test]
    fn after_moves_reserves_by_the_truncated_amounts() {
        let a = after(&P, Direction::TaoToAlpha, 1_000_000_000);
        assert_eq!((a.tao_in, a.alpha_in), (11_000_000_000, 20_000_000_000 - 1_818_181_818));
        let s = after(&P, Direction::AlphaToTao, 1_000_000_000);
        assert_eq!((s.tao_in, s.alpha_in), (10_000_000_000 - 476_190_476, 21_000_000_000));
    }
}
