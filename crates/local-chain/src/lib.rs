//! The embedded Bittensor chain: a deterministic re-implementation of subtensor (spec_version 425)
//! used as taoctl's default, offline network. No clap, no printing, no floats, no wall clock.
//!
//! Start at [`Chain`] (create/open a chain directory, submit extrinsics, read state); see
//! `README.md` in this crate for the design, the storage layout and every modelling choice.
//!
//! Emission and epochs run from `on_initialize` ([`block_step`]); weights use `set_weights` and
//! hash commit-reveal v2 ([`calls::weights`]). Timelocked (drand, "CRv3") weight commits are out
//! of scope: there are no drand pulses, so commit-reveal subnets use the v2 hash path.
#![deny(clippy::print_stdout, clippy::print_stderr, clippy::float_arithmetic)]

pub mod emission;
pub mod epoch;
pub mod swap;
pub mod vectors;

pub mod block;
pub mod block_step;
pub mod calls;
pub mod chain;
pub mod children;
pub mod codec;
pub mod currency;
pub mod demo_policy;
pub mod distribute;
pub mod epoch_io;
pub mod error;
pub mod event;
pub mod extrinsic;
pub mod genesis;
pub mod hparams;
pub mod info;
pub mod invariants;
pub mod pool;
pub mod preview;
pub mod queries;
pub mod queries_children;
pub mod queries_weights;
pub mod shares;
pub mod state;
pub mod state_children;
pub mod state_weights;
pub mod storage;
pub mod types;

pub use block::BlockHeader;
pub use chain::Chain;
pub use error::{ChainError, DispatchError};
pub use event::{Event, StoredEvent};
pub use extrinsic::{Call, Origin, SignedExtrinsic};
pub use hparams::{GlobalParam, Hyperparam};
pub use info::{EventFilter, HyperparamValue, NeuronInfo, Receipt, StakePosition, SubnetInfo};
pub use types::{AccountId, Balance, Hash, NetUid, TAO};
