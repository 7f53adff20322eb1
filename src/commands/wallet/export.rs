//! `wallet export --format btcli|polkadot-js|taoctl`.
//!
//! The key is written again under the password it was unlocked with (a new password is asked
//! for only when the source is unencrypted and the target format needs one). The output is
//! checked before anything is unlocked, so a refusal costs no KDF run and no prompt.

use std::path::Path;

use keystore::{
    KeyFileFormat, KeyRole, LockedKey, Protection, Wallet, WalletRoot, atomic, polkadotjs,
};
use zeroize::Zeroizing;

use super::{KeysReport, Role, WrittenKey};
use crate::cli::wallet::{ExportArgs, ExportFormat};
use crate::context::Ctx;
use crate::error::{CliError, Result, io_error};
use crate::keys::{self, map};
use crate::output;
use crate::password::{self, Purpose};

fn refuse_existing(path: &Path, overwrite: bool) -> Result<()> {
    if !overwrite && path.exists() {
        return Err(map(keystore::KeystoreError::Exists { path: path.to_owned() }));
    }
    Ok(())
}

/// The password to write with: the unlock password, or a new one for an unencrypted source.
fn password_for(
    ctx: &Ctx,
    had: Option<Zeroizing<String>>,
    what: &str,
) -> Result<Zeroizing<String>> {
    match had {
        Some(p) => Ok(p),
        None => password::obtain(ctx, Purpose::New(what)),
    }
}

pub fn export(ctx: &Ctx, a: &ExportArgs, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    if a.format == ExportFormat::Btcli {
        return export_btcli(ctx, &w, a, name);
    }
    refuse_existing(&a.out, a.overwrite)?;
    let (key, role, what) = if a.use_hotkey {
        (
            w.open_hotkey(&ctx.hotkey).map_err(map)?,
            Role::Hotkey,
            format!("hotkey `{}` of wallet `{}`", ctx.hotkey, ctx.wallet),
        )
    } else {
        (
            w.open_coldkey().map_err(map)?,
            Role::Coldkey,
            format!("coldkey of wallet `{}`", ctx.wallet),
        )
    };
    let (kp, had) = keys::unlock_keeping_password(ctx, &key, &what)?;
    let pw = password_for(ctx, had, &format!("the exported {what}"))?;
    let (data, format) = match a.format {
        ExportFormat::PolkadotJs => {
            let label = format!(
                "{}-{}",
                ctx.wallet,
                if a.use_hotkey { ctx.hotkey.as_str() } else { "coldkey" }
            );
            let json =
                keys::with_spinner(ctx, "encrypting", || polkadotjs::export(&kp, &pw, &label))
                    .map_err(map)?;
            (Zeroizing::new(json.into_bytes()), "polkadot-js")
        }
        ExportFormat::Taoctl => {
            let krole = if a.use_hotkey { KeyRole::Hotkey } else { KeyRole::Coldkey };
            let p = Protection::Taoctl { password: &pw, kdf: keys::taoctl_kdf() };
            (
                keys::with_spinner(ctx, "encrypting", || keystore::encode_key(&kp, krole, p))
                    .map_err(map)?,
                "taoctl",
            )
        }
        ExportFormat::Btcli => return Err(CliError::internal("btcli export took the file path")),
    };
    if let Some(parent) = a.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| io_error("create directory", parent, &e))?;
    }
    atomic::write_atomic(&a.out, &data, a.overwrite).map_err(map)?;
    let label = a.use_hotkey.then_some(ctx.hotkey.as_str());
    let written = WrittenKey::new(role, label, &kp.public_key(), format, &a.out);
    let notes = vec![format!(
        "exported the {} to {} ({format}), encrypted with the key's password",
        written.label(),
        a.out.display()
    )];
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}

/// A btcli wallet directory `<out>/<wallet>`: `$NACL` coldkey (plaintext if the source is),
/// coldkeypub.txt, and every hotkey (btcli-readable files copied as they are).
fn export_btcli(ctx: &Ctx, w: &Wallet, a: &ExportArgs, name: &str) -> Result<()> {
    let target = WalletRoot::new(&a.out).wallet(w.name()).map_err(map)?;
    if same_dir(target.dir(), w.dir()) {
        return Err(CliError::input(format!(
            "--out would write the wallet onto itself ({})",
            w.dir().display()
        ))
        .with_hint(
            "export to another wallets root; `taoctl wallet convert --to btcli` converts in place",
        ));
    }
    let src = w.summary().map_err(map)?;
    let public = src.coldkey_public();
    // Every conflict is found before the coldkey is unlocked.
    target.check_coldkey_free(public, a.overwrite).map_err(map)?;
    for h in &src.hotkeys {
        target.check_hotkey_free(&h.name, h.public_key(), a.overwrite).map_err(map)?;
    }
    let mut written = Vec::new();
    if src.coldkey.is_some() {
        let key = w.open_coldkey().map_err(map)?;
        let what = format!("coldkey of wallet `{}`", ctx.wallet);
        let (kp, had) = keys::unlock_keeping_password(ctx, &key, &what)?;
        written.push(super::write_coldkey(
            ctx,
            &target,
            &kp,
            had.as_deref().map(String::as_str),
            true,
            a.overwrite,
        )?);
    } else if let Some(pk) = public {
        target.write_coldkeypub(&pk, a.overwrite).map_err(map)?;
        written.push(WrittenKey::new(
            Role::Coldkey,
            None,
            &pk,
            "public",
            &target.coldkeypub_path(),
        ));
    }
    written.extend(copy_hotkeys(ctx, w, &target, a.overwrite)?);
    let notes = vec![format!(
        "wrote a btcli wallet to {} (the coldkey in btcli's $NACL format: readable by btcli and bittensor-wallet)",
        target.dir().display()
    )];
    output::emit(ctx.mode, name, &KeysReport { wallet: ctx.wallet.clone(), keys: written, notes })
}

/// Do two paths name the same existing directory?
pub(super) fn same_dir(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// Copies every hotkey of `from` into `to`. Files btcli reads (plaintext, `$NACL`, pub files)
/// are copied byte for byte; taoctl-format or polkadot-js hotkeys are unlocked and written as
/// `$NACL` under the same password.
pub fn copy_hotkeys(
    ctx: &Ctx,
    from: &Wallet,
    to: &Wallet,
    overwrite: bool,
) -> Result<Vec<WrittenKey>> {
    let mut out = Vec::new();
    for h in from.summary().map_err(map)?.hotkeys {
        let Some(pk) = h.public_key() else {
            ctx.note(&format!("skipped hotkey `{}`: its files cannot be read", h.name));
            continue;
        };
        let dst = to.hotkey_path(&h.name).map_err(map)?;
        let mut format = "public".to_string();
        if let Some(k) = &h.key {
            atomic::create_private_dir(&to.hotkeys_dir()).map_err(map)?;
            let locked = LockedKey::open(&k.path).map_err(map)?;
            match locked.format() {
                KeyFileFormat::Taoctl | KeyFileFormat::PolkadotJs => {
                    let what = format!("hotkey `{}` of wallet `{}`", h.name, from.name());
                    let (kp, had) = keys::unlock_keeping_password(ctx, &locked, &what)?;
                    let pw = password_for(ctx, had, &what)?;
                    keys::with_spinner(ctx, "encrypting the hotkey", || {
                        to.write_hotkey(&h.name, &kp, Protection::Nacl { password: &pw }, overwrite)
                    })
                    .map_err(map)?;
                    format = "nacl".into();
                }
                f => {
                    let bytes = Zeroizing::new(
                        std::fs::read(&k.path).map_err(|e| io_error("read", &k.path, &e))?,
                    );
                    atomic::write_atomic(&dst, &bytes, overwrite).map_err(map)?;
                    format = f.name().to_string();
                }
            }
        }
        // The pub file (written by btcli since 2024) is what watch-only tools read.
        let pub_path = to.hotkeypub_path(&h.name).map_err(map)?;
        if LockedKey::open(&pub_path).ok().and_then(|p| p.public_key()) != Some(pk) {
            to.write_hotkeypub(&h.name, &pk, true).map_err(map)?;
        }
        let path = if h.key.is_some() { dst } else { pub_path };
        out.push(WrittenKey::new(Role::Hotkey, Some(&h.name), &pk, &format, &path));
    }
    Ok(out)
}
