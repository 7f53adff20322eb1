//! `wallet transfer`: send TAO from the wallet's coldkey.
//!
//! Everything that can be known before signing is checked and shown first: the destination
//! (SS58 or a local wallet name), the amount, the fee the chain will charge
//! (`ChainClient::estimate_fee`), and both balances after the transfer. A transfer the chain
//! would refuse (insufficient balance, reaping the sender without --allow-death, endowing the
//! destination below the existential deposit) is refused here, before any password prompt.

use keystore::{PublicKey, WalletRoot, validate_name};
use local_chain::extrinsic::Call;
use serde::Serialize;

use crate::amount::{fmt_tao, parse_tao};
use crate::chain;
use crate::cli::wallet::TransferArgs;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::keys::{self, map};
use crate::output::{self, Human, Report};
use crate::{amount, confirm};

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

fn refuse(chain_error: &str, msg: String, hint: String) -> CliError {
    CliError::new(ErrorKind::Chain, msg).with_chain_error(chain_error).with_hint(hint)
}

/// What the transfer will do: (amount sent, sender after, dust burned). Mirrors the ordering
/// of the chain: the fee is withdrawn first (keeping the sender alive), then the transfer.
fn plan(
    free: u64,
    dest_free: u64,
    fee: u64,
    ed: u64,
    amount: Option<u64>,
    keep_alive: bool,
) -> Result<(u64, u64, u64)> {
    let after_fee = free.checked_sub(fee).filter(|r| *r >= ed).ok_or_else(|| {
        refuse(
            "Payment",
            format!(
                "the balance of {} τ cannot pay the fee of {} τ and keep the existential deposit",
                fmt_tao(free),
                fmt_tao(fee)
            ),
            "check the balance with `taoctl wallet balance`".into(),
        )
    })?;
    let (sent, left, dust) = match amount {
        Some(v) => {
            let left = after_fee.checked_sub(v).ok_or_else(|| {
                refuse(
                    "InsufficientBalance",
                    format!(
                        "insufficient balance: {} τ + fee {} τ is more than the free balance of {} τ",
                        fmt_tao(v),
                        fmt_tao(fee),
                        fmt_tao(free)
                    ),
                    format!("send at most {} τ (or --all)", fmt_tao(after_fee.saturating_sub(ed))),
                )
            })?;
            if left < ed {
                if keep_alive {
                    return Err(refuse(
                        "Expendability",
                        format!(
                            "this transfer would leave {} τ, below the existential deposit of {} τ, and reap the sending account",
                            fmt_tao(left),
                            fmt_tao(ed)
                        ),
                        format!(
                            "send at most {} τ to keep the account, or pass --allow-death to empty it",
                            fmt_tao(after_fee - ed)
                        ),
                    ));
                }
                (v, 0, left)
            } else {
                (v, left, 0)
            }
        }
        None if keep_alive => (after_fee - ed, ed, 0),
        None => (after_fee, 0, 0),
    };
    if sent == 0 {
        return Err(refuse(
            "InsufficientBalance",
            format!(
                "nothing to send: the free balance of {} τ only covers the fee and the existential deposit",
                fmt_tao(free)
            ),
            "--allow-death sends everything above the fee".into(),
        ));
    }
    if dest_free.saturating_add(sent) < ed {
        return Err(refuse(
            "ExistentialDeposit",
            format!(
                "the recipient would hold {} τ, below the existential deposit of {} τ, so the chain would refuse it",
                fmt_tao(dest_free + sent),
                fmt_tao(ed)
            ),
            format!("send at least {} τ", fmt_tao(ed - dest_free)),
        ));
    }
    Ok((sent, left, dust))
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
    let fee = c.estimate_fee(&call)?;
    let ed = c.existential_deposit()?;
    let (from_before, to_before) = (c.balance(&from_acc)?, c.balance(&to_acc)?);
    let (sent, from_after, dust) = plan(from_before, to_before, fee, ed, amount, keep_alive)?;
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
        to_after_rao: to_before + sent,
        dust_burned_rao: dust,
        dry_run: a.dry_run,
        block: None,
        block_hash: None,
    };
    if a.dry_run {
        return output::emit(ctx.mode, name, &report);
    }
    for (k, v) in report.fields() {
        ctx.note(&format!("{k:<10}  {v}"));
    }
    confirm::submit(
        ctx,
        &format!("Send {} τ to {} (fee {} τ)?", amount::fmt_tao(sent), report.to, fmt_tao(fee)),
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

#[cfg(test)]
mod tests {
    use super::plan;

    const ED: u64 = 500;

    #[test]
    fn keep_alive_refuses_to_reap_and_allow_death_burns_dust() {
        assert_eq!(plan(10_000, 0, 100, ED, Some(9_000), true).ok(), Some((9_000, 900, 0)));
        let e = plan(10_000, 0, 100, ED, Some(9_500), true).err().and_then(|e| e.chain_error);
        assert_eq!(e.as_deref(), Some("Expendability"));
        assert_eq!(plan(10_000, 0, 100, ED, Some(9_500), false).ok(), Some((9_500, 0, 400)));
        assert_eq!(plan(10_000, 0, 100, ED, Some(9_900), false).ok(), Some((9_900, 0, 0)));
    }

    #[test]
    fn all_and_refusals() {
        assert_eq!(plan(10_000, 0, 100, ED, None, true).ok(), Some((9_400, ED, 0)));
        assert_eq!(plan(10_000, 0, 100, ED, None, false).ok(), Some((9_900, 0, 0)));
        let name = |r: crate::error::Result<(u64, u64, u64)>| r.err().and_then(|e| e.chain_error);
        assert_eq!(name(plan(550, 0, 100, ED, None, true)).as_deref(), Some("Payment"));
        assert_eq!(
            name(plan(10_000, 0, 100, ED, Some(10_000), false)).as_deref(),
            Some("InsufficientBalance")
        );
        assert_eq!(
            name(plan(10_000, 0, 100, ED, Some(10), true)).as_deref(),
            Some("ExistentialDeposit")
        );
        assert_eq!(name(plan(600, 0, 100, ED, None, true)).as_deref(), Some("InsufficientBalance"));
    }
}
