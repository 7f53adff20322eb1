//! The selected wallet's keys, as commands need them: addresses without a password, signing keys
//! after an unlock (password from `password.rs`, spinner while the KDF runs), keystore errors
//! turned into user-facing errors.

use std::time::Duration;

use keystore::keyfile::Protection;
use keystore::{KdfParams, Keypair, KeystoreError, LockedKey, PublicKey, Wallet, WalletRoot};
use local_chain::types::AccountId;
use zeroize::Zeroizing;

use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::password::{self, Purpose};

/// Maps a keystore error to a classified CLI error with a hint.
pub fn map(e: KeystoreError) -> CliError {
    let msg = e.to_string();
    match e {
        KeystoreError::WrongPassword { .. } | KeystoreError::EmptyPassword => {
            CliError::new(ErrorKind::Auth, msg).with_hint("check the password; nothing was changed")
        }
        KeystoreError::Exists { .. } => CliError::new(ErrorKind::Conflict, msg)
            .with_hint("pass --overwrite to replace it (make sure you have its mnemonic first)"),
        KeystoreError::NotFound { .. } => CliError::input(msg)
            .with_hint("`taoctl wallet list` shows the wallets and hotkeys under --wallet-path"),
        KeystoreError::Corrupt { .. }
        | KeystoreError::HostileKdfParams { .. }
        | KeystoreError::UnsupportedFormat { .. }
        | KeystoreError::PublicKeyMismatch { .. } => CliError::new(ErrorKind::Storage, msg)
            .with_hint("restore the key file from a backup or regenerate it from its mnemonic"),
        KeystoreError::Io { .. } | KeystoreError::Random(_) => CliError::internal(msg),
        _ => CliError::input(msg),
    }
}

/// The wallet named by `-w` under `--wallet-path`.
pub fn wallet(ctx: &Ctx) -> Result<Wallet> {
    WalletRoot::new(&ctx.wallet_path).wallet(&ctx.wallet).map_err(map)
}

/// Converts a keystore public key into the chain's account id.
pub fn account(p: &PublicKey) -> AccountId {
    AccountId(*p.as_bytes())
}

/// The coldkey's address, read from `coldkeypub.txt` (no password needed).
pub fn coldkey_account(ctx: &Ctx) -> Result<AccountId> {
    let w = wallet(ctx)?;
    w.coldkey_public().map(|p| account(&p)).map_err(|e| missing(ctx, e, "coldkey"))
}

/// The selected hotkey's address (no password needed).
pub fn hotkey_account(ctx: &Ctx) -> Result<AccountId> {
    let w = wallet(ctx)?;
    w.hotkey_public(&ctx.hotkey).map(|p| account(&p)).map_err(|e| missing(ctx, e, "hotkey"))
}

fn missing(ctx: &Ctx, e: KeystoreError, what: &str) -> CliError {
    match e {
        KeystoreError::NotFound { .. } => CliError::input(format!(
            "wallet `{}` has no {what}{} under {}",
            ctx.wallet,
            if what == "hotkey" { format!(" `{}`", ctx.hotkey) } else { String::new() },
            ctx.wallet_path.display()
        ))
        .with_hint(format!(
            "create it with `taoctl wallet create -w {}`, or pick another with -w/-H",
            ctx.wallet
        )),
        other => map(other),
    }
}

/// Unlocks a key file, asking for a password only when it is encrypted.
pub fn unlock(ctx: &Ctx, key: &LockedKey, what: &str) -> Result<Keypair> {
    unlock_keeping_password(ctx, key, what).map(|(kp, _)| kp)
}

/// [`unlock`], also returning the password that worked (None for unencrypted files), for
/// commands that write the key again under the same password (export, import, convert).
pub fn unlock_keeping_password(
    ctx: &Ctx,
    key: &LockedKey,
    what: &str,
) -> Result<(Keypair, Option<Zeroizing<String>>)> {
    if !key.is_encrypted() {
        return key.unlock("").map(|kp| (kp, None)).map_err(map);
    }
    let pw = password::obtain(ctx, Purpose::Unlock(what))?;
    let kp = with_spinner(ctx, &format!("unlocking {what}"), || key.unlock(&pw)).map_err(map)?;
    Ok((kp, Some(pw)))
}

/// Debug builds only: `TAOCTL_TEST_INSECURE_KDF=1` makes new taoctl-format keys use
/// [`KdfParams::INSECURE_TEST`] so end-to-end tests stay fast. Release builds ignore it.
#[cfg_attr(not(debug_assertions), allow(dead_code))]
pub const TEST_KDF_ENV: &str = "TAOCTL_TEST_INSECURE_KDF";

/// The Argon2id cost of new taoctl-format keys: [`KdfParams::DEFAULT`] (≈0.5 s).
pub fn taoctl_kdf() -> KdfParams {
    #[cfg(debug_assertions)]
    if std::env::var_os(TEST_KDF_ENV).is_some_and(|v| v == "1") {
        return KdfParams::INSECURE_TEST;
    }
    KdfParams::DEFAULT
}

/// How a coldkey is written: taoctl's format (default), btcli's `$NACL`, or unencrypted.
pub fn coldkey_protection(password: Option<&str>, btcli_compatible: bool) -> Protection<'_> {
    match password {
        None => Protection::Plain,
        Some(password) if btcli_compatible => Protection::Nacl { password },
        Some(password) => Protection::Taoctl { password, kdf: taoctl_kdf() },
    }
}

/// Unlocks the selected wallet's coldkey.
pub fn unlock_coldkey(ctx: &Ctx) -> Result<Keypair> {
    let w = wallet(ctx)?;
    let key = w.open_coldkey().map_err(|e| missing(ctx, e, "coldkey"))?;
    unlock(ctx, &key, &format!("coldkey of wallet `{}`", ctx.wallet))
}

/// Unlocks the selected hotkey.
pub fn unlock_hotkey(ctx: &Ctx) -> Result<Keypair> {
    let w = wallet(ctx)?;
    let key = w.open_hotkey(&ctx.hotkey).map_err(|e| missing(ctx, e, "hotkey"))?;
    unlock(ctx, &key, &format!("hotkey `{}` of wallet `{}`", ctx.hotkey, ctx.wallet))
}

/// The sp-core pair the chain signs with.
pub fn sp_pair(k: &Keypair) -> Result<sp_core::sr25519::Pair> {
    k.to_sp_core().map_err(map)
}

/// Runs a slow step (a KDF) with a spinner on stderr when a person is watching.
pub fn with_spinner<T>(ctx: &Ctx, msg: &str, f: impl FnOnce() -> T) -> T {
    if !ctx.interactive || ctx.mode.quiet || ctx.mode.json {
        return f();
    }
    let pb = indicatif::ProgressBar::new_spinner().with_message(msg.to_string());
    pb.enable_steady_tick(Duration::from_millis(80));
    let out = f();
    pb.finish_and_clear();
    out
}

/// Parses an SS58 address given on the command line (`what` names the flag in the error).
pub fn parse_address(s: &str, what: &str) -> Result<AccountId> {
    PublicKey::from_ss58(s.trim()).map(|p| account(&p)).map_err(|e| {
        CliError::input(format!("{what}: {e}"))
            .with_hint("copy the address again; `taoctl wallet list` shows your own addresses")
    })
}
