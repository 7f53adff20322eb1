//! The `BT_PW_<PATH>` password variables btwallet and bittensor 11 use: name = `BT_PW_` + the
//! upper-cased absolute key file path with `/` and `.` replaced by `_`; value = standard base64 of
//! (password XOR name, the name repeated). Obfuscation, not encryption. Pure functions only: the
//! caller decides whether to read the environment.

use std::path::Path;

use base64::Engine as _;
use zeroize::Zeroizing;

use crate::error::{KeystoreError, Result};

/// The variable name for a key file (pass an absolute path, as the official tools do).
pub fn var_name(keyfile: &Path) -> String {
    let path = keyfile.to_string_lossy();
    let mut name = String::from("BT_PW_");
    name.extend(path.chars().map(|c| match c {
        '/' | '.' => '_',
        c => c.to_ascii_uppercase(),
    }));
    name
}

fn xor_with_name(data: &[u8], name: &str) -> Zeroizing<Vec<u8>> {
    let key = name.as_bytes();
    let mut out = Zeroizing::new(data.to_vec());
    if !key.is_empty() {
        for (i, b) in out.iter_mut().enumerate() {
            *b ^= key[i % key.len()];
        }
    }
    out
}

/// Decode a variable's value into the password.
pub fn decode(name: &str, value: &str) -> Result<Zeroizing<String>> {
    let bad = |reason: &str| KeystoreError::InvalidSecret {
        reason: format!("the value of {name} {reason}; it should be what btcli/btwallet stored"),
    };
    let raw = Zeroizing::new(
        base64::engine::general_purpose::STANDARD
            .decode(value.trim())
            .map_err(|_| bad("is not base64"))?,
    );
    let pw = xor_with_name(&raw, name);
    let text = std::str::from_utf8(&pw).map_err(|_| bad("does not decode to text"))?;
    Ok(Zeroizing::new(text.to_owned()))
}

/// Encode a password the way btwallet's `save_password_to_env` does.
pub fn encode(name: &str, password: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(&*xor_with_name(password.as_bytes(), name))
}
