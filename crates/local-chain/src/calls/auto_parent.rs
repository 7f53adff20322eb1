//! Auto-parent delegation of root validators (spec §5.4 step 11): when a subnet is registered,
//! every root validator that has not opted out becomes a parent of the new owner hotkey with
//! proportion u64::MAX on that subnet; and `set_auto_parent_delegation_enabled` (135), the
//! root validator's opt-out.
//!
//! What subtensor does at spec 425 (`do_set_root_validators_for_subnet`, run by
//! `do_register_network` after the pool and identity are set), and so what this does:
//! * "Root validators" are the hotkeys holding a **root uid** (`Keys[0]`, in uid order), with
//!   no stake or permit condition of their own; skipped are the owner hotkey itself (it cannot
//!   be its own parent) and hotkeys whose `AutoParentDelegationEnabled` is false (default true).
//! * Each one goes through `set_children` signed by its owning coldkey with
//!   `[(u64::MAX, owner_hotkey)]`, so every normal check applies — the 150-block rate limit,
//!   ownership, consistency, and `StakeThreshold` on the validator's total stake at spot prices
//!   — and it records the validator's rate-limit block on the new subnet. A new subnet's
//!   subtoken is not enabled, so the relation applies at once (`SetChildren` event, no pending
//!   entry) and the owner hotkey's `ParentKeys` list is in root-uid order.
//! * A validator that fails a check is skipped and registration goes on (the chain only logs
//!   it); each attempt runs in its own transactional layer, so a failure leaves nothing behind.
//!   Only a storage fault aborts the registration.
//!
//! Choice: the chain runs this step before depositing `NetworkAdded`; here it runs last, after
//! the owner's uid is appended (our `append_neuron` emits `NeuronRegistered`, which the chain's
//! does not), so only the position of the `SetChildren` events in the block differs.

use crate::calls::children;
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::state;
use crate::state_children as sc;
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID};

/// Makes every opted-in root validator a parent of `owner_hotkey` on the new subnet `netuid`.
pub fn delegate_root_validators(
    ext: &mut Ext,
    netuid: NetUid,
    owner_hotkey: &AccountId,
) -> DispatchResult {
    for (_, row) in state::neurons(ext, ROOT_NETUID)? {
        let validator = row.hotkey;
        if validator == *owner_hotkey || !sc::auto_parent_delegation(ext, &validator)? {
            continue;
        }
        // The chain signs with the owning coldkey (the zero account when there is none, which
        // then fails the ownership check): either way the validator is skipped.
        let Some(coldkey) = state::owner_of(ext, &validator)? else {
            continue;
        };
        let children = [(u64::MAX, *owner_hotkey)];
        let attempt = ext.transactional(|ext| {
            children::set_children(ext, Origin::Signed(coldkey), &validator, netuid, &children)
        });
        // Any other failure skips the validator, like on the chain (which logs it).
        if let Err(DispatchError::Storage(e)) = attempt {
            return Err(DispatchError::Storage(e));
        }
    }
    Ok(())
}

/// `set_auto_parent_delegation_enabled(hotkey, enabled)` (135): the coldkey owning a
/// root-registered hotkey turns auto-parent delegation on or off for it.
pub fn set_enabled(
    ext: &mut Ext,
    origin: Origin,
    hotkey: &AccountId,
    enabled: bool,
) -> DispatchResult {
    let coldkey = origin.signed()?;
    if state::owner_of(ext, hotkey)? != Some(coldkey) {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    if state::uid_of(ext, ROOT_NETUID, hotkey)?.is_none() {
        return Err(DispatchError::HotKeyNotRegisteredInSubNet);
    }
    sc::set_auto_parent_delegation(ext, hotkey, enabled);
    ext.deposit_event(Event::AutoParentDelegationEnabledSet { hotkey: *hotkey, enabled });
    Ok(())
}
