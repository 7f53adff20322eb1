//! The synchronous facade: [`RemoteClient`] owns a tokio runtime and a subxt `OnlineClient`,
//! connects with a timeout, caches metadata by spec_version, retries reads with backoff, and
//! signs, submits and waits for transactions. Every public method blocks; the binary stays
//! synchronous.

use std::collections::HashMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

use local_chain::block::BlockHeader;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::info::Receipt;
use local_chain::types::{AccountId, Balance, BlockNumber, Hash};
use parity_scale_codec::Encode;
use scale_decode::DecodeAsType;
use sp_core::sr25519;
use subxt::config::RpcConfigFor;
use subxt::config::SubstrateExtrinsicParamsBuilder as Params;
use subxt::metadata::ArcMetadata;
use subxt::rpcs::RpcClient;
use subxt::rpcs::methods::LegacyRpcMethods;
use subxt::tx::TransactionStatus;
use subxt::utils::{AccountId32, H256};
use subxt::{OnlineClient, SubstrateConfig};

use crate::calls::{self, CallContext};
use crate::convert;
use crate::errors::{CapabilityKind, RemoteError, Result as Res};
use crate::metadata_cache;
use crate::signer::PairSigner;
use crate::storage::{self, At};

/// The newest finney runtime this crate was tested against (metadata fixtures in CI).
pub const NEWEST_TESTED_SPEC: u32 = 393;

/// Blocks a transaction stays valid for (mortal era); short, so a stuck transaction expires
/// instead of landing hours later.
const MORTALITY_BLOCKS: u64 = 64;

/// How a client connects and waits.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Where fetched metadata is cached (`None`: no cache, fetch on every connect).
    pub cache_dir: Option<PathBuf>,
    /// Limit for opening the connection and the handshake reads.
    pub connect_timeout: Duration,
    /// Limit for one read (including its retries' waits).
    pub request_timeout: Duration,
    /// Attempts for reads that failed on the transport (1 = no retry).
    pub read_attempts: u32,
    /// Wait for finality (true) or only for inclusion in a best block (false).
    pub wait_for_finalization: bool,
    /// Limit for a submitted transaction to be included (or finalized).
    pub inclusion_timeout: Duration,
    /// Use only the legacy JSON-RPC methods (`state_*`, `chain_*`, `author_*`) even where the
    /// node advertises the newer `archive_v1`/`chainHead_v1` ones; for nodes whose newer
    /// methods are incomplete (chopsticks 1.5 in genesis mode answers `archive_v1_storage`
    /// descendant queries with nothing and crashes on keys added after genesis).
    pub legacy_rpc: bool,
}

impl Default for ConnectOptions {
    fn default() -> Self {
        ConnectOptions {
            cache_dir: None,
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            read_attempts: 3,
            wait_for_finalization: false,
            inclusion_timeout: Duration::from_secs(120),
            legacy_rpc: false,
        }
    }
}

/// What the node told us at connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeInfo {
    /// The URL connected to.
    pub url: String,
    /// Runtime name (`node-subtensor`).
    pub spec_name: String,
    /// Runtime spec_version.
    pub spec_version: u32,
    /// Runtime transaction_version.
    pub transaction_version: u32,
    /// Genesis hash.
    pub genesis_hash: [u8; 32],
    /// The runtime is newer than [`NEWEST_TESTED_SPEC`]: calls and storage are still resolved
    /// from the node's own metadata, but shapes taoctl decodes may have changed.
    pub newer_than_tested: bool,
    /// Metadata came from the on-disk cache.
    pub metadata_from_cache: bool,
}

/// A connected node.
pub struct RemoteClient {
    // Field order matters: the subxt client (and its background driver task) must drop
    // before the runtime that drives it.
    api: OnlineClient<SubstrateConfig>,
    rpc: LegacyRpcMethods<RpcConfigFor<SubstrateConfig>>,
    metadata: ArcMetadata,
    info: NodeInfo,
    opts: ConnectOptions,
    /// Last nonce used per signer in this process, so several transactions in flight from one
    /// process never reuse a nonce even before the pool reports them.
    nonces: Mutex<HashMap<[u8; 32], u64>>,
    rt: tokio::runtime::Runtime,
}

fn runtime() -> Res<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| RemoteError::Unsupported(format!("cannot start the async runtime: {e}")))
}

async fn with_timeout<T>(what: &str, limit: Duration, fut: impl Future<Output = Res<T>>) -> Res<T> {
    match tokio::time::timeout(limit, fut).await {
        Ok(r) => r,
        Err(_) => Err(RemoteError::Timeout { what: what.to_string(), secs: limit.as_secs() }),
    }
}

impl RemoteClient {
    /// Connects to `url` (`ws://` or `wss://`). Fails within `connect_timeout` with
    /// [`RemoteError::Unreachable`] when no node answers.
    pub fn connect(url: &str, opts: ConnectOptions) -> Res<RemoteClient> {
        let rt = runtime()?;
        let url_owned = url.to_string();
        let limit = opts.connect_timeout;
        let connected = rt.block_on(async {
            match tokio::time::timeout(limit, connect_inner(&url_owned, &opts)).await {
                Ok(r) => r,
                Err(_) => Err(RemoteError::Unreachable {
                    url: url_owned.clone(),
                    reason: format!("no answer within {} s", limit.as_secs()),
                }),
            }
        });
        let (api, rpc, metadata, info) = connected?;
        Ok(RemoteClient { api, rpc, metadata, info, opts, nonces: Mutex::new(HashMap::new()), rt })
    }

    /// What the node told us at connect.
    pub fn info(&self) -> &NodeInfo {
        &self.info
    }

    /// The node's metadata (as fetched or cached at connect).
    pub fn metadata(&self) -> &ArcMetadata {
        &self.metadata
    }

    fn spec(&self) -> u32 {
        self.info.spec_version
    }

    /// Runs a read at the current finalized block, retrying transport failures with backoff.
    fn read<T, F, Fut>(&self, what: &str, f: F) -> Res<T>
    where
        F: Fn(At) -> Fut,
        Fut: Future<Output = Res<T>>,
    {
        let attempts = self.opts.read_attempts.max(1);
        self.rt.block_on(async {
            let mut delay = Duration::from_millis(200);
            let mut attempt = 1;
            loop {
                let once = async {
                    let at = self
                        .api
                        .at_current_block()
                        .await
                        .map_err(|e| RemoteError::rpc("reading the finalized block", e))?;
                    f(at).await
                };
                match with_timeout(what, self.opts.request_timeout, once).await {
                    Err(e) if e.is_transient() && attempt < attempts => {
                        tokio::time::sleep(delay).await;
                        delay *= 2;
                        attempt += 1;
                    }
                    other => return other,
                }
            }
        })
    }

    /// Runs a read at block `number`.
    fn read_at<T, F, Fut>(&self, what: &str, number: BlockNumber, f: F) -> Res<T>
    where
        F: Fn(At) -> Fut,
        Fut: Future<Output = Res<T>>,
    {
        self.rt.block_on(with_timeout(what, self.opts.request_timeout, async {
            let at = self
                .api
                .at_block(number)
                .await
                .map_err(|e| RemoteError::rpc(format!("opening block {number}"), e))?;
            f(at).await
        }))
    }

    /// Runs `f` at block `number` (for the read modules).
    pub(crate) fn at_number<T, F, Fut>(&self, what: &str, number: BlockNumber, f: F) -> Res<T>
    where
        F: Fn(At) -> Fut,
        Fut: Future<Output = Res<T>>,
    {
        self.read_at(what, number, f)
    }

    /// The finalized head.
    pub fn head(&self) -> Res<BlockHeader> {
        let spec = self.spec();
        let rpc = self.rpc.clone();
        self.read("head", move |at| {
            let rpc = rpc.clone();
            async move { header_of(&at, &rpc, spec).await }
        })
    }

    /// Headers of blocks `from..=to` (at most 1000).
    pub fn blocks(&self, from: BlockNumber, to: BlockNumber) -> Res<Vec<BlockHeader>> {
        if to < from {
            return Ok(Vec::new());
        }
        if to - from >= 1000 {
            return Err(RemoteError::Unsupported(
                "at most 1000 blocks per request on a remote node".into(),
            ));
        }
        let spec = self.spec();
        let mut out = Vec::new();
        for n in from..=to {
            let rpc = self.rpc.clone();
            out.push(self.read_at("block header", n, move |at| {
                let rpc = rpc.clone();
                async move { header_of(&at, &rpc, spec).await }
            })?);
        }
        Ok(out)
    }

    /// Free balance (rao).
    pub fn balance(&self, who: &AccountId) -> Res<Balance> {
        #[derive(DecodeAsType)]
        struct AccountInfo {
            data: AccountData,
        }
        #[derive(DecodeAsType)]
        struct AccountData {
            free: u128,
        }
        let spec = self.spec();
        let key = storage::account(&who.0);
        self.read("System.Account", move |at| {
            let key = key.clone();
            async move {
                let info: Option<AccountInfo> =
                    storage::get(&at, spec, "System", "Account", vec![key]).await?;
                Ok(info.map(|i| i.data.free as u64).unwrap_or(0))
            }
        })
    }

    /// `Balances.TotalIssuance` (rao).
    pub fn total_issuance(&self) -> Res<Balance> {
        let spec = self.spec();
        self.read("Balances.TotalIssuance", move |at| async move {
            let v: u128 = storage::get_def(&at, spec, "Balances", "TotalIssuance", vec![]).await?;
            Ok(v as u64)
        })
    }

    /// `Balances.ExistentialDeposit` (rao).
    pub fn existential_deposit(&self) -> Res<Balance> {
        let spec = self.spec();
        self.read("Balances.ExistentialDeposit", move |at| async move {
            let v: u128 = storage::constant(&at, spec, "Balances", "ExistentialDeposit")?;
            Ok(v as u64)
        })
    }

    /// The coldkey owning `hotkey`, or None if the hotkey has no owner on chain.
    pub fn hotkey_owner(&self, hotkey: &AccountId) -> Res<Option<AccountId>> {
        let spec = self.spec();
        let key = storage::account(&hotkey.0);
        self.read("SubtensorModule.Owner", move |at| {
            let key = key.clone();
            async move {
                if !storage::exists(&at, spec, "SubtensorModule", "Owner", vec![key.clone()])
                    .await?
                {
                    return Ok(None);
                }
                let owner: Option<AccountId32> =
                    storage::get(&at, spec, "SubtensorModule", "Owner", vec![key]).await?;
                Ok(owner.map(|o| convert::account(&o)))
            }
        })
    }

    /// Current subnet registration (lock) cost (rao).
    pub fn lock_cost(&self) -> Res<Balance> {
        let spec = self.spec();
        self.read("lock cost", move |at| async move {
            crate::runtime_api::call::<u64>(
                &at,
                spec,
                "SubnetRegistrationRuntimeApi",
                "get_network_registration_cost",
                vec![],
            )
            .await
        })
    }

    /// Runs `f` against the current block on this client's runtime (for the read modules).
    pub(crate) fn run<T, F, Fut>(&self, what: &str, f: F) -> Res<T>
    where
        F: Fn(At, u32) -> Fut,
        Fut: Future<Output = Res<T>>,
    {
        let spec = self.spec();
        self.read(what, move |at| f(at, spec))
    }

    /// Whether the node's runtime offers `pallet.call`.
    pub fn has_call(&self, pallet: &str, call: &str) -> bool {
        self.metadata.pallet_by_name(pallet).and_then(|p| p.call_variant_by_name(call)).is_some()
    }

    fn require_call(&self, pallet: &str, call: &str) -> Res<()> {
        if self.has_call(pallet, call) {
            Ok(())
        } else {
            Err(RemoteError::MissingCapability {
                kind: CapabilityKind::Call,
                name: format!("{pallet}.{call}"),
                spec_version: self.spec(),
            })
        }
    }

    async fn call_context(&self, at: &At, call: &Call) -> Res<CallContext> {
        use local_chain::hparams::Hyperparam as H;
        let inner = match call {
            Call::Sudo { call } => call.as_ref(),
            c => c,
        };
        let mut ctx = CallContext::default();
        if let Call::SudoSetHyperparam { netuid, param: H::AlphaHigh | H::AlphaLow, .. } = inner {
            let v: (u16, u16) = storage::get_def(
                at,
                self.spec(),
                "SubtensorModule",
                "AlphaValues",
                vec![storage::netuid(*netuid)],
            )
            .await?;
            ctx.alpha_values = Some(v);
        }
        Ok(ctx)
    }

    /// The partial fee (rao) the node would charge for `call`, from
    /// `TransactionPaymentApi.query_info` on the call signed by a throwaway key (the fee depends
    /// on weight and length, not on who signs).
    pub fn estimate_fee(&self, call: &Call) -> Res<Balance> {
        let pair = throwaway_pair();
        self.rt.block_on(with_timeout("fee query", self.opts.request_timeout, async {
            let at = self
                .api
                .at_current_block()
                .await
                .map_err(|e| RemoteError::rpc("reading the finalized block", e))?;
            self.fee_at(&at, &pair, call, 0).await
        }))
    }

    async fn signed_tx(
        &self,
        at: &At,
        pair: &sr25519::Pair,
        call: &Call,
        nonce: u64,
    ) -> Res<
        subxt::tx::SubmittableTransaction<
            SubstrateConfig,
            subxt::client::OnlineClientAtBlockImpl<SubstrateConfig>,
        >,
    > {
        let ctx = self.call_context(at, call).await?;
        for (pallet, name) in calls::required_calls(call, &ctx)? {
            self.require_call(&pallet, &name)?;
        }
        let payload = calls::to_payload(call, &ctx)?;
        let params = Params::new()
            .nonce(nonce)
            .mortal_from_unchecked(MORTALITY_BLOCKS, at.block_number(), at.block_hash())
            .build();
        let what = format!("{}.{}", payload.pallet_name(), payload.call_name());
        let mut signable = at
            .tx()
            .create_signable_offline(&payload, params)
            .map_err(|e| RemoteError::encode(&what, e))?;
        signable.sign(&PairSigner::new(pair)).map_err(|e| RemoteError::encode(&what, e))
    }

    async fn fee_at(&self, at: &At, pair: &sr25519::Pair, call: &Call, nonce: u64) -> Res<u64> {
        crate::runtime_api::require_api(
            at.metadata_ref(),
            self.spec(),
            "TransactionPaymentApi",
            "query_info",
        )?;
        let tx = self.signed_tx(at, pair, call, nonce).await?;
        // `query_info(uxt, len)`: the answer is decoded with the runtime's own output type,
        // because subtensor's `Balance` is u64 where generic Substrate code assumes u128.
        #[derive(DecodeAsType)]
        struct DispatchInfo {
            partial_fee: u128,
        }
        let mut args = tx.encoded().to_vec();
        (tx.encoded().len() as u32).encode_to(&mut args);
        let bytes = at
            .runtime_apis()
            .call_raw("TransactionPaymentApi_query_info", Some(&args))
            .await
            .map_err(|e| RemoteError::rpc("TransactionPaymentApi.query_info", e))?;
        let md = at.metadata_ref();
        let out_ty = md
            .runtime_api_trait_by_name("TransactionPaymentApi")
            .and_then(|t| t.method_by_name("query_info"))
            .map(|m| m.output_ty())
            .ok_or_else(|| RemoteError::decode("query_info", "no output type"))?;
        let info = DispatchInfo::decode_as_type(&mut &bytes[..], out_ty, md.types())
            .map_err(|e| RemoteError::decode("TransactionPaymentApi.query_info answer", e))?;
        Ok(info.partial_fee as u64)
    }

    async fn next_nonce(&self, who: &[u8; 32]) -> Res<u64> {
        let from_pool = self
            .rpc
            .system_account_next_index(&AccountId32(*who))
            .await
            .map_err(|e| RemoteError::rpc("system_accountNextIndex", e))?;
        let mut map = self.nonces.lock().unwrap_or_else(|p| p.into_inner());
        let next = match map.get(who) {
            Some(last) => from_pool.max(last + 1),
            None => from_pool,
        };
        map.insert(*who, next);
        Ok(next)
    }

    /// Signs `call` with `pair`, submits it, waits for inclusion (or finality, per options) and
    /// returns the receipt. A dispatch failure comes back as [`RemoteError::Module`] (or
    /// another named error) carrying the chain's error name.
    pub fn submit(&self, pair: &sr25519::Pair, call: &Call) -> Res<Receipt> {
        self.submit_watching(pair, call, &|_| {})
    }

    /// [`RemoteClient::submit`], telling `progress` each stage the transaction reaches (for a
    /// spinner).
    pub fn submit_watching(
        &self,
        pair: &sr25519::Pair,
        call: &Call,
        progress: &(dyn Fn(SubmitStage) + Sync),
    ) -> Res<Receipt> {
        let signer = AccountId(PairSigner::new(pair).account_bytes());
        self.rt.block_on(with_timeout("transaction", self.opts.inclusion_timeout, async {
            let at = self
                .api
                .at_current_block()
                .await
                .map_err(|e| RemoteError::rpc("reading the finalized block", e))?;
            // The fee is queried before the real signature is made, so a caller could refuse
            // here; it also stands in when the node emits no TransactionFeePaid event.
            let estimated_fee = self.fee_at(&at, &throwaway_pair(), call, 0).await?;
            let nonce = self.next_nonce(&signer.0).await?;
            let tx = self.signed_tx(&at, pair, call, nonce).await?;
            let watch = progress;
            watch(SubmitStage::Submitted);
            let mut progress = match tx.submit_and_watch().await {
                Ok(p) => p,
                Err(e) => {
                    // The pool refused it (bad nonce, cannot pay, stale): forget the nonce.
                    self.forget_nonce(&signer.0, nonce);
                    return Err(RemoteError::Invalid(e.to_string()));
                }
            };
            let in_block = loop {
                let status = match progress.next().await {
                    Some(s) => s.map_err(|e| RemoteError::rpc("transaction status", e))?,
                    None => {
                        return Err(RemoteError::NotIncluded(
                            "the node closed the status stream".into(),
                        ));
                    }
                };
                match status {
                    TransactionStatus::InBestBlock(b) if !self.opts.wait_for_finalization => {
                        break b;
                    }
                    TransactionStatus::InBestBlock(_) => watch(SubmitStage::InBlock),
                    TransactionStatus::InFinalizedBlock(b) => break b,
                    TransactionStatus::Invalid { message } => {
                        self.forget_nonce(&signer.0, nonce);
                        return Err(RemoteError::Invalid(message));
                    }
                    TransactionStatus::Dropped { message }
                    | TransactionStatus::Error { message } => {
                        return Err(RemoteError::NotIncluded(message));
                    }
                    _ => continue,
                }
            };
            let block_at = in_block
                .at()
                .await
                .map_err(|e| RemoteError::rpc("opening the inclusion block", e))?;
            let events = in_block
                .fetch_events()
                .await
                .map_err(|e| RemoteError::rpc("reading the transaction's events", e))?;
            receipt(&block_at, &events, &signer, estimated_fee)
        }))
    }

    fn forget_nonce(&self, who: &[u8; 32], nonce: u64) {
        let mut map = self.nonces.lock().unwrap_or_else(|p| p.into_inner());
        if map.get(who) == Some(&nonce) {
            map.remove(who);
        }
    }
}

/// How far a submitted transaction got (reported to [`RemoteClient::submit_watching`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmitStage {
    /// Signed and sent to the node; waiting for a block.
    Submitted,
    /// In a best block; waiting for finality (`wait_for_finalization`).
    InBlock,
}

/// A fixed key used only to give fee queries a well-formed signature.
fn throwaway_pair() -> sr25519::Pair {
    use sp_core::Pair as _;
    sr25519::Pair::from_seed(&[7u8; 32])
}

/// Builds the receipt of one included extrinsic from its events; `ExtrinsicFailed` becomes the
/// named chain error.
fn receipt(
    at: &At,
    events: &subxt::extrinsics::ExtrinsicEvents<SubstrateConfig>,
    signer: &AccountId,
    estimated_fee: u64,
) -> Res<Receipt> {
    let mut fee = None;
    let mut failure = None;
    for ev in events.iter() {
        let ev = ev.map_err(|e| RemoteError::decode("transaction events", e))?;
        match (ev.pallet_name(), ev.event_name()) {
            ("TransactionPayment", "TransactionFeePaid") => {
                if let Ok((_, actual, _)) =
                    ev.decode_fields_unchecked_as::<(AccountId32, u128, u128)>()
                {
                    fee = Some(actual as u64);
                }
            }
            ("System", "ExtrinsicFailed") => {
                failure = Some(crate::errors::from_dispatch_error(ev.field_bytes(), at.metadata()));
            }
            _ => {}
        }
    }
    if let Some(err) = failure {
        return Err(err);
    }
    let fee = fee.unwrap_or(estimated_fee);
    let mapped: Vec<Event> =
        events.iter().flatten().filter_map(|ev| convert::event(&ev, signer, fee)).collect();
    Ok(Receipt {
        block: at.block_number(),
        block_hash: Hash(at.block_hash().0),
        extrinsic_index: events.extrinsic_index() as u32,
        fee,
        events: mapped,
    })
}

async fn header_of(
    at: &At,
    rpc: &LegacyRpcMethods<RpcConfigFor<SubstrateConfig>>,
    spec: u32,
) -> Res<BlockHeader> {
    let header = at.block_header().await.map_err(|e| RemoteError::rpc("chain_getHeader", e))?;
    let hash = at.block_hash();
    let body =
        rpc.chain_get_block(Some(hash)).await.map_err(|e| RemoteError::rpc("chain_getBlock", e))?;
    let extrinsic_count = body.map(|b| b.block.extrinsics.len() as u32).unwrap_or(0);
    let timestamp_ms: u64 = storage::get(at, spec, "Timestamp", "Now", vec![]).await?.unwrap_or(0);
    let event_count: u32 =
        storage::get(at, spec, "System", "EventCount", vec![]).await?.unwrap_or(0);
    Ok(BlockHeader {
        number: header.number,
        parent_hash: Hash(header.parent_hash.0),
        timestamp_ms,
        extrinsics_root: Hash(header.extrinsics_root.0),
        // A node's header carries the state trie root; it plays the role of the embedded
        // chain's changes root (a commitment to the state after the block).
        changes_root: Hash(header.state_root.0),
        extrinsic_count,
        event_count,
        hash: Hash(hash.0),
    })
}

type Connected = (
    OnlineClient<SubstrateConfig>,
    LegacyRpcMethods<RpcConfigFor<SubstrateConfig>>,
    ArcMetadata,
    NodeInfo,
);

async fn connect_inner(url: &str, opts: &ConnectOptions) -> Res<Connected> {
    let unreachable = |e: &dyn std::fmt::Display| RemoteError::Unreachable {
        url: url.to_string(),
        reason: e.to_string(),
    };
    let rpc = if url.starts_with("wss://") || url.starts_with("https://") {
        RpcClient::from_url(url).await
    } else {
        RpcClient::from_insecure_url(url).await
    }
    .map_err(|e| unreachable(&e))?;
    let legacy = LegacyRpcMethods::<RpcConfigFor<SubstrateConfig>>::new(rpc.clone());
    let genesis = legacy.genesis_hash().await.map_err(|e| unreachable(&e))?;
    let version = legacy
        .state_get_runtime_version(None)
        .await
        .map_err(|e| RemoteError::rpc("state_getRuntimeVersion", e))?;
    let spec_version = version.spec_version;
    let spec_name =
        version.other.get("specName").and_then(|v| v.as_str()).unwrap_or_default().to_string();
    let genesis_bytes: [u8; 32] = genesis.0;

    let cached = opts
        .cache_dir
        .as_deref()
        .and_then(|d| metadata_cache::load(d, &genesis_bytes, spec_version));
    let metadata_from_cache = cached.is_some();
    let metadata = match cached {
        Some((_, md)) => md,
        None => {
            let bytes = fetch_metadata(&legacy).await?;
            let md = metadata_cache::decode(&bytes)?;
            if let Some(dir) = opts.cache_dir.as_deref() {
                // A cache that cannot be written only costs a re-download next time.
                let _ = metadata_cache::store(dir, &genesis_bytes, spec_version, &bytes);
            }
            md
        }
    };

    let config = SubstrateConfig::builder()
        .set_genesis_hash(H256(genesis_bytes))
        .set_metadata_for_spec_versions([(spec_version, metadata.clone())])
        .build();
    let api = if opts.legacy_rpc {
        let backend = subxt::backend::LegacyBackend::builder().build(rpc);
        OnlineClient::from_backend_with_config(config, std::sync::Arc::new(backend)).await
    } else {
        OnlineClient::from_rpc_client_with_config(config, rpc).await
    }
    .map_err(|e| unreachable(&e))?;
    let info = NodeInfo {
        url: url.to_string(),
        spec_name,
        spec_version,
        transaction_version: version.transaction_version,
        genesis_hash: genesis_bytes,
        newer_than_tested: spec_version > NEWEST_TESTED_SPEC,
        metadata_from_cache,
    };
    Ok((api, legacy, metadata, info))
}

/// Downloads the newest metadata version both sides understand; `state_getMetadata` (V14) for
/// nodes without the versioned runtime API.
async fn fetch_metadata(legacy: &LegacyRpcMethods<RpcConfigFor<SubstrateConfig>>) -> Res<Vec<u8>> {
    if let Ok(versions) = legacy.state_call("Metadata_metadata_versions", None, None).await
        && let Some(v) = metadata_cache::pick_version(&versions)
    {
        let answer = legacy
            .state_call("Metadata_metadata_at_version", Some(&v.encode()), None)
            .await
            .map_err(|e| RemoteError::rpc("Metadata_metadata_at_version", e))?;
        if let Some(bytes) = metadata_cache::unwrap_opaque(&answer)? {
            return Ok(bytes);
        }
    }
    let raw = legacy
        .state_call("Metadata_metadata", None, None)
        .await
        .map_err(|e| RemoteError::rpc("Metadata_metadata", e))?;
    // `Metadata_metadata` answers `OpaqueMetadata` (a SCALE Vec<u8>) around the prefixed blob.
    let bytes = <Vec<u8> as parity_scale_codec::Decode>::decode(&mut &raw[..])
        .map_err(|e| RemoteError::decode("Metadata_metadata answer", e))?;
    Ok(bytes)
}
