//! The part-2 read API on [`Chain`] (weights, commits, bonds, emission state), in its own
//! `impl` block so `chain.rs` stays with its owner. Every read runs on a head snapshot.

use crate::chain::Chain;
use crate::error::ChainError;
use crate::state_weights::{
    self as sw, EmissionTotals, SparseU16Row, SubnetEmission, WeightCommit,
};
use crate::types::{AccountId, NetUid, Uid};

impl Chain {
    /// `Weights[netuid]`: every non-empty row as (uid, [(uid_j, u16)]) in submission order.
    pub fn weights(&self, netuid: NetUid) -> Result<Vec<(Uid, SparseU16Row)>, ChainError> {
        self.read(|e| sw::weights(e, netuid))
    }

    /// `Bonds[netuid]`: every non-empty row.
    pub fn bonds(&self, netuid: NetUid) -> Result<Vec<(Uid, SparseU16Row)>, ChainError> {
        self.read(|e| sw::bonds(e, netuid))
    }

    /// `WeightCommits[netuid][hotkey]`, oldest first.
    pub fn commits(
        &self,
        netuid: NetUid,
        hotkey: &AccountId,
    ) -> Result<Vec<WeightCommit>, ChainError> {
        self.read(|e| sw::commits(e, netuid, hotkey))
    }

    /// Every hotkey's commit queue on a subnet.
    pub fn all_commits(
        &self,
        netuid: NetUid,
    ) -> Result<Vec<(AccountId, Vec<WeightCommit>)>, ChainError> {
        self.read(|e| sw::all_commits(e, netuid))
    }

    /// The subnet's scheduler, pending emission and last coinbase facts.
    pub fn subnet_emission(&self, netuid: NetUid) -> Result<SubnetEmission, ChainError> {
        self.read(|e| sw::subnet_emission(e, netuid))
    }

    /// Chain-wide emission totals (block emission, emitted, recycled).
    pub fn emission_totals(&self) -> Result<EmissionTotals, ChainError> {
        self.read(sw::totals)
    }

    /// `SubnetEpochIndex`: the epoch a commit made now is recorded in.
    pub fn epoch_index(&self, netuid: NetUid) -> Result<u64, ChainError> {
        self.read(|e| Ok(sw::subnet_emission(e, netuid)?.epoch_index))
    }
}
