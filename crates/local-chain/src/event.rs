//! Events, with named fields (names follow the real pallets, spec §10.4).

use serde::{Deserialize, Serialize};

use crate::error::DispatchError;
use crate::types::{AccountId, Alpha, Balance, NetUid, Uid};

/// One event and the extrinsic (index in its block) that emitted it; None = block hook/genesis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Extrinsic index in the block, or None for on_initialize / genesis.
    pub extrinsic: Option<u32>,
    /// The event.
    pub event: Event,
}

/// A stored event read back with its block number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// Block number.
    pub block: u64,
    /// Position in the block's event list.
    pub index: u32,
    /// Extrinsic index, if emitted by an extrinsic.
    pub extrinsic: Option<u32>,
    /// The event.
    pub event: Event,
}

/// Chain events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event")]
pub enum Event {
    // ---- System / TransactionPayment ----
    /// An extrinsic succeeded.
    ExtrinsicSuccess { who: AccountId, fee: Balance },
    /// An extrinsic was included but its call failed (fee charged, effects rolled back).
    ExtrinsicFailed { who: AccountId, fee: Balance, error: DispatchError },
    /// Sudo dispatched a root call.
    Sudid { ok: bool },
    // ---- Balances ----
    /// TAO moved between accounts.
    Transfer { from: AccountId, to: AccountId, amount: Balance },
    /// A new account was created with a balance.
    Endowed { account: AccountId, free_balance: Balance },
    /// An account fell below the existential deposit and was reaped; its dust was burned.
    DustLost { account: AccountId, amount: Balance },
    /// Root set a balance.
    BalanceSet { who: AccountId, free: Balance },
    // ---- SubtensorModule: subnets ----
    /// A subnet was created.
    NetworkAdded { netuid: NetUid, mechanism: u16 },
    /// A subnet was dissolved.
    NetworkRemoved { netuid: NetUid },
    /// start_call: emission will start at `block`.
    FirstEmissionBlockNumberSet { netuid: NetUid, block: u64 },
    /// The subnet identity changed.
    SubnetIdentitySet { netuid: NetUid },
    /// The token symbol changed.
    SymbolUpdated { netuid: NetUid, symbol: String },
    /// The owner hotkey changed.
    SubnetOwnerHotkeySet { netuid: NetUid, hotkey: AccountId },
    // ---- SubtensorModule: neurons ----
    /// A neuron was registered (appended or replacing a pruned uid).
    NeuronRegistered { netuid: NetUid, uid: Uid, hotkey: AccountId },
    /// A hotkey was associated with a coldkey.
    HotkeyAssociated { hotkey: AccountId, coldkey: AccountId },
    // ---- SubtensorModule: staking ----
    /// Stake added.
    StakeAdded {
        coldkey: AccountId,
        hotkey: AccountId,
        tao: Balance,
        alpha: Alpha,
        netuid: NetUid,
        fee: Balance,
    },
    /// Stake removed.
    StakeRemoved {
        coldkey: AccountId,
        hotkey: AccountId,
        tao: Balance,
        alpha: Alpha,
        netuid: NetUid,
        fee: Balance,
    },
    /// Stake moved between hotkeys/subnets of one coldkey.
    StakeMoved {
        coldkey: AccountId,
        origin_hotkey: AccountId,
        origin_netuid: NetUid,
        destination_hotkey: AccountId,
        destination_netuid: NetUid,
        tao: Balance,
    },
    /// Stake transferred to another coldkey.
    StakeTransferred {
        origin_coldkey: AccountId,
        destination_coldkey: AccountId,
        hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        tao: Balance,
    },
    /// Stake swapped between subnets on one hotkey.
    StakeSwapped {
        coldkey: AccountId,
        hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        tao: Balance,
    },
    /// Alpha recycled (AlphaOut decreased).
    AlphaRecycled { coldkey: AccountId, hotkey: AccountId, amount: Alpha, netuid: NetUid },
    /// Alpha burned (left in AlphaOut as unowned).
    AlphaBurned { coldkey: AccountId, hotkey: AccountId, amount: Alpha, netuid: NetUid },
    /// Delegate take decreased.
    TakeDecreased { coldkey: AccountId, hotkey: AccountId, take: u16 },
    /// Delegate take increased.
    TakeIncreased { coldkey: AccountId, hotkey: AccountId, take: u16 },
    /// set_children was scheduled (applies after `cooldown_block`, at an epoch).
    SetChildrenScheduled {
        hotkey: AccountId,
        netuid: NetUid,
        cooldown_block: u64,
        children: Vec<(u64, AccountId)>,
    },
    /// A hotkey's children were applied.
    SetChildren { hotkey: AccountId, netuid: NetUid, children: Vec<(u64, AccountId)> },
    /// A childkey take was set.
    ChildKeyTakeSet { hotkey: AccountId, take: u16 },
    /// A root validator opted in to or out of auto-parent delegation.
    AutoParentDelegationEnabledSet { hotkey: AccountId, enabled: bool },
    /// A coldkey claimed its root dividends.
    RootClaimed { coldkey: AccountId },
    /// A coldkey chose how its root dividends are claimed.
    RootClaimTypeSet { coldkey: AccountId, root_claim_type: crate::state_children::RootClaimType },
    // ---- AdminUtils ----
    /// A subnet hyperparameter was set.
    HyperparameterSet { netuid: NetUid, name: String, value: i128 },
    /// A global parameter was set.
    GlobalParameterSet { name: String, value: i128 },
    // ---- SubtensorModule: weights ----
    /// Weights were set (`WeightsSet(netuid, uid)`).
    WeightsSet { netuid: NetUid, uid: Uid },
    /// A weights hash was committed.
    WeightsCommitted { netuid: NetUid, who: AccountId, hash: crate::types::Hash },
    /// A commit was revealed.
    WeightsRevealed { netuid: NetUid, who: AccountId, hash: crate::types::Hash },
}

impl Event {
    /// The variant name (stored as a column for filtering).
    pub fn name(&self) -> &'static str {
        match self {
            Event::ExtrinsicSuccess { .. } => "ExtrinsicSuccess",
            Event::ExtrinsicFailed { .. } => "ExtrinsicFailed",
            Event::Sudid { .. } => "Sudid",
            Event::Transfer { .. } => "Transfer",
            Event::Endowed { .. } => "Endowed",
            Event::DustLost { .. } => "DustLost",
            Event::BalanceSet { .. } => "BalanceSet",
            Event::NetworkAdded { .. } => "NetworkAdded",
            Event::NetworkRemoved { .. } => "NetworkRemoved",
            Event::FirstEmissionBlockNumberSet { .. } => "FirstEmissionBlockNumberSet",
            Event::SubnetIdentitySet { .. } => "SubnetIdentitySet",
            Event::SymbolUpdated { .. } => "SymbolUpdated",
            Event::SubnetOwnerHotkeySet { .. } => "SubnetOwnerHotkeySet",
            Event::NeuronRegistered { .. } => "NeuronRegistered",
            Event::HotkeyAssociated { .. } => "HotkeyAssociated",
            Event::StakeAdded { .. } => "StakeAdded",
            Event::StakeRemoved { .. } => "StakeRemoved",
            Event::StakeMoved { .. } => "StakeMoved",
            Event::StakeTransferred { .. } => "StakeTransferred",
            Event::StakeSwapped { .. } => "StakeSwapped",
            Event::AlphaRecycled { .. } => "AlphaRecycled",
            Event::AlphaBurned { .. } => "AlphaBurned",
            Event::TakeDecreased { .. } => "TakeDecreased",
            Event::TakeIncreased { .. } => "TakeIncreased",
            Event::SetChildrenScheduled { .. } => "SetChildrenScheduled",
            Event::SetChildren { .. } => "SetChildren",
            Event::ChildKeyTakeSet { .. } => "ChildKeyTakeSet",
            Event::AutoParentDelegationEnabledSet { .. } => "AutoParentDelegationEnabledSet",
            Event::RootClaimed { .. } => "RootClaimed",
            Event::RootClaimTypeSet { .. } => "RootClaimTypeSet",
            Event::HyperparameterSet { .. } => "HyperparameterSet",
            Event::GlobalParameterSet { .. } => "GlobalParameterSet",
            Event::WeightsSet { .. } => "WeightsSet",
            Event::WeightsCommitted { .. } => "WeightsCommitted",
            Event::WeightsRevealed { .. } => "WeightsRevealed",
        }
    }
}
