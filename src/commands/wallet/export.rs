//! `wallet export --format btcli|polkadot-js|taoctl`.
//!
//! The key is written again under the password it was unlocked with (a new password is asked
//! for only when the source is unencrypted and the target format needs one). The output is
//! checked before anything is unlocked, so a refusal costs no KDF run and no prompt.

use std::path::{Path, PathBuf};

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
    let format = match a.format {
        ExportFormat::PolkadotJs => "polkadot-js",
        ExportFormat::Taoctl => "taoctl",
        ExportFormat::Btcli => return Err(CliError::internal("btcli export took the file path")),
    };
    let label = a.use_hotkey.then_some(ctx.hotkey.as_str());
    let written =
        WrittenKey::new(role, label, &kp.public_key(), format, &a.out).read_from(key.format());
    if a.dry_run {
        let mut notes = vec![format!(
            "the {} would be exported to {} ({format})",
            written.label(),
            a.out.display()
        )];
        notes.push(match had {
            Some(_) => "it would be encrypted with the key's password".into(),
            None => super::dry_run_new_password(
                ctx,
                &format!("the exported {what}"),
                super::NewPassword::Main,
            )?,
        });
        return super::emit_dry_run(ctx, name, vec![written], std::slice::from_ref(&a.out), notes);
    }
    let pw = password_for(ctx, had, &format!("the exported {what}"))?;
    let data = match a.format {
        ExportFormat::PolkadotJs => {
            let label = format!(
                "{}-{}",
                ctx.wallet,
                if a.use_hotkey { ctx.hotkey.as_str() } else { "coldkey" }
            );
            let json =
                keys::with_spinner(ctx, "encrypting", || polkadotjs::export(&kp, &pw, &label))
                    .map_err(map)?;
            Zeroizing::new(json.into_bytes())
        }
        ExportFormat::Taoctl => {
            let krole = if a.use_hotkey { KeyRole::Hotkey } else { KeyRole::Coldkey };
            let p = Protection::Taoctl { password: &pw, kdf: keys::taoctl_kdf() };
            keys::with_spinner(ctx, "encrypting", || keystore::encode_key(&kp, krole, p))
                .map_err(map)?
        }
        ExportFormat::Btcli => return Err(CliError::internal("btcli export took the file path")),
    };
    if let Some(parent) = a.out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| io_error("create directory", parent, &e))?;
    }
    atomic::write_atomic(&a.out, &data, a.overwrite).map_err(map)?;
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
    let mut plan = a.dry_run.then(Plan::default);
    let mut written = Vec::new();
    if src.coldkey.is_some() {
        let key = w.open_coldkey().map_err(map)?;
        let what = format!("coldkey of wallet `{}`", ctx.wallet);
        let (kp, had) = keys::unlock_keeping_password(ctx, &key, &what)?;
        let pw = had.as_deref().map(String::as_str);
        let k = write_or_plan_coldkey(ctx, &target, &kp, pw, true, a.overwrite, &mut plan)?;
        written.push(k.read_from(key.format()));
    } else if let Some(pk) = public {
        write_or_plan_coldkeypub(&target, &pk, a.overwrite, &mut plan)?;
        written.push(WrittenKey::new(
            Role::Coldkey,
            None,
            &pk,
            "public",
            &target.coldkeypub_path(),
        ));
    }
    written.extend(copy_hotkeys(ctx, w, &target, a.overwrite, plan.as_mut())?);
    let what = format!(
        "a btcli wallet to {} (the coldkey in btcli's $NACL format: readable by btcli and bittensor-wallet)",
        target.dir().display()
    );
    if let Some(plan) = plan {
        let mut notes = vec![format!("would write {what}")];
        notes.extend(plan.notes);
        return super::emit_dry_run(ctx, name, written, &plan.files, notes);
    }
    let notes = vec![format!("wrote {what}")];
    output::emit(ctx.mode, name, &KeysReport { wallet: ctx.wallet.clone(), keys: written, notes })
}

/// What a dry run collects instead of writing: the files the real run would create or replace,
/// and notes (e.g. on passwords). `None` in its place means: write.
#[derive(Default)]
pub(super) struct Plan {
    pub files: Vec<PathBuf>,
    pub notes: Vec<String>,
}

/// [`super::write_coldkey`], or in a dry run the same report entry and the files it would write.
pub(super) fn write_or_plan_coldkey(
    ctx: &Ctx,
    to: &Wallet,
    kp: &keystore::Keypair,
    password: Option<&str>,
    btcli_compatible: bool,
    overwrite: bool,
    plan: &mut Option<Plan>,
) -> Result<WrittenKey> {
    let Some(plan) = plan else {
        return super::write_coldkey(ctx, to, kp, password, btcli_compatible, overwrite);
    };
    // The same refusal the write would give (the callers checked it already; this keeps the
    // dry run honest if they stop doing so).
    to.check_coldkey_free(Some(kp.public_key()), overwrite).map_err(map)?;
    let format = keys::coldkey_protection(password, btcli_compatible).format();
    plan.files.push(to.coldkey_path());
    if !pub_file_matches(&to.coldkeypub_path(), &kp.public_key()) {
        plan.files.push(to.coldkeypub_path());
    }
    Ok(WrittenKey::new(Role::Coldkey, None, &kp.public_key(), format.name(), &to.coldkey_path()))
}

/// `write_coldkeypub`, or in a dry run its refusal and the file it would write.
pub(super) fn write_or_plan_coldkeypub(
    to: &Wallet,
    pk: &keystore::PublicKey,
    overwrite: bool,
    plan: &mut Option<Plan>,
) -> Result<()> {
    let Some(plan) = plan else {
        return to.write_coldkeypub(pk, overwrite).map_err(map);
    };
    refuse_existing(&to.coldkeypub_path(), overwrite)?;
    plan.files.push(to.coldkeypub_path());
    Ok(())
}

/// Does `path` hold a pub file for `pk` already (then writers leave it alone)?
fn pub_file_matches(path: &Path, pk: &keystore::PublicKey) -> bool {
    LockedKey::open(path).ok().and_then(|p| p.public_key()) == Some(*pk)
}

/// Do two paths name the same existing directory?
pub(super) fn same_dir(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

/// Copies every hotkey of `from` into `to`. Files btcli reads (plaintext, `$NACL`, pub files)
/// are copied byte for byte; taoctl-format or polkadot-js hotkeys are unlocked and written as
/// `$NACL` under the same password.
///
/// With a `plan` (a dry run) nothing is written: encrypted hotkeys are still unlocked (a wrong
/// password fails as in the real run), existing targets refused, and the files that would be
/// written are added to the plan.
pub(super) fn copy_hotkeys(
    ctx: &Ctx,
    from: &Wallet,
    to: &Wallet,
    overwrite: bool,
    mut plan: Option<&mut Plan>,
) -> Result<Vec<WrittenKey>> {
    let mut out = Vec::new();
    for h in from.summary().map_err(map)?.hotkeys {
        let Some(pk) = h.public_key() else {
            ctx.note(&format!("skipped hotkey `{}`: its files cannot be read", h.name));
            continue;
        };
        let dst = to.hotkey_path(&h.name).map_err(map)?;
        let mut format = "public".to_string();
        let mut from_format = None;
        if let Some(k) = &h.key {
            let locked = LockedKey::open(&k.path).map_err(map)?;
            from_format = Some(locked.format());
            if plan.is_none() {
                atomic::create_private_dir(&to.hotkeys_dir()).map_err(map)?;
            }
            match locked.format() {
                KeyFileFormat::Taoctl | KeyFileFormat::PolkadotJs => {
                    let what = format!("hotkey `{}` of wallet `{}`", h.name, from.name());
                    let (kp, had) = keys::unlock_keeping_password(ctx, &locked, &what)?;
                    if let Some(plan) = plan.as_deref_mut() {
                        to.check_hotkey_free(&h.name, Some(kp.public_key()), overwrite)
                            .map_err(map)?;
                        if had.is_none() {
                            let note = super::dry_run_new_password(
                                ctx,
                                &format!("the {what}"),
                                super::NewPassword::Main,
                            )?;
                            plan.notes.push(note);
                        }
                    } else {
                        let pw = password_for(ctx, had, &what)?;
                        keys::with_spinner(ctx, "encrypting the hotkey", || {
                            let p = Protection::Nacl { password: &pw };
                            to.write_hotkey(&h.name, &kp, p, overwrite)
                        })
                        .map_err(map)?;
                    }
                    format = "nacl".into();
                }
                f => {
                    if plan.is_some() {
                        refuse_existing(&dst, overwrite)?;
                    } else {
                        let bytes = Zeroizing::new(
                            std::fs::read(&k.path).map_err(|e| io_error("read", &k.path, &e))?,
                        );
                        atomic::write_atomic(&dst, &bytes, overwrite).map_err(map)?;
                    }
                    format = f.name().to_string();
                }
            }
            if let Some(plan) = plan.as_deref_mut() {
                plan.files.push(dst.clone());
            }
        }
        // The pub file (written by btcli since 2024) is what watch-only tools read.
        let pub_path = to.hotkeypub_path(&h.name).map_err(map)?;
        if !pub_file_matches(&pub_path, &pk) {
            match plan.as_deref_mut() {
                Some(plan) => plan.files.push(pub_path.clone()),
                None => to.write_hotkeypub(&h.name, &pk, true).map_err(map)?,
            }
        }
        let path = if h.key.is_some() { dst } else { pub_path };
        let mut key = WrittenKey::new(Role::Hotkey, Some(&h.name), &pk, &format, &path);
        if let Some(f) = from_format {
            key = key.read_from(f);
        }
        out.push(key);
    }
    Ok(out)
}
