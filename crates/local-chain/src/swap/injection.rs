//! Emission liquidity injection (`Pallet::adjust_protocol_liquidity`): the Balancer accepts
//! (Δtao, Δalpha) in any proportion and re-weights so the spot price does not move.

use sp_arithmetic::Perquintill;

use super::PoolState;
use super::balancer::reweight_for_added_liquidity;

/// The outcome of an injection request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Injection {
    /// False when the new weight would leave [0.01, 0.99]; nothing is injected then.
    pub accepted: bool,
    /// The quote weight after the injection (unchanged when refused).
    pub quote_weight: Perquintill,
    /// TAO actually injected (the request, or 0).
    pub tao: u64,
    /// Alpha actually injected (the request, or 0).
    pub alpha: u64,
}

impl Injection {
    /// `pool` with the injection applied: reserves grow by the injected amounts and the weight
    /// is updated. (On chain the reserves are credited by the coinbase, not by the swap pallet.)
    pub fn apply(&self, pool: &PoolState) -> PoolState {
        PoolState {
            tao_reserve: pool.tao_reserve.saturating_add(self.tao),
            alpha_reserve: pool.alpha_reserve.saturating_add(self.alpha),
            quote_weight: self.quote_weight,
            ..*pool
        }
    }
}

/// `adjust_protocol_liquidity(netuid, tao_delta, alpha_delta)` over `pool`'s reserves and weight.
pub fn adjust_protocol_liquidity(pool: &PoolState, tao_delta: u64, alpha_delta: u64) -> Injection {
    match reweight_for_added_liquidity(
        pool.quote_weight,
        pool.tao_reserve,
        pool.alpha_reserve,
        tao_delta,
        alpha_delta,
    ) {
        Some(quote_weight) => {
            Injection { accepted: true, quote_weight, tao: tao_delta, alpha: alpha_delta }
        }
        None => Injection { accepted: false, quote_weight: pool.quote_weight, tao: 0, alpha: 0 },
    }
}
