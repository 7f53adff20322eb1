//! `taoctl wallet …`: keys and key files (on `keystore`), balances, transfers and the overview
//! (on `ChainClient`). One module per verb or per family of verbs.

mod balance;
mod convert;
mod create;
mod export;
mod import;
mod list;
mod overview;
mod regen;
mod sign;
mod transfer;

use keystore::{KeyFileInfo, Keypair, PublicKey};
use serde::{Serialize, Serializer};
use zeroize::Zeroizing;

use crate::cli::wallet::WalletCommand;
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::keys;

pub fn verb(c: &WalletCommand) -> &'static str {
    match c {
        WalletCommand::Create(_) => "create",
        WalletCommand::NewColdkey(_) => "new-coldkey",
        WalletCommand::NewHotkey(_) => "new-hotkey",
        WalletCommand::RegenColdkey(_) => "regen-coldkey",
        WalletCommand::RegenHotkey(_) => "regen-hotkey",
        WalletCommand::RegenColdkeypub(_) => "regen-coldkeypub",
        WalletCommand::RegenHotkeypub(_) => "regen-hotkeypub",
        WalletCommand::List => "list",
        WalletCommand::Show => "show",
        WalletCommand::Export(_) => "export",
        WalletCommand::Import(_) => "import",
        WalletCommand::Convert(_) => "convert",
        WalletCommand::ChangePassword(_) => "change-password",
        WalletCommand::Sign(_) => "sign",
        WalletCommand::Verify(_) => "verify",
        WalletCommand::Balance(_) => "balance",
        WalletCommand::Transfer(_) => "transfer",
        WalletCommand::Overview => "overview",
    }
}

pub fn run(ctx: &Ctx, cmd: WalletCommand, name: &str) -> Result<()> {
    match cmd {
        WalletCommand::Create(a) => create::create(ctx, &a, name),
        WalletCommand::NewColdkey(a) => create::new_coldkey(ctx, &a, name),
        WalletCommand::NewHotkey(a) => create::new_hotkey(ctx, &a, name),
        WalletCommand::RegenColdkey(a) => regen::regen_coldkey(ctx, &a, name),
        WalletCommand::RegenHotkey(a) => regen::regen_hotkey(ctx, &a, name),
        WalletCommand::RegenColdkeypub(a) => regen::regen_pub(ctx, &a, Role::Coldkey, name),
        WalletCommand::RegenHotkeypub(a) => regen::regen_pub(ctx, &a, Role::Hotkey, name),
        WalletCommand::List => list::list(ctx, name),
        WalletCommand::Show => list::show(ctx, name),
        WalletCommand::Export(a) => export::export(ctx, &a, name),
        WalletCommand::Import(a) => import::import(ctx, &a, name),
        WalletCommand::Convert(a) => convert::convert(ctx, &a, name),
        WalletCommand::ChangePassword(a) => convert::change_password(ctx, &a, name),
        WalletCommand::Sign(a) => sign::sign(ctx, &a, name),
        WalletCommand::Verify(a) => sign::verify(ctx, &a, name),
        WalletCommand::Balance(a) => balance::balance(ctx, &a, name),
        WalletCommand::Transfer(a) => transfer::transfer(ctx, &a, name),
        WalletCommand::Overview => overview::overview(ctx, name),
    }
}

/// Which slot of a wallet a key is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Coldkey,
    Hotkey,
}

/// A key that was written (or, in a dry run, would be), as reported to the user.
#[derive(Serialize)]
pub struct WrittenKey {
    pub role: Role,
    /// Hotkey name (None for the coldkey).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// None (JSON null) only in the dry run of a command that generates a new random key: its
    /// address is not known until the real run generates it.
    pub address: Option<String>,
    pub public_key: Option<String>,
    /// The format the key was read from, when it is rewritten from a key file (export, import,
    /// convert, change-password).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_format: Option<String>,
    /// `taoctl`, `nacl`, `plaintext`, `public`, ...
    pub format: String,
    pub path: String,
    /// Only with `--json --show-mnemonic` on create.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "secret_opt")]
    pub mnemonic: Option<Zeroizing<String>>,
}

fn secret_opt<S: Serializer>(v: &Option<Zeroizing<String>>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(m) => s.serialize_str(m),
        None => s.serialize_none(),
    }
}

impl WrittenKey {
    pub fn new(
        role: Role,
        name: Option<&str>,
        public: &PublicKey,
        format: &str,
        path: &std::path::Path,
    ) -> Self {
        WrittenKey {
            address: Some(public.to_ss58()),
            public_key: Some(public.to_hex()),
            ..WrittenKey::random(role, name, format, path)
        }
    }

    /// A key a dry run would generate at random: no address yet.
    pub fn random(role: Role, name: Option<&str>, format: &str, path: &std::path::Path) -> Self {
        WrittenKey {
            role,
            name: name.map(str::to_string),
            address: None,
            public_key: None,
            from_format: None,
            format: format.to_string(),
            path: path.display().to_string(),
            mnemonic: None,
        }
    }

    /// Names the format the key was read from.
    pub fn read_from(mut self, format: keystore::KeyFileFormat) -> Self {
        self.from_format = Some(format.name().to_string());
        self
    }

    /// The address, or what stands in for it before a random key is generated.
    pub fn address(&self) -> &str {
        self.address.as_deref().unwrap_or("(a new random key)")
    }

    /// "coldkey" or "hotkey `miner1`".
    pub fn label(&self) -> String {
        match (&self.role, &self.name) {
            (Role::Hotkey, Some(n)) => format!("hotkey `{n}`"),
            _ => "coldkey".into(),
        }
    }
}

/// One key file as seen without a password (list/show).
#[derive(Serialize)]
pub struct KeyFileView {
    pub path: String,
    pub format: Option<String>,
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Group/world can read or write it.
    pub permissions_too_open: bool,
}

impl From<&KeyFileInfo> for KeyFileView {
    fn from(k: &KeyFileInfo) -> Self {
        KeyFileView {
            path: k.path.display().to_string(),
            format: k.format.map(|f| f.name().to_string()),
            address: k.address(),
            error: k.error.clone(),
            permissions_too_open: k.permissions_too_open,
        }
    }
}

impl KeyFileView {
    /// "taoctl", "unreadable: …", plus a permissions warning.
    pub fn describe(&self) -> String {
        let mut s = match (&self.format, &self.error) {
            (_, Some(e)) => format!("unreadable: {e}"),
            (Some(f), None) => f.clone(),
            (None, None) => "?".into(),
        };
        if self.permissions_too_open {
            s.push_str(" (permissions too open: chmod 600)");
        }
        s
    }
}

/// Shows new keys' mnemonics to the person once (human mode: always; `--json`: only when a
/// terminal is attached, else the JSON carries them with `--show-mnemonic`, or nobody sees them).
pub fn reveal_mnemonics(
    ctx: &Ctx,
    keys: &mut [WrittenKey],
    fresh: &[&Keypair],
    show_in_json: bool,
) {
    let mut boxed = Vec::new();
    for (k, kp) in keys.iter_mut().zip(fresh) {
        let Some(m) = kp.mnemonic() else { continue };
        if ctx.mode.json && show_in_json {
            k.mnemonic = Some(Zeroizing::new(m.phrase().to_string()));
        } else if !ctx.mode.json || ctx.interactive {
            boxed.push((format!("Mnemonic of the {} ({})", k.label(), k.address()), m.phrase()));
        }
    }
    if !boxed.is_empty() {
        crate::output::secret_box(&boxed);
    } else if ctx.mode.json && !show_in_json && fresh.iter().any(|k| k.mnemonic().is_some()) {
        ctx.note(
            "warning: the new mnemonic was not shown (no terminal, and no --show-mnemonic); back up the key file or export it now",
        );
    }
}

/// Parses an SS58 address given on the command line; the error names the flag and the value.
pub fn parse_ss58(flag: &str, value: &str) -> Result<PublicKey> {
    PublicKey::from_ss58(value.trim()).map_err(|e| {
        CliError::input(format!("{flag}: {e}"))
            .with_hint("copy the address again; it is case-sensitive")
    })
}

/// Decodes hex (with or without 0x) into exactly N bytes; `what` names it, the value is not
/// echoed (it may be a secret).
pub fn hex_bytes<const N: usize>(what: &str, value: &str) -> Result<Zeroizing<[u8; N]>> {
    let t = value.trim();
    let digits = t.strip_prefix("0x").unwrap_or(t);
    let bytes = Zeroizing::new(
        hex::decode(digits)
            .map_err(|e| CliError::input(format!("{what} is not valid hex: {e}")))?,
    );
    let mut out = Zeroizing::new([0u8; N]);
    if bytes.len() != N {
        return Err(CliError::input(format!(
            "{what} has {} bytes, expected {N} ({} hex digits)",
            bytes.len(),
            2 * N
        )));
    }
    out.copy_from_slice(&bytes);
    Ok(out)
}

/// The password for a new coldkey: none with `--no-password`, else from the password sources
/// (asked twice at a terminal, strength-checked).
pub fn new_coldkey_password(ctx: &Ctx, no_password: bool) -> Result<Option<Zeroizing<String>>> {
    if no_password {
        return Ok(None);
    }
    let what = format!("the coldkey of wallet `{}`", ctx.wallet);
    crate::password::obtain(ctx, crate::password::Purpose::New(&what)).map(Some)
}

/// Writes a coldkey (running the KDF under a spinner) and returns its report entry.
pub fn write_coldkey(
    ctx: &Ctx,
    w: &keystore::Wallet,
    kp: &Keypair,
    password: Option<&str>,
    btcli_compatible: bool,
    overwrite: bool,
) -> Result<WrittenKey> {
    let protection = keys::coldkey_protection(password, btcli_compatible);
    keys::with_spinner(ctx, "encrypting the coldkey", || {
        w.write_coldkey(kp, protection, overwrite)
    })
    .map_err(keys::map)?;
    Ok(WrittenKey::new(
        Role::Coldkey,
        None,
        &kp.public_key(),
        protection.format().name(),
        &w.coldkey_path(),
    ))
}

/// Writes an unencrypted hotkey (what miners and validators load) and returns its report entry.
pub fn write_hotkey(
    w: &keystore::Wallet,
    name: &str,
    kp: &Keypair,
    overwrite: bool,
) -> Result<WrittenKey> {
    w.write_hotkey(name, kp, keystore::Protection::Plain, overwrite).map_err(keys::map)?;
    let path = w.hotkey_path(name).map_err(keys::map)?;
    Ok(WrittenKey::new(Role::Hotkey, Some(name), &kp.public_key(), "plaintext", &path))
}

/// What a command that wrote keys reports.
#[derive(Serialize)]
pub struct KeysReport {
    pub wallet: String,
    pub keys: Vec<WrittenKey>,
    #[serde(skip)]
    pub notes: Vec<String>,
}

impl crate::output::Report for KeysReport {
    fn human(&self) -> crate::output::Human {
        let mut t = crate::output::table(["key", "address", "format", "file"]);
        for k in &self.keys {
            let format = match &k.from_format {
                Some(from) if *from != k.format => format!("{} (from {from})", k.format),
                _ => k.format.clone(),
            };
            t.add_row([k.label(), k.address().to_string(), format, k.path.clone()]);
        }
        let mut h = crate::output::Human::new().table(t);
        for n in &self.notes {
            h = h.note(n.clone());
        }
        h
    }
}

/// What a `--dry-run` of a key-writing command reports: the keys it would write and every file
/// it would create or replace (`dry_run` is always true; nothing was written).
#[derive(Serialize)]
pub struct KeysDryRun {
    #[serde(flatten)]
    pub report: KeysReport,
    pub files: Vec<String>,
    pub dry_run: bool,
}

impl crate::output::Report for KeysDryRun {
    fn human(&self) -> crate::output::Human {
        let h = self.report.human();
        let h = if self.files.is_empty() {
            h.note("no file would change")
        } else {
            h.note(format!("would write: {}", self.files.join(", ")))
        };
        h.note("dry run: nothing was written")
    }
}

/// Emits what a dry run would write: `keys`, every file in `files`, and `notes` (human only).
pub fn emit_dry_run(
    ctx: &Ctx,
    name: &str,
    keys: Vec<WrittenKey>,
    files: &[std::path::PathBuf],
    notes: Vec<String>,
) -> Result<()> {
    let report = KeysReport { wallet: ctx.wallet.clone(), keys, notes };
    let files = files.iter().map(|p| p.display().to_string()).collect();
    crate::output::emit(ctx.mode, name, &KeysDryRun { report, files, dry_run: true })
}

/// Where the new password of a write comes from.
#[derive(Clone, Copy)]
pub enum NewPassword<'a> {
    /// `--password-file` / `TAOCTL_PASSWORD` (a new key's password, as for `create`).
    Main,
    /// `--new-password-file` / `TAOCTL_NEW_PASSWORD` (changing a password).
    Second(Option<&'a std::path::Path>),
}

/// A dry run's stand-in for obtaining a new password: never prompts (nothing is encrypted), but
/// a password given by file or environment is read and strength-checked as the real run would.
/// Returns a note saying which.
pub fn dry_run_new_password(ctx: &Ctx, what: &str, source: NewPassword<'_>) -> Result<String> {
    use crate::password::{NEW_PASSWORD_ENV, PASSWORD_ENV, Purpose, obtain, obtain_new};
    let (given, sources) = match source {
        NewPassword::Main => (
            ctx.password_file.is_some() || std::env::var(PASSWORD_ENV).is_ok(),
            format!("--password-file or {PASSWORD_ENV}"),
        ),
        NewPassword::Second(file) => (
            file.is_some() || std::env::var(NEW_PASSWORD_ENV).is_ok(),
            format!("--new-password-file or {NEW_PASSWORD_ENV}"),
        ),
    };
    if !given {
        return Ok(format!(
            "the real run needs a new password for {what} (asked at a terminal, or from {sources})"
        ));
    }
    // The Zeroizing password is dropped (and wiped) at once: only the check matters here.
    match source {
        NewPassword::Main => drop(obtain(ctx, Purpose::New(what))?),
        NewPassword::Second(file) => drop(obtain_new(ctx, what, file)?),
    }
    Ok(format!("the new password for {what} was read and is strong enough"))
}

/// A note for coldkeys written in taoctl's format (btcli cannot read them).
pub fn format_note(keys: &[WrittenKey]) -> Option<String> {
    keys.iter().any(|k| k.format == "taoctl").then(|| {
        "the coldkey is in taoctl's format (Argon2id); btcli cannot read it. `taoctl wallet convert --to btcli` makes it btcli-readable".to_string()
    })
}
