//! `wallet transfer`: send TAO from the wallet's coldkey.
//!
//! Everything that can be known before signing is checked and shown first: the destination
//! (SS58 or a local wallet name) and the amount locally, then the chain's own dry run of the call
//! (`ChainClient::dry_run`) gives the fee it charges, the amount it moves, the dust it burns and
//! the sender's balance after. A transfer the chain would refuse (insufficient balance, reaping
//! the sender without --allow-death, endowing the destination below the existential deposit) is
//! refused here, before any password prompt, with the chain's error name.

use keystore::{PublicKey, WalletRoot, validate_name};
use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use serde::Serialize;

use crate::amount::{fmt_tao, parse_tao};
use crate::chain;
use crate::cli::wallet::TransferArgs;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::keys::{self, map};
use crate::output::{self, Human, Report};

#[derive(Serialize)]
pub struct TransferReport {
    pub network: String,
    pub from: String,
    pub from_wallet: String,
    pub to: String,
    /// The local wallet `--dest` named, if it was a name.
    pub to_wallet: Option<String>,
    /// `transfer_keep_alive`, `transfer_allow_death` or `transfer_all`.
    pub call: &'static str,
    pub keep_alive: bool,
    pub amount_rao: u64,
    pub fee_rao: u64,
    pub from_before_rao: u64,
    pub from_after_rao: u64,
    pub to_before_rao: u64,
    pub to_after_rao: u64,
    /// Dust below the existential deposit burned when the sender is reaped.
    pub dust_burned_rao: u64,
    pub dry_run: bool,
    /// Block that included the transfer (not on a dry run).
    pub block: Option<u64>,
    pub block_hash: Option<String>,
}

impl TransferReport {
    fn fields(&self) -> Vec<(String, String)> {
        let to = match &self.to_wallet {
            Some(w) => format!("{} (wallet `{w}`)", self.to),
            None => self.to.clone(),
        };
        let mut f = vec![
            ("from".to_string(), format!("{} (wallet `{}`)", self.from, self.from_wallet)),
            ("to".to_string(), to),
            ("amount".to_string(), format!("{} τ", fmt_tao(self.amount_rao))),
            ("fee".to_string(), format!("{} τ", fmt_tao(self.fee_rao))),
            (
                "sender".to_string(),
                format!("{} τ → {} τ", fmt_tao(self.from_before_rao), fmt_tao(self.from_after_rao)),
            ),
            (
                "recipient".to_string(),
                format!("{} τ → {} τ", fmt_tao(self.to_before_rao), fmt_tao(self.to_after_rao)),
            ),
            ("call".to_string(), self.call.to_string()),
        ];
        if self.dust_burned_rao > 0 {
            f.push((
                "dust burned".into(),
                format!("{} τ (the sender account is reaped)", fmt_tao(self.dust_burned_rao)),
            ));
        }
        if let (Some(b), Some(h)) = (self.block, &self.block_hash) {
            f.push(("block".into(), format!("#{b} {h}")));
        }
        f
    }
}

impl Report for TransferReport {
    fn human(&self) -> Human {
        let h = Human::new().fields(self.fields());
        if self.dry_run {
            h.note("dry run: nothing was signed or sent")
        } else {
            h.note(format!("sent {} τ on {}", fmt_tao(self.amount_rao), self.network))
        }
    }
}

/// `--dest`: an SS58 address, else the name of a local wallet.
fn resolve_dest(ctx: &Ctx, dest: &str) -> Result<(PublicKey, Option<String>)> {
    let d = dest.trim();
    let ss58_err = match PublicKey::from_ss58(d) {
        Ok(pk) => return Ok((pk, None)),
        Err(e) => e,
    };
    if validate_name(d).is_ok() {
        let w = WalletRoot::new(&ctx.wallet_path).wallet(d).map_err(map)?;
        if w.exists() {
            let pk = w.coldkey_public().map_err(map)?;
            return Ok((pk, Some(d.to_string())));
        }
    }
    Err(CliError::input(format!(
        "--dest: {ss58_err}; nor is it a wallet name under {}",
        ctx.wallet_path.display()
    ))
    .with_hint("give the recipient's SS58 address, or the name of one of your wallets (`taoctl wallet list`)"))
}

/// Why the chain would refuse the transfer, in the transfer's own terms.
fn refusal(d: &DispatchError, free: u64, fee: u64, ed: u64) -> CliError {
    let name = d.name();
    let room = free.saturating_sub(fee).saturating_sub(ed);
    let (msg, hint) = match d {
        DispatchError::Expendability => (
            format!(
                "this transfer would leave the sending account below the existential deposit of {} τ and reap it",
                fmt_tao(ed)
            ),
            format!(
                "send at most {} τ to keep the account, or pass --allow-death to empty it",
                fmt_tao(room)
            ),
        ),
        DispatchError::InsufficientBalance => (
            format!(
                "insufficient balance: the amount plus the fee of {} τ is more than the free balance of {} τ",
                fmt_tao(fee),
                fmt_tao(free)
            ),
            format!("send at most {} τ (or --all)", fmt_tao(room)),
        ),
        DispatchError::ExistentialDeposit => (
            format!(
                "the recipient would hold less than the existential deposit of {} τ",
                fmt_tao(ed)
            ),
            format!("send at least {} τ to a new account", fmt_tao(ed)),
        ),
        DispatchError::Payment { fee } => (
            format!(
                "the free balance of {} τ cannot pay the fee of {} τ and keep the existential deposit",
                fmt_tao(free),
                fmt_tao(*fee)
            ),
            "check the balance with `taoctl wallet balance`".to_string(),
        ),
        other => (other.to_string(), "nothing was signed or sent".to_string()),
    };
    CliError::new(ErrorKind::Chain, format!("the chain would refuse this transfer ({name}): {msg}"))
        .with_chain_error(name)
        .with_hint(hint)
}

pub fn transfer(ctx: &Ctx, a: &TransferArgs, name: &str) -> Result<()> {
    // Local checks first: amount, destination, sender.
    let amount = a.amount.as_deref().map(|s| parse_tao(s, "amount")).transpose()?;
    let from = PublicKey(keys::coldkey_account(ctx)?.0);
    let (to, to_wallet) = resolve_dest(ctx, &a.dest)?;
    if to == from {
        return Err(CliError::input(format!("--dest is the sender itself ({})", from.to_ss58()))
            .with_hint("pick another wallet or address"));
    }
    let mut c = chain::connect(ctx)?;
    let (from_acc, to_acc) = (keys::account(&from), keys::account(&to));
    let keep_alive = !a.allow_death;
    let (call, call_name) = match amount {
        Some(value) if keep_alive => {
            (Call::TransferKeepAlive { dest: to_acc, value }, "transfer_keep_alive")
        }
        Some(value) => (Call::TransferAllowDeath { dest: to_acc, value }, "transfer_allow_death"),
        None => (Call::TransferAll { dest: to_acc, keep_alive }, "transfer_all"),
    };
    // The chain itself runs the call on a scratch copy of the next block: the fee it charges,
    // the amount it moves, the dust it burns, or the error it would give. Nothing is written.
    let run = c
        .dry_run(&from_acc, std::slice::from_ref(&call), &[], &[])?
        .pop()
        .ok_or_else(|| CliError::internal("the chain returned no dry run"))?;
    let ed = c.existential_deposit()?;
    let to_before = c.balance(&to_acc)?;
    if let Some(err) = &run.error {
        return Err(refusal(err, run.balance_before, run.fee, ed));
    }
    let sent = run
        .events
        .iter()
        .find_map(|e| match e {
            Event::Transfer { from, to, amount } if *from == from_acc && *to == to_acc => {
                Some(*amount)
            }
            _ => None,
        })
        .unwrap_or(0);
    let dust = run
        .events
        .iter()
        .find_map(|e| match e {
            Event::DustLost { account, amount } if *account == from_acc => Some(*amount),
            _ => None,
        })
        .unwrap_or(0);
    if sent == 0 {
        return Err(CliError::new(
            ErrorKind::Chain,
            format!(
                "nothing to send: the free balance of {} τ only covers the fee and the existential deposit",
                fmt_tao(run.balance_before)
            ),
        )
        .with_chain_error("InsufficientBalance")
        .with_hint("--allow-death sends everything above the fee"));
    }
    let (fee, from_before, from_after) = (run.fee, run.balance_before, run.balance_after);
    let mut report = TransferReport {
        network: c.network(),
        from: from.to_ss58(),
        from_wallet: ctx.wallet.clone(),
        to: to.to_ss58(),
        to_wallet,
        call: call_name,
        keep_alive,
        amount_rao: sent,
        fee_rao: fee,
        from_before_rao: from_before,
        from_after_rao: from_after,
        to_before_rao: to_before,
        to_after_rao: to_before.saturating_add(sent),
        dust_burned_rao: dust,
        dry_run: a.dry_run,
        block: None,
        block_hash: None,
    };
    if a.dry_run {
        return output::emit(ctx.mode, name, &report);
    }
    let preview: Vec<String> =
        report.fields().into_iter().map(|(k, v)| format!("{k:<10}  {v}")).collect();
    crate::commands::tx::show_preview(ctx, &preview.join("\n"));
    confirm::submit(
        ctx,
        &format!("Send {} τ to {} (fee {} τ)?", fmt_tao(sent), report.to, fmt_tao(fee)),
    )?;
    let kp = keys::unlock_coldkey(ctx)?;
    let pair = keys::sp_pair(&kp)?;
    let receipt = c.submit(&pair, call)?;
    report.block = Some(receipt.block);
    report.block_hash = Some(receipt.block_hash.to_hex());
    report.fee_rao = receipt.fee;
    report.from_after_rao = c.balance(&from_acc)?;
    report.to_after_rao = c.balance(&to_acc)?;
    output::emit(ctx.mode, name, &report)
}
