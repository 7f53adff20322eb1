//! Read-model structs returned by the `Chain` read API (what the CLI renders).

use serde::{Deserialize, Serialize};

use crate::hparams::{Hyperparam, Who};
use crate::state::SubnetIdentity;
use crate::types::{AccountId, Alpha, Balance, BlockNumber, NetUid, Uid};

/// One subnet (a mix of `SubnetInfo` and `DynamicInfo`, spec §10.4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubnetInfo {
    /// Subnet id.
    pub netuid: NetUid,
    /// Owner coldkey.
    pub owner: AccountId,
    /// Owner hotkey.
    pub owner_hotkey: AccountId,
    /// Token symbol.
    pub symbol: String,
    /// Identity name (empty if unset).
    pub name: String,
    /// Full identity if set.
    pub identity: Option<SubnetIdentity>,
    /// 0 = stable (root), 1 = dynamic.
    pub mechanism: u16,
    /// Registration block.
    pub registered_at: BlockNumber,
    /// Tempo.
    pub tempo: u16,
    /// `LastEpochBlock`.
    pub last_epoch_block: BlockNumber,
    /// Registered neurons.
    pub n: u16,
    /// `MaxAllowedUids`.
    pub max_n: u16,
    /// Current registration burn (rao).
    pub burn: Balance,
    /// TAO reserve (rao).
    pub tao_in: Balance,
    /// Alpha reserve.
    pub alpha_in: Alpha,
    /// Alpha outstanding.
    pub alpha_out: Alpha,
    /// Spot price, rao per alpha (`current_alpha_price`).
    pub price: u64,
    /// TAO locked at registration.
    pub locked: Balance,
    /// Whether start_call was done.
    pub subtoken_enabled: bool,
    /// `FirstEmissionBlockNumber`.
    pub first_emission_block: Option<BlockNumber>,
    /// `SubnetVolume`.
    pub volume: u128,
    /// `Swap.FeeRate`.
    pub fee_rate: u16,
}

/// One neuron of a subnet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NeuronInfo {
    /// uid.
    pub uid: Uid,
    /// Hotkey.
    pub hotkey: AccountId,
    /// Owning coldkey.
    pub coldkey: AccountId,
    /// `BlockAtRegistration`.
    pub registered_at: BlockNumber,
    /// Whether still inside the immunity period.
    pub immune: bool,
    /// Alpha staked on this hotkey on this subnet (`TotalHotkeyAlpha`).
    pub stake: Alpha,
    /// `Active`.
    pub active: bool,
    /// `ValidatorPermit`.
    pub validator_permit: bool,
    /// `Emission`.
    pub emission: u64,
    /// `Incentive`.
    pub incentive: u16,
    /// `Dividends`.
    pub dividends: u16,
    /// `Consensus`.
    pub consensus: u16,
    /// `ValidatorTrust`.
    pub validator_trust: u16,
    /// `LastUpdate`.
    pub last_update: BlockNumber,
}

/// One stake position of a coldkey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StakePosition {
    /// Hotkey.
    pub hotkey: AccountId,
    /// Subnet.
    pub netuid: NetUid,
    /// Alpha owned (floor of the share value).
    pub alpha: Alpha,
    /// TAO value at spot price (floor(alpha · price)).
    pub tao_value: Balance,
}

/// One hyperparameter value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HyperparamValue {
    /// The parameter.
    pub param: Hyperparam,
    /// snake_case name.
    pub name: String,
    /// Value.
    pub value: i128,
    /// Who may set it.
    pub who: Who,
}

/// Result of a sealed extrinsic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// Block that includes it.
    pub block: BlockNumber,
    /// That block's hash.
    pub block_hash: crate::types::Hash,
    /// Index in the block.
    pub extrinsic_index: u32,
    /// Fee charged (rao).
    pub fee: Balance,
    /// Events it emitted.
    pub events: Vec<crate::event::Event>,
}

/// Filter for `Chain::events`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFilter {
    /// First block (inclusive).
    pub from_block: Option<BlockNumber>,
    /// Last block (inclusive).
    pub to_block: Option<BlockNumber>,
    /// Event name (e.g. `StakeAdded`).
    pub name: Option<String>,
    /// Only events whose JSON mentions this account.
    pub account: Option<AccountId>,
    /// Most recent N (after filtering).
    pub limit: Option<usize>,
}
