//! Ansible Vault 1.1 (AES256), the legacy btwallet encryption: PBKDF2-HMAC-SHA256 (10 000
//! rounds) → AES-256-CTR + HMAC-SHA256. Read-only: nothing should create new files in it.

use std::path::Path;

use aes::Aes256;
use ctr::cipher::{KeyIvInit, StreamCipher};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};

/// File prefix.
pub const MAGIC: &[u8] = b"$ANSIBLE_VAULT";
const MAGIC_STR: &str = "$ANSIBLE_VAULT";
const HEADER: &str = "$ANSIBLE_VAULT;1.1;AES256";
const ROUNDS: u32 = 10_000;

type Aes256Ctr = ctr::Ctr128BE<Aes256>;

/// Decrypt an Ansible Vault 1.1 file.
pub fn decrypt(path: &Path, data: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let corrupt = |reason: &str| KeystoreError::corrupt(path, format!("Ansible Vault: {reason}"));
    let text = std::str::from_utf8(data).map_err(|_| corrupt("not text"))?;
    let mut lines = text.lines();
    let header = lines.next().unwrap_or_default().trim();
    if !header.starts_with(MAGIC_STR) {
        return Err(corrupt("missing header"));
    }
    let fields: Vec<&str> = header.split(';').collect();
    if fields.get(1) != Some(&"1.1") || fields.get(2) != Some(&"AES256") {
        return Err(KeystoreError::unsupported(
            path,
            format!("Ansible Vault header {header:?}; only {HEADER:?} is supported"),
        ));
    }
    let hex_body: String = lines.map(str::trim).collect();
    let inner = hex::decode(hex_body).map_err(|_| corrupt("body is not hex"))?;
    let inner = std::str::from_utf8(&inner).map_err(|_| corrupt("inner body is not text"))?;
    let mut parts = inner.split('\n');
    let (Some(salt), Some(mac), Some(ct)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(corrupt("expected salt, HMAC and ciphertext"));
    };
    let salt = hex::decode(salt.trim()).map_err(|_| corrupt("salt is not hex"))?;
    let mac = hex::decode(mac.trim()).map_err(|_| corrupt("HMAC is not hex"))?;
    let ct = hex::decode(ct.trim()).map_err(|_| corrupt("ciphertext is not hex"))?;
    if ct.is_empty() || ct.len() % 16 != 0 {
        return Err(corrupt("ciphertext length is not a multiple of the AES block"));
    }
    if password.is_empty() {
        return Err(KeystoreError::wrong_password(path));
    }

    let mut keys = Zeroizing::new([0u8; 80]);
    pbkdf2::pbkdf2_hmac::<Sha256>(password.as_bytes(), &salt, ROUNDS, &mut keys[..]);
    let (aes_key, rest) = keys.split_at(32);
    let (hmac_key, iv) = rest.split_at(32);

    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(hmac_key)
        .map_err(|_| corrupt("bad HMAC key length"))?;
    m.update(&ct);
    m.verify_slice(&mac).map_err(|_| KeystoreError::wrong_password(path))?;

    let mut buf = Zeroizing::new(ct);
    let mut cipher =
        Aes256Ctr::new_from_slices(aes_key, iv).map_err(|_| corrupt("bad key/IV length"))?;
    cipher.apply_keystream(&mut buf);
    let pad = usize::from(*buf.last().unwrap_or(&0));
    if pad == 0
        || pad > 16
        || pad > buf.len()
        || buf[buf.len() - pad..].iter().any(|&b| usize::from(b) != pad)
    {
        return Err(corrupt("bad padding"));
    }
    let len = buf.len() - pad;
    buf.truncate(len);
    Ok(buf)
}
