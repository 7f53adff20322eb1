//! Predicted previews of the non-staking writes on a node: neuron registration (the burn from
//! `Burn[netuid]`), subnet creation (the lock cost from `get_network_registration_cost`), and the
//! calls whose only cost is the fee (start_call, identities, set_weights, hyperparameter
//! setters). Each checks what a client can check from node state at the finalized head (subnet
//! exists, hotkey ownership and registration, balance for cost + fee) and otherwise leaves the
//! verdict to the node, whose receipt is always the real result.
//! Hash commit-reveal (`commit_weights`, `reveal_weights`) is predicted in `preview_commit`
//! and priced here like the other fee-only calls.

use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::DryRun;
use local_chain::types::{AccountId, NetUid};

use crate::client::RemoteClient;
use crate::errors::Result;
use crate::preview_commit::Reveal;

/// A predicted call's cost besides the fee, and its events.
pub(crate) struct Effect {
    pub(crate) cost: u64,
    pub(crate) events: Vec<Event>,
}

impl RemoteClient {
    /// Predicts a registration, subnet creation or fee-only call; `None` for calls this module
    /// does not predict.
    pub(crate) fn predict_other(&self, signer: &AccountId, call: &Call) -> Result<Option<DryRun>> {
        let outcome = match call {
            Call::BurnedRegister { netuid, hotkey } => {
                self.predict_register(signer, *netuid, hotkey, None)?
            }
            Call::RegisterLimit { netuid, hotkey, limit_price } => {
                self.predict_register(signer, *netuid, hotkey, Some(*limit_price))?
            }
            Call::RegisterNetwork { hotkey } | Call::RegisterNetworkWithIdentity { hotkey, .. } => {
                self.predict_network(signer, hotkey)?
            }
            Call::CommitWeights { netuid, commit_hash } => {
                self.predict_commit(signer, *netuid, *commit_hash)?
            }
            Call::RevealWeights { netuid, uids, values, salt, version_key } => {
                let r = Reveal { netuid: *netuid, uids, values, salt, version_key: *version_key };
                self.predict_reveal(signer, &r)?
            }
            Call::SetWeights { netuid, .. } => self.predict_weights(signer, *netuid)?,
            Call::StartCall { netuid } | Call::SetSubnetIdentity { netuid, .. } => {
                self.predict_subnet_exists(*netuid)?
            }
            Call::SudoSetHyperparam { netuid, .. } => self.predict_subnet_exists(*netuid)?,
            _ => return Ok(None),
        };
        let head = self.head()?.number;
        let free = self.balance(signer)?;
        let fee = self.estimate_fee(call)?;
        let run = |fee: u64, after: u64, error: Option<DispatchError>, events: Vec<Event>| DryRun {
            block: head + 1,
            fee,
            balance_before: free,
            balance_after: after,
            error,
            events,
            pools_before: Vec::new(),
            pools_after: Vec::new(),
            stakes: Vec::new(),
        };
        if free < fee {
            return Ok(Some(run(0, free, Some(DispatchError::Payment { fee }), Vec::new())));
        }
        let spendable = free - fee;
        Ok(Some(match outcome {
            Err(e) => run(fee, spendable, Some(e), Vec::new()),
            Ok(effect) => {
                let ed = self.existential_deposit()?;
                if effect.cost > 0 && effect.cost > spendable.saturating_sub(ed) {
                    let e = match call {
                        Call::RegisterNetwork { .. } | Call::RegisterNetworkWithIdentity { .. } => {
                            DispatchError::NotEnoughBalanceToPaySwapHotKey
                        }
                        _ => DispatchError::NotEnoughBalanceToRecycle,
                    };
                    run(fee, spendable, Some(e), Vec::new())
                } else {
                    run(fee, spendable - effect.cost, None, effect.events)
                }
            }
        }))
    }

    fn predict_subnet_exists(
        &self,
        netuid: NetUid,
    ) -> Result<std::result::Result<Effect, DispatchError>> {
        Ok(match self.subnet(netuid)? {
            None => Err(DispatchError::SubnetNotExists),
            Some(_) => Ok(Effect { cost: 0, events: Vec::new() }),
        })
    }

    /// `burned_register` / `register_limit`: the burn is `Burn[netuid]` at the head (the node
    /// decays it per block, so the next block may charge slightly less).
    fn predict_register(
        &self,
        coldkey: &AccountId,
        netuid: NetUid,
        hotkey: &AccountId,
        limit: Option<u64>,
    ) -> Result<std::result::Result<Effect, DispatchError>> {
        let Some(s) = self.subnet(netuid)? else {
            return Ok(Err(DispatchError::SubnetNotExists));
        };
        if netuid == 0 {
            return Ok(Err(DispatchError::RegistrationNotPermittedOnRootSubnet));
        }
        if let Some(owner) = self.hotkey_owner(hotkey)?
            && owner != *coldkey
        {
            return Ok(Err(DispatchError::NonAssociatedColdKey));
        }
        if self.neurons(netuid)?.iter().any(|n| n.hotkey == *hotkey) {
            return Ok(Err(DispatchError::HotKeyAlreadyRegisteredInSubNet));
        }
        if let Some(l) = limit
            && s.burn > l
        {
            return Ok(Err(DispatchError::RegistrationPriceLimitExceeded));
        }
        // A subnet with room appends the next uid; a full one prunes a uid the node picks,
        // which the receipt reports.
        let events = if s.n < s.max_n {
            vec![Event::NeuronRegistered { netuid, uid: s.n, hotkey: *hotkey }]
        } else {
            Vec::new()
        };
        Ok(Ok(Effect { cost: s.burn, events }))
    }

    /// `register_network`: the lock cost the node quotes now.
    fn predict_network(
        &self,
        coldkey: &AccountId,
        hotkey: &AccountId,
    ) -> Result<std::result::Result<Effect, DispatchError>> {
        if let Some(owner) = self.hotkey_owner(hotkey)?
            && owner != *coldkey
        {
            return Ok(Err(DispatchError::NonAssociatedColdKey));
        }
        // The netuid the node assigns (a free one or a pruned one) is in the receipt.
        Ok(Ok(Effect { cost: self.lock_cost()?, events: Vec::new() }))
    }

    /// `set_weights`: the subnet must exist and the signing hotkey hold a uid on it.
    fn predict_weights(
        &self,
        hotkey: &AccountId,
        netuid: NetUid,
    ) -> Result<std::result::Result<Effect, DispatchError>> {
        if self.subnet(netuid)?.is_none() {
            return Ok(Err(DispatchError::SubnetNotExists));
        }
        if netuid == 0 {
            return Ok(Err(DispatchError::CanNotSetRootNetworkWeights));
        }
        Ok(match self.neurons(netuid)?.iter().find(|n| n.hotkey == *hotkey) {
            None => Err(DispatchError::HotKeyNotRegisteredInSubNet),
            Some(n) => {
                Ok(Effect { cost: 0, events: vec![Event::WeightsSet { netuid, uid: n.uid }] })
            }
        })
    }
}
