//! `taoctl hparams get|set` (alias `sudo`): subnet hyperparameters with their units, defaults,
//! permissions and validation.

mod meta;

use local_chain::extrinsic::Call;
use local_chain::hparams::{Hyperparam, Who};
use serde::Serialize;

use crate::chain::{self, ChainClient};
use crate::cli::hparams::{HparamsCommand, HparamsGetArgs, HparamsSetArgs};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{self, Human, Report};
use crate::{confirm, keys};

pub fn verb(c: &HparamsCommand) -> &'static str {
    match c {
        HparamsCommand::Get(_) => "get",
        HparamsCommand::Set(_) => "set",
    }
}

/// One hyperparameter as listed.
#[derive(Serialize)]
pub struct HparamRow {
    pub name: String,
    /// Integer value as stored (booleans are 0/1).
    pub value: String,
    pub default: String,
    pub unit: &'static str,
    /// `owner` (the subnet owner or root) or `root` (sudo only).
    pub settable_by: &'static str,
    pub min: String,
    pub max: String,
    pub description: &'static str,
}

/// `hparams get`.
#[derive(Serialize)]
pub struct HparamsReport {
    pub netuid: u16,
    pub params: Vec<HparamRow>,
}

impl Report for HparamsReport {
    fn human(&self) -> Human {
        let mut t =
            output::table(["PARAMETER", "VALUE", "UNIT", "DEFAULT", "SET BY", "DESCRIPTION"]);
        for p in &self.params {
            t.add_row([&p.name, &p.value, p.unit, &p.default, p.settable_by, p.description]);
        }
        Human::new().note(format!("hyperparameters of subnet {}", self.netuid)).table(t)
    }
}

/// `hparams set`.
#[derive(Serialize)]
pub struct HparamSetReport {
    pub netuid: u16,
    pub param: String,
    pub old_value: String,
    pub new_value: String,
    pub signer: String,
    pub dry_run: bool,
    pub block: Option<u64>,
    pub fee_rao: Option<u64>,
}

impl Report for HparamSetReport {
    fn human(&self) -> Human {
        let h = Human::new().fields([
            ("subnet", self.netuid.to_string()),
            ("parameter", self.param.clone()),
            ("old value", self.old_value.clone()),
            ("new value", self.new_value.clone()),
            ("signer", self.signer.clone()),
        ]);
        match self.block {
            Some(b) => h.note(format!("included in block #{b}")),
            None => h.note(crate::commands::tx::DRY_RUN_NOTE),
        }
    }
}

fn who(w: Who) -> &'static str {
    match w {
        Who::OwnerOrRoot => "owner",
        Who::Root => "root",
    }
}

/// Resolves a parameter by its snake_case name, listing close names when unknown.
fn parse_param(name: &str) -> Result<Hyperparam> {
    let norm = name.trim().to_ascii_lowercase().replace('-', "_");
    Hyperparam::ALL.iter().copied().find(|p| p.name() == norm).ok_or_else(|| {
        let close: Vec<String> = Hyperparam::ALL
            .iter()
            .map(|p| p.name())
            .filter(|n| n.contains(&norm) || norm.contains(n.as_str()))
            .collect();
        CliError::input(format!("unknown hyperparameter `{name}`")).with_hint(if close.is_empty() {
            "`taoctl hparams get --netuid N` lists every name".to_string()
        } else {
            format!("did you mean {}?", close.join(", "))
        })
    })
}

fn parse_value(p: Hyperparam, raw: &str) -> Result<i128> {
    let v = match raw.trim() {
        "true" | "on" | "yes" => 1,
        "false" | "off" | "no" => 0,
        s => s.replace('_', "").parse::<i128>().map_err(|_| {
            CliError::input(format!("`{raw}` is not a valid value for `{}`", p.name()))
                .with_hint("give an integer, or true/false for switches")
        })?,
    };
    let (lo, hi) = p.spec().range;
    if v < lo || v > hi {
        return Err(CliError::input(format!(
            "`{raw}` is out of range for `{}` (allowed {lo}..={hi})",
            p.name()
        ))
        .with_hint("`taoctl hparams get` shows each parameter's range"));
    }
    Ok(v)
}

fn require_subnet(c: &dyn ChainClient, netuid: u16) -> Result<()> {
    if c.subnet(netuid)?.is_none() {
        return Err(CliError::input(format!("subnet `{netuid}` does not exist"))
            .with_hint("list subnets with `taoctl subnets list`"));
    }
    Ok(())
}

fn get(ctx: &Ctx, a: &HparamsGetArgs, name: &str) -> Result<()> {
    let c = chain::connect(ctx)?;
    require_subnet(c.as_ref(), a.netuid)?;
    let only = a.param.as_deref().map(parse_param).transpose()?;
    let params = c
        .hyperparams(a.netuid)?
        .into_iter()
        .filter(|h| only.is_none_or(|p| p == h.param))
        .map(|h| {
            let spec = h.param.spec();
            let (unit, description) = meta::describe(&h.name);
            HparamRow {
                value: h.value.to_string(),
                default: spec.new_subnet.unwrap_or(spec.default).to_string(),
                unit,
                settable_by: who(h.who),
                min: spec.range.0.to_string(),
                max: spec.range.1.to_string(),
                description,
                name: h.name,
            }
        })
        .collect();
    output::emit(ctx.mode, name, &HparamsReport { netuid: a.netuid, params })
}

fn set(ctx: &Ctx, a: &HparamsSetArgs, name: &str) -> Result<()> {
    let p = parse_param(&a.param)?;
    let value = parse_value(p, &a.value)?;
    let mut c = chain::connect(ctx)?;
    require_subnet(c.as_ref(), a.netuid)?;
    let old = c
        .hyperparams(a.netuid)?
        .into_iter()
        .find(|h| h.param == p)
        .map(|h| h.value.to_string())
        .unwrap_or_default();
    if p.spec().who == Who::Root && !a.sudo {
        return Err(CliError::input(format!(
            "`{}` can only be set by root (the sudo key)",
            p.name()
        ))
        .with_hint(
            "on the embedded chain pass --sudo to sign with //Alice, the dev/demo sudo key",
        ));
    }
    let call = Call::SudoSetHyperparam { netuid: a.netuid, param: p, value };
    let (call, signer_label) = if a.sudo {
        (Call::Sudo { call: Box::new(call) }, "sudo key".to_string())
    } else {
        (call, format!("coldkey of wallet `{}`", ctx.wallet))
    };
    let mut report = HparamSetReport {
        netuid: a.netuid,
        param: p.name(),
        old_value: old,
        new_value: value.to_string(),
        signer: signer_label,
        dry_run: a.dry_run,
        block: None,
        fee_rao: None,
    };
    if a.dry_run {
        return output::emit(ctx.mode, name, &report);
    }
    confirm::submit(ctx, &format!("Set `{}` of subnet {} to {value}?", p.name(), a.netuid))?;
    let pair = if a.sudo { sudo_pair(ctx)? } else { keys::sp_pair(&keys::unlock_coldkey(ctx)?)? };
    let receipt = c.submit(&pair, call).map_err(|e| rate_limit_hint(e, p))?;
    report.block = Some(receipt.block);
    report.fee_rao = Some(receipt.fee);
    output::emit(ctx.mode, name, &report)
}

/// The embedded presets' sudo key. On a remote node sudo is not available to taoctl users.
fn sudo_pair(ctx: &Ctx) -> Result<sp_core::sr25519::Pair> {
    if ctx.network != crate::context::Network::Embedded {
        return Err(CliError::input("--sudo is only available on the embedded chain")
            .with_hint("root-only parameters on a live network are set by governance"));
    }
    local_chain::types::dev_pair("//Alice").map_err(CliError::internal)
}

/// Rate-limit rejections say when the owner may try again.
fn rate_limit_hint(mut e: CliError, p: Hyperparam) -> CliError {
    if matches!(
        e.chain_error.as_deref(),
        Some("OwnerHyperparamRateLimitExceeded" | "TxRateLimitExceeded")
    ) {
        e.hint = Some(format!(
            "the owner may change `{}` once per rate-limit window (OwnerHyperparamRateLimit × tempo blocks); retry after it passes (`taoctl chain advance` on the embedded chain)",
            p.name()
        ));
    }
    e
}

pub fn run(ctx: &Ctx, cmd: HparamsCommand, name: &str) -> Result<()> {
    match cmd {
        HparamsCommand::Get(a) => get(ctx, &a, name),
        HparamsCommand::Set(a) => set(ctx, &a, name),
    }
}
