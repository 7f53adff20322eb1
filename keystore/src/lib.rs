//! taoctl's keystore: mnemonics, sr25519 keys and every wallet file format taoctl reads or writes.
//! It never prompts and never prints; callers pass passwords in and get typed errors out.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod atomic;
pub mod env_password;
pub mod error;
pub mod format;
pub mod keyfile;
pub mod keypair;
pub mod mnemonic;
mod random;
pub mod ss58;
pub mod wallet;

pub use error::{KeystoreError, Result};
pub use format::KeyFileFormat;
pub use format::polkadotjs;
pub use keyfile::{
    KdfParams, KeyRole, LockedKey, Protection, encode_key, encode_pub, reencrypt_key_file,
    write_key_file, write_pub_file,
};
pub use keypair::{Keypair, PublicKey};
pub use mnemonic::{Mnemonic, WordCount};
pub use wallet::{HotkeySummary, KeyFileInfo, Wallet, WalletRoot, WalletSummary, validate_name};
