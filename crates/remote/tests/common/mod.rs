//! Shared test helpers: locating the stored metadata in `../shared/metadata` (never copied into
//! the repo) and an offline client over it.

#![allow(dead_code)]

use std::path::PathBuf;

use subxt::config::substrate::SpecVersionForRange;
use subxt::metadata::{ArcMetadata, Metadata};
use subxt::utils::H256;
use subxt::{OfflineClient, OfflineClientAtBlock, SubstrateConfig};

/// `$TAOCTL_SHARED_DIR/metadata` or `<repo>/../shared/metadata`.
pub fn metadata_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => PathBuf::from(d).join("metadata"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/metadata"),
    };
    dir.is_dir().then_some(dir)
}

/// The bytes of one stored metadata file, or None (after printing the skip notice).
pub fn metadata_bytes(file: &str) -> Option<Vec<u8>> {
    let Some(path) = metadata_dir().map(|d| d.join(file)) else {
        println!("skipping: ../shared/metadata not found");
        return None;
    };
    match std::fs::read(&path) {
        Ok(b) => Some(b),
        Err(_) => {
            println!("skipping: ../shared/metadata not found ({} missing)", path.display());
            None
        }
    }
}

/// Decoded metadata of one stored file.
pub fn metadata(file: &str) -> Option<ArcMetadata> {
    let bytes = metadata_bytes(file)?;
    Some(Metadata::decode_from(&bytes).expect("stored metadata decodes").arc())
}

/// An offline client at block 100 of a chain running `md` as `spec_version`.
pub fn offline(md: ArcMetadata, spec_version: u32) -> OfflineClientAtBlock<SubstrateConfig> {
    let config = SubstrateConfig::builder()
        .set_genesis_hash(H256([1u8; 32]))
        .set_metadata_for_spec_versions([(spec_version, md)])
        .set_spec_version_for_block_ranges([SpecVersionForRange {
            block_range: 0..u64::MAX,
            spec_version,
            transaction_version: 1,
        }])
        .build();
    OfflineClient::new_with_config(config).at_block(100u64).expect("offline client")
}
