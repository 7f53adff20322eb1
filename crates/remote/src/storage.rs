//! Storage reads over the dynamic API: capability checks against the node's metadata, typed
//! decoding into caller-chosen `DecodeAsType` targets, and whole-map iteration (one paged query
//! per item instead of one request per key).

use scale_decode::DecodeAsType;
use subxt::dynamic::Value;
use subxt::metadata::Metadata;
use subxt::{OnlineClientAtBlock, SubstrateConfig};

use crate::errors::{CapabilityKind, RemoteError, Result};

/// A client pinned at one block.
pub(crate) type At = OnlineClientAtBlock<SubstrateConfig>;

/// Key parts of a storage item, as values encoded against the metadata's key types (so a `u16`
/// fits the runtime's `NetUid` newtype and 32 bytes fit `AccountId32`).
pub type Keys = Vec<Value>;

/// A netuid key part.
pub fn netuid(n: u16) -> Value {
    Value::u128(u128::from(n))
}

/// An account key part.
pub fn account(a: &[u8; 32]) -> Value {
    Value::from_bytes(a)
}

/// Whether the node's runtime has `pallet.item`.
pub fn has_storage(md: &Metadata, pallet: &str, item: &str) -> bool {
    md.pallet_by_name(pallet)
        .and_then(|p| p.storage())
        .and_then(|s| s.entry_by_name(item))
        .is_some()
}

/// Fails with a named capability error when the runtime lacks `pallet.item`.
pub fn require_storage(md: &Metadata, spec_version: u32, pallet: &str, item: &str) -> Result<()> {
    if has_storage(md, pallet, item) {
        Ok(())
    } else {
        Err(RemoteError::MissingCapability {
            kind: CapabilityKind::Storage,
            name: format!("{pallet}.{item}"),
            spec_version,
        })
    }
}

fn what(pallet: &str, item: &str) -> String {
    format!("storage {pallet}.{item}")
}

/// Reads one value; absent keys give the item's declared default (what the runtime itself
/// sees), and `None` only when the item has no default either.
pub(crate) async fn get<V: DecodeAsType>(
    at: &At,
    spec_version: u32,
    pallet: &str,
    item: &str,
    keys: Keys,
) -> Result<Option<V>> {
    require_storage(at.metadata_ref(), spec_version, pallet, item)?;
    let addr = subxt::dynamic::storage::<Keys, V>(pallet, item);
    let found = at
        .storage()
        .try_fetch(addr, keys)
        .await
        .map_err(|e| RemoteError::rpc(what(pallet, item), e))?;
    match found {
        Some(v) => {
            v.decode_as::<V>().map(Some).map_err(|e| RemoteError::decode(what(pallet, item), e))
        }
        None => Ok(None),
    }
}

/// Like [`get`], treating "no value and no default" as a decoding failure of the caller's
/// expectations (items read this way always carry a default in subtensor).
pub(crate) async fn get_def<V: DecodeAsType>(
    at: &At,
    spec_version: u32,
    pallet: &str,
    item: &str,
    keys: Keys,
) -> Result<V> {
    get(at, spec_version, pallet, item, keys)
        .await?
        .ok_or_else(|| RemoteError::decode(what(pallet, item), "no value and no default"))
}

/// Every entry under `prefix`, with key part `key_index` decoded as `K` (which must be a
/// concat/identity-hashed part, as netuids and accounts are in subtensor).
pub(crate) async fn iter<K: DecodeAsType, V: DecodeAsType>(
    at: &At,
    spec_version: u32,
    pallet: &str,
    item: &str,
    prefix: Keys,
    key_index: usize,
) -> Result<Vec<(K, V)>> {
    require_storage(at.metadata_ref(), spec_version, pallet, item)?;
    let addr = subxt::dynamic::storage::<Keys, V>(pallet, item);
    let mut entries = at
        .storage()
        .iter(addr, prefix)
        .await
        .map_err(|e| RemoteError::rpc(what(pallet, item), e))?;
    let mut out = Vec::new();
    while let Some(entry) = entries.next().await {
        let entry = entry.map_err(|e| RemoteError::rpc(what(pallet, item), e))?;
        let key = entry.key().map_err(|e| RemoteError::decode(what(pallet, item), e))?;
        let k = key
            .part(key_index)
            .ok_or_else(|| RemoteError::decode(what(pallet, item), "key has fewer parts"))?
            .decode_as::<K>()
            .map_err(|e| RemoteError::decode(what(pallet, item), e))?
            .ok_or_else(|| {
                RemoteError::decode(what(pallet, item), "key part is hashed opaquely")
            })?;
        let v = entry
            .value()
            .decode_as::<V>()
            .map_err(|e| RemoteError::decode(what(pallet, item), e))?;
        out.push((k, v));
    }
    Ok(out)
}

/// A pallet constant.
pub(crate) fn constant<V: DecodeAsType>(
    at: &At,
    spec_version: u32,
    pallet: &str,
    name: &str,
) -> Result<V> {
    let present =
        at.metadata_ref().pallet_by_name(pallet).and_then(|p| p.constant_by_name(name)).is_some();
    if !present {
        return Err(RemoteError::MissingCapability {
            kind: CapabilityKind::Constant,
            name: format!("{pallet}.{name}"),
            spec_version,
        });
    }
    at.constants()
        .entry(subxt::dynamic::constant::<V>(pallet, name))
        .map_err(|e| RemoteError::decode(format!("constant {pallet}.{name}"), e))
}

/// Whether a value is stored under the key (as opposed to the item's default being reported).
pub(crate) async fn exists(
    at: &At,
    spec_version: u32,
    pallet: &str,
    item: &str,
    keys: Keys,
) -> Result<bool> {
    require_storage(at.metadata_ref(), spec_version, pallet, item)?;
    let addr = subxt::dynamic::storage::<Keys, Value>(pallet, item);
    let key = at
        .storage()
        .entry(addr)
        .and_then(|e| e.fetch_key(keys))
        .map_err(|e| RemoteError::encode(what(pallet, item), e))?;
    match at.storage().fetch_raw(key).await {
        Ok(_) => Ok(true),
        Err(subxt::error::StorageError::NoValueFound) => Ok(false),
        Err(e) => Err(RemoteError::rpc(what(pallet, item), e)),
    }
}

/// All values of a map keyed by netuid (first key part), plus the item's default for netuids
/// with nothing stored.
pub(crate) async fn by_netuid<V: DecodeAsType + Clone>(
    at: &At,
    spec_version: u32,
    pallet: &str,
    item: &str,
) -> Result<(std::collections::BTreeMap<u16, V>, Option<V>)> {
    let rows: Vec<(u16, V)> = iter(at, spec_version, pallet, item, vec![], 0).await?;
    let addr = subxt::dynamic::storage::<Keys, V>(pallet, item);
    let default = at
        .storage()
        .entry(addr)
        .map_err(|e| RemoteError::decode(what(pallet, item), e))?
        .default_value()
        .map(|v| v.decode_as::<V>())
        .transpose()
        .map_err(|e| RemoteError::decode(what(pallet, item), e))?;
    Ok((rows.into_iter().collect(), default))
}
