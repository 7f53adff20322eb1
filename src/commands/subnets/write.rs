//! The subnet writes — create, register, start, set-identity — share one flow: validate, dry-run
//! the exact call on the chain's code (cost, fee, effects), show it, stop with `--dry-run`,
//! confirm, unlock, re-simulate, submit.

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::DryRun;
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain::ChainClient;
use crate::commands::tx::{self, Submitted};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::output::{self, Human, Report};

/// Report of `subnets create|register|start|set-identity`.
#[derive(Debug, Serialize)]
pub struct SubnetWriteReport {
    /// True with --dry-run: nothing was signed.
    pub dry_run: bool,
    /// `create`, `register`, `start` or `set_identity`.
    pub action: &'static str,
    /// The subnet (for create: the netuid the chain would assign / assigned).
    pub netuid: Option<NetUid>,
    /// The exact call signed (or that would be).
    pub call: Call,
    /// TAO the call takes from the coldkey besides the fee (lock or burn), rao.
    pub cost_rao: u64,
    /// The most the call may cost (register: the limit submitted), rao.
    pub max_cost_rao: Option<u64>,
    /// Transaction fee, rao.
    pub tx_fee_rao: u64,
    pub balance_before_rao: u64,
    pub balance_after_rao: u64,
    /// The block the call lands (or would land) in.
    pub block: u64,
    /// The chain's events for the call (from the dry run, or the receipt once submitted).
    pub events: Vec<Event>,
    /// Set once submitted.
    pub executed: Option<Submitted>,
    /// On a node: the finalized block whose state the preview was predicted from; absent on
    /// the embedded chain, which executes the exact call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted_from_block: Option<u64>,
}

impl SubnetWriteReport {
    fn fields(&self) -> Vec<(String, String)> {
        let mut f = vec![
            ("action".to_string(), format!("subnets {}", self.action.replace('_', "-"))),
            ("call".into(), serde_json::to_string(&self.call).unwrap_or_default()),
        ];
        if let Some(n) = self.netuid {
            f.push(("subnet".into(), n.to_string()));
        }
        if self.cost_rao > 0 || self.max_cost_rao.is_some() {
            f.push(("cost".into(), format!("{} τ", fmt_tao(self.cost_rao))));
        }
        if let Some(m) = self.max_cost_rao {
            f.push(("limit (max cost)".into(), format!("{} τ", fmt_tao(m))));
        }
        f.push(("transaction fee".into(), format!("{} τ", fmt_tao(self.tx_fee_rao))));
        f.push((
            "balance".into(),
            format!(
                "{} τ → {} τ",
                fmt_tao(self.balance_before_rao),
                fmt_tao(self.balance_after_rao)
            ),
        ));
        let names: Vec<&str> = self.events.iter().map(|e| e.name()).collect();
        f.push(("effects".into(), names.join(", ")));
        f.push(("block".into(), format!("#{}", self.block)));
        f
    }
}

impl Report for SubnetWriteReport {
    fn human(&self) -> Human {
        let mut f = self.fields();
        if let Some(x) = &self.executed {
            f.push(("included in".into(), format!("block #{} ({})", x.block, x.block_hash)));
        }
        let mut h = Human::new().fields(f);
        if let Some(b) = self.predicted_from_block {
            h = h.note(tx::prediction_note(b));
        }
        if self.dry_run { h.note(tx::DRY_RUN_NOTE) } else { h }
    }
}

/// The subnet must be owned by `coldkey` (checked before signing).
pub fn require_owner(c: &dyn ChainClient, netuid: NetUid, coldkey: &AccountId) -> Result<()> {
    let s = tx::require_subnet(c, netuid)?;
    if s.owner != *coldkey {
        return Err(CliError::input(format!(
            "coldkey `{coldkey}` is not the owner of subnet `{netuid}` (the owner is `{}`)",
            s.owner
        ))
        .with_hint("select the owner's wallet with -w NAME"));
    }
    Ok(())
}

/// Builds the report from a dry run (or a fresh one after submitting).
fn report(
    action: &'static str,
    netuid: Option<NetUid>,
    call: &Call,
    run: &DryRun,
) -> SubnetWriteReport {
    let cost = run.balance_before.saturating_sub(run.balance_after).saturating_sub(run.fee);
    let assigned = run.events.iter().find_map(|e| match e {
        Event::NetworkAdded { netuid, .. } => Some(*netuid),
        _ => None,
    });
    SubnetWriteReport {
        dry_run: true,
        action,
        netuid: netuid.or(assigned),
        call: call.clone(),
        cost_rao: cost,
        max_cost_rao: match call {
            Call::RegisterLimit { limit_price, .. } => Some(*limit_price),
            _ => None,
        },
        tx_fee_rao: run.fee,
        balance_before_rao: run.balance_before,
        balance_after_rao: run.balance_after,
        block: run.block,
        events: run.events.clone(),
        executed: None,
        predicted_from_block: None,
    }
}

fn dry(c: &dyn ChainClient, signer: &AccountId, call: &Call, what: &str) -> Result<DryRun> {
    let run = c
        .dry_run(signer, std::slice::from_ref(call), &[], &[])?
        .pop()
        .ok_or_else(|| CliError::internal("empty dry run"))?;
    match &run.error {
        Some(e) => Err(tx::refused(e, what)),
        None => Ok(run),
    }
}

/// Dry-runs `call` (what = "subnets register on subnet 1" etc.), then signs and submits it
/// unless `dry_run`. `max_cost` is the cost ceiling re-checked after unlocking.
#[allow(clippy::too_many_arguments)]
pub fn run(
    ctx: &Ctx,
    name: &str,
    c: &mut dyn ChainClient,
    coldkey: &AccountId,
    action: &'static str,
    netuid: Option<NetUid>,
    call: Call,
    dry_run: bool,
) -> Result<()> {
    let what = format!("subnets {}", action.replace('_', "-"));
    let run = dry(c, coldkey, &call, &what)?;
    let mut r = report(action, netuid, &call, &run);
    r.predicted_from_block = tx::predicted_from(c, Some(run.block));
    if dry_run {
        return output::emit(ctx.mode, name, &r);
    }
    let mut text = String::from("Preview:\n");
    for (k, v) in r.fields() {
        text.push_str(&format!("  {k:<16} {v}\n"));
    }
    if let Some(b) = r.predicted_from_block {
        text.push_str(&format!("  {}\n", tx::prediction_note(b)));
    }
    tx::show_preview(ctx, text.trim_end());
    confirm::submit(ctx, &format!("Sign and submit {what}?"))?;
    let pair = tx::unlock(ctx)?;
    let fresh = dry(c, coldkey, &call, &what)?;
    let fresh_cost =
        fresh.balance_before.saturating_sub(fresh.balance_after).saturating_sub(fresh.fee);
    if fresh_cost > r.cost_rao && r.max_cost_rao.is_none() {
        return Err(CliError::new(
            ErrorKind::Chain,
            format!(
                "{what}: the cost rose from `{}` to `{}` τ since the preview; nothing was submitted",
                fmt_tao(r.cost_rao),
                fmt_tao(fresh_cost)
            ),
        )
        .with_hint("run the command again to see the new cost"));
    }
    let sub = tx::submit(c, &pair, call)?;
    r = report(action, netuid, &r.call, &fresh);
    r.predicted_from_block = tx::predicted_from(c, Some(fresh.block));
    r.dry_run = false;
    r.events = sub.events.clone();
    r.block = sub.block;
    r.tx_fee_rao = sub.fee_rao;
    r.balance_after_rao = c.balance(coldkey)?;
    r.cost_rao =
        r.balance_before_rao.saturating_sub(r.balance_after_rao).saturating_sub(sub.fee_rao);
    r.executed = Some(sub);
    output::emit(ctx.mode, name, &r)
}
