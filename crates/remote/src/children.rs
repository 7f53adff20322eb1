//! Child-key and root-claim reads on a node (spec §3.8, §9.2): `ChildKeys`, `ParentKeys`,
//! `PendingChildKeys`, `ChildkeyTake`, `Min/MaxChildkeyTake`, `StakeThreshold`,
//! `TransactionKeyLastBlock`, `TotalHotkeyAlpha`, and `RootClaimType`, `RootClaimable`,
//! `RootClaimed`, `RootClaimableThreshold` with the coldkey's root stake — returned as the
//! embedded chain's `ChildKeysInfo` / `RootClaimsInfo`. Every item is looked up in the node's
//! metadata first; a runtime without it (spec 218 has no `PendingChildKeys`, `StakeThreshold`
//! or root claims) is a named `MissingCapability`, never a default of ours.

use std::collections::BTreeSet;

use local_chain::queries_children::{
    ChildKeysInfo, PendingChildren, RootClaimable, RootClaimsInfo,
};
use local_chain::state_children::RootClaimType;
use local_chain::types::{AccountId, NetUid};
use scale_decode::DecodeAsType;
use subxt::utils::AccountId32;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::Result as Res;
use crate::storage::{self, At};

const SM: &str = "SubtensorModule";

/// The runtime's `TransactionType::SetChildren` code in `TransactionKeyLastBlock`.
const TX_SET_CHILDREN: u16 = 0;
/// The runtime's `TransactionType::SetChildkeyTake` code.
const TX_SET_CHILDKEY_TAKE: u16 = 1;

/// `substrate_fixed::FixedI128<U32>` (`I96F32`) as stored.
#[derive(Debug, Clone, Copy, DecodeAsType)]
struct Fixed {
    bits: i128,
}

/// `RootClaimTypeEnum`.
#[derive(Debug, Clone, DecodeAsType)]
enum ClaimTypeRaw {
    Swap,
    Keep,
    KeepSubnets { subnets: BTreeSet<u16> },
}

fn list(raw: Vec<(u64, AccountId32)>) -> Vec<(u64, AccountId)> {
    raw.into_iter().map(|(p, a)| (p, convert::account(&a))).collect()
}

/// What the child-key previews need beyond [`ChildKeysInfo`].
#[derive(Debug, Clone)]
pub struct ChildContext {
    /// The read model (as `stake child get` shows it).
    pub info: ChildKeysInfo,
    /// `TransactionKeyLastBlock[(hotkey, netuid, SetChildkeyTake)]`.
    pub last_take_block: u64,
    /// `TxChildkeyTakeRateLimit`.
    pub take_rate_limit: u64,
    /// `PendingChildKeyCooldown` (blocks until a scheduled set applies).
    pub pending_cooldown: u64,
    /// `SubtokenEnabled[netuid]` (before start_call a set applies at once).
    pub subtoken_enabled: bool,
    /// `SubnetOwnerHotkey[netuid]` (exempt from `StakeThreshold`).
    pub owner_hotkey: AccountId,
}

async fn child_context(at: At, spec: u32, hotkey: [u8; 32], netuid: u16) -> Res<ChildContext> {
    let hk = || vec![storage::account(&hotkey), storage::netuid(netuid)];
    let children: Vec<(u64, AccountId32)> =
        storage::get_def(&at, spec, SM, "ChildKeys", hk()).await?;
    let parents: Vec<(u64, AccountId32)> =
        storage::get_def(&at, spec, SM, "ParentKeys", hk()).await?;
    let pending_key = vec![storage::netuid(netuid), storage::account(&hotkey)];
    // A stored entry is a scheduled set (an empty list = a scheduled revoke); the item's
    // default (no entry) means nothing is pending.
    let pending = if storage::exists(&at, spec, SM, "PendingChildKeys", pending_key.clone()).await?
    {
        let (list_raw, cooldown): (Vec<(u64, AccountId32)>, u64) =
            storage::get_def(&at, spec, SM, "PendingChildKeys", pending_key).await?;
        Some(PendingChildren { children: list(list_raw), cooldown_block: cooldown })
    } else {
        None
    };
    let stored_take: u16 = storage::get_def(&at, spec, SM, "ChildkeyTake", hk()).await?;
    // get_effective_min_childkey_take = max(MinChildkeyTake, MinChildkeyTakePerSubnet[netuid]);
    // runtimes up to at least spec 393 have only the global item, which is then exact.
    let global_min: u16 = storage::get_def(&at, spec, SM, "MinChildkeyTake", vec![]).await?;
    let min_take = if storage::has_storage(at.metadata_ref(), SM, "MinChildkeyTakePerSubnet") {
        let per: u16 = storage::get_def(
            &at,
            spec,
            SM,
            "MinChildkeyTakePerSubnet",
            vec![storage::netuid(netuid)],
        )
        .await?;
        global_min.max(per)
    } else {
        global_min
    };
    let max_take: u16 = storage::get_def(&at, spec, SM, "MaxChildkeyTake", vec![]).await?;
    let threshold: u64 = storage::get_def(&at, spec, SM, "StakeThreshold", vec![]).await?;
    let tx_key = |code: u16| {
        vec![
            storage::account(&hotkey),
            storage::netuid(netuid),
            subxt::dynamic::Value::u128(u128::from(code)),
        ]
    };
    let last_set: u64 =
        storage::get_def(&at, spec, SM, "TransactionKeyLastBlock", tx_key(TX_SET_CHILDREN)).await?;
    let last_take: u64 =
        storage::get_def(&at, spec, SM, "TransactionKeyLastBlock", tx_key(TX_SET_CHILDKEY_TAKE))
            .await?;
    let take_rate_limit: u64 =
        storage::get_def(&at, spec, SM, "TxChildkeyTakeRateLimit", vec![]).await?;
    let pending_cooldown: u64 =
        storage::get_def(&at, spec, SM, "PendingChildKeyCooldown", vec![]).await?;
    let subtoken_enabled: bool =
        storage::get_def(&at, spec, SM, "SubtokenEnabled", vec![storage::netuid(netuid)]).await?;
    let owner: AccountId32 =
        storage::get_def(&at, spec, SM, "SubnetOwnerHotkey", vec![storage::netuid(netuid)]).await?;
    // get_total_stake_for_hotkey: the hotkey's alpha on each subnet at that subnet's price.
    let alphas: Vec<(u16, u64)> =
        storage::iter(&at, spec, SM, "TotalHotkeyAlpha", vec![storage::account(&hotkey)], 1)
            .await?;
    let alphas: Vec<(u16, u64)> = alphas.into_iter().filter(|(_, a)| *a > 0).collect();
    let netuids: Vec<u16> = alphas.iter().map(|(n, _)| *n).collect();
    let prices = crate::subnets::prices(&at, spec, &netuids).await?;
    let stake_tao = alphas.iter().fold(0u64, |t, (n, a)| {
        t.saturating_add(crate::stake::tao_value(*a, prices.get(n).copied().unwrap_or(0)))
    });
    Ok(ChildContext {
        info: ChildKeysInfo {
            hotkey: AccountId(hotkey),
            netuid,
            children: list(children),
            parents: list(parents),
            pending,
            childkey_take: stored_take.max(min_take),
            min_childkey_take: min_take,
            max_childkey_take: max_take,
            stake_tao,
            stake_threshold: threshold,
            last_set_children_block: last_set,
            block: 0,
        },
        last_take_block: last_take,
        take_rate_limit,
        pending_cooldown,
        subtoken_enabled,
        owner_hotkey: convert::account(&owner),
    })
}

/// Owed alpha: floor(rate · root stake − claimed), with the rate as `I96F32` bits (as the
/// runtime's saturating fixed-point product); negative → 0.
pub fn owed(rate_bits: i128, root_stake: u64, claimed: u128) -> u64 {
    let product = rate_bits.saturating_mul(i128::from(root_stake));
    let claimed_bits = i128::try_from(claimed).unwrap_or(i128::MAX).saturating_mul(1 << 32);
    let o = product.saturating_sub(claimed_bits);
    if o <= 0 { 0 } else { u64::try_from(o >> 32).unwrap_or(u64::MAX) }
}

async fn root_claims(at: At, spec: u32, coldkey: [u8; 32]) -> Res<RootClaimsInfo> {
    let kind: ClaimTypeRaw =
        storage::get_def(&at, spec, SM, "RootClaimType", vec![storage::account(&coldkey)]).await?;
    let claim_type = match kind {
        ClaimTypeRaw::Swap => RootClaimType::Swap,
        ClaimTypeRaw::Keep => RootClaimType::Keep,
        ClaimTypeRaw::KeepSubnets { subnets } => {
            RootClaimType::KeepSubnets { subnets: subnets.into_iter().collect() }
        }
    };
    // The coldkey's root stake per hotkey, exact after share-pool accounting.
    let positions = crate::stake::positions(at.clone(), spec, coldkey).await?;
    let mut claims = Vec::new();
    for p in positions.iter().filter(|p| p.netuid == 0) {
        let rates: Vec<(u16, Fixed)> =
            storage::get_def(&at, spec, SM, "RootClaimable", vec![storage::account(&p.hotkey.0)])
                .await?;
        for (netuid, rate) in rates {
            if netuid == 0 || rate.bits == 0 {
                continue;
            }
            let claimed: u128 = storage::get_def(
                &at,
                spec,
                SM,
                "RootClaimed",
                vec![
                    storage::netuid(netuid),
                    storage::account(&p.hotkey.0),
                    storage::account(&coldkey),
                ],
            )
            .await?;
            let threshold: Fixed = storage::get_def(
                &at,
                spec,
                SM,
                "RootClaimableThreshold",
                vec![storage::netuid(netuid)],
            )
            .await?;
            claims.push(RootClaimable {
                hotkey: p.hotkey,
                netuid,
                owed: owed(rate.bits, p.alpha, claimed),
                threshold: u64::try_from(threshold.bits.max(0) >> 32).unwrap_or(u64::MAX),
            });
        }
    }
    claims.sort_by_key(|c| (c.hotkey.0, c.netuid));
    Ok(RootClaimsInfo { coldkey: AccountId(coldkey), claim_type, claims })
}

impl RemoteClient {
    /// `hotkey`'s child-key state on `netuid` at the finalized head, with what the previews
    /// check besides.
    pub fn child_context(&self, hotkey: &AccountId, netuid: NetUid) -> Res<ChildContext> {
        let hk = hotkey.0;
        let block = self.head()?.number;
        let mut c = self.run("child keys", move |at, spec| child_context(at, spec, hk, netuid))?;
        c.info.block = block;
        Ok(c)
    }

    /// `hotkey`'s child-key state on `netuid` (the `stake child get` read).
    pub fn child_keys(&self, hotkey: &AccountId, netuid: NetUid) -> Res<ChildKeysInfo> {
        Ok(self.child_context(hotkey, netuid)?.info)
    }

    /// Root dividends `coldkey` can claim, per (hotkey it stakes to on root, subnet).
    pub fn root_claims(&self, coldkey: &AccountId) -> Res<RootClaimsInfo> {
        let ck = coldkey.0;
        self.run("root claims", move |at, spec| root_claims(at, spec, ck))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn owed_is_rate_times_stake_minus_claimed_floored() {
        // rate 0.5 (bits 2^31) on 1000 staked, 100 claimed → 400.
        assert_eq!(super::owed(1 << 31, 1_000, 100), 400);
        // rate 0.25 on 3 → 0.75 → 0.
        assert_eq!(super::owed(1 << 30, 3, 0), 0);
        // claimed above earned → 0, never negative.
        assert_eq!(super::owed(1 << 32, 10, 11), 0);
    }
}
