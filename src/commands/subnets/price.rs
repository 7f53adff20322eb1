//! `taoctl subnets price`: price history from what the embedded chain stores.
//!
//! The chain keeps every block's events but only the head's state, so the pool price of a past
//! block cannot be read back. What it does keep are the trades: `StakeAdded` / `StakeRemoved`
//! carry the TAO and alpha of every swap. Each sample is one block range with its trades, TAO
//! volume, volume-weighted average price and last trade price (fees included); the current spot
//! and moving prices come from the head state.

use local_chain::event::Event;
use local_chain::info::EventFilter;
use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain;
use crate::cli::subnets::SubnetsPriceArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{self, Human, Report};

/// One block range.
#[derive(Debug, Serialize)]
pub struct PriceSample {
    pub from_block: u64,
    pub to_block: u64,
    pub trades: u32,
    /// TAO traded (rao, fees included).
    pub tao_volume_rao: u64,
    /// Alpha traded.
    pub alpha_volume: u64,
    /// Σ tao / Σ alpha, rao per alpha; absent without trades.
    pub vwap_rao: Option<u64>,
    /// The range's last trade price, rao per alpha.
    pub last_rao: Option<u64>,
}

/// `subnets price`.
#[derive(Debug, Serialize)]
pub struct SubnetPriceReport {
    pub netuid: u16,
    pub head: u64,
    /// Spot price at the head, rao per alpha.
    pub spot_rao: u64,
    /// `SubnetMovingPrice` at the head, rao per alpha.
    pub moving_price_rao: u64,
    pub interval: u64,
    /// Where the samples come from.
    pub source: &'static str,
    pub samples: Vec<PriceSample>,
}

impl Report for SubnetPriceReport {
    fn human(&self) -> Human {
        let mut t = output::table(["Blocks", "Trades", "Volume τ", "VWAP τ/α", "Last τ/α"]);
        for s in &self.samples {
            let p = |v: Option<u64>| v.map(fmt_tao).unwrap_or_else(|| "—".into());
            t.add_row(vec![
                format!("#{}–#{}", s.from_block, s.to_block),
                s.trades.to_string(),
                fmt_tao(s.tao_volume_rao),
                p(s.vwap_rao),
                p(s.last_rao),
            ]);
        }
        Human::new()
            .fields([
                ("subnet", self.netuid.to_string()),
                ("spot price", format!("{} τ/α at block #{}", fmt_tao(self.spot_rao), self.head)),
                ("moving price", format!("{} τ/α", fmt_tao(self.moving_price_rao))),
            ])
            .table(t)
            .note(format!("source: {}", self.source))
    }
}

fn ratio(tao: u64, alpha: u64) -> Option<u64> {
    (alpha > 0).then(|| (tao as u128 * 1_000_000_000 / alpha as u128).min(u64::MAX as u128) as u64)
}

pub fn run(ctx: &Ctx, a: &SubnetsPriceArgs, name: &str) -> Result<()> {
    if a.interval == 0 {
        return Err(
            CliError::input("invalid --interval `0`").with_hint("use at least 1 block per sample")
        );
    }
    let c = chain::connect(ctx)?;
    tx::require_subnet(c.as_ref(), a.netuid)?;
    let head = c.head()?.number;
    let from = head.saturating_sub(a.blocks);
    let mut samples: Vec<PriceSample> = Vec::new();
    let mut start = from;
    while start <= head {
        let end = start.saturating_add(a.interval - 1).min(head);
        samples.push(PriceSample {
            from_block: start,
            to_block: end,
            trades: 0,
            tao_volume_rao: 0,
            alpha_volume: 0,
            vwap_rao: None,
            last_rao: None,
        });
        start = end + 1;
    }
    let mut trades = Vec::new();
    for kind in ["StakeAdded", "StakeRemoved"] {
        let filter = EventFilter {
            from_block: Some(from),
            to_block: Some(head),
            name: Some(kind.into()),
            ..Default::default()
        };
        trades.extend(c.events(&filter)?);
    }
    trades.sort_by_key(|e| (e.block, e.index));
    for ev in trades {
        let (tao, alpha, netuid) = match ev.event {
            Event::StakeAdded { tao, alpha, netuid, .. }
            | Event::StakeRemoved { tao, alpha, netuid, .. } => (tao, alpha, netuid),
            _ => continue,
        };
        if netuid != a.netuid {
            continue;
        }
        let i = ((ev.block - from) / a.interval) as usize;
        if let Some(s) = samples.get_mut(i) {
            s.trades += 1;
            s.tao_volume_rao = s.tao_volume_rao.saturating_add(tao);
            s.alpha_volume = s.alpha_volume.saturating_add(alpha);
            s.last_rao = ratio(tao, alpha).or(s.last_rao);
        }
    }
    for s in &mut samples {
        s.vwap_rao = ratio(s.tao_volume_rao, s.alpha_volume);
    }
    let pool = c.pool(a.netuid)?;
    let report = SubnetPriceReport {
        netuid: a.netuid,
        head,
        spot_rao: pool.as_ref().map(|p| p.price_rao).unwrap_or(0),
        moving_price_rao: pool.as_ref().map(|p| p.moving_price_rao).unwrap_or(0),
        interval: a.interval,
        source: "trades (StakeAdded/StakeRemoved events) stored by the embedded chain; it keeps \
                 no per-block pool state, so ranges without trades have no price",
        samples,
    };
    output::emit(ctx.mode, name, &report)
}
