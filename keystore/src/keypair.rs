//! sr25519 keys: derivation from mnemonic / mini secret / 64-byte secret / secret URI, exactly as
//! `sp_core::sr25519::Pair` and btwallet do it, plus signing and verification.

use schnorrkel::{ExpansionMode, MiniSecretKey, SecretKey, signing_context};
use sp_core::Pair as _;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::mnemonic::{Mnemonic, WordCount};
use crate::ss58;

/// Signing context of every Substrate sr25519 signature.
const SIGNING_CTX: &[u8] = b"substrate";

/// A 32-byte sr25519 public key (= the account id).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// SS58 address with Bittensor's prefix 42.
    pub fn to_ss58(&self) -> String {
        ss58::encode(&self.0)
    }

    /// `0x` + 64 lowercase hex digits, as in key files.
    pub fn to_hex(&self) -> String {
        format!("0x{}", hex::encode(self.0))
    }

    /// Parse a prefix-42 SS58 address.
    pub fn from_ss58(address: &str) -> Result<PublicKey> {
        ss58::decode(address).map(PublicKey)
    }

    /// Parse `0x`-prefixed (or bare) 64 hex digits.
    pub fn from_hex(value: &str) -> Result<PublicKey> {
        let bad = |reason: &str| KeystoreError::InvalidPublicKey {
            value: value.to_owned(),
            reason: reason.to_owned(),
        };
        let digits = value.strip_prefix("0x").unwrap_or(value);
        let bytes = hex::decode(digits).map_err(|e| bad(&format!("not hex ({e})")))?;
        let arr: [u8; 32] = bytes
            .try_into()
            .map_err(|b: Vec<u8>| bad(&format!("{} bytes, a public key has 32", b.len())))?;
        Ok(PublicKey(arr))
    }

    /// Accept either form: an SS58 address or hex (what `regen-coldkeypub` takes).
    pub fn parse(value: &str) -> Result<PublicKey> {
        let v = value.trim();
        if v.starts_with("0x") || (v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit())) {
            PublicKey::from_hex(v)
        } else {
            PublicKey::from_ss58(v)
        }
    }

    /// Verify `signature` over `message`; also accepts a signature over
    /// `<Bytes>message</Bytes>` (polkadot-js `signRaw`), like btwallet's `verify`.
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.verify_exact(message, signature) || self.verify_exact(&wrap_bytes(message), signature)
    }

    /// Verify `signature` over exactly `message` (no `<Bytes>` fallback).
    pub fn verify_exact(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let Ok(public) = schnorrkel::PublicKey::from_bytes(&self.0) else {
            return false;
        };
        let Ok(sig) = schnorrkel::Signature::from_bytes(signature) else {
            return false;
        };
        public.verify_simple(SIGNING_CTX, message, &sig).is_ok()
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_ss58())
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_ss58())
    }
}

/// `<Bytes>` ‖ message ‖ `</Bytes>`, the wrapping polkadot-js applies before signing raw data.
pub fn wrap_bytes(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + 15);
    out.extend_from_slice(b"<Bytes>");
    out.extend_from_slice(message);
    out.extend_from_slice(b"</Bytes>");
    out
}

/// An sr25519 key pair plus whatever it was made from (mnemonic, mini secret), so that it can be
/// written back to a btwallet key file without losing information. Secrets are wiped on drop
/// (schnorrkel's key types zeroize themselves; ours are in `Zeroizing`).
#[derive(Clone)]
pub struct Keypair {
    pair: schnorrkel::Keypair,
    mnemonic: Option<Mnemonic>,
    seed: Option<Zeroizing<[u8; 32]>>,
}

impl std::fmt::Debug for Keypair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Keypair({}, <secret redacted>)", self.address())
    }
}

impl Keypair {
    /// New random key with a fresh mnemonic of `words` words.
    pub fn generate(words: WordCount) -> Result<Keypair> {
        Keypair::from_mnemonic(Mnemonic::generate(words)?)
    }

    /// Key of a mnemonic phrase (validated first, so errors name the bad word).
    pub fn from_phrase(phrase: &str) -> Result<Keypair> {
        Keypair::from_mnemonic(Mnemonic::parse(phrase)?)
    }

    /// Key of an already validated mnemonic: substrate-bip39 mini secret (empty BIP39
    /// password), expanded in Ed25519 mode — i.e. `sr25519::Pair::from_phrase(phrase, None)`.
    pub fn from_mnemonic(mnemonic: Mnemonic) -> Result<Keypair> {
        let (_pair, seed) =
            sp_core::sr25519::Pair::from_phrase(mnemonic.phrase(), None).map_err(|e| {
                KeystoreError::secret(format!("cannot derive key from mnemonic: {e:?}"))
            })?;
        let seed = Zeroizing::new(seed);
        let mut kp = Keypair::from_seed(&seed)?;
        kp.mnemonic = Some(mnemonic);
        Ok(kp)
    }

    /// Key of a 32-byte mini secret (btwallet `secretSeed`).
    pub fn from_seed(seed: &[u8; 32]) -> Result<Keypair> {
        let mini = MiniSecretKey::from_bytes(seed)
            .map_err(|e| KeystoreError::secret(format!("bad 32-byte seed: {e}")))?;
        Ok(Keypair {
            pair: mini.expand_to_keypair(ExpansionMode::Ed25519),
            mnemonic: None,
            seed: Some(Zeroizing::new(*seed)),
        })
    }

    /// Key of a 64-byte schnorrkel secret in its canonical form (scalar ‖ nonce), which is what
    /// btwallet/bittensor write as `privateKey` (`Pair::to_raw_vec()`).
    pub fn from_private_key(secret: &[u8; 64]) -> Result<Keypair> {
        let sk = SecretKey::from_bytes(secret).map_err(|e| {
            KeystoreError::secret(format!(
                "not a canonical 64-byte sr25519 private key ({e}); if it came from polkadot-js, import it as an ed25519-expanded secret"
            ))
        })?;
        Ok(Keypair { pair: sk.to_keypair(), mnemonic: None, seed: None })
    }

    /// Key of a 64-byte secret in schnorrkel's "ed25519-expanded" form (scalar × cofactor ‖
    /// nonce), which polkadot-js puts in its PKCS#8 body.
    pub fn from_ed25519_expanded(secret: &[u8; 64]) -> Result<Keypair> {
        let sk = SecretKey::from_ed25519_bytes(secret)
            .map_err(|e| KeystoreError::secret(format!("bad ed25519-expanded secret: {e}")))?;
        Ok(Keypair { pair: sk.to_keypair(), mnemonic: None, seed: None })
    }

    /// Key of a hex secret as btcli's `regen --seed` takes it (`0x` optional): 32 bytes are a
    /// mini secret, 64 bytes a btwallet `privateKey`.
    pub fn from_hex_secret(hex_secret: &str) -> Result<Keypair> {
        let digits = hex_secret.trim();
        let digits = digits.strip_prefix("0x").unwrap_or(digits);
        let mut bytes = Zeroizing::new(vec![0u8; digits.len() / 2]);
        hex::decode_to_slice(digits, &mut bytes[..]).map_err(|_| {
            KeystoreError::secret("the seed is not hex; give 0x followed by 64 (seed) or 128 (private key) hex digits")
        })?;
        match bytes.len() {
            32 => {
                let mut seed = Zeroizing::new([0u8; 32]);
                seed.copy_from_slice(&bytes);
                Keypair::from_seed(&seed)
            }
            64 => {
                let mut secret = Zeroizing::new([0u8; 64]);
                secret.copy_from_slice(&bytes);
                Keypair::from_private_key(&secret)
            }
            n => Err(KeystoreError::secret(format!(
                "the hex secret is {n} bytes; a seed has 32 and a private key 64"
            ))),
        }
    }

    /// Key of a secret URI: `//Alice`, `phrase//hard/soft`, `phrase///password`, `0x<seed>//x`.
    /// Derived keys have no mnemonic or seed of their own, only a private key.
    pub fn from_uri(uri: &str) -> Result<Keypair> {
        // A bare phrase keeps its mnemonic so it can be written back as a full key file.
        if !uri.contains("//") && !uri.trim_start().starts_with("0x") {
            return Keypair::from_phrase(uri);
        }
        let pair = sp_core::sr25519::Pair::from_string(uri, None).map_err(|e| {
            KeystoreError::secret(format!(
                "the secret URI was rejected ({e:?}); expected e.g. //Alice or '<mnemonic>//hard/soft'"
            ))
        })?;
        let raw = Zeroizing::new(pair.to_raw_vec());
        let arr: &[u8; 64] = raw
            .as_slice()
            .try_into()
            .map_err(|_| KeystoreError::secret("derived secret has an unexpected length"))?;
        Keypair::from_private_key(arr)
    }

    /// The public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.pair.public.to_bytes())
    }

    /// SS58 address (prefix 42).
    pub fn address(&self) -> String {
        self.public_key().to_ss58()
    }

    /// The mnemonic, when the key was made from one.
    pub fn mnemonic(&self) -> Option<&Mnemonic> {
        self.mnemonic.as_ref()
    }

    /// The 32-byte mini secret, when known.
    pub fn seed(&self) -> Option<&[u8; 32]> {
        self.seed.as_deref()
    }

    /// The 64-byte canonical secret (btwallet `privateKey`).
    pub fn private_key(&self) -> Zeroizing<[u8; 64]> {
        Zeroizing::new(self.pair.secret.to_bytes())
    }

    /// The 64-byte ed25519-expanded secret (polkadot-js PKCS#8 body).
    pub fn ed25519_expanded_secret(&self) -> Zeroizing<[u8; 64]> {
        Zeroizing::new(self.pair.secret.to_ed25519_bytes())
    }

    /// Sign raw bytes (randomized schnorrkel signature, context `substrate`).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.pair.sign(signing_context(SIGNING_CTX).bytes(message)).to_bytes()
    }

    /// Sign `<Bytes>message</Bytes>`, as polkadot-js `signRaw` does.
    pub fn sign_wrapped(&self, message: &[u8]) -> [u8; 64] {
        self.sign(&wrap_bytes(message))
    }

    /// Verify a signature made by this key (see [`PublicKey::verify`]).
    pub fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.public_key().verify(message, signature)
    }

    /// Same key from the same secret? (Mnemonic/seed provenance is ignored.)
    pub fn same_key(&self, other: &Keypair) -> bool {
        *self.private_key() == *other.private_key()
    }

    /// The key as an sp-core pair, for code that signs extrinsics through sp-core/subxt.
    pub fn to_sp_core(&self) -> Result<sp_core::sr25519::Pair> {
        sp_core::sr25519::Pair::from_seed_slice(&self.private_key()[..])
            .map_err(|e| KeystoreError::secret(format!("sp-core rejected the key: {e:?}")))
    }
}
