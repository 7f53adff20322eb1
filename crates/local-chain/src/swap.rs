//! Alpha-pool swaps: subtensor's weighted ("PalSwap") Balancer pool, exact to the rao.
//!
//! This is the pool arithmetic of `pallets/swap` (subtensor `14bc6f9f`, spec 425) re-written over
//! plain values: every function takes a [`PoolState`] snapshot and returns what would happen, and
//! the caller (the chain's state machine, or a stake preview) decides whether to commit it. The
//! numeric types (`substrate-fixed`, `sp-arithmetic`, `safe-bigmath`) and the order of operations
//! are the chain's own, so rounding matches the chain by construction.
//!
//! * [`balancer`] — prices, the invariant's power function, limit-price deltas, re-weighting.
//! * [`step`] — one `do_swap` (fees, guards, limit price, partial fill).
//! * [`limit`] — `add_stake_limit` / `remove_stake_limit` max amounts and partial fills.
//! * [`sim`] — the `sim_swap_*` runtime API.
//! * [`injection`] — emission liquidity injection (`adjust_protocol_liquidity`).
//! * [`stable`] — mechanism-0 ("stable") subnets and root: 1:1, no fee, price 1.

pub mod balancer;
pub mod injection;
pub mod limit;
pub mod sim;
pub mod stable;
pub mod step;

use sp_arithmetic::Perquintill;
use substrate_fixed::types::U64F64;

pub use balancer::calculate_price;
pub use injection::{Injection, adjust_protocol_liquidity};
pub use limit::{
    LimitOrderError, LimitOrderFill, ensure_input_within_swap_limit, limit_order, max_amount,
};
pub use sim::{SimSwapResult, sim_swap};
pub use stable::{stable_max_amount, stable_swap};
pub use step::{fee_amount, swap};

/// The swap pallet's default `FeeRate` (33/65535 ≈ 0.05 %).
pub const DEFAULT_FEE_RATE: u16 = 33;
/// The runtime's `MinimumReserve` (the swap pallet's mock uses a smaller value).
pub const RUNTIME_MINIMUM_RESERVE: u64 = 1_000_000;
/// `min_price_inner`: the default limit of a sell, in rao per alpha.
pub const MIN_PRICE_RAO: u64 = 1_000;
/// `max_price_inner`: the default limit of a buy, in rao per alpha.
pub const MAX_PRICE_RAO: u64 = 1_000_000_000_000_000;
/// `MAX_SWAP_INPUT_RESERVE_MULTIPLIER`: a swap's net input may be at most this × the input reserve.
pub const MAX_SWAP_INPUT_RESERVE_MULTIPLIER: u64 = 1_000;
/// Rao per TAO (and alpha units per alpha); also the divisor that turns a rao limit into a price.
pub const RAO_PER_TAO: u64 = 1_000_000_000;

/// A mechanism-1 subnet pool as the swap sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolState {
    /// `SubnetTAO`: the TAO reserve (y, the quote side).
    pub tao_reserve: u64,
    /// `SubnetAlphaIn`: the alpha reserve (x, the base side).
    pub alpha_reserve: u64,
    /// `SwapBalancer`: the TAO-side weight w2; the alpha-side weight is 1 − w2.
    pub quote_weight: Perquintill,
    /// `FeeRate`: the fee fraction is `fee_rate / 65535`.
    pub fee_rate: u16,
    /// `MinimumReserve`: the output reserve must be at least this before a swap.
    pub minimum_reserve: u64,
}

impl PoolState {
    /// A freshly initialised pool (`maybe_initialize_palswap(netuid, None)`): 50/50 weights,
    /// the default fee and the runtime's minimum reserve.
    pub fn new(tao_reserve: u64, alpha_reserve: u64) -> Self {
        Self {
            tao_reserve,
            alpha_reserve,
            quote_weight: balancer::default_quote_weight(),
            fee_rate: DEFAULT_FEE_RATE,
            minimum_reserve: RUNTIME_MINIMUM_RESERVE,
        }
    }

    /// Spot price in TAO per alpha (`current_price`): 0 when the alpha reserve is empty.
    pub fn price(&self) -> U64F64 {
        if self.alpha_reserve == 0 {
            return U64F64::from_num(0);
        }
        calculate_price(self.quote_weight, self.alpha_reserve, self.tao_reserve)
    }

    /// Spot price in rao per alpha, as the `current_alpha_price` runtime API returns it.
    pub fn price_rao(&self) -> u64 {
        price_to_rao(self.price())
    }

    /// The reserve a swap in `direction` takes its input into.
    pub fn reserve_in(&self, direction: Direction) -> u64 {
        match direction {
            Direction::TaoToAlpha => self.tao_reserve,
            Direction::AlphaToTao => self.alpha_reserve,
        }
    }

    /// The reserve a swap in `direction` pays out of.
    pub fn reserve_out(&self, direction: Direction) -> u64 {
        match direction {
            Direction::TaoToAlpha => self.alpha_reserve,
            Direction::AlphaToTao => self.tao_reserve,
        }
    }
}

/// Which way a swap goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// A buy (add stake): TAO in, alpha out (`GetAlphaForTao`).
    TaoToAlpha,
    /// A sell (remove stake): alpha in, TAO out (`GetTaoForAlpha`).
    AlphaToTao,
}

impl Direction {
    /// The limit used when the caller wants none (`DefaultPriceLimit`): the maximum price for a
    /// buy and the minimum price for a sell, in rao per alpha.
    pub fn default_limit_rao(self) -> u64 {
        match self {
            Direction::TaoToAlpha => MAX_PRICE_RAO,
            Direction::AlphaToTao => MIN_PRICE_RAO,
        }
    }

    /// `Order::is_beyond_price_limit`: a buy needs the price strictly below its limit and a
    /// sell strictly above, otherwise the swap fails with `PriceLimitExceeded`.
    pub fn is_beyond_price_limit(self, current: U64F64, limit: U64F64) -> bool {
        match self {
            Direction::TaoToAlpha => current < limit,
            Direction::AlphaToTao => current > limit,
        }
    }

    /// `SwapStep::price_is_closer`: true when `price` does not go past `limit`, i.e. a full fill
    /// stays within the limit.
    pub fn price_is_closer(self, price: U64F64, limit: U64F64) -> bool {
        match self {
            Direction::TaoToAlpha => price <= limit,
            Direction::AlphaToTao => price >= limit,
        }
    }
}

/// One swap order, as `SwapHandler::swap` receives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwapRequest {
    /// Buy or sell.
    pub direction: Direction,
    /// Gross input amount (the fee is taken out of it).
    pub amount_in: u64,
    /// Limit price in rao per alpha; see [`Direction::default_limit_rao`] for "no limit".
    pub limit_price_rao: u64,
    /// Skip the fee (protocol buys, the fee-alpha sale of `remove_stake`).
    pub drop_fees: bool,
    /// A simulation (rolled back): skips the `InsufficientLiquidity` check of committed swaps.
    pub simulate: bool,
}

impl SwapRequest {
    /// A committed swap with fees and no price limit, as `add_stake` / `remove_stake` do it.
    pub fn market(direction: Direction, amount_in: u64) -> Self {
        Self {
            direction,
            amount_in,
            limit_price_rao: direction.default_limit_rao(),
            drop_fees: false,
            simulate: false,
        }
    }
}

/// What a swap did, and the pool it leaves behind (not yet committed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwapResult {
    /// The direction that was swapped.
    pub direction: Direction,
    /// Net input that enters the input reserve (excludes the fee).
    pub amount_paid_in: u64,
    /// Output taken from the output reserve.
    pub amount_paid_out: u64,
    /// Fee charged in the input token, on top of `amount_paid_in`.
    pub fee_paid: u64,
    /// The part of the fee owed to the block author: all of it, unless nothing was swapped.
    pub fee_to_block_author: u64,
    /// The order stopped at the limit price and filled only partly.
    pub limit_reached: bool,
    /// Spot price before the swap.
    pub price_before: U64F64,
    /// The limit as a price (`limit_price_rao / 1e9`).
    pub limit_price: U64F64,
    /// The price a full fill would have reached.
    pub target_price: U64F64,
    /// The pool after applying the result the way `stake_utils::swap_*` does (the fee stays
    /// outside the pool; weights unchanged).
    pub pool_after: PoolState,
}

impl SwapResult {
    /// Spot price of [`SwapResult::pool_after`].
    pub fn price_after(&self) -> U64F64 {
        self.pool_after.price()
    }

    /// Input the caller keeps because the order stopped at its limit:
    /// `amount_in − paid_in − fee`.
    pub fn unfilled(&self, amount_in: u64) -> u64 {
        amount_in.saturating_sub(self.amount_paid_in).saturating_sub(self.fee_paid)
    }
}

/// Why a swap failed; the variants carry subtensor's error names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
pub enum SwapError {
    /// The net input exceeds 1000 × the input reserve.
    #[error("SwapInputTooLarge: the net input exceeds 1000 times the input reserve")]
    SwapInputTooLarge,
    /// The output reserve is below `MinimumReserve`, or a non-zero input bought nothing.
    #[error("ReservesTooLow: the output reserve is too low for this swap")]
    ReservesTooLow,
    /// The current price is already at or past the limit.
    #[error("PriceLimitExceeded: the current price is already at or beyond the limit")]
    PriceLimitExceeded,
    /// A committed swap would pay out more than the output reserve (also the limit-order
    /// pre-check: amount above 1000 × the input reserve).
    #[error("InsufficientLiquidity: the pool cannot pay this swap out")]
    InsufficientLiquidity,
}

impl SwapError {
    /// The chain's error name.
    pub fn name(self) -> &'static str {
        match self {
            SwapError::SwapInputTooLarge => "SwapInputTooLarge",
            SwapError::ReservesTooLow => "ReservesTooLow",
            SwapError::PriceLimitExceeded => "PriceLimitExceeded",
            SwapError::InsufficientLiquidity => "InsufficientLiquidity",
        }
    }
}

/// The `current_alpha_price` runtime API: the pool's spot price in rao per alpha.
pub fn current_alpha_price(pool: &PoolState) -> u64 {
    pool.price_rao()
}

/// Spot price in rao per alpha: `floor(price · 1e9)` (the `current_alpha_price` runtime API).
pub fn price_to_rao(price: U64F64) -> u64 {
    price.saturating_mul(U64F64::from_num(RAO_PER_TAO)).saturating_to_num::<u64>()
}

/// A limit in rao per alpha as the swap uses it: `from_num(limit) / from_num(1e9)`.
pub fn limit_price_from_rao(limit_price_rao: u64) -> U64F64 {
    U64F64::saturating_from_num(limit_price_rao)
        .checked_div(U64F64::from_num(RAO_PER_TAO))
        .unwrap_or_default()
}

/// `get_alpha_amount_for_tao`: alpha worth `tao` at the spot price, ignoring slippage
/// (`safe_div`: 0 when the price is 0).
pub fn alpha_for_tao_at_spot(pool: &PoolState, tao: u64) -> u64 {
    balancer::safe_div(U64F64::from_num(tao), pool.price()).saturating_to_num::<u64>()
}
