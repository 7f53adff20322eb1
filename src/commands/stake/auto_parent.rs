//! `taoctl stake child auto-parent` (spec §5.4 step 11): shows whether a root validator hotkey
//! is made a parent of each new subnet's owner hotkey, and opts it out or back in with
//! `set_auto_parent_delegation_enabled` through the child commands' sign flow. Embedded chain
//! only for now (`ChainClient::auto_parent` says why on a node).

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::queries_children::AutoParentInfo;
use serde::Serialize;

use super::children::sign_flow;
use crate::amount::fmt_tao;
use crate::chain;
use crate::cli::stake::ChildAutoParentArgs;
use crate::commands::tx::{self, Submitted};
use crate::context::Ctx;
use crate::error::Result;
use crate::keys;
use crate::output::{self, Human, Report};

/// `stake child auto-parent` without `--enable`/`--disable` (and the "before" of a write).
#[derive(Debug, Clone, Serialize)]
pub struct AutoParentReport {
    pub hotkey: String,
    pub block: u64,
    /// The hotkey's root uid; null when it is not a root validator (never made a parent).
    pub root_uid: Option<u16>,
    /// `AutoParentDelegationEnabled` (default true).
    pub enabled: bool,
    /// The hotkey's stake at spot prices, rao; below `stake_threshold_rao` it is skipped.
    pub stake_rao: u64,
    pub stake_threshold_rao: u64,
}

impl From<&AutoParentInfo> for AutoParentReport {
    fn from(i: &AutoParentInfo) -> Self {
        AutoParentReport {
            hotkey: i.hotkey.to_string(),
            block: i.block,
            root_uid: i.root_uid,
            enabled: i.enabled,
            stake_rao: i.stake_tao,
            stake_threshold_rao: i.stake_threshold,
        }
    }
}

impl AutoParentReport {
    /// What the next subnet registration does with this hotkey, in words.
    fn outcome(&self) -> &'static str {
        match (self.root_uid, self.enabled) {
            (None, _) => "nothing: not a root validator",
            (Some(_), false) => "nothing: opted out",
            (Some(_), true) if self.stake_rao < self.stake_threshold_rao => {
                "nothing: stake below StakeThreshold"
            }
            (Some(_), true) => "made a parent (100 %) of the new owner hotkey",
        }
    }

    fn fields(&self) -> Vec<(String, String)> {
        vec![
            ("hotkey".to_string(), self.hotkey.clone()),
            ("root uid".into(), self.root_uid.map_or("none".into(), |u| u.to_string())),
            ("auto-parent".into(), if self.enabled { "enabled" } else { "disabled" }.into()),
            ("stake (τ at spot)".into(), format!("{} τ", fmt_tao(self.stake_rao))),
            ("next new subnet".into(), self.outcome().into()),
        ]
    }
}

impl Report for AutoParentReport {
    fn human(&self) -> Human {
        Human::new().fields(self.fields())
    }
}

/// `stake child auto-parent --enable|--disable`.
#[derive(Debug, Serialize)]
pub struct AutoParentWriteReport {
    /// True with --dry-run: nothing was signed.
    pub dry_run: bool,
    /// `auto_parent_enable` or `auto_parent_disable`.
    pub action: &'static str,
    /// The exact call signed (or that would be).
    pub call: Call,
    /// The hotkey's state before the call.
    pub before: AutoParentReport,
    pub tx_fee_rao: u64,
    /// The block the call lands (or would land) in.
    pub block: u64,
    /// The chain's events for the call (dry run, or the receipt once submitted).
    pub events: Vec<Event>,
    /// Set once submitted.
    pub executed: Option<Submitted>,
}

impl AutoParentWriteReport {
    fn fields(&self) -> Vec<(String, String)> {
        let mut f = vec![("action".to_string(), self.action.replace('_', " "))];
        f.extend(self.before.fields());
        f.push(("transaction fee".into(), format!("{} τ", fmt_tao(self.tx_fee_rao))));
        let names: Vec<&str> = self.events.iter().map(|e| e.name()).collect();
        f.push(("effects".into(), names.join(", ")));
        f.push(("block".into(), format!("#{}", self.block)));
        f
    }
}

impl Report for AutoParentWriteReport {
    fn human(&self) -> Human {
        tx::write_human(self.fields(), self.executed.as_ref(), self.dry_run)
    }
}

pub fn run(ctx: &Ctx, a: &ChildAutoParentArgs, name: &str) -> Result<()> {
    let hotkey = match &a.hotkey_ss58 {
        Some(s) => tx::parse_account(s, "hotkey")?,
        None => keys::hotkey_account(ctx)?,
    };
    let mut c = chain::connect(ctx)?;
    let before = AutoParentReport::from(&c.auto_parent(&hotkey)?);
    let enabled = match (a.enable, a.disable) {
        (true, _) => true,
        (_, true) => false,
        _ => return output::emit(ctx.mode, name, &before),
    };
    let action = if enabled { "auto_parent_enable" } else { "auto_parent_disable" };
    let call = Call::SetAutoParentDelegationEnabled { hotkey, enabled };
    let report = |run: &local_chain::preview::DryRun| AutoParentWriteReport {
        dry_run: true,
        action,
        call: call.clone(),
        before: before.clone(),
        tx_fee_rao: run.fee,
        block: run.block,
        events: run.events.clone(),
        executed: None,
    };
    let what = format!("stake child {}", action.replace('_', " "));
    let (run, sub) =
        sign_flow(ctx, c.as_mut(), &call, &what, a.dry_run, |run| report(run).fields())?;
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
