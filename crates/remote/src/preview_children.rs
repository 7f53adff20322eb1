//! Predicted previews of the child-key and root-claim writes on a node: `set_children`,
//! `set_childkey_take`, `claim_root`, `set_root_claim_type`. Each runs the checks a client can
//! make from node state at the finalized head, in the pallet's order (rate limit, root subnet,
//! subnet, ownership, duplicates, self/count/proportions/parents, `StakeThreshold`), with the
//! node's fee; the receipt after submission is always the node's real result.
//!
//! `claim_root` is predicted as its fee and `RootClaimed` event only: the alpha owed per subnet
//! is exact (the `stake claim-root` report shows it from `root_claims`), but what a `Swap`
//! claim turns it into is decided by the pool at inclusion, so no TAO amount is predicted.

use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::DryRun;
use local_chain::state_children::RootClaimType;
use local_chain::types::{AccountId, NetUid};

use crate::client::RemoteClient;
use crate::errors::Result;

/// `set_children`'s rate limit in blocks (`SetChildren` transaction type, a runtime constant).
pub const SET_CHILDREN_RATE_LIMIT: u64 = 150;
/// At most this many children per hotkey and subnet.
pub const MAX_CHILDREN: usize = 5;
/// At most this many subnets per `claim_root`.
pub const MAX_SUBNET_CLAIMS: usize = 5;

fn passes(limit: u64, now: u64, last: u64) -> bool {
    last == 0 || now.saturating_sub(last) >= limit
}

impl RemoteClient {
    /// Predicts one child-key or root-claim call signed by `signer`; `None` for other calls.
    pub(crate) fn predict_children(
        &self,
        signer: &AccountId,
        call: &Call,
    ) -> Result<Option<DryRun>> {
        let head = self.head()?.number;
        let now = head + 1;
        let outcome = match call {
            Call::SetChildren { hotkey, netuid, children } => {
                self.check_set_children(signer, hotkey, *netuid, children, now)?
            }
            Call::SetChildkeyTake { hotkey, netuid, take } => {
                self.check_take(signer, hotkey, *netuid, *take, now)?
            }
            Call::ClaimRoot { subnets } => {
                if subnets.is_empty() || subnets.len() > MAX_SUBNET_CLAIMS {
                    Err(DispatchError::InvalidSubnetNumber)
                } else {
                    Ok(vec![Event::RootClaimed { coldkey: *signer }])
                }
            }
            Call::SetRootClaimType { new_root_claim_type } => match new_root_claim_type {
                RootClaimType::KeepSubnets { subnets } if subnets.is_empty() => {
                    Err(DispatchError::InvalidSubnetNumber)
                }
                t => Ok(vec![Event::RootClaimTypeSet {
                    coldkey: *signer,
                    root_claim_type: t.clone(),
                }]),
            },
            _ => return Ok(None),
        };
        let free = self.balance(signer)?;
        let fee = self.estimate_fee(call)?;
        let run = |fee: u64, error: Option<DispatchError>, events: Vec<Event>| DryRun {
            block: now,
            fee,
            balance_before: free,
            balance_after: free - fee,
            error,
            events,
            pools_before: Vec::new(),
            pools_after: Vec::new(),
            stakes: Vec::new(),
        };
        if free < fee {
            return Ok(Some(run(0, Some(DispatchError::Payment { fee }), Vec::new())));
        }
        Ok(Some(match outcome {
            Err(e) => run(fee, Some(e), Vec::new()),
            Ok(mut events) => {
                events.push(Event::ExtrinsicSuccess { who: *signer, fee });
                run(fee, None, events)
            }
        }))
    }

    /// `do_schedule_children`'s checks, in order.
    fn check_set_children(
        &self,
        coldkey: &AccountId,
        hotkey: &AccountId,
        netuid: NetUid,
        children: &[(u64, AccountId)],
        now: u64,
    ) -> Result<std::result::Result<Vec<Event>, DispatchError>> {
        let ctx = self.child_context(hotkey, netuid)?;
        if !passes(SET_CHILDREN_RATE_LIMIT, now, ctx.info.last_set_children_block) {
            return Ok(Err(DispatchError::TxRateLimitExceeded));
        }
        if netuid == 0 {
            return Ok(Err(DispatchError::RegistrationNotPermittedOnRootSubnet));
        }
        if self.subnet(netuid)?.is_none() {
            return Ok(Err(DispatchError::SubnetNotExists));
        }
        if self.hotkey_owner(hotkey)? != Some(*coldkey) {
            return Ok(Err(DispatchError::NonAssociatedColdKey));
        }
        let mut seen = std::collections::BTreeSet::new();
        if children.iter().any(|(_, c)| !seen.insert(*c)) {
            return Ok(Err(DispatchError::DuplicateChild));
        }
        if seen.contains(hotkey) {
            return Ok(Err(DispatchError::InvalidChild));
        }
        if children.len() > MAX_CHILDREN {
            return Ok(Err(DispatchError::TooManyChildren));
        }
        let total: u128 = children.iter().map(|(p, _)| u128::from(*p)).sum();
        if total > u128::from(u64::MAX) {
            return Ok(Err(DispatchError::ProportionOverflow));
        }
        if children.iter().any(|(_, c)| ctx.info.parents.iter().any(|(_, p)| p == c)) {
            return Ok(Err(DispatchError::ChildParentInconsistency));
        }
        if !children.is_empty()
            && ctx.info.stake_tao < ctx.info.stake_threshold
            && ctx.owner_hotkey != *hotkey
        {
            return Ok(Err(DispatchError::NotEnoughStakeToSetChildkeys));
        }
        let children = children.to_vec();
        Ok(Ok(if ctx.subtoken_enabled {
            vec![Event::SetChildrenScheduled {
                hotkey: *hotkey,
                netuid,
                cooldown_block: now.saturating_add(ctx.pending_cooldown),
                children,
            }]
        } else {
            // Before start_call the runtime applies the set at once.
            vec![Event::SetChildren { hotkey: *hotkey, netuid, children }]
        }))
    }

    /// `do_set_childkey_take`'s checks, in order.
    fn check_take(
        &self,
        coldkey: &AccountId,
        hotkey: &AccountId,
        netuid: NetUid,
        take: u16,
        now: u64,
    ) -> Result<std::result::Result<Vec<Event>, DispatchError>> {
        if self.hotkey_owner(hotkey)? != Some(*coldkey) {
            return Ok(Err(DispatchError::NonAssociatedColdKey));
        }
        if self.subnet(netuid)?.is_none() {
            return Ok(Err(DispatchError::SubnetNotExists));
        }
        let ctx = self.child_context(hotkey, netuid)?;
        if take < ctx.info.min_childkey_take || take > ctx.info.max_childkey_take {
            return Ok(Err(DispatchError::InvalidChildkeyTake));
        }
        if take > ctx.info.childkey_take && !passes(ctx.take_rate_limit, now, ctx.last_take_block) {
            return Ok(Err(DispatchError::TxChildkeyTakeRateLimitExceeded));
        }
        Ok(Ok(vec![Event::ChildKeyTakeSet { hotkey: *hotkey, take }]))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn rate_limit_passes_when_never_set_or_old_enough() {
        assert!(super::passes(150, 10, 0));
        assert!(!super::passes(150, 200, 100));
        assert!(super::passes(150, 250, 100));
    }
}
