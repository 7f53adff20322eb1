//! btwallet's plaintext keyfile JSON (`hotkeys/<name>`, `*pub.txt`, and the inside of every
//! encrypted btwallet file), read in every historical variant and written the way all of
//! bittensor-wallet 4.0/4.1 and bittensor 11 can load it.

use std::path::Path;

use serde::Deserialize;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};
use crate::keypair::{Keypair, PublicKey};
use crate::mnemonic::Mnemonic;
use crate::ss58;

/// The fields of a btwallet keyfile. Any may be absent or `null` (the pre-2024 Python wallet
/// wrote `null`s); key order in files is random, so nothing here depends on it.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub(crate) struct KeyfileJson {
    #[serde(default)]
    secret_phrase: Option<Zeroizing<String>>,
    #[serde(default)]
    secret_seed: Option<Zeroizing<String>>,
    #[serde(default)]
    private_key: Option<Zeroizing<String>>,
    #[serde(default)]
    public_key: Option<String>,
    #[serde(default)]
    account_id: Option<String>,
    #[serde(default)]
    ss58_address: Option<String>,
    #[serde(default)]
    crypto_type: Option<serde_json::Value>,
}

/// What a parsed keyfile holds. Short-lived; boxing the key would only add another copy of
/// the secret to clean up.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Parsed {
    /// A secret key (already cross-checked against the public fields the file claims).
    Secret(Keypair),
    /// Public data only.
    Public(PublicKey),
}

fn parse_json(path: &Path, data: &[u8]) -> Result<KeyfileJson> {
    serde_json::from_slice(data)
        .map_err(|e| KeystoreError::corrupt(path, format!("not keyfile JSON ({e})")))
}

/// The public key a keyfile claims (`publicKey`, `accountId`, `ss58Address`; they must agree).
fn claimed_public_of(path: &Path, json: &KeyfileJson) -> Result<Option<PublicKey>> {
    let mut found: Option<PublicKey> = None;
    let mut add = |pk: PublicKey, field: &str| -> Result<()> {
        match found {
            Some(prev) if prev != pk => Err(KeystoreError::corrupt(
                path,
                format!("its {field} ({pk}) disagrees with its other public fields ({prev})"),
            )),
            _ => {
                found = Some(pk);
                Ok(())
            }
        }
    };
    for (field, value) in [("publicKey", &json.public_key), ("accountId", &json.account_id)] {
        if let Some(v) = value {
            let pk = PublicKey::from_hex(v)
                .map_err(|e| KeystoreError::corrupt(path, format!("bad {field}: {e}")))?;
            add(pk, field)?;
        }
    }
    if let Some(addr) = &json.ss58_address {
        // Old tools may have written other prefixes; compare keys, not strings.
        let (_, pk) = ss58::decode_any(addr)
            .map_err(|e| KeystoreError::corrupt(path, format!("bad ss58Address: {e}")))?;
        add(PublicKey(pk), "ss58Address")?;
    }
    Ok(found)
}

fn check_crypto_type(path: &Path, json: &KeyfileJson) -> Result<()> {
    match &json.crypto_type {
        None | Some(serde_json::Value::Null) => Ok(()),
        Some(v) if v.as_u64() == Some(1) || v.as_str() == Some("1") => Ok(()),
        Some(v) if v.as_u64() == Some(0) || v.as_str() == Some("0") => {
            Err(KeystoreError::unsupported(
                path,
                "it holds an ed25519 key (cryptoType 0); taoctl handles sr25519 keys only",
            ))
        }
        Some(v) => Err(KeystoreError::unsupported(
            path,
            format!("unknown cryptoType {v}; expected 1 (sr25519)"),
        )),
    }
}

fn decode_hex_secret<const N: usize>(text: &str) -> Option<Zeroizing<[u8; N]>> {
    let digits = text.strip_prefix("0x").unwrap_or(text);
    if digits.len() != N * 2 {
        return None;
    }
    let mut out = Zeroizing::new([0u8; N]);
    hex::decode_to_slice(digits, &mut out[..]).ok()?;
    Some(out)
}

/// Parse a keyfile (JSON, or the very old bare hex / SS58 pub file). The key is derived with
/// btwallet's precedence `secretPhrase` → `secretSeed` → `privateKey` → public fields, and the
/// result is cross-checked against the public fields the file also claims.
pub(crate) fn parse(path: &Path, data: &[u8]) -> Result<Parsed> {
    let trimmed = data.trim_ascii();
    if trimmed.first() != Some(&b'{') {
        return parse_bare_public(path, trimmed).map(Parsed::Public);
    }
    let json = parse_json(path, data)?;
    check_crypto_type(path, &json)?;
    let claimed = claimed_public_of(path, &json)?;
    let secret = if let Some(phrase) = json.secret_phrase.as_deref() {
        let m = Mnemonic::parse(phrase)
            .map_err(|e| KeystoreError::corrupt(path, format!("bad secretPhrase: {e}")))?;
        Some(Keypair::from_mnemonic(m)?)
    } else if let Some(seed) = json.secret_seed.as_deref().and_then(|s| decode_hex_secret::<32>(s))
    {
        Some(Keypair::from_seed(&seed)?)
    } else if let Some(pk) = json.private_key.as_deref() {
        // btwallet sometimes wrote a non-hex `secretSeed` (raw bytes as text); fall back to
        // `privateKey`, which is always hex.
        let secret = decode_hex_secret::<64>(pk)
            .ok_or_else(|| KeystoreError::corrupt(path, "privateKey is not 0x + 128 hex digits"))?;
        Some(
            Keypair::from_private_key(&secret)
                .map_err(|e| KeystoreError::corrupt(path, format!("bad privateKey: {e}")))?,
        )
    } else if json.secret_seed.is_some() {
        return Err(KeystoreError::corrupt(path, "secretSeed is not 0x + 64 hex digits"));
    } else {
        None
    };
    match (secret, claimed) {
        (Some(kp), Some(pk)) if kp.public_key() != pk => Err(KeystoreError::PublicKeyMismatch {
            path: path.to_owned(),
            expected: pk.to_ss58(),
            found: kp.address(),
        }),
        (Some(kp), _) => Ok(Parsed::Secret(kp)),
        (None, Some(pk)) => Ok(Parsed::Public(pk)),
        (None, None) => {
            Err(KeystoreError::corrupt(path, "it holds neither a secret nor a public key"))
        }
    }
}

/// The first Python wallets wrote pub files as a bare hex key; accept an SS58 string too.
fn parse_bare_public(path: &Path, data: &[u8]) -> Result<PublicKey> {
    let text = std::str::from_utf8(data)
        .map_err(|_| KeystoreError::corrupt(path, "neither JSON nor text"))?
        .trim()
        .trim_matches('"');
    PublicKey::parse(text).map_err(|e| KeystoreError::corrupt(path, format!("not a key file: {e}")))
}

/// Serialize a secret key as btwallet keyfile JSON: compact, no `cryptoType` (btwallet 4.0.x
/// cannot parse the number), with every field it can fill.
pub(crate) fn encode_secret(kp: &Keypair) -> Zeroizing<Vec<u8>> {
    let public = kp.public_key();
    let private = Zeroizing::new(format!("0x{}", hex::encode(*kp.private_key())));
    let seed = kp.seed().map(|s| Zeroizing::new(format!("0x{}", hex::encode(s))));
    let mut fields: Vec<(&str, &str)> = Vec::with_capacity(6);
    let pub_hex = public.to_hex();
    let address = public.to_ss58();
    fields.push(("accountId", &pub_hex));
    fields.push(("publicKey", &pub_hex));
    fields.push(("privateKey", &private));
    if let Some(m) = kp.mnemonic() {
        fields.push(("secretPhrase", m.phrase()));
    }
    if let Some(s) = &seed {
        fields.push(("secretSeed", s));
    }
    fields.push(("ss58Address", &address));
    // Write straight into a pre-sized zeroizing buffer so reallocation leaves no secret copy.
    let mut out = Zeroizing::new(Vec::with_capacity(1024));
    out.push(b'{');
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Values are ASCII (hex, base58, BIP39 words) but are escaped properly anyway; writing
        // JSON strings into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, k);
        out.push(b':');
        let _ = serde_json::to_writer(&mut *out, v);
    }
    out.push(b'}');
    out
}

/// Serialize a pub file (`coldkeypub.txt`, `<hotkey>pub.txt`).
pub(crate) fn encode_public(public: &PublicKey) -> Vec<u8> {
    let hex = public.to_hex();
    let v = serde_json::json!({
        "accountId": hex,
        "publicKey": hex,
        "ss58Address": public.to_ss58(),
    });
    v.to_string().into_bytes()
}
