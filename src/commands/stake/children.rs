//! `taoctl stake child get|set|revoke|take` (spec §9.2) and `stake claim-root|set-claim`
//! (spec §3.8). Reads come from `ChainClient::child_keys` / `root_claims`; every write is
//! checked client-side (each bad value named), dry-run on the chain's code, previewed, then
//! confirmed, signed and submitted.

use std::collections::BTreeSet;

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::queries_children::{ChildKeysInfo, RootClaimsInfo};
use local_chain::state_children::{MAX_SUBNET_CLAIMS, RootClaimType};
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use crate::amount::{RAO_PER_TAO, fmt_tao};
use crate::chain::{self, ChainClient};
use crate::cli::stake::{
    ChildHotkeyArgs, ChildSetArgs, ChildTakeArgs, ClaimKind, StakeChildCommand, StakeClaimRootArgs,
    StakeSetClaimArgs,
};
use crate::commands::tx::{self, Submitted};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;
use crate::output::{self, Human, Report};

/// Most children per hotkey (spec §9.2).
const MAX_CHILDREN: usize = 5;

/// Parses a fraction in [0, 1] with at most 9 decimals into parts per 10^9.
fn parse_fraction(s: &str, what: &str) -> Result<u64> {
    let t = s.trim();
    let ppb = if !t.is_empty() && t.chars().all(|c| c == '0' || c == '.') && t.contains('0') {
        0
    } else {
        crate::amount::parse_tao(t, what)?
    };
    if ppb > RAO_PER_TAO {
        return Err(CliError::input(format!("invalid {what} `{s}`: more than 1 (100 %)"))
            .with_hint("write a fraction between 0 and 1, e.g. 0.25 for 25 %"));
    }
    Ok(ppb)
}

/// A fraction (parts per 10^9) as the chain's u64 proportion: floor(f · u64::MAX); 1 → u64::MAX.
fn to_u64_proportion(ppb: u64) -> u64 {
    (ppb as u128 * u64::MAX as u128 / RAO_PER_TAO as u128) as u64
}

/// A fraction (parts per 10^9) as a u16 take: floor(f · 65535).
fn to_u16_take(ppb: u64) -> u16 {
    (ppb as u128 * u16::MAX as u128 / RAO_PER_TAO as u128) as u16
}

/// A u64 proportion as a percentage with 4 decimals, rounded (integer arithmetic).
fn pct_u64(p: u64) -> String {
    let bp = (p as u128 * 1_000_000 + u64::MAX as u128 / 2) / u64::MAX as u128;
    format!("{}.{:04} %", bp / 10_000, bp % 10_000)
}

/// A u16 proportion as a percentage with 2 decimals, rounded.
fn pct_u16(p: u16) -> String {
    let bp = (p as u32 * 10_000 + u16::MAX as u32 / 2) / u16::MAX as u32;
    format!("{}.{:02} %", bp / 100, bp % 100)
}

pub fn verb(c: &StakeChildCommand) -> &'static str {
    match c {
        StakeChildCommand::Get(_) => "child.get",
        StakeChildCommand::Set(_) => "child.set",
        StakeChildCommand::Revoke(_) => "child.revoke",
        StakeChildCommand::Take(_) => "child.take",
        StakeChildCommand::AutoParent(_) => "child.auto_parent",
    }
}

pub fn run(ctx: &Ctx, cmd: StakeChildCommand, name: &str) -> Result<()> {
    match cmd {
        StakeChildCommand::Get(a) => get(ctx, &a.target, name),
        StakeChildCommand::Set(a) => set(ctx, &a, name),
        StakeChildCommand::Revoke(a) => {
            let (c, hotkey, info) = load(ctx, &a.target)?;
            let call = Call::SetChildren { hotkey, netuid: a.target.netuid, children: vec![] };
            write(ctx, name, c, "child_revoke", call, Some(info), None, a.dry_run)
        }
        StakeChildCommand::Take(a) => take(ctx, &a, name),
        StakeChildCommand::AutoParent(a) => super::auto_parent::run(ctx, &a, name),
    }
}

/// One (proportion, hotkey) relation as reports show it.
#[derive(Debug, Serialize)]
pub struct Relation {
    pub hotkey: String,
    /// u64 proportion (u64::MAX = 100 %).
    pub proportion: u64,
    pub percent: String,
}

fn relations(list: &[(u64, AccountId)]) -> Vec<Relation> {
    list.iter()
        .map(|(p, h)| Relation { hotkey: h.to_string(), proportion: *p, percent: pct_u64(*p) })
        .collect()
}

/// `stake child get` (and the "before" part of every child write).
#[derive(Debug, Serialize)]
pub struct ChildGetReport {
    pub hotkey: String,
    pub netuid: NetUid,
    pub block: u64,
    pub children: Vec<Relation>,
    pub parents: Vec<Relation>,
    /// A scheduled change: the new list and the block after which an epoch applies it.
    pub pending: Option<PendingReport>,
    /// Effective childkey take (u16, 65535 = 100 %).
    pub childkey_take: u16,
    pub childkey_take_percent: String,
    pub min_childkey_take: u16,
    pub max_childkey_take: u16,
    /// The hotkey's stake valued at spot prices, rao (must reach stake_threshold_rao to set
    /// children unless it is the subnet owner hotkey).
    pub stake_rao: u64,
    pub stake_threshold_rao: u64,
}

#[derive(Debug, Serialize)]
pub struct PendingReport {
    pub children: Vec<Relation>,
    pub cooldown_block: u64,
}

impl From<&ChildKeysInfo> for ChildGetReport {
    fn from(i: &ChildKeysInfo) -> Self {
        ChildGetReport {
            hotkey: i.hotkey.to_string(),
            netuid: i.netuid,
            block: i.block,
            children: relations(&i.children),
            parents: relations(&i.parents),
            pending: i.pending.as_ref().map(|p| PendingReport {
                children: relations(&p.children),
                cooldown_block: p.cooldown_block,
            }),
            childkey_take: i.childkey_take,
            childkey_take_percent: pct_u16(i.childkey_take),
            min_childkey_take: i.min_childkey_take,
            max_childkey_take: i.max_childkey_take,
            stake_rao: i.stake_tao,
            stake_threshold_rao: i.stake_threshold,
        }
    }
}

fn rel_lines(list: &[Relation]) -> String {
    if list.is_empty() {
        return "none".into();
    }
    list.iter().map(|r| format!("{} ({})", r.hotkey, r.percent)).collect::<Vec<_>>().join(", ")
}

impl ChildGetReport {
    fn fields(&self) -> Vec<(String, String)> {
        let mut f = vec![
            ("hotkey".to_string(), self.hotkey.clone()),
            ("subnet".into(), self.netuid.to_string()),
            ("children".into(), rel_lines(&self.children)),
            ("parents".into(), rel_lines(&self.parents)),
        ];
        if let Some(p) = &self.pending {
            f.push((
                "pending".into(),
                format!(
                    "{} — applies at the first epoch after block #{}",
                    rel_lines(&p.children),
                    p.cooldown_block
                ),
            ));
        }
        f.push(("childkey take".into(), self.childkey_take_percent.clone()));
        f.push(("stake (τ at spot)".into(), format!("{} τ", fmt_tao(self.stake_rao))));
        f
    }
}

impl Report for ChildGetReport {
    fn human(&self) -> Human {
        Human::new().fields(self.fields())
    }
}

/// The hotkey (`--hotkey-ss58` or the wallet's `-H` hotkey) and its current state; the subnet
/// must exist.
fn load(
    ctx: &Ctx,
    a: &ChildHotkeyArgs,
) -> Result<(Box<dyn ChainClient>, AccountId, ChildKeysInfo)> {
    let hotkey = match &a.hotkey_ss58 {
        Some(s) => tx::parse_account(s, "hotkey")?,
        None => keys::hotkey_account(ctx)?,
    };
    let c = chain::connect(ctx)?;
    tx::require_subnet(c.as_ref(), a.netuid)?;
    if a.netuid == 0 {
        return Err(CliError::input("child keys cannot be set on the root network (netuid 0)")
            .with_hint("pick a subnet with --netuid N (N ≥ 1)"));
    }
    let info = c.child_keys(&hotkey, a.netuid)?;
    Ok((c, hotkey, info))
}

fn get(ctx: &Ctx, a: &ChildHotkeyArgs, name: &str) -> Result<()> {
    let (_, _, info) = load(ctx, a)?;
    output::emit(ctx.mode, name, &ChildGetReport::from(&info))
}

/// The children list from `--children` / `--proportions`, with every bad value named.
fn children_list(a: &ChildSetArgs, hotkey: &AccountId) -> Result<Vec<(u64, AccountId)>> {
    if a.children.len() != a.proportions.len() {
        return Err(CliError::input(format!(
            "{} children but {} proportions",
            a.children.len(),
            a.proportions.len()
        ))
        .with_hint("give one proportion per child, in the same order"));
    }
    if a.children.len() > MAX_CHILDREN {
        return Err(CliError::input(format!(
            "{} children: a hotkey may have at most {MAX_CHILDREN}",
            a.children.len()
        ))
        .with_hint("drop some children, or use `stake child revoke` to clear the list"));
    }
    let mut out = Vec::new();
    let mut total: u128 = 0;
    for (c, p) in a.children.iter().zip(&a.proportions) {
        let child = tx::parse_account(c, "child hotkey")?;
        if child == *hotkey {
            return Err(CliError::input(format!("child `{c}` is the hotkey itself"))
                .with_hint("a hotkey cannot be its own child"));
        }
        if out.iter().any(|(_, x)| *x == child) {
            return Err(CliError::input(format!("child `{c}` appears twice"))
                .with_hint("list each child once"));
        }
        let ppb = parse_fraction(p, "proportion")?;
        if ppb == 0 {
            return Err(CliError::input(format!("proportion `{p}` for child `{c}` is zero"))
                .with_hint("give each child a share above 0, e.g. 0.25"));
        }
        total += ppb as u128;
        out.push((to_u64_proportion(ppb), child));
    }
    if total > RAO_PER_TAO as u128 {
        return Err(CliError::input(format!(
            "the proportions `{}` add up to more than 1",
            a.proportions.join(",")
        ))
        .with_hint("the shares given to children may add up to at most 1 (100 %)"));
    }
    Ok(out)
}

fn set(ctx: &Ctx, a: &ChildSetArgs, name: &str) -> Result<()> {
    let (c, hotkey, info) = load(ctx, &a.target)?;
    let children = children_list(a, &hotkey)?;
    let call = Call::SetChildren { hotkey, netuid: a.target.netuid, children };
    write(ctx, name, c, "child_set", call, Some(info), None, a.dry_run)
}

fn take(ctx: &Ctx, a: &ChildTakeArgs, name: &str) -> Result<()> {
    let (c, hotkey, info) = load(ctx, &a.target)?;
    let Some(t) = &a.take else {
        return output::emit(ctx.mode, name, &ChildGetReport::from(&info));
    };
    let take = to_u16_take(parse_fraction(t, "take")?);
    if take < info.min_childkey_take || take > info.max_childkey_take {
        return Err(CliError::input(format!(
            "take `{t}` is outside {} – {} on subnet {}",
            pct_u16(info.min_childkey_take),
            pct_u16(info.max_childkey_take),
            a.target.netuid
        ))
        .with_hint("pick a take in that range, e.g. 0.09 for 9 %"));
    }
    let call = Call::SetChildkeyTake { hotkey, netuid: a.target.netuid, take };
    write(ctx, name, c, "child_take", call, Some(info), None, a.dry_run)
}

/// `stake claim-root`.
pub fn claim_root(ctx: &Ctx, a: &StakeClaimRootArgs, name: &str) -> Result<()> {
    let coldkey = keys::coldkey_account(ctx)?;
    let c = chain::connect(ctx)?;
    let info = c.root_claims(&coldkey)?;
    let subnets: BTreeSet<NetUid> = if a.netuids.is_empty() {
        info.claims.iter().filter(|x| x.owed >= x.threshold).map(|x| x.netuid).collect()
    } else {
        a.netuids.iter().copied().collect()
    };
    if subnets.is_empty() {
        return Err(CliError::input(format!(
            "coldkey `{coldkey}` has no root dividends above the claim threshold"
        ))
        .with_hint("root dividends accrue at each subnet's epoch; check again later"));
    }
    if subnets.len() > MAX_SUBNET_CLAIMS {
        let list: Vec<String> = subnets.iter().map(|n| n.to_string()).collect();
        return Err(CliError::input(format!(
            "{} subnets ({}): one claim names at most {MAX_SUBNET_CLAIMS}",
            subnets.len(),
            list.join(",")
        ))
        .with_hint("pass up to 5 with --netuids and claim the rest in a second call"));
    }
    for n in &subnets {
        tx::require_subnet(c.as_ref(), *n)?;
    }
    let call = Call::ClaimRoot { subnets };
    write(ctx, name, c, "claim_root", call, None, Some(info), a.dry_run)
}

/// `stake set-claim`.
pub fn set_claim(ctx: &Ctx, a: &StakeSetClaimArgs, name: &str) -> Result<()> {
    let t = match a.kind {
        ClaimKind::Swap | ClaimKind::Keep if !a.netuids.is_empty() => {
            return Err(CliError::input("--netuids only goes with keep-subnets")
                .with_hint("use `stake set-claim keep-subnets --netuids 1,2`"));
        }
        ClaimKind::Swap => RootClaimType::Swap,
        ClaimKind::Keep => RootClaimType::Keep,
        ClaimKind::KeepSubnets if a.netuids.is_empty() => {
            return Err(CliError::input("keep-subnets needs --netuids")
                .with_hint("name the subnets whose alpha you keep, e.g. --netuids 1,2"));
        }
        ClaimKind::KeepSubnets => {
            let set: BTreeSet<NetUid> = a.netuids.iter().copied().collect();
            RootClaimType::KeepSubnets { subnets: set.into_iter().collect() }
        }
    };
    let coldkey = keys::coldkey_account(ctx)?;
    let c = chain::connect(ctx)?;
    let info = c.root_claims(&coldkey)?;
    let call = Call::SetRootClaimType { new_root_claim_type: t };
    write(ctx, name, c, "set_claim", call, None, Some(info), a.dry_run)
}

/// One claimable (hotkey, subnet) as reports show it.
#[derive(Debug, Serialize)]
pub struct ClaimRow {
    pub hotkey: String,
    pub netuid: NetUid,
    /// Owed alpha of that subnet, rao.
    pub owed: u64,
    /// Less than this is not paid by a claim.
    pub threshold: u64,
}

/// Report of the child-key and root-claim writes.
#[derive(Debug, Serialize)]
pub struct ChildWriteReport {
    /// True with --dry-run: nothing was signed.
    pub dry_run: bool,
    /// `child_set`, `child_revoke`, `child_take`, `claim_root` or `set_claim`.
    pub action: &'static str,
    /// The exact call signed (or that would be).
    pub call: Call,
    /// Child commands: the hotkey's state before the call.
    pub before: Option<ChildGetReport>,
    /// Claim commands: the coldkey's claim type before the call.
    pub claim_type: Option<RootClaimType>,
    /// Claim commands: what the coldkey's root stake has earned, per (hotkey, subnet).
    pub claimable: Vec<ClaimRow>,
    /// Transaction fee, rao.
    pub tx_fee_rao: u64,
    /// The block the call lands (or would land) in.
    pub block: u64,
    /// The chain's events for the call (dry run, or the receipt once submitted).
    pub events: Vec<Event>,
    /// Set once submitted.
    pub executed: Option<Submitted>,
}

impl ChildWriteReport {
    fn fields(&self) -> Vec<(String, String)> {
        let mut f =
            vec![("action".to_string(), format!("stake {}", self.action.replace('_', " ")))];
        match &self.call {
            Call::SetChildren { children, .. } => {
                f.push(("new children".into(), rel_lines(&relations(children))));
            }
            Call::SetChildkeyTake { take, .. } => f.push(("new take".into(), pct_u16(*take))),
            Call::ClaimRoot { subnets } => {
                let s: Vec<String> = subnets.iter().map(|n| n.to_string()).collect();
                f.push(("claim on subnets".into(), s.join(", ")));
            }
            Call::SetRootClaimType { new_root_claim_type } => {
                f.push(("claim type".into(), format!("{new_root_claim_type:?}")));
            }
            _ => {}
        }
        if let Some(b) = &self.before {
            f.extend(b.fields());
        }
        if let Some(t) = &self.claim_type {
            f.push(("current claim type".into(), format!("{t:?}")));
        }
        for r in &self.claimable {
            f.push((
                format!("owed on subnet {}", r.netuid),
                format!(
                    "{} α via {} (threshold {} α)",
                    fmt_tao(r.owed),
                    r.hotkey,
                    fmt_tao(r.threshold)
                ),
            ));
        }
        for e in &self.events {
            if let Event::SetChildrenScheduled { cooldown_block, .. } = e {
                f.push((
                    "applies".into(),
                    format!("at the first epoch after block #{cooldown_block}"),
                ));
            }
        }
        f.push(("transaction fee".into(), format!("{} τ", fmt_tao(self.tx_fee_rao))));
        let names: Vec<&str> = self.events.iter().map(|e| e.name()).collect();
        f.push(("effects".into(), names.join(", ")));
        f.push(("block".into(), format!("#{}", self.block)));
        f
    }
}

impl Report for ChildWriteReport {
    fn human(&self) -> Human {
        tx::write_human(self.fields(), self.executed.as_ref(), self.dry_run)
    }
}

/// The flow every write here follows: dry-run `call` as the wallet's coldkey (a chain refusal
/// stops it, named, before anything is signed); with `--dry-run` return that run; else show the
/// preview (`fields` of the run), confirm, unlock, re-check and submit. Returns the dry run and,
/// once submitted, the receipt.
pub(super) fn sign_flow(
    ctx: &Ctx,
    c: &mut dyn ChainClient,
    call: &Call,
    what: &str,
    dry_run: bool,
    fields: impl FnOnce(&local_chain::preview::DryRun) -> Vec<(String, String)>,
) -> Result<(local_chain::preview::DryRun, Option<Submitted>)> {
    let coldkey = keys::coldkey_account(ctx)?;
    let dry = |c: &dyn ChainClient| -> Result<local_chain::preview::DryRun> {
        let run = c
            .dry_run(&coldkey, std::slice::from_ref(call), &[], &[])?
            .pop()
            .ok_or_else(|| CliError::internal("empty dry run"))?;
        match &run.error {
            Some(e) => Err(tx::refused(e, what)),
            None => Ok(run),
        }
    };
    let run = dry(c)?;
    if dry_run {
        return Ok((run, None));
    }
    let mut text = String::from("Preview:\n");
    for (k, v) in fields(&run) {
        text.push_str(&format!("  {k:<18} {v}\n"));
    }
    tx::show_preview(ctx, text.trim_end());
    confirm::submit(ctx, &format!("Sign and submit {what}?"))?;
    let pair = tx::unlock(ctx)?;
    dry(c)?;
    let sub = tx::submit(c, &pair, call.clone())?;
    Ok((run, Some(sub)))
}

/// Dry-runs `call`, shows the preview, stops with `--dry-run`, else confirms, unlocks,
/// re-checks and submits (`sign_flow`).
#[allow(clippy::too_many_arguments)]
fn write(
    ctx: &Ctx,
    name: &str,
    mut c: Box<dyn ChainClient>,
    action: &'static str,
    call: Call,
    before: Option<ChildKeysInfo>,
    claims: Option<RootClaimsInfo>,
    dry_run: bool,
) -> Result<()> {
    let what = format!("stake {}", action.replace('_', " "));
    let report = |run: &local_chain::preview::DryRun| ChildWriteReport {
        dry_run: true,
        action,
        call: call.clone(),
        before: before.as_ref().map(ChildGetReport::from),
        claim_type: claims.as_ref().map(|i| i.claim_type.clone()),
        claimable: claims
            .iter()
            .flat_map(|i| &i.claims)
            .map(|x| ClaimRow {
                hotkey: x.hotkey.to_string(),
                netuid: x.netuid,
                owed: x.owed,
                threshold: x.threshold,
            })
            .collect(),
        tx_fee_rao: run.fee,
        block: run.block,
        events: run.events.clone(),
        executed: None,
    };
    let (run, sub) = sign_flow(ctx, c.as_mut(), &call, &what, dry_run, |run| report(run).fields())?;
    let mut r = report(&run);
    if let Some(sub) = sub {
        r.dry_run = false;
        r.events = sub.events.clone();
        r.block = sub.block;
        r.tx_fee_rao = sub.fee_rao;
        r.executed = Some(sub);
    }
    output::emit(ctx.mode, name, &r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fractions_map_to_chain_proportions() {
        assert_eq!(to_u64_proportion(parse_fraction("1", "p").unwrap()), u64::MAX);
        assert_eq!(to_u64_proportion(parse_fraction("0.5", "p").unwrap()), u64::MAX / 2);
        assert_eq!(to_u16_take(parse_fraction("0.18", "t").unwrap()), 11_796);
        assert_eq!(to_u16_take(parse_fraction("0", "t").unwrap()), 0);
        assert_eq!(to_u16_take(parse_fraction("0.000", "t").unwrap()), 0);
        for bad in ["1.1", "-0.5", "abc", "", "0.1234567891"] {
            assert!(parse_fraction(bad, "p").is_err(), "{bad}");
        }
        assert_eq!(pct_u64(u64::MAX / 4), "25.0000 %");
        assert_eq!(pct_u16(11_796), "18.00 %");
    }
}
