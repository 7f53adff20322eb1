//! `taoctl chain faucet`: test TAO on the embedded chain, minted through the dev sudo key.

use local_chain::extrinsic::Call;
use serde::Serialize;

use crate::chain;
use crate::cli::chain::ChainFaucetArgs;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{self, Human, Report};
use crate::{amount, keys};

/// What the faucet did.
#[derive(Serialize)]
pub struct FaucetReport {
    pub address: String,
    pub minted_rao: u64,
    /// The balance after (on a dry run: the balance it would have).
    pub balance_rao: u64,
    /// The block that included it (null on a dry run).
    pub block: Option<u64>,
    /// True with `--dry-run`: nothing was minted.
    pub dry_run: bool,
}

impl Report for FaucetReport {
    fn human(&self) -> Human {
        let h = Human::new().fields([
            ("address", self.address.clone()),
            ("minted", format!("{} TAO", amount::fmt_tao(self.minted_rao))),
            ("balance", format!("{} TAO", amount::fmt_tao(self.balance_rao))),
        ]);
        match self.block {
            Some(b) => h.note(format!("included in block #{b}")),
            None => h.note("dry run: nothing was minted"),
        }
    }
}

pub fn run(ctx: &Ctx, a: &ChainFaucetArgs, name: &str) -> Result<()> {
    super::require_embedded(ctx, "faucet")?;
    let minted = amount::parse_tao(&a.amount, "amount")?;
    let who = match &a.ss58 {
        Some(s) => keys::parse_address(s, "--ss58")?,
        None => keys::coldkey_account(ctx)?,
    };
    let mut c = chain::connect(ctx)?;
    let before = c.balance(&who)?;
    let new_free = before.checked_add(minted).ok_or_else(|| {
        CliError::input(format!("`{}` TAO would overflow the balance", a.amount))
            .with_hint("ask for a smaller amount")
    })?;
    if a.dry_run {
        let report = FaucetReport {
            address: who.to_ss58(),
            minted_rao: minted,
            balance_rao: new_free,
            block: None,
            dry_run: true,
        };
        return output::emit(ctx.mode, name, &report);
    }
    let sudo = local_chain::types::dev_pair("//Alice").map_err(CliError::internal)?;
    let call = Call::Sudo { call: Box::new(Call::ForceSetBalance { who, new_free }) };
    let receipt = c.submit(&sudo, call)?;
    let report = FaucetReport {
        address: who.to_ss58(),
        minted_rao: minted,
        balance_rao: c.balance(&who)?,
        block: Some(receipt.block),
        dry_run: false,
    };
    output::emit(ctx.mode, name, &report)
}
