//! The one place that encodes storage keys and values.
//!
//! Keys: `<item name> 0x00 <parts>` where netuids/uids are big-endian (so SQLite's byte order
//! iterates them ascending, like the chain's LE-Identity order for netuid < 256, spec §0) and
//! accounts are their raw 32 bytes (BTreeMap order). State values: the compact positional binary
//! format of [`binary`] (store format [`STATE_FORMAT`]). Block headers, extrinsics and events
//! are stored as JSON ([`encode_json`]) so they stay readable and their hashes stable.

mod binary;

use serde::Serialize;
use serde::de::DeserializeOwned;
use smallvec::SmallVec;

use crate::error::DispatchError;
use crate::types::AccountId;

/// Builder for a storage key. Built on the stack (every key the chain uses fits in 96 bytes
/// but a few hyperparameter and identity names): the block hooks build thousands of keys a block
/// only to look them up.
#[derive(Clone, Debug)]
pub struct Key(SmallVec<[u8; 96]>);

impl Key {
    /// A key (or prefix) for a storage item.
    pub fn item(name: &str) -> Key {
        let mut v = SmallVec::new();
        v.extend_from_slice(name.as_bytes());
        v.push(0);
        Key(v)
    }
    /// Appends a u16 (netuid / uid).
    pub fn u16(mut self, x: u16) -> Key {
        self.0.extend_from_slice(&x.to_be_bytes());
        self
    }
    /// Appends a u64.
    pub fn u64(mut self, x: u64) -> Key {
        self.0.extend_from_slice(&x.to_be_bytes());
        self
    }
    /// Appends an account id.
    pub fn acct(mut self, a: &AccountId) -> Key {
        self.0.extend_from_slice(&a.0);
        self
    }
    /// Appends a string part (hyperparameter names).
    pub fn str(mut self, s: &str) -> Key {
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
        self
    }
    /// The raw bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0.into_vec()
    }
    /// Borrowed bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Version of the state value encoding, recorded in the `meta` table. Format 1 (JSON values,
/// no record) was replaced by format 2 (binary); a chain directory holding another format is
/// refused on open, never misread.
pub const STATE_FORMAT: &str = "2";

/// Encodes a state value.
pub fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    // Stored row types are plain derives, which the binary format always encodes; a type the
    // format refuses (floats, tagged enums) is a programming error caught by the codec tests.
    if let Err(e) = binary::to_vec(v, &mut out) {
        debug_assert!(false, "state codec: {e}");
    }
    out
}

/// Decodes a state value.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DispatchError> {
    binary::from_slice(bytes).map_err(|e| DispatchError::Storage(format!("decode: {e}")))
}

/// JSON for block headers, extrinsic lists and events (readable in the `blocks` / `events`
/// tables; the header hash and signing payload are defined over it).
pub fn encode_json<T: Serialize>(v: &T) -> Vec<u8> {
    // serde_json cannot fail on our plain data types (no maps with non-string keys).
    serde_json::to_vec(v).unwrap_or_default()
}

/// Decodes a `Vec<(u16, u16)>` row (weights, bonds): exactly the bytes and the result of
/// `decode::<Vec<(u16, u16)>>` (count u32 LE, then each pair as two u16 LE), without the
/// generic serde path — every epoch decodes two such rows per validator.
pub fn decode_u16_pairs(bytes: &[u8]) -> Result<Vec<(u16, u16)>, DispatchError> {
    let bad =
        || DispatchError::Storage(format!("decode: bad (u16, u16) row of {} bytes", bytes.len()));
    let (count, rest) = bytes.split_first_chunk::<4>().ok_or_else(bad)?;
    if rest.len() != u32::from_le_bytes(*count) as usize * 4 {
        return Err(bad());
    }
    Ok(rest
        .chunks_exact(4)
        .map(|c| (u16::from_le_bytes([c[0], c[1]]), u16::from_le_bytes([c[2], c[3]])))
        .collect())
}

/// Encodes a `(u16, u16)` row: the same bytes as `encode(&row)`.
pub fn encode_u16_pairs(row: &[(u16, u16)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + row.len() * 4);
    // Rows are at most u16::MAX + 1 pairs, so the count always fits.
    out.extend_from_slice(&(row.len() as u32).to_le_bytes());
    for (a, b) in row {
        out.extend_from_slice(&a.to_le_bytes());
        out.extend_from_slice(&b.to_le_bytes());
    }
    out
}

/// Reads a big-endian u16 at `offset` of a key (used when iterating prefixes).
pub fn key_u16(key: &[u8], offset: usize) -> Option<u16> {
    let b = key.get(offset..offset + 2)?;
    Some(u16::from_be_bytes([b[0], b[1]]))
}

/// Reads an account id at `offset` of a key.
pub fn key_acct(key: &[u8], offset: usize) -> Option<AccountId> {
    let b = key.get(offset..offset + 32)?;
    let mut raw = [0u8; 32];
    raw.copy_from_slice(b);
    Some(AccountId(raw))
}

/// A readable form of a raw key: `ItemName/<hex of the parts>`.
pub fn describe_key(key: &[u8]) -> String {
    match key.iter().position(|&b| b == 0) {
        Some(i) => format!("{}/{}", String::from_utf8_lossy(&key[..i]), hex::encode(&key[i + 1..])),
        None => hex::encode(key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn u16_pair_rows_match_the_generic_codec() {
        for row in [
            vec![],
            vec![(0u16, 65_535u16)],
            (0..300u16).map(|i| (i, i.wrapping_mul(211))).collect(),
        ] {
            let generic = encode(&row);
            assert_eq!(encode_u16_pairs(&row), generic);
            assert_eq!(decode_u16_pairs(&generic).unwrap(), row);
            assert_eq!(decode::<Vec<(u16, u16)>>(&generic).unwrap(), row);
        }
        // Truncated, padded and count-mismatched rows are refused, as the generic codec does.
        let good = encode(&vec![(1u16, 2u16), (3, 4)]);
        for bad in [&good[..3], &good[..good.len() - 1], &[good.as_slice(), &[0]].concat()[..]] {
            assert!(decode_u16_pairs(bad).is_err());
            assert!(decode::<Vec<(u16, u16)>>(bad).is_err());
        }
    }
}
