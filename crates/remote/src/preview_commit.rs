//! Predicted previews of hash commit-reveal v2 on a node (`commit_weights`, `reveal_weights`):
//! the checks the pallet makes, in its order, from node state at the finalized head — the
//! subnet's `CommitRevealWeightsEnabled`, `RevealPeriodEpochs` and `WeightsSetRateLimit`, the
//! hotkey's uid and `LastUpdate`, its `WeightCommits` queue, and the commit epoch index the next
//! block will see (`commits::epoch_at_next_block`, exact on both storage layouts). The fee and
//! balance check are `preview_register`'s. What the reveal's inner `set_weights` checks beyond
//! registration (uids, minimum count, version key, validator permit) is checked by the binary
//! at commit time and otherwise left to the node's receipt.
//!
//! The prediction is for the block after the finalized head; a transaction that lands a few
//! blocks later (the best chain runs ahead of finality) can cross a window edge, and the
//! epoch cap can defer an epoch by a block. The node's receipt is then the verdict.

use local_chain::calls::weights::commit_hash;
use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::hparams::Hyperparam;
use local_chain::state_weights::{MAX_OUTSTANDING_COMMITS, WeightCommit};
use local_chain::types::{AccountId, Hash, NetUid, Uid};

use crate::client::RemoteClient;
use crate::errors::Result;
use crate::preview_register::Effect;

type Outcome = std::result::Result<Effect, DispatchError>;

/// A reveal's arguments (the call's fields).
pub(crate) struct Reveal<'a> {
    pub netuid: NetUid,
    pub uids: &'a [Uid],
    pub values: &'a [u16],
    pub salt: &'a [u16],
    pub version_key: u64,
}

/// The hotkey's queue without the expired commits at its front (the pallet drops those first
/// in both calls), and the epoch index the next block sees.
struct Queue {
    live: Vec<WeightCommit>,
    epoch: u64,
    period: u64,
}

impl RemoteClient {
    fn enabled(&self, netuid: NetUid) -> Result<bool> {
        Ok(self.hyperparam(netuid, Hyperparam::CommitRevealWeightsEnabled)?.unwrap_or(0) != 0)
    }

    fn queue(&self, netuid: NetUid, hotkey: &AccountId) -> Result<Queue> {
        let period = self.hyperparam(netuid, Hyperparam::CommitRevealPeriod)?.unwrap_or(1);
        let epoch = self.epoch_at_next_block(netuid)?;
        let mut live = self.weight_commits(netuid, hotkey)?;
        let expired =
            live.iter().take_while(|c| epoch > c.commit_epoch.saturating_add(period)).count();
        live.drain(..expired);
        Ok(Queue { live, epoch, period })
    }

    /// `commit_weights(netuid, hash)` signed by `hotkey`: commit-reveal on, subnet, uid, rate
    /// limit (`LastUpdate` + `WeightsSetRateLimit` against the next block), at most
    /// [`MAX_OUTSTANDING_COMMITS`] live commits.
    pub(crate) fn predict_commit(
        &self,
        hotkey: &AccountId,
        netuid: NetUid,
        hash: Hash,
    ) -> Result<Outcome> {
        if !self.enabled(netuid)? {
            return Ok(Err(DispatchError::CommitRevealDisabled));
        }
        if self.subnet(netuid)?.is_none() {
            return Ok(Err(DispatchError::SubnetNotExists));
        }
        let Some(n) = self.neurons(netuid)?.into_iter().find(|n| n.hotkey == *hotkey) else {
            return Ok(Err(DispatchError::HotKeyNotRegisteredInSubNet));
        };
        let land = self.head()?.number + 1;
        let limit = self.hyperparam(netuid, Hyperparam::WeightsRateLimit)?.unwrap_or(0);
        if n.last_update != 0 && land.saturating_sub(n.last_update) < limit {
            return Ok(Err(DispatchError::CommittingWeightsTooFast));
        }
        if self.queue(netuid, hotkey)?.live.len() >= MAX_OUTSTANDING_COMMITS {
            return Ok(Err(DispatchError::TooManyUnrevealedCommits));
        }
        Ok(Ok(Effect {
            cost: 0,
            events: vec![Event::WeightsCommitted { netuid, who: *hotkey, hash }],
        }))
    }

    /// `reveal_weights(..)` signed by `hotkey`: commit-reveal on, a live commit whose hash
    /// matches, the next block's epoch exactly `commit_epoch + RevealPeriodEpochs`, and the
    /// hotkey registered (the inner `set_weights`).
    pub(crate) fn predict_reveal(&self, hotkey: &AccountId, r: &Reveal<'_>) -> Result<Outcome> {
        let netuid = r.netuid;
        if !self.enabled(netuid)? {
            return Ok(Err(DispatchError::CommitRevealDisabled));
        }
        if self.weight_commits(netuid, hotkey)?.is_empty() {
            return Ok(Err(DispatchError::NoWeightsCommitFound));
        }
        let q = self.queue(netuid, hotkey)?;
        if q.live.is_empty() {
            return Ok(Err(DispatchError::ExpiredWeightCommit));
        }
        let hash = commit_hash(hotkey, netuid, r.uids, r.values, r.salt, r.version_key);
        let Some(c) = q.live.iter().find(|c| c.hash == hash) else {
            return Ok(Err(DispatchError::InvalidRevealCommitHashNotMatch));
        };
        let reveal_epoch = c.commit_epoch.saturating_add(q.period);
        if q.epoch < reveal_epoch {
            return Ok(Err(DispatchError::RevealTooEarly));
        }
        if q.epoch > reveal_epoch {
            return Ok(Err(DispatchError::ExpiredWeightCommit));
        }
        let Some(n) = self.neurons(netuid)?.into_iter().find(|n| n.hotkey == *hotkey) else {
            return Ok(Err(DispatchError::HotKeyNotRegisteredInSubNet));
        };
        Ok(Ok(Effect {
            cost: 0,
            events: vec![
                Event::WeightsSet { netuid, uid: n.uid },
                Event::WeightsRevealed { netuid, who: *hotkey, hash },
            ],
        }))
    }
}
