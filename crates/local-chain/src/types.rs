//! Primitive types shared by the whole chain: accounts, balances, netuids, block numbers.
//!
//! Balances are u64 rao (1 TAO = 1e9 rao) and alpha is u64 "alpha-rao" (spec §0).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sp_core::crypto::{Ss58AddressFormat, Ss58Codec};
use sp_core::sr25519;

/// Rao (TAO) amount.
pub type Balance = u64;
/// Alpha amount (alpha-rao).
pub type Alpha = u64;
/// Subnet id; 0 is root.
pub type NetUid = u16;
/// Neuron id inside a subnet.
pub type Uid = u16;
/// Block height.
pub type BlockNumber = u64;

/// 1 TAO in rao.
pub const TAO: Balance = 1_000_000_000;
/// The root network id (spec §5.8).
pub const ROOT_NETUID: NetUid = 0;
/// Bittensor's SS58 prefix (spec §10.1).
pub const SS58_PREFIX: u16 = 42;

/// A 32-byte account id (sr25519 public key), ordered by raw bytes like the chain's BTreeMaps.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct AccountId(pub [u8; 32]);

impl AccountId {
    /// The all-zero account (the chain's "no owner").
    pub const ZERO: AccountId = AccountId([0u8; 32]);

    /// The account id of a dev seed such as `//Alice` or `//Alice_hk` (no password).
    pub fn from_dev_seed(seed: &str) -> Result<AccountId, String> {
        let pair = dev_pair(seed)?;
        Ok(AccountId::from(sp_core::Pair::public(&pair)))
    }

    /// SS58 text with prefix 42.
    pub fn to_ss58(&self) -> String {
        sr25519::Public::from_raw(self.0)
            .to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
    }

    /// The pseudo-account that holds a subnet's TAO (`get_subnet_account_id`). Not a real key:
    /// derived deterministically so it never collides with an sr25519 public key in practice.
    pub fn subnet_account(netuid: NetUid) -> AccountId {
        let mut raw = [0u8; 32];
        raw[..8].copy_from_slice(b"modlsubn");
        raw[8..10].copy_from_slice(&netuid.to_le_bytes());
        AccountId(raw)
    }
}

/// An sr25519 key pair from a dev seed (`//Alice`), for genesis and tests.
pub fn dev_pair(seed: &str) -> Result<sr25519::Pair, String> {
    <sr25519::Pair as sp_core::Pair>::from_string(seed, None).map_err(|e| format!("{e:?}"))
}

impl From<sr25519::Public> for AccountId {
    fn from(p: sr25519::Public) -> Self {
        AccountId(p.0)
    }
}

impl fmt::Debug for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_ss58())
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_ss58())
    }
}

impl FromStr for AccountId {
    type Err = String;
    /// Accepts SS58 (any prefix) or 0x-prefixed / bare 64-char hex.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hexpart = s.strip_prefix("0x").unwrap_or(s);
        if hexpart.len() == 64 {
            let mut raw = [0u8; 32];
            if hex::decode_to_slice(hexpart, &mut raw).is_ok() {
                return Ok(AccountId(raw));
            }
        }
        sr25519::Public::from_ss58check_with_version(s)
            .map(|(p, _)| AccountId(p.0))
            .map_err(|e| format!("`{s}` is not an SS58 address or 32-byte hex: {e:?}"))
    }
}

// Serialized as hex in human-readable formats (JSON): compact, stable, and independent of the
// SS58 prefix; as the 32 raw bytes in the binary state codec.
impl Serialize for AccountId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&hex::encode(self.0))
        } else {
            s.serialize_bytes(&self.0)
        }
    }
}

impl<'de> Deserialize<'de> for AccountId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(AccountId(deserialize_raw32(d)?));
        }
        let text = String::deserialize(d)?;
        let mut raw = [0u8; 32];
        hex::decode_to_slice(&text, &mut raw).map_err(serde::de::Error::custom)?;
        Ok(AccountId(raw))
    }
}

/// 32 raw bytes from a non-human-readable format (the binary state codec).
fn deserialize_raw32<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
    struct Raw;
    impl serde::de::Visitor<'_> for Raw {
        type Value = [u8; 32];
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("32 bytes")
        }
        fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<[u8; 32], E> {
            v.try_into().map_err(|_| E::invalid_length(v.len(), &self))
        }
    }
    d.deserialize_bytes(Raw)
}

/// A 32-byte hash (blake2_256).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hash(pub [u8; 32]);

impl Hash {
    /// blake2_256 of `data`.
    pub fn of(data: &[u8]) -> Hash {
        Hash(<sp_core::Blake2Hasher as sp_core::Hasher>::hash(data).0)
    }
    /// Lower-case hex with 0x.
    pub fn to_hex(&self) -> String {
        format!("0x{}", hex::encode(self.0))
    }
}

impl fmt::Debug for Hash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_hex())
    }
}

impl Serialize for Hash {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.to_hex())
        } else {
            s.serialize_bytes(&self.0)
        }
    }
}

impl<'de> Deserialize<'de> for Hash {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if !d.is_human_readable() {
            return Ok(Hash(deserialize_raw32(d)?));
        }
        let text = String::deserialize(d)?;
        let mut raw = [0u8; 32];
        hex::decode_to_slice(text.trim_start_matches("0x"), &mut raw)
            .map_err(serde::de::Error::custom)?;
        Ok(Hash(raw))
    }
}
