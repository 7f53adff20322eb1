//! `taoctl stake list`: a coldkey's positions, valued at the spot price and at exit (selling the
//! whole position now, after slippage and the swap fee, through the chain's `sim_swap`).

use local_chain::swap::Direction;
use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain;
use crate::cli::stake::StakeListArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::Result;
use crate::keys;
use crate::output::{self, Human, Report};

/// One position.
#[derive(Debug, Serialize)]
pub struct PositionRow {
    pub netuid: u16,
    pub subnet: String,
    pub symbol: String,
    pub hotkey: String,
    /// Alpha held (alpha units).
    pub alpha: u64,
    /// Spot price, rao per alpha.
    pub price_rao: u64,
    /// floor(alpha × spot) in rao.
    pub value_spot_rao: u64,
    /// TAO received by unstaking the whole position now (sim_swap, fee included).
    pub value_exit_rao: u64,
    /// (spot − exit) / spot, percent.
    pub exit_slippage_pct: f64,
}

/// `stake list`.
#[derive(Debug, Serialize)]
pub struct StakeListReport {
    pub coldkey: String,
    pub block: u64,
    pub free_balance_rao: u64,
    pub positions: Vec<PositionRow>,
    pub total_value_spot_rao: u64,
    pub total_value_exit_rao: u64,
}

impl Report for StakeListReport {
    fn human(&self) -> Human {
        let mut t = output::table([
            "Netuid",
            "Subnet",
            "Hotkey",
            "Stake (α)",
            "Price (τ/α)",
            "Value at spot (τ)",
            "Value at exit (τ)",
            "Exit slip.",
        ]);
        for p in &self.positions {
            let hk = if p.hotkey.len() > 12 {
                format!("{}…", &p.hotkey[..10])
            } else {
                p.hotkey.clone()
            };
            t.add_row(vec![
                p.netuid.to_string(),
                if p.subnet.is_empty() { p.symbol.clone() } else { p.subnet.clone() },
                hk,
                fmt_tao(p.alpha),
                fmt_tao(p.price_rao),
                fmt_tao(p.value_spot_rao),
                fmt_tao(p.value_exit_rao),
                format!("{:.3} %", p.exit_slippage_pct),
            ]);
        }
        let mut h = Human::new();
        if self.positions.is_empty() {
            h = h.note(format!("no stake held by {}", self.coldkey));
        } else {
            h = h.table(t);
        }
        h.fields([
            ("coldkey", self.coldkey.clone()),
            ("free balance", format!("{} τ", fmt_tao(self.free_balance_rao))),
            ("stake at spot", format!("{} τ", fmt_tao(self.total_value_spot_rao))),
            ("stake at exit", format!("{} τ", fmt_tao(self.total_value_exit_rao))),
            ("block", format!("#{}", self.block)),
        ])
    }
}

pub fn run(ctx: &Ctx, a: &StakeListArgs, name: &str) -> Result<()> {
    let coldkey = match &a.ss58 {
        Some(s) => tx::parse_account(s, "--ss58 address")?,
        None => keys::coldkey_account(ctx)?,
    };
    let c = chain::connect(ctx)?;
    let subnets = c.subnets()?;
    let pools = c.pools()?;
    let mut positions = Vec::new();
    for p in c.stake_of(&coldkey)? {
        let info = subnets.iter().find(|s| s.netuid == p.netuid);
        let pool = pools.iter().find(|q| q.netuid == p.netuid);
        let exit = pool.map(|q| q.sim_swap(Direction::AlphaToTao, p.alpha).tao_amount).unwrap_or(0);
        let spot = pool.map(|q| q.alpha_to_tao_at_spot(p.alpha)).unwrap_or(p.tao_value);
        positions.push(PositionRow {
            netuid: p.netuid,
            subnet: info.map(|s| s.name.clone()).unwrap_or_default(),
            symbol: info.map(|s| s.symbol.clone()).unwrap_or_default(),
            hotkey: p.hotkey.to_ss58(),
            alpha: p.alpha,
            price_rao: pool.map(|q| q.price_rao).unwrap_or(0),
            value_spot_rao: spot,
            value_exit_rao: exit,
            exit_slippage_pct: if spot == 0 {
                0.0
            } else {
                (spot as f64 - exit as f64) * 100.0 / spot as f64
            },
        });
    }
    let report = StakeListReport {
        coldkey: coldkey.to_ss58(),
        block: c.head()?.number,
        free_balance_rao: c.balance(&coldkey)?,
        total_value_spot_rao: positions.iter().map(|p| p.value_spot_rao).sum(),
        total_value_exit_rao: positions.iter().map(|p| p.value_exit_rao).sum(),
        positions,
    };
    output::emit(ctx.mode, name, &report)
}
