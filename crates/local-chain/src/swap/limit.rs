//! Limit orders as `add_stake_limit` / `remove_stake_limit` run them (swap side only):
//! the input cap, `get_max_amount_add` / `get_max_amount_remove`, `SlippageTooHigh`, and the
//! committed partial fill at the limit.
//!
//! Balance, minimum-stake, hotkey, subtoken and lock checks belong to the staking layer and are
//! not done here; on chain some of them run before `SlippageTooHigh`.

use super::{Direction, MAX_SWAP_INPUT_RESERVE_MULTIPLIER, PoolState, SwapError, SwapRequest};
use super::{SwapResult, step};

/// `ensure_add_stake_input_within_swap_limit` / `ensure_remove_stake_input_within_swap_limit`:
/// the gross amount may be at most 1000 × the input reserve, else `InsufficientLiquidity`.
pub fn ensure_input_within_swap_limit(
    pool: &PoolState,
    direction: Direction,
    amount: u64,
) -> Result<(), SwapError> {
    let cap = pool.reserve_in(direction).saturating_mul(MAX_SWAP_INPUT_RESERVE_MULTIPLIER);
    if amount <= cap { Ok(()) } else { Err(SwapError::InsufficientLiquidity) }
}

/// `get_max_amount_add` / `get_max_amount_remove` on a dynamic subnet: `paid_in + fee` of a
/// simulated swap of 1000 × the input reserve at `limit_price_rao` (the chain probes with the
/// largest supported input rather than u64::MAX). The simulation's error is the extrinsic's.
pub fn max_amount(
    pool: &PoolState,
    direction: Direction,
    limit_price_rao: u64,
) -> Result<u64, SwapError> {
    let probe = SwapRequest {
        direction,
        amount_in: pool.reserve_in(direction).saturating_mul(MAX_SWAP_INPUT_RESERVE_MULTIPLIER),
        limit_price_rao,
        drop_fees: false,
        simulate: true,
    };
    step::swap(pool, &probe).map(|r| r.amount_paid_in.saturating_add(r.fee_paid))
}

/// A filled (possibly partly) limit order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LimitOrderFill {
    /// What [`max_amount`] allowed.
    pub max_amount: u64,
    /// min(amount, max_amount): what was sent to the swap.
    pub possible_amount: u64,
    /// The committed swap of `possible_amount` at the limit.
    pub swap: SwapResult,
    /// possible_amount − paid_in − fee: returned to the staker.
    pub unfilled: u64,
}

/// Why a limit order failed, with what had been computed by then.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LimitOrderError {
    /// The amount exceeds 1000 × the input reserve (pre-check, `InsufficientLiquidity`).
    #[error("InsufficientLiquidity: the amount exceeds 1000 times the input reserve")]
    InputTooLarge,
    /// The max-amount simulation failed; the chain returns its error.
    #[error("computing the max amount at the limit failed: {0}")]
    MaxAmount(SwapError),
    /// `allow_partial` is false and the amount exceeds the max amount (`SlippageTooHigh`).
    #[error("SlippageTooHigh: only {max_amount} can be swapped before the limit price")]
    SlippageTooHigh {
        /// What [`max_amount`] allowed.
        max_amount: u64,
        /// min(amount, max_amount).
        possible_amount: u64,
    },
    /// The committed swap itself failed.
    #[error("swap failed: {error}")]
    Swap {
        /// What [`max_amount`] allowed.
        max_amount: u64,
        /// min(amount, max_amount).
        possible_amount: u64,
        /// The swap's error.
        error: SwapError,
    },
}

impl LimitOrderError {
    /// The extrinsic error name the chain reports.
    pub fn name(&self) -> &'static str {
        match self {
            LimitOrderError::InputTooLarge => SwapError::InsufficientLiquidity.name(),
            LimitOrderError::MaxAmount(e) | LimitOrderError::Swap { error: e, .. } => e.name(),
            LimitOrderError::SlippageTooHigh { .. } => "SlippageTooHigh",
        }
    }
}

/// `do_add_stake_limit` / `do_remove_stake_limit`, swap side: cap check, max amount at the
/// limit, `SlippageTooHigh` unless `allow_partial`, then the committed swap of
/// min(amount, max_amount) with fees at `limit_price_rao`.
pub fn limit_order(
    pool: &PoolState,
    direction: Direction,
    amount: u64,
    limit_price_rao: u64,
    allow_partial: bool,
) -> Result<LimitOrderFill, LimitOrderError> {
    ensure_input_within_swap_limit(pool, direction, amount)
        .map_err(|_| LimitOrderError::InputTooLarge)?;
    let max_amount =
        max_amount(pool, direction, limit_price_rao).map_err(LimitOrderError::MaxAmount)?;
    let possible_amount = amount.min(max_amount);
    if !allow_partial && amount > max_amount {
        return Err(LimitOrderError::SlippageTooHigh { max_amount, possible_amount });
    }
    let request = SwapRequest {
        direction,
        amount_in: possible_amount,
        limit_price_rao,
        drop_fees: false,
        simulate: false,
    };
    let swap = step::swap(pool, &request).map_err(|error| LimitOrderError::Swap {
        max_amount,
        possible_amount,
        error,
    })?;
    Ok(LimitOrderFill {
        max_amount,
        possible_amount,
        unfilled: swap.unfilled(possible_amount),
        swap,
    })
}
