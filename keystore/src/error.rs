//! The one error type of the crate. Every message names the offending value (never a secret)
//! and says what to do about it, because the CLI shows these messages to users as they are.

use std::path::PathBuf;

/// Result alias used throughout the crate.
pub type Result<T, E = KeystoreError> = std::result::Result<T, E>;

/// Everything that can go wrong while handling keys and key files.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeystoreError {
    /// Decryption failed: wrong password, or the encrypted part was altered.
    #[error(
        "wrong password for {path} (or its encrypted data was altered); check the password and try again"
    )]
    WrongPassword { path: PathBuf },

    /// A key would be written with an empty password.
    #[error(
        "refusing to encrypt a key with an empty password; choose a non-empty password, or write the key unencrypted on purpose"
    )]
    EmptyPassword,

    /// A mnemonic word is not in the English BIP39 list.
    #[error(
        "word {position} of the mnemonic, \"{word}\", is not in the English BIP39 word list; check its spelling (words are lowercase)"
    )]
    InvalidMnemonicWord { word: String, position: usize },

    /// A mnemonic has a word count other than 12/15/18/21/24.
    #[error(
        "a mnemonic has 12, 15, 18, 21 or 24 words, this one has {count}; check for missing or extra words"
    )]
    InvalidWordCount { count: usize },

    /// All words are valid but the BIP39 checksum does not match.
    #[error(
        "the mnemonic's checksum is wrong: every word is valid but at least one is wrong or out of order; re-check each word against your backup"
    )]
    InvalidChecksum,

    /// An SS58 address could not be decoded.
    #[error(
        "invalid SS58 address \"{address}\": {reason}; an sr25519 Bittensor address starts with 5 and has 48 characters"
    )]
    InvalidSs58 { address: String, reason: String },

    /// A public key given as text could not be decoded.
    #[error(
        "invalid public key \"{value}\": {reason}; give 0x followed by 64 hex digits, or an SS58 address"
    )]
    InvalidPublicKey { value: String, reason: String },

    /// A seed, private key or secret URI was malformed (the value itself is secret and not shown).
    #[error("invalid secret key material: {reason}")]
    InvalidSecret { reason: String },

    /// The destination already exists and the caller did not ask to overwrite it.
    #[error(
        "{path} already exists; nothing was changed. Pass the overwrite option to replace it, or choose another name"
    )]
    Exists { path: PathBuf },

    /// The key file (or wallet) does not exist.
    #[error("{path} does not exist; check the wallet path and names")]
    NotFound { path: PathBuf },

    /// The file is damaged or not what it claims to be.
    #[error(
        "{path} is damaged or not a key file: {reason}; restore it from a backup or regenerate the key from its mnemonic"
    )]
    Corrupt { path: PathBuf, reason: String },

    /// A keystore file asks for key-derivation parameters beyond our safety caps.
    #[error(
        "{path} asks for Argon2 {param} = {value}, above the safety limit of {limit}; the file was not made by taoctl or was tampered with, refusing to run it"
    )]
    HostileKdfParams { path: PathBuf, param: &'static str, value: u64, limit: u64 },

    /// A recognised but unsupported variant (other key scheme, format version, ...).
    #[error("{path}: unsupported key file: {reason}")]
    UnsupportedFormat { path: PathBuf, reason: String },

    /// A wallet or hotkey name that could escape the wallet directory or clash with our files.
    #[error(
        "invalid name \"{name}\": {reason}; use a plain name such as \"default\" or \"miner1\""
    )]
    InvalidName { name: String, reason: String },

    /// The unlocked key does not match the public key shown before unlocking.
    #[error(
        "{path} holds the key {found}, but {expected} was expected (from its public key/pub file); the files do not belong together, regenerate the pub file or check the wallet"
    )]
    PublicKeyMismatch { path: PathBuf, expected: String, found: String },

    /// The file holds only public data (watch-only), so nothing can be unlocked or signed.
    #[error(
        "{path} holds only a public key (watch-only); import the secret key (mnemonic, seed or key file) to sign"
    )]
    NoSecret { path: PathBuf },

    /// The operating system's random generator failed.
    #[error("the system random number generator failed: {0}")]
    Random(String),

    /// A file system operation failed.
    #[error("cannot {op} {path}: {source}")]
    Io {
        op: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl KeystoreError {
    pub(crate) fn io(op: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        KeystoreError::Io { op, path: path.into(), source }
    }

    pub(crate) fn corrupt(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        KeystoreError::Corrupt { path: path.into(), reason: reason.into() }
    }

    pub(crate) fn unsupported(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        KeystoreError::UnsupportedFormat { path: path.into(), reason: reason.into() }
    }

    pub(crate) fn wrong_password(path: impl Into<PathBuf>) -> Self {
        KeystoreError::WrongPassword { path: path.into() }
    }

    pub(crate) fn secret(reason: impl Into<String>) -> Self {
        KeystoreError::InvalidSecret { reason: reason.into() }
    }
}
