//! `wallet create`, `new-coldkey`, `new-hotkey`: fresh keys from fresh mnemonics.
//!
//! Order matters (btcli#861): names and existing files are checked first, then the password is
//! obtained, and only then is anything generated, written or shown.

use keystore::{Keypair, WordCount};

use super::{
    KeysReport, NewPassword, Role, WrittenKey, new_coldkey_password, reveal_mnemonics,
    write_coldkey, write_hotkey,
};
use crate::cli::wallet::{NewHotkeyArgs, NewKeyArgs};
use crate::context::Ctx;
use crate::error::Result;
use crate::keys::{self, map};
use crate::output;

fn words(w: &str) -> Result<WordCount> {
    let n: usize = w.parse().unwrap_or(0);
    WordCount::try_from(n).map_err(map)
}

/// Coldkey and hotkey.
pub fn create(ctx: &Ctx, a: &NewKeyArgs, name: &str) -> Result<()> {
    new_keys(ctx, a, true, true, name)
}

pub fn new_coldkey(ctx: &Ctx, a: &NewKeyArgs, name: &str) -> Result<()> {
    new_keys(ctx, a, true, false, name)
}

pub fn new_hotkey(ctx: &Ctx, a: &NewHotkeyArgs, name: &str) -> Result<()> {
    let args = NewKeyArgs {
        words: a.words.clone(),
        btcli_compatible: false,
        overwrite: a.overwrite,
        no_password: true,
        show_mnemonic: a.show_mnemonic,
        dry_run: a.dry_run,
    };
    new_keys(ctx, &args, false, true, name)
}

fn new_keys(ctx: &Ctx, a: &NewKeyArgs, coldkey: bool, hotkey: bool, name: &str) -> Result<()> {
    let count = words(&a.words)?;
    let w = keys::wallet(ctx)?;
    // Refuse before asking for a password or generating anything.
    if coldkey {
        w.check_coldkey_free(None, a.overwrite).map_err(map)?;
    }
    if hotkey {
        w.check_hotkey_free(&ctx.hotkey, None, a.overwrite).map_err(map)?;
    }
    if a.dry_run {
        return dry_run(ctx, a, &w, coldkey, hotkey, name);
    }
    let password = if coldkey { new_coldkey_password(ctx, a.no_password)? } else { None };

    let mut written = Vec::new();
    let mut fresh: Vec<Keypair> = Vec::new();
    if coldkey {
        let kp = Keypair::generate(count).map_err(map)?;
        written.push(write_coldkey(
            ctx,
            &w,
            &kp,
            password.as_deref().map(String::as_str),
            a.btcli_compatible,
            a.overwrite,
        )?);
        fresh.push(kp);
    }
    if hotkey {
        let kp = Keypair::generate(count).map_err(map)?;
        written.push(write_hotkey(&w, &ctx.hotkey, &kp, a.overwrite)?);
        fresh.push(kp);
    }
    let refs: Vec<&Keypair> = fresh.iter().collect();
    reveal_mnemonics(ctx, &mut written, &refs, a.show_mnemonic);
    let mut notes = Vec::new();
    if coldkey && password.is_none() {
        notes.push("warning: the coldkey is NOT encrypted (--no-password); anyone who can read the file controls the funds".into());
    }
    notes.extend(super::format_note(&written));
    let report = KeysReport { wallet: ctx.wallet.clone(), keys: written, notes };
    output::emit(ctx.mode, name, &report)
}

/// The dry run: the checks above passed; say where new random keys would go. Nothing is
/// generated (an address shown now would not be the one the real run writes) and no mnemonic
/// exists to show.
fn dry_run(
    ctx: &Ctx,
    a: &NewKeyArgs,
    w: &keystore::Wallet,
    coldkey: bool,
    hotkey: bool,
    name: &str,
) -> Result<()> {
    let mut keys = Vec::new();
    let mut files = Vec::new();
    let mut notes = Vec::new();
    if coldkey {
        let what = format!("the coldkey of wallet `{}`", ctx.wallet);
        let placeholder = (!a.no_password).then_some("");
        let format = keys::coldkey_protection(placeholder, a.btcli_compatible).format();
        keys.push(WrittenKey::random(Role::Coldkey, None, format.name(), &w.coldkey_path()));
        files.extend([w.coldkey_path(), w.coldkeypub_path()]);
        if a.no_password {
            notes.push("warning: the coldkey would NOT be encrypted (--no-password)".into());
        } else {
            notes.push(super::dry_run_new_password(ctx, &what, NewPassword::Main)?);
        }
    }
    if hotkey {
        let path = w.hotkey_path(&ctx.hotkey).map_err(map)?;
        keys.push(WrittenKey::random(Role::Hotkey, Some(&ctx.hotkey), "plaintext", &path));
        files.extend([path, w.hotkeypub_path(&ctx.hotkey).map_err(map)?]);
    }
    notes.push(format!(
        "the real run generates {} new random key(s) from {}-word mnemonics; their addresses are known only then",
        keys.len(),
        a.words
    ));
    super::emit_dry_run(ctx, name, keys, &files, notes)
}
