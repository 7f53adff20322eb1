//! Commit-reveal v2 reads: a hotkey's `WeightCommits` queue and the subnet's commit epoch index,
//! on runtimes with `SubnetEpochIndex` and on older ones, where both are derived exactly the way
//! those runtimes derive them.
//!
//! Two storage layouts share one type, `VecDeque<(H256, u64, u64, u64)>`:
//! * with `SubnetEpochIndex` (spec §8.2, current subtensor): `(hash, commit_epoch, commit_block,
//!   0)`; the epoch index is the stored counter, bumped once per epoch run.
//! * without it (finney up to at least spec 393): `(hash, commit_block, first_reveal_block,
//!   last_reveal_block)`; such runtimes compute the epoch of a block as
//!   `(block + netuid + 1) / (tempo + 1)` with the subnet's *current* tempo, both for the commit
//!   and at reveal time, so the same formula here gives the epoch the node itself will use. That
//!   index moves one block after each epoch runs and every `tempo + 1` blocks, which
//!   [`CommitSchedule`] reports so reveal windows come out in exact blocks.

use local_chain::state_weights::WeightCommit;
use local_chain::types::{AccountId, BlockNumber, Hash};
use subxt::utils::H256;

use crate::client::RemoteClient;
use crate::errors::Result;
use crate::storage::{self, At};

const SM: &str = "SubtensorModule";

/// How a pre-`SubnetEpochIndex` runtime's commit epoch index moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitSchedule {
    /// First block after the head at which the index is one higher.
    pub next_increment: BlockNumber,
    /// Blocks between two increments (`tempo + 1`).
    pub every: u64,
}

/// The epoch of `block` on runtimes without `SubnetEpochIndex` (subtensor's `get_epoch_index`).
pub fn legacy_epoch_index(block: BlockNumber, netuid: u16, tempo: u16) -> u64 {
    (block + u64::from(netuid) + 1) / (u64::from(tempo) + 1)
}

/// The schedule of [`legacy_epoch_index`] seen from `head`.
pub fn legacy_schedule(head: BlockNumber, netuid: u16, tempo: u16) -> CommitSchedule {
    let every = u64::from(tempo) + 1;
    let r = (head + u64::from(netuid) + 1) % every;
    CommitSchedule { next_increment: head + every - r, every }
}

fn has_epoch_index(at: &At) -> bool {
    storage::has_storage(at.metadata_ref(), SM, "SubnetEpochIndex")
}

async fn tempo(at: &At, spec: u32, netuid: u16) -> Result<u16> {
    storage::get_def(at, spec, SM, "Tempo", vec![storage::netuid(netuid)]).await
}

async fn commits(at: At, spec: u32, netuid: u16, hotkey: [u8; 32]) -> Result<Vec<WeightCommit>> {
    let keys = vec![storage::netuid(netuid), storage::account(&hotkey)];
    let rows: Vec<(H256, u64, u64, u64)> =
        storage::get(&at, spec, SM, "WeightCommits", keys).await?.unwrap_or_default();
    if has_epoch_index(&at) {
        return Ok(rows
            .into_iter()
            .map(|(h, commit_epoch, commit_block, _)| WeightCommit {
                hash: Hash(h.0),
                commit_epoch,
                commit_block,
            })
            .collect());
    }
    let tempo = tempo(&at, spec, netuid).await?;
    Ok(rows
        .into_iter()
        .map(|(h, commit_block, _, _)| WeightCommit {
            hash: Hash(h.0),
            commit_epoch: legacy_epoch_index(commit_block, netuid, tempo),
            commit_block,
        })
        .collect())
}

async fn epoch_index(at: At, spec: u32, netuid: u16) -> Result<u64> {
    if has_epoch_index(&at) {
        return storage::get_def(&at, spec, SM, "SubnetEpochIndex", vec![storage::netuid(netuid)])
            .await;
    }
    let tempo = tempo(&at, spec, netuid).await?;
    Ok(legacy_epoch_index(at.block_number(), netuid, tempo))
}

async fn schedule(at: At, spec: u32, netuid: u16) -> Result<Option<CommitSchedule>> {
    if has_epoch_index(&at) {
        return Ok(None);
    }
    let tempo = tempo(&at, spec, netuid).await?;
    Ok(Some(legacy_schedule(at.block_number(), netuid, tempo)))
}

/// The index a call included in the block after the finalized head sees (what the node's
/// commit and reveal checks compare against). Legacy runtimes: the formula at that block. With
/// `SubnetEpochIndex`: the counter, plus one when the subnet's epoch runs in that block — its
/// `on_initialize` runs before the block's extrinsics — by the scheduler's due check (spec
/// §3.7: `PendingEpochAt` reached, or `tempo` blocks since `LastEpochBlock`).
async fn epoch_at_next_block(at: At, spec: u32, netuid: u16) -> Result<u64> {
    let land = at.block_number() + 1;
    let tempo = tempo(&at, spec, netuid).await?;
    if !has_epoch_index(&at) {
        return Ok(legacy_epoch_index(land, netuid, tempo));
    }
    let key = || vec![storage::netuid(netuid)];
    let index: u64 = storage::get_def(&at, spec, SM, "SubnetEpochIndex", key()).await?;
    let last: u64 = storage::get(&at, spec, SM, "LastEpochBlock", key()).await?.unwrap_or(0);
    let pending: u64 = if storage::has_storage(at.metadata_ref(), SM, "PendingEpochAt") {
        storage::get(&at, spec, SM, "PendingEpochAt", key()).await?.unwrap_or(0)
    } else {
        0
    };
    Ok(index_at(index, tempo, last, pending, land))
}

/// `SubnetEpochIndex` as a call in block `land` sees it: one higher when the scheduler's due
/// check (spec §3.7) runs the epoch in that block's `on_initialize`. The per-block epoch cap
/// can still defer it by a block; the node's receipt is then the verdict.
pub fn index_at(index: u64, tempo: u16, last_epoch_block: u64, pending_at: u64, land: u64) -> u64 {
    if tempo == 0 {
        return index;
    }
    let due = (pending_at > 0 && land >= pending_at)
        || land.saturating_sub(last_epoch_block) >= u64::from(tempo);
    index + u64::from(due)
}

impl RemoteClient {
    /// The commit epoch index seen by a call landing in the block after the finalized head.
    pub fn epoch_at_next_block(&self, netuid: u16) -> Result<u64> {
        self.run("epoch index", move |at, spec| epoch_at_next_block(at, spec, netuid))
    }

    /// `WeightCommits[netuid][hotkey]`, oldest first (main mechanism: the storage index equals
    /// the netuid).
    pub fn weight_commits(&self, netuid: u16, hotkey: &AccountId) -> Result<Vec<WeightCommit>> {
        let hk = hotkey.0;
        self.run("WeightCommits", move |at, spec| commits(at, spec, netuid, hk))
    }

    /// The subnet's commit epoch index at the head: `SubnetEpochIndex`, or on older runtimes
    /// `(head + netuid + 1) / (tempo + 1)`.
    pub fn epoch_index(&self, netuid: u16) -> Result<u64> {
        self.run("epoch index", move |at, spec| epoch_index(at, spec, netuid))
    }

    /// `Some` on runtimes without `SubnetEpochIndex`, whose index does not move with the epoch
    /// schedule (see the module docs); `None` when it is the counter bumped at each epoch.
    pub fn commit_schedule(&self, netuid: u16) -> Result<Option<CommitSchedule>> {
        self.run("commit schedule", move |at, spec| schedule(at, spec, netuid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_index_matches_subtensor_get_epoch_index() {
        // netuid 1, tempo 360: blocks 0..=358 are epoch 0, 359 starts epoch 1.
        assert_eq!(legacy_epoch_index(358, 1, 360), 0);
        assert_eq!(legacy_epoch_index(359, 1, 360), 1);
        assert_eq!(legacy_epoch_index(719, 1, 360), 1);
        assert_eq!(legacy_epoch_index(720, 1, 360), 2);
        // tempo 0: every block is a new epoch.
        assert_eq!(legacy_epoch_index(10, 3, 0), 14);
    }

    #[test]
    fn counter_index_bumps_in_the_block_its_epoch_runs() {
        // Tempo 10, last epoch at #100: #110 runs the next one, so a call there sees index + 1.
        assert_eq!(index_at(7, 10, 100, 0, 109), 7);
        assert_eq!(index_at(7, 10, 100, 0, 110), 8);
        // A deferred epoch (PendingEpochAt) runs at that block even before the tempo is due.
        assert_eq!(index_at(7, 10, 100, 105, 104), 7);
        assert_eq!(index_at(7, 10, 100, 105, 105), 8);
        // Tempo 0: epochs never run.
        assert_eq!(index_at(7, 0, 100, 0, 500), 7);
    }

    #[test]
    fn legacy_schedule_points_at_the_next_increment() {
        for head in 300..800u64 {
            let s = legacy_schedule(head, 1, 360);
            let now = legacy_epoch_index(head, 1, 360);
            assert!(s.next_increment > head);
            assert_eq!(legacy_epoch_index(s.next_increment, 1, 360), now + 1, "head {head}");
            assert_eq!(legacy_epoch_index(s.next_increment - 1, 1, 360), now, "head {head}");
            assert_eq!(s.every, 361);
        }
        assert_eq!(legacy_schedule(9, 0, 0), CommitSchedule { next_increment: 10, every: 1 });
    }
}
