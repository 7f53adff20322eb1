//! `wallet import PATH`: a btcli wallet directory or a polkadot-js JSON file into wallet -w.
//! The source is only read (spec wallet-formats §10); every conflict in the target is found
//! before a password is asked for.

use keystore::{KeyFileFormat, LockedKey, WalletRoot, atomic};
use zeroize::Zeroizing;

use super::export::{Plan, copy_hotkeys, write_or_plan_coldkey, write_or_plan_coldkeypub};
use super::{KeysReport, Role, WrittenKey};
use crate::cli::wallet::ImportArgs;
use crate::context::Ctx;
use crate::error::{CliError, Result, io_error};
use crate::keys::{self, map};
use crate::output;

pub fn import(ctx: &Ctx, a: &ImportArgs, name: &str) -> Result<()> {
    let target = keys::wallet(ctx)?;
    let path = &a.path;
    if path.is_file() {
        let key = LockedKey::open(path).map_err(map)?;
        if key.format() != KeyFileFormat::PolkadotJs {
            return Err(CliError::input(format!(
                "`{}` is a {} key file; import takes a btcli wallet directory or a polkadot-js JSON export",
                path.display(),
                key.format()
            ))
            .with_hint("give the wallet's directory (the one holding `coldkey` and `hotkeys/`)"));
        }
        target.check_coldkey_free(key.public_key(), a.overwrite).map_err(map)?;
        let what = format!("the polkadot-js JSON `{}`", path.display());
        let (kp, pw) = keys::unlock_keeping_password(ctx, &key, &what)?;
        let mut plan = a.dry_run.then(Plan::default);
        let written = write_or_plan_coldkey(
            ctx,
            &target,
            &kp,
            pw.as_deref().map(String::as_str),
            a.btcli_compatible,
            a.overwrite,
            &mut plan,
        )?
        .read_from(key.format());
        let mut notes = vec![format!(
            "{} {} as the coldkey of wallet `{}`, encrypted with the JSON's password",
            if plan.is_some() { "would import" } else { "imported" },
            written.address(),
            ctx.wallet
        )];
        notes.extend(super::format_note(std::slice::from_ref(&written)));
        if let Some(plan) = plan {
            return super::emit_dry_run(ctx, name, vec![written], &plan.files, notes);
        }
        return output::emit(
            ctx.mode,
            name,
            &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
        );
    }
    if !path.is_dir() {
        return Err(CliError::input(format!("`{}` does not exist", path.display()))
            .with_hint("give a btcli wallet directory (e.g. ~/.bittensor/wallets/NAME) or a polkadot-js JSON file"));
    }
    let (parent, dir_name) = match (path.parent(), path.file_name().and_then(|n| n.to_str())) {
        (Some(p), Some(n)) => (p, n),
        _ => {
            return Err(CliError::input(format!("`{}` is not a wallet directory", path.display())));
        }
    };
    let src = WalletRoot::new(parent).wallet(dir_name).map_err(map)?;
    if super::export::same_dir(src.dir(), target.dir()) {
        return Err(CliError::input(format!(
            "`{}` is already wallet `{}`",
            path.display(),
            ctx.wallet
        ))
        .with_hint("pick another target with -w"));
    }
    let summary = src.summary().map_err(map)?;
    let public = summary.coldkey_public();
    if summary.coldkey.is_none() && public.is_none() && summary.hotkeys.is_empty() {
        return Err(CliError::input(format!(
            "`{}` holds no coldkey, coldkeypub.txt or hotkeys; it is not a btcli wallet directory",
            path.display()
        )));
    }
    target.check_coldkey_free(public, a.overwrite).map_err(map)?;
    for h in &summary.hotkeys {
        target.check_hotkey_free(&h.name, h.public_key(), a.overwrite).map_err(map)?;
    }

    let mut plan = a.dry_run.then(Plan::default);
    let mut written = Vec::new();
    if summary.coldkey.is_some() {
        let key = src.open_coldkey().map_err(map)?;
        let keep_as_is = a.btcli_compatible
            && matches!(key.format(), KeyFileFormat::Nacl | KeyFileFormat::Plain);
        if keep_as_is {
            // Already in a format btcli reads: copy it without decrypting.
            let pk = key.public_key().ok_or_else(|| {
                CliError::input(format!(
                    "`{}` has no coldkeypub.txt to tell its address",
                    path.display()
                ))
            })?;
            if let Some(plan) = plan.as_mut() {
                plan.files.extend([target.coldkey_path(), target.coldkeypub_path()]);
            } else {
                atomic::create_private_dir(target.dir()).map_err(map)?;
                let bytes = Zeroizing::new(
                    std::fs::read(key.path()).map_err(|e| io_error("read", key.path(), &e))?,
                );
                atomic::write_atomic(&target.coldkey_path(), &bytes, a.overwrite).map_err(map)?;
                target.write_coldkeypub(&pk, true).map_err(map)?;
            }
            written.push(
                WrittenKey::new(
                    Role::Coldkey,
                    None,
                    &pk,
                    key.format().name(),
                    &target.coldkey_path(),
                )
                .read_from(key.format()),
            );
        } else {
            let what = format!("coldkey in `{}`", path.display());
            let (kp, pw) = keys::unlock_keeping_password(ctx, &key, &what)?;
            let k = write_or_plan_coldkey(
                ctx,
                &target,
                &kp,
                pw.as_deref().map(String::as_str),
                a.btcli_compatible,
                a.overwrite,
                &mut plan,
            )?;
            written.push(k.read_from(key.format()));
        }
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
    written.extend(copy_hotkeys(ctx, &src, &target, a.overwrite, plan.as_mut())?);
    let mut notes = vec![format!(
        "{} `{}` into wallet `{}` ({} key(s)); the source was not modified",
        if plan.is_some() { "would import" } else { "imported" },
        path.display(),
        ctx.wallet,
        written.len()
    )];
    notes.extend(super::format_note(&written));
    if let Some(plan) = plan {
        notes.extend(plan.notes);
        return super::emit_dry_run(ctx, name, written, &plan.files, notes);
    }
    output::emit(ctx.mode, name, &KeysReport { wallet: ctx.wallet.clone(), keys: written, notes })
}
