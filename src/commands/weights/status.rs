//! `weights status`: the journal checked against the chain (read-only: the journal is not
//! written), commits on chain that the journal does not know, and the hotkey's on-chain weights.

use std::collections::{BTreeMap, BTreeSet};

use local_chain::types::{AccountId, NetUid};
use serde::Serialize;

use super::reveal::short;
use super::{Clock, Phase, fmt_share, share_ppm};
use crate::chain;
use crate::cli::weights::WeightsStatusArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::Result;
use crate::journal::{self, Recorded};
use crate::keys;
use crate::output::{self, Human, Report};

/// The state of a journal entry as seen now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// On chain, window not open yet.
    Committed,
    /// On chain, window open: `weights reveal` would reveal it now.
    Due,
    Revealed,
    Expired,
    /// Journaled but not on chain (never landed, popped by a later reveal, or chain reset).
    Missing,
}

#[derive(Debug, Serialize)]
pub struct StatusEntry {
    pub netuid: u16,
    pub hotkey: String,
    pub commit_hash: String,
    pub commit_block: Option<u64>,
    pub commit_epoch: Option<u64>,
    pub reveal_from_block: Option<u64>,
    pub reveal_until_block: Option<u64>,
    pub state: State,
    /// Whether the chain still holds this commit.
    pub on_chain: bool,
    pub reveal_block: Option<u64>,
    pub uids: Vec<u16>,
    pub weights: Vec<u16>,
}

/// A commit on chain that the journal has no entry (so no salt) for.
#[derive(Debug, Serialize)]
pub struct Unjournaled {
    pub netuid: u16,
    pub hotkey: String,
    pub commit_hash: String,
    pub commit_block: u64,
    pub commit_epoch: u64,
}

#[derive(Debug, Serialize)]
pub struct WeightCell {
    pub uid: u16,
    pub weight: u16,
    pub share_ppm: u64,
}

/// A hotkey's current weights row on one subnet.
#[derive(Debug, Serialize)]
pub struct OnChainRow {
    pub netuid: u16,
    pub hotkey: String,
    pub uid: u16,
    pub weights: Vec<WeightCell>,
}

/// `weights status`.
#[derive(Serialize)]
pub struct StatusReport {
    pub network: String,
    pub block: u64,
    pub journal: String,
    pub hotkeys: Vec<String>,
    pub entries: Vec<StatusEntry>,
    pub unjournaled: Vec<Unjournaled>,
    pub on_chain_weights: Vec<OnChainRow>,
}

impl Report for StatusReport {
    fn human(&self) -> Human {
        let mut h = Human::new();
        if self.entries.is_empty() {
            h = h.text("no commits in the journal");
        } else {
            let mut t =
                output::table(["SUBNET", "HOTKEY", "COMMIT", "COMMITTED", "WINDOW", "STATE"]);
            for e in &self.entries {
                let window = match (e.reveal_from_block, e.reveal_until_block) {
                    (Some(a), Some(b)) => format!("#{a}..=#{b}"),
                    (None, Some(b)) => format!("..=#{b}"),
                    _ => "-".into(),
                };
                let state = match e.state {
                    State::Revealed => format!("revealed in #{}", e.reveal_block.unwrap_or(0)),
                    s => serde_json::to_value(s)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default(),
                };
                t.add_row([
                    e.netuid.to_string(),
                    short(&e.hotkey),
                    short(&e.commit_hash),
                    e.commit_block.map(|b| format!("#{b}")).unwrap_or_else(|| "-".into()),
                    window,
                    state,
                ]);
            }
            h = h.table(t);
        }
        for u in &self.unjournaled {
            h = h.note(format!(
                "subnet {}: commit {} (block #{}) of {} is on chain but not in this journal: it cannot be revealed from here",
                u.netuid,
                short(&u.commit_hash),
                u.commit_block,
                u.hotkey
            ));
        }
        for r in &self.on_chain_weights {
            let mut t = output::table(["UID", "U16", "SHARE"]);
            for w in &r.weights {
                t.add_row([w.uid.to_string(), w.weight.to_string(), fmt_share(w.share_ppm)]);
            }
            h = h.text(format!("on-chain weights of uid {} on subnet {}:", r.uid, r.netuid));
            h = if r.weights.is_empty() { h.text("  (none)") } else { h.table(t) };
        }
        h.note(format!("journal {} — head #{}", self.journal, self.block))
    }
}

pub fn run(ctx: &Ctx, a: &WeightsStatusArgs, name: &str) -> Result<()> {
    let c = chain::connect(ctx)?;
    if let Some(n) = a.netuid {
        tx::require_subnet(c.as_ref(), n)?;
    }
    let head = c.head()?.number;
    let j = journal::load(ctx)?;
    let mut hotkeys: BTreeSet<String> = BTreeSet::new();
    if a.all_hotkeys {
        hotkeys.extend(j.entries.iter().map(|e| e.hotkey.clone()));
    } else {
        hotkeys.insert(keys::hotkey_account(ctx)?.to_string());
    }
    let entries_in: Vec<&journal::Entry> = j
        .entries
        .iter()
        .filter(|e| hotkeys.contains(&e.hotkey) && a.netuid.is_none_or(|n| e.netuid == n))
        .collect();
    // Subnets to look at: the filter, else where the hotkeys are registered or journaled.
    let mut netuids: BTreeSet<NetUid> = entries_in.iter().map(|e| e.netuid).collect();
    let subnets = c.subnets()?;
    let mut regs: BTreeMap<(NetUid, String), u16> = BTreeMap::new();
    for s in &subnets {
        if s.netuid == 0 || a.netuid.is_some_and(|n| n != s.netuid) {
            continue;
        }
        for nrn in c.neurons(s.netuid)? {
            let hk = nrn.hotkey.to_string();
            if hotkeys.contains(&hk) {
                regs.insert((s.netuid, hk), nrn.uid);
                netuids.insert(s.netuid);
            }
        }
    }
    let mut clocks = BTreeMap::new();
    let mut commits = BTreeMap::new();
    for &n in &netuids {
        if c.subnet(n)?.is_none() {
            continue;
        }
        clocks.insert(n, Clock::read(c.as_ref(), n)?);
        for hk in &hotkeys {
            let acct: AccountId = tx::parse_account(hk, "hotkey")?;
            commits.insert((n, hk.clone()), c.weight_commits(n, &acct)?);
        }
    }
    let mut entries = Vec::new();
    for e in &entries_in {
        let found = commits
            .get(&(e.netuid, e.hotkey.clone()))
            .and_then(|q| q.iter().find(|w| w.hash.to_hex() == e.commit_hash));
        let mut s = StatusEntry {
            netuid: e.netuid,
            hotkey: e.hotkey.clone(),
            commit_hash: e.commit_hash.clone(),
            commit_block: e.commit_block.or(found.map(|w| w.commit_block)),
            commit_epoch: e.commit_epoch.or(found.map(|w| w.commit_epoch)),
            reveal_from_block: e.reveal_from_block,
            reveal_until_block: e.reveal_until_block,
            state: State::Missing,
            on_chain: found.is_some(),
            reveal_block: e.reveal_block,
            uids: e.uids.clone(),
            weights: e.weights.clone(),
        };
        s.state = match (e.status, found, clocks.get(&e.netuid)) {
            (Recorded::Revealed, _, _) => State::Revealed,
            (_, Some(w), Some(clock)) => {
                let (phase, from, until) = clock.window(w.commit_epoch);
                s.reveal_from_block = from.or(s.reveal_from_block);
                s.reveal_until_block = until.or(s.reveal_until_block);
                match phase {
                    Phase::NotDue => State::Committed,
                    Phase::Due => State::Due,
                    Phase::Expired => State::Expired,
                }
            }
            (Recorded::Expired, _, _) => State::Expired,
            _ if e.reveal_until_block.is_some_and(|u| u < head + 1) => State::Expired,
            _ => State::Missing,
        };
        entries.push(s);
    }
    let known: BTreeSet<&str> = entries_in.iter().map(|e| e.commit_hash.as_str()).collect();
    let mut unjournaled = Vec::new();
    for ((n, hk), q) in &commits {
        for w in q {
            if !known.contains(w.hash.to_hex().as_str()) {
                unjournaled.push(Unjournaled {
                    netuid: *n,
                    hotkey: hk.clone(),
                    commit_hash: w.hash.to_hex(),
                    commit_block: w.commit_block,
                    commit_epoch: w.commit_epoch,
                });
            }
        }
    }
    let mut on_chain_weights = Vec::new();
    for ((n, hk), uid) in &regs {
        let row = c.weights(*n)?.into_iter().find(|(u, _)| u == uid).map(|(_, r)| r);
        let row = row.unwrap_or_default();
        let total: u64 = row.iter().map(|(_, w)| *w as u64).sum();
        on_chain_weights.push(OnChainRow {
            netuid: *n,
            hotkey: hk.clone(),
            uid: *uid,
            weights: row
                .into_iter()
                .map(|(u, w)| WeightCell { uid: u, weight: w, share_ppm: share_ppm(w, total) })
                .collect(),
        });
    }
    let report = StatusReport {
        network: c.network(),
        block: head,
        journal: journal::path(ctx).display().to_string(),
        hotkeys: hotkeys.into_iter().collect(),
        entries,
        unjournaled,
        on_chain_weights,
    };
    output::emit(ctx.mode, name, &report)
}
