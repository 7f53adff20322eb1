//! Shared test helpers: paths to the copied btwallet vectors and the parsed manifest.
#![allow(dead_code)]

use std::path::PathBuf;

pub const COLD_PW: &str = "Test-Password-123!";
pub const HOT_PW: &str = "Hotkey-Password-456!";

pub fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/btwallet")
}

pub fn manifest() -> serde_json::Value {
    let text = std::fs::read_to_string(data().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

pub fn hex_bytes(s: &str) -> Vec<u8> {
    hex::decode(s.trim_start_matches("0x")).unwrap()
}

pub fn hex32(s: &str) -> [u8; 32] {
    hex_bytes(s).try_into().unwrap()
}

pub fn hex64(s: &str) -> [u8; 64] {
    hex_bytes(s).try_into().unwrap()
}

pub fn s<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("missing {key}"))
}

/// The pre-derived `$NACL` secretbox key for a password (lets tests skip the 5 s Argon2i).
pub fn nacl_key(password: &str) -> [u8; 32] {
    hex32(s(&manifest()["nacl_format"]["derived_keys"], password))
}
