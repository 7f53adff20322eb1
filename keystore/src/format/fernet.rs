//! Fernet tokens (`gAAAAA…`) of the oldest Python wallets: key = PBKDF2-HMAC-SHA256(password,
//! fixed salt, 10 000 000 rounds). Read-only. btwallet ≤ 4.1.1 cannot open these (it discards the
//! derived key); we derive it properly, so very old wallets can migrate.

use std::path::Path;

use aes::Aes128;
use base64::Engine as _;
use cbc::cipher::{BlockDecryptMut, KeyIvInit, block_padding::Pkcs7};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};

/// File prefix (version byte 0x80 plus the high timestamp bytes, base64url).
pub const MAGIC: &[u8] = b"gAAAAA";
const SALT: &[u8] = b"Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins";
const ROUNDS: u32 = 10_000_000;

/// Derive the 32-byte Fernet key (signing key ‖ encryption key) of `password`.
pub fn derive_key(password: &str) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    pbkdf2::pbkdf2_hmac::<Sha256>(password.as_bytes(), SALT, ROUNDS, &mut key[..]);
    key
}

/// Decrypt a Fernet token with an already derived key.
pub fn open_with_key(path: &Path, data: &[u8], key: &[u8; 32]) -> Result<Zeroizing<Vec<u8>>> {
    let corrupt = |reason: &str| KeystoreError::corrupt(path, format!("Fernet token: {reason}"));
    let text: Vec<u8> = data.iter().copied().filter(|b| !b.is_ascii_whitespace()).collect();
    let token = base64::engine::general_purpose::URL_SAFE
        .decode(&text)
        .map_err(|_| corrupt("not base64url"))?;
    // version(1) ‖ timestamp(8) ‖ iv(16) ‖ ciphertext(16·k, k ≥ 1) ‖ hmac(32)
    if token.len() < 1 + 8 + 16 + 16 + 32 || (token.len() - 57) % 16 != 0 {
        return Err(corrupt("wrong length (truncated?)"));
    }
    if token[0] != 0x80 {
        return Err(corrupt("unknown version byte"));
    }
    let (signed, tag) = token.split_at(token.len() - 32);
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(&key[..16])
        .map_err(|_| corrupt("bad key length"))?;
    m.update(signed);
    m.verify_slice(tag).map_err(|_| KeystoreError::wrong_password(path))?;
    let iv = &signed[9..25];
    let mut buf = Zeroizing::new(signed[25..].to_vec());
    let dec = cbc::Decryptor::<Aes128>::new_from_slices(&key[16..], iv)
        .map_err(|_| corrupt("bad key/IV length"))?;
    let len = dec
        .decrypt_padded_mut::<Pkcs7>(&mut buf)
        .map_err(|_| corrupt("bad padding"))?
        .len();
    buf.truncate(len);
    Ok(buf)
}

/// Decrypt a Fernet-encrypted keyfile (≈1.5 s of PBKDF2 in an optimized build).
pub fn decrypt(path: &Path, data: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    if password.is_empty() {
        return Err(KeystoreError::wrong_password(path));
    }
    let key = derive_key(password);
    open_with_key(path, data, &key)
}
