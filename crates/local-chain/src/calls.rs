//! Call dispatch: routes each `Call` to its pallet module. Every call body follows
//! authorize → validate (reads only) → apply (writes) → event; the caller wraps it in a
//! transactional layer so a failure leaves no trace.

pub mod auto_parent;
pub mod balances;
pub mod children;
pub mod dissolve;
pub mod hparams;
pub mod registration;
pub mod root_claim;
pub mod staking;
pub mod subnets;
pub mod weights;

use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::{Call, Origin};
use crate::state;
use crate::storage::Ext;

/// Dispatches one call.
pub fn dispatch(ext: &mut Ext, origin: Origin, call: &Call) -> DispatchResult {
    match call {
        Call::TransferAllowDeath { dest, value } => {
            balances::transfer_allow_death(ext, origin, dest, *value)
        }
        Call::TransferKeepAlive { dest, value } => {
            balances::transfer_keep_alive(ext, origin, dest, *value)
        }
        Call::TransferAll { dest, keep_alive } => {
            balances::transfer_all(ext, origin, dest, *keep_alive)
        }
        Call::ForceSetBalance { who, new_free } => {
            balances::force_set_balance(ext, origin, who, *new_free)
        }
        Call::Sudo { call } => {
            let who = origin.signed()?;
            if state::sudo_key(ext)? != Some(who) {
                return Err(DispatchError::RequireSudo);
            }
            // pallet-sudo: the inner call's failure is reported in `Sudid`, not as a failure of
            // the sudo extrinsic. We propagate the error instead so the caller sees it and the
            // inner call's effects are rolled back (documented choice).
            let r = ext.transactional(|ext| dispatch(ext, Origin::Root, call));
            ext.deposit_event(Event::Sudid { ok: r.is_ok() });
            r
        }
        Call::RegisterNetwork { hotkey } => subnets::register_network(ext, origin, hotkey, None),
        Call::RegisterNetworkWithIdentity { hotkey, identity } => {
            subnets::register_network(ext, origin, hotkey, identity.clone())
        }
        Call::StartCall { netuid } => subnets::start_call(ext, origin, *netuid),
        Call::SetSubnetIdentity { netuid, identity } => {
            subnets::set_subnet_identity(ext, origin, *netuid, identity)
        }
        Call::UpdateSymbol { netuid, symbol } => {
            subnets::update_symbol(ext, origin, *netuid, symbol)
        }
        Call::SetSnOwnerHotkey { netuid, hotkey } => {
            subnets::set_sn_owner_hotkey(ext, origin, *netuid, hotkey)
        }
        Call::BurnedRegister { netuid, hotkey } | Call::Register { netuid, hotkey } => {
            registration::burned_register(ext, origin, *netuid, hotkey, None)
        }
        Call::RegisterLimit { netuid, hotkey, limit_price } => {
            registration::burned_register(ext, origin, *netuid, hotkey, Some(*limit_price))
        }
        Call::RootRegister { hotkey } => registration::root_register(ext, origin, hotkey),
        Call::TryAssociateHotkey { hotkey } => {
            registration::try_associate_hotkey(ext, origin, hotkey)
        }
        Call::AddStake { .. }
        | Call::RemoveStake { .. }
        | Call::AddStakeLimit { .. }
        | Call::RemoveStakeLimit { .. }
        | Call::RemoveStakeFullLimit { .. }
        | Call::UnstakeAll { .. }
        | Call::UnstakeAllAlpha { .. }
        | Call::MoveStake { .. }
        | Call::TransferStake { .. }
        | Call::SwapStake { .. }
        | Call::SwapStakeLimit { .. }
        | Call::RecycleAlpha { .. }
        | Call::BurnAlpha { .. }
        | Call::AddStakeBurn { .. }
        | Call::DecreaseTake { .. }
        | Call::IncreaseTake { .. } => staking::dispatch(ext, origin, call),
        Call::SetChildren { hotkey, netuid, children: c } => {
            children::set_children(ext, origin, hotkey, *netuid, c)
        }
        Call::SetChildkeyTake { hotkey, netuid, take } => {
            children::set_childkey_take(ext, origin, hotkey, *netuid, *take)
        }
        Call::SetAutoParentDelegationEnabled { hotkey, enabled } => {
            auto_parent::set_enabled(ext, origin, hotkey, *enabled)
        }
        Call::ClaimRoot { subnets } => root_claim::claim_root(ext, origin, subnets),
        Call::SetRootClaimType { new_root_claim_type } => {
            root_claim::set_root_claim_type(ext, origin, new_root_claim_type)
        }
        Call::SudoSetHyperparam { netuid, param, value } => {
            crate::hparams::set(ext, origin, *netuid, *param, *value)
        }
        Call::SudoSetGlobal { param, value } => hparams::set_global(ext, origin, *param, *value),
        Call::DissolveNetwork { netuid, .. } | Call::RootDissolveNetwork { netuid } => {
            dissolve::dissolve_network(ext, origin, *netuid)
        }
        Call::SetWeights { netuid, dests, weights: w, version_key } => {
            weights::set_weights(ext, origin, *netuid, dests, w, *version_key)
        }
        Call::CommitWeights { netuid, commit_hash } => {
            weights::commit_weights(ext, origin, *netuid, *commit_hash)
        }
        Call::RevealWeights { netuid, uids, values, salt, version_key } => {
            weights::reveal_weights(ext, origin, *netuid, uids, values, salt, *version_key)
        }
    }
}
