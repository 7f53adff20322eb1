//! Runtime metadata fetched from the node and cached on disk by (genesis, spec_version), so a
//! second connect skips the ~300 KB download and a runtime upgrade simply adds a new file.

use std::path::{Path, PathBuf};

use parity_scale_codec::{Decode, Encode};
use subxt::metadata::{ArcMetadata, Metadata};

use crate::errors::{RemoteError, Result};

/// Metadata versions subxt 0.51 can use, newest first.
const SUPPORTED_VERSIONS: [u32; 3] = [16, 15, 14];

/// The cache file for one runtime of one chain.
pub fn cache_path(dir: &Path, genesis: &[u8; 32], spec_version: u32) -> PathBuf {
    // Eight hex digits of the genesis hash keep finney, testnet and local chains apart when
    // they happen to run the same spec_version with different code.
    dir.join(format!("{}-spec{spec_version}.scale", hex::encode(&genesis[..4])))
}

/// Reads and decodes a cached blob; `None` when absent or unreadable (a damaged cache file is
/// simply fetched again).
pub fn load(dir: &Path, genesis: &[u8; 32], spec_version: u32) -> Option<(Vec<u8>, ArcMetadata)> {
    let bytes = std::fs::read(cache_path(dir, genesis, spec_version)).ok()?;
    let md = Metadata::decode_from(&bytes).ok()?;
    Some((bytes, md.arc()))
}

/// Writes a blob atomically (temp file + rename) so concurrent taoctl processes never read a
/// half-written file.
pub fn store(dir: &Path, genesis: &[u8; 32], spec_version: u32, bytes: &[u8]) -> Result<()> {
    let err = |e: std::io::Error| RemoteError::Cache {
        path: dir.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(dir).map_err(err)?;
    let path = cache_path(dir, genesis, spec_version);
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(err)?;
    std::fs::rename(&tmp, &path).map_err(err)
}

/// Decodes a metadata blob (prefixed `meta` + V14/15/16, as served by the node).
pub fn decode(bytes: &[u8]) -> Result<ArcMetadata> {
    Metadata::decode_from(bytes)
        .map(Metadata::arc)
        .map_err(|e| RemoteError::decode("runtime metadata", e))
}

/// The `Metadata_metadata_at_version` argument for the newest version both sides know, given
/// the node's answer to `Metadata_metadata_versions` (SCALE `Vec<u32>`).
pub fn pick_version(versions_scale: &[u8]) -> Option<u32> {
    let offered = Vec::<u32>::decode(&mut &versions_scale[..]).ok()?;
    SUPPORTED_VERSIONS.into_iter().find(|v| offered.contains(v))
}

/// SCALE argument of `Metadata_metadata_at_version`.
pub fn version_arg(version: u32) -> Vec<u8> {
    version.encode()
}

/// Unwraps the answer of `Metadata_metadata_at_version` (`Option<OpaqueMetadata>`).
pub fn unwrap_opaque(answer: &[u8]) -> Result<Option<Vec<u8>>> {
    Option::<Vec<u8>>::decode(&mut &answer[..])
        .map_err(|e| RemoteError::decode("Metadata_metadata_at_version answer", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_newest_shared_version() {
        assert_eq!(pick_version(&vec![14u32, 15, 16].encode()), Some(16));
        assert_eq!(pick_version(&vec![14u32, 15].encode()), Some(15));
        assert_eq!(pick_version(&vec![17u32].encode()), None);
    }

    #[test]
    fn damaged_cache_file_is_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let g = [7u8; 32];
        std::fs::write(cache_path(dir.path(), &g, 1), b"not metadata").expect("write");
        assert!(load(dir.path(), &g, 1).is_none());
        assert!(load(dir.path(), &g, 2).is_none());
    }
}
