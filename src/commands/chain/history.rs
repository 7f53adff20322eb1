//! `taoctl chain blocks|events`: what the chain recorded, newest last.

use local_chain::info::EventFilter;
use serde::Serialize;

use crate::chain;
use crate::cli::chain::{ChainBlocksArgs, ChainEventsArgs};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;
use crate::output::{self, Human, Report};

/// One block header.
#[derive(Serialize)]
pub struct BlockRow {
    pub number: u64,
    pub hash: String,
    pub parent_hash: String,
    pub timestamp_ms: u64,
    pub extrinsics: u32,
    pub events: u32,
}

/// `chain blocks`.
#[derive(Serialize)]
pub struct BlocksReport {
    pub blocks: Vec<BlockRow>,
}

impl Report for BlocksReport {
    fn human(&self) -> Human {
        let mut t = output::table(["BLOCK", "HASH", "TIME (UTC)", "EXTRINSICS", "EVENTS"]);
        for b in &self.blocks {
            t.add_row([
                format!("#{}", b.number),
                b.hash.clone(),
                utc(b.timestamp_ms),
                b.extrinsics.to_string(),
                b.events.to_string(),
            ]);
        }
        Human::new().table(t)
    }
}

/// One event; `data` is the event with its fields, as the chain stores it.
#[derive(Serialize)]
pub struct EventRow {
    pub block: u64,
    pub index: u32,
    pub extrinsic: Option<u32>,
    pub kind: String,
    pub data: serde_json::Value,
}

/// `chain events`.
#[derive(Serialize)]
pub struct EventsReport {
    pub events: Vec<EventRow>,
}

impl Report for EventsReport {
    fn human(&self) -> Human {
        let mut t = output::table(["BLOCK", "#", "KIND", "DETAILS"]);
        for e in &self.events {
            let details = crate::chain::event_text::details(&e.data, false);
            t.add_row([format!("#{}", e.block), e.index.to_string(), e.kind.clone(), details]);
        }
        let h = Human::new().table(t);
        if self.events.is_empty() { h.note("no events match") } else { h }
    }
}

/// Milliseconds since the Unix epoch as RFC 3339 UTC.
fn utc(ms: u64) -> String {
    keystore::format::taoctl::rfc3339(i64::try_from(ms / 1000).unwrap_or(i64::MAX))
}

pub fn blocks(ctx: &Ctx, a: &ChainBlocksArgs, name: &str) -> Result<()> {
    let c = chain::connect(ctx)?;
    let head = c.head()?.number;
    let to = a.to.unwrap_or(head).min(head);
    let limit = a.limit.max(1);
    let from = a.from.unwrap_or_else(|| to.saturating_sub(limit - 1));
    if from > to {
        return Err(CliError::input(format!("--from {from} is after --to {to}"))
            .with_hint(format!("the head is #{head}")));
    }
    let from = from.max(to.saturating_sub(limit - 1));
    let blocks = c
        .blocks(from, to)?
        .into_iter()
        .map(|b| BlockRow {
            number: b.number,
            hash: b.hash.to_hex(),
            parent_hash: b.parent_hash.to_hex(),
            timestamp_ms: b.timestamp_ms,
            extrinsics: b.extrinsic_count,
            events: b.event_count,
        })
        .collect();
    output::emit(ctx.mode, name, &BlocksReport { blocks })
}

pub fn events(ctx: &Ctx, a: &ChainEventsArgs, name: &str) -> Result<()> {
    let account = match (&a.account, a.mine) {
        (Some(s), _) => Some(keys::parse_address(s, "--account")?),
        (None, true) => Some(keys::coldkey_account(ctx)?),
        (None, false) => None,
    };
    let c = chain::connect(ctx)?;
    // The netuid filter runs here, so the chain must not cut the list to --limit first.
    let filter = EventFilter {
        from_block: a.from_block,
        to_block: a.to_block,
        name: a.kind.clone(),
        account,
        limit: if a.netuid.is_some() { None } else { Some(a.limit) },
    };
    let mut rows: Vec<EventRow> = c
        .events(&filter)?
        .into_iter()
        .filter_map(|e| {
            let data = serde_json::to_value(&e.event).ok()?;
            if let Some(n) = a.netuid
                && data.get("netuid").and_then(serde_json::Value::as_u64) != Some(u64::from(n))
            {
                return None;
            }
            let kind = crate::chain::event_text::kind(&data);
            Some(EventRow { block: e.block, index: e.index, extrinsic: e.extrinsic, kind, data })
        })
        .collect();
    if rows.len() > a.limit {
        rows.drain(..rows.len() - a.limit);
    }
    output::emit(ctx.mode, name, &EventsReport { events: rows })
}
