//! `wallet convert --to taoctl|btcli` and `wallet change-password`: rewrite a key file in place.
//! The key is unlocked once, then the file is replaced atomically (temp file, fsync, rename):
//! a crash leaves the old file or the new one, never neither.

use keystore::{KeyFileFormat, KeyRole, Protection, write_key_file};

use super::{KeysReport, NewPassword, Role, WrittenKey};
use crate::cli::wallet::{ChangePasswordArgs, ColdkeyFormat, ConvertArgs};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys::{self, map};
use crate::output;
use crate::password;

pub fn convert(ctx: &Ctx, a: &ConvertArgs, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let key = w.open_coldkey().map_err(map)?;
    let from = key.format();
    let target = match a.to {
        ColdkeyFormat::Taoctl => KeyFileFormat::Taoctl,
        ColdkeyFormat::Btcli => KeyFileFormat::Nacl,
    };
    let public = key.public_key();
    if from == target && !a.change_password {
        let pk = public.ok_or_else(|| CliError::internal("coldkey without a public key"))?;
        let written = WrittenKey::new(Role::Coldkey, None, &pk, from.name(), &w.coldkey_path())
            .read_from(from);
        let notes =
            vec![format!("the coldkey is already in the {from} format; nothing was changed")];
        if a.dry_run {
            return super::emit_dry_run(ctx, name, vec![written], &[], notes);
        }
        return output::emit(
            ctx.mode,
            name,
            &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
        );
    }
    let what = format!("coldkey of wallet `{}`", ctx.wallet);
    let (kp, old) = keys::unlock_keeping_password(ctx, &key, &what)?;
    if a.dry_run {
        let written = WrittenKey::new(
            Role::Coldkey,
            None,
            &kp.public_key(),
            target.name(),
            &w.coldkey_path(),
        )
        .read_from(from);
        let mut notes = vec![format!(
            "the coldkey {} would be rewritten from {from} to {target}",
            written.address()
        )];
        notes.push(match old {
            Some(_) if !a.change_password => "it would keep its password".into(),
            _ => super::dry_run_new_password(
                ctx,
                &format!("the {what}"),
                NewPassword::Second(a.new_password_file.as_deref()),
            )?,
        });
        return super::emit_dry_run(ctx, name, vec![written], &[w.coldkey_path()], notes);
    }
    let new = match old {
        Some(pw) if !a.change_password => pw,
        _ => password::obtain_new(ctx, &what, a.new_password_file.as_deref())?,
    };
    let protection = match target {
        KeyFileFormat::Nacl => Protection::Nacl { password: &new },
        _ => Protection::Taoctl { password: &new, kdf: keys::taoctl_kdf() },
    };
    keys::with_spinner(ctx, "re-encrypting the coldkey", || {
        write_key_file(&w.coldkey_path(), &kp, KeyRole::Coldkey, protection, true)
    })
    .map_err(map)?;
    let written =
        WrittenKey::new(Role::Coldkey, None, &kp.public_key(), target.name(), &w.coldkey_path())
            .read_from(from);
    let mut notes = vec![format!(
        "converted the coldkey {} from {from} to {target}{}",
        written.address(),
        if a.change_password { " with a new password" } else { " (same password)" }
    )];
    if target == KeyFileFormat::Nacl {
        notes.push("btcli and bittensor-wallet can read it now; $NACL uses a fixed salt and is weaker than taoctl's format".into());
    }
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}

pub fn change_password(ctx: &Ctx, a: &ChangePasswordArgs, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let (key, path, role, label, what) = if a.use_hotkey {
        (
            w.open_hotkey(&ctx.hotkey).map_err(map)?,
            w.hotkey_path(&ctx.hotkey).map_err(map)?,
            KeyRole::Hotkey,
            Some(ctx.hotkey.as_str()),
            format!("hotkey `{}` of wallet `{}`", ctx.hotkey, ctx.wallet),
        )
    } else {
        (
            w.open_coldkey().map_err(map)?,
            w.coldkey_path(),
            KeyRole::Coldkey,
            None,
            format!("coldkey of wallet `{}`", ctx.wallet),
        )
    };
    let format = key.format();
    if !matches!(format, KeyFileFormat::Taoctl | KeyFileFormat::Nacl) {
        return Err(CliError::input(format!("the {what} is in the {format} format, which has no password taoctl can change"))
            .with_hint("`taoctl wallet convert --to taoctl|btcli --change-password` encrypts it in a current format"));
    }
    let (kp, _old) = keys::unlock_keeping_password(ctx, &key, &what)?;
    let r = if a.use_hotkey { Role::Hotkey } else { Role::Coldkey };
    let written =
        WrittenKey::new(r, label, &kp.public_key(), format.name(), &path).read_from(format);
    if a.dry_run {
        let notes = vec![
            format!("the {what} would be re-encrypted in the {format} format under a new password"),
            super::dry_run_new_password(
                ctx,
                &format!("the {what}"),
                NewPassword::Second(a.new_password_file.as_deref()),
            )?,
        ];
        return super::emit_dry_run(ctx, name, vec![written], &[path], notes);
    }
    let new = password::obtain_new(ctx, &what, a.new_password_file.as_deref())?;
    let protection = match format {
        KeyFileFormat::Nacl => Protection::Nacl { password: &new },
        _ => Protection::Taoctl { password: &new, kdf: keys::taoctl_kdf() },
    };
    keys::with_spinner(ctx, "re-encrypting", || write_key_file(&path, &kp, role, protection, true))
        .map_err(map)?;
    let notes =
        vec![format!("changed the password of the {what}; the old password no longer works")];
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}
