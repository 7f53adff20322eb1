//! `taoctl weights set|commit|reveal|status`: validator weights from scripts, unattended.
//!
//! Shared here: the checks every write makes against the chain before anything is signed
//! (subnet, registration, uids, minimum count, version key, then a dry run for the rest), the
//! weight table shown before signing, and the reveal-window clock that turns the chain's epoch
//! index and schedule into block numbers.

mod commit;
pub mod input;
mod reveal;
mod set;
mod status;

use local_chain::error::DispatchError;
use local_chain::extrinsic::Call;
use local_chain::hparams::Hyperparam;
use local_chain::types::{AccountId, NetUid, ROOT_NETUID};
use serde::Serialize;

use crate::chain::ChainClient;
use crate::cli::weights::{WeightsCommand, WeightsInput};
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::keys;
use crate::output;

pub fn verb(c: &WeightsCommand) -> &'static str {
    match c {
        WeightsCommand::Set(_) => "set",
        WeightsCommand::Commit(_) => "commit",
        WeightsCommand::Reveal(_) => "reveal",
        WeightsCommand::Status(_) => "status",
    }
}

pub fn run(ctx: &Ctx, cmd: WeightsCommand, name: &str) -> Result<()> {
    match cmd {
        WeightsCommand::Set(a) => set::run(ctx, &a, name),
        WeightsCommand::Commit(a) => commit::run(ctx, &a, name),
        WeightsCommand::Reveal(a) => reveal::run(ctx, &a, name),
        WeightsCommand::Status(a) => status::run(ctx, &a, name),
    }
}

/// One weight as it will be submitted.
#[derive(Debug, Clone, Serialize)]
pub struct WeightRow {
    pub uid: u16,
    /// The weight as given.
    pub input: String,
    /// The normalised u16 value the chain stores.
    pub value: u16,
    /// Share of the row's total, parts per million (floor).
    pub share_ppm: u64,
}

/// Parts per million of `v` in `total` (floor).
pub fn share_ppm(v: u16, total: u64) -> u64 {
    (v as u64 * 1_000_000).checked_div(total).unwrap_or(0)
}

/// `12.3456 %` from ppm.
pub fn fmt_share(ppm: u64) -> String {
    format!("{}.{:04} %", ppm / 10_000, ppm % 10_000)
}

/// The weights table shown before signing and in reports.
pub fn weight_table(rows: &[WeightRow]) -> comfy_table::Table {
    let mut t = output::table(["UID", "INPUT", "U16", "SHARE"]);
    for r in rows {
        t.add_row([
            r.uid.to_string(),
            r.input.clone(),
            r.value.to_string(),
            fmt_share(r.share_ppm),
        ]);
    }
    t
}

/// Whether the write expects commit-reveal on or off.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Set,
    Commit,
}

/// Everything validated before signing.
pub struct Prepared {
    pub netuid: NetUid,
    pub hotkey: AccountId,
    pub uid: u16,
    pub uids: Vec<u16>,
    pub values: Vec<u16>,
    pub rows: Vec<WeightRow>,
    pub version_key: u64,
}

/// A subnet hyperparameter as u64.
pub fn hparam(c: &dyn ChainClient, netuid: NetUid, p: Hyperparam) -> Result<u64> {
    Ok(c.hyperparams(netuid)?
        .into_iter()
        .find(|h| h.param == p)
        .map(|h| h.value.clamp(0, u64::MAX as i128) as u64)
        .unwrap_or(0))
}

/// The hotkey's uid on the subnet, or an input error saying how to register.
pub fn registered_uid(
    c: &dyn ChainClient,
    netuid: NetUid,
    hotkey: &AccountId,
) -> Result<(u16, u16, u64)> {
    let neurons = c.neurons(netuid)?;
    let n = neurons.len() as u16;
    let row = neurons.iter().find(|r| r.hotkey == *hotkey).ok_or_else(|| {
        CliError::input(format!("hotkey `{hotkey}` is not registered on subnet `{netuid}`"))
            .with_hint(format!(
                "register it with `taoctl subnets register --netuid {netuid}`, or pick the registered hotkey with -H"
            ))
    })?;
    Ok((row.uid, n, row.last_update))
}

/// Reads the weights, checks them against the subnet and normalises them (nothing signed).
pub fn prepare(
    ctx: &Ctx,
    c: &dyn ChainClient,
    netuid: NetUid,
    input: &WeightsInput,
    version_key: Option<u64>,
    mode: Mode,
) -> Result<Prepared> {
    if netuid == ROOT_NETUID {
        return Err(CliError::input("subnet `0` is the root network; it takes no weights here")
            .with_hint("pick a subnet with `taoctl subnets list`"));
    }
    tx::require_subnet(c, netuid)?;
    let hotkey = keys::hotkey_account(ctx)?;
    let entries = input::read(input)?;
    // The chain checks commit-reveal first, before registration.
    let cr = hparam(c, netuid, Hyperparam::CommitRevealWeightsEnabled)? != 0;
    match (mode, cr) {
        (Mode::Set, true) => {
            return Err(CliError::input(format!(
                "subnet `{netuid}` has commit-reveal on: weights cannot be set directly"
            ))
            .with_chain_error("CommitRevealEnabled")
            .with_hint(format!(
                "commit them with `taoctl weights commit --netuid {netuid} …` and reveal with `taoctl weights reveal --pending`"
            )));
        }
        (Mode::Commit, false) => {
            return Err(CliError::input(format!(
                "subnet `{netuid}` has commit-reveal off: there is nothing to commit"
            ))
            .with_chain_error("CommitRevealDisabled")
            .with_hint(format!("set the weights with `taoctl weights set --netuid {netuid} …`")));
        }
        _ => {}
    }
    let (uid, n, _) = registered_uid(c, netuid, &hotkey)?;
    if let Some(e) = entries.iter().find(|e| e.uid >= n) {
        return Err(CliError::input(format!(
            "uid `{}` does not exist on subnet `{netuid}` (uids 0..={})",
            e.uid,
            n.saturating_sub(1)
        ))
        .with_hint(format!("`taoctl subnets show --netuid {netuid}` lists the uids")));
    }
    let self_weight = entries.len() == 1 && entries[0].uid == uid;
    let min = hparam(c, netuid, Hyperparam::MinAllowedWeights)?.min(n as u64);
    if !self_weight && (entries.len() as u64) < min {
        return Err(CliError::input(format!(
            "{} weight{} given, but subnet `{netuid}` requires at least `{min}` (min_allowed_weights)",
            entries.len(),
            if entries.len() == 1 { " is" } else { "s are" }
        ))
        .with_hint("give weights to more uids (zeros count)"));
    }
    let decs: Vec<input::Dec> = entries.iter().map(|e| e.value).collect();
    let values = input::normalise(&decs).ok_or_else(|| {
        CliError::input("every weight is zero").with_hint("give at least one positive weight")
    })?;
    // What the chain will store: its own upscale of what we send (identical, as max = 65535).
    let stored = local_chain::calls::weights::max_upscale(&values);
    if stored != values {
        return Err(CliError::internal("weights normalisation differs from the chain's upscale"));
    }
    let required = hparam(c, netuid, Hyperparam::WeightsVersion)?;
    let version_key = version_key.unwrap_or(required);
    if required != 0 && version_key < required {
        return Err(CliError::input(format!(
            "version key `{version_key}` is below subnet `{netuid}`'s weights_version `{required}`"
        ))
        .with_chain_error("IncorrectWeightVersionKey")
        .with_hint("omit --version-key to use the subnet's current weights_version"));
    }
    let total: u64 = values.iter().map(|&v| v as u64).sum();
    let rows = entries
        .iter()
        .zip(&values)
        .map(|(e, &v)| WeightRow {
            uid: e.uid,
            input: e.raw.clone(),
            value: v,
            share_ppm: share_ppm(v, total),
        })
        .collect();
    Ok(Prepared {
        netuid,
        hotkey,
        uid,
        uids: entries.iter().map(|e| e.uid).collect(),
        values,
        rows,
        version_key,
    })
}

/// Dry-runs `call` as the hotkey; a rejection becomes a clear error (nothing signed).
pub fn check(c: &dyn ChainClient, p: &Prepared, call: &Call, what: &str) -> Result<()> {
    let run = c.dry_run(&p.hotkey, std::slice::from_ref(call), &[], &[])?;
    match run.into_iter().next().and_then(|r| r.error) {
        None => Ok(()),
        Some(d) => Err(explain(c, p.netuid, &p.hotkey, &d, what)),
    }
}

/// A weights rejection in words, with when to retry for rate limits.
pub fn explain(
    c: &dyn ChainClient,
    netuid: NetUid,
    hotkey: &AccountId,
    d: &DispatchError,
    what: &str,
) -> CliError {
    let mut e = tx::refused(d, what);
    let name = d.name();
    match name.as_str() {
        "SettingWeightsTooFast" | "CommittingWeightsTooFast" => {
            if let Ok(Some(msg)) = rate_limit_message(c, netuid, hotkey) {
                e.message = format!("{what}: {msg}; nothing was submitted");
                e.hint = Some(
                    "retry after that block (cron: just run again later); on the embedded chain `taoctl chain advance --blocks N` moves time"
                        .into(),
                );
            }
        }
        "NeuronNoValidatorPermit" => {
            e.hint = Some("only uids with a validator permit may set weights on others; permits are assigned at epochs by stake".into());
        }
        "NotEnoughStakeToSetWeights" => {
            e.hint = Some("stake more to this hotkey on the subnet (`taoctl stake add`)".into());
        }
        "TooManyUnrevealedCommits" => {
            e.hint = Some(
                "reveal the outstanding commits first (`taoctl weights reveal --pending`)".into(),
            );
        }
        _ => {}
    }
    e
}

/// "weights of hotkey X on subnet N were last updated at #L; weights_rate_limit is R blocks: it
/// may be retried in K blocks (from block #B)".
fn rate_limit_message(
    c: &dyn ChainClient,
    netuid: NetUid,
    hotkey: &AccountId,
) -> Result<Option<String>> {
    let (_, _, last) = registered_uid(c, netuid, hotkey)?;
    let limit = hparam(c, netuid, Hyperparam::WeightsRateLimit)?;
    let head = c.head()?.number;
    let from = last.saturating_add(limit);
    let wait = from.saturating_sub(head + 1);
    Ok(Some(format!(
        "rate limit: hotkey `{hotkey}` last updated its weights on subnet `{netuid}` at block #{last} and weights_rate_limit is {limit} blocks, so it may be retried in {wait} block{} (the call must land in block #{from} or later)",
        if wait == 1 { "" } else { "s" }
    )))
}

/// Where a commit stands relative to its reveal window, seen from the next block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    NotDue,
    Due,
    Expired,
}

/// The subnet's epoch schedule at the head.
pub struct Clock {
    pub head: u64,
    pub epoch: u64,
    /// First block whose commits and reveals see `epoch + 1` (None when tempo is 0: epochs
    /// never run).
    pub next_epoch_block: Option<u64>,
    /// Blocks between two epoch-index increments: the tempo, or tempo + 1 on runtimes before
    /// `SubnetEpochIndex` (`ChainClient::commit_epoch_schedule`).
    pub tempo: u64,
    pub period: u64,
}

impl Clock {
    pub fn read(c: &dyn ChainClient, netuid: NetUid) -> Result<Clock> {
        let head = c.head()?.number;
        let tempo = hparam(c, netuid, Hyperparam::Tempo)?;
        let period = hparam(c, netuid, Hyperparam::CommitRevealPeriod)?;
        let countdown = c
            .epoch_countdowns()?
            .into_iter()
            .find(|(n, _)| *n == netuid)
            .map(|(_, b)| b)
            .unwrap_or(0);
        // 0 = overdue or deferred by the per-block epoch cap: it runs in the next block.
        let (next_epoch_block, tempo) = match c.commit_epoch_schedule(netuid)? {
            Some((next, every)) => (Some(next), every),
            None => ((tempo > 0).then(|| head + countdown.max(1)), tempo),
        };
        Ok(Clock { head, epoch: c.epoch_index(netuid)?, next_epoch_block, tempo, period })
    }

    /// Phase of a commit made in `commit_epoch` for a call landing in the next block, and its
    /// window (first, last block) where known. The chain allows a reveal exactly while its
    /// epoch index equals commit_epoch + commit_reveal_period.
    pub fn window(&self, commit_epoch: u64) -> (Phase, Option<u64>, Option<u64>) {
        let reveal_epoch = commit_epoch.saturating_add(self.period);
        let Some(next) = self.next_epoch_block else {
            let phase = match reveal_epoch.cmp(&self.epoch) {
                std::cmp::Ordering::Greater => Phase::NotDue,
                std::cmp::Ordering::Equal => Phase::Due,
                std::cmp::Ordering::Less => Phase::Expired,
            };
            return (phase, None, None);
        };
        let land = self.head + 1;
        let epoch_at_land = self.epoch + u64::from(next == land);
        if reveal_epoch > epoch_at_land {
            // The index reaches reveal_epoch at the j-th epoch from now.
            let j = reveal_epoch - self.epoch;
            let from = next + (j - 1) * self.tempo;
            (Phase::NotDue, Some(from), Some(from + self.tempo - 1))
        } else if reveal_epoch == epoch_at_land {
            if next == land {
                (Phase::Due, Some(land), Some(land + self.tempo - 1))
            } else {
                (Phase::Due, Some(next.saturating_sub(self.tempo)), Some(next - 1))
            }
        } else {
            (Phase::Expired, None, None)
        }
    }
}

/// An error for a failed step in a multi-item run, keeping its kind.
pub fn with_prefix(e: CliError, prefix: &str) -> CliError {
    CliError { message: format!("{prefix}{}", e.message), ..e }
}

/// The chain's `InvalidRevealCommitHashNotMatch` in words: the journal's data no longer hashes
/// to the commit (edited file, or another chain).
pub fn hash_mismatch(
    e: CliError,
    hash: &str,
    recomputed: &str,
    journal: &std::path::Path,
) -> CliError {
    CliError {
        kind: ErrorKind::Chain,
        message: format!(
            "the chain rejected the reveal of commit `{hash}`: the journal's uids, weights, salt and version key hash to `{recomputed}`, which matches no commit of this hotkey (InvalidRevealCommitHashNotMatch); nothing was submitted"
        ),
        hint: Some(format!(
            "the entry in `{}` was changed after the commit; restore the file from a backup — without the original data this commit cannot be revealed and will expire",
            journal.display()
        )),
        ..e
    }
}
