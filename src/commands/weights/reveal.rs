//! `weights reveal`: reveal journaled commits whose window is open; never waits. Each due
//! commit is dry-run first (the chain is the judge of the window and the hash), then signed and
//! submitted; the journal is updated after every reveal so a crash mid-run loses nothing.
//! Commits are taken oldest first because a reveal pops every older commit of the hotkey.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use local_chain::calls::weights::commit_hash;
use local_chain::extrinsic::Call;
use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use super::{Clock, Phase, explain, hash_mismatch, with_prefix};
use crate::chain::{self, ChainClient};
use crate::cli::weights::WeightsRevealArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::journal::{self, Recorded};
use crate::output::{self, Human, Report};
use crate::{confirm, keys};

/// What happened to one journaled commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Revealed in `reveal_block`.
    Revealed,
    /// Due; a dry run would have revealed it.
    WouldReveal,
    /// Due, but only the oldest due commit is revealed without --pending or --commit.
    Due,
    /// Its window has not opened; see `reveal_from_block`.
    NotDue,
    /// Its window passed.
    Expired,
    /// Not among the chain's commits of the hotkey (never landed, popped by a later reveal,
    /// or the chain was reset).
    Missing,
}

/// One commit in the report.
#[derive(Debug, Serialize)]
pub struct Item {
    pub netuid: u16,
    pub hotkey: String,
    pub commit_hash: String,
    pub commit_block: Option<u64>,
    pub outcome: Outcome,
    pub reveal_from_block: Option<u64>,
    pub reveal_until_block: Option<u64>,
    /// Blocks until the window opens (not_due only).
    pub blocks_until_due: Option<u64>,
    pub reveal_block: Option<u64>,
}

/// `weights reveal`.
#[derive(Serialize)]
pub struct RevealReport {
    /// The head when the run started.
    pub block: u64,
    pub dry_run: bool,
    pub revealed: usize,
    pub not_due: usize,
    pub expired: usize,
    pub missing: usize,
    pub items: Vec<Item>,
}

impl Report for RevealReport {
    fn human(&self) -> Human {
        let mut t = output::table(["SUBNET", "COMMIT", "COMMITTED", "WINDOW", "OUTCOME"]);
        for i in &self.items {
            let window = match (i.reveal_from_block, i.reveal_until_block) {
                (Some(a), Some(b)) => format!("#{a}..=#{b}"),
                (None, Some(b)) => format!("..=#{b}"),
                _ => "-".into(),
            };
            let outcome = match i.outcome {
                Outcome::Revealed => format!("revealed in #{}", i.reveal_block.unwrap_or(0)),
                Outcome::WouldReveal => "due (dry run)".into(),
                Outcome::Due => "due (run again to reveal)".into(),
                Outcome::NotDue => match (i.reveal_from_block, i.blocks_until_due) {
                    (Some(f), Some(n)) => format!("not due: from #{f} (in {n} blocks)"),
                    _ => "not due".into(),
                },
                Outcome::Expired => "expired".into(),
                Outcome::Missing => "not on chain".into(),
            };
            t.add_row([
                i.netuid.to_string(),
                short(&i.commit_hash),
                i.commit_block.map(|b| format!("#{b}")).unwrap_or_else(|| "-".into()),
                window,
                outcome,
            ]);
        }
        let mut h = Human::new();
        if self.items.is_empty() {
            h = h.text("no open commits in the journal");
        } else {
            h = h.table(t);
        }
        h.note(format!(
            "{} {}, {} not due, {} expired, {} not on chain (head #{})",
            self.revealed,
            if self.dry_run { "due" } else { "revealed" },
            self.not_due,
            self.expired,
            self.missing,
            self.block
        ))
    }
}

/// `0x1234abcd…`.
pub fn short(h: &str) -> String {
    if h.len() > 12 { format!("{}…", &h[..12]) } else { h.to_string() }
}

/// The hotkeys this run may sign for: ss58 → ctx whose `-H` selects that hotkey.
fn signers(ctx: &Ctx, all: bool) -> Result<BTreeMap<String, Ctx>> {
    let mut out = BTreeMap::new();
    if all {
        let w = keys::wallet(ctx)?;
        for name in w.hotkey_names().map_err(keys::map)? {
            let mut c = ctx.clone();
            c.hotkey = name;
            if let Ok(a) = keys::hotkey_account(&c) {
                out.insert(a.to_string(), c);
            }
        }
    } else {
        out.insert(keys::hotkey_account(ctx)?.to_string(), ctx.clone());
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, a: &WeightsRevealArgs, name: &str) -> Result<()> {
    let mut c = chain::connect(ctx)?;
    if let Some(n) = a.netuid {
        tx::require_subnet(c.as_ref(), n)?;
    }
    let signers = signers(ctx, a.all_hotkeys)?;
    let jpath = journal::path(ctx);
    let j = journal::load(ctx)?;
    let mut open: Vec<journal::Entry> = j
        .entries
        .into_iter()
        .filter(|e| !e.status.finished())
        .filter(|e| signers.contains_key(&e.hotkey))
        .filter(|e| a.netuid.is_none_or(|n| e.netuid == n))
        .collect();
    if let Some(h) = &a.commit {
        let h = h.trim().to_ascii_lowercase();
        let h = if h.starts_with("0x") { h } else { format!("0x{h}") };
        open.retain(|e| e.commit_hash.starts_with(&h));
        if open.len() != 1 {
            return Err(CliError::input(format!(
                "commit `{h}` {} among the open journal entries of this hotkey on subnet `{}`",
                if open.is_empty() { "is not" } else { "is ambiguous" },
                a.netuid.unwrap_or_default()
            ))
            .with_hint("`taoctl weights status` lists the commits and their hashes"));
        }
    }
    open.sort_by_key(|e| (e.netuid, e.hotkey.clone(), e.commit_block.unwrap_or(u64::MAX)));
    let head = c.head()?.number;
    let mut items = Vec::new();
    let mut due: Vec<(usize, journal::Entry)> = Vec::new();
    let mut clocks: BTreeMap<NetUid, Clock> = BTreeMap::new();
    let mut chain_commits = BTreeMap::new();
    for e in &open {
        if let Entry::Vacant(v) = clocks.entry(e.netuid) {
            v.insert(Clock::read(c.as_ref(), e.netuid)?);
        }
        let hotkey: AccountId = tx::parse_account(&e.hotkey, "journal hotkey")?;
        let key = (e.netuid, e.hotkey.clone());
        if let Entry::Vacant(v) = chain_commits.entry(key.clone()) {
            v.insert(c.weight_commits(e.netuid, &hotkey)?);
        }
        let found = chain_commits[&key].iter().find(|w| w.hash.to_hex() == e.commit_hash);
        let mut item = Item {
            netuid: e.netuid,
            hotkey: e.hotkey.clone(),
            commit_hash: e.commit_hash.clone(),
            commit_block: found.map(|w| w.commit_block).or(e.commit_block),
            outcome: Outcome::Missing,
            reveal_from_block: e.reveal_from_block,
            reveal_until_block: e.reveal_until_block,
            blocks_until_due: None,
            reveal_block: None,
        };
        match found {
            Some(w) => {
                let (phase, from, until) = clocks[&e.netuid].window(w.commit_epoch);
                item.reveal_from_block = from.or(item.reveal_from_block);
                item.reveal_until_block = until.or(item.reveal_until_block);
                match phase {
                    Phase::NotDue => {
                        item.outcome = Outcome::NotDue;
                        item.blocks_until_due = from.map(|f| f.saturating_sub(head + 1));
                    }
                    Phase::Expired => item.outcome = Outcome::Expired,
                    Phase::Due => {
                        // --netuid without --pending reveals only the oldest due commit.
                        let take = a.pending
                            || a.commit.is_some()
                            || !due.iter().any(|(_, d)| d.netuid == e.netuid);
                        if take {
                            due.push((items.len(), e.clone()));
                            item.outcome = Outcome::WouldReveal;
                        } else {
                            item.outcome = Outcome::Due;
                        }
                    }
                }
            }
            None => {
                if e.reveal_until_block.is_some_and(|u| u < head + 1) {
                    item.outcome = Outcome::Expired;
                }
            }
        }
        items.push(item);
    }
    let mut failures: Vec<CliError> = Vec::new();
    if !a.dry_run && !due.is_empty() {
        let question = if due.len() == 1 {
            format!(
                "Sign and reveal commit {} on subnet {}?",
                short(&due[0].1.commit_hash),
                due[0].1.netuid
            )
        } else {
            format!("Sign and reveal these {} commits?", due.len())
        };
        confirm::submit(ctx, &question)?;
    }
    let mut pairs: BTreeMap<String, sp_core::sr25519::Pair> = BTreeMap::new();
    for (idx, e) in &due {
        match reveal_one(c.as_mut(), &signers, &mut pairs, e, a.dry_run, &jpath) {
            Ok(Step::Revealed(block)) => {
                items[*idx].outcome = Outcome::Revealed;
                items[*idx].reveal_block = Some(block);
                let hash = e.commit_hash.clone();
                journal::update(ctx, |j| {
                    if let Some(x) = j.entries.iter_mut().find(|x| x.commit_hash == hash) {
                        x.status = Recorded::Revealed;
                        x.reveal_block = Some(block);
                    }
                })?;
            }
            Ok(Step::DryRunOk) => {}
            Ok(Step::Reclassified(o)) => items[*idx].outcome = o,
            Err(err) => failures.push(err),
        }
    }
    if !a.dry_run {
        // Expired commits are recorded so they stop showing as open.
        let expired: Vec<String> = items
            .iter()
            .filter(|i| i.outcome == Outcome::Expired)
            .map(|i| i.commit_hash.clone())
            .collect();
        if !expired.is_empty() {
            journal::update(ctx, |j| {
                for x in j.entries.iter_mut().filter(|x| expired.contains(&x.commit_hash)) {
                    if !x.status.finished() {
                        x.status = Recorded::Expired;
                    }
                }
            })?;
        }
    }
    let count = |o: Outcome| items.iter().filter(|i| i.outcome == o).count();
    let report = RevealReport {
        block: head,
        dry_run: a.dry_run,
        revealed: count(Outcome::Revealed) + count(Outcome::WouldReveal),
        not_due: count(Outcome::NotDue),
        expired: count(Outcome::Expired),
        missing: count(Outcome::Missing),
        items,
    };
    if let Some(first) = failures.into_iter().next() {
        // One envelope only: the error carries what else happened.
        let prefix = if report.revealed > 0 {
            format!("{} commit(s) revealed, but ", report.revealed)
        } else {
            String::new()
        };
        return Err(with_prefix(first, &prefix));
    }
    output::emit(ctx.mode, name, &report)
}

/// The result of one reveal attempt.
enum Step {
    Revealed(u64),
    DryRunOk,
    /// The chain's dry run placed the commit outside its window (or found no commit).
    Reclassified(Outcome),
}

/// Dry-runs and (unless `dry_run`) submits one reveal.
fn reveal_one(
    c: &mut dyn ChainClient,
    signers: &BTreeMap<String, Ctx>,
    pairs: &mut BTreeMap<String, sp_core::sr25519::Pair>,
    e: &journal::Entry,
    dry_run: bool,
    jpath: &std::path::Path,
) -> Result<Step> {
    let hotkey = tx::parse_account(&e.hotkey, "journal hotkey")?;
    let call = Call::RevealWeights {
        netuid: e.netuid,
        uids: e.uids.clone(),
        values: e.weights.clone(),
        salt: e.salt.clone(),
        version_key: e.version_key,
    };
    let what = format!("reveal of commit {} on subnet {}", short(&e.commit_hash), e.netuid);
    let run = c.dry_run(&hotkey, std::slice::from_ref(&call), &[], &[])?;
    if let Some(d) = run.into_iter().next().and_then(|r| r.error) {
        // The schedule estimate can be off by a block (epoch deferrals, a tempo change): the
        // chain's verdict on the window wins and is reported, not treated as a failure.
        match d.name().as_str() {
            "RevealTooEarly" => return Ok(Step::Reclassified(Outcome::NotDue)),
            "ExpiredWeightCommit" => return Ok(Step::Reclassified(Outcome::Expired)),
            "NoWeightsCommitFound" => return Ok(Step::Reclassified(Outcome::Missing)),
            _ => {}
        }
        let err = explain(c, e.netuid, &hotkey, &d, &what);
        if d.name() == "InvalidRevealCommitHashNotMatch" {
            let recomputed =
                commit_hash(&hotkey, e.netuid, &e.uids, &e.weights, &e.salt, e.version_key);
            return Err(hash_mismatch(err, &e.commit_hash, &recomputed.to_hex(), jpath));
        }
        return Err(err);
    }
    if dry_run {
        return Ok(Step::DryRunOk);
    }
    if !pairs.contains_key(&e.hotkey) {
        let sctx = &signers[&e.hotkey];
        pairs.insert(e.hotkey.clone(), keys::sp_pair(&keys::unlock_hotkey(sctx)?)?);
    }
    let sub = tx::submit(c, &pairs[&e.hotkey], call)?;
    Ok(Step::Revealed(sub.block))
}
