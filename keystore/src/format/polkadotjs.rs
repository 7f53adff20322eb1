//! polkadot-js JSON keystore v3 (polkadot{.js}, Talisman, SubWallet, substrate-interface):
//! scrypt + XSalsa20-Poly1305 around a PKCS#8-style body. Imported and exported.

use std::path::Path;

use base64::Engine as _;
use crypto_secretbox::aead::{Aead, KeyInit};
use crypto_secretbox::{Nonce, XSalsa20Poly1305};
use serde::Deserialize;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::keypair::{Keypair, PublicKey};
use crate::random;
use crate::ss58;

const PKCS8_HEADER: [u8; 16] = [48, 83, 2, 1, 1, 48, 5, 6, 3, 43, 101, 112, 4, 34, 4, 32];
const PKCS8_DIVIDER: [u8; 5] = [161, 35, 3, 33, 0];
const BODY_LEN: usize = 16 + 64 + 5 + 32;
const SALT_LEN: usize = 32;
const NONCE_LEN: usize = 24;
/// Export parameters: polkadot-js defaults (N = 2^15, r = 8, p = 1).
const EXPORT_LOG_N: u8 = 15;
const EXPORT_R: u32 = 8;
const EXPORT_P: u32 = 1;
/// Read caps: polkadot-js itself never goes above N = 2^17, r = 8, p = 10; these leave room
/// while bounding memory (128·N·r bytes ≤ 1 GiB) and time.
pub const MAX_LOG_N: u32 = 20;
pub const MAX_R: u32 = 16;
pub const MAX_P: u32 = 16;

#[derive(Deserialize)]
struct Encoding {
    content: Vec<String>,
    #[serde(rename = "type")]
    kind: Vec<String>,
    version: serde_json::Value,
}

#[derive(Deserialize)]
struct Json {
    encoded: String,
    encoding: Encoding,
    #[serde(default)]
    address: Option<String>,
}

/// Is this JSON a polkadot-js keystore? (Cheap structural check used by format detection.)
pub(crate) fn looks_like(value: &serde_json::Value) -> bool {
    value.get("encoded").is_some() && value.get("encoding").is_some()
}

fn parse(path: &Path, data: &[u8]) -> Result<Json> {
    let json: Json = serde_json::from_slice(data)
        .map_err(|e| KeystoreError::corrupt(path, format!("not polkadot-js JSON ({e})")))?;
    let version = match &json.encoding.version {
        serde_json::Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    if version != "3" {
        return Err(KeystoreError::unsupported(
            path,
            format!("polkadot-js keystore version {version}; only version 3 is supported"),
        ));
    }
    if !json.encoding.content.iter().any(|c| c == "pkcs8") {
        return Err(KeystoreError::unsupported(
            path,
            "polkadot-js content is not pkcs8 (batch exports are not supported; export accounts one by one)",
        ));
    }
    if let Some(scheme) = json.encoding.content.get(1)
        && scheme != "sr25519"
    {
        return Err(KeystoreError::unsupported(
            path,
            format!("polkadot-js key type {scheme}; taoctl handles sr25519 keys only"),
        ));
    }
    if !json.encoding.kind.iter().any(|t| t == "xsalsa20-poly1305") {
        return Err(KeystoreError::unsupported(
            path,
            "polkadot-js cipher is not xsalsa20-poly1305",
        ));
    }
    Ok(json)
}

/// The public key from the `address` field, readable without the password.
pub(crate) fn claimed_public(path: &Path, data: &[u8]) -> Result<Option<PublicKey>> {
    let json = parse(path, data)?;
    match json.address.as_deref() {
        Some(a) if !a.is_empty() => {
            let (_, pk) = ss58::decode_any(a)
                .map_err(|e| KeystoreError::corrupt(path, format!("bad address: {e}")))?;
            Ok(Some(PublicKey(pk)))
        }
        _ => Ok(None),
    }
}

fn read_u32(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b)
}

/// Decrypt a polkadot-js v3 JSON keystore into a key pair.
pub fn import(path: &Path, data: &[u8], password: &str) -> Result<Keypair> {
    let json = parse(path, data)?;
    let encoded = base64::engine::general_purpose::STANDARD
        .decode(json.encoded.trim())
        .map_err(|_| KeystoreError::corrupt(path, "encoded is not base64"))?;
    let uses_scrypt = json.encoding.kind.iter().any(|t| t == "scrypt");
    let mut key = Zeroizing::new([0u8; 32]);
    let rest = if uses_scrypt {
        if encoded.len() < SALT_LEN + 12 + NONCE_LEN {
            return Err(KeystoreError::corrupt(path, "encoded data is truncated"));
        }
        let salt = &encoded[..SALT_LEN];
        let n = read_u32(&encoded, SALT_LEN);
        let p = read_u32(&encoded, SALT_LEN + 4);
        let r = read_u32(&encoded, SALT_LEN + 8);
        if !n.is_power_of_two() || n < 2 {
            return Err(KeystoreError::corrupt(
                path,
                format!("scrypt N = {n} is not a power of two"),
            ));
        }
        let log_n = n.trailing_zeros();
        let hostile = |param, value: u32, limit: u64| KeystoreError::HostileKdfParams {
            path: path.to_owned(),
            param,
            value: u64::from(value),
            limit,
        };
        if log_n > MAX_LOG_N {
            return Err(hostile("scrypt N", n, 1 << MAX_LOG_N));
        }
        if r > MAX_R {
            return Err(hostile("scrypt r", r, u64::from(MAX_R)));
        }
        if p > MAX_P {
            return Err(hostile("scrypt p", p, u64::from(MAX_P)));
        }
        if password.is_empty() {
            return Err(KeystoreError::wrong_password(path));
        }
        let params = scrypt::Params::new(log_n as u8, r, p, 32)
            .map_err(|e| KeystoreError::corrupt(path, format!("scrypt parameters: {e}")))?;
        scrypt::scrypt(password.as_bytes(), salt, &params, &mut key[..])
            .map_err(|e| KeystoreError::corrupt(path, format!("scrypt: {e}")))?;
        &encoded[SALT_LEN + 12..]
    } else {
        // Pre-scrypt v3 variant: the password itself, zero-padded, is the key.
        let pw = password.as_bytes();
        if pw.is_empty() || pw.len() > 32 {
            return Err(KeystoreError::wrong_password(path));
        }
        key[..pw.len()].copy_from_slice(pw);
        &encoded[..]
    };
    if rest.len() < NONCE_LEN + 16 {
        return Err(KeystoreError::corrupt(path, "encoded data is truncated"));
    }
    let (nonce, boxed) = rest.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] =
        nonce.try_into().map_err(|_| KeystoreError::corrupt(path, "bad nonce"))?;
    let body = XSalsa20Poly1305::new((&*key).into())
        .decrypt(&Nonce::from(nonce), boxed)
        .map(Zeroizing::new)
        .map_err(|_| KeystoreError::wrong_password(path))?;
    if body.len() != BODY_LEN || body[..16] != PKCS8_HEADER || body[80..85] != PKCS8_DIVIDER {
        return Err(KeystoreError::corrupt(path, "decrypted body is not an sr25519 PKCS#8 key"));
    }
    let mut secret = Zeroizing::new([0u8; 64]);
    secret.copy_from_slice(&body[16..80]);
    let kp = Keypair::from_ed25519_expanded(&secret)
        .map_err(|e| KeystoreError::corrupt(path, e.to_string()))?;
    let stored_public = &body[85..117];
    if stored_public != kp.public_key().as_bytes() {
        return Err(KeystoreError::corrupt(path, "its public key does not match its secret key"));
    }
    if let Some(claimed) = claimed_public(path, data)?
        && claimed != kp.public_key()
    {
        return Err(KeystoreError::PublicKeyMismatch {
            path: path.to_owned(),
            expected: claimed.to_ss58(),
            found: kp.address(),
        });
    }
    Ok(kp)
}

/// Export a key as polkadot-js v3 JSON (fresh salt and nonce, N = 2^15, r = 8, p = 1,
/// `whenCreated` in milliseconds as polkadot-js writes it).
pub fn export(kp: &Keypair, password: &str, name: &str) -> Result<String> {
    if password.is_empty() {
        return Err(KeystoreError::EmptyPassword);
    }
    let salt: [u8; SALT_LEN] = random::array()?;
    let nonce: [u8; NONCE_LEN] = random::array()?;
    let params = scrypt::Params::new(EXPORT_LOG_N, EXPORT_R, EXPORT_P, 32)
        .map_err(|e| KeystoreError::secret(format!("scrypt parameters: {e}")))?;
    let mut key = Zeroizing::new([0u8; 32]);
    scrypt::scrypt(password.as_bytes(), &salt, &params, &mut key[..])
        .map_err(|e| KeystoreError::secret(format!("scrypt: {e}")))?;
    let mut body = Zeroizing::new(Vec::with_capacity(BODY_LEN));
    body.extend_from_slice(&PKCS8_HEADER);
    body.extend_from_slice(&kp.ed25519_expanded_secret()[..]);
    body.extend_from_slice(&PKCS8_DIVIDER);
    body.extend_from_slice(kp.public_key().as_bytes());
    let boxed = XSalsa20Poly1305::new((&*key).into())
        .encrypt(&Nonce::from(nonce), body.as_slice())
        .map_err(|_| KeystoreError::secret("secretbox encryption failed"))?;
    let mut encoded = Vec::with_capacity(SALT_LEN + 12 + NONCE_LEN + boxed.len());
    encoded.extend_from_slice(&salt);
    encoded.extend_from_slice(&(1u32 << EXPORT_LOG_N).to_le_bytes());
    encoded.extend_from_slice(&EXPORT_P.to_le_bytes());
    encoded.extend_from_slice(&EXPORT_R.to_le_bytes());
    encoded.extend_from_slice(&nonce);
    encoded.extend_from_slice(&boxed);
    let when = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    let json = serde_json::json!({
        "encoded": base64::engine::general_purpose::STANDARD.encode(encoded),
        "encoding": {
            "content": ["pkcs8", "sr25519"],
            "type": ["scrypt", "xsalsa20-poly1305"],
            "version": "3"
        },
        "address": kp.address(),
        "meta": { "name": name, "whenCreated": when }
    });
    serde_json::to_string_pretty(&json)
        .map_err(|e| KeystoreError::secret(format!("JSON encoding failed: {e}")))
}
