//! The one preview every stake write shows, and the protection it promises.
//!
//! Numbers come from the chain's own code: each leg is dry-run through `ChainClient::dry_run`
//! (the chain executes the exact call on a scratch overlay, in the block it would land in, after
//! the legs before it), and the preview reads the outcome from the resulting events and state.
//! Limit prices are derived from the spot price in that same block. Nothing here does swap or
//! fee math except `local_chain::swap::fee_amount`, the chain's fee function, for the worst case.

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::{DryRun, PoolSnapshot, Watch};
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use crate::amount::fmt_tao;
use crate::chain::ChainClient;
use crate::commands::tx;
use crate::error::{CliError, Result};

/// Millionths: the tolerance unit.
const PPM: u128 = 1_000_000;
/// Rao per TAO (and the fixed-point scale of prices in rao per alpha).
const RAO: u128 = 1_000_000_000;

/// What kind of stake write a leg is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Add,
    Remove,
    Move,
    Transfer,
    Swap,
    UnstakeAll,
    UnstakeAllAlpha,
}

/// One stake write to preview and submit.
#[derive(Debug, Clone)]
pub struct Leg {
    pub kind: Kind,
    pub coldkey: AccountId,
    pub hotkey: AccountId,
    pub origin_netuid: NetUid,
    pub dest_coldkey: AccountId,
    pub dest_hotkey: AccountId,
    pub dest_netuid: NetUid,
    /// TAO for add, alpha of the origin subnet otherwise (0 for unstake-all).
    pub amount: u64,
    /// Netuids with a position on `hotkey` (unstake-all only).
    pub positions: Vec<NetUid>,
}

/// The user's protection settings.
#[derive(Debug, Clone, Copy)]
pub struct Safety {
    pub tolerance_ppm: u64,
    pub partial: bool,
    pub unsafe_: bool,
}

/// How a leg is protected against the price moving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Protection {
    /// The chain's `*_limit` call with `limit_price`.
    Limit,
    /// `swap_stake_limit` plus the client-side re-simulation check.
    LimitAndCheck,
    /// No limit call exists: re-simulated after the password prompt, refused below `worst_case_out`.
    Check,
    /// Same-subnet move/transfer: a share transfer, no swap, the amount is exact.
    Exact,
    /// `--unsafe`: no bound.
    None,
}

/// The preview of one leg (the `data.legs[]` of every stake write).
#[derive(Debug, Clone, Serialize)]
pub struct LegPreview {
    pub kind: Kind,
    pub coldkey: String,
    pub hotkey: String,
    pub origin_netuid: NetUid,
    pub dest_netuid: NetUid,
    pub dest_hotkey: String,
    pub dest_coldkey: String,
    /// Amount in (rao of TAO for add, alpha units otherwise).
    pub amount_in: u64,
    /// `tao` or `alpha`.
    pub unit_in: &'static str,
    /// What the chain would credit (alpha units for add/move/transfer/swap, rao for remove and
    /// unstake-all; unstake-all-alpha: root stake in rao).
    pub expected_out: u64,
    pub unit_out: &'static str,
    /// Part of `amount_in` left untouched (a partial fill stopping at the limit).
    pub unfilled_in: u64,
    /// Spot price of the origin subnet (rao per alpha) in the block the leg lands in.
    pub spot_price_rao: u64,
    /// Spot price of the destination subnet (rao per alpha).
    pub dest_spot_price_rao: u64,
    /// Realised price, fees included: rao per alpha for add/remove; destination alpha per origin
    /// alpha × 1e9 for move/transfer/swap; 0 for unstake-all.
    pub effective_price_rao: u64,
    /// Value lost to the pool's curve (fees excluded), percent of the value in at spot.
    pub price_impact_pct: f64,
    /// Swap fee charged (in `swap_fee_unit`).
    pub swap_fee: u64,
    pub swap_fee_unit: &'static str,
    /// Transaction fee (rao).
    pub tx_fee_rao: u64,
    pub protection: Protection,
    /// Tolerance in percent (as given with --tolerance).
    pub tolerance_pct: f64,
    /// The limit price submitted (rao per alpha; swap: price ratio × 1e9), if a limit call.
    pub limit_price_rao: Option<u64>,
    /// The least `expected_out` the protection allows for a full fill (0 = unbounded).
    pub worst_case_out: u64,
    /// What happens when the whole amount cannot trade within the limit.
    pub partial_fill: &'static str,
    /// The block the leg would land in.
    pub block: u64,
    /// The exact call that is (or would be) signed.
    pub call: Call,
}

fn watch_of(leg: &Leg) -> Vec<Watch> {
    let mut w = vec![Watch { hotkey: leg.hotkey, coldkey: leg.coldkey, netuid: leg.origin_netuid }];
    match leg.kind {
        Kind::Move | Kind::Transfer | Kind::Swap => w.push(Watch {
            hotkey: leg.dest_hotkey,
            coldkey: leg.dest_coldkey,
            netuid: leg.dest_netuid,
        }),
        Kind::UnstakeAll | Kind::UnstakeAllAlpha => {
            w = leg
                .positions
                .iter()
                .map(|&n| Watch { hotkey: leg.hotkey, coldkey: leg.coldkey, netuid: n })
                .collect();
            if !leg.positions.contains(&0) {
                w.push(Watch { hotkey: leg.hotkey, coldkey: leg.coldkey, netuid: 0 });
            }
        }
        _ => {}
    }
    w
}

fn netuids_of(legs: &[Leg]) -> Vec<NetUid> {
    let mut n: Vec<NetUid> = legs
        .iter()
        .flat_map(|l| [l.origin_netuid, l.dest_netuid].into_iter().chain(l.positions.clone()))
        .collect();
    n.sort_unstable();
    n.dedup();
    n
}

fn mul_ppm(v: u64, ppm: u128) -> u64 {
    (v as u128 * ppm / PPM).min(u64::MAX as u128) as u64
}

/// The call of a leg; `limit` is the limit price when protected by a limit call.
fn call_of(leg: &Leg, limit: Option<u64>, partial: bool) -> Call {
    let (hotkey, netuid, amount) = (leg.hotkey, leg.origin_netuid, leg.amount);
    match (leg.kind, limit) {
        (Kind::Add, None) => Call::AddStake { hotkey, netuid, amount_staked: amount },
        (Kind::Add, Some(limit_price)) => Call::AddStakeLimit {
            hotkey,
            netuid,
            amount_staked: amount,
            limit_price,
            allow_partial: partial,
        },
        (Kind::Remove, None) => Call::RemoveStake { hotkey, netuid, amount_unstaked: amount },
        (Kind::Remove, Some(limit_price)) => Call::RemoveStakeLimit {
            hotkey,
            netuid,
            amount_unstaked: amount,
            limit_price,
            allow_partial: partial,
        },
        (Kind::Swap, None) => Call::SwapStake {
            hotkey,
            origin_netuid: netuid,
            destination_netuid: leg.dest_netuid,
            alpha_amount: amount,
        },
        (Kind::Swap, Some(limit_price)) => Call::SwapStakeLimit {
            hotkey,
            origin_netuid: netuid,
            destination_netuid: leg.dest_netuid,
            alpha_amount: amount,
            limit_price,
            allow_partial: partial,
        },
        (Kind::Move, _) => Call::MoveStake {
            origin_hotkey: hotkey,
            destination_hotkey: leg.dest_hotkey,
            origin_netuid: netuid,
            destination_netuid: leg.dest_netuid,
            alpha_amount: amount,
        },
        (Kind::Transfer, _) => Call::TransferStake {
            destination_coldkey: leg.dest_coldkey,
            hotkey,
            origin_netuid: netuid,
            destination_netuid: leg.dest_netuid,
            alpha_amount: amount,
        },
        (Kind::UnstakeAll, _) => Call::UnstakeAll { hotkey },
        (Kind::UnstakeAllAlpha, _) => Call::UnstakeAllAlpha { hotkey },
    }
}

/// The limit price of a leg from the spot prices in its block; None when no limit call exists.
fn limit_of(leg: &Leg, safety: Safety, run: &DryRun) -> Option<u64> {
    if safety.unsafe_ {
        return None;
    }
    let spot = |n| run.pool_before(n).map(|p| p.price_rao).unwrap_or(0);
    let tol = safety.tolerance_ppm as u128;
    match leg.kind {
        Kind::Add => Some(mul_ppm(spot(leg.origin_netuid), PPM + tol)),
        Kind::Remove => Some(mul_ppm(spot(leg.origin_netuid), PPM - tol)),
        Kind::Swap => {
            let (po, pd) = (spot(leg.origin_netuid) as u128, spot(leg.dest_netuid) as u128);
            let ratio = div(po * RAO, pd);
            Some(mul_ppm(ratio, PPM - tol))
        }
        _ => None,
    }
}

/// Dry-runs the legs in order and returns the exact calls with their previews.
///
/// Each leg's limit needs the spot price of the block it lands in, which depends on the legs
/// before it, so the calls are fixed one at a time (a few in-memory dry runs per leg).
pub fn plan(c: &dyn ChainClient, legs: &[Leg], safety: Safety) -> Result<Vec<LegPreview>> {
    let netuids = netuids_of(legs);
    let watch: Vec<Watch> = legs.iter().flat_map(watch_of).collect();
    let signer = legs.first().map(|l| l.coldkey).unwrap_or_default();
    let mut calls: Vec<Call> = Vec::new();
    for leg in legs {
        let mut probe = calls.clone();
        probe.push(call_of(leg, None, false));
        let runs = c.dry_run(&signer, &probe, &netuids, &watch)?;
        let run = runs.last().ok_or_else(|| CliError::internal("empty dry run"))?;
        if runs.len() < probe.len() || run.error.is_some() {
            return Err(fail(run, leg));
        }
        calls.push(call_of(leg, limit_of(leg, safety, run), safety.partial));
    }
    let runs = c.dry_run(&signer, &calls, &netuids, &watch)?;
    let mut out = Vec::new();
    for (i, leg) in legs.iter().enumerate() {
        let run = runs.get(i).ok_or_else(|| CliError::internal("dry run ended early"))?;
        if run.error.is_some() {
            return Err(fail(run, leg));
        }
        out.push(preview_of(leg, safety, run, &calls[i])?);
    }
    Ok(out)
}

fn fail(run: &DryRun, leg: &Leg) -> CliError {
    let what = format!("{} on subnet {}", kind_name(leg.kind), leg.origin_netuid);
    match &run.error {
        Some(e) => tx::refused(e, &what),
        None => CliError::internal(format!("{what}: dry run stopped without an error")),
    }
}

pub fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Add => "stake add",
        Kind::Remove => "stake remove",
        Kind::Move => "stake move",
        Kind::Transfer => "stake transfer",
        Kind::Swap => "stake swap",
        Kind::UnstakeAll => "stake unstake-all",
        Kind::UnstakeAllAlpha => "stake unstake-all --alpha-only",
    }
}

fn delta(run: &DryRun, w: Watch) -> (u64, u64) {
    run.stakes.iter().find(|s| s.position == w).map(|s| (s.before, s.after)).unwrap_or_default()
}

fn pool(run: &DryRun, n: NetUid) -> Result<(&PoolSnapshot, &PoolSnapshot)> {
    match (run.pool_before(n), run.pool_after(n)) {
        (Some(b), Some(a)) => Ok((b, a)),
        _ => Err(CliError::internal(format!("dry run lacks pool {n}"))),
    }
}

fn pct(lost: i128, of: u128) -> f64 {
    if of == 0 { 0.0 } else { lost as f64 * 100.0 / of as f64 }
}

/// Reads one leg's preview out of its dry run.
fn preview_of(leg: &Leg, safety: Safety, run: &DryRun, call: &Call) -> Result<LegPreview> {
    let (ob, _) = pool(run, leg.origin_netuid)?;
    let (db, _) = pool(run, leg.dest_netuid)?;
    let limit = limit_of(leg, safety, run);
    let tol = safety.tolerance_ppm as u128;
    let mut p = LegPreview {
        kind: leg.kind,
        coldkey: leg.coldkey.to_ss58(),
        hotkey: leg.hotkey.to_ss58(),
        origin_netuid: leg.origin_netuid,
        dest_netuid: leg.dest_netuid,
        dest_hotkey: leg.dest_hotkey.to_ss58(),
        dest_coldkey: leg.dest_coldkey.to_ss58(),
        amount_in: leg.amount,
        unit_in: "alpha",
        expected_out: 0,
        unit_out: "alpha",
        unfilled_in: 0,
        spot_price_rao: ob.price_rao,
        dest_spot_price_rao: db.price_rao,
        effective_price_rao: 0,
        price_impact_pct: 0.0,
        swap_fee: 0,
        swap_fee_unit: "alpha",
        tx_fee_rao: run.fee,
        protection: if safety.unsafe_ { Protection::None } else { Protection::Check },
        tolerance_pct: safety.tolerance_ppm as f64 / 10_000.0,
        limit_price_rao: limit,
        worst_case_out: 0,
        partial_fill: "all or nothing: refused before signing if a fresh simulation right before \
                       submitting gives less than the worst case",
        block: run.block,
        call: call.clone(),
    };
    let fok = "fill-or-kill: if the whole amount cannot trade within the limit price the chain \
               rejects it (SlippageTooHigh)";
    let partial = "partial: trades up to the limit price; the unfilled rest stays with you";
    let none = "none: --unsafe submits with no price bound";
    match leg.kind {
        Kind::Add => {
            let (tao, alpha, fee) = run
                .events
                .iter()
                .find_map(|e| match e {
                    Event::StakeAdded { tao, alpha, fee, .. } => Some((*tao, *alpha, *fee)),
                    _ => None,
                })
                .ok_or_else(|| CliError::internal("dry run of add_stake emitted no StakeAdded"))?;
            p.unit_in = "tao";
            p.expected_out = alpha;
            p.unfilled_in = leg.amount.saturating_sub(tao);
            p.swap_fee = fee;
            p.swap_fee_unit = "tao";
            p.effective_price_rao = div(tao as u128 * RAO, alpha as u128);
            let value_out = alpha as u128 * ob.price_rao as u128 / RAO;
            p.price_impact_pct = pct(tao as i128 - fee as i128 - value_out as i128, tao as u128);
            if let Some(l) = limit {
                let fee_full = if ob.is_stable() {
                    0
                } else {
                    local_chain::swap::fee_amount(ob.fee_rate, leg.amount, false)
                };
                p.worst_case_out =
                    div((leg.amount - fee_full.min(leg.amount)) as u128 * RAO, l as u128);
            }
        }
        Kind::Remove => {
            let (tao, alpha, fee) = run
                .events
                .iter()
                .find_map(|e| match e {
                    Event::StakeRemoved { tao, alpha, fee, .. } => Some((*tao, *alpha, *fee)),
                    _ => None,
                })
                .ok_or_else(|| {
                    CliError::internal("dry run of remove_stake emitted no StakeRemoved")
                })?;
            p.unit_out = "tao";
            p.expected_out = tao;
            p.unfilled_in = leg.amount.saturating_sub(alpha);
            p.swap_fee = fee;
            p.effective_price_rao = div(tao as u128 * RAO, alpha as u128);
            let value_in = alpha as u128 * ob.price_rao as u128 / RAO;
            let fee_tao = fee as u128 * ob.price_rao as u128 / RAO;
            p.price_impact_pct = pct(value_in as i128 - fee_tao as i128 - tao as i128, value_in);
            if let Some(l) = limit {
                let fee_full = if ob.is_stable() {
                    0
                } else {
                    local_chain::swap::fee_amount(ob.fee_rate, leg.amount, false)
                };
                p.worst_case_out =
                    ((leg.amount - fee_full.min(leg.amount)) as u128 * l as u128 / RAO) as u64;
            }
        }
        Kind::Move | Kind::Transfer | Kind::Swap => {
            let (ob_, oa) = pool(run, leg.origin_netuid)?;
            let (db_, da) = pool(run, leg.dest_netuid)?;
            let (o0, o1) = delta(
                run,
                Watch { hotkey: leg.hotkey, coldkey: leg.coldkey, netuid: leg.origin_netuid },
            );
            let (d0, d1) = delta(
                run,
                Watch {
                    hotkey: leg.dest_hotkey,
                    coldkey: leg.dest_coldkey,
                    netuid: leg.dest_netuid,
                },
            );
            let used = o0.saturating_sub(o1);
            let out = d1.saturating_sub(d0);
            p.expected_out = out;
            p.unfilled_in = leg.amount.saturating_sub(used);
            p.effective_price_rao = div(out as u128 * RAO, used as u128);
            if leg.origin_netuid == leg.dest_netuid {
                p.protection = Protection::Exact;
                p.worst_case_out = out;
                p.partial_fill = "none needed: a share transfer on one subnet, no swap";
            } else {
                // One leg pays the swap fee: alpha kept out of the origin pool, or TAO kept out
                // of the destination pool (the chain burns it without a block author).
                let tao = run
                    .events
                    .iter()
                    .find_map(|e| match e {
                        Event::StakeMoved { tao, .. }
                        | Event::StakeTransferred { tao, .. }
                        | Event::StakeSwapped { tao, .. } => Some(*tao),
                        _ => None,
                    })
                    .unwrap_or(0);
                let alpha_into_origin = oa.alpha_reserve.saturating_sub(ob_.alpha_reserve);
                let tao_into_dest = da.tao_reserve.saturating_sub(db_.tao_reserve);
                let origin_fee =
                    if ob_.is_stable() { 0 } else { used.saturating_sub(alpha_into_origin) };
                let dest_fee = if db_.is_stable() { 0 } else { tao.saturating_sub(tao_into_dest) };
                let (fee, unit, fee_tao) = if origin_fee > 0 {
                    (origin_fee, "alpha", origin_fee as u128 * ob_.price_rao as u128 / RAO)
                } else {
                    (dest_fee, "tao", dest_fee as u128)
                };
                p.swap_fee = fee;
                p.swap_fee_unit = unit;
                let value_in = used as u128 * ob_.price_rao as u128 / RAO;
                let value_out = out as u128 * db_.price_rao as u128 / RAO;
                p.price_impact_pct =
                    pct(value_in as i128 - fee_tao as i128 - value_out as i128, value_in);
                if !safety.unsafe_ {
                    p.worst_case_out = mul_ppm(out, PPM - tol);
                    if leg.kind == Kind::Swap {
                        p.protection = Protection::LimitAndCheck;
                        p.partial_fill = if safety.partial { partial } else { fok };
                    }
                }
            }
        }
        Kind::UnstakeAll | Kind::UnstakeAllAlpha => {
            p.unit_out = "tao";
            p.dest_netuid = 0;
            let mut alpha_in: u64 = 0;
            let mut value_in: u128 = 0;
            let mut tao_out: u64 = 0;
            let mut fee_tao: u128 = 0;
            for e in &run.events {
                if let Event::StakeRemoved { tao, alpha, fee, netuid, .. } = e {
                    let price = run.pool_before(*netuid).map(|q| q.price_rao).unwrap_or(0) as u128;
                    alpha_in = alpha_in.saturating_add(*alpha);
                    value_in += *alpha as u128 * price / RAO;
                    fee_tao += *fee as u128 * price / RAO;
                    tao_out = tao_out.saturating_add(*tao);
                    p.swap_fee = p.swap_fee.saturating_add(*fee);
                }
            }
            p.amount_in = alpha_in;
            p.expected_out = tao_out;
            if leg.kind == Kind::UnstakeAllAlpha {
                let (r0, r1) =
                    delta(run, Watch { hotkey: leg.hotkey, coldkey: leg.coldkey, netuid: 0 });
                p.expected_out = r1.saturating_sub(r0);
            }
            p.price_impact_pct =
                pct(value_in as i128 - fee_tao as i128 - tao_out as i128, value_in);
            if !safety.unsafe_ {
                p.worst_case_out = mul_ppm(p.expected_out, PPM - tol);
            }
        }
    }
    if matches!(leg.kind, Kind::Add | Kind::Remove) {
        p.protection = if safety.unsafe_ { Protection::None } else { Protection::Limit };
        p.partial_fill = if safety.unsafe_ {
            none
        } else if safety.partial {
            partial
        } else {
            fok
        };
    } else if safety.unsafe_ && p.protection != Protection::Exact {
        p.partial_fill = none;
    }
    Ok(p)
}

fn div(a: u128, b: u128) -> u64 {
    a.checked_div(b).map_or(0, |q| q.min(u64::MAX as u128) as u64)
}

/// Checks a fresh simulation (after the password prompt) against the preview: refuses when a
/// client-checked leg would now give less than its worst case, or a leg would now fail.
pub fn recheck(
    c: &dyn ChainClient,
    legs: &[Leg],
    safety: Safety,
    previews: &[LegPreview],
) -> Result<Vec<LegPreview>> {
    let netuids = netuids_of(legs);
    let watch: Vec<Watch> = legs.iter().flat_map(watch_of).collect();
    let signer = legs.first().map(|l| l.coldkey).unwrap_or_default();
    let calls: Vec<Call> = previews.iter().map(|p| p.call.clone()).collect();
    let runs = c.dry_run(&signer, &calls, &netuids, &watch)?;
    let mut fresh = Vec::new();
    for (i, leg) in legs.iter().enumerate() {
        let run = runs.get(i).ok_or_else(|| CliError::internal("dry run ended early"))?;
        if run.error.is_some() {
            return Err(fail(run, leg));
        }
        let f = preview_of(leg, safety, run, &calls[i])?;
        let was = &previews[i];
        if matches!(was.protection, Protection::Check | Protection::LimitAndCheck)
            && f.expected_out < was.worst_case_out
        {
            return Err(CliError::new(
                crate::error::ErrorKind::Chain,
                format!(
                    "{} on subnet {}: the price moved since the preview; it would now give `{}` \
                     instead of `{}`, below the worst case `{}` your tolerance allows; nothing was \
                     submitted",
                    kind_name(leg.kind),
                    leg.origin_netuid,
                    fmt_tao(f.expected_out),
                    fmt_tao(was.expected_out),
                    fmt_tao(was.worst_case_out)
                ),
            )
            .with_chain_error("SlippageTooHigh")
            .with_hint("run the command again to see a new preview, or raise --tolerance"));
        }
        fresh.push(f);
    }
    Ok(fresh)
}

#[cfg(test)]
mod tests {
    //! The re-simulation after the password prompt, on a real embedded chain whose price is
    //! moved by another account between the preview and the check.

    use local_chain::chain::Chain;
    use local_chain::types::{TAO, dev_pair};

    use super::*;
    use crate::chain::embedded::Embedded;

    fn acct(seed: &str) -> AccountId {
        AccountId::from_dev_seed(seed).unwrap()
    }

    fn leg(kind: Kind, amount: u64) -> Leg {
        let (alice, hk2) = (acct("//Alice"), acct("//Alice_hk2"));
        Leg {
            kind,
            coldkey: alice,
            hotkey: hk2,
            origin_netuid: if kind == Kind::Add { 3 } else { 2 },
            dest_coldkey: alice,
            dest_hotkey: hk2,
            dest_netuid: 3,
            amount,
            positions: vec![],
        }
    }

    #[test]
    fn recheck_refuses_when_the_price_moved_past_the_tolerance() {
        let dir = tempfile::tempdir().unwrap();
        let mut c = Embedded::from_chain(Chain::create(dir.path(), "demo").unwrap());
        let safety = Safety { tolerance_ppm: 5_000, partial: false, unsafe_: false };
        let legs = [leg(Kind::Move, 20 * TAO), leg(Kind::Add, 10 * TAO)];
        let previews: Vec<_> =
            legs.iter().map(|l| plan(&c, std::slice::from_ref(l), safety).unwrap()).collect();
        assert_eq!(previews[0][0].protection, Protection::Check);
        assert_eq!(previews[1][0].protection, Protection::Limit);
        for (l, p) in legs.iter().zip(&previews) {
            let same = recheck(&c, std::slice::from_ref(l), safety, p).unwrap();
            assert_eq!(same[0].expected_out, p[0].expected_out, "nothing moved: same numbers");
        }
        // Bob buys a lot of subnet 3's alpha: its price rises ≈20 %.
        let bob = dev_pair("//Bob").unwrap();
        let buy =
            Call::AddStake { hotkey: acct("//Dave_hk3"), netuid: 3, amount_staked: 400 * TAO };
        c.submit(&bob, buy).unwrap();
        // The move (no limit call) is refused by the client-side check; the add by the chain's
        // own limit check in the fresh dry run.
        for ((l, p), name) in
            legs.iter().zip(&previews).zip(["SlippageTooHigh", "PriceLimitExceeded"])
        {
            let e = recheck(&c, std::slice::from_ref(l), safety, p).unwrap_err();
            assert_eq!(e.chain_error.as_deref(), Some(name), "{:?}: {}", l.kind, e.message);
            assert!(e.message.contains("nothing was submitted"), "{}", e.message);
        }
    }
}
