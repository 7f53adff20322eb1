//! Read models of child keys and root claims for the CLI (spec §3.8, §9.2): one hotkey's
//! relations, pending set and childkey take on a subnet, what a coldkey can claim, and a root
//! validator's auto-parent delegation flag (spec §5.4 step 11).

use serde::{Deserialize, Serialize};

use crate::calls::children as ck;
use crate::calls::root_claim;
use crate::chain::Chain;
use crate::children;
use crate::error::ChainError;
use crate::state::{self, Global};
use crate::state_children::{self as sc, ChildList, RootClaimType, TxKind};
use crate::types::{AccountId, BlockNumber, NetUid, ROOT_NETUID};

/// A scheduled `set_children` (applied at the first epoch after `cooldown_block`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingChildren {
    /// The new list ((proportion of u64::MAX, child)); empty = revoke.
    pub children: ChildList,
    /// Applies at an epoch of a block after this one.
    pub cooldown_block: BlockNumber,
}

/// One hotkey's child-key state on one subnet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildKeysInfo {
    /// The hotkey.
    pub hotkey: AccountId,
    /// The subnet.
    pub netuid: NetUid,
    /// `ChildKeys[hotkey][netuid]`.
    pub children: ChildList,
    /// `ParentKeys[hotkey][netuid]`.
    pub parents: ChildList,
    /// `PendingChildKeys[netuid][hotkey]`.
    pub pending: Option<PendingChildren>,
    /// Effective childkey take (u16 proportion).
    pub childkey_take: u16,
    /// Lowest take allowed on this subnet.
    pub min_childkey_take: u16,
    /// `MaxChildkeyTake`.
    pub max_childkey_take: u16,
    /// The hotkey's stake valued in TAO at spot prices (rao), checked against the threshold.
    pub stake_tao: u64,
    /// `StakeThreshold` (rao).
    pub stake_threshold: u64,
    /// Block of the last set_children (0 = never); the next is allowed 150 blocks later.
    pub last_set_children_block: BlockNumber,
    /// Current block.
    pub block: BlockNumber,
}

/// Root dividends one (hotkey, subnet) owes a coldkey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootClaimable {
    /// The root validator hotkey the coldkey stakes to.
    pub hotkey: AccountId,
    /// The subnet whose alpha is owed.
    pub netuid: NetUid,
    /// Owed alpha (rao of the subnet's alpha).
    pub owed: u64,
    /// `RootClaimableThreshold[netuid]`: less than this is not paid.
    pub threshold: u64,
}

/// What a coldkey can claim and how it claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RootClaimsInfo {
    /// The coldkey.
    pub coldkey: AccountId,
    /// `RootClaimType[coldkey]`.
    pub claim_type: RootClaimType,
    /// Every (hotkey, subnet) with a claimable rate for a hotkey the coldkey stakes to.
    pub claims: Vec<RootClaimable>,
}

/// A hotkey's part in auto-parent delegation: whether the next registered subnet's owner
/// hotkey would get it as a parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AutoParentInfo {
    /// The hotkey.
    pub hotkey: AccountId,
    /// Its root uid (`None`: not a root validator, so never made a parent).
    pub root_uid: Option<u16>,
    /// `AutoParentDelegationEnabled[hotkey]` (default true).
    pub enabled: bool,
    /// The hotkey's stake valued in TAO at spot prices (rao); below `stake_threshold` its
    /// set_children fails and it is skipped.
    pub stake_tao: u64,
    /// `StakeThreshold` (rao).
    pub stake_threshold: u64,
    /// Current block.
    pub block: BlockNumber,
}

impl Chain {
    /// Auto-parent delegation state of `hotkey`.
    pub fn auto_parent_info(&self, hotkey: &AccountId) -> Result<AutoParentInfo, ChainError> {
        self.read(|e| {
            Ok(AutoParentInfo {
                hotkey: *hotkey,
                root_uid: state::uid_of(e, ROOT_NETUID, hotkey)?,
                enabled: sc::auto_parent_delegation(e, hotkey)?,
                stake_tao: ck::total_stake_tao(e, hotkey)?,
                stake_threshold: state::global(e, Global::StakeThreshold)?,
                block: e.now,
            })
        })
    }

    /// Child-key state of `hotkey` on `netuid`.
    pub fn child_keys_info(
        &self,
        hotkey: &AccountId,
        netuid: NetUid,
    ) -> Result<ChildKeysInfo, ChainError> {
        self.read(|e| {
            Ok(ChildKeysInfo {
                hotkey: *hotkey,
                netuid,
                children: sc::child_keys(e, hotkey, netuid)?,
                parents: sc::parent_keys(e, hotkey, netuid)?,
                pending: sc::pending_child_keys(e, netuid, hotkey)?
                    .map(|(children, cooldown_block)| PendingChildren { children, cooldown_block }),
                childkey_take: children::childkey_take(e, hotkey, netuid)?,
                min_childkey_take: children::effective_min_take(e, netuid)?,
                max_childkey_take: state::global(e, Global::MaxChildkeyTake)?.min(u16::MAX as u64)
                    as u16,
                stake_tao: ck::total_stake_tao(e, hotkey)?,
                stake_threshold: state::global(e, Global::StakeThreshold)?,
                last_set_children_block: sc::last_tx_block(e, hotkey, netuid, TxKind::SetChildren)?,
                block: e.now,
            })
        })
    }

    /// Root dividends `coldkey` can claim, per (hotkey, subnet).
    pub fn root_claims(&self, coldkey: &AccountId) -> Result<RootClaimsInfo, ChainError> {
        self.read(|e| {
            let mut claims = Vec::new();
            for hotkey in state::staking_hotkeys(e, coldkey)? {
                for netuid in state::netuids(e)? {
                    if netuid == ROOT_NETUID || sc::root_claimable(e, &hotkey, netuid)? == 0 {
                        continue;
                    }
                    claims.push(RootClaimable {
                        hotkey,
                        netuid,
                        owed: root_claim::owed_u64(e, &hotkey, coldkey, netuid)?,
                        threshold: sc::root_claim_threshold(e, netuid)?,
                    });
                }
            }
            Ok(RootClaimsInfo {
                coldkey: *coldkey,
                claim_type: sc::root_claim_type(e, coldkey)?,
                claims,
            })
        })
    }
}
