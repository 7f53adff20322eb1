//! Chain errors as users see them: the chain's own error name, what it means, and what to do.

use local_chain::error::{ChainError, DispatchError};

use crate::error::{CliError, ErrorKind};

/// Maps a chain error to a classified CLI error carrying the chain's error name and a hint.
pub fn map(e: ChainError) -> CliError {
    match &e {
        ChainError::Invalid(d) | ChainError::Dispatch(d) | ChainError::Failed { error: d, .. } => {
            let mut err = CliError::new(ErrorKind::Chain, e.to_string()).with_chain_error(d.name());
            if let Some(h) = hint(d) {
                err = err.with_hint(h);
            }
            err
        }
        ChainError::Dir { .. } | ChainError::UnknownPreset(_) => CliError::input(e.to_string())
            .with_hint("create one with `taoctl chain init`, or point --chain-dir at an existing chain"),
        ChainError::Db(_) | ChainError::Corrupt(_) | ChainError::Io(_) => {
            CliError::new(ErrorKind::Storage, e.to_string()).with_hint(
                "the chain directory may be damaged or in use by a newer taoctl; `taoctl chain reset` rebuilds it",
            )
        }
    }
}

/// What a user can do about a chain rejection.
fn hint(d: &DispatchError) -> Option<&'static str> {
    Some(match d.name().as_str() {
        "SubnetNotExists" => "list subnets with `taoctl subnets list`",
        "HotKeyAccountNotExists" | "HotKeyNotRegisteredInSubNet" => {
            "register the hotkey first with `taoctl subnets register --netuid N`"
        }
        "NotEnoughBalanceToStake"
        | "InsufficientBalance"
        | "NotEnoughBalanceToRecycle"
        | "Payment" => "check your free balance with `taoctl wallet balance`",
        "TxRateLimitExceeded" | "SettingWeightsTooFast" | "NetworkTxRateLimitExceeded" => {
            "wait some blocks and retry; on the embedded chain `taoctl chain advance --blocks N` moves time"
        }
        "SlippageTooHigh" | "PriceLimitExceeded" => {
            "the price moved past your limit: raise --tolerance, allow --partial fills, or trade a smaller amount"
        }
        "AmountTooLow" => "the amount is below the chain's minimum stake",
        "BadOrigin" | "RequireSudo" => {
            "this call must be signed by the subnet owner or the sudo key"
        }
        "NonAssociatedColdKey" => "this hotkey belongs to another coldkey",
        "FirstEmissionBlockNumberAlreadySet" => {
            "the subnet is already started: nothing to do (`taoctl subnets show --netuid N`)"
        }
        _ => return None,
    })
}
