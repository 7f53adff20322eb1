//! AdminUtils global (root-only) parameter setters (spec §6 "Global, root-only").

use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::hparams::GlobalParam;
use crate::state;
use crate::storage::Ext;

/// `sudo_set_<global>` [root].
pub fn set_global(ext: &mut Ext, origin: Origin, param: GlobalParam, value: u64) -> DispatchResult {
    origin.ensure_root()?;
    if !param.settable() {
        return Err(DispatchError::InvalidHyperparameter {
            param: format!("{param:?}"),
            value: value as i128,
        });
    }
    let max_take = u16::MAX as u64;
    let ok = match param {
        GlobalParam::MaxDelegateTake
        | GlobalParam::MinDelegateTake
        | GlobalParam::SubnetOwnerCut
        | GlobalParam::MinChildkeyTake
        | GlobalParam::MaxChildkeyTake => value <= max_take,
        // MAX_NUM_ROOT_CLAIMS.
        GlobalParam::NumRootClaim => value <= 50,
        GlobalParam::SubnetLimit => value <= u16::MAX as u64,
        GlobalParam::NetworkLockReductionInterval => value > 0,
        _ => true,
    };
    if !ok {
        return Err(DispatchError::InvalidHyperparameter {
            param: format!("{param:?}"),
            value: value as i128,
        });
    }
    state::set_global(ext, param, value);
    ext.deposit_event(Event::GlobalParameterSet {
        name: format!("{param:?}"),
        value: value as i128,
    });
    Ok(())
}
