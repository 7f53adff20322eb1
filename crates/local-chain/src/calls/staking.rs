//! Staking calls (spec §4.4, §4.5, §9.1). (Slice 3: being written.)

use crate::error::{DispatchError, DispatchResult};
use crate::extrinsic::{Call, Origin};
use crate::storage::Ext;

/// Dispatches the staking calls.
pub fn dispatch(_ext: &mut Ext, _origin: Origin, _call: &Call) -> DispatchResult {
    Err(DispatchError::Storage("staking not implemented yet".into()))
}
