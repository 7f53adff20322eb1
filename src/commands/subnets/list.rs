//! `taoctl subnets list`: the market table (one row per subnet).

use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{self, Human, Report};

/// One subnet row.
#[derive(Debug, Serialize)]
pub struct SubnetRow {
    pub netuid: u16,
    pub name: String,
    pub symbol: String,
    pub owner: String,
    /// Spot price, rao per alpha.
    pub price_rao: u64,
    /// `SubnetMovingPrice`, rao per alpha.
    pub moving_price_rao: u64,
    /// Share of the next block's TAO emission, parts per billion.
    pub emission_share_ppb: u64,
    /// TAO emission per block (rao).
    pub emission_per_block_rao: u64,
    pub tao_in_rao: u64,
    pub alpha_in: u64,
    pub alpha_out: u64,
    /// (alpha in + alpha out) × price, rao.
    pub market_cap_rao: u64,
    pub tempo: u16,
    pub blocks_until_epoch: u64,
    /// Neuron registration cost (rao).
    pub burn_rao: u64,
    pub neurons: u16,
    pub max_neurons: u16,
    /// Whether `start_call` was done (staking enabled).
    pub started: bool,
}

/// `subnets list`.
#[derive(Debug, Serialize)]
pub struct SubnetsListReport {
    pub block: u64,
    pub subnets: Vec<SubnetRow>,
}

impl Report for SubnetsListReport {
    fn human(&self) -> Human {
        let mut t = output::table([
            "Netuid",
            "Name",
            "Price τ/α",
            "Moving",
            "Emission",
            "TAO in",
            "α in",
            "α out",
            "Market cap τ",
            "Epoch in",
            "Burn τ",
            "N",
        ]);
        for s in &self.subnets {
            let name = if s.name.is_empty() { s.symbol.clone() } else { s.name.clone() };
            t.add_row(vec![
                s.netuid.to_string(),
                name,
                fmt_tao(s.price_rao),
                fmt_tao(s.moving_price_rao),
                format!("{:.2} %", s.emission_share_ppb as f64 / 1e7),
                fmt_tao(s.tao_in_rao),
                fmt_tao(s.alpha_in),
                fmt_tao(s.alpha_out),
                fmt_tao(s.market_cap_rao),
                format!("{}/{}", s.blocks_until_epoch, s.tempo),
                fmt_tao(s.burn_rao),
                format!("{}/{}", s.neurons, s.max_neurons),
            ]);
        }
        Human::new().table(t).note(format!("block #{}", self.block))
    }
}

pub fn run(ctx: &Ctx, name: &str) -> Result<()> {
    let c = chain::connect(ctx)?;
    let pools = c.pools()?;
    let shares = c.emission_shares()?;
    let countdown = c.epoch_countdowns()?;
    let subnets = c
        .subnets()?
        .into_iter()
        .map(|s| {
            let pool = pools.iter().find(|p| p.netuid == s.netuid);
            let share = shares.iter().find(|e| e.netuid == s.netuid);
            let supply = s.alpha_in as u128 + s.alpha_out as u128;
            SubnetRow {
                netuid: s.netuid,
                name: s.name.clone(),
                symbol: s.symbol.clone(),
                owner: s.owner.to_ss58(),
                price_rao: s.price,
                moving_price_rao: pool.map(|p| p.moving_price_rao).unwrap_or(0),
                emission_share_ppb: share.map(|e| e.share_ppb).unwrap_or(0),
                emission_per_block_rao: share.map(|e| e.tao_per_block).unwrap_or(0),
                tao_in_rao: s.tao_in,
                alpha_in: s.alpha_in,
                alpha_out: s.alpha_out,
                market_cap_rao: (supply * s.price as u128 / 1_000_000_000).min(u64::MAX as u128)
                    as u64,
                tempo: s.tempo,
                blocks_until_epoch: countdown
                    .iter()
                    .find(|(n, _)| *n == s.netuid)
                    .map(|(_, b)| *b)
                    .unwrap_or(0),
                burn_rao: s.burn,
                neurons: s.n,
                max_neurons: s.max_n,
                started: s.subtoken_enabled,
            }
        })
        .collect();
    output::emit(ctx.mode, name, &SubnetsListReport { block: c.head()?.number, subnets })
}
