//! Block headers, hashing, the fixed 12-second clock, and the per-block hook (`on_initialize`).

use serde::{Deserialize, Serialize};

use crate::calls::registration;
use crate::error::DispatchResult;
use crate::extrinsic::{Call, SignedExtrinsic};
use crate::storage::Ext;
use crate::types::{AccountId, BlockNumber, Hash};

/// Genesis timestamp: 2026-01-01T00:00:00Z in ms. Fixed, so the chain never reads the clock.
pub const GENESIS_TIME_MS: u64 = 1_767_225_600_000;
/// Block time (spec §10.1).
pub const BLOCK_TIME_MS: u64 = 12_000;

/// Timestamp of block `n`.
pub fn timestamp_of(n: BlockNumber) -> u64 {
    GENESIS_TIME_MS.saturating_add(n.saturating_mul(BLOCK_TIME_MS))
}

/// A block header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlockHeader {
    /// Height (genesis = 0).
    pub number: BlockNumber,
    /// Hash of the parent header (zero for genesis).
    pub parent_hash: Hash,
    /// Milliseconds since the Unix epoch, `GENESIS_TIME_MS + 12_000 · number`.
    pub timestamp_ms: u64,
    /// blake2_256 of the block's extrinsic list encoding.
    pub extrinsics_root: Hash,
    /// blake2_256 of the block's sorted write set (a "changes root": the full-state trie root
    /// of a real chain would cost a full-state pass per block).
    pub changes_root: Hash,
    /// Number of extrinsics.
    pub extrinsic_count: u32,
    /// Number of events.
    pub event_count: u32,
    /// blake2_256 of the header fields above.
    pub hash: Hash,
}

impl BlockHeader {
    /// Builds a header and computes its hash.
    pub fn new(
        number: BlockNumber,
        parent_hash: Hash,
        extrinsics_root: Hash,
        changes_root: Hash,
        extrinsic_count: u32,
        event_count: u32,
    ) -> BlockHeader {
        let timestamp_ms = timestamp_of(number);
        let pre = crate::codec::encode_json(&(
            number,
            parent_hash,
            timestamp_ms,
            extrinsics_root,
            changes_root,
            extrinsic_count,
            event_count,
        ));
        BlockHeader {
            number,
            parent_hash,
            timestamp_ms,
            extrinsics_root,
            changes_root,
            extrinsic_count,
            event_count,
            hash: Hash::of(&pre),
        }
    }
}

/// An extrinsic as stored in a block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockExtrinsic {
    /// A signed extrinsic.
    Signed(SignedExtrinsic),
    /// A dev/unsigned call (tests, genesis tooling): `origin` None = root.
    Dev {
        /// Account the call ran as, or None for root.
        origin: Option<AccountId>,
        /// The call.
        call: Call,
    },
}

/// `on_initialize`: runs at the start of every block, before its extrinsics (spec §1).
///
/// Step 1 (registration prices, spec §5.1) is implemented here. **Part-2 seam:** steps 2–8
/// (block emission, commit reveals, coinbase, epochs, moving prices, root props, child keys,
/// root claims) go into [`block_step`], which currently does nothing; it receives the same
/// `Ext`, so everything it writes commits atomically with the block.
pub fn on_initialize(ext: &mut Ext) -> DispatchResult {
    registration::update_registration_prices(ext)?;
    block_step(ext)
}

/// Part-2 hook point for emission and epochs (spec §1 steps 2–8): see [`crate::block_step`].
pub fn block_step(ext: &mut Ext) -> DispatchResult {
    crate::block_step::run(ext).map(|_| ())
}
