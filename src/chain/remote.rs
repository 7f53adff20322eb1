//! [`ChainClient`] over a subtensor node, delegating to the `remote` crate (subxt, dynamic
//! metadata). Reads and writes map one to one; previews are predictions from node state
//! (`remote::preview*`); submissions wait for inclusion or finality (`--wait`) behind a spinner
//! on a terminal. What a node cannot serve the way the embedded chain does (moving time, dry
//! runs of calls that share a pool) is a clear error naming it, never an invented answer.

use std::path::PathBuf;
use std::time::Duration;

use local_chain::block::BlockHeader;
use local_chain::event::StoredEvent;
use local_chain::extrinsic::Call;
use local_chain::info::{
    EventFilter, HyperparamValue, NeuronInfo, Receipt, StakePosition, SubnetInfo,
};
use local_chain::preview::{DryRun, EmissionShare, PoolSnapshot, Watch};
use local_chain::queries_children::{ChildKeysInfo, RootClaimsInfo};
use local_chain::state_weights::WeightCommit;
use local_chain::types::{AccountId, Balance, BlockNumber, NetUid};
use remote::{ConnectOptions, RemoteClient, RemoteError, SubmitStage};
use sp_core::sr25519;

use super::{ChainClient, WeightRows};
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

/// Seconds to wait for a node before giving up (`TAOCTL_CONNECT_TIMEOUT` overrides).
const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 10;

/// A connected subtensor node.
pub struct Remote {
    name: String,
    client: RemoteClient,
    /// Show a spinner on stderr while a submission waits (a person watching, no --json).
    spinner: bool,
    wait_finalized: bool,
}

/// `$XDG_CACHE_HOME/taoctl/metadata`: runtime metadata by genesis and spec_version.
fn metadata_cache_dir() -> PathBuf {
    let base = match std::env::var_os("XDG_CACHE_HOME") {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => {
            std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| ".".into()).join(".cache")
        }
    };
    base.join("taoctl").join("metadata")
}

/// How every command connects: metadata cached under `$XDG_CACHE_HOME`, connect limit
/// `TAOCTL_CONNECT_TIMEOUT` (10 s), per-read limit `TAOCTL_REQUEST_TIMEOUT` (30 s).
pub fn connect_options() -> ConnectOptions {
    let secs = |var: &str| std::env::var(var).ok().and_then(|s| s.parse::<u64>().ok());
    let mut opts = ConnectOptions {
        cache_dir: Some(metadata_cache_dir()),
        connect_timeout: Duration::from_secs(
            secs("TAOCTL_CONNECT_TIMEOUT").unwrap_or(DEFAULT_CONNECT_TIMEOUT_SECS),
        ),
        // `TAOCTL_RPC=legacy`: only the legacy JSON-RPC methods (docs/remote.md).
        legacy_rpc: std::env::var("TAOCTL_RPC").is_ok_and(|v| v == "legacy"),
        ..ConnectOptions::default()
    };
    // A node that accepts a request and never answers costs at most this per attempt
    // (`read_attempts` transport retries).
    if let Some(s) = secs("TAOCTL_REQUEST_TIMEOUT") {
        opts.request_timeout = Duration::from_secs(s.max(1));
    }
    opts
}

impl Remote {
    /// Connects to `url`; fails with a Network error (exit 5) within the connect timeout when no
    /// node answers.
    pub fn connect(ctx: &Ctx, name: &str, url: &str) -> Result<Remote> {
        let mut opts = connect_options();
        opts.wait_for_finalization = ctx.wait_finalized;
        let mut remote = Remote::open(name, url, opts)?;
        let info = remote.client.info();
        if info.newer_than_tested {
            ctx.note(&format!(
                "warning: {} runs runtime spec_version {}, newer than the newest tested ({}); calls are built from the node's own metadata, but check reports against another client",
                info.url,
                info.spec_version,
                remote::NEWEST_TESTED_SPEC
            ));
        }
        // A person watching (a terminal, no --json) sees a spinner while a submission waits.
        remote.spinner = std::io::IsTerminal::is_terminal(&std::io::stderr())
            && !ctx.mode.json
            && !ctx.mode.quiet;
        Ok(remote)
    }

    /// Connects with explicit options and no warnings or spinner (tests, and `connect` above).
    pub fn open(name: &str, url: &str, opts: ConnectOptions) -> Result<Remote> {
        let wait_finalized = opts.wait_for_finalization;
        let client = RemoteClient::connect(url, opts).map_err(map)?;
        Ok(Remote { name: name.to_string(), client, spinner: false, wait_finalized })
    }
}

/// Classifies a remote error for the user.
pub fn map(e: RemoteError) -> CliError {
    let msg = e.to_string();
    match e {
        RemoteError::Unreachable { .. } | RemoteError::Timeout { .. } => {
            CliError::new(ErrorKind::Network, msg).with_hint(
                "check the URL and that the node is running and reachable; `--network embedded` works offline",
            )
        }
        RemoteError::Rpc { .. } | RemoteError::NotIncluded(_) | RemoteError::Cache { .. } => {
            CliError::new(ErrorKind::Network, msg)
        }
        RemoteError::MissingCapability { .. } => CliError::new(ErrorKind::Network, msg)
            .with_hint("this node's runtime is older or newer than taoctl expects; use a node with a current subtensor runtime"),
        RemoteError::Module { name, .. } => {
            CliError::new(ErrorKind::Chain, msg).with_chain_error(name)
        }
        RemoteError::Invalid(_) => CliError::new(ErrorKind::Chain, msg)
            .with_hint("the node refused the transaction before inclusion (fees, nonce or validity)"),
        RemoteError::Decode { .. } | RemoteError::Encode { .. } => CliError::new(ErrorKind::Network, msg)
            .with_hint("the node's runtime types differ from what taoctl understands"),
        RemoteError::Unsupported(_) => CliError::input(msg),
    }
}

impl ChainClient for Remote {
    fn network(&self) -> String {
        self.name.clone()
    }
    fn head(&self) -> Result<BlockHeader> {
        self.client.head().map_err(map)
    }
    fn total_issuance(&self) -> Result<Balance> {
        self.client.total_issuance().map_err(map)
    }
    fn balance(&self, who: &AccountId) -> Result<Balance> {
        self.client.balance(who).map_err(map)
    }
    fn subnets(&self) -> Result<Vec<SubnetInfo>> {
        self.client.subnets().map_err(map)
    }
    fn subnet(&self, netuid: NetUid) -> Result<Option<SubnetInfo>> {
        self.client.subnet(netuid).map_err(map)
    }
    fn neurons(&self, netuid: NetUid) -> Result<Vec<NeuronInfo>> {
        self.client.neurons(netuid).map_err(map)
    }
    fn stake_of(&self, coldkey: &AccountId) -> Result<Vec<StakePosition>> {
        self.client.stake_of(coldkey).map_err(map)
    }
    fn hyperparams(&self, netuid: NetUid) -> Result<Vec<HyperparamValue>> {
        self.client.hyperparams(netuid).map_err(map)?.ok_or_else(|| {
            CliError::new(ErrorKind::Chain, format!("subnet {netuid} does not exist"))
                .with_chain_error("SubnetNotExists")
                .with_hint("list subnets with `taoctl subnets list`")
        })
    }
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        self.client.events(filter).map_err(map)
    }
    fn blocks(&self, from: BlockNumber, to: BlockNumber) -> Result<Vec<BlockHeader>> {
        self.client.blocks(from, to).map_err(map)
    }
    fn existential_deposit(&self) -> Result<Balance> {
        self.client.existential_deposit().map_err(map)
    }
    fn submit(&mut self, signer: &sr25519::Pair, call: Call) -> Result<Receipt> {
        if !self.spinner {
            return self.client.submit(signer, &call).map_err(map);
        }
        let pb = indicatif::ProgressBar::new_spinner()
            .with_message(format!("signing and submitting to {}…", self.name));
        pb.enable_steady_tick(Duration::from_millis(80));
        let until = if self.wait_finalized { "finalized" } else { "included in a block" };
        let stage = |s: SubmitStage| match s {
            SubmitStage::Submitted => pb.set_message(format!("submitted; waiting until {until}…")),
            SubmitStage::InBlock => pb.set_message("in a block; waiting for finality…"),
        };
        let r = self.client.submit_watching(signer, &call, &stage).map_err(map);
        pb.finish_and_clear();
        r
    }
    fn advance(&mut self, _n: u64) -> Result<BlockHeader> {
        Err(CliError::input(format!(
            "cannot produce blocks on a remote node ({}): only the embedded chain can move time",
            self.name
        ))
        .with_hint("wait for the network to produce blocks, or use `--network embedded`"))
    }
    fn pool(&self, netuid: NetUid) -> Result<Option<PoolSnapshot>> {
        self.client.pool(netuid).map_err(map)
    }
    fn pools(&self) -> Result<Vec<PoolSnapshot>> {
        self.client.pools().map_err(map)
    }
    fn emission_shares(&self) -> Result<Vec<EmissionShare>> {
        self.client.emission_shares().map_err(map)
    }
    fn epoch_countdowns(&self) -> Result<Vec<(NetUid, u64)>> {
        self.client.epoch_countdowns().map_err(map)
    }
    fn dry_run(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>> {
        // A node runs nothing for a signer without the signer's key: each call is predicted from
        // the node's fee, balances, pools and sim_swap (crate `remote::preview*`), a sequence
        // leg by leg when its legs trade on distinct pools; what cannot be predicted exactly
        // (legs sharing a pool, …) is refused by name rather than guessed.
        self.client.dry_run(signer, calls, netuids, watch).map_err(map)
    }
    fn hotkey_owner(&self, hotkey: &AccountId) -> Result<Option<AccountId>> {
        self.client.hotkey_owner(hotkey).map_err(map)
    }
    fn lock_cost(&self) -> Result<Balance> {
        self.client.lock_cost().map_err(map)
    }
    fn weights(&self, netuid: NetUid) -> Result<WeightRows> {
        self.client.weights(netuid).map_err(map)
    }
    fn weight_commits(&self, netuid: NetUid, hotkey: &AccountId) -> Result<Vec<WeightCommit>> {
        self.client.weight_commits(netuid, hotkey).map_err(map)
    }
    fn epoch_index(&self, netuid: NetUid) -> Result<u64> {
        self.client.epoch_index(netuid).map_err(map)
    }
    fn commit_epoch_schedule(&self, netuid: NetUid) -> Result<Option<(BlockNumber, u64)>> {
        Ok(self.client.commit_schedule(netuid).map_err(map)?.map(|s| (s.next_increment, s.every)))
    }
    fn predicts_previews(&self) -> bool {
        true
    }
    fn stake_of_at(&self, coldkey: &AccountId, number: BlockNumber) -> Result<Vec<StakePosition>> {
        self.client.stake_of_at(coldkey, number).map_err(map)
    }
    fn offers(&self, call: &Call) -> bool {
        remote::calls::required_calls(call, &Default::default())
            .map(|names| names.iter().all(|(p, c)| self.client.has_call(p, c)))
            .unwrap_or(false)
    }
    fn child_keys(&self, hotkey: &AccountId, netuid: NetUid) -> Result<ChildKeysInfo> {
        self.client.child_keys(hotkey, netuid).map_err(map)
    }
    fn root_claims(&self, coldkey: &AccountId) -> Result<RootClaimsInfo> {
        self.client.root_claims(coldkey).map_err(map)
    }
}
