//! [`ChainClient`] over the in-process chain in `--chain-dir`.

use local_chain::block::BlockHeader;
use local_chain::chain::Chain;
use local_chain::event::StoredEvent;
use local_chain::extrinsic::Call;
use local_chain::info::{
    EventFilter, HyperparamValue, NeuronInfo, Receipt, StakePosition, SubnetInfo,
};
use local_chain::preview::{DryRun, EmissionShare, PoolSnapshot, Watch};
use local_chain::queries_children::{AutoParentInfo, ChildKeysInfo, RootClaimsInfo};
use local_chain::state_weights::WeightCommit;
use local_chain::types::{AccountId, Balance, BlockNumber, NetUid};
use sp_core::sr25519;

use super::ChainClient;
use super::errors::map;
use crate::context::Ctx;
use crate::error::Result;

/// The preset a chain is created from when a command finds none.
pub const DEFAULT_PRESET: &str = "demo";

/// The embedded chain.
pub struct Embedded {
    chain: Chain,
}

impl Embedded {
    /// Opens the chain in `ctx.chain_dir`, creating it from [`DEFAULT_PRESET`] if there is none.
    pub fn open_or_create(ctx: &Ctx) -> Result<Embedded> {
        let dir = &ctx.chain_dir;
        let fresh = !dir.join("chain.sqlite").exists();
        if fresh {
            std::fs::create_dir_all(dir)
                .map_err(|e| crate::error::io_error("create chain directory", dir, &e))?;
        }
        let chain = Chain::open_or_create(dir, DEFAULT_PRESET).map_err(map)?;
        if fresh {
            ctx.note(&format!(
                "created a new embedded chain (preset `{DEFAULT_PRESET}`) in {}",
                dir.display()
            ));
        }
        Ok(Embedded { chain })
    }

    /// Wraps an already opened chain.
    pub fn from_chain(chain: Chain) -> Embedded {
        Embedded { chain }
    }
}

impl ChainClient for Embedded {
    fn network(&self) -> String {
        "embedded".into()
    }
    fn head(&self) -> Result<BlockHeader> {
        self.chain.head().map_err(map)
    }
    fn total_issuance(&self) -> Result<Balance> {
        self.chain.total_issuance().map_err(map)
    }
    fn balance(&self, who: &AccountId) -> Result<Balance> {
        self.chain.balance(who).map_err(map)
    }
    fn subnets(&self) -> Result<Vec<SubnetInfo>> {
        self.chain.subnets().map_err(map)
    }
    fn subnet(&self, netuid: NetUid) -> Result<Option<SubnetInfo>> {
        self.chain.subnet(netuid).map_err(map)
    }
    fn neurons(&self, netuid: NetUid) -> Result<Vec<NeuronInfo>> {
        self.chain.neurons(netuid).map_err(map)
    }
    fn stake_of(&self, coldkey: &AccountId) -> Result<Vec<StakePosition>> {
        self.chain.stake_of(coldkey).map_err(map)
    }
    fn hyperparams(&self, netuid: NetUid) -> Result<Vec<HyperparamValue>> {
        self.chain.hyperparams(netuid).map_err(map)
    }
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        self.chain.events(filter).map_err(map)
    }
    fn blocks(&self, from: BlockNumber, to: BlockNumber) -> Result<Vec<BlockHeader>> {
        self.chain.blocks(from..=to).map_err(map)
    }
    fn existential_deposit(&self) -> Result<Balance> {
        Ok(local_chain::currency::EXISTENTIAL_DEPOSIT)
    }
    fn submit(&mut self, signer: &sr25519::Pair, call: Call) -> Result<Receipt> {
        self.chain.sign_and_submit(signer, call).map_err(map)
    }
    fn advance(&mut self, n: u64) -> Result<BlockHeader> {
        self.chain.advance(n).map_err(map)
    }
    fn pool(&self, netuid: NetUid) -> Result<Option<PoolSnapshot>> {
        self.chain.pool_snapshot(netuid).map_err(map)
    }
    fn pools(&self) -> Result<Vec<PoolSnapshot>> {
        self.chain.pool_snapshots().map_err(map)
    }
    fn emission_shares(&self) -> Result<Vec<EmissionShare>> {
        self.chain.emission_shares().map_err(map)
    }
    fn epoch_countdowns(&self) -> Result<Vec<(NetUid, u64)>> {
        self.chain.epoch_countdowns().map_err(map)
    }
    fn dry_run(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>> {
        self.chain.dry_run_sequence(signer, calls, netuids, watch).map_err(map)
    }
    fn hotkey_owner(&self, hotkey: &AccountId) -> Result<Option<AccountId>> {
        self.chain.hotkey_owner(hotkey).map_err(map)
    }
    fn lock_cost(&self) -> Result<Balance> {
        self.chain.network_lock_cost().map_err(map)
    }
    fn weights(&self, netuid: NetUid) -> Result<super::WeightRows> {
        self.chain.weights(netuid).map_err(map)
    }
    fn weight_commits(&self, netuid: NetUid, hotkey: &AccountId) -> Result<Vec<WeightCommit>> {
        self.chain.commits(netuid, hotkey).map_err(map)
    }
    fn epoch_index(&self, netuid: NetUid) -> Result<u64> {
        self.chain.epoch_index(netuid).map_err(map)
    }
    fn child_keys(&self, hotkey: &AccountId, netuid: NetUid) -> Result<ChildKeysInfo> {
        self.chain.child_keys_info(hotkey, netuid).map_err(map)
    }
    fn root_claims(&self, coldkey: &AccountId) -> Result<RootClaimsInfo> {
        self.chain.root_claims(coldkey).map_err(map)
    }
    fn auto_parent(&self, hotkey: &AccountId) -> Result<AutoParentInfo> {
        self.chain.auto_parent_info(hotkey).map_err(map)
    }
}
