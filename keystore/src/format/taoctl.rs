//! taoctl's own keystore format v1 (wallet-formats.md §9): a JSON envelope with the public key in
//! clear, Argon2id with per-file salt and stored (capped) parameters, and XChaCha20-Poly1305
//! whose associated data binds every header field.

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::format::plain;
use crate::keypair::{Keypair, PublicKey};
use crate::random;
use crate::ss58;

/// The `format` magic string.
pub const MAGIC: &str = "taoctl-keystore";
/// The only version this build reads and writes.
pub const VERSION: u32 = 1;
const KDF_ALG: &str = "argon2id";
const CIPHER_ALG: &str = "xchacha20poly1305";
const SCHEME: &str = "sr25519";
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;

/// Read caps: a hostile file must not make us allocate or spin without bound.
pub const MAX_M_KIB: u32 = 4 * 1024 * 1024; // 4 GiB
pub const MAX_T: u32 = 64;
pub const MAX_P: u32 = 16;
pub const MIN_SALT: usize = 16;
pub const MAX_SALT: usize = 64;
/// Plaintext cap (a btwallet keyfile JSON is < 1 KiB).
const MAX_CIPHERTEXT: usize = 64 * 1024;

/// Which wallet slot a key is for (shown in the clear header, bound into the AAD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyRole {
    Coldkey,
    Hotkey,
}

impl KeyRole {
    fn as_str(self) -> &'static str {
        match self {
            KeyRole::Coldkey => "coldkey",
            KeyRole::Hotkey => "hotkey",
        }
    }
}

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// ≈0.5 s on the reference 2-core machine (192 MiB, t = 2, p = 1).
    pub const DEFAULT: KdfParams = KdfParams { m_kib: 192 * 1024, t: 2, p: 1 };
    /// For tests only: fast and weak (8 MiB, t = 1). Never use for real keys.
    pub const INSECURE_TEST: KdfParams = KdfParams { m_kib: 8 * 1024, t: 1, p: 1 };
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::DEFAULT
    }
}

#[derive(Serialize, Deserialize)]
struct KeyHeader {
    role: KeyRole,
    scheme: String,
    ss58_format: u16,
    public_key: String,
    ss58_address: String,
}

#[derive(Serialize, Deserialize)]
struct KdfHeader {
    alg: String,
    v: u32,
    m_kib: u64,
    t: u64,
    p: u64,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct CipherHeader {
    alg: String,
    nonce: String,
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    key: KeyHeader,
    kdf: KdfHeader,
    cipher: CipherHeader,
    ciphertext: String,
    created_at: String,
}

/// Public header facts, readable without the password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub role: KeyRole,
    pub public_key: PublicKey,
    pub kdf: KdfParams,
    pub created_at: String,
}

/// Is this JSON one of ours? (Used by format detection.)
pub(crate) fn looks_like(value: &serde_json::Value) -> bool {
    value.get("format").and_then(|f| f.as_str()) == Some(MAGIC)
}

/// AAD: every header field, each length-prefixed, so no field can be swapped or edited and no
/// two different headers serialize to the same bytes (unlike ad-hoc "canonical JSON").
fn aad(env: &Envelope, public: &[u8; 32], salt: &[u8], nonce: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(256);
    let mut field = |bytes: &[u8]| {
        out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        out.extend_from_slice(bytes);
    };
    field(MAGIC.as_bytes());
    field(&env.version.to_be_bytes());
    field(env.key.role.as_str().as_bytes());
    field(env.key.scheme.as_bytes());
    field(&env.key.ss58_format.to_be_bytes());
    field(public);
    field(env.key.ss58_address.as_bytes());
    field(env.kdf.alg.as_bytes());
    field(&env.kdf.v.to_be_bytes());
    field(&env.kdf.m_kib.to_be_bytes());
    field(&env.kdf.t.to_be_bytes());
    field(&env.kdf.p.to_be_bytes());
    field(salt);
    field(env.cipher.alg.as_bytes());
    field(nonce);
    field(env.created_at.as_bytes());
    out
}

fn derive(password: &str, salt: &[u8], params: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    let p = Params::new(params.m_kib, params.t, params.p, Some(32)).map_err(|e| {
        KeystoreError::secret(format!("Argon2 parameters {params:?} rejected: {e}"))
    })?;
    let mut key = Zeroizing::new([0u8; 32]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, p)
        .hash_password_into(password.as_bytes(), salt, &mut key[..])
        .map_err(|e| KeystoreError::secret(format!("Argon2: {e}")))?;
    Ok(key)
}

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::STANDARD
}

/// Encrypt a key into a v1 envelope.
pub fn encrypt(kp: &Keypair, role: KeyRole, password: &str, params: KdfParams) -> Result<Vec<u8>> {
    if password.is_empty() {
        return Err(KeystoreError::EmptyPassword);
    }
    let salt: [u8; SALT_LEN] = random::array()?;
    let nonce: [u8; NONCE_LEN] = random::array()?;
    let public = kp.public_key();
    let mut env = Envelope {
        format: MAGIC.to_owned(),
        version: VERSION,
        key: KeyHeader {
            role,
            scheme: SCHEME.to_owned(),
            ss58_format: ss58::BITTENSOR_PREFIX,
            public_key: public.to_hex(),
            ss58_address: public.to_ss58(),
        },
        kdf: KdfHeader {
            alg: KDF_ALG.to_owned(),
            v: 0x13,
            m_kib: u64::from(params.m_kib),
            t: u64::from(params.t),
            p: u64::from(params.p),
            salt: b64().encode(salt),
        },
        cipher: CipherHeader { alg: CIPHER_ALG.to_owned(), nonce: b64().encode(nonce) },
        ciphertext: String::new(),
        created_at: rfc3339_now(),
    };
    let key = derive(password, &salt, params)?;
    let plaintext = plain::encode_secret(kp);
    let aad = aad(&env, public.as_bytes(), &salt, &nonce);
    let ct = XChaCha20Poly1305::new((&*key).into())
        .encrypt(&XNonce::from(nonce), Payload { msg: &plaintext, aad: &aad })
        .map_err(|_| KeystoreError::secret("XChaCha20-Poly1305 encryption failed"))?;
    env.ciphertext = b64().encode(ct);
    let mut out = serde_json::to_vec_pretty(&env)
        .map_err(|e| KeystoreError::secret(format!("JSON encoding failed: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

struct Checked {
    env: Envelope,
    header: Header,
    salt: Vec<u8>,
    nonce: Vec<u8>,
    ciphertext: Vec<u8>,
}

/// Parse and validate the envelope, capping KDF parameters before anything is allocated.
fn check(path: &Path, data: &[u8]) -> Result<Checked> {
    let corrupt = |reason: String| KeystoreError::corrupt(path, reason);
    let env: Envelope = serde_json::from_slice(data)
        .map_err(|e| corrupt(format!("not a taoctl keystore envelope ({e})")))?;
    if env.format != MAGIC {
        return Err(corrupt(format!("format is {:?}, expected {MAGIC:?}", env.format)));
    }
    if env.version != VERSION {
        return Err(KeystoreError::unsupported(
            path,
            format!(
                "taoctl keystore version {}; this taoctl reads version {VERSION}, upgrade taoctl",
                env.version
            ),
        ));
    }
    if env.key.scheme != SCHEME {
        return Err(KeystoreError::unsupported(
            path,
            format!("key scheme {:?}; only sr25519", env.key.scheme),
        ));
    }
    if env.kdf.alg != KDF_ALG || env.kdf.v != 0x13 {
        return Err(KeystoreError::unsupported(
            path,
            format!("KDF {} v{}; only argon2id v19", env.kdf.alg, env.kdf.v),
        ));
    }
    if env.cipher.alg != CIPHER_ALG {
        return Err(KeystoreError::unsupported(
            path,
            format!("cipher {:?}; only {CIPHER_ALG}", env.cipher.alg),
        ));
    }
    let hostile = |param, value: u64, limit: u64| KeystoreError::HostileKdfParams {
        path: path.to_owned(),
        param,
        value,
        limit,
    };
    if env.kdf.m_kib > u64::from(MAX_M_KIB) {
        return Err(hostile("memory (KiB)", env.kdf.m_kib, u64::from(MAX_M_KIB)));
    }
    if env.kdf.t > u64::from(MAX_T) {
        return Err(hostile("passes (t)", env.kdf.t, u64::from(MAX_T)));
    }
    if env.kdf.p > u64::from(MAX_P) {
        return Err(hostile("lanes (p)", env.kdf.p, u64::from(MAX_P)));
    }
    let kdf = KdfParams { m_kib: env.kdf.m_kib as u32, t: env.kdf.t as u32, p: env.kdf.p as u32 };
    if Params::new(kdf.m_kib, kdf.t, kdf.p, Some(32)).is_err() {
        return Err(corrupt(format!("invalid Argon2 parameters {kdf:?}")));
    }
    let salt = b64().decode(&env.kdf.salt).map_err(|_| corrupt("salt is not base64".into()))?;
    if !(MIN_SALT..=MAX_SALT).contains(&salt.len()) {
        return Err(corrupt(format!(
            "salt is {} bytes, expected {MIN_SALT}..={MAX_SALT}",
            salt.len()
        )));
    }
    let nonce =
        b64().decode(&env.cipher.nonce).map_err(|_| corrupt("nonce is not base64".into()))?;
    if nonce.len() != NONCE_LEN {
        return Err(corrupt(format!("nonce is {} bytes, expected {NONCE_LEN}", nonce.len())));
    }
    if env.ciphertext.len() > MAX_CIPHERTEXT * 2 {
        return Err(corrupt("ciphertext is implausibly large".into()));
    }
    let ciphertext =
        b64().decode(&env.ciphertext).map_err(|_| corrupt("ciphertext is not base64".into()))?;
    if ciphertext.len() < 16 {
        return Err(corrupt("ciphertext is truncated".into()));
    }
    let public = PublicKey::from_hex(&env.key.public_key)
        .map_err(|e| corrupt(format!("bad public_key: {e}")))?;
    let addr = ss58::decode(&env.key.ss58_address)
        .map_err(|e| corrupt(format!("bad ss58_address: {e}")))?;
    if addr != public.0 || env.key.ss58_format != ss58::BITTENSOR_PREFIX {
        return Err(corrupt("its public_key and ss58_address disagree".into()));
    }
    let header =
        Header { role: env.key.role, public_key: public, kdf, created_at: env.created_at.clone() };
    Ok(Checked { env, header, salt, nonce, ciphertext })
}

/// Read the clear header (no password).
pub fn read_header(path: &Path, data: &[u8]) -> Result<Header> {
    check(path, data).map(|c| c.header)
}

/// Decrypt a v1 envelope; the decrypted key must match the header's public key.
pub fn decrypt(path: &Path, data: &[u8], password: &str) -> Result<Keypair> {
    let c = check(path, data)?;
    if password.is_empty() {
        return Err(KeystoreError::wrong_password(path));
    }
    let key = derive(password, &c.salt, c.header.kdf)?;
    let aad = aad(&c.env, c.header.public_key.as_bytes(), &c.salt, &c.nonce);
    let nonce: [u8; NONCE_LEN] =
        c.nonce.as_slice().try_into().map_err(|_| KeystoreError::corrupt(path, "bad nonce"))?;
    let plaintext = XChaCha20Poly1305::new((&*key).into())
        .decrypt(&XNonce::from(nonce), Payload { msg: &c.ciphertext, aad: &aad })
        .map(Zeroizing::new)
        .map_err(|_| KeystoreError::wrong_password(path))?;
    let kp = match plain::parse(path, &plaintext)? {
        plain::Parsed::Secret(kp) => kp,
        plain::Parsed::Public(_) => {
            return Err(KeystoreError::corrupt(path, "the encrypted part holds no secret key"));
        }
    };
    if kp.public_key() != c.header.public_key {
        return Err(KeystoreError::PublicKeyMismatch {
            path: path.to_owned(),
            expected: c.header.public_key.to_ss58(),
            found: kp.address(),
        });
    }
    Ok(kp)
}

/// Current UTC time as RFC 3339 (informational; avoids a date-time dependency).
fn rfc3339_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    rfc3339(secs)
}

/// Seconds since the Unix epoch as RFC 3339 UTC (`2026-01-01T00:00:12Z`), via Howard Hinnant's
/// civil-from-days, so neither this crate nor the CLI needs a date-time dependency.
pub fn rfc3339(secs: i64) -> String {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}
