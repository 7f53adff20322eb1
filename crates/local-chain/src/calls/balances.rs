//! Balances pallet calls: transfer_allow_death, transfer_keep_alive, transfer_all,
//! force_set_balance.

use crate::currency::{self, EXISTENTIAL_DEPOSIT, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::state;
use crate::storage::Ext;
use crate::types::{AccountId, Balance};

/// `transfer_allow_death`: the sender may be reaped (dust burned).
pub fn transfer_allow_death(
    ext: &mut Ext,
    origin: Origin,
    dest: &AccountId,
    value: Balance,
) -> DispatchResult {
    let who = origin.signed()?;
    currency::transfer(ext, &who, dest, value, Existence::AllowDeath)
}

/// `transfer_keep_alive`: fails with `Expendability` if the sender would drop below the ED.
pub fn transfer_keep_alive(
    ext: &mut Ext,
    origin: Origin,
    dest: &AccountId,
    value: Balance,
) -> DispatchResult {
    let who = origin.signed()?;
    currency::transfer(ext, &who, dest, value, Existence::KeepAlive)
}

/// `transfer_all`: everything (keep_alive = false) or everything above the ED.
pub fn transfer_all(
    ext: &mut Ext,
    origin: Origin,
    dest: &AccountId,
    keep_alive: bool,
) -> DispatchResult {
    let who = origin.signed()?;
    let free = state::free(ext, &who)?;
    if keep_alive {
        let amount = free.saturating_sub(EXISTENTIAL_DEPOSIT);
        currency::transfer(ext, &who, dest, amount, Existence::KeepAlive)
    } else {
        currency::transfer(ext, &who, dest, free, Existence::AllowDeath)
    }
}

/// `force_set_balance` [root]: sets free balance, adjusting issuance.
pub fn force_set_balance(
    ext: &mut Ext,
    origin: Origin,
    who: &AccountId,
    new_free: Balance,
) -> DispatchResult {
    origin.ensure_root()?;
    let new_free = if new_free < EXISTENTIAL_DEPOSIT { 0 } else { new_free };
    let old = state::free(ext, who)?;
    let ti = state::total_issuance(ext)?;
    let ti = if new_free >= old {
        ti.checked_add(new_free - old).ok_or(DispatchError::Arithmetic)?
    } else {
        ti.saturating_sub(old - new_free)
    };
    state::set_free(ext, who, new_free);
    state::set_total_issuance(ext, ti);
    ext.deposit_event(Event::BalanceSet { who: *who, free: new_free });
    Ok(())
}
