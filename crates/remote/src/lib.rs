//! taoctl's remote backend: the same reads and writes as the embedded chain, against a real
//! subtensor node over subxt's dynamic API (metadata fetched at connect, cached by
//! spec_version), behind a synchronous facade.
//!
//! What cannot be had from a node, or is approximated, and why:
//! * `BlockHeader.changes_root` carries the node's state root (a node has no "changes root").
//! * `BlockHeader.timestamp_ms` is `Timestamp.Now`; `event_count` is `System.EventCount`.
//! * `StakePosition.tao_value` = floor(alpha · price / 1e9) with the runtime's floored price.
//! * Receipts list only events that have an embedded counterpart (`Event` variants); AdminUtils
//!   setters emit per-parameter events on a node and are left out.
//! * Hyperparameters a runtime does not store are omitted rather than defaulted.
//! * `head()` is the finalized head; reads are made at it.

pub mod calls;
pub mod children;
pub mod client;
pub mod commits;
pub mod convert;
pub mod errors;
pub mod events;
pub mod hyperparams;
pub mod legacy_reads;
pub mod legacy_swap;
pub mod metadata_cache;
#[cfg(feature = "mock")]
pub mod mock;
pub mod neurons;
pub mod preview;
pub mod preview_children;
pub mod preview_commit;
pub mod preview_register;
pub mod preview_stake;
pub mod preview_swap;
pub mod runtime_api;
pub mod signer;
pub mod stake;
pub mod storage;
pub mod subnets;

pub use client::{ConnectOptions, NEWEST_TESTED_SPEC, NodeInfo, RemoteClient, SubmitStage};
pub use errors::{CapabilityKind, RemoteError, Result};
