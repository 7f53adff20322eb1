//! `taoctl subnets show` (alias `metagraph`): one subnet's header and its neurons.

use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{self, Human, Report};

/// One neuron.
#[derive(Debug, Serialize)]
pub struct NeuronRow {
    pub uid: u16,
    pub hotkey: String,
    pub coldkey: String,
    /// Alpha staked on the hotkey in this subnet.
    pub stake: u64,
    pub validator_permit: bool,
    /// u16 proportions (65535 = 1).
    pub incentive: u16,
    pub dividends: u16,
    /// Last epoch's emission (alpha units).
    pub emission: u64,
    pub last_update: u64,
    pub registered_at: u64,
    pub immune: bool,
    pub active: bool,
}

/// `subnets show`.
#[derive(Debug, Serialize)]
pub struct SubnetShowReport {
    pub block: u64,
    pub netuid: u16,
    pub name: String,
    pub symbol: String,
    pub owner: String,
    pub owner_hotkey: String,
    pub price_rao: u64,
    pub tao_in_rao: u64,
    pub alpha_in: u64,
    pub alpha_out: u64,
    pub tempo: u16,
    pub blocks_until_epoch: u64,
    pub burn_rao: u64,
    pub started: bool,
    pub neurons: Vec<NeuronRow>,
}

fn short(s: &str) -> String {
    if s.len() > 12 { format!("{}…", &s[..10]) } else { s.to_string() }
}

fn prop(v: u16) -> String {
    format!("{:.4}", v as f64 / 65535.0)
}

impl Report for SubnetShowReport {
    fn human(&self) -> Human {
        let mut t = output::table([
            "UID",
            "Hotkey",
            "Coldkey",
            "Stake (α)",
            "Permit",
            "Incentive",
            "Dividends",
            "Emission (α)",
            "Updated",
            "Immune",
        ]);
        for n in &self.neurons {
            t.add_row(vec![
                n.uid.to_string(),
                short(&n.hotkey),
                short(&n.coldkey),
                fmt_tao(n.stake),
                if n.validator_permit { "yes" } else { "" }.to_string(),
                prop(n.incentive),
                prop(n.dividends),
                fmt_tao(n.emission),
                format!("#{}", n.last_update),
                if n.immune { "yes" } else { "" }.to_string(),
            ]);
        }
        Human::new()
            .fields([
                ("subnet", format!("{} {} ({})", self.netuid, self.name, self.symbol)),
                ("owner", format!("{} (hotkey {})", self.owner, self.owner_hotkey)),
                ("price", format!("{} τ/α", fmt_tao(self.price_rao))),
                (
                    "pool",
                    format!(
                        "{} τ / {} α in, {} α out",
                        fmt_tao(self.tao_in_rao),
                        fmt_tao(self.alpha_in),
                        fmt_tao(self.alpha_out)
                    ),
                ),
                (
                    "tempo",
                    format!("{} blocks, next epoch in {}", self.tempo, self.blocks_until_epoch),
                ),
                ("registration cost", format!("{} τ", fmt_tao(self.burn_rao))),
                (
                    "started",
                    if self.started { "yes" } else { "no (owner: `taoctl subnets start`)" }.into(),
                ),
            ])
            .table(t)
    }
}

pub fn run(ctx: &Ctx, netuid: u16, name: &str) -> Result<()> {
    let c = chain::connect(ctx)?;
    let s = tx::require_subnet(c.as_ref(), netuid)?;
    let neurons = c
        .neurons(netuid)?
        .into_iter()
        .map(|n| NeuronRow {
            uid: n.uid,
            hotkey: n.hotkey.to_ss58(),
            coldkey: n.coldkey.to_ss58(),
            stake: n.stake,
            validator_permit: n.validator_permit,
            incentive: n.incentive,
            dividends: n.dividends,
            emission: n.emission,
            last_update: n.last_update,
            registered_at: n.registered_at,
            immune: n.immune,
            active: n.active,
        })
        .collect();
    let countdown = c.epoch_countdowns()?.into_iter().find(|(n, _)| *n == netuid).map(|(_, b)| b);
    let report = SubnetShowReport {
        block: c.head()?.number,
        netuid,
        name: s.name,
        symbol: s.symbol,
        owner: s.owner.to_ss58(),
        owner_hotkey: s.owner_hotkey.to_ss58(),
        price_rao: s.price,
        tao_in_rao: s.tao_in,
        alpha_in: s.alpha_in,
        alpha_out: s.alpha_out,
        tempo: s.tempo,
        blocks_until_epoch: countdown.unwrap_or(0),
        burn_rao: s.burn,
        started: s.subtoken_enabled,
        neurons,
    };
    output::emit(ctx.mode, name, &report)
}
