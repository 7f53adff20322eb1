//! The monitor's `Source` over any `ChainClient`: one snapshot per poll, built from the same
//! reads the `subnets`, `stake` and `chain events` commands use.

use std::collections::BTreeMap;

use local_chain::info::EventFilter;
use local_chain::swap::Direction;
use local_chain::types::{AccountId, NetUid};

use crate::chain::{ChainClient, event_text};
use crate::tui::source::{EventRow, NeuronRow, PositionRow, Request, Snapshot, Source, SubnetRow};

/// Most events carried by one snapshot (the UI keeps its own bounded history).
const MAX_EVENTS: usize = 200;

/// Feeds the monitor from a chain.
pub struct ChainSource {
    chain: Box<dyn ChainClient>,
    coldkey: Option<AccountId>,
    /// Last block polled, so each poll carries only new events.
    last_block: Option<u64>,
    /// alpha_out per subnet at the last poll, to show alpha emitted per block.
    last_alpha_out: BTreeMap<NetUid, (u64, u64)>,
}

impl ChainSource {
    pub fn new(chain: Box<dyn ChainClient>, coldkey: Option<AccountId>) -> Self {
        ChainSource { chain, coldkey, last_block: None, last_alpha_out: BTreeMap::new() }
    }

    fn subnets(&mut self, block: u64) -> crate::error::Result<Vec<SubnetRow>> {
        let c = &self.chain;
        let pools: BTreeMap<_, _> = c.pools()?.into_iter().map(|p| (p.netuid, p)).collect();
        let shares: BTreeMap<_, _> =
            c.emission_shares()?.into_iter().map(|e| (e.netuid, e)).collect();
        let countdown: BTreeMap<_, _> = c.epoch_countdowns()?.into_iter().collect();
        let mut rows = Vec::new();
        for s in c.subnets()? {
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
        let mut out = Vec::new();
        for p in self.chain.stake_of(&ck)? {
            let exit = match self.chain.pool(p.netuid)? {
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
        let from = self.last_block.map_or(head.saturating_sub(20), |b| b + 1);
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
            .chain
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

impl Source for ChainSource {
    fn poll(&mut self, req: &Request) -> Result<Snapshot, String> {
        let snap = (|| -> crate::error::Result<Snapshot> {
            let head = self.chain.head()?.number;
            let subnets = self.subnets(head)?;
            let (metagraph, hyperparams) = match req.netuid {
                Some(n) => {
                    let neurons = self
                        .chain
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
                    let hp = self
                        .chain
                        .hyperparams(n)?
                        .into_iter()
                        .map(|h| (h.name, h.value.to_string()))
                        .collect();
                    (Some((n, neurons)), Some((n, hp)))
                }
                None => (None, None),
            };
            let events = self.events(head)?;
            let positions = self.positions()?;
            self.last_block = Some(head);
            Ok(Snapshot {
                network: self.chain.network(),
                block: head,
                block_time_ms: 0,
                connected: true,
                subnets,
                metagraph,
                hyperparams,
                positions,
                events,
            })
        })();
        snap.map_err(|e| e.message)
    }

    fn step(&mut self, blocks: u64) -> Result<(), String> {
        self.chain.advance(blocks).map(|_| ()).map_err(|e| e.message)
    }

    fn can_drive_time(&self) -> bool {
        self.chain.network() == "embedded"
    }
}
