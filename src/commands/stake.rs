//! `taoctl stake …`: add, remove, move, transfer, swap, unstake-all (each a list of legs that
//! share one preview and one submit flow in `write.rs`), list, and the child-key and
//! root-claim commands (`children.rs`), and the root validators' auto-parent opt-out
//! (`auto_parent.rs`).

mod auto_parent;
mod children;
mod list;
pub mod preview;
mod write;

use local_chain::types::{AccountId, NetUid};

use self::preview::{Kind, Leg};
use crate::amount;
use crate::chain::{self, ChainClient};
use crate::cli::stake::{
    HotkeyArgs, StakeAddArgs, StakeCommand, StakeMoveArgs, StakeRemoveArgs, StakeSwapArgs,
    StakeTransferArgs, StakeUnstakeAllArgs,
};
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;

pub fn verb(c: &StakeCommand) -> &'static str {
    match c {
        StakeCommand::Add(_) => "add",
        StakeCommand::Remove(_) => "remove",
        StakeCommand::Move(_) => "move",
        StakeCommand::Transfer(_) => "transfer",
        StakeCommand::Swap(_) => "swap",
        StakeCommand::UnstakeAll(_) => "unstake_all",
        StakeCommand::List(_) => "list",
        StakeCommand::Child(c) => children::verb(c),
        StakeCommand::ClaimRoot(_) => "claim_root",
        StakeCommand::SetClaim(_) => "set_claim",
    }
}

pub fn run(ctx: &Ctx, cmd: StakeCommand, name: &str) -> Result<()> {
    match cmd {
        StakeCommand::List(a) => list::run(ctx, &a, name),
        StakeCommand::Add(a) => add(ctx, &a, name),
        StakeCommand::Remove(a) => remove(ctx, &a, name),
        StakeCommand::Move(a) => moves(ctx, &a, name),
        StakeCommand::Transfer(a) => transfer(ctx, &a, name),
        StakeCommand::Swap(a) => swap(ctx, &a, name),
        StakeCommand::UnstakeAll(a) => unstake_all(ctx, &a, name),
        StakeCommand::Child(c) => children::run(ctx, c, name),
        StakeCommand::ClaimRoot(a) => children::claim_root(ctx, &a, name),
        StakeCommand::SetClaim(a) => children::set_claim(ctx, &a, name),
    }
}

/// The hotkeys a write acts on: `--hotkey-ss58`, every wallet hotkey, or the `-H` one.
fn hotkeys(ctx: &Ctx, a: &HotkeyArgs) -> Result<Vec<AccountId>> {
    if let Some(s) = &a.hotkey_ss58 {
        return Ok(vec![tx::parse_account(s, "hotkey")?]);
    }
    if a.all_hotkeys {
        let w = keys::wallet(ctx)?;
        let names = w.hotkey_names().map_err(keys::map)?;
        let mut out = Vec::new();
        for n in names {
            out.push(keys::account(&w.hotkey_public(&n).map_err(keys::map)?));
        }
        if out.is_empty() {
            return Err(CliError::input(format!("wallet `{}` has no hotkeys", ctx.wallet))
                .with_hint("create one with `taoctl wallet new-hotkey`"));
        }
        return Ok(out);
    }
    keys::hotkey_account(ctx).map(|h| vec![h]).map_err(|e| {
        e.with_hint("pick a hotkey with -H NAME, pass --hotkey-ss58, or --all-hotkeys")
    })
}

fn optional_hotkey(ctx: &Ctx, s: &Option<String>, what: &str) -> Result<AccountId> {
    match s {
        Some(s) => tx::parse_account(s, what),
        None => keys::hotkey_account(ctx),
    }
}

fn netuid_list(one: Option<NetUid>, many: &[NetUid]) -> Vec<NetUid> {
    let mut v: Vec<NetUid> = one.into_iter().chain(many.iter().copied()).collect();
    v.dedup();
    v
}

/// Checks subnets and hotkeys on chain before any preview or signature.
fn validate(c: &dyn ChainClient, netuids: &[NetUid], hotkeys: &[AccountId]) -> Result<()> {
    for &n in netuids {
        tx::require_subnet(c, n)?;
    }
    for h in hotkeys {
        tx::require_hotkey(c, h)?;
    }
    Ok(())
}

/// The alpha a coldkey holds on (hotkey, netuid); 0 if none.
fn position(
    c: &dyn ChainClient,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
) -> Result<u64> {
    Ok(pick(c.stake_of(coldkey)?, hotkey, netuid))
}

/// [`position`] as of block `number` (a submission's inclusion block).
fn position_at(
    c: &dyn ChainClient,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    number: u64,
) -> Result<u64> {
    Ok(pick(c.stake_of_at(coldkey, number)?, hotkey, netuid))
}

fn pick(
    positions: Vec<local_chain::info::StakePosition>,
    hotkey: &AccountId,
    netuid: NetUid,
) -> u64 {
    positions
        .into_iter()
        .find(|p| p.hotkey == *hotkey && p.netuid == netuid)
        .map(|p| p.alpha)
        .unwrap_or(0)
}

/// `--amount` (alpha) or `--all` (the whole position, which must exist).
fn alpha_amount(
    c: &dyn ChainClient,
    amount: &Option<String>,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
) -> Result<Option<u64>> {
    match amount {
        Some(s) => Ok(Some(amount::parse_tao(s, "amount")?)),
        None => {
            let held = position(c, coldkey, hotkey, netuid)?;
            Ok((held > 0).then_some(held))
        }
    }
}

fn leg(kind: Kind, coldkey: AccountId, hotkey: AccountId, netuid: NetUid, amount: u64) -> Leg {
    Leg {
        kind,
        coldkey,
        hotkey,
        origin_netuid: netuid,
        dest_coldkey: coldkey,
        dest_hotkey: hotkey,
        dest_netuid: netuid,
        amount,
        positions: vec![],
    }
}

fn add(ctx: &Ctx, a: &StakeAddArgs, name: &str) -> Result<()> {
    let amount = amount::parse_tao(&a.amount, "amount")?;
    write::safety(&a.safety)?;
    let coldkey = keys::coldkey_account(ctx)?;
    let hks = hotkeys(ctx, &a.hotkeys)?;
    let netuids = netuid_list(a.netuid, &a.netuids);
    let mut c = chain::connect(ctx)?;
    validate(c.as_ref(), &netuids, &hks)?;
    let legs = hks
        .iter()
        .flat_map(|h| netuids.iter().map(move |&n| leg(Kind::Add, coldkey, *h, n, amount)))
        .collect();
    write::run(ctx, name, c.as_mut(), legs, &a.safety)
}

fn remove(ctx: &Ctx, a: &StakeRemoveArgs, name: &str) -> Result<()> {
    if let Some(s) = &a.amount {
        amount::parse_tao(s, "amount")?;
    }
    write::safety(&a.safety)?;
    let coldkey = keys::coldkey_account(ctx)?;
    let hks = hotkeys(ctx, &a.hotkeys)?;
    let netuids = netuid_list(a.netuid, &a.netuids);
    let mut c = chain::connect(ctx)?;
    validate(c.as_ref(), &netuids, &hks)?;
    let mut legs = Vec::new();
    for h in &hks {
        for &n in &netuids {
            match alpha_amount(c.as_ref(), &a.amount, &coldkey, h, n)? {
                Some(v) => legs.push(leg(Kind::Remove, coldkey, *h, n, v)),
                // --all over several hotkeys/subnets skips the empty ones.
                None if hks.len() * netuids.len() > 1 => {}
                None => {
                    return Err(CliError::input(format!(
                        "no stake on hotkey `{h}` in subnet `{n}` to remove"
                    ))
                    .with_hint("see your positions with `taoctl stake list`"));
                }
            }
        }
    }
    write::run(ctx, name, c.as_mut(), legs, &a.safety)
}

/// Shared by move/transfer/swap: one leg from (hotkey, origin) to (dest hotkey/coldkey, dest).
#[allow(clippy::too_many_arguments)]
fn transition(
    ctx: &Ctx,
    name: &str,
    kind: Kind,
    hotkey: AccountId,
    dest_hotkey: AccountId,
    dest_coldkey: Option<AccountId>,
    (origin, dest): (NetUid, NetUid),
    amount: &Option<String>,
    safety: &crate::cli::stake::SafetyArgs,
) -> Result<()> {
    if let Some(s) = amount {
        amount::parse_tao(s, "amount")?;
    }
    write::safety(safety)?;
    if safety.partial && kind != Kind::Swap {
        return Err(CliError::input("--partial applies to add, remove and swap only")
            .with_hint("the chain has no limit call for move/transfer; drop --partial"));
    }
    let coldkey = keys::coldkey_account(ctx)?;
    let mut c = chain::connect(ctx)?;
    validate(c.as_ref(), &[origin, dest], &[hotkey, dest_hotkey])?;
    let v = alpha_amount(c.as_ref(), amount, &coldkey, &hotkey, origin)?.ok_or_else(|| {
        CliError::input(format!("no stake on hotkey `{hotkey}` in subnet `{origin}`"))
            .with_hint("see your positions with `taoctl stake list`")
    })?;
    let mut l = leg(kind, coldkey, hotkey, origin, v);
    l.dest_netuid = dest;
    l.dest_hotkey = dest_hotkey;
    l.dest_coldkey = dest_coldkey.unwrap_or(coldkey);
    write::run(ctx, name, c.as_mut(), vec![l], safety)
}

fn moves(ctx: &Ctx, a: &StakeMoveArgs, name: &str) -> Result<()> {
    let hk = optional_hotkey(ctx, &a.origin_hotkey, "origin hotkey")?;
    let dest = match &a.dest_hotkey {
        Some(s) => tx::parse_account(s, "destination hotkey")?,
        None => hk,
    };
    let nets = (a.origin_netuid, a.dest_netuid);
    transition(ctx, name, Kind::Move, hk, dest, None, nets, &a.amount, &a.safety)
}

fn transfer(ctx: &Ctx, a: &StakeTransferArgs, name: &str) -> Result<()> {
    let dest = tx::parse_account(&a.dest, "destination coldkey")?;
    let hk = optional_hotkey(ctx, &a.hotkey_ss58, "hotkey")?;
    let nets = (a.origin_netuid, a.dest_netuid);
    transition(ctx, name, Kind::Transfer, hk, hk, Some(dest), nets, &a.amount, &a.safety)
}

fn swap(ctx: &Ctx, a: &StakeSwapArgs, name: &str) -> Result<()> {
    if a.origin_netuid == a.dest_netuid {
        return Err(CliError::input(format!(
            "origin and destination subnet are both `{}`",
            a.origin_netuid
        ))
        .with_hint(
            "swap moves stake between two different subnets; use `stake move` to change hotkey",
        ));
    }
    let hk = optional_hotkey(ctx, &a.hotkey_ss58, "hotkey")?;
    let nets = (a.origin_netuid, a.dest_netuid);
    transition(ctx, name, Kind::Swap, hk, hk, None, nets, &a.amount, &a.safety)
}

fn unstake_all(ctx: &Ctx, a: &StakeUnstakeAllArgs, name: &str) -> Result<()> {
    write::safety(&a.safety)?;
    if a.safety.partial {
        return Err(CliError::input("--partial does not apply to unstake-all")
            .with_hint("unstake-all has no limit call; drop --partial"));
    }
    let coldkey = keys::coldkey_account(ctx)?;
    let hks = hotkeys(ctx, &a.hotkeys)?;
    let mut c = chain::connect(ctx)?;
    validate(c.as_ref(), &[], &hks)?;
    let positions = c.stake_of(&coldkey)?;
    let kind = if a.alpha_only { Kind::UnstakeAllAlpha } else { Kind::UnstakeAll };
    let mut legs = Vec::new();
    for h in hks {
        let nets: Vec<NetUid> = positions
            .iter()
            .filter(|p| p.hotkey == h && p.alpha > 0 && !(a.alpha_only && p.netuid == 0))
            .map(|p| p.netuid)
            .collect();
        if nets.is_empty() {
            continue;
        }
        let mut l = leg(kind, coldkey, h, 0, 0);
        l.positions = nets;
        legs.push(l);
    }
    write::run(ctx, name, c.as_mut(), legs, &a.safety)
}
