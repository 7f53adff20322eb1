//! The flow every stake write follows: plan (dry runs) → show the one preview → stop here with
//! `--dry-run` → confirm → unlock → re-simulate and check → submit leg by leg → report what the
//! chain did next to what the preview said.

use local_chain::event::Event;
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use super::preview::{self, Kind, Leg, LegPreview, Protection, Safety};
use crate::amount::fmt_tao;
use crate::chain::ChainClient;
use crate::cli::stake::SafetyArgs;
use crate::commands::tx;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{self, Human, Report};

/// What the chain did with one leg.
#[derive(Debug, Serialize)]
pub struct Executed {
    pub block: u64,
    pub block_hash: String,
    pub fee_rao: u64,
    /// What was credited, in the leg's `unit_out` (read from the chain's events and state).
    pub actual_out: u64,
    pub events: Vec<Event>,
}

/// Report of `stake add|remove|move|transfer|swap|unstake-all`.
#[derive(Debug, Serialize)]
pub struct StakeWriteReport {
    /// True with --dry-run: nothing was signed.
    pub dry_run: bool,
    /// One preview per leg, in submission order.
    pub legs: Vec<LegPreview>,
    /// What the chain did, per leg (empty on a dry run).
    pub executed: Vec<Executed>,
    /// On a node: the finalized block whose state the preview was predicted from (a node cannot
    /// execute a call unsigned); absent on the embedded chain, which executes the exact call.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted_from_block: Option<u64>,
}

/// Turns the flags into protection settings, validating the tolerance.
pub fn safety(a: &SafetyArgs) -> Result<Safety> {
    Ok(Safety {
        tolerance_ppm: tx::parse_tolerance(&a.tolerance)?,
        partial: a.partial,
        unsafe_: a.unsafe_,
    })
}

fn unit(u: &str) -> &'static str {
    if u == "tao" { "τ" } else { "α" }
}

fn amount(v: u64, u: &str) -> String {
    format!("{} {}", fmt_tao(v), unit(u))
}

/// The preview as aligned fields (one block per leg).
pub fn preview_fields(p: &LegPreview) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: String| f.push((k.to_string(), v));
    let route = match p.kind {
        Kind::Add => format!("TAO → subnet {} on {}", p.origin_netuid, p.hotkey),
        Kind::Remove => format!("subnet {} on {} → TAO", p.origin_netuid, p.hotkey),
        Kind::UnstakeAll => format!("every subnet on {} → TAO", p.hotkey),
        Kind::UnstakeAllAlpha => format!("every non-root subnet on {} → root", p.hotkey),
        _ => format!(
            "subnet {} on {} → subnet {} on {}{}",
            p.origin_netuid,
            p.hotkey,
            p.dest_netuid,
            p.dest_hotkey,
            if p.kind == Kind::Transfer {
                format!(" (coldkey {})", p.dest_coldkey)
            } else {
                String::new()
            }
        ),
    };
    push("operation", format!("{} — {route}", preview::kind_name(p.kind)));
    push("amount in", amount(p.amount_in, p.unit_in));
    push("expected out", amount(p.expected_out, p.unit_out));
    if p.unfilled_in > 0 {
        push("unfilled (kept)", amount(p.unfilled_in, p.unit_in));
    }
    push("spot price", format!("{} τ/α (subnet {})", fmt_tao(p.spot_price_rao), p.origin_netuid));
    if p.dest_netuid != p.origin_netuid {
        push(
            "dest spot price",
            format!("{} τ/α (subnet {})", fmt_tao(p.dest_spot_price_rao), p.dest_netuid),
        );
    }
    match p.kind {
        Kind::Add | Kind::Remove => push(
            "effective price",
            format!("{} τ/α (fees included)", fmt_tao(p.effective_price_rao)),
        ),
        Kind::Move | Kind::Transfer | Kind::Swap => push(
            "effective rate",
            format!("{} α out per α in (fees included)", fmt_tao(p.effective_price_rao)),
        ),
        _ => {}
    }
    push("price impact", format!("{:.4} %", p.price_impact_pct));
    push("swap fee", amount(p.swap_fee, p.swap_fee_unit));
    push("transaction fee", amount(p.tx_fee_rao, "tao"));
    let protection = match p.protection {
        Protection::Limit => format!(
            "limit call, tolerance {} %: limit price {} τ/α",
            p.tolerance_pct,
            fmt_tao(p.limit_price_rao.unwrap_or(0))
        ),
        Protection::LimitAndCheck => format!(
            "swap_stake_limit (price ratio limit {}) and a re-simulation right before submitting, tolerance {} %",
            fmt_tao(p.limit_price_rao.unwrap_or(0)),
            p.tolerance_pct
        ),
        Protection::Check => format!(
            "no limit call exists on chain: re-simulated after the password prompt and refused if worse than {} % below this preview",
            p.tolerance_pct
        ),
        Protection::Exact => "exact: share transfer on one subnet, no swap".into(),
        Protection::None => "NONE (--unsafe)".into(),
    };
    push("protection", protection);
    let worst = if p.protection == Protection::None {
        "unbounded".to_string()
    } else {
        amount(p.worst_case_out, p.unit_out)
    };
    push("worst case out", worst);
    push("partial fill", p.partial_fill.to_string());
    push("lands in block", format!("#{}", p.block));
    if matches!(p.kind, Kind::Move | Kind::Transfer | Kind::Swap)
        && p.origin_netuid != p.dest_netuid
    {
        push("note", "across subnets the chain sells on the origin and buys on the destination: one swap fee and slippage, included above".into());
    }
    if p.kind == Kind::Transfer {
        push(
            "note",
            format!(
                "the stake stays on hotkey {}; the recipient sees it with `taoctl stake list --ss58 {}`",
                p.dest_hotkey, p.dest_coldkey
            ),
        );
    }
    f
}

impl Report for StakeWriteReport {
    fn human(&self) -> Human {
        let mut h = Human::new();
        for (i, p) in self.legs.iter().enumerate() {
            let mut f = preview_fields(p);
            if let Some(e) = self.executed.get(i) {
                f.push(("actual out".into(), amount(e.actual_out, p.unit_out)));
                f.push(("included in".into(), format!("block #{} ({})", e.block, e.block_hash)));
                f.push(("fee paid".into(), amount(e.fee_rao, "tao")));
            }
            if self.legs.len() > 1 {
                h = h.text(format!("leg {} of {}", i + 1, self.legs.len()));
            }
            h = h.fields(f);
        }
        if let Some(b) = self.predicted_from_block {
            h = h.note(crate::commands::tx::prediction_note(b));
        }
        if self.dry_run {
            h = h.note(tx::DRY_RUN_NOTE);
        }
        h
    }
}

/// What the chain credited for `leg`, from the receipt's events or the position it changed.
fn actual_out(leg: &Leg, events: &[Event], before: u64, after: u64) -> u64 {
    match leg.kind {
        Kind::Add => events
            .iter()
            .find_map(|e| match e {
                Event::StakeAdded { alpha, .. } => Some(*alpha),
                _ => None,
            })
            .unwrap_or(0),
        Kind::Remove => events
            .iter()
            .find_map(|e| match e {
                Event::StakeRemoved { tao, .. } => Some(*tao),
                _ => None,
            })
            .unwrap_or(0),
        Kind::UnstakeAll => events
            .iter()
            .map(|e| match e {
                Event::StakeRemoved { tao, .. } => *tao,
                _ => 0,
            })
            .sum(),
        _ => after.saturating_sub(before),
    }
}

/// The destination position a leg credits (for reading the actual result from state).
fn dest_of(leg: &Leg) -> (AccountId, AccountId, NetUid) {
    match leg.kind {
        Kind::UnstakeAllAlpha => (leg.coldkey, leg.hotkey, 0),
        _ => (leg.dest_coldkey, leg.dest_hotkey, leg.dest_netuid),
    }
}

/// Runs the whole flow for `legs` and emits the report.
pub fn run(
    ctx: &Ctx,
    name: &str,
    c: &mut dyn ChainClient,
    legs: Vec<Leg>,
    a: &SafetyArgs,
) -> Result<()> {
    let safety = safety(a)?;
    if legs.is_empty() {
        return Err(CliError::input("nothing to do: no stake matches")
            .with_hint("check --netuid/--netuids and the hotkey with `taoctl stake list`"));
    }
    let previews = preview::plan(c, &legs, safety)?;
    let predicted_from_block = tx::predicted_from(c, previews.first().map(|p| p.block));
    if a.dry_run {
        return output::emit(
            ctx.mode,
            name,
            &StakeWriteReport {
                dry_run: true,
                legs: previews,
                executed: vec![],
                predicted_from_block,
            },
        );
    }
    let mut text = String::from("Preview:\n");
    for p in &previews {
        for (k, v) in preview_fields(p) {
            text.push_str(&format!("  {k:<16} {v}\n"));
        }
    }
    if let Some(b) = predicted_from_block {
        text.push_str(&format!("  {}\n", tx::prediction_note(b)));
    }
    tx::show_preview(ctx, text.trim_end());
    let question = if legs.len() == 1 {
        format!("Sign and submit {}?", preview::kind_name(legs[0].kind))
    } else {
        format!("Sign and submit these {} transactions?", legs.len())
    };
    confirm::submit(ctx, &question)?;
    let pair = tx::unlock(ctx)?;
    // Fresh simulation after the (possibly slow) unlock: the pool may have moved.
    let fresh = preview::recheck(c, &legs, safety, &previews)?;
    if fresh.iter().zip(&previews).any(|(f, p)| f.expected_out != p.expected_out) {
        ctx.note(
            "note: the pool moved since the preview; the re-simulation is within your tolerance",
        );
    }
    let mut executed = Vec::new();
    for (i, (leg, p)) in legs.iter().zip(&fresh).enumerate() {
        let (dc, dh, dn) = dest_of(leg);
        // On a node the inclusion block may not be final yet: both sides are read at the
        // inclusion block and its parent, not at the finalized head.
        let before =
            if c.predicts_previews() { None } else { Some(super::position(c, &dc, &dh, dn)?) };
        let r = c.submit(&pair, p.call.clone()).map_err(|e| {
            if i == 0 {
                e
            } else {
                CliError {
                    message: format!("{} (legs 1..{i} were already submitted)", e.message),
                    ..e
                }
            }
        })?;
        let before = match before {
            Some(b) => b,
            None => super::position_at(c, &dc, &dh, dn, r.block.saturating_sub(1))?,
        };
        let after = super::position_at(c, &dc, &dh, dn, r.block)?;
        executed.push(Executed {
            block: r.block,
            block_hash: r.block_hash.to_hex(),
            fee_rao: r.fee,
            actual_out: actual_out(leg, &r.events, before, after),
            events: r.events,
        });
    }
    let predicted_from_block = tx::predicted_from(c, fresh.first().map(|p| p.block));
    output::emit(
        ctx.mode,
        name,
        &StakeWriteReport { dry_run: false, legs: fresh, executed, predicted_from_block },
    )
}
