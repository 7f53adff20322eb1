//! Internal TAO movements with FRAME Balances' existential-deposit rules and issuance tracking.
//!
//! Module accounts (subnet accounts) are exempt from the ED on both sides: on the real chain
//! they are kept alive by a provider reference, so a pool can drain to any amount.

use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::state;
use crate::storage::Ext;
use crate::types::{AccountId, Balance};

/// Existential deposit: 500 rao (runtime value, spec §4.5 / §10.1).
pub const EXISTENTIAL_DEPOSIT: Balance = 500;

/// Whether the account is a pallet (subnet) account.
pub fn is_module_account(a: &AccountId) -> bool {
    a.0[..8] == *b"modlsubn" && a.0[10..].iter().all(|&b| b == 0)
}

/// Whether an account must stay above the ED after a withdrawal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existence {
    /// The account may be reaped (its dust is burned).
    AllowDeath,
    /// The account must keep ≥ ED.
    KeepAlive,
}

/// Moves `amount` from `from` to `to`.
pub fn transfer(
    ext: &mut Ext,
    from: &AccountId,
    to: &AccountId,
    amount: Balance,
    existence: Existence,
) -> DispatchResult {
    if amount == 0 || from == to {
        return Ok(());
    }
    let from_free = state::free(ext, from)?;
    let remaining = from_free.checked_sub(amount).ok_or(DispatchError::InsufficientBalance)?;
    let module_from = is_module_account(from);
    if !module_from
        && remaining > 0
        && remaining < EXISTENTIAL_DEPOSIT
        && existence == Existence::KeepAlive
    {
        return Err(DispatchError::Expendability);
    }
    if !module_from && remaining == 0 && existence == Existence::KeepAlive {
        return Err(DispatchError::Expendability);
    }
    let to_free = state::free(ext, to)?;
    let new_to = to_free.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
    if !is_module_account(to) && new_to < EXISTENTIAL_DEPOSIT {
        return Err(DispatchError::ExistentialDeposit);
    }
    state::set_free(ext, from, remaining);
    state::set_free(ext, to, new_to);
    if to_free == 0 && !is_module_account(to) {
        ext.deposit_event(Event::Endowed { account: *to, free_balance: amount });
    }
    if !is_module_account(from) && !is_module_account(to) {
        ext.deposit_event(Event::Transfer { from: *from, to: *to, amount });
    }
    if !module_from && remaining > 0 && remaining < EXISTENTIAL_DEPOSIT {
        reap(ext, from, remaining)?;
    }
    Ok(())
}

/// Burns an account's dust below the ED (FRAME `DustLost`).
fn reap(ext: &mut Ext, who: &AccountId, dust: Balance) -> DispatchResult {
    state::set_free(ext, who, 0);
    let ti = state::total_issuance(ext)?;
    state::set_total_issuance(ext, ti.saturating_sub(dust));
    ext.deposit_event(Event::DustLost { account: *who, amount: dust });
    Ok(())
}

/// Withdraws and destroys `amount` (fees, recycling): issuance decreases.
pub fn burn_from(
    ext: &mut Ext,
    who: &AccountId,
    amount: Balance,
    existence: Existence,
) -> DispatchResult {
    if amount == 0 {
        return Ok(());
    }
    let free = state::free(ext, who)?;
    let remaining = free.checked_sub(amount).ok_or(DispatchError::InsufficientBalance)?;
    if !is_module_account(who)
        && existence == Existence::KeepAlive
        && remaining < EXISTENTIAL_DEPOSIT
    {
        return Err(DispatchError::Expendability);
    }
    state::set_free(ext, who, remaining);
    let ti = state::total_issuance(ext)?;
    state::set_total_issuance(ext, ti.saturating_sub(amount));
    if !is_module_account(who) && remaining > 0 && remaining < EXISTENTIAL_DEPOSIT {
        reap(ext, who, remaining)?;
    }
    Ok(())
}

/// Creates `amount` in `who` (genesis, emission): issuance increases.
pub fn mint_into(ext: &mut Ext, who: &AccountId, amount: Balance) -> DispatchResult {
    let free = state::free(ext, who)?;
    let new = free.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
    let ti = state::total_issuance(ext)?.checked_add(amount).ok_or(DispatchError::Arithmetic)?;
    state::set_free(ext, who, new);
    state::set_total_issuance(ext, ti);
    Ok(())
}

/// The most `who` can send while keeping the ED (spec §4.5: "stake at most balance − ED").
pub fn reducible(ext: &Ext, who: &AccountId) -> DispatchResult<Balance> {
    Ok(state::free(ext, who)?.saturating_sub(EXISTENTIAL_DEPOSIT))
}
