//! One key file: open it, see its format and public key without a password, unlock it; encode
//! and write keys in a chosen format; re-encrypt in place.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::atomic;
use crate::error::{KeystoreError, Result};
use crate::format::{self, KeyFileFormat, ansible, fernet, nacl, plain, polkadotjs, taoctl};
use crate::keypair::{Keypair, PublicKey};

pub use crate::format::taoctl::{KdfParams, KeyRole};

/// Key files are tiny; anything bigger is not one (and is not read into memory whole).
const MAX_FILE_SIZE: u64 = 1024 * 1024;

/// How to protect a key when writing it.
#[derive(Debug, Clone, Copy)]
pub enum Protection<'a> {
    /// btwallet plaintext JSON (what miners/validators expect for hotkeys).
    Plain,
    /// btwallet `$NACL` (what btcli expects for coldkeys; ≈5 s and 512 MiB per write/unlock).
    Nacl { password: &'a str },
    /// taoctl's own format with the given Argon2id cost.
    Taoctl { password: &'a str, kdf: KdfParams },
}

impl Protection<'_> {
    /// The format files written with this protection have.
    pub fn format(&self) -> KeyFileFormat {
        match self {
            Protection::Plain => KeyFileFormat::Plain,
            Protection::Nacl { .. } => KeyFileFormat::Nacl,
            Protection::Taoctl { .. } => KeyFileFormat::Taoctl,
        }
    }

    pub(crate) fn check_password(&self) -> Result<()> {
        match self {
            Protection::Nacl { password } | Protection::Taoctl { password, .. }
                if password.is_empty() =>
            {
                Err(KeystoreError::EmptyPassword)
            }
            _ => Ok(()),
        }
    }
}

/// A key file read from disk (or memory) but not decrypted: its format and, when known without
/// the password, its public key.
pub struct LockedKey {
    path: PathBuf,
    format: KeyFileFormat,
    public: Option<PublicKey>,
    data: Zeroizing<Vec<u8>>,
}

impl std::fmt::Debug for LockedKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockedKey")
            .field("path", &self.path)
            .field("format", &self.format)
            .field("public", &self.public)
            .finish_non_exhaustive()
    }
}

/// Read a whole key file, refusing absurd sizes.
pub(crate) fn read_key_bytes(path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            KeystoreError::NotFound { path: path.to_owned() }
        } else {
            KeystoreError::io("open", path, e)
        }
    })?;
    let mut data = Zeroizing::new(Vec::with_capacity(4096));
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut data)
        .map_err(|e| KeystoreError::io("read", path, e))?;
    if data.len() as u64 > MAX_FILE_SIZE {
        return Err(KeystoreError::corrupt(path, "it is larger than 1 MiB, no key file is"));
    }
    Ok(data)
}

impl LockedKey {
    /// Open a key file of any supported format.
    pub fn open(path: impl AsRef<Path>) -> Result<LockedKey> {
        let path = path.as_ref();
        let data = read_key_bytes(path)?;
        LockedKey::from_bytes(path, data)
    }

    /// Wrap key file bytes; `path` is used in error messages.
    pub fn from_bytes(
        path: impl Into<PathBuf>,
        data: impl Into<Zeroizing<Vec<u8>>>,
    ) -> Result<LockedKey> {
        let path = path.into();
        let data = data.into();
        let format = format::detect(&data).ok_or_else(|| {
            KeystoreError::corrupt(&path, "not a recognised key file (nor $NACL, Ansible Vault, Fernet, polkadot-js or btwallet JSON)")
        })?;
        let public = match format {
            KeyFileFormat::Taoctl => Some(taoctl::read_header(&path, &data)?.public_key),
            KeyFileFormat::PolkadotJs => polkadotjs::claimed_public(&path, &data)?,
            // Plaintext is cheap to parse fully: the address is then known even for old files
            // without public fields, and a file whose secret and public fields disagree is
            // reported at once.
            KeyFileFormat::Plain | KeyFileFormat::PublicOnly => match plain::parse(&path, &data)? {
                plain::Parsed::Public(pk) => Some(pk),
                plain::Parsed::Secret(kp) => Some(kp.public_key()),
            },
            KeyFileFormat::Nacl | KeyFileFormat::AnsibleVault | KeyFileFormat::Fernet => None,
        };
        Ok(LockedKey { path, format, public, data })
    }

    /// Attach the public key from a companion pub file (`coldkeypub.txt`). If the file already
    /// states its own public key, the two must agree.
    pub fn with_expected_public(mut self, expected: PublicKey) -> Result<LockedKey> {
        match self.public {
            Some(own) if own != expected => Err(KeystoreError::PublicKeyMismatch {
                path: self.path,
                expected: expected.to_ss58(),
                found: own.to_ss58(),
            }),
            _ => {
                self.public = Some(expected);
                Ok(self)
            }
        }
    }

    /// Where it came from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Detected format.
    pub fn format(&self) -> KeyFileFormat {
        self.format
    }

    /// Public key, if known without decrypting (from the file itself or an attached pub file).
    pub fn public_key(&self) -> Option<PublicKey> {
        self.public
    }

    /// SS58 address, if known without decrypting.
    pub fn address(&self) -> Option<String> {
        self.public.map(|p| p.to_ss58())
    }

    /// Does unlocking need a password?
    pub fn is_encrypted(&self) -> bool {
        self.format.is_encrypted()
    }

    /// Public data only?
    pub fn is_watch_only(&self) -> bool {
        self.format == KeyFileFormat::PublicOnly
    }

    /// Decrypt (the password is ignored for plaintext files). An empty password is a wrong
    /// password. The result must match the public key shown before unlocking.
    pub fn unlock(&self, password: &str) -> Result<Keypair> {
        let path = self.path.as_path();
        let kp = match self.format {
            KeyFileFormat::Taoctl => taoctl::decrypt(path, &self.data, password)?,
            KeyFileFormat::PolkadotJs => polkadotjs::import(path, &self.data, password)?,
            KeyFileFormat::Nacl => self.secret_of(&nacl::decrypt(path, &self.data, password)?)?,
            KeyFileFormat::AnsibleVault => {
                self.secret_of(&ansible::decrypt(path, &self.data, password)?)?
            }
            KeyFileFormat::Fernet => {
                self.secret_of(&fernet::decrypt(path, &self.data, password)?)?
            }
            KeyFileFormat::Plain => self.secret_of(&self.data)?,
            KeyFileFormat::PublicOnly => {
                return Err(KeystoreError::NoSecret { path: self.path.clone() });
            }
        };
        self.check_public(kp)
    }

    /// Unlock a `$NACL` file with a pre-derived key (skips the 5 s KDF; for tests and callers
    /// that cache the derived key). Not part of the stable API.
    #[doc(hidden)]
    pub fn unlock_nacl_with_key(&self, key: &[u8; 32]) -> Result<Keypair> {
        if self.format != KeyFileFormat::Nacl {
            return Err(KeystoreError::unsupported(&self.path, "not a $NACL file"));
        }
        let kp = self.secret_of(&nacl::open_with_key(&self.path, &self.data, key)?)?;
        self.check_public(kp)
    }

    fn secret_of(&self, plaintext: &[u8]) -> Result<Keypair> {
        match plain::parse(&self.path, plaintext)? {
            plain::Parsed::Secret(kp) => Ok(kp),
            plain::Parsed::Public(_) => Err(KeystoreError::NoSecret { path: self.path.clone() }),
        }
    }

    fn check_public(&self, kp: Keypair) -> Result<Keypair> {
        match self.public {
            Some(pk) if pk != kp.public_key() => Err(KeystoreError::PublicKeyMismatch {
                path: self.path.clone(),
                expected: pk.to_ss58(),
                found: kp.address(),
            }),
            _ => Ok(kp),
        }
    }
}

/// Serialize a key in the chosen protection (the KDF runs here).
pub fn encode_key(
    kp: &Keypair,
    role: KeyRole,
    protection: Protection<'_>,
) -> Result<Zeroizing<Vec<u8>>> {
    protection.check_password()?;
    Ok(match protection {
        Protection::Plain => plain::encode_secret(kp),
        Protection::Nacl { password } => {
            Zeroizing::new(nacl::encrypt(&plain::encode_secret(kp), password)?)
        }
        Protection::Taoctl { password, kdf } => {
            Zeroizing::new(taoctl::encrypt(kp, role, password, kdf)?)
        }
    })
}

/// Serialize a pub file (btwallet JSON without `cryptoType`).
pub fn encode_pub(public: &PublicKey) -> Vec<u8> {
    plain::encode_public(public)
}

/// Write a key file atomically (0600). Without `overwrite`, an existing file is refused before
/// any (expensive) encryption happens.
pub fn write_key_file(
    path: &Path,
    kp: &Keypair,
    role: KeyRole,
    protection: Protection<'_>,
    overwrite: bool,
) -> Result<()> {
    protection.check_password()?;
    if !overwrite && path.exists() {
        return Err(KeystoreError::Exists { path: path.to_owned() });
    }
    let data = encode_key(kp, role, protection)?;
    atomic::write_atomic(path, &data, overwrite)
}

/// Write a pub file atomically (0600, like the official tools).
pub fn write_pub_file(path: &Path, public: &PublicKey, overwrite: bool) -> Result<()> {
    atomic::write_atomic(path, &encode_pub(public), overwrite)
}

/// Re-encrypt a key file in place (`convert`, `change-password`): unlock with `old_password`,
/// write with `protection`, atomically replacing the file. Returns the key.
pub fn reencrypt_key_file(
    path: &Path,
    old_password: &str,
    role: KeyRole,
    protection: Protection<'_>,
) -> Result<Keypair> {
    protection.check_password()?;
    let kp = LockedKey::open(path)?.unlock(old_password)?;
    reencrypt_with(path, &kp, role, protection)?;
    Ok(kp)
}

/// Replace an existing key file with `kp` in `protection`, atomically.
pub(crate) fn reencrypt_with(
    path: &Path,
    kp: &Keypair,
    role: KeyRole,
    protection: Protection<'_>,
) -> Result<()> {
    let data = encode_key(kp, role, protection)?;
    atomic::write_atomic(path, &data, true)
}
