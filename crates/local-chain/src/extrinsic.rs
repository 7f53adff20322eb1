//! Extrinsics: the typed `Call` enum, signed extrinsics (sr25519 over a stable encoding of
//! (call, nonce, genesis hash)), and the transaction-fee schedule (spec §4.7).

use serde::{Deserialize, Serialize};
use sp_core::sr25519;

use crate::hparams::{GlobalParam, Hyperparam};
use crate::state::SubnetIdentity;
use crate::types::{AccountId, Balance, Hash, NetUid};

/// A dispatchable call. Variant names are the real call names in CamelCase (spec §10.2); the
/// pallet is given in each doc line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "name", rename_all = "snake_case")]
pub enum Call {
    // ---- Balances (5) ----
    /// Balances.transfer_allow_death.
    TransferAllowDeath { dest: AccountId, value: Balance },
    /// Balances.transfer_keep_alive.
    TransferKeepAlive { dest: AccountId, value: Balance },
    /// Balances.transfer_all.
    TransferAll { dest: AccountId, keep_alive: bool },
    /// Balances.force_set_balance [root].
    ForceSetBalance { who: AccountId, new_free: Balance },
    // ---- Sudo (12) ----
    /// Sudo.sudo: dispatch `call` as root. Only the sudo key may sign it.
    Sudo { call: Box<Call> },
    // ---- SubtensorModule (7): subnets ----
    /// register_network (59).
    RegisterNetwork { hotkey: AccountId },
    /// register_network_with_identity (79).
    RegisterNetworkWithIdentity { hotkey: AccountId, identity: Option<SubnetIdentity> },
    /// dissolve_network (61) [root]: `coldkey` is the owner (informational here).
    DissolveNetwork { coldkey: AccountId, netuid: NetUid },
    /// root_dissolve_network (120) [root].
    RootDissolveNetwork { netuid: NetUid },
    /// start_call (92).
    StartCall { netuid: NetUid },
    /// set_subnet_identity (78).
    SetSubnetIdentity { netuid: NetUid, identity: SubnetIdentity },
    /// update_symbol (112).
    UpdateSymbol { netuid: NetUid, symbol: String },
    /// AdminUtils.sudo_set_sn_owner_hotkey (67) [owner|root].
    SetSnOwnerHotkey { netuid: NetUid, hotkey: AccountId },
    // ---- SubtensorModule: neurons ----
    /// burned_register (7).
    BurnedRegister { netuid: NetUid, hotkey: AccountId },
    /// register (6): the PoW arguments are ignored (spec §5.2) and therefore omitted.
    Register { netuid: NetUid, hotkey: AccountId },
    /// register_limit (134).
    RegisterLimit { netuid: NetUid, hotkey: AccountId, limit_price: Balance },
    /// root_register (62).
    RootRegister { hotkey: AccountId },
    /// try_associate_hotkey (91).
    TryAssociateHotkey { hotkey: AccountId },
    // ---- SubtensorModule: staking ----
    /// add_stake (2).
    AddStake { hotkey: AccountId, netuid: NetUid, amount_staked: Balance },
    /// remove_stake (3).
    RemoveStake { hotkey: AccountId, netuid: NetUid, amount_unstaked: u64 },
    /// add_stake_limit (88).
    AddStakeLimit {
        hotkey: AccountId,
        netuid: NetUid,
        amount_staked: Balance,
        limit_price: u64,
        allow_partial: bool,
    },
    /// remove_stake_limit (89).
    RemoveStakeLimit {
        hotkey: AccountId,
        netuid: NetUid,
        amount_unstaked: u64,
        limit_price: u64,
        allow_partial: bool,
    },
    /// remove_stake_full_limit (103).
    RemoveStakeFullLimit { hotkey: AccountId, netuid: NetUid, limit_price: Option<u64> },
    /// unstake_all (83).
    UnstakeAll { hotkey: AccountId },
    /// unstake_all_alpha (84).
    UnstakeAllAlpha { hotkey: AccountId },
    /// move_stake (85).
    MoveStake {
        origin_hotkey: AccountId,
        destination_hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: u64,
    },
    /// transfer_stake (86).
    TransferStake {
        destination_coldkey: AccountId,
        hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: u64,
    },
    /// swap_stake (87).
    SwapStake {
        hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: u64,
    },
    /// swap_stake_limit (90).
    SwapStakeLimit {
        hotkey: AccountId,
        origin_netuid: NetUid,
        destination_netuid: NetUid,
        alpha_amount: u64,
        limit_price: u64,
        allow_partial: bool,
    },
    /// recycle_alpha (101): destroys alpha (AlphaOut decreases).
    RecycleAlpha { hotkey: AccountId, amount: u64, netuid: NetUid },
    /// burn_alpha (102): removes alpha from the staker; AlphaOut keeps it (unowned).
    BurnAlpha { hotkey: AccountId, amount: u64, netuid: NetUid },
    /// add_stake_burn (132): add_stake then burn_alpha of what was bought.
    AddStakeBurn { hotkey: AccountId, netuid: NetUid, amount: Balance, limit: Option<u64> },
    /// decrease_take (65).
    DecreaseTake { hotkey: AccountId, take: u16 },
    /// increase_take (66).
    IncreaseTake { hotkey: AccountId, take: u16 },
    // ---- SubtensorModule: child keys and root claims (spec §3.8, §9.2) ----
    /// set_children (67): (proportion of u64::MAX, child hotkey) pairs; empty revokes.
    SetChildren { hotkey: AccountId, netuid: NetUid, children: Vec<(u64, AccountId)> },
    /// set_childkey_take (75): u16 proportion.
    SetChildkeyTake { hotkey: AccountId, netuid: NetUid, take: u16 },
    /// set_auto_parent_delegation_enabled (135): a root validator's opt-out (or back in) of
    /// being made a parent of each new subnet's owner hotkey.
    SetAutoParentDelegationEnabled { hotkey: AccountId, enabled: bool },
    /// claim_root (121): claim root dividends on these subnets (1..=5).
    ClaimRoot { subnets: std::collections::BTreeSet<NetUid> },
    /// set_root_claim_type (122).
    SetRootClaimType { new_root_claim_type: crate::state_children::RootClaimType },
    // ---- AdminUtils (19) ----
    /// One of the `sudo_set_*` subnet hyperparameter setters (spec §6); owner or root per table.
    SudoSetHyperparam { netuid: NetUid, param: Hyperparam, value: i128 },
    /// A global root-only parameter setter (spec §6 "Global, root-only").
    SudoSetGlobal { param: GlobalParam, value: u64 },
    // ---- SubtensorModule: weights (spec §8) ----
    /// set_weights (0), signer = hotkey.
    SetWeights { netuid: NetUid, dests: Vec<u16>, weights: Vec<u16>, version_key: u64 },
    /// commit_weights (96), signer = hotkey.
    CommitWeights { netuid: NetUid, commit_hash: Hash },
    /// reveal_weights (97), signer = hotkey.
    RevealWeights {
        netuid: NetUid,
        uids: Vec<u16>,
        values: Vec<u16>,
        salt: Vec<u16>,
        version_key: u64,
    },
}

impl Call {
    /// Declared ref-time weight (approximation of subtensor's; spec §4.7), and whether it pays.
    fn weight(&self) -> (u64, bool) {
        match self {
            Call::TransferAllowDeath { .. }
            | Call::TransferKeepAlive { .. }
            | Call::TransferAll { .. } => (190_000_000, true),
            // Sudo (and what it wraps) is Pays::No, like pallet-sudo on success.
            Call::Sudo { .. } | Call::ForceSetBalance { .. } => (0, false),
            // Take changes are Pays::No (spec §4.7).
            Call::DecreaseTake { .. } | Call::IncreaseTake { .. } => (0, false),
            // Weights calls are Pays::No (spec §8.1).
            Call::SetWeights { .. } | Call::CommitWeights { .. } | Call::RevealWeights { .. } => {
                (0, false)
            }
            Call::RegisterNetwork { .. } | Call::RegisterNetworkWithIdentity { .. } => {
                (500_000_000, true)
            }
            Call::BurnedRegister { .. } | Call::Register { .. } | Call::RegisterLimit { .. } => {
                (350_000_000, true)
            }
            Call::RootRegister { .. } => (350_000_000, true),
            Call::UnstakeAll { .. } | Call::UnstakeAllAlpha { .. } => (600_000_000, true),
            Call::AddStake { .. }
            | Call::RemoveStake { .. }
            | Call::AddStakeLimit { .. }
            | Call::RemoveStakeLimit { .. }
            | Call::RemoveStakeFullLimit { .. }
            | Call::MoveStake { .. }
            | Call::TransferStake { .. }
            | Call::SwapStake { .. }
            | Call::SwapStakeLimit { .. } => (340_000_000, true),
            _ => (100_000_000, true),
        }
    }

    /// The transaction fee in rao: weight × 0.0005 rao per ref-time unit (Perbill 500_000)
    /// plus a nominal length fee of 100 rao (≈ a 100-byte SCALE extrinsic at 1 rao/byte).
    /// `Pays::No` calls cost 0.
    pub fn fee(&self) -> Balance {
        let (weight, pays) = self.weight();
        if !pays {
            return 0;
        }
        weight / 2_000 + LENGTH_FEE
    }
}

/// Nominal length fee (see `Call::fee`).
pub const LENGTH_FEE: Balance = 100;

/// A signed extrinsic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedExtrinsic {
    /// The signer (a coldkey, or a hotkey for hotkey-signed calls).
    pub signer: AccountId,
    /// The signer's nonce.
    pub nonce: u64,
    /// The call.
    pub call: Call,
    /// sr25519 signature (hex) over `signing_payload(call, nonce, genesis_hash)`.
    #[serde(with = "sig_hex")]
    pub signature: [u8; 64],
}

/// The bytes that are signed: a domain tag, then the JSON encoding of (call, nonce, genesis
/// hash). serde_json over these plain types is stable (fixed field order, no maps), which is
/// what matters; this is not SCALE, so signatures do not interoperate with a real node.
pub fn signing_payload(call: &Call, nonce: u64, genesis_hash: &Hash) -> Vec<u8> {
    let mut out = b"taoctl-local-chain/v1".to_vec();
    out.extend(crate::codec::encode_json(&(call, nonce, genesis_hash)));
    out
}

impl SignedExtrinsic {
    /// Signs `call` with `pair` at `nonce` for the chain with `genesis_hash`.
    pub fn sign(
        pair: &sr25519::Pair,
        nonce: u64,
        genesis_hash: &Hash,
        call: Call,
    ) -> SignedExtrinsic {
        let payload = signing_payload(&call, nonce, genesis_hash);
        let sig = sp_core::Pair::sign(pair, &payload);
        SignedExtrinsic {
            signer: AccountId::from(sp_core::Pair::public(pair)),
            nonce,
            call,
            signature: sig.0,
        }
    }

    /// Whether the signature verifies.
    pub fn verify(&self, genesis_hash: &Hash) -> bool {
        let payload = signing_payload(&self.call, self.nonce, genesis_hash);
        let sig = sr25519::Signature::from_raw(self.signature);
        let public = sr25519::Public::from_raw(self.signer.0);
        <sr25519::Pair as sp_core::Pair>::verify(&sig, &payload, &public)
    }
}

mod sig_hex {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(sig: &[u8; 64], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(sig))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 64], D::Error> {
        let text = String::deserialize(d)?;
        let mut raw = [0u8; 64];
        hex::decode_to_slice(&text, &mut raw).map_err(serde::de::Error::custom)?;
        Ok(raw)
    }
}

/// Who dispatches a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A signed account.
    Signed(AccountId),
    /// Root (through Sudo or the dev path).
    Root,
}

impl Origin {
    /// The signer, or BadOrigin for root.
    pub fn signed(&self) -> Result<AccountId, crate::error::DispatchError> {
        match self {
            Origin::Signed(a) => Ok(*a),
            Origin::Root => Err(crate::error::DispatchError::BadOrigin),
        }
    }
    /// Ok if root.
    pub fn ensure_root(&self) -> Result<(), crate::error::DispatchError> {
        match self {
            Origin::Root => Ok(()),
            Origin::Signed(_) => Err(crate::error::DispatchError::BadOrigin),
        }
    }
}
