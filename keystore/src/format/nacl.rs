//! btwallet's `$NACL` encryption: libsodium `crypto_pwhash` Argon2i (512 MiB, 8 passes, one
//! global fixed salt) + `crypto_secretbox` (XSalsa20-Poly1305). Read and written for
//! compatibility; it is slow (≈5 s) and weaker than taoctl's own format.

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use crypto_secretbox::aead::{Aead, KeyInit};
use crypto_secretbox::{Nonce, XSalsa20Poly1305};
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::random;

/// File prefix.
pub const MAGIC: &[u8] = b"$NACL";
/// The salt every btwallet `$NACL` file uses (there is none in the file).
pub const SALT: [u8; 16] = [
    0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
];
/// libsodium `MEMLIMIT_SENSITIVE` in KiB.
pub const M_KIB: u32 = 512 * 1024;
/// libsodium `OPSLIMIT_SENSITIVE`.
pub const T_COST: u32 = 8;
const NONCE_LEN: usize = 24;
const TAG_LEN: usize = 16;

/// Derive the secretbox key of `password` (the expensive step; ≈5 s, 512 MiB).
pub fn derive_key(password: &str) -> Result<Zeroizing<[u8; 32]>> {
    let params = Params::new(M_KIB, T_COST, 1, Some(32))
        .map_err(|e| KeystoreError::secret(format!("argon2 parameters: {e}")))?;
    let argon = Argon2::new(Algorithm::Argon2i, Version::V0x13, params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(password.as_bytes(), &SALT, &mut key[..])
        .map_err(|e| KeystoreError::secret(format!("argon2: {e}")))?;
    Ok(key)
}

/// Decrypt a `$NACL` file with an already derived key (lets tests skip the KDF).
pub fn open_with_key(path: &Path, data: &[u8], key: &[u8; 32]) -> Result<Zeroizing<Vec<u8>>> {
    let body = data
        .strip_prefix(MAGIC)
        .ok_or_else(|| KeystoreError::corrupt(path, "missing $NACL prefix"))?;
    if body.len() < NONCE_LEN + TAG_LEN {
        return Err(KeystoreError::corrupt(
            path,
            format!(
                "$NACL data is {} bytes, too short to hold a nonce and tag (truncated?)",
                data.len()
            ),
        ));
    }
    let (nonce, boxed) = body.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] =
        nonce.try_into().map_err(|_| KeystoreError::corrupt(path, "bad nonce"))?;
    let cipher = XSalsa20Poly1305::new(key.into());
    // NaCl puts the tag first; RustCrypto's secretbox uses the same layout.
    cipher
        .decrypt(&Nonce::from(nonce), boxed)
        .map(Zeroizing::new)
        .map_err(|_| KeystoreError::wrong_password(path))
}

/// Encrypt with an already derived key and a fresh random nonce.
pub fn seal_with_key(plaintext: &[u8], key: &[u8; 32]) -> Result<Vec<u8>> {
    let nonce: [u8; NONCE_LEN] = random::array()?;
    let cipher = XSalsa20Poly1305::new(key.into());
    let boxed = cipher
        .encrypt(&Nonce::from(nonce), plaintext)
        .map_err(|_| KeystoreError::secret("secretbox encryption failed"))?;
    let mut out = Vec::with_capacity(MAGIC.len() + NONCE_LEN + boxed.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&boxed);
    Ok(out)
}

/// Decrypt a `$NACL` file.
pub fn decrypt(path: &Path, data: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    if password.is_empty() {
        return Err(KeystoreError::wrong_password(path));
    }
    // Check the framing before spending 5 s and 512 MiB on the KDF.
    if data.len() < MAGIC.len() + NONCE_LEN + TAG_LEN {
        return open_with_key(path, data, &[0u8; 32]);
    }
    let key = derive_key(password)?;
    open_with_key(path, data, &key)
}

/// Encrypt as a `$NACL` file.
pub fn encrypt(plaintext: &[u8], password: &str) -> Result<Vec<u8>> {
    if password.is_empty() {
        return Err(KeystoreError::EmptyPassword);
    }
    let key = derive_key(password)?;
    seal_with_key(plaintext, &key)
}
