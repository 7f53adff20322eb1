//! `wallet regen-coldkey|regen-hotkey|regen-coldkeypub|regen-hotkeypub`: restore keys you
//! already have (from a mnemonic, seed, private key, polkadot-js JSON, URI, or just the address).

use keystore::{Keypair, LockedKey, PublicKey};
use zeroize::Zeroizing;

use super::{
    KeysReport, Role, WrittenKey, hex_bytes, new_coldkey_password, write_coldkey, write_hotkey,
};
use crate::cli::wallet::{RegenArgs, RegenPubArgs, RegenSource};
use crate::context::Ctx;
use crate::error::{CliError, Result, io_error};
use crate::keys::{self, map};
use crate::output;
use crate::password::{self, Purpose};

/// A source resolved as far as possible without a password: a key, or a polkadot-js file to
/// unlock (whose address is known from the file).
enum Source {
    Key(Box<Keypair>),
    PolkadotJs(LockedKey),
}

impl Source {
    fn public(&self) -> Option<PublicKey> {
        match self {
            Source::Key(kp) => Some(kp.public_key()),
            Source::PolkadotJs(k) => k.public_key(),
        }
    }
}

fn resolve(s: &RegenSource) -> Result<Source> {
    let kp = if let Some(m) = &s.mnemonic {
        Keypair::from_phrase(m.trim()).map_err(map)?
    } else if let Some(path) = &s.mnemonic_file {
        let text = Zeroizing::new(
            std::fs::read_to_string(path).map_err(|e| io_error("read mnemonic file", path, &e))?,
        );
        Keypair::from_phrase(text.trim()).map_err(map)?
    } else if let Some(seed) = &s.seed {
        Keypair::from_seed(&*hex_bytes::<32>("the seed", seed)?).map_err(map)?
    } else if let Some(pk) = &s.private_key {
        Keypair::from_private_key(&*hex_bytes::<64>("the private key", pk)?).map_err(map)?
    } else if let Some(uri) = &s.uri {
        Keypair::from_uri(uri).map_err(map)?
    } else if let Some(path) = &s.json_file {
        let k = LockedKey::open(path).map_err(map)?;
        if k.format() != keystore::KeyFileFormat::PolkadotJs {
            return Err(CliError::input(format!(
                "`{}` is a {} key file, not a polkadot-js JSON export",
                path.display(),
                k.format()
            ))
            .with_hint("`taoctl wallet import PATH` reads btcli wallet directories"));
        }
        return Ok(Source::PolkadotJs(k));
    } else {
        return Err(CliError::input(
            "give one of --mnemonic, --mnemonic-file, --seed, --private-key, --json-file, --uri",
        ));
    };
    Ok(Source::Key(Box::new(kp)))
}

fn unlock(ctx: &Ctx, src: Source) -> Result<Keypair> {
    match src {
        Source::Key(kp) => Ok(*kp),
        Source::PolkadotJs(k) => {
            let what = format!("the polkadot-js JSON `{}`", k.path().display());
            let pw = password::obtain(ctx, Purpose::Unlock(&what))?;
            keys::with_spinner(ctx, "decrypting the JSON", || k.unlock(&pw)).map_err(map)
        }
    }
}

pub fn regen_coldkey(ctx: &Ctx, a: &RegenArgs, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let src = resolve(&a.source)?;
    w.check_coldkey_free(src.public(), a.overwrite).map_err(map)?;
    let kp = unlock(ctx, src)?;
    w.check_coldkey_free(Some(kp.public_key()), a.overwrite).map_err(map)?;
    if a.dry_run {
        // No password is asked for: a placeholder only selects the format the write would use.
        let format =
            keys::coldkey_protection((!a.no_password).then_some(""), a.btcli_compatible).format();
        let key = WrittenKey::new(
            Role::Coldkey,
            None,
            &kp.public_key(),
            format.name(),
            &w.coldkey_path(),
        );
        let files = [w.coldkey_path(), w.coldkeypub_path()];
        let what = format!("the coldkey of wallet `{}`", ctx.wallet);
        let notes = if a.no_password {
            vec!["warning: the coldkey would NOT be encrypted (--no-password)".into()]
        } else {
            vec![super::dry_run_new_password(ctx, &what, super::NewPassword::Main)?]
        };
        return super::emit_dry_run(ctx, name, vec![key], &files, notes);
    }
    let password = new_coldkey_password(ctx, a.no_password)?;
    let written = write_coldkey(
        ctx,
        &w,
        &kp,
        password.as_deref().map(String::as_str),
        a.btcli_compatible,
        a.overwrite,
    )?;
    let mut notes =
        vec![format!("restored the coldkey {} into wallet `{}`", written.address(), ctx.wallet)];
    if password.is_none() {
        notes.push("warning: the coldkey is NOT encrypted (--no-password)".into());
    }
    notes.extend(super::format_note(std::slice::from_ref(&written)));
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}

pub fn regen_hotkey(ctx: &Ctx, a: &RegenArgs, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let src = resolve(&a.source)?;
    w.check_hotkey_free(&ctx.hotkey, src.public(), a.overwrite).map_err(map)?;
    let kp = unlock(ctx, src)?;
    if a.dry_run {
        w.check_hotkey_free(&ctx.hotkey, Some(kp.public_key()), a.overwrite).map_err(map)?;
        let path = w.hotkey_path(&ctx.hotkey).map_err(map)?;
        let key =
            WrittenKey::new(Role::Hotkey, Some(&ctx.hotkey), &kp.public_key(), "plaintext", &path);
        let files = [path, w.hotkeypub_path(&ctx.hotkey).map_err(map)?];
        return super::emit_dry_run(ctx, name, vec![key], &files, Vec::new());
    }
    let written = write_hotkey(&w, &ctx.hotkey, &kp, a.overwrite)?;
    let notes = vec![format!(
        "restored the hotkey `{}` {} into wallet `{}` (unencrypted, as miners load it)",
        ctx.hotkey,
        written.address(),
        ctx.wallet
    )];
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}

pub fn regen_pub(ctx: &Ctx, a: &RegenPubArgs, role: Role, name: &str) -> Result<()> {
    let w = keys::wallet(ctx)?;
    let public = match (&a.ss58, &a.public_key) {
        (Some(s), _) => super::parse_ss58("--ss58", s)?,
        (None, Some(h)) => PublicKey::from_hex(h.trim())
            .map_err(|e| CliError::input(format!("--public-key: {e}")))?,
        (None, None) => return Err(CliError::input("give --ss58 or --public-key")),
    };
    if a.dry_run {
        let (path, label) = match role {
            Role::Coldkey => (w.coldkeypub_path(), None),
            Role::Hotkey => {
                (w.hotkeypub_path(&ctx.hotkey).map_err(map)?, Some(ctx.hotkey.as_str()))
            }
        };
        // The same refusal the write would give.
        if path.exists() && !a.overwrite {
            return Err(map(keystore::KeystoreError::Exists { path }));
        }
        let key = WrittenKey::new(role, label, &public, "public", &path);
        return super::emit_dry_run(ctx, name, vec![key], &[path], Vec::new());
    }
    let (path, label) = match role {
        Role::Coldkey => {
            w.write_coldkeypub(&public, a.overwrite).map_err(map)?;
            (w.coldkeypub_path(), None)
        }
        Role::Hotkey => {
            w.write_hotkeypub(&ctx.hotkey, &public, a.overwrite).map_err(map)?;
            (w.hotkeypub_path(&ctx.hotkey).map_err(map)?, Some(ctx.hotkey.as_str()))
        }
    };
    let written = WrittenKey::new(role, label, &public, "public", &path);
    let notes = vec![format!(
        "wrote a watch-only {} for {}: balances and overviews work, signing needs the secret key",
        written.label(),
        written.address()
    )];
    output::emit(
        ctx.mode,
        name,
        &KeysReport { wallet: ctx.wallet.clone(), keys: vec![written], notes },
    )
}
