//! Share-pool accounting of stake per (hotkey, coldkey, netuid) (spec §4.4).
//!
//! The chain keeps shares as a decimal float (`SafeFloat`); here shares are u128 integers with
//! the same rules (first deposit: shares = amount; later: Δs = a·D/V). Rounding always favours
//! the pool: deposits round shares down, withdrawals round shares up, values round down — so no
//! sequence of deposits and withdrawals can create alpha. Amounts agree with the chain's up to
//! the last rao of rounding.

use sp_arithmetic::Rounding;
use sp_arithmetic::helpers_128bit::multiply_by_rational_with_rounding;

use crate::error::{DispatchError, DispatchResult};
use crate::state;
use crate::storage::Ext;
use crate::types::{AccountId, Alpha, NetUid, ROOT_NETUID};

fn mul_div(a: u128, b: u128, c: u128, r: Rounding) -> DispatchResult<u128> {
    multiply_by_rational_with_rounding(a, b, c, r).ok_or(DispatchError::Arithmetic)
}

/// floor(V · s_c / D).
pub fn value_of(
    ext: &Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult<Alpha> {
    let pool = state::hotkey_pool(ext, hotkey, netuid)?;
    let s = state::shares_of(ext, hotkey, coldkey, netuid)?;
    if pool.shares == 0 || s == 0 {
        return Ok(0);
    }
    Ok(mul_div(pool.alpha as u128, s, pool.shares, Rounding::Down)?.min(u64::MAX as u128) as u64)
}

/// Shares a deposit of `a` would buy (0 = rejected by the precision check).
pub fn shares_for_deposit(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    a: Alpha,
) -> DispatchResult<u128> {
    shares_bought(&state::hotkey_pool(ext, hotkey, netuid)?, a)
}

/// Shares `a` buys in `pool`: a·D/V rounded down, or `a` itself in an empty pool.
fn shares_bought(pool: &state::HotkeyPool, a: Alpha) -> DispatchResult<u128> {
    if pool.shares == 0 || pool.alpha == 0 {
        return Ok(a as u128);
    }
    mul_div(a as u128, pool.shares, pool.alpha as u128, Rounding::Down)
}

/// `increase_stake_for_hotkey_and_coldkey_on_subnet`.
pub fn deposit(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
    a: Alpha,
) -> DispatchResult {
    if a == 0 {
        return Ok(());
    }
    let mut pool = state::hotkey_pool(ext, hotkey, netuid)?;
    let ds = shares_bought(&pool, a)?;
    if ds == 0 {
        return Err(DispatchError::InsufficientLiquidity);
    }
    if pool.shares == 0 || pool.alpha == 0 {
        // A pool whose value fell to 0 while shares remained (cannot happen via calls) restarts.
        pool.shares = 0;
    }
    let s = state::shares_of(ext, hotkey, coldkey, netuid)?;
    pool.shares = pool.shares.checked_add(ds).ok_or(DispatchError::Arithmetic)?;
    pool.alpha = pool.alpha.checked_add(a).ok_or(DispatchError::Arithmetic)?;
    state::set_hotkey_pool(ext, hotkey, netuid, &pool);
    state::set_shares_of(
        ext,
        hotkey,
        coldkey,
        netuid,
        s,
        s.checked_add(ds).ok_or(DispatchError::Arithmetic)?,
    );
    if netuid == ROOT_NETUID {
        // Root claims are reward-per-share: new root stake owes no past dividends (spec §3.8).
        crate::calls::root_claim::on_root_stake_added(ext, hotkey, coldkey, a)?;
    }
    Ok(())
}

/// Decrease for one coldkey: requires value ≥ a; burns ceil(a·D/V) shares (capped at s_c).
pub fn withdraw(
    ext: &mut Ext,
    hotkey: &AccountId,
    coldkey: &AccountId,
    netuid: NetUid,
    a: Alpha,
) -> DispatchResult {
    if a == 0 {
        return Ok(());
    }
    if value_of(ext, hotkey, coldkey, netuid)? < a {
        return Err(DispatchError::NotEnoughStakeToWithdraw);
    }
    let mut pool = state::hotkey_pool(ext, hotkey, netuid)?;
    let s = state::shares_of(ext, hotkey, coldkey, netuid)?;
    let ds = mul_div(a as u128, pool.shares, pool.alpha as u128, Rounding::Up)?.min(s);
    let remaining = s - ds;
    pool.shares -= ds;
    pool.alpha -= a;
    if pool.shares == 0 {
        // Last holder left: any residue (rounding dust) stays in V with no shares; reset it so
        // the next depositor does not inherit it — it is accounted as burned alpha.
        let dust = pool.alpha;
        pool.alpha = 0;
        if dust > 0 {
            let mut p = state::pool(ext, netuid)?;
            p.alpha_out = p.alpha_out.saturating_sub(dust);
            state::set_pool(ext, netuid, &p);
        }
    }
    state::set_hotkey_pool(ext, hotkey, netuid, &pool);
    state::set_shares_of(ext, hotkey, coldkey, netuid, s, remaining);
    if netuid == ROOT_NETUID {
        crate::calls::root_claim::on_root_stake_removed(ext, hotkey, coldkey, a)?;
    }
    Ok(())
}
