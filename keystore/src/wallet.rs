//! btcli wallet directories: `<root>/<wallet>/coldkey`, `coldkeypub.txt`, `hotkeys/<name>`,
//! `hotkeys/<name>pub.txt`. Listing (no passwords), opening, creating and rewriting keys, with
//! names validated so nothing can escape the root.

use std::path::{Path, PathBuf};

use crate::atomic;
use crate::error::{KeystoreError, Result};
use crate::format::KeyFileFormat;
use crate::keyfile::{self, KeyRole, LockedKey, Protection};
use crate::keypair::{Keypair, PublicKey};
use crate::mnemonic::WordCount;

/// File name of the coldkey secret.
pub const COLDKEY_FILE: &str = "coldkey";
/// File name of the coldkey's public data.
pub const COLDKEYPUB_FILE: &str = "coldkeypub.txt";
/// Directory of hotkeys inside a wallet.
pub const HOTKEYS_DIR: &str = "hotkeys";
/// Suffix of a hotkey's public file.
pub const PUB_SUFFIX: &str = "pub.txt";

/// `$HOME/.bittensor/wallets`, the default root of btcli, btwallet and bittensor 11.
pub fn default_root() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".bittensor").join("wallets"))
}

/// Check a wallet or hotkey name: one plain path component that cannot escape the wallet root,
/// hide as a temp file, or clash with a hotkey's `pub.txt` file.
pub fn validate_name(name: &str) -> Result<()> {
    let bad = |reason: &str| {
        Err(KeystoreError::InvalidName { name: name.to_owned(), reason: reason.to_owned() })
    };
    if name.is_empty() {
        return bad("it is empty");
    }
    if name == "." || name == ".." {
        return bad("it refers to a directory, not a name");
    }
    if name.contains(['/', '\\']) {
        return bad("it contains a path separator");
    }
    if name.chars().any(char::is_control) {
        return bad("it contains control characters");
    }
    if name.starts_with('.') {
        return bad("it starts with a dot (hidden and temporary files use that)");
    }
    if name.trim() != name {
        return bad("it starts or ends with whitespace");
    }
    if name.len() > 128 {
        return bad("it is longer than 128 bytes");
    }
    if name.ends_with(PUB_SUFFIX) {
        return bad("it ends with pub.txt, which would clash with a hotkey's public file");
    }
    Ok(())
}

/// What a key file holds, as seen without a password.
#[derive(Debug, Clone)]
pub struct KeyFileInfo {
    /// The file.
    pub path: PathBuf,
    /// Detected format (`None` when unreadable; see `error`).
    pub format: Option<KeyFileFormat>,
    /// Public key when readable without a password.
    pub public_key: Option<PublicKey>,
    /// Why it could not be read, if it could not.
    pub error: Option<String>,
    /// Group/world can read or write it (a secret key file should be 0600).
    pub permissions_too_open: bool,
}

impl KeyFileInfo {
    /// SS58 address when known.
    pub fn address(&self) -> Option<String> {
        self.public_key.map(|p| p.to_ss58())
    }

    fn probe(path: &Path) -> Option<KeyFileInfo> {
        if !path.is_file() {
            return None;
        }
        let permissions_too_open = permissions_too_open(path);
        Some(match LockedKey::open(path) {
            Ok(k) => KeyFileInfo {
                path: path.to_owned(),
                format: Some(k.format()),
                public_key: k.public_key(),
                error: None,
                permissions_too_open,
            },
            Err(e) => KeyFileInfo {
                path: path.to_owned(),
                format: None,
                public_key: None,
                error: Some(e.to_string()),
                permissions_too_open,
            },
        })
    }
}

fn permissions_too_open(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::metadata(path).map(|m| m.permissions().mode() & 0o077 != 0).unwrap_or(false)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// A hotkey as seen without a password.
#[derive(Debug, Clone)]
pub struct HotkeySummary {
    /// Hotkey name.
    pub name: String,
    /// `hotkeys/<name>` if present.
    pub key: Option<KeyFileInfo>,
    /// `hotkeys/<name>pub.txt` if present.
    pub pub_file: Option<KeyFileInfo>,
}

impl HotkeySummary {
    /// Public key from the key file or else the pub file.
    pub fn public_key(&self) -> Option<PublicKey> {
        self.key.as_ref().and_then(|k| k.public_key).or_else(|| self.pub_file.as_ref()?.public_key)
    }
}

/// A wallet as seen without a password.
#[derive(Debug, Clone)]
pub struct WalletSummary {
    /// Wallet name.
    pub name: String,
    /// Wallet directory.
    pub path: PathBuf,
    /// `coldkey` if present.
    pub coldkey: Option<KeyFileInfo>,
    /// `coldkeypub.txt` if present.
    pub coldkeypub: Option<KeyFileInfo>,
    /// Hotkeys, sorted by name.
    pub hotkeys: Vec<HotkeySummary>,
}

impl WalletSummary {
    /// Coldkey public key from `coldkeypub.txt`, or from the coldkey if readable without password.
    pub fn coldkey_public(&self) -> Option<PublicKey> {
        self.coldkeypub
            .as_ref()
            .and_then(|k| k.public_key)
            .or_else(|| self.coldkey.as_ref()?.public_key)
    }
}

/// A directory of wallets (`~/.bittensor/wallets` by default).
#[derive(Debug, Clone)]
pub struct WalletRoot {
    path: PathBuf,
}

impl WalletRoot {
    /// A root at `path` (need not exist yet).
    pub fn new(path: impl Into<PathBuf>) -> WalletRoot {
        WalletRoot { path: path.into() }
    }

    /// The root directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Names of the wallets (sub-directories with valid names), sorted. A missing root is empty.
    pub fn wallet_names(&self) -> Result<Vec<String>> {
        list_dir(&self.path, |p, name| p.is_dir() && validate_name(name).is_ok())
    }

    /// Every wallet with its keys' formats and addresses; unreadable files are reported in
    /// `KeyFileInfo::error`, not as a failure of the whole listing.
    pub fn list(&self) -> Result<Vec<WalletSummary>> {
        self.wallet_names()?.iter().map(|n| self.wallet(n)?.summary()).collect()
    }

    /// A wallet by name (validated; the directory need not exist yet).
    pub fn wallet(&self, name: &str) -> Result<Wallet> {
        validate_name(name)?;
        Ok(Wallet { name: name.to_owned(), dir: self.path.join(name) })
    }
}

fn list_dir(dir: &Path, keep: impl Fn(&Path, &str) -> bool) -> Result<Vec<String>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(KeystoreError::io("list", dir, e)),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| KeystoreError::io("list", dir, e))?;
        let Ok(name) = entry.file_name().into_string() else { continue };
        if keep(&entry.path(), &name) {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// One wallet directory.
#[derive(Debug, Clone)]
pub struct Wallet {
    name: String,
    dir: PathBuf,
}

impl Wallet {
    /// Wallet name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Wallet directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Does the wallet directory exist?
    pub fn exists(&self) -> bool {
        self.dir.is_dir()
    }

    /// `<wallet>/coldkey`.
    pub fn coldkey_path(&self) -> PathBuf {
        self.dir.join(COLDKEY_FILE)
    }

    /// `<wallet>/coldkeypub.txt`.
    pub fn coldkeypub_path(&self) -> PathBuf {
        self.dir.join(COLDKEYPUB_FILE)
    }

    /// `<wallet>/hotkeys`.
    pub fn hotkeys_dir(&self) -> PathBuf {
        self.dir.join(HOTKEYS_DIR)
    }

    /// `<wallet>/hotkeys/<name>` (name validated).
    pub fn hotkey_path(&self, name: &str) -> Result<PathBuf> {
        validate_name(name)?;
        Ok(self.hotkeys_dir().join(name))
    }

    /// `<wallet>/hotkeys/<name>pub.txt` (name validated).
    pub fn hotkeypub_path(&self, name: &str) -> Result<PathBuf> {
        validate_name(name)?;
        Ok(self.hotkeys_dir().join(format!("{name}{PUB_SUFFIX}")))
    }

    /// Hotkey names: key files and pub files (for hotkeys that only have a pub file), sorted.
    pub fn hotkey_names(&self) -> Result<Vec<String>> {
        let files = list_dir(&self.hotkeys_dir(), |p, _| p.is_file())?;
        let mut names: Vec<String> = files
            .iter()
            .map(|f| f.strip_suffix(PUB_SUFFIX).unwrap_or(f).to_owned())
            .filter(|n| validate_name(n).is_ok())
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// The wallet's files, formats and addresses, without passwords.
    pub fn summary(&self) -> Result<WalletSummary> {
        let mut hotkeys = Vec::new();
        for name in self.hotkey_names()? {
            hotkeys.push(HotkeySummary {
                key: KeyFileInfo::probe(&self.hotkey_path(&name)?),
                pub_file: KeyFileInfo::probe(&self.hotkeypub_path(&name)?),
                name,
            });
        }
        Ok(WalletSummary {
            name: self.name.clone(),
            path: self.dir.clone(),
            coldkey: KeyFileInfo::probe(&self.coldkey_path()),
            coldkeypub: KeyFileInfo::probe(&self.coldkeypub_path()),
            hotkeys,
        })
    }

    /// Open the coldkey; its public key comes from `coldkeypub.txt` when the coldkey itself is
    /// encrypted in a format that hides it (the two must agree, checked again on unlock).
    pub fn open_coldkey(&self) -> Result<LockedKey> {
        open_with_pub(&self.coldkey_path(), &self.coldkeypub_path())
    }

    /// Open a hotkey (same rules with `<name>pub.txt`).
    pub fn open_hotkey(&self, name: &str) -> Result<LockedKey> {
        open_with_pub(&self.hotkey_path(name)?, &self.hotkeypub_path(name)?)
    }

    /// The coldkey's public key without a password: `coldkeypub.txt`, else the coldkey file.
    pub fn coldkey_public(&self) -> Result<PublicKey> {
        public_of(&self.coldkeypub_path(), &self.coldkey_path())
    }

    /// A hotkey's public key without a password: the key file if plaintext, else `<name>pub.txt`.
    pub fn hotkey_public(&self, name: &str) -> Result<PublicKey> {
        public_of(&self.hotkeypub_path(name)?, &self.hotkey_path(name)?)
    }

    /// Would writing a coldkey for `public` (None: a key not generated yet) be refused without
    /// `overwrite`? The same check the writers run, for callers that must refuse before asking
    /// for a password or generating anything.
    pub fn check_coldkey_free(&self, public: Option<PublicKey>, overwrite: bool) -> Result<()> {
        self.check_free(&self.coldkey_path(), &self.coldkeypub_path(), public, overwrite)
    }

    /// [`Wallet::check_coldkey_free`] for hotkey `name`.
    pub fn check_hotkey_free(
        &self,
        name: &str,
        public: Option<PublicKey>,
        overwrite: bool,
    ) -> Result<()> {
        self.check_free(&self.hotkey_path(name)?, &self.hotkeypub_path(name)?, public, overwrite)
    }

    /// Write the coldkey (in `protection`) and `coldkeypub.txt`. Without `overwrite`, refuses
    /// (before any encryption) if a coldkey exists, or a coldkeypub for a different key.
    pub fn write_coldkey(
        &self,
        kp: &Keypair,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<()> {
        protection.check_password()?;
        self.check_free(
            &self.coldkey_path(),
            &self.coldkeypub_path(),
            Some(kp.public_key()),
            overwrite,
        )?;
        self.write_pair(
            &self.coldkey_path(),
            &self.coldkeypub_path(),
            kp,
            KeyRole::Coldkey,
            protection,
            overwrite,
        )
    }

    /// Write a hotkey (usually `Protection::Plain`, which miners expect) and `<name>pub.txt`.
    pub fn write_hotkey(
        &self,
        name: &str,
        kp: &Keypair,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<()> {
        let (key, pubf) = (self.hotkey_path(name)?, self.hotkeypub_path(name)?);
        protection.check_password()?;
        self.check_free(&key, &pubf, Some(kp.public_key()), overwrite)?;
        self.write_pair(&key, &pubf, kp, KeyRole::Hotkey, protection, overwrite)
    }

    /// Generate a new coldkey with a fresh mnemonic and write it. The existence check comes
    /// before generation, so a refused call creates nothing.
    pub fn create_coldkey(
        &self,
        words: WordCount,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<Keypair> {
        protection.check_password()?;
        self.check_free(&self.coldkey_path(), &self.coldkeypub_path(), None, overwrite)?;
        let kp = Keypair::generate(words)?;
        self.write_coldkey(&kp, protection, overwrite)?;
        Ok(kp)
    }

    /// Generate a new hotkey with a fresh mnemonic and write it (checks first, like
    /// [`Wallet::create_coldkey`]).
    pub fn create_hotkey(
        &self,
        name: &str,
        words: WordCount,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<Keypair> {
        protection.check_password()?;
        self.check_free(&self.hotkey_path(name)?, &self.hotkeypub_path(name)?, None, overwrite)?;
        let kp = Keypair::generate(words)?;
        self.write_hotkey(name, &kp, protection, overwrite)?;
        Ok(kp)
    }

    /// Write a watch-only `coldkeypub.txt` (`regen-coldkeypub` from an address or public key).
    pub fn write_coldkeypub(&self, public: &PublicKey, overwrite: bool) -> Result<()> {
        atomic::create_private_dir(&self.dir)?;
        keyfile::write_pub_file(&self.coldkeypub_path(), public, overwrite)
    }

    /// Write a watch-only `hotkeys/<name>pub.txt`.
    pub fn write_hotkeypub(&self, name: &str, public: &PublicKey, overwrite: bool) -> Result<()> {
        let path = self.hotkeypub_path(name)?;
        atomic::create_private_dir(&self.hotkeys_dir())?;
        keyfile::write_pub_file(&path, public, overwrite)
    }

    /// Re-encrypt the coldkey in place (`convert` / `change-password`), atomically.
    pub fn reencrypt_coldkey(
        &self,
        old_password: &str,
        protection: Protection<'_>,
    ) -> Result<Keypair> {
        protection.check_password()?;
        let kp = self.open_coldkey()?.unlock(old_password)?;
        keyfile::reencrypt_with(&self.coldkey_path(), &kp, KeyRole::Coldkey, protection)?;
        Ok(kp)
    }

    /// Re-encrypt a hotkey in place, atomically.
    pub fn reencrypt_hotkey(
        &self,
        name: &str,
        old_password: &str,
        protection: Protection<'_>,
    ) -> Result<Keypair> {
        protection.check_password()?;
        let kp = self.open_hotkey(name)?.unlock(old_password)?;
        keyfile::reencrypt_with(&self.hotkey_path(name)?, &kp, KeyRole::Hotkey, protection)?;
        Ok(kp)
    }

    fn check_free(
        &self,
        key: &Path,
        pubf: &Path,
        public: Option<PublicKey>,
        overwrite: bool,
    ) -> Result<()> {
        if overwrite {
            return Ok(());
        }
        if key.exists() {
            return Err(KeystoreError::Exists { path: key.to_owned() });
        }
        // A pub file for the same key (watch-only wallet being completed) is fine to keep.
        if pubf.exists() {
            let same = match (public, LockedKey::open(pubf)) {
                (Some(pk), Ok(existing)) => existing.public_key() == Some(pk),
                _ => false,
            };
            if !same {
                return Err(KeystoreError::Exists { path: pubf.to_owned() });
            }
        }
        Ok(())
    }

    fn write_pair(
        &self,
        key: &Path,
        pubf: &Path,
        kp: &Keypair,
        role: KeyRole,
        protection: Protection<'_>,
        overwrite: bool,
    ) -> Result<()> {
        if let Some(parent) = key.parent() {
            atomic::create_private_dir(parent)?;
        }
        // The secret goes first: if we stop between the two writes, the key is safe and the pub
        // file can be regenerated from it.
        keyfile::write_key_file(key, kp, role, protection, overwrite)?;
        let pub_matches =
            LockedKey::open(pubf).is_ok_and(|p| p.public_key() == Some(kp.public_key()));
        if !pub_matches {
            keyfile::write_pub_file(pubf, &kp.public_key(), true)?;
        }
        Ok(())
    }
}

fn open_with_pub(key: &Path, pubf: &Path) -> Result<LockedKey> {
    let locked = LockedKey::open(key)?;
    if locked.public_key().is_some() {
        // The file states its own key; a pub file that disagrees is reported (not silently
        // ignored) so the user sees the inconsistency and can regenerate the pub file.
        if let Ok(p) = LockedKey::open(pubf)
            && let Some(pk) = p.public_key()
        {
            return locked.with_expected_public(pk);
        }
        return Ok(locked);
    }
    // A missing or damaged pub file must not lock the user out of their key: the key then
    // simply has no address until it is unlocked (listings report the damaged pub file).
    match LockedKey::open(pubf).map(|p| p.public_key()) {
        Ok(Some(pk)) => locked.with_expected_public(pk),
        _ => Ok(locked),
    }
}

fn public_of(first: &Path, second: &Path) -> Result<PublicKey> {
    match LockedKey::open(first) {
        Ok(k) => {
            if let Some(pk) = k.public_key() {
                return Ok(pk);
            }
        }
        Err(KeystoreError::NotFound { .. }) => {}
        Err(e) => return Err(e),
    }
    let k = LockedKey::open(second)?;
    k.public_key().ok_or_else(|| KeystoreError::NotFound { path: first.to_owned() })
}
