//! The monitor's `Source` over any `ChainClient`: one snapshot per poll, built from the same
//! reads the `subnets`, `stake` and `chain events` commands use. On a live network it follows
//! the node: a poll whose head has not moved reuses the last snapshot (one cheap head read per
//! interval), a dropped connection is re-opened with backoff, and each snapshot carries how old
//! the head block is.

use std::collections::BTreeMap;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use local_chain::info::EventFilter;
use local_chain::swap::Direction;
use local_chain::types::{AccountId, NetUid};

use crate::chain::{ChainClient, event_text};
use crate::tui::source::{EventRow, NeuronRow, PositionRow, Request, Snapshot, Source, SubnetRow};

/// Most events carried by one snapshot (the UI keeps its own bounded history).
const MAX_EVENTS: usize = 200;
/// Blocks of events a live source reads at most per poll.
const MAX_CATCH_UP: u64 = 100;
/// Longest wait between two reconnection attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Opens a fresh connection to the same network (after the old one dropped).
pub type Connect = Box<dyn Fn() -> crate::error::Result<Box<dyn ChainClient>> + Send>;

/// Reconnection state of a live source.
struct Reconnect {
    connect: Connect,
    /// Wait before the next attempt; doubles per failure up to `MAX_BACKOFF`.
    delay: Duration,
    first_delay: Duration,
    next_attempt: Instant,
    attempts: u32,
}

/// Feeds the monitor from a chain.
pub struct ChainSource {
    /// None while disconnected from a live network.
    chain: Option<Box<dyn ChainClient>>,
    network: String,
    live: bool,
    reconnect: Option<Reconnect>,
    coldkey: Option<AccountId>,
    /// Last block polled, so each poll carries only new events.
    last_block: Option<u64>,
    /// alpha_out per subnet at the last poll, to show alpha emitted per block.
    last_alpha_out: BTreeMap<NetUid, (u64, u64)>,
    /// The last full snapshot of a live network and the request it answered: reused while the
    /// head has not moved.
    cached: Option<(Request, Snapshot)>,
}

impl ChainSource {
    pub fn new(chain: Box<dyn ChainClient>, coldkey: Option<AccountId>) -> Self {
        let network = chain.network();
        ChainSource {
            live: network != "embedded",
            network,
            chain: Some(chain),
            reconnect: None,
            coldkey,
            last_block: None,
            last_alpha_out: BTreeMap::new(),
            cached: None,
        }
    }

    /// Re-opens the connection with `connect` when it drops, first after `first_delay`, then
    /// doubling up to 30 s.
    pub fn with_reconnect(mut self, connect: Connect, first_delay: Duration) -> Self {
        self.reconnect = Some(Reconnect {
            connect,
            delay: first_delay,
            first_delay,
            next_attempt: Instant::now(),
            attempts: 0,
        });
        self
    }

    /// The connected chain, re-opening it when due; Err while disconnected.
    fn ensure_connected(&mut self) -> Result<(), String> {
        if self.chain.is_some() {
            return Ok(());
        }
        let Some(r) = self.reconnect.as_mut() else {
            return Err(format!("disconnected from {}", self.network));
        };
        let now = Instant::now();
        if now < r.next_attempt {
            let secs = r.next_attempt.duration_since(now).as_secs() + 1;
            return Err(format!(
                "disconnected from {}: reconnecting in {secs} s (attempt {})",
                self.network,
                r.attempts + 1
            ));
        }
        r.attempts += 1;
        match (r.connect)() {
            Ok(c) => {
                r.delay = r.first_delay;
                r.attempts = 0;
                self.chain = Some(c);
                Ok(())
            }
            Err(e) => {
                r.next_attempt = Instant::now() + r.delay;
                let secs = r.delay.as_secs().max(1);
                r.delay = (r.delay * 2).min(MAX_BACKOFF);
                Err(format!(
                    "disconnected from {}: {} (attempt {}; retrying in {secs} s)",
                    self.network, e.message, r.attempts
                ))
            }
        }
    }

    /// After a failed read: if the node no longer answers a head read, the connection is
    /// dropped so the next poll re-opens it (a live source with a way to reconnect only).
    fn after_error(&mut self, message: String) -> String {
        let Some(r) = self.reconnect.as_mut() else { return message };
        let alive = self.chain.as_ref().is_some_and(|c| c.head().is_ok());
        if alive {
            return message;
        }
        self.chain = None;
        r.next_attempt = Instant::now() + r.delay;
        format!("lost connection to {}: {message}; reconnecting", self.network)
    }

    fn chain(&self) -> crate::error::Result<&dyn ChainClient> {
        self.chain.as_deref().ok_or_else(|| {
            crate::error::CliError::new(
                crate::error::ErrorKind::Network,
                format!("disconnected from {}", self.network),
            )
        })
    }

    fn subnets(&mut self, block: u64) -> crate::error::Result<Vec<SubnetRow>> {
        let c = self.chain()?;
        let pools: BTreeMap<_, _> = c.pools()?.into_iter().map(|p| (p.netuid, p)).collect();
        let shares: BTreeMap<_, _> =
            c.emission_shares()?.into_iter().map(|e| (e.netuid, e)).collect();
        let countdown: BTreeMap<_, _> = c.epoch_countdowns()?.into_iter().collect();
        let list = c.subnets()?;
        let mut rows = Vec::new();
        for s in list {
            let pool = pools.get(&s.netuid);
            let share = shares.get(&s.netuid);
            // Alpha emission per block as observed between two polls (the chain mints it into
            // alpha out; stake flows move alpha in/out too, so this is "net alpha out per block").
            let alpha_per_block = match self.last_alpha_out.get(&s.netuid) {
                Some(&(b, prev)) if block > b => s.alpha_out.saturating_sub(prev) / (block - b),
                _ => 0,
            };
            self.last_alpha_out.insert(s.netuid, (block, s.alpha_out));
            let supply = u128::from(s.alpha_in) + u128::from(s.alpha_out);
            rows.push(SubnetRow {
                netuid: s.netuid,
                name: s.name.clone(),
                symbol: s.symbol.clone(),
                price_rao: s.price,
                moving_price_rao: pool.map_or(0, |p| p.moving_price_rao),
                emission_share_ppb: share.map_or(0, |e| e.share_ppb),
                tao_per_block_rao: share.map_or(0, |e| e.tao_per_block),
                alpha_per_block,
                tao_in: s.tao_in,
                alpha_in: s.alpha_in,
                alpha_out: s.alpha_out,
                market_cap: u64::try_from(supply * u128::from(s.price) / 1_000_000_000)
                    .unwrap_or(u64::MAX),
                burn_cost: s.burn,
                neurons: s.n,
                max_neurons: s.max_n,
                tempo: s.tempo,
                blocks_to_epoch: countdown.get(&s.netuid).copied().unwrap_or(0),
            });
        }
        Ok(rows)
    }

    fn positions(&self) -> crate::error::Result<Vec<PositionRow>> {
        let Some(ck) = self.coldkey else { return Ok(Vec::new()) };
        let c = self.chain()?;
        let mut out = Vec::new();
        for p in c.stake_of(&ck)? {
            let exit = match c.pool(p.netuid)? {
                Some(pool) => pool.sim_swap(Direction::AlphaToTao, p.alpha).tao_amount,
                None => 0,
            };
            out.push(PositionRow {
                netuid: p.netuid,
                hotkey: p.hotkey.to_ss58(),
                alpha: p.alpha,
                value_spot_rao: p.tao_value,
                value_exit_rao: exit,
            });
        }
        Ok(out)
    }

    fn events(&self, head: u64) -> crate::error::Result<Vec<EventRow>> {
        let mut from = self.last_block.map_or(head.saturating_sub(20), |b| b + 1);
        if self.live {
            // After a long disconnection, not every missed block: a node serves events one
            // block per request.
            from = from.max(head.saturating_sub(MAX_CATCH_UP));
        }
        if from > head {
            return Ok(Vec::new());
        }
        let filter = EventFilter {
            from_block: Some(from),
            to_block: Some(head),
            limit: Some(MAX_EVENTS),
            ..EventFilter::default()
        };
        Ok(self
            .chain()?
            .events(&filter)?
            .into_iter()
            .map(|e| {
                let v = serde_json::to_value(&e.event).unwrap_or_default();
                let kind = event_text::kind(&v);
                let text = event_text::details(&v, true);
                EventRow { block: e.block, kind, text }
            })
            .collect())
    }
}

impl ChainSource {
    /// Every read of one snapshot at `head`.
    fn read(&mut self, req: &Request, head: u64) -> crate::error::Result<Snapshot> {
        let subnets = self.subnets(head)?;
        let c = self.chain()?;
        let (metagraph, hyperparams) = match req.netuid {
            Some(n) => {
                let neurons = c
                    .neurons(n)?
                    .into_iter()
                    .map(|x| NeuronRow {
                        uid: x.uid,
                        hotkey: x.hotkey.to_ss58(),
                        coldkey: x.coldkey.to_ss58(),
                        stake: x.stake,
                        permit: x.validator_permit,
                        incentive: x.incentive,
                        dividends: x.dividends,
                        emission: x.emission,
                        last_update: x.last_update,
                        immune: x.immune,
                    })
                    .collect();
                let hp =
                    c.hyperparams(n)?.into_iter().map(|h| (h.name, h.value.to_string())).collect();
                (Some((n, neurons)), Some((n, hp)))
            }
            None => (None, None),
        };
        let events = self.events(head)?;
        let positions = self.positions()?;
        Ok(Snapshot {
            network: self.network.clone(),
            block: head,
            block_time_ms: 0,
            connected: true,
            head_age_ms: None,
            subnets,
            metagraph,
            hyperparams,
            positions,
            events,
        })
    }
}

/// Wall-clock age of a block made at `timestamp_ms` (None when the block carries no time).
fn age_ms(timestamp_ms: u64) -> Option<u64> {
    if timestamp_ms == 0 {
        return None;
    }
    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_millis();
    Some(u64::try_from(now).unwrap_or(u64::MAX).saturating_sub(timestamp_ms))
}

impl Source for ChainSource {
    fn poll(&mut self, req: &Request) -> Result<Snapshot, String> {
        self.ensure_connected()?;
        let header = match self.chain().and_then(|c| c.head()) {
            Ok(h) => h,
            Err(e) => return Err(self.after_error(e.message)),
        };
        let head_age_ms = if self.live { age_ms(header.timestamp_ms) } else { None };
        // A live node's head moves every few seconds; between blocks nothing on screen can
        // change, so the last snapshot stands (new events: none).
        if let Some((r, snap)) = &self.cached
            && self.live
            && *r == *req
            && snap.block == header.number
        {
            return Ok(Snapshot { head_age_ms, events: Vec::new(), ..snap.clone() });
        }
        match self.read(req, header.number) {
            Ok(mut snap) => {
                self.last_block = Some(header.number);
                snap.head_age_ms = head_age_ms;
                if self.live {
                    self.cached = Some((*req, Snapshot { events: Vec::new(), ..snap.clone() }));
                }
                Ok(snap)
            }
            Err(e) => Err(self.after_error(e.message)),
        }
    }

    fn step(&mut self, blocks: u64) -> Result<(), String> {
        match self.chain.as_mut() {
            Some(c) => c.advance(blocks).map(|_| ()).map_err(|e| e.message),
            None => Err(format!("disconnected from {}", self.network)),
        }
    }

    fn can_drive_time(&self) -> bool {
        !self.live
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chain::remote::Remote;
    use remote::ConnectOptions;
    use remote::mock::{MockNode, Value};

    fn metadata() -> Option<Vec<u8>> {
        let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
            Some(d) => std::path::PathBuf::from(d).join("metadata"),
            None => std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/metadata"),
        };
        let b = std::fs::read(dir.join("finney-spec393.scale")).ok();
        if b.is_none() {
            println!("skipping: ../shared/metadata not found");
        }
        b
    }

    fn options() -> ConnectOptions {
        ConnectOptions {
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(5),
            read_attempts: 1,
            ..ConnectOptions::default()
        }
    }

    fn open(url: &str) -> crate::error::Result<Box<dyn ChainClient>> {
        Ok(Box::new(Remote::open("mock", url, options())?))
    }

    fn poll_until_ok(src: &mut ChainSource, req: &Request) -> Result<Snapshot, Vec<String>> {
        let mut errors = Vec::new();
        for _ in 0..100 {
            match src.poll(req) {
                Ok(s) => return Ok(s),
                Err(e) => errors.push(e),
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(errors)
    }

    /// The monitor follows a node: new blocks bring fresh pools and events, an unchanged head
    /// reuses the snapshot, and a node that goes away and comes back is reconnected to.
    #[test]
    fn follows_a_node_across_new_blocks_and_a_dropped_connection() {
        let Some(md) = metadata() else { return };
        let mut node = MockNode::demo_world(md, 393).expect("mock node");
        let url = node.url();
        let alice = {
            use sp_core::Pair as _;
            AccountId(
                sp_core::sr25519::Pair::from_string("//Alice", None).expect("alice").public().0,
            )
        };
        let again = url.clone();
        let mut src = ChainSource::new(open(&url).expect("connect"), Some(alice))
            .with_reconnect(Box::new(move || open(&again)), Duration::from_millis(100));
        assert!(!src.can_drive_time(), "a node's time cannot be driven");
        assert!(src.step(1).is_err(), "stepping a node is refused");

        let req = Request::default();
        let first = src.poll(&req).expect("first snapshot");
        assert_eq!(first.block, 100);
        assert!(first.connected);
        assert_eq!(first.network, "mock");
        let apex = first.subnets.iter().find(|r| r.netuid == 1).expect("subnet 1");
        assert_eq!(
            (apex.name.as_str(), apex.tao_in, apex.alpha_in),
            ("apex", 100_000_000_000, 200_000_000_000)
        );
        assert_eq!(first.positions.len(), 1, "//Alice's stake on subnet 1");
        // The fixture's head was made in 2023: the lag is reported, not hidden.
        assert!(first.head_age_ms.is_some_and(|a| a > 86_400_000), "{:?}", first.head_age_ms);

        // Same head: the snapshot is reused (one head read, no pool/subnet reads).
        let calls = node.rpc_calls().len();
        let same = src.poll(&req).expect("same head");
        assert_eq!(same.block, 100);
        assert_eq!(same.subnets, first.subnets);
        let reads = node.rpc_calls()[calls..]
            .iter()
            .filter(|c| c.starts_with("state_getKeysPaged"))
            .count();
        assert_eq!(reads, 0, "no map scans without a new block: {:?}", &node.rpc_calls()[calls..]);

        // The node makes a block: the pool grew and an event arrived.
        let v = |n: u64| Value::u128(u128::from(n));
        node.set_storage("SubtensorModule", "SubnetTAO", vec![v(1)], v(150_000_000_000))
            .expect("fixture");
        let alice_b = alice.0;
        let ev = Value::unnamed_variant(
            "Balances",
            [Value::named_variant(
                "Transfer",
                [
                    ("from", Value::from_bytes(alice_b)),
                    ("to", Value::from_bytes(alice_b)),
                    ("amount", Value::u128(7)),
                ],
            )],
        );
        assert_eq!(node.produce_block(vec![ev]).expect("block"), 101);
        let next = src.poll(&req).expect("new block");
        assert_eq!(next.block, 101);
        let apex = next.subnets.iter().find(|r| r.netuid == 1).expect("subnet 1");
        assert_eq!(apex.tao_in, 150_000_000_000, "fresh state at the new head");
        assert_eq!(next.events.len(), 1, "{:?}", next.events);
        assert_eq!(next.events[0].block, 101);
        assert!(next.events[0].kind.contains("Transfer"), "{:?}", next.events[0]);

        // Drill-down requests are answered for the node too.
        let drilled = src.poll(&Request { netuid: Some(1) }).expect("drill");
        assert_eq!(drilled.metagraph.as_ref().map(|(n, rows)| (*n, rows.len())), Some((1, 1)));
        assert!(
            drilled
                .hyperparams
                .as_ref()
                .is_some_and(|(_, hp)| hp.iter().any(|(k, _)| k == "tempo"))
        );

        // The node goes away: the poll fails with a clear message instead of hanging.
        node.stop_serving();
        let err = src.poll(&req).expect_err("node down");
        assert!(err.contains("mock"), "{err}");
        let err = src.poll(&req).expect_err("still down");
        assert!(err.contains("disconnected from mock"), "{err}");

        // Back, with a block made meanwhile: the source reconnects on its own.
        node.serve_again().expect("serve");
        node.produce_block(vec![]).expect("block");
        let back = poll_until_ok(&mut src, &req).expect("reconnected");
        assert_eq!(back.block, 102);
        assert!(back.connected);
    }

    /// A node that keeps the connection but stops answering: each poll fails within the
    /// request timeout (the poller thread is never stuck for long), and answers resume the feed.
    #[test]
    fn a_hung_node_fails_polls_within_the_timeout_and_recovers() {
        let Some(md) = metadata() else { return };
        let node = MockNode::demo_world(md, 393).expect("mock node");
        let url = node.url();
        let fast = move || -> crate::error::Result<Box<dyn ChainClient>> {
            let opts = ConnectOptions {
                connect_timeout: Duration::from_secs(1),
                request_timeout: Duration::from_secs(1),
                read_attempts: 1,
                ..ConnectOptions::default()
            };
            Ok(Box::new(Remote::open("mock", &url, opts)?))
        };
        let mut src = ChainSource::new(fast().expect("connect"), None)
            .with_reconnect(Box::new(fast), Duration::from_millis(100));
        let req = Request::default();
        assert_eq!(src.poll(&req).map(|s| s.block), Ok(100));
        node.stall(true);
        for _ in 0..3 {
            let started = Instant::now();
            let err = src.poll(&req).expect_err("hung node");
            // A read (1 s) and the liveness probe (1 s), or one connect attempt (1 s).
            assert!(started.elapsed() < Duration::from_secs(4), "{:?}: {err}", started.elapsed());
            assert!(err.contains("mock"), "{err}");
        }
        node.stall(false);
        node.produce_block(vec![]).expect("block");
        assert_eq!(poll_until_ok(&mut src, &req).map(|s| s.block), Ok(101));
    }

    #[test]
    fn a_source_without_reconnect_reports_the_drop() {
        let Some(md) = metadata() else { return };
        let mut node = MockNode::demo_world(md, 393).expect("mock node");
        let mut src = ChainSource::new(open(&node.url()).expect("connect"), None);
        assert!(src.poll(&Request::default()).is_ok());
        node.stop_serving();
        let err = src.poll(&Request::default()).expect_err("down");
        assert!(!err.is_empty());
    }
}
