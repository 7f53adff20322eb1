//! `weights set`: validate, show the normalised weights, dry-run, sign with the hotkey, and read
//! the stored row back so the report shows what the chain now holds.

use local_chain::extrinsic::Call;
use serde::Serialize;

use super::{Mode, WeightRow, check, prepare, weight_table};
use crate::chain;
use crate::cli::weights::WeightsSetArgs;
use crate::commands::tx;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{self, Human, Report};
use crate::{confirm, keys};

/// `weights set`.
#[derive(Serialize)]
pub struct SetReport {
    pub netuid: u16,
    pub hotkey: String,
    pub uid: u16,
    pub version_key: u64,
    pub dry_run: bool,
    pub weights: Vec<WeightRow>,
    /// Inclusion block (None on a dry run).
    pub block: Option<u64>,
    /// The hotkey's row as stored on chain after the call: [[uid, u16], …].
    pub stored: Option<Vec<(u16, u16)>>,
}

impl Report for SetReport {
    fn human(&self) -> Human {
        let h = Human::new()
            .fields([
                ("subnet", self.netuid.to_string()),
                ("hotkey", format!("{} (uid {})", self.hotkey, self.uid)),
                ("version key", self.version_key.to_string()),
            ])
            .table(weight_table(&self.weights));
        match self.block {
            Some(b) => h.note(format!("weights set in block #{b}")),
            None => h.note(tx::DRY_RUN_NOTE),
        }
    }
}

pub fn run(ctx: &Ctx, a: &WeightsSetArgs, name: &str) -> Result<()> {
    let mut c = chain::connect(ctx)?;
    let p = prepare(ctx, c.as_ref(), a.netuid, &a.input, a.version_key, Mode::Set)?;
    let call = Call::SetWeights {
        netuid: p.netuid,
        dests: p.uids.clone(),
        weights: p.values.clone(),
        version_key: p.version_key,
    };
    let what = format!("weights set on subnet {}", p.netuid);
    check(c.as_ref(), &p, &call, &what)?;
    let mut report = SetReport {
        netuid: p.netuid,
        hotkey: p.hotkey.to_string(),
        uid: p.uid,
        version_key: p.version_key,
        dry_run: a.dry_run,
        weights: p.rows.clone(),
        block: None,
        stored: None,
    };
    if a.dry_run {
        return output::emit(ctx.mode, name, &report);
    }
    // Shown only when someone is about to be asked; with --yes the report shows it anyway.
    if !ctx.mode.json && !ctx.yes && ctx.interactive {
        ctx.note(&format!(
            "Weights for subnet {} (uid {}):\n{}",
            p.netuid,
            p.uid,
            weight_table(&p.rows)
        ));
    }
    confirm::submit(ctx, &format!("Sign and set these weights on subnet {}?", p.netuid))?;
    let pair = keys::sp_pair(&keys::unlock_hotkey(ctx)?)?;
    let sub = tx::submit(c.as_mut(), &pair, call)?;
    report.block = Some(sub.block);
    report.stored = c.weights(p.netuid)?.into_iter().find(|(u, _)| *u == p.uid).map(|(_, r)| r);
    output::emit(ctx.mode, name, &report)
}
