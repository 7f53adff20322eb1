//! Errors: `DispatchError` (a call failed; names are subtensor's / FRAME's, so users can search
//! them) and `ChainError` (what the public API returns).

use serde::{Deserialize, Serialize};

/// Why a call failed. Variant names match the real pallets' error names (spec §10).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum DispatchError {
    // ---- System / transaction validity ----
    /// The signature does not verify over (call, nonce, genesis hash).
    #[error("BadProof: the signature does not match the signer and payload")]
    BadProof,
    /// The nonce is not the account's next nonce.
    #[error("InvalidNonce: expected nonce {expected}, got {actual}")]
    InvalidNonce { expected: u64, actual: u64 },
    /// The signer cannot pay the transaction fee.
    #[error("Payment: the signer cannot pay the transaction fee of {fee} rao")]
    Payment { fee: u64 },
    /// The origin is not allowed to make this call (root-only call from a signed account).
    #[error("BadOrigin: this call needs a different origin (root or the subnet owner)")]
    BadOrigin,
    /// Sudo was called by an account that is not the sudo key.
    #[error("RequireSudo: only the sudo key may call sudo")]
    RequireSudo,
    // ---- Balances ----
    /// Not enough free balance.
    #[error("InsufficientBalance: not enough free balance")]
    InsufficientBalance,
    /// The transfer would leave less than the existential deposit (keep-alive) or create an
    /// account below it.
    #[error("ExistentialDeposit: the amount is below the existential deposit")]
    ExistentialDeposit,
    /// The transfer would kill the sending account (keep-alive).
    #[error("Expendability: the transfer would reap the sender's account")]
    Expendability,
    // ---- SubtensorModule ----
    /// The subnet does not exist.
    #[error("SubnetNotExists: the subnet does not exist")]
    SubnetNotExists,
    /// The operation is not allowed on the root network.
    #[error("RegistrationNotPermittedOnRootSubnet: not allowed on the root network")]
    RegistrationNotPermittedOnRootSubnet,
    /// Registration is disabled on this subnet.
    #[error("SubNetRegistrationDisabled: registration is disabled on this subnet")]
    SubNetRegistrationDisabled,
    /// The hotkey already has a uid on this subnet.
    #[error("HotKeyAlreadyRegisteredInSubNet: the hotkey already has a uid on this subnet")]
    HotKeyAlreadyRegisteredInSubNet,
    /// The hotkey has no owner (never registered or associated).
    #[error("HotKeyAccountNotExists: the hotkey has no owner on chain")]
    HotKeyAccountNotExists,
    /// The hotkey is not registered on this subnet.
    #[error("HotKeyNotRegisteredInSubNet: the hotkey is not registered on this subnet")]
    HotKeyNotRegisteredInSubNet,
    /// The hotkey belongs to another coldkey.
    #[error("NonAssociatedColdKey: the hotkey belongs to another coldkey")]
    NonAssociatedColdKey,
    /// Not enough balance to pay the registration burn.
    #[error("NotEnoughBalanceToRecycle: not enough balance to pay the registration burn")]
    NotEnoughBalanceToRecycle,
    /// The burn price is above the caller's limit.
    #[error("RegistrationPriceLimitExceeded: the burn price is above the given limit")]
    RegistrationPriceLimitExceeded,
    /// Too many registrations this block (root only, spec §5.1).
    #[error("TooManyRegistrationsThisBlock: too many registrations in this block")]
    TooManyRegistrationsThisBlock,
    /// Too many registrations this interval (root only).
    #[error("TooManyRegistrationsThisInterval: too many registrations in this interval")]
    TooManyRegistrationsThisInterval,
    /// The subnet is full and no uid can be pruned.
    #[error("NoNeuronIdAvailable: the subnet is full and no uid can be pruned")]
    NoNeuronIdAvailable,
    /// MaxAllowedUids is 0.
    #[error("NoNeuronIdAvailable: the subnet allows no uids")]
    MaxAllowedUidsIsZero,
    /// Not enough balance to pay the subnet lock cost.
    #[error("NotEnoughBalanceToPaySwapHotKey: not enough balance to pay the subnet lock cost")]
    NotEnoughBalanceToPaySwapHotKey,
    /// Network registration rate limit (spec §7).
    #[error("NetworkTxRateLimitExceeded: subnet registration is rate-limited")]
    NetworkTxRateLimitExceeded,
    /// Subnet limit reached and no subnet can be pruned.
    #[error("SubnetLimitReached: the subnet limit is reached and no subnet can be pruned")]
    SubnetLimitReached,
    /// The signer is not the subnet owner.
    #[error("NotSubnetOwner: the signer does not own this subnet")]
    NotSubnetOwner,
    /// start_call was already done.
    #[error("FirstEmissionBlockNumberAlreadySet: start_call was already done")]
    FirstEmissionBlockNumberAlreadySet,
    /// start_call is called before the delay has passed.
    #[error("NeedWaitingMoreBlocksToStarCall: wait longer before start_call")]
    NeedWaitingMoreBlocksToStarCall,
    /// The subnet identity is invalid (field too long).
    #[error("InvalidIdentity: a field of the identity is too long")]
    InvalidIdentity,
    /// The token symbol is invalid or already used.
    #[error("SymbolAlreadyInUse: the token symbol is invalid or already used")]
    SymbolAlreadyInUse,
    /// Staking/unstaking before start_call.
    #[error("SubtokenDisabled: the subnet's token is not enabled yet (no start_call)")]
    SubtokenDisabled,
    /// Not enough free balance to stake.
    #[error("NotEnoughBalanceToStake: not enough free balance to stake")]
    NotEnoughBalanceToStake,
    /// Not enough stake to unstake/move.
    #[error("NotEnoughStakeToWithdraw: not enough stake")]
    NotEnoughStakeToWithdraw,
    /// The amount is below the minimum stake (or zero).
    #[error("AmountTooLow: the amount is below the minimum stake")]
    AmountTooLow,
    /// A limit order cannot be filled at the requested price.
    #[error("SlippageTooHigh: the price moved beyond the limit")]
    SlippageTooHigh,
    /// The amount exceeds the pool's liquidity bound.
    #[error("InsufficientLiquidity: the pool cannot take this amount")]
    InsufficientLiquidity,
    /// recycle/burn alpha on the root network.
    #[error("CannotBurnOrRecycleOnRootSubnet: alpha cannot be burned or recycled on root")]
    CannotBurnOrRecycleOnRootSubnet,
    /// Transfers of stake are disabled on a subnet.
    #[error("TransferDisallowed: stake transfers are disabled on this subnet")]
    TransferDisallowed,
    /// Moving stake to itself.
    #[error("SameNetuid: origin and destination are the same")]
    SameNetuid,
    /// Take value invalid.
    #[error("DelegateTakeTooLow: the take is not lower than the current take")]
    DelegateTakeTooLow,
    /// Take value invalid.
    #[error("DelegateTakeTooHigh: the take is not higher than the current one or above the max")]
    DelegateTakeTooHigh,
    /// Take increase is rate-limited.
    #[error("DelegateTxRateLimitExceeded: take increases are rate-limited")]
    DelegateTxRateLimitExceeded,
    /// Generic per-account rate limit (spec §7).
    #[error("TxRateLimitExceeded: rate limit exceeded")]
    TxRateLimitExceeded,
    /// Hyperparameter rate limit for the owner (spec §6).
    #[error("TxRateLimitExceeded: the owner already changed this hyperparameter recently")]
    OwnerHyperparamRateLimitExceeded,
    /// Admin freeze window before an epoch (spec §6).
    #[error(
        "AdminActionProhibitedDuringWeightsWindow: hyperparameters are frozen before the epoch"
    )]
    AdminActionProhibitedDuringWeightsWindow,
    /// A hyperparameter value is out of range.
    #[error("InvalidValue: `{param}` = {value} is out of range")]
    InvalidHyperparameter { param: String, value: i128 },
    /// A sudo-only hyperparameter setter called by the owner.
    #[error("BadOrigin: `{param}` can only be set by root")]
    RootOnlyHyperparameter { param: String },
    /// The account is a system account.
    #[error("NonAssociatedColdKey: cannot use a system account as a hotkey")]
    SystemAccount,
    // ---- SubtensorModule: weights (spec §8) ----
    /// set_weights on the root network.
    #[error("CanNotSetRootNetworkWeights: weights cannot be set on the root network")]
    CanNotSetRootNetworkWeights,
    /// uids and weights differ in length.
    #[error("WeightVecNotEqualSize: uids and weights differ in length")]
    WeightVecNotEqualSize,
    /// More weights than uids on the subnet.
    #[error("UidsLengthExceedUidsInSubNet: more weights than uids on the subnet")]
    UidsLengthExceedUidsInSubNet,
    /// The hotkey's stake is below StakeThreshold.
    #[error("NotEnoughStakeToSetWeights: the hotkey's stake is below the stake threshold")]
    NotEnoughStakeToSetWeights,
    /// version_key below WeightsVersionKey.
    #[error("IncorrectWeightVersionKey: the weights version key is too old")]
    IncorrectWeightVersionKey,
    /// Weights rate limit.
    #[error("SettingWeightsTooFast: weights were set too recently (WeightsRateLimit)")]
    SettingWeightsTooFast,
    /// Commit rate limit.
    #[error("CommittingWeightsTooFast: weights were committed too recently (WeightsRateLimit)")]
    CommittingWeightsTooFast,
    /// Setting non-self weights without a validator permit.
    #[error("NeuronNoValidatorPermit: the neuron has no validator permit")]
    NeuronNoValidatorPermit,
    /// A uid appears twice.
    #[error("DuplicateUids: a uid appears more than once")]
    DuplicateUids,
    /// A uid does not exist on the subnet.
    #[error("UidVecContainInvalidOne: a uid does not exist on the subnet")]
    UidVecContainInvalidOne,
    /// Fewer weights than MinAllowedWeights.
    #[error("WeightVecLengthIsLow: fewer weights than MinAllowedWeights")]
    WeightVecLengthIsLow,
    /// A weight above the max weight limit.
    #[error("MaxWeightExceeded: a weight exceeds the max weight limit")]
    MaxWeightExceeded,
    /// set_weights while commit-reveal is on.
    #[error("CommitRevealEnabled: commit-reveal is on for this subnet; commit and reveal instead")]
    CommitRevealEnabled,
    /// commit/reveal while commit-reveal is off.
    #[error("CommitRevealDisabled: commit-reveal is off for this subnet; use set_weights")]
    CommitRevealDisabled,
    /// No commit to reveal.
    #[error("NoWeightsCommitFound: no weight commit found for this hotkey")]
    NoWeightsCommitFound,
    /// The reveal does not match any commit.
    #[error("InvalidRevealCommitHashNotMatch: the revealed data does not match any commit")]
    InvalidRevealCommitHashNotMatch,
    /// Reveal before the reveal epoch.
    #[error("RevealTooEarly: the commit cannot be revealed yet")]
    RevealTooEarly,
    /// The commit's reveal window has passed.
    #[error("ExpiredWeightCommit: the commit has expired")]
    ExpiredWeightCommit,
    /// Too many outstanding commits.
    #[error("TooManyUnrevealedCommits: too many unrevealed commits")]
    TooManyUnrevealedCommits,
    // ---- SubtensorModule: child keys and root claims (spec §3.8, §9.2) ----
    /// A child equals the parent hotkey.
    #[error("InvalidChild: a hotkey cannot be its own child")]
    InvalidChild,
    /// More than 5 children.
    #[error("TooManyChildren: a hotkey may have at most 5 children")]
    TooManyChildren,
    /// The same child appears twice.
    #[error("DuplicateChild: a child appears more than once")]
    DuplicateChild,
    /// The proportions add up to more than u64::MAX (100%).
    #[error("ProportionOverflow: the child proportions add up to more than 100%")]
    ProportionOverflow,
    /// A child is also a parent of the hotkey.
    #[error("ChildParentInconsistency: a child of this hotkey is also one of its parents")]
    ChildParentInconsistency,
    /// The hotkey's stake is below StakeThreshold.
    #[error("NotEnoughStakeToSetChildkeys: the hotkey's stake is below StakeThreshold")]
    NotEnoughStakeToSetChildkeys,
    /// The childkey take is outside [effective min, MaxChildkeyTake].
    #[error("InvalidChildkeyTake: the childkey take is outside the allowed range")]
    InvalidChildkeyTake,
    /// Childkey take increases are rate-limited.
    #[error("TxChildkeyTakeRateLimitExceeded: the childkey take was raised too recently")]
    TxChildkeyTakeRateLimitExceeded,
    /// claim_root named no subnet or too many.
    #[error("InvalidSubnetNumber: name between 1 and 5 subnets")]
    InvalidSubnetNumber,
    // ---- Swap pallet ----
    /// Pool reserves too low / zero output.
    #[error("ReservesTooLow: the pool reserves are too low")]
    ReservesTooLow,
    /// The swap input exceeds 1000× the input reserve.
    #[error("SwapInputTooLarge: the swap input is too large")]
    SwapInputTooLarge,
    /// The price is already beyond the limit.
    #[error("PriceLimitExceeded: the price is already beyond the limit")]
    PriceLimitExceeded,
    /// Arithmetic overflow/underflow (FRAME `Arithmetic`).
    #[error("Arithmetic: overflow or underflow")]
    Arithmetic,
    /// Storage I/O failed or a stored value could not be decoded. Not a chain rule: a local fault.
    #[error("storage fault: {0}")]
    Storage(String),
}

impl DispatchError {
    /// The bare variant name as the real chain reports it (e.g. `NotEnoughBalanceToStake`).
    pub fn name(&self) -> String {
        let text = self.to_string();
        text.split(':').next().unwrap_or_default().to_string()
    }
}

/// Errors of the public `Chain` API.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// The transaction was rejected before inclusion (bad signature, nonce, fee): nothing changed.
    #[error("transaction rejected: {0}")]
    Invalid(DispatchError),
    /// The call was included in block `block` and failed: the fee was charged and the nonce bumped
    /// (as on the real chain), but the call's own effects were rolled back.
    #[error("call failed in block {block}: {error}")]
    Failed {
        /// The dispatch error.
        error: DispatchError,
        /// The block that includes the failed extrinsic.
        block: u64,
        /// The fee charged (rao).
        fee: u64,
    },
    /// A dev/unsigned call failed; nothing changed and no block was produced.
    #[error("call failed: {0}")]
    Dispatch(DispatchError),
    /// The chain directory has no chain, or already has one.
    #[error("chain directory `{path}`: {reason}")]
    Dir {
        /// The directory.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// Unknown genesis preset.
    #[error("unknown genesis preset `{0}` (expected `dev` or `demo`)")]
    UnknownPreset(String),
    /// SQLite failed.
    #[error("database error: {0}")]
    Db(#[from] rusqlite::Error),
    /// A stored value could not be decoded.
    #[error("corrupt chain data: {0}")]
    Corrupt(String),
    /// Filesystem error.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

impl ChainError {
    /// The dispatch error, if this is a chain-rule failure.
    pub fn dispatch_error(&self) -> Option<&DispatchError> {
        match self {
            ChainError::Invalid(e) | ChainError::Dispatch(e) => Some(e),
            ChainError::Failed { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl From<DispatchError> for ChainError {
    fn from(e: DispatchError) -> Self {
        match e {
            DispatchError::Storage(s) => ChainError::Corrupt(s),
            other => ChainError::Dispatch(other),
        }
    }
}

/// Result of a call body.
pub type DispatchResult<T = ()> = Result<T, DispatchError>;
