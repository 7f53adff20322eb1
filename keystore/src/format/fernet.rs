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
    pbkdf2_sha256_32(password.as_bytes(), SALT, ROUNDS)
}

const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

fn compress(state: &mut [u32; 8], block: [u8; 64]) {
    sha2::compress256(state, &[block.into()]);
}

/// One 64-byte block holding a 32-byte digest that follows an already-hashed 64-byte key pad:
/// digest ‖ 0x80 ‖ zeros ‖ bit length 768.
fn digest_block(state: &[u32; 8]) -> [u8; 64] {
    let mut block = [0u8; 64];
    for (chunk, word) in block[..32].chunks_exact_mut(4).zip(state) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    block[32] = 0x80;
    block[56..].copy_from_slice(&768u64.to_be_bytes());
    block
}

/// PBKDF2-HMAC-SHA256 with a 32-byte output. The 10 million iterations Fernet wallets need
/// run on precomputed HMAC pad states calling sha2's (non-generic, optimized) compression
/// function directly, so even an unoptimized build of this crate takes seconds, not minutes.
/// Cross-checked against the `pbkdf2` crate in the tests.
pub fn pbkdf2_sha256_32(password: &[u8], salt: &[u8], rounds: u32) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 64]);
    if password.len() > 64 {
        key[..32].copy_from_slice(&<Sha256 as sha2::Digest>::digest(password));
    } else {
        key[..password.len()].copy_from_slice(password);
    }
    let mut ipad = Zeroizing::new([0x36u8; 64]);
    let mut opad = Zeroizing::new([0x5cu8; 64]);
    for i in 0..64 {
        ipad[i] ^= key[i];
        opad[i] ^= key[i];
    }
    let mut inner = Zeroizing::new(SHA256_IV);
    let mut outer = Zeroizing::new(SHA256_IV);
    compress(&mut inner, *ipad);
    compress(&mut outer, *opad);

    // U1 = HMAC(salt ‖ INT(1)), hashed the ordinary way (it runs once).
    use sha2::Digest as _;
    let first = Sha256::new()
        .chain_update(*ipad)
        .chain_update(salt)
        .chain_update(1u32.to_be_bytes())
        .finalize();
    let u1 = Sha256::new().chain_update(*opad).chain_update(first).finalize();

    let mut u = Zeroizing::new([0u32; 8]);
    for (w, chunk) in u.iter_mut().zip(u1.chunks_exact(4)) {
        *w = u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    let mut acc = Zeroizing::new(*u);
    for _ in 1..rounds {
        let mut st = *inner;
        compress(&mut st, digest_block(&u));
        let mut out = *outer;
        compress(&mut out, digest_block(&st));
        *u = out;
        for (a, w) in acc.iter_mut().zip(u.iter()) {
            *a ^= w;
        }
    }
    let mut dk = Zeroizing::new([0u8; 32]);
    for (chunk, word) in dk.chunks_exact_mut(4).zip(acc.iter()) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    dk
}

fn parse_token(path: &Path, data: &[u8]) -> Result<Vec<u8>> {
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
    Ok(token)
}

/// Decrypt a Fernet token with an already derived key.
pub fn open_with_key(path: &Path, data: &[u8], key: &[u8; 32]) -> Result<Zeroizing<Vec<u8>>> {
    let corrupt = |reason: &str| KeystoreError::corrupt(path, format!("Fernet token: {reason}"));
    let token = parse_token(path, data)?;
    let (signed, tag) = token.split_at(token.len() - 32);
    let mut m =
        <Hmac<Sha256> as Mac>::new_from_slice(&key[..16]).map_err(|_| corrupt("bad key length"))?;
    m.update(signed);
    m.verify_slice(tag).map_err(|_| KeystoreError::wrong_password(path))?;
    let iv = &signed[9..25];
    let mut buf = Zeroizing::new(signed[25..].to_vec());
    let dec = cbc::Decryptor::<Aes128>::new_from_slices(&key[16..], iv)
        .map_err(|_| corrupt("bad key/IV length"))?;
    let len = dec.decrypt_padded_mut::<Pkcs7>(&mut buf).map_err(|_| corrupt("bad padding"))?.len();
    buf.truncate(len);
    Ok(buf)
}

/// Decrypt a Fernet-encrypted keyfile (≈1.5 s of PBKDF2 in an optimized build).
pub fn decrypt(path: &Path, data: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    // Check the framing before spending seconds on PBKDF2.
    parse_token(path, data)?;
    if password.is_empty() {
        return Err(KeystoreError::wrong_password(path));
    }
    let key = derive_key(password);
    open_with_key(path, data, &key)
}
