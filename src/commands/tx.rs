//! Shared plumbing of write commands (stake, subnets): input parsing that names the bad value,
//! chain-side validation before anything is signed, turning a failed dry run into a clear
//! refusal, and the unlock → submit step.

use local_chain::error::{ChainError, DispatchError};
use local_chain::extrinsic::Call;
use local_chain::info::{Receipt, SubnetInfo};
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use crate::chain::ChainClient;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;
use crate::output::Human;

/// Parses an SS58 address (or 0x hex public key) the user typed.
pub fn parse_account(s: &str, what: &str) -> Result<AccountId> {
    s.trim().parse::<AccountId>().map_err(|_| {
        CliError::input(format!("{what} `{s}` is not a valid SS58 address")).with_hint(
            "addresses look like 5F3sa2TJ…; copy it again, e.g. from `taoctl wallet list`",
        )
    })
}

/// Parses `--tolerance` (percent, ≤ 4 decimals) into parts per million of the price.
pub fn parse_tolerance(s: &str) -> Result<u64> {
    let bad = |why: &str| {
        CliError::input(format!("invalid --tolerance `{s}`: {why}")).with_hint(
            "give a percentage between 0 and 100 with at most 4 decimals, e.g. 0.5 for 0.5 %",
        )
    };
    let t = s.trim().trim_end_matches('%');
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad("not a non-negative decimal number"));
    }
    if frac.len() > 4 {
        return Err(bad("more than 4 decimals"));
    }
    let int_v: u64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| bad("too large"))? };
    let frac_v: u64 = format!("{frac:0<4}").parse().map_err(|_| bad("not a number"))?;
    let ppm = int_v.saturating_mul(10_000).saturating_add(frac_v);
    if ppm >= 1_000_000 {
        return Err(bad("must be below 100"));
    }
    Ok(ppm)
}

/// The subnet, or an input error naming the netuid (checked before anything is signed).
pub fn require_subnet(c: &dyn ChainClient, netuid: NetUid) -> Result<SubnetInfo> {
    c.subnet(netuid)?.ok_or_else(|| {
        CliError::input(format!("subnet `{netuid}` does not exist"))
            .with_hint("list subnets with `taoctl subnets list`")
    })
}

/// The hotkey must exist on chain (have an owner) before anyone can stake to it (btcli#925).
pub fn require_hotkey(c: &dyn ChainClient, hotkey: &AccountId) -> Result<AccountId> {
    c.hotkey_owner(hotkey)?.ok_or_else(|| {
        CliError::input(format!("hotkey `{hotkey}` is not registered on chain")).with_hint(
            "register it first with `taoctl subnets register --netuid N`, or check the address",
        )
    })
}

/// A dry run that failed: nothing was signed; keep the chain's error name and hint.
pub fn refused(d: &DispatchError, what: &str) -> CliError {
    let mut e = crate::chain::errors::map(ChainError::Dispatch(d.clone()));
    e.message = format!("{what} would fail on chain: {e}; nothing was submitted", e = e.message);
    e
}

/// On a chain whose previews are predictions (a node), the block they were predicted from:
/// the head before `lands_in`, the block the preview says the call lands in.
pub fn predicted_from(c: &dyn ChainClient, lands_in: Option<u64>) -> Option<u64> {
    if c.predicts_previews() { lands_in.map(|b| b.saturating_sub(1)) } else { None }
}

/// What a predicted preview is, in words (reports on a node show it under the preview).
pub fn prediction_note(block: u64) -> String {
    format!(
        "preview predicted from the node's state at finalized block #{block} (fee, balances, pools and swap quotes are the node's own answers); what the chain did is the receipt"
    )
}

/// The note a dry run's report ends with.
pub const DRY_RUN_NOTE: &str = "dry run: nothing was signed or submitted";

/// The human form of a one-transaction write report: its fields, then where the transaction
/// was included (after a real run), then the dry-run note (after a dry run).
pub fn write_human(
    mut fields: Vec<(String, String)>,
    executed: Option<&Submitted>,
    dry_run: bool,
) -> Human {
    if let Some(x) = executed {
        fields.push(("included in".into(), format!("block #{} ({})", x.block, x.block_hash)));
    }
    let h = Human::new().fields(fields);
    if dry_run { h.note(DRY_RUN_NOTE) } else { h }
}

/// Shows the preview before a confirmation, on stderr, whenever a person will be asked (even
/// with --json or --quiet, so nobody confirms what they have not seen). Without a question the
/// final report carries the same preview, so it is not printed twice.
pub fn show_preview(ctx: &Ctx, text: &str) {
    if ctx.interactive && !ctx.yes {
        crate::output::note(crate::output::OutputMode { quiet: false, ..ctx.mode }, text);
    }
}

/// The result of a submitted call, as reports show it.
#[derive(Debug, Serialize)]
pub struct Submitted {
    pub block: u64,
    pub block_hash: String,
    pub fee_rao: u64,
    pub events: Vec<local_chain::event::Event>,
}

impl From<Receipt> for Submitted {
    fn from(r: Receipt) -> Self {
        Submitted {
            block: r.block,
            block_hash: r.block_hash.to_hex(),
            fee_rao: r.fee,
            events: r.events,
        }
    }
}

/// Unlocks the coldkey; the caller then re-simulates and submits with the returned pair.
pub fn unlock(ctx: &Ctx) -> Result<sp_core::sr25519::Pair> {
    let kp = keys::unlock_coldkey(ctx)?;
    keys::sp_pair(&kp)
}

/// Submits one call signed by `pair`.
pub fn submit(
    c: &mut dyn ChainClient,
    pair: &sp_core::sr25519::Pair,
    call: Call,
) -> Result<Submitted> {
    c.submit(pair, call).map(Submitted::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerance_is_percent_in_ppm() {
        assert_eq!(parse_tolerance("0.5").ok(), Some(5_000));
        assert_eq!(parse_tolerance("1").ok(), Some(10_000));
        assert_eq!(parse_tolerance("0").ok(), Some(0));
        assert_eq!(parse_tolerance("2.25%").ok(), Some(22_500));
        for bad in ["-1", "abc", "100", "0.00001", ""] {
            assert!(parse_tolerance(bad).is_err(), "{bad}");
        }
    }
}
