//! SS58 addresses (Substrate's base58 + blake2b checksum), written here rather than through
//! sp-core's `serde`-gated helpers so that errors can say exactly what is wrong with an address.

use blake2::{Blake2b512, Digest};

use crate::error::{KeystoreError, Result};

/// The generic Substrate prefix Bittensor uses (addresses start with `5`).
pub const BITTENSOR_PREFIX: u16 = 42;

const CHECKSUM_LEN: usize = 2;

fn checksum(data: &[u8]) -> [u8; CHECKSUM_LEN] {
    let mut h = Blake2b512::new();
    h.update(b"SS58PRE");
    h.update(data);
    let out = h.finalize();
    [out[0], out[1]]
}

/// Encode a 32-byte public key with `prefix` (0..16383).
pub fn encode_with_prefix(public: &[u8; 32], prefix: u16) -> String {
    let prefix = prefix & 0x3fff;
    let mut data = Vec::with_capacity(2 + 32 + CHECKSUM_LEN);
    if prefix < 64 {
        data.push(prefix as u8);
    } else {
        // Two-byte form from the SS58 spec: 14 bits spread over two bytes with marker 0b01.
        let first = ((prefix & 0b0000_0000_1111_1100) as u8 >> 2) | 0b0100_0000;
        let second = ((prefix >> 8) as u8) | ((prefix & 0b0000_0000_0000_0011) as u8) << 6;
        data.push(first);
        data.push(second);
    }
    data.extend_from_slice(public);
    let sum = checksum(&data);
    data.extend_from_slice(&sum);
    bs58::encode(data).into_string()
}

/// Encode with Bittensor's prefix 42.
pub fn encode(public: &[u8; 32]) -> String {
    encode_with_prefix(public, BITTENSOR_PREFIX)
}

/// Decode an address of any prefix into (prefix, public key).
pub fn decode_any(address: &str) -> Result<(u16, [u8; 32])> {
    let bad = |reason: &str| KeystoreError::InvalidSs58 {
        address: address.to_owned(),
        reason: reason.to_owned(),
    };
    if address.is_empty() {
        return Err(bad("it is empty"));
    }
    let data = bs58::decode(address)
        .into_vec()
        .map_err(|e| bad(&format!("not base58 ({e}); 0, O, I and l never appear in addresses")))?;
    let (prefix, prefix_len) = match data.first() {
        Some(&b) if b < 64 => (u16::from(b), 1),
        Some(&b) if b < 128 => {
            let Some(&b1) = data.get(1) else {
                return Err(bad("it is too short"));
            };
            let lower = (u16::from(b) << 2) | (u16::from(b1) >> 6);
            let upper = u16::from(b1 & 0b0011_1111);
            ((lower & 0b1111_1111) | (upper << 8), 2)
        }
        Some(_) => return Err(bad("its prefix byte is reserved")),
        None => return Err(bad("it is empty")),
    };
    let expected = prefix_len + 32 + CHECKSUM_LEN;
    if data.len() != expected {
        return Err(bad(&format!(
            "it decodes to {} bytes, an account address has {expected}; it may be truncated or not an account address",
            data.len()
        )));
    }
    let (body, sum) = data.split_at(prefix_len + 32);
    if checksum(body) != sum {
        return Err(bad("its checksum does not match (a character is wrong or swapped)"));
    }
    let mut public = [0u8; 32];
    public.copy_from_slice(&body[prefix_len..]);
    Ok((prefix, public))
}

/// Decode a Bittensor (prefix 42) address into its public key.
pub fn decode(address: &str) -> Result<[u8; 32]> {
    let (prefix, public) = decode_any(address)?;
    if prefix != BITTENSOR_PREFIX {
        return Err(KeystoreError::InvalidSs58 {
            address: address.to_owned(),
            reason: format!(
                "it uses network prefix {prefix}, Bittensor uses {BITTENSOR_PREFIX}; re-encode it for Bittensor"
            ),
        });
    }
    Ok(public)
}
