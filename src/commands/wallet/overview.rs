//! `wallet overview`: every hotkey of the wallet with its registrations per subnet (uid, stake,
//! emission, immunity), plus the coldkey's free balance and stake value. No password needed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain;
use crate::context::Ctx;
use crate::error::Result;
use crate::keys::{self, map};
use crate::output::{self, Human, Report};

#[derive(Serialize)]
pub struct Registration {
    pub netuid: u16,
    pub subnet: String,
    pub uid: u16,
    /// Alpha staked on the hotkey on this subnet (all nominators).
    pub stake_alpha: u64,
    /// This coldkey's own alpha on the hotkey on this subnet.
    pub own_stake_alpha: u64,
    /// Last epoch's emission to the uid (alpha rao).
    pub emission: u64,
    pub immune: bool,
    pub validator_permit: bool,
    pub registered_at: u64,
}

#[derive(Serialize)]
pub struct HotkeyOverview {
    pub name: String,
    pub address: Option<String>,
    pub registrations: Vec<Registration>,
}

#[derive(Serialize)]
pub struct OverviewReport {
    pub network: String,
    pub block: u64,
    pub wallet: String,
    pub coldkey: String,
    pub free_rao: u64,
    pub staked_rao: u64,
    pub hotkeys: Vec<HotkeyOverview>,
}

impl Report for OverviewReport {
    fn human(&self) -> Human {
        let head = vec![
            ("wallet".to_string(), self.wallet.clone()),
            ("coldkey".to_string(), self.coldkey.clone()),
            ("free".to_string(), format!("{} τ", fmt_tao(self.free_rao))),
            ("staked".to_string(), format!("{} τ (spot)", fmt_tao(self.staked_rao))),
        ];
        let mut t = output::table([
            "hotkey",
            "netuid",
            "uid",
            "stake α",
            "own α",
            "emission α",
            "immune",
            "vpermit",
        ]);
        for h in &self.hotkeys {
            let label =
                format!("{} {}", h.name, h.address.as_deref().map(short).unwrap_or_default());
            if h.registrations.is_empty() {
                t.add_row([
                    label.clone(),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    "-".into(),
                    "not registered".into(),
                ]);
            }
            for r in &h.registrations {
                t.add_row([
                    label.clone(),
                    format!("{} {}", r.netuid, r.subnet),
                    r.uid.to_string(),
                    fmt_tao(r.stake_alpha),
                    fmt_tao(r.own_stake_alpha),
                    fmt_tao(r.emission),
                    if r.immune { "yes" } else { "no" }.into(),
                    if r.validator_permit { "yes" } else { "no" }.into(),
                ]);
            }
        }
        let mut h = Human::new().fields(head);
        if self.hotkeys.is_empty() {
            h = h.text("no hotkeys in this wallet");
        } else {
            h = h.table(t);
        }
        h.note(format!("{} at block #{}", self.network, self.block))
    }
}

fn short(a: &str) -> String {
    if a.len() > 12 { format!("{}…{}", &a[..6], &a[a.len() - 4..]) } else { a.to_string() }
}

pub fn overview(ctx: &Ctx, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let coldkey = keys::coldkey_account(ctx)?;
    let summary = w.summary().map_err(map)?;
    let c = chain::connect(ctx)?;
    let positions = c.stake_of(&coldkey)?;
    let own: BTreeMap<(local_chain::AccountId, u16), u64> =
        positions.iter().map(|p| ((p.hotkey, p.netuid), p.alpha)).collect();
    let mut hotkeys: Vec<HotkeyOverview> = summary
        .hotkeys
        .iter()
        .map(|h| HotkeyOverview {
            name: h.name.clone(),
            address: h.public_key().map(|p| p.to_ss58()),
            registrations: Vec::new(),
        })
        .collect();
    let ids: Vec<Option<local_chain::AccountId>> =
        summary.hotkeys.iter().map(|h| h.public_key().map(|p| keys::account(&p))).collect();
    for s in c.subnets()? {
        for n in c.neurons(s.netuid)? {
            for (i, id) in ids.iter().enumerate() {
                if *id == Some(n.hotkey) {
                    hotkeys[i].registrations.push(Registration {
                        netuid: s.netuid,
                        subnet: s.name.clone(),
                        uid: n.uid,
                        stake_alpha: n.stake,
                        own_stake_alpha: own.get(&(n.hotkey, s.netuid)).copied().unwrap_or(0),
                        emission: n.emission,
                        immune: n.immune,
                        validator_permit: n.validator_permit,
                        registered_at: n.registered_at,
                    });
                }
            }
        }
    }
    let report = OverviewReport {
        network: c.network(),
        block: c.head()?.number,
        wallet: ctx.wallet.clone(),
        coldkey: keystore::PublicKey(coldkey.0).to_ss58(),
        free_rao: c.balance(&coldkey)?,
        staked_rao: positions.iter().map(|p| p.tao_value).fold(0u64, u64::saturating_add),
        hotkeys,
    };
    output::emit(ctx.mode, name, &report)
}
