//! The chain seam. Commands talk to a [`ChainClient`]; the embedded chain is its first
//! implementation, a remote subtensor node (subxt, crate `remote`) is the second.

pub mod embedded;
pub mod errors;
pub mod event_text;
pub mod remote;

use local_chain::block::BlockHeader;
use local_chain::event::StoredEvent;
use local_chain::extrinsic::Call;
use local_chain::info::{
    EventFilter, HyperparamValue, NeuronInfo, Receipt, StakePosition, SubnetInfo,
};
use local_chain::preview::{DryRun, EmissionShare, PoolSnapshot, Watch};
use local_chain::queries_children::{AutoParentInfo, ChildKeysInfo, RootClaimsInfo};
use local_chain::state_weights::WeightCommit;
use local_chain::types::{AccountId, Balance, BlockNumber, NetUid, Uid};
use sp_core::sr25519;

use crate::context::{Ctx, Network};
use crate::error::Result;

/// A subnet's weight rows: (uid, [(uid, u16)]) per validator that set any.
pub type WeightRows = Vec<(Uid, Vec<(Uid, u16)>)>;

/// Everything commands may ask of a chain. Types come from `local_chain`'s read model so both
/// backends return the same reports.
pub trait ChainClient: Send {
    /// The network's display name (`embedded`, `finney`, ...).
    fn network(&self) -> String;
    fn head(&self) -> Result<BlockHeader>;
    fn total_issuance(&self) -> Result<Balance>;
    fn balance(&self, who: &AccountId) -> Result<Balance>;
    fn subnets(&self) -> Result<Vec<SubnetInfo>>;
    fn subnet(&self, netuid: NetUid) -> Result<Option<SubnetInfo>>;
    fn neurons(&self, netuid: NetUid) -> Result<Vec<NeuronInfo>>;
    fn stake_of(&self, coldkey: &AccountId) -> Result<Vec<StakePosition>>;
    fn hyperparams(&self, netuid: NetUid) -> Result<Vec<HyperparamValue>>;
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>>;
    fn blocks(&self, from: BlockNumber, to: BlockNumber) -> Result<Vec<BlockHeader>>;
    /// The existential deposit (rao): accounts below it are reaped.
    fn existential_deposit(&self) -> Result<Balance>;
    /// Signs `call` with `signer` and waits for its inclusion.
    fn submit(&mut self, signer: &sr25519::Pair, call: Call) -> Result<Receipt>;
    /// Produces `n` blocks. Only the embedded chain can move time.
    fn advance(&mut self, n: u64) -> Result<BlockHeader>;
    /// Pool state of one subnet (reserves, quote weight, fee rate, prices); None if unknown.
    fn pool(&self, netuid: NetUid) -> Result<Option<PoolSnapshot>>;
    /// Pool state of every subnet.
    fn pools(&self) -> Result<Vec<PoolSnapshot>>;
    /// The next block's TAO emission split over subnets.
    fn emission_shares(&self) -> Result<Vec<EmissionShare>>;
    /// Blocks until each subnet's next automatic epoch.
    fn epoch_countdowns(&self) -> Result<Vec<(NetUid, u64)>>;
    /// What `calls` signed by `signer` and submitted one per block in order would do (fee,
    /// events, pools and watched positions before/after, or the chain's error; stops at the
    /// first failure). Nothing is signed or written.
    fn dry_run(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>>;
    /// The coldkey owning a hotkey, if the hotkey exists on chain.
    fn hotkey_owner(&self, hotkey: &AccountId) -> Result<Option<AccountId>>;
    /// Current subnet registration (lock) cost.
    fn lock_cost(&self) -> Result<Balance>;
    /// `Weights[netuid]`: every non-empty row as (uid, [(uid, u16)]) in submission order.
    fn weights(&self, netuid: NetUid) -> Result<WeightRows>;
    /// `WeightCommits[netuid][hotkey]` (hash commit-reveal v2), oldest first.
    fn weight_commits(&self, netuid: NetUid, hotkey: &AccountId) -> Result<Vec<WeightCommit>>;
    /// `SubnetEpochIndex[netuid]`: the epoch a commit made now is recorded in.
    fn epoch_index(&self, netuid: NetUid) -> Result<u64>;
    /// When the commit epoch index does not move with the epoch schedule: (block of its next
    /// increment, blocks between increments). Runtimes before `SubnetEpochIndex` count commit
    /// epochs as (block + netuid + 1) / (tempo + 1). `None` (the embedded chain, current
    /// runtimes): the index is bumped by each epoch, `epoch_countdowns` and `tempo` apart.
    fn commit_epoch_schedule(&self, _netuid: NetUid) -> Result<Option<(BlockNumber, u64)>> {
        Ok(None)
    }
    /// True when `dry_run` *predicts* from node state (a remote node) instead of executing the
    /// exact call (the embedded chain); reports then say which block the prediction is from.
    fn predicts_previews(&self) -> bool {
        false
    }
    /// Stake positions of `coldkey` as of block `number` (at most the head). The embedded chain
    /// keeps only the head's state: it answers for the head, which is the block of the last
    /// submission.
    fn stake_of_at(&self, coldkey: &AccountId, _number: BlockNumber) -> Result<Vec<StakePosition>> {
        self.stake_of(coldkey)
    }
    /// Whether the chain's runtime offers `call` (a node may predate newer calls).
    fn offers(&self, _call: &Call) -> bool {
        true
    }
    /// Child keys, parents, pending set and childkey take of a hotkey on a subnet (spec §9.2).
    fn child_keys(&self, hotkey: &AccountId, netuid: NetUid) -> Result<ChildKeysInfo>;
    /// Root dividends a coldkey can claim, and its claim type (spec §3.8).
    fn root_claims(&self, coldkey: &AccountId) -> Result<RootClaimsInfo>;
    /// A hotkey's root uid and auto-parent delegation flag (spec §5.4 step 11). Only the
    /// embedded chain answers: the metadata the remote path is built and tested against
    /// (finney spec 393) has neither `AutoParentDelegationEnabled` nor its setter.
    fn auto_parent(&self, _hotkey: &AccountId) -> Result<AutoParentInfo> {
        Err(crate::error::CliError::input(format!(
            "auto-parent delegation is not supported against a node ({}) yet",
            self.network()
        ))
        .with_hint(
            "taoctl does not read `AutoParentDelegationEnabled` or send \
             `set_auto_parent_delegation_enabled` (call 135) to a node yet; use `--network embedded`",
        ))
    }
}

/// Connects to the network chosen in `ctx`. The embedded chain is created from the `demo` preset
/// on first use, so every command works on a fresh machine.
pub fn connect(ctx: &Ctx) -> Result<Box<dyn ChainClient>> {
    match &ctx.network {
        Network::Embedded => Ok(Box::new(embedded::Embedded::open_or_create(ctx)?)),
        Network::Remote { name, url } => Ok(Box::new(remote::Remote::connect(ctx, name, url)?)),
    }
}
