//! An in-process mock subtensor node for tests: a jsonrpsee websocket server on 127.0.0.1 that
//! offers only legacy JSON-RPC methods (so subxt picks its legacy backend), serves a real
//! metadata blob, and answers storage and runtime-API reads from fixtures that are SCALE-encoded
//! against that metadata's own types. Submitted extrinsics are "included" in a new block whose
//! `System.Events` the test chose beforehand.

use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use jsonrpsee::server::{RpcModule, Server, ServerHandle, SubscriptionMessage};
use jsonrpsee::types::{ErrorObjectOwned, Params};
use parity_scale_codec::{Compact, Decode, Encode};
use serde_json::{Value as Json, json};
use subxt::config::substrate::SpecVersionForRange;
pub use subxt::dynamic::Value;
use subxt::ext::scale_encode::EncodeAsType;
use subxt::metadata::{ArcMetadata, Metadata};
use subxt::utils::H256;
use subxt::{OfflineClient, OfflineClientAtBlock, SubstrateConfig};

/// Errors building fixtures (test code: reported as strings).
pub type FixtureResult<T> = std::result::Result<T, String>;

/// The block number of the mock chain's genesis-to-head history before any submission.
const START_BLOCK: u64 = 100;

struct Block {
    hash: H256,
    parent: H256,
    number: u64,
    extrinsics: Vec<Vec<u8>>,
}

struct State {
    metadata_bytes: Vec<u8>,
    spec_version: u32,
    genesis: H256,
    blocks: Vec<Block>,
    storage: BTreeMap<Vec<u8>, Vec<u8>>,
    /// (runtime-API function name, SCALE args) → SCALE answer; args `None` matches any.
    runtime: HashMap<(String, Option<Vec<u8>>), Vec<u8>>,
    /// Encoded `System.Events` written when the next extrinsic is included.
    next_events: Vec<u8>,
    /// `System.Events` for the next inclusions, one per extrinsic, before `next_events`.
    queued_events: std::collections::VecDeque<Vec<u8>>,
    /// Storage writes applied when the next extrinsic is included (then cleared).
    next_storage: Vec<(Vec<u8>, Vec<u8>)>,
    /// `System.Events` per block hash (blocks without extrinsics have none).
    events_by_block: HashMap<H256, Vec<u8>>,
    /// Extrinsics included so far, per signer nonce bookkeeping.
    nonces: HashMap<String, u64>,
    /// Every RPC method name called, in order (tests assert on the traffic).
    calls: Vec<String>,
    /// The encoded `TransactionPaymentApi_query_info` answer (runtime's own output type).
    query_info: Vec<u8>,
    /// When set, `system_accountNextIndex` keeps answering the old nonce (a pool that has not
    /// seen this process's earlier transactions yet).
    lag_nonces: bool,
    /// While true, `chain_getFinalizedHead` is left unanswered (a node that accepted the
    /// connection but hangs); the receiver wakes waiting requests when it turns false.
    stalled: tokio::sync::watch::Receiver<bool>,
    stall: Arc<tokio::sync::watch::Sender<bool>>,
}

impl State {
    fn head(&self) -> &Block {
        // `blocks` always holds at least the start block.
        &self.blocks[self.blocks.len() - 1]
    }

    fn block(&self, hash: Option<&str>) -> Option<&Block> {
        match hash {
            None => Some(self.head()),
            Some(h) => self.blocks.iter().find(|b| hex_of(&b.hash.0) == h),
        }
    }
}

fn hex_of(b: &[u8]) -> String {
    format!("0x{}", hex::encode(b))
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    hex::decode(s.trim_start_matches("0x")).ok()
}

fn header_json(b: &Block) -> Json {
    json!({
        "parentHash": hex_of(&b.parent.0),
        "number": format!("0x{:x}", b.number),
        "stateRoot": hex_of(&[0x55; 32]),
        "extrinsicsRoot": hex_of(&[0x66; 32]),
        "digest": { "logs": [] },
    })
}

fn block_hash(number: u64) -> H256 {
    let mut h = [0u8; 32];
    h[..8].copy_from_slice(&number.to_le_bytes());
    h[31] = 0xB1;
    H256(h)
}

fn rpc_err(msg: impl Into<String>) -> ErrorObjectOwned {
    ErrorObjectOwned::owned(-32000, msg.into(), None::<()>)
}

/// The SCALE `RuntimeVersion` answer of `Core_version`.
fn core_version(spec_version: u32) -> Vec<u8> {
    (
        "node-subtensor".to_string(),
        "node-subtensor".to_string(),
        1u32,
        spec_version,
        1u32,
        Vec::<([u8; 8], u32)>::new(),
        1u32,
        1u8,
    )
        .encode()
}

/// A running mock node. Dropping it stops the server.
pub struct MockNode {
    addr: SocketAddr,
    state: Arc<Mutex<State>>,
    metadata: ArcMetadata,
    handle: Option<ServerHandle>,
    rt: Option<tokio::runtime::Runtime>,
}

impl Drop for MockNode {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            let _ = h.stop();
        }
        if let Some(rt) = self.rt.take() {
            rt.shutdown_background();
        }
    }
}

impl MockNode {
    /// Starts a node serving `metadata_bytes` (a prefixed V14–V16 blob) as runtime
    /// `spec_version`, on a free port of 127.0.0.1.
    pub fn start(metadata_bytes: Vec<u8>, spec_version: u32) -> FixtureResult<MockNode> {
        let metadata = Metadata::decode_from(&metadata_bytes).map_err(|e| e.to_string())?.arc();
        let genesis = block_hash(0);
        let (stall, stalled) = tokio::sync::watch::channel(false);
        // Empty history 0..=START_BLOCK so header and event ranges can be read.
        let blocks: Vec<Block> = (0..=START_BLOCK)
            .map(|n| Block {
                hash: block_hash(n),
                parent: if n == 0 { H256([0; 32]) } else { block_hash(n - 1) },
                number: n,
                extrinsics: Vec::new(),
            })
            .collect();
        let state = Arc::new(Mutex::new(State {
            metadata_bytes,
            spec_version,
            genesis,
            blocks,
            storage: BTreeMap::new(),
            runtime: HashMap::new(),
            next_events: Vec::new(),
            next_storage: Vec::new(),
            queued_events: Default::default(),
            events_by_block: HashMap::new(),
            nonces: HashMap::new(),
            calls: Vec::new(),
            query_info: Vec::new(),
            lag_nonces: false,
            stalled,
            stall: Arc::new(stall),
        }));
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        let module = module(state.clone()).map_err(|e| e.to_string())?;
        let (addr, handle) = rt.block_on(async {
            let server = Server::builder().build("127.0.0.1:0").await.map_err(|e| e.to_string())?;
            let addr = server.local_addr().map_err(|e| e.to_string())?;
            Ok::<_, String>((addr, server.start(module)))
        })?;
        Ok(MockNode { addr, state, metadata, handle: Some(handle), rt: Some(rt) })
    }

    /// A node with root and one dynamic subnet (netuid 1, owner //Alice, owner hotkey //Bob), one
    /// neuron (uid 0 = //Bob), //Alice holding 1000 TAO and 5 alpha staked to //Bob on subnet 1,
    /// prices 1.0 (root) and 0.5 (subnet 1). Shared by this crate's and the binary's tests.
    pub fn demo_world(metadata_bytes: Vec<u8>, spec_version: u32) -> FixtureResult<MockNode> {
        let v = |n: u64| Value::u128(u128::from(n));
        let b = |a: [u8; 32]| Value::from_bytes(a);
        let acc = |uri: &str| -> FixtureResult<[u8; 32]> {
            use sp_core::Pair as _;
            sp_core::sr25519::Pair::from_string(uri, None)
                .map(|p| p.public().0)
                .map_err(|e| format!("{e:?}"))
        };
        const TAO: u64 = 1_000_000_000;
        let node = MockNode::start(metadata_bytes, spec_version)?;
        let (alice, bob) = (acc("//Alice")?, acc("//Bob")?);
        node.set_account(&alice, 1_000 * TAO)?;
        node.set_partial_fee(0)?;
        let s = |item: &str, keys: Vec<Value>, val: Value| {
            node.set_storage("SubtensorModule", item, keys, val)
        };
        node.set_storage("Balances", "TotalIssuance", vec![], v(21_000 * TAO))?;
        node.set_storage("Timestamp", "Now", vec![], v(1_700_000_000_000))?;
        node.set_storage("System", "EventCount", vec![], v(3))?;
        let n1 = || vec![v(1)];
        for n in [0u64, 1] {
            s("NetworksAdded", vec![v(n)], Value::bool(true))?;
        }
        s("SubnetOwner", n1(), b(alice))?;
        s("SubnetOwnerHotkey", n1(), b(bob))?;
        s("TokenSymbol", n1(), Value::from_bytes("α".as_bytes()))?;
        s("SubnetMechanism", n1(), v(1))?;
        s("NetworkRegisteredAt", n1(), v(10))?;
        s("Tempo", n1(), v(360))?;
        s("SubnetworkN", n1(), v(1))?;
        s("MaxAllowedUids", n1(), v(256))?;
        s("Burn", n1(), v(TAO))?;
        s("SubnetTAO", n1(), v(100 * TAO))?;
        s("SubnetAlphaIn", n1(), v(200 * TAO))?;
        s("SubnetAlphaOut", n1(), v(50 * TAO))?;
        s("SubnetLocked", n1(), v(1_000 * TAO))?;
        s("SubtokenEnabled", n1(), Value::bool(true))?;
        s("FirstEmissionBlockNumber", n1(), v(20))?;
        s("SubnetVolume", n1(), Value::u128(123))?;
        s("LastMechansimStepBlock", n1(), v(90))?;
        s(
            "SubnetIdentitiesV3",
            n1(),
            Value::named_composite([
                ("subnet_name", Value::from_bytes(b"apex")),
                ("github_repo", Value::from_bytes(b"")),
                ("subnet_contact", Value::from_bytes(b"")),
                ("subnet_url", Value::from_bytes(b"")),
                ("discord", Value::from_bytes(b"")),
                ("description", Value::from_bytes(b"d")),
                ("logo_url", Value::from_bytes(b"")),
                ("additional", Value::from_bytes(b"")),
            ]),
        )?;
        node.set_storage("Swap", "FeeRate", n1(), v(33))?;
        s("Keys", vec![v(1), v(0)], b(bob))?;
        s("BlockAtRegistration", vec![v(1), v(0)], v(50))?;
        s("Owner", vec![b(bob)], b(alice))?;
        s("TotalHotkeyAlpha", vec![b(bob), v(1)], v(5 * TAO))?;
        s("Active", n1(), Value::unnamed_composite([Value::bool(true)]))?;
        s("ValidatorPermit", n1(), Value::unnamed_composite([Value::bool(true)]))?;
        s("Emission", n1(), Value::unnamed_composite([v(77)]))?;
        s("Incentive", n1(), Value::unnamed_composite([v(65_535)]))?;
        s("Dividends", n1(), Value::unnamed_composite([v(1)]))?;
        s("Consensus", n1(), Value::unnamed_composite([v(2)]))?;
        s("ValidatorTrust", n1(), Value::unnamed_composite([v(3)]))?;
        s("LastUpdate", n1(), Value::unnamed_composite([v(99)]))?;
        s("ImmunityPeriod", n1(), v(5000))?;
        s("AlphaValues", n1(), Value::unnamed_composite([v(45_875), v(58_982)]))?;
        let price = |n: u64, p: u64| Value::named_composite([("netuid", v(n)), ("price", v(p))]);
        node.set_runtime_api(
            "SwapRuntimeApi",
            "current_alpha_price_all",
            None,
            Value::unnamed_composite([price(0, TAO), price(1, TAO / 2)]),
        )?;
        for (n, p) in [(0, TAO), (1, TAO / 2)] {
            node.set_runtime_api("SwapRuntimeApi", "current_alpha_price", Some(vec![v(n)]), v(p))?;
        }
        node.set_runtime_api(
            "SubnetRegistrationRuntimeApi",
            "get_network_registration_cost",
            None,
            v(1_000 * TAO),
        )?;
        let stake_row = Value::named_composite([
            ("hotkey", b(bob)),
            ("coldkey", b(alice)),
            ("netuid", v(1)),
            ("stake", v(5 * TAO)),
            ("locked", v(0)),
            ("emission", v(0)),
            ("tao_emission", v(0)),
            ("drain", v(0)),
            ("is_registered", Value::bool(true)),
        ]);
        node.set_runtime_api(
            "StakeInfoRuntimeApi",
            "get_stake_info_for_coldkey",
            None,
            Value::unnamed_composite([stake_row]),
        )?;
        Ok(node)
    }

    /// `ws://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("ws://{}", self.addr)
    }

    /// The metadata served.
    pub fn metadata(&self) -> &ArcMetadata {
        &self.metadata
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// RPC method names called so far.
    pub fn rpc_calls(&self) -> Vec<String> {
        self.lock().calls.clone()
    }

    fn offline(&self) -> FixtureResult<OfflineClientAtBlock<SubstrateConfig>> {
        let spec = self.lock().spec_version;
        let config = SubstrateConfig::builder()
            .set_genesis_hash(block_hash(0))
            .set_metadata_for_spec_versions([(spec, self.metadata.clone())])
            .set_spec_version_for_block_ranges([SpecVersionForRange {
                block_range: 0..u64::MAX,
                spec_version: spec,
                transaction_version: 1,
            }])
            .build();
        OfflineClient::new_with_config(config).at_block(START_BLOCK).map_err(|e| e.to_string())
    }

    /// Stores `value` under `pallet.item[keys]`, encoded with the item's metadata types.
    pub fn set_storage(
        &self,
        pallet: &str,
        item: &str,
        keys: Vec<Value>,
        value: Value,
    ) -> FixtureResult<()> {
        let (key, bytes) = self.encode_storage(pallet, item, keys, value)?;
        self.lock().storage.insert(key, bytes);
        Ok(())
    }

    /// Like [`MockNode::set_storage`], applied when the next extrinsic is included (the
    /// state change a submitted call makes: reads before it see the old value).
    pub fn set_storage_on_inclusion(
        &self,
        pallet: &str,
        item: &str,
        keys: Vec<Value>,
        value: Value,
    ) -> FixtureResult<()> {
        let write = self.encode_storage(pallet, item, keys, value)?;
        self.lock().next_storage.push(write);
        Ok(())
    }

    fn encode_storage(
        &self,
        pallet: &str,
        item: &str,
        keys: Vec<Value>,
        value: Value,
    ) -> FixtureResult<(Vec<u8>, Vec<u8>)> {
        let at = self.offline()?;
        let addr = subxt::dynamic::storage::<Vec<Value>, Value>(pallet, item);
        let key = at
            .storage()
            .entry(addr)
            .and_then(|e| e.fetch_key(keys))
            .map_err(|e| format!("{pallet}.{item} key: {e}"))?;
        let ty = self
            .metadata
            .pallet_by_name(pallet)
            .and_then(|p| p.storage())
            .and_then(|s| s.entry_by_name(item))
            .map(|e| e.value_ty())
            .ok_or_else(|| format!("{pallet}.{item} not in metadata"))?;
        let bytes = value
            .encode_as_type(ty, self.metadata.types())
            .map_err(|e| format!("{pallet}.{item} value: {e}"))?;
        Ok((key, bytes))
    }

    /// Answers `api.method` with `answer` (encoded with the method's output type); `args`
    /// `Some` restricts the answer to those arguments.
    pub fn set_runtime_api(
        &self,
        api: &str,
        method: &str,
        args: Option<Vec<Value>>,
        answer: Value,
    ) -> FixtureResult<()> {
        let m = self
            .metadata
            .runtime_api_trait_by_name(api)
            .and_then(|t| t.method_by_name(method))
            .ok_or_else(|| format!("{api}.{method} not in metadata"))?;
        let out = answer
            .encode_as_type(m.output_ty(), self.metadata.types())
            .map_err(|e| format!("{api}.{method} answer: {e}"))?;
        let args = match args {
            None => None,
            Some(vals) => {
                let mut bytes = Vec::new();
                for (v, input) in vals.iter().zip(m.inputs()) {
                    v.encode_as_type_to(input.id, self.metadata.types(), &mut bytes)
                        .map_err(|e| format!("{api}.{method} arg: {e}"))?;
                }
                Some(bytes)
            }
        };
        self.lock().runtime.insert((format!("{api}_{method}"), args), out);
        Ok(())
    }

    /// Answers `SwapRuntimeApi.sim_swap_tao_for_alpha` (`direction` TaoToAlpha) or
    /// `sim_swap_alpha_for_tao` for exactly `(netuid, amount)` with `r`, encoded with the
    /// runtime's own `SimSwapResult` type.
    pub fn set_sim_swap(
        &self,
        netuid: u16,
        direction: local_chain::swap::Direction,
        amount: u64,
        r: &local_chain::swap::SimSwapResult,
    ) -> FixtureResult<()> {
        let method = match direction {
            local_chain::swap::Direction::TaoToAlpha => "sim_swap_tao_for_alpha",
            local_chain::swap::Direction::AlphaToTao => "sim_swap_alpha_for_tao",
        };
        let v = |n: u64| Value::u128(u128::from(n));
        let answer = Value::named_composite([
            ("tao_amount", v(r.tao_amount)),
            ("alpha_amount", v(r.alpha_amount)),
            ("tao_fee", v(r.tao_fee)),
            ("alpha_fee", v(r.alpha_fee)),
            ("tao_slippage", v(r.tao_slippage)),
            ("alpha_slippage", v(r.alpha_slippage)),
        ]);
        self.set_runtime_api(
            "SwapRuntimeApi",
            method,
            Some(vec![v(netuid.into()), v(amount)]),
            answer,
        )
    }

    /// `System.Account` with `free` rao.
    pub fn set_account(&self, who: &[u8; 32], free: u64) -> FixtureResult<()> {
        let data = Value::named_composite([
            ("free", Value::u128(u128::from(free))),
            ("reserved", Value::u128(0)),
            ("frozen", Value::u128(0)),
            ("flags", Value::u128(0)),
        ]);
        let info = Value::named_composite([
            ("nonce", Value::u128(0)),
            ("consumers", Value::u128(0)),
            ("providers", Value::u128(1)),
            ("sufficients", Value::u128(0)),
            ("data", data),
        ]);
        self.set_storage("System", "Account", vec![Value::from_bytes(who)], info)
    }

    /// The partial fee the node reports for any transaction, encoded with the runtime's own
    /// `RuntimeDispatchInfo` type (subtensor's `Balance` is u64).
    pub fn set_partial_fee(&self, fee: u128) -> FixtureResult<()> {
        let m = self
            .metadata
            .runtime_api_trait_by_name("TransactionPaymentApi")
            .and_then(|t| t.method_by_name("query_info"))
            .ok_or("TransactionPaymentApi.query_info not in metadata")?;
        let info = Value::named_composite([
            (
                "weight",
                Value::named_composite([
                    ("ref_time", Value::u128(1)),
                    ("proof_size", Value::u128(0)),
                ]),
            ),
            ("class", Value::unnamed_variant("Normal", [])),
            ("partial_fee", Value::u128(fee)),
        ]);
        let bytes = info
            .encode_as_type(m.output_ty(), self.metadata.types())
            .map_err(|e| format!("query_info answer: {e}"))?;
        self.lock().query_info = bytes;
        Ok(())
    }

    /// Events (each a `RuntimeEvent` value: `Pallet(Event(..))`) the next included extrinsic
    /// emits, all in phase `ApplyExtrinsic(0)`.
    pub fn set_next_events(&self, events: Vec<Value>) -> FixtureResult<()> {
        let bytes = self.encode_events(events)?;
        self.lock().next_events = bytes;
        Ok(())
    }

    /// Events for one upcoming inclusion: each call queues the events of the next extrinsic
    /// not yet given any (several legs of one command get one each); once the queue is empty,
    /// inclusions emit [`MockNode::set_next_events`]'s.
    pub fn queue_events(&self, events: Vec<Value>) -> FixtureResult<()> {
        let bytes = self.encode_events(events)?;
        self.lock().queued_events.push_back(bytes);
        Ok(())
    }

    /// Produces one new block without extrinsics on top of the head (the finalized head moves
    /// with it) whose `System.Events` are `events`; returns its number. Storage is one shared
    /// state, so a test changes fixtures with `set_storage` before or after to give the new
    /// head fresh state (prices, reserves, …).
    pub fn produce_block(&self, events: Vec<Value>) -> FixtureResult<u64> {
        let bytes = if events.is_empty() { Vec::new() } else { self.encode_events(events)? };
        let mut st = self.lock();
        let parent = st.head().hash;
        let number = st.head().number + 1;
        let hash = block_hash(number);
        st.blocks.push(Block { hash, parent, number, extrinsics: Vec::new() });
        if !bytes.is_empty() {
            st.events_by_block.insert(hash, bytes);
        }
        Ok(number)
    }

    /// The head's block number.
    pub fn head_number(&self) -> u64 {
        self.lock().head().number
    }

    /// Stops answering: the server shuts down and open connections drop, as when a node
    /// restarts. [`MockNode::serve_again`] brings it back on the same port with the same state.
    pub fn stop_serving(&mut self) {
        if let Some(h) = self.handle.take() {
            let _ = h.stop();
            if let Some(rt) = &self.rt {
                rt.block_on(h.stopped());
            }
        }
    }

    /// Serves again on the same address after [`MockNode::stop_serving`].
    pub fn serve_again(&mut self) -> FixtureResult<()> {
        if self.handle.is_some() {
            return Ok(());
        }
        let rt = self.rt.as_ref().ok_or("mock runtime gone")?;
        let module = module(self.state.clone()).map_err(|e| e.to_string())?;
        let addr = self.addr;
        let handle = rt.block_on(async {
            let server = Server::builder().build(addr).await.map_err(|e| e.to_string())?;
            Ok::<_, String>(server.start(module))
        })?;
        self.handle = Some(handle);
        Ok(())
    }

    fn encode_events(&self, events: Vec<Value>) -> FixtureResult<Vec<u8>> {
        let ty = self
            .metadata
            .pallet_by_name("System")
            .and_then(|p| p.storage())
            .and_then(|s| s.entry_by_name("Events"))
            .map(|e| e.value_ty())
            .ok_or("System.Events not in metadata")?;
        let records = Value::unnamed_composite(events.into_iter().map(|ev| {
            Value::named_composite([
                ("phase", Value::unnamed_variant("ApplyExtrinsic", [Value::u128(0)])),
                ("event", ev),
                ("topics", Value::unnamed_composite([])),
            ])
        }));
        records.encode_as_type(ty, self.metadata.types()).map_err(|e| format!("System.Events: {e}"))
    }

    /// While `true`, reads get no answer (the connection stays open): a hung node.
    pub fn stall(&self, on: bool) {
        let tx = self.lock().stall.clone();
        tx.send_replace(on);
    }

    /// Makes `system_accountNextIndex` lag behind inclusions (see [`State::lag_nonces`]).
    pub fn lag_nonces(&self, lag: bool) {
        self.lock().lag_nonces = lag;
    }

    /// Every extrinsic included so far, oldest first (as submitted, SCALE with length prefix).
    pub fn extrinsics(&self) -> Vec<Vec<u8>> {
        self.lock().blocks.iter().flat_map(|b| b.extrinsics.clone()).collect()
    }

    /// Number of extrinsics included so far.
    pub fn included(&self) -> usize {
        self.lock().blocks.iter().map(|b| b.extrinsics.len()).sum()
    }
}

/// The demo world's subnet-1 pool (100 TAO, 200 alpha, 50/50, fee rate 33): the chain's own
/// arithmetic on it (`PoolSnapshot::sim_swap`) gives the answers the mock's `sim_swap_*` serve.
pub fn demo_pool() -> local_chain::preview::PoolSnapshot {
    const TAO: u64 = 1_000_000_000;
    let ps = local_chain::swap::PoolState::new(100 * TAO, 200 * TAO);
    local_chain::preview::PoolSnapshot {
        netuid: 1,
        mechanism: 1,
        tao_reserve: ps.tao_reserve,
        alpha_reserve: ps.alpha_reserve,
        alpha_out: 50 * TAO,
        quote_weight: ps.quote_weight.deconstruct(),
        fee_rate: 33,
        minimum_reserve: ps.minimum_reserve,
        price_rao: ps.price_rao(),
        moving_price_rao: 0,
    }
}

/// A metadata file from `$TAOCTL_SHARED_DIR/metadata` or `<crate>/../shared/metadata`
/// (`manifest_dir` = the caller's `CARGO_MANIFEST_DIR`); None, with the skip notice printed,
/// when absent.
pub fn shared_metadata(manifest_dir: &str, name: &str) -> Option<Vec<u8>> {
    let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => std::path::PathBuf::from(d).join("metadata"),
        None => std::path::Path::new(manifest_dir).join("../shared/metadata"),
    };
    let b = std::fs::read(dir.join(name)).ok();
    if b.is_none() {
        println!("skipping: ../shared/metadata not found");
    }
    b
}

fn param_str(params: &Params<'_>, idx: usize) -> Option<String> {
    let v: Vec<Json> = params.parse().unwrap_or_default();
    v.get(idx).and_then(|x| x.as_str()).map(str::to_string)
}

fn params_vec(params: &Params<'_>) -> Vec<Json> {
    params.parse().unwrap_or_default()
}

type Shared = Arc<Mutex<State>>;

fn lock(s: &Shared) -> std::sync::MutexGuard<'_, State> {
    s.lock().unwrap_or_else(|p| p.into_inner())
}

/// Legacy methods only: subxt's combined backend then falls back to its legacy backend.
const METHODS: [&str; 16] = [
    "rpc_methods",
    "chain_getBlockHash",
    "chain_getHeader",
    "chain_getBlock",
    "chain_getFinalizedHead",
    "chain_subscribeNewHeads",
    "chain_subscribeFinalizedHeads",
    "state_getRuntimeVersion",
    "state_call",
    "state_getStorage",
    "state_getKeysPaged",
    "state_queryStorageAt",
    "system_accountNextIndex",
    "author_submitExtrinsic",
    "author_submitAndWatchExtrinsic",
    "system_chain",
];

fn module(state: Shared) -> Result<RpcModule<Shared>, jsonrpsee::core::RegisterMethodError> {
    let mut m = RpcModule::new(state);
    m.register_method("rpc_methods", |_, s, _| {
        lock(s).calls.push("rpc_methods".into());
        json!({ "methods": METHODS })
    })?;
    m.register_method("system_chain", |_, _, _| json!("Bittensor mock"))?;
    m.register_method("chain_getBlockHash", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("chain_getBlockHash".into());
        let v = params_vec(&p);
        let n = v.first().and_then(|x| {
            x.as_u64().or_else(|| {
                x.as_str().and_then(|h| u64::from_str_radix(h.trim_start_matches("0x"), 16).ok())
            })
        });
        match n {
            None => json!(hex_of(&st.head().hash.0)),
            Some(0) => json!(hex_of(&st.genesis.0)),
            Some(n) => st
                .blocks
                .iter()
                .find(|b| b.number == n)
                .map(|b| json!(hex_of(&b.hash.0)))
                .unwrap_or(Json::Null),
        }
    })?;
    m.register_method("chain_getHeader", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("chain_getHeader".into());
        let h = param_str(&p, 0);
        st.block(h.as_deref()).map(header_json).unwrap_or(Json::Null)
    })?;
    m.register_method("chain_getBlock", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("chain_getBlock".into());
        let h = param_str(&p, 0);
        st.block(h.as_deref())
            .map(|b| {
                let xts: Vec<String> = b.extrinsics.iter().map(|x| hex_of(x)).collect();
                json!({ "block": { "header": header_json(b), "extrinsics": xts }, "justifications": null })
            })
            .unwrap_or(Json::Null)
    })?;
    // Async so a stalled node (`MockNode::stall`) can leave the request unanswered without
    // blocking the server; every read starts here (the finalized head it is made at).
    m.register_async_method("chain_getFinalizedHead", |_, s, _| async move {
        let stalled = lock(&s).stalled.clone();
        while *stalled.borrow() {
            let mut rx = stalled.clone();
            if rx.changed().await.is_err() {
                break;
            }
        }
        let mut st = lock(&s);
        st.calls.push("chain_getFinalizedHead".into());
        json!(hex_of(&st.head().hash.0))
    })?;
    for (sub, unsub) in [
        ("chain_subscribeNewHeads", "chain_unsubscribeNewHeads"),
        ("chain_subscribeFinalizedHeads", "chain_unsubscribeFinalizedHeads"),
    ] {
        m.register_subscription(sub, sub, unsub, |_, pending, s, _| async move {
            let head = header_json(lock(&s).head());
            let sink = pending.accept().await?;
            let msg: SubscriptionMessage = serde_json::value::to_raw_value(&head)?.into();
            sink.send(msg).await?;
            // Keep the subscription open; the mock produces no further blocks on its own.
            sink.closed().await;
            Ok(())
        })?;
    }
    m.register_method("state_getRuntimeVersion", |_, s, _| {
        let mut st = lock(s);
        st.calls.push("state_getRuntimeVersion".into());
        json!({
            "specName": "node-subtensor",
            "implName": "node-subtensor",
            "authoringVersion": 1,
            "specVersion": st.spec_version,
            "implVersion": 1,
            "apis": [],
            "transactionVersion": 1,
            "stateVersion": 1,
        })
    })?;
    m.register_method("state_call", |p, s, _| -> Result<Json, ErrorObjectOwned> {
        let mut st = lock(s);
        let name = param_str(&p, 0).unwrap_or_default();
        st.calls.push(format!("state_call:{name}"));
        let args = param_str(&p, 1).and_then(|a| from_hex(&a)).unwrap_or_default();
        let answer = match name.as_str() {
            "Core_version" => core_version(st.spec_version),
            "Metadata_metadata_versions" => vec![14u32, 15, 16].encode(),
            "Metadata_metadata_at_version" => {
                let v = u32::decode(&mut &args[..]).unwrap_or(0);
                let blob = st.metadata_bytes.clone();
                // The stored blobs are one version each; answer it for the newest asked.
                if v >= 14 { Some(blob).encode() } else { None::<Vec<u8>>.encode() }
            }
            "TransactionPaymentApi_query_info" => st.query_info.clone(),
            other => {
                let exact = st.runtime.get(&(other.to_string(), Some(args.clone()))).cloned();
                match exact.or_else(|| st.runtime.get(&(other.to_string(), None)).cloned()) {
                    Some(a) => a,
                    None => {
                        return Err(rpc_err(format!(
                            "Execution failed: Other: Exported method {other} is not found"
                        )));
                    }
                }
            }
        };
        Ok(json!(hex_of(&answer)))
    })?;
    m.register_method("state_getStorage", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("state_getStorage".into());
        let key = param_str(&p, 0).and_then(|k| from_hex(&k)).unwrap_or_default();
        if key == storage_key("System", "Events") {
            let at = param_str(&p, 1)
                .and_then(|h| from_hex(&h))
                .and_then(|h| <[u8; 32]>::try_from(h.as_slice()).ok().map(H256));
            let at = at.unwrap_or(st.head().hash);
            let none = Vec::<u8>::new().encode();
            return json!(hex_of(st.events_by_block.get(&at).unwrap_or(&none)));
        }
        st.storage.get(&key).map(|v| json!(hex_of(v))).unwrap_or(Json::Null)
    })?;
    m.register_method("state_getKeysPaged", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("state_getKeysPaged".into());
        let v = params_vec(&p);
        let prefix = v.first().and_then(|x| x.as_str()).and_then(from_hex).unwrap_or_default();
        let count = v.get(1).and_then(|x| x.as_u64()).unwrap_or(1000) as usize;
        let start = v.get(2).and_then(|x| x.as_str()).and_then(from_hex);
        let keys: Vec<String> = st
            .storage
            .keys()
            .filter(|k| k.starts_with(&prefix))
            .filter(|k| start.as_ref().is_none_or(|s| *k > s))
            .take(count)
            .map(|k| hex_of(k))
            .collect();
        json!(keys)
    })?;
    m.register_method("state_queryStorageAt", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("state_queryStorageAt".into());
        let v = params_vec(&p);
        let keys: Vec<String> = v
            .first()
            .and_then(|x| x.as_array())
            .map(|a| a.iter().filter_map(|k| k.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        let changes: Vec<Json> = keys
            .iter()
            .map(|k| {
                let val = from_hex(k).and_then(|kb| st.storage.get(&kb).map(|v| hex_of(v)));
                json!([k, val])
            })
            .collect();
        json!([{ "block": hex_of(&st.head().hash.0), "changes": changes }])
    })?;
    m.register_method("system_accountNextIndex", |p, s, _| {
        let mut st = lock(s);
        st.calls.push("system_accountNextIndex".into());
        let who = param_str(&p, 0).unwrap_or_default();
        json!(st.nonces.get(&who).copied().unwrap_or(0))
    })?;
    m.register_method("author_submitExtrinsic", |p, s, _| -> Result<Json, ErrorObjectOwned> {
        let mut st = lock(s);
        st.calls.push("author_submitExtrinsic".into());
        let xt = param_str(&p, 0).and_then(|x| from_hex(&x)).ok_or_else(|| rpc_err("bad hex"))?;
        let hash = st.include(xt);
        Ok(json!(hex_of(&hash.0)))
    })?;
    m.register_subscription(
        "author_submitAndWatchExtrinsic",
        "author_extrinsicUpdate",
        "author_unwatchExtrinsic",
        |p, pending, s, _| async move {
            let xt = param_str(&p, 0).and_then(|x| from_hex(&x));
            let Some(xt) = xt else {
                pending.reject(rpc_err("bad hex")).await;
                return Ok(());
            };
            let block = {
                let mut st = lock(&s);
                st.calls.push("author_submitAndWatchExtrinsic".into());
                st.include(xt)
            };
            let sink = pending.accept().await?;
            for status in [
                json!("ready"),
                json!({ "inBlock": hex_of(&block.0) }),
                json!({ "finalized": hex_of(&block.0) }),
            ] {
                let msg: SubscriptionMessage = serde_json::value::to_raw_value(&status)?.into();
                sink.send(msg).await?;
            }
            Ok(())
        },
    )?;
    Ok(m)
}

fn storage_key(pallet: &str, item: &str) -> Vec<u8> {
    subxt::ext::frame_decode::storage::encode_storage_key_prefix(pallet, item).to_vec()
}

impl State {
    /// Puts `xt` in a new block on top of the head and bumps its signer's nonce.
    fn include(&mut self, xt: Vec<u8>) -> H256 {
        let parent = self.head().hash;
        let number = self.head().number + 1;
        let hash = block_hash(number);
        // Signed v4 layout: compact len, 0x84, 0x00 (MultiAddress::Id), 32-byte signer.
        let mut body = &xt[..];
        if <Compact<u32>>::decode(&mut body).is_ok() && body.len() > 34 && body[0] == 0x84 {
            let signer = sp_core::crypto::AccountId32::from(
                <[u8; 32]>::try_from(&body[2..34]).unwrap_or([0; 32]),
            );
            use sp_core::crypto::Ss58Codec;
            let ss58 = signer.to_ss58check_with_version(42u16.into());
            if !self.lag_nonces {
                *self.nonces.entry(ss58).or_insert(0) += 1;
            }
        }
        self.blocks.push(Block { hash, parent, number, extrinsics: vec![xt] });
        let events = self.queued_events.pop_front().unwrap_or_else(|| self.next_events.clone());
        self.events_by_block.insert(hash, events);
        for (k, v) in std::mem::take(&mut self.next_storage) {
            self.storage.insert(k, v);
        }
        hash
    }
}
