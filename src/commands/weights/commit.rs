//! `weights commit`: hash the normalised weights with a salt exactly as the chain will check
//! them, journal the entry *before* submitting (a crash after submit must not lose the salt),
//! submit `commit_weights`, then record the commit block, epoch and reveal window.

use local_chain::calls::weights::commit_hash;
use local_chain::extrinsic::Call;
use serde::Serialize;

use super::{Clock, Mode, WeightRow, check, prepare, weight_table};
use crate::chain;
use crate::cli::weights::WeightsCommitArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::Result;
use crate::journal::{self, Recorded};
use crate::output::{self, Human, Report};
use crate::{confirm, keys};

/// `weights commit`.
#[derive(Serialize)]
pub struct CommitReport {
    pub netuid: u16,
    pub hotkey: String,
    pub uid: u16,
    pub version_key: u64,
    pub dry_run: bool,
    pub weights: Vec<WeightRow>,
    /// 0x-hex commit hash.
    pub commit_hash: String,
    /// Inclusion block and the epoch the chain recorded (None on a dry run).
    pub commit_block: Option<u64>,
    pub commit_epoch: Option<u64>,
    /// The window a reveal may land in (estimated from the subnet's schedule).
    pub reveal_from_block: Option<u64>,
    pub reveal_until_block: Option<u64>,
    /// The journal file holding the salt.
    pub journal: String,
}

impl Report for CommitReport {
    fn human(&self) -> Human {
        let window = match (self.reveal_from_block, self.reveal_until_block) {
            (Some(a), Some(b)) => format!("blocks #{a}..=#{b}"),
            _ => "unknown (tempo 0)".into(),
        };
        let h = Human::new()
            .fields([
                ("subnet", self.netuid.to_string()),
                ("hotkey", format!("{} (uid {})", self.hotkey, self.uid)),
                ("version key", self.version_key.to_string()),
                ("commit hash", self.commit_hash.clone()),
                ("reveal window", window),
                ("journal", self.journal.clone()),
            ])
            .table(weight_table(&self.weights));
        match self.commit_block {
            Some(b) => h.note(format!(
                "committed in block #{b}; `taoctl weights reveal --pending` reveals it once the window opens"
            )),
            None => h.note("dry run: nothing was signed, submitted or journaled (a real run draws a new salt unless --salt is given)"),
        }
    }
}

pub fn run(ctx: &Ctx, a: &WeightsCommitArgs, name: &str) -> Result<()> {
    let mut c = chain::connect(ctx)?;
    let p = prepare(ctx, c.as_ref(), a.netuid, &a.input, a.version_key, Mode::Commit)?;
    let salt = match &a.salt {
        Some(s) => super::input::parse_salt(s)?,
        None => super::input::random_salt(),
    };
    let hash = commit_hash(&p.hotkey, p.netuid, &p.uids, &p.values, &salt, p.version_key);
    let call = Call::CommitWeights { netuid: p.netuid, commit_hash: hash };
    let what = format!("weights commit on subnet {}", p.netuid);
    check(c.as_ref(), &p, &call, &what)?;
    let path = journal::path(ctx);
    let mut report = CommitReport {
        netuid: p.netuid,
        hotkey: p.hotkey.to_string(),
        uid: p.uid,
        version_key: p.version_key,
        dry_run: a.dry_run,
        weights: p.rows.clone(),
        commit_hash: hash.to_hex(),
        commit_block: None,
        commit_epoch: None,
        reveal_from_block: None,
        reveal_until_block: None,
        journal: path.display().to_string(),
    };
    if a.dry_run {
        return output::emit(ctx.mode, name, &report);
    }
    // Shown only when someone is about to be asked; with --yes the report shows it anyway.
    if !ctx.mode.json && !ctx.yes && ctx.interactive {
        ctx.note(&format!(
            "Weights to commit on subnet {} (uid {}):\n{}",
            p.netuid,
            p.uid,
            weight_table(&p.rows)
        ));
    }
    confirm::submit(ctx, &format!("Sign and commit these weights on subnet {}?", p.netuid))?;
    let pair = keys::sp_pair(&keys::unlock_hotkey(ctx)?)?;
    let hash_hex = hash.to_hex();
    journal::update(ctx, |j| {
        j.entries.retain(|e| e.commit_hash != hash_hex || e.status != Recorded::Submitting);
        j.entries.push(journal::Entry {
            netuid: p.netuid,
            hotkey: p.hotkey.to_string(),
            wallet: ctx.wallet.clone(),
            hotkey_name: ctx.hotkey.clone(),
            uids: p.uids.clone(),
            weights: p.values.clone(),
            salt: salt.clone(),
            version_key: p.version_key,
            commit_hash: hash_hex.clone(),
            commit_block: None,
            commit_epoch: None,
            reveal_from_block: None,
            reveal_until_block: None,
            status: Recorded::Submitting,
            reveal_block: None,
            created_at: journal::now_secs(),
        });
    })?;
    let sub = match tx::submit(c.as_mut(), &pair, call) {
        Ok(s) => s,
        Err(e) => {
            // Not on chain: the entry would only confuse `status`.
            let _ = journal::update(ctx, |j| {
                j.entries
                    .retain(|x| !(x.commit_hash == hash_hex && x.status == Recorded::Submitting))
            });
            return Err(e);
        }
    };
    let on_chain = c.weight_commits(p.netuid, &p.hotkey)?.into_iter().find(|w| w.hash == hash);
    let epoch = on_chain.map(|w| w.commit_epoch);
    let (from, until) = match epoch {
        Some(ep) => {
            let (_, f, u) = Clock::read(c.as_ref(), p.netuid)?.window(ep);
            (f, u)
        }
        None => (None, None),
    };
    journal::update(ctx, |j| {
        if let Some(e) = j.entries.iter_mut().find(|e| e.commit_hash == hash_hex) {
            e.status = Recorded::Committed;
            e.commit_block = Some(sub.block);
            e.commit_epoch = epoch;
            e.reveal_from_block = from;
            e.reveal_until_block = until;
        }
    })?;
    report.commit_block = Some(sub.block);
    report.commit_epoch = epoch;
    report.reveal_from_block = from;
    report.reveal_until_block = until;
    output::emit(ctx.mode, name, &report)
}
