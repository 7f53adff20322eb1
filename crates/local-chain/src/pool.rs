//! Adaptor between the chain's stored pool rows and `crate::swap` (the exact pool math, owned by
//! the swap module). All swap arithmetic lives there; this file only converts types, applies a
//! swap result to storage bookkeeping (spec §4.1), and maps errors.

use sp_arithmetic::Perquintill;
use substrate_fixed::types::U64F64;

use crate::error::{DispatchError, DispatchResult};
use crate::state::{self, SubnetPool};
use crate::storage::Ext;
use crate::swap::{self, Direction, PoolState, SwapError, SwapRequest, SwapResult};
use crate::types::{Balance, NetUid};

pub use crate::swap::{MAX_PRICE_RAO, MIN_PRICE_RAO};

/// Quote weight parts of a fresh 50/50 pool.
pub const HALF: u64 = 500_000_000_000_000_000;

/// Maps the swap module's error onto the dispatch error of the same name.
pub fn swap_err(e: SwapError) -> DispatchError {
    match e {
        SwapError::SwapInputTooLarge => DispatchError::SwapInputTooLarge,
        SwapError::ReservesTooLow => DispatchError::ReservesTooLow,
        SwapError::PriceLimitExceeded => DispatchError::PriceLimitExceeded,
        SwapError::InsufficientLiquidity => DispatchError::InsufficientLiquidity,
    }
}

/// The swap's view of a stored pool.
pub fn pool_state(p: &SubnetPool) -> PoolState {
    PoolState {
        tao_reserve: p.tao,
        alpha_reserve: p.alpha_in,
        quote_weight: Perquintill::from_parts(if p.quote_weight == 0 {
            HALF
        } else {
            p.quote_weight
        }),
        fee_rate: p.fee_rate,
        minimum_reserve: swap::RUNTIME_MINIMUM_RESERVE,
    }
}

/// Whether the subnet swaps 1:1 (mechanism 0: root and stable subnets).
pub fn is_stable(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    Ok(state::subnet_meta(ext, netuid)?.map(|m| m.mechanism == 0).unwrap_or(true))
}

/// Spot price (TAO per alpha) as U64F64; 1 on stable subnets.
pub fn price(ext: &Ext, netuid: NetUid) -> DispatchResult<U64F64> {
    if is_stable(ext, netuid)? {
        return Ok(U64F64::from_num(1));
    }
    Ok(pool_state(&state::pool(ext, netuid)?).price())
}

/// `current_alpha_price`: floor(price · 1e9) rao per alpha.
pub fn price_rao(ext: &Ext, netuid: NetUid) -> DispatchResult<u64> {
    Ok(swap::price_to_rao(price(ext, netuid)?))
}

/// floor(alpha · price) in rao.
pub fn alpha_to_tao_at_spot(ext: &Ext, netuid: NetUid, alpha: u64) -> DispatchResult<Balance> {
    Ok(U64F64::from_num(alpha).saturating_mul(price(ext, netuid)?).saturating_to_num::<u64>())
}

/// The outcome of a swap applied to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swapped {
    /// Net input into the pool.
    pub paid_in: u64,
    /// Output.
    pub paid_out: u64,
    /// Fee in the input token (not in the pool).
    pub fee: u64,
}

/// Simulates a swap on `netuid` (no writes). Stable subnets: 1:1, no fee, limit trivial.
pub fn simulate(ext: &Ext, netuid: NetUid, req: SwapRequest) -> DispatchResult<Swapped> {
    if is_stable(ext, netuid)? {
        // Mechanism 0: 1:1, no fee (spec §4.1).
        return Ok(Swapped { paid_in: req.amount_in, paid_out: req.amount_in, fee: 0 });
    }
    let r =
        swap::swap(&pool_state(&state::pool(ext, netuid)?), &SwapRequest { simulate: true, ..req })
            .map_err(swap_err)?;
    Ok(Swapped { paid_in: r.amount_paid_in, paid_out: r.amount_paid_out, fee: r.fee_paid })
}

/// Commits a swap result to the pool row: reserves, AlphaOut, volume and TotalStake (spec §4.1).
/// The caller moves the TAO/alpha of the user side.
pub fn apply(ext: &mut Ext, netuid: NetUid, r: &SwapResult) -> DispatchResult<Swapped> {
    let mut p = state::pool(ext, netuid)?;
    let (paid_in, paid_out, fee) = (r.amount_paid_in, r.amount_paid_out, r.fee_paid);
    let mut total_stake = state::global(ext, state::Global::TotalStake)?;
    match r.direction {
        Direction::TaoToAlpha => {
            p.tao = p.tao.checked_add(paid_in).ok_or(DispatchError::Arithmetic)?;
            p.alpha_in =
                p.alpha_in.checked_sub(paid_out).ok_or(DispatchError::InsufficientLiquidity)?;
            p.alpha_out = p.alpha_out.checked_add(paid_out).ok_or(DispatchError::Arithmetic)?;
            p.volume = p.volume.saturating_add(paid_in as u128);
            total_stake = total_stake.saturating_add(paid_in.saturating_add(fee));
        }
        Direction::AlphaToTao => {
            p.alpha_in = p.alpha_in.checked_add(paid_in).ok_or(DispatchError::Arithmetic)?;
            p.alpha_out = p.alpha_out.checked_sub(paid_in).ok_or(DispatchError::Arithmetic)?;
            p.tao = p.tao.checked_sub(paid_out).ok_or(DispatchError::InsufficientLiquidity)?;
            p.volume = p.volume.saturating_add(paid_out as u128);
            total_stake = total_stake.saturating_sub(paid_out);
        }
    }
    if p.quote_weight == 0 {
        p.quote_weight = HALF;
    }
    state::set_pool(ext, netuid, &p);
    state::set_global(ext, state::Global::TotalStake, total_stake);
    Ok(Swapped { paid_in, paid_out, fee })
}

/// Executes a swap: stable subnets 1:1 (reserves still track the TAO), dynamic through
/// `crate::swap::swap`.
pub fn execute(ext: &mut Ext, netuid: NetUid, req: SwapRequest) -> DispatchResult<Swapped> {
    if is_stable(ext, netuid)? {
        let amount = req.amount_in;
        let mut p = state::pool(ext, netuid)?;
        let mut total_stake = state::global(ext, state::Global::TotalStake)?;
        match req.direction {
            Direction::TaoToAlpha => {
                p.tao = p.tao.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
                p.alpha_out = p.alpha_out.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
                total_stake = total_stake.saturating_add(amount);
            }
            Direction::AlphaToTao => {
                p.tao = p.tao.checked_sub(amount).ok_or(DispatchError::InsufficientLiquidity)?;
                p.alpha_out = p.alpha_out.checked_sub(amount).ok_or(DispatchError::Arithmetic)?;
                total_stake = total_stake.saturating_sub(amount);
            }
        }
        p.volume = p.volume.saturating_add(amount as u128);
        state::set_pool(ext, netuid, &p);
        state::set_global(ext, state::Global::TotalStake, total_stake);
        return Ok(Swapped { paid_in: amount, paid_out: amount, fee: 0 });
    }
    let r = swap::swap(&pool_state(&state::pool(ext, netuid)?), &req).map_err(swap_err)?;
    apply(ext, netuid, &r)
}
