//! Child-key arithmetic (spec §2.4, §9.3), in `U96F32` exactly as subtensor computes it:
//! stake inheritance for the epoch's stake vector (`get_inherited_for_hotkey_on_subnet`,
//! `get_tao_inherited_for_hotkey_on_subnet`) and the parent/child dividend split
//! (`get_parent_child_dividends_distribution`). The pure functions take numbers so they can be
//! tested by hand; the `*_of` readers fetch those numbers from storage.

use substrate_fixed::types::U96F32;

use crate::error::DispatchResult;
use crate::state::{self, Global};
use crate::state_children as sc;
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID};

fn u96(x: u64) -> U96F32 {
    U96F32::saturating_from_num(x)
}

/// A u64 proportion as a fraction: p / u64::MAX (`safe_div`: 0 if the divisor were 0).
pub fn proportion(p: u64) -> U96F32 {
    u96(p).checked_div(u96(u64::MAX)).unwrap_or(U96F32::from_num(0))
}

/// Inherited stake: own − Σ own·p_child + Σ parent_stake·p_parent, floored to u64 (§2.4).
/// `children` are the hotkey's child proportions; `parents` are (proportion, parent's stake).
pub fn inherited(own: u64, children: &[u64], parents: &[(u64, u64)]) -> u64 {
    let initial = u96(own);
    let to_children = children
        .iter()
        .fold(u96(0), |acc, &p| acc.saturating_add(initial.saturating_mul(proportion(p))));
    let from_parents = parents.iter().fold(u96(0), |acc, &(p, stake)| {
        acc.saturating_add(u96(stake).saturating_mul(proportion(p)))
    });
    initial.saturating_sub(to_children).saturating_add(from_parents).saturating_to_num::<u64>()
}

/// Inherited stake of `hotkey` for the epoch of `netuid` (non-root): (alpha, tao). Alpha uses
/// `TotalHotkeyAlpha[·][netuid]`, tao the root stake `TotalHotkeyAlpha[·][0]`, both with this
/// subnet's child/parent relations. `relations` is [`subnet_has_relations`]: when false the
/// hotkey's own stake is the answer and its (absent) `ChildKeys`/`ParentKeys` rows are not read.
pub fn inherited_of(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    relations: bool,
) -> DispatchResult<(u64, u64)> {
    let own_alpha = state::hotkey_pool(ext, hotkey, netuid)?.alpha;
    let own_tao = state::hotkey_pool(ext, hotkey, ROOT_NETUID)?.alpha;
    inherited_from_own(ext, hotkey, netuid, relations, (own_alpha, own_tao))
}

/// [`inherited_of`] given the hotkey's own (alpha, root) stake, already read.
pub fn inherited_from_own(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    relations: bool,
    (own_alpha, own_tao): (u64, u64),
) -> DispatchResult<(u64, u64)> {
    if netuid == ROOT_NETUID || !relations {
        return Ok((own_alpha, own_tao));
    }
    let children: Vec<u64> =
        sc::child_keys(ext, hotkey, netuid)?.into_iter().map(|(p, _)| p).collect();
    let parents = sc::parent_keys(ext, hotkey, netuid)?;
    if children.is_empty() && parents.is_empty() {
        return Ok((own_alpha, own_tao));
    }
    let mut pa = Vec::with_capacity(parents.len());
    let mut pt = Vec::with_capacity(parents.len());
    for (p, parent) in &parents {
        pa.push((*p, state::hotkey_pool(ext, parent, netuid)?.alpha));
        pt.push((*p, state::hotkey_pool(ext, parent, ROOT_NETUID)?.alpha));
    }
    Ok((inherited(own_alpha, &children, &pa), inherited(own_tao, &children, &pt)))
}

/// One parent of a hotkey as the dividend split sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParentStake {
    /// The parent hotkey.
    pub hotkey: AccountId,
    /// Whether `Owner[parent]` differs from `Owner[child]` (only then take and burn apply).
    pub other_owner: bool,
    /// The parent's proportion (of u64::MAX) given to this child.
    pub proportion: u64,
    /// `TotalHotkeyAlpha[parent][netuid]`.
    pub alpha: u64,
    /// `TotalHotkeyAlpha[parent][0]`.
    pub root: u64,
}

/// Everything `get_parent_child_dividends_distribution` reads for one hotkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitInput {
    /// The hotkey whose dividend is split.
    pub hotkey: AccountId,
    /// Its dividend from the epoch.
    pub dividend: u64,
    /// Its own (non-inherited) alpha on the subnet.
    pub alpha: u64,
    /// Its own root stake.
    pub root: u64,
    /// Proportions it gives to its children.
    pub children: Vec<u64>,
    /// Its parents, in `ParentKeys` order.
    pub parents: Vec<ParentStake>,
    /// `TaoWeight` (u64 proportion).
    pub tao_weight: u64,
    /// Effective childkey take of the hotkey (u16 proportion).
    pub childkey_take: u16,
    /// `CKBurn` (u64 proportion).
    pub ck_burn: u64,
}

/// What the split gives: per-recipient dividend weights (parents first, in order, then the
/// hotkey itself) and the alpha the CK burn recycles (each parent's floored burn).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    /// (recipient, dividend).
    pub shares: Vec<(AccountId, u64)>,
    /// Σ floor(burn) over parents of another coldkey.
    pub burned: u64,
}

/// `get_parent_child_dividends_distribution` (spec §9.3), bit for bit.
pub fn split_dividend(input: &SplitInput) -> Split {
    let tw = proportion(input.tao_weight);
    let emission = u96(input.dividend);
    let burn_prop = proportion(input.ck_burn);
    let take_prop =
        u96(input.childkey_take as u64).checked_div(u96(u16::MAX as u64)).unwrap_or(u96(0));

    // Self contribution: alpha·rem + root·rem·tw with rem = 1 − Σ p_child, floored to u64.
    let remaining = input
        .children
        .iter()
        .fold(U96F32::from_num(1), |acc, &p| acc.saturating_sub(proportion(p)));
    let self_contribution = u96(input.alpha)
        .saturating_mul(remaining)
        .saturating_add(u96(input.root).saturating_mul(remaining).saturating_mul(tw))
        .saturating_to_num::<u64>();
    let mut total = u96(self_contribution);
    let contributions: Vec<U96F32> = input
        .parents
        .iter()
        .map(|p| {
            let prop = proportion(p.proportion);
            let c = u96(p.alpha)
                .saturating_mul(prop)
                .saturating_add(u96(p.root).saturating_mul(prop).saturating_mul(tw));
            total = total.saturating_add(c);
            c
        })
        .collect();

    let mut out = Split::default();
    let mut remaining_emission = emission;
    let mut total_child_take = u96(0);
    for (p, c) in input.parents.iter().zip(contributions) {
        let factor = c.checked_div(total).unwrap_or(u96(0));
        let mut e = emission.saturating_mul(factor);
        remaining_emission = remaining_emission.saturating_sub(e);
        if p.other_owner {
            let burn = burn_prop.saturating_mul(e);
            let take = take_prop.saturating_mul(e);
            e = e.saturating_sub(burn).saturating_sub(take);
            total_child_take = total_child_take.saturating_add(take);
            out.burned = out.burned.saturating_add(burn.saturating_to_num::<u64>());
        }
        out.shares.push((p.hotkey, e.saturating_to_num::<u64>()));
    }
    let own = remaining_emission.saturating_add(total_child_take).saturating_to_num::<u64>();
    out.shares.push((input.hotkey, own));
    out
}

/// Effective childkey take: max(stored, max(MinChildkeyTake, MinChildkeyTakePerSubnet)).
pub fn childkey_take(ext: &Ext, hotkey: &AccountId, netuid: NetUid) -> DispatchResult<u16> {
    Ok(sc::childkey_take_stored(ext, hotkey, netuid)?.max(effective_min_take(ext, netuid)?))
}

/// `get_effective_min_childkey_take`: max(global MinChildkeyTake, MinChildkeyTakePerSubnet).
pub fn effective_min_take(ext: &Ext, netuid: NetUid) -> DispatchResult<u16> {
    let global = state::global(ext, Global::MinChildkeyTake)?;
    let subnet = crate::hparams::get_u64(ext, netuid, crate::hparams::Hyperparam::MinChildkeyTake)?;
    Ok(global.max(subnet).min(u16::MAX as u64) as u16)
}

/// Whether any hotkey has children or parents on `netuid`: one prefix scan of each item per
/// epoch (the store caches scans until a row of the item changes). Most subnets have no child
/// keys; for them the epoch's inheritance and dividend split skip two point reads of absent
/// rows per uid (a visible share of a simulated day).
pub fn subnet_has_relations(ext: &Ext, netuid: NetUid) -> DispatchResult<bool> {
    Ok(sc::any_child_keys(ext, netuid)? || sc::any_parent_keys(ext, netuid)?)
}

/// Reads the split's inputs for `hotkey` on `netuid` and splits `dividend`. `relations` is
/// [`subnet_has_relations`]: when false the split is the identity without reading any row.
pub fn split_of(
    ext: &Ext,
    hotkey: &AccountId,
    netuid: NetUid,
    dividend: u64,
    tao_weight: u64,
    relations: bool,
) -> DispatchResult<Split> {
    if !relations {
        return Ok(Split { shares: vec![(*hotkey, dividend)], burned: 0 });
    }
    let parents = sc::parent_keys(ext, hotkey, netuid)?;
    let children = sc::child_keys(ext, hotkey, netuid)?;
    if parents.is_empty() && children.is_empty() {
        // Without relations the split is the identity (self contribution is the only term).
        return Ok(Split { shares: vec![(*hotkey, dividend)], burned: 0 });
    }
    let owner = state::owner_of(ext, hotkey)?.unwrap_or(AccountId::ZERO);
    let mut ps = Vec::with_capacity(parents.len());
    for (p, parent) in parents {
        ps.push(ParentStake {
            hotkey: parent,
            other_owner: state::owner_of(ext, &parent)?.unwrap_or(AccountId::ZERO) != owner,
            proportion: p,
            alpha: state::hotkey_pool(ext, &parent, netuid)?.alpha,
            root: state::hotkey_pool(ext, &parent, ROOT_NETUID)?.alpha,
        });
    }
    Ok(split_dividend(&SplitInput {
        hotkey: *hotkey,
        dividend,
        alpha: state::hotkey_pool(ext, hotkey, netuid)?.alpha,
        root: state::hotkey_pool(ext, hotkey, ROOT_NETUID)?.alpha,
        children: children.into_iter().map(|(p, _)| p).collect(),
        parents: ps,
        tao_weight,
        childkey_take: childkey_take(ext, hotkey, netuid)?,
        ck_burn: state::global(ext, Global::CkBurn)?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: u64 = u64::MAX;

    fn acct(b: u8) -> AccountId {
        AccountId([b; 32])
    }

    fn parent(b: u8, other_owner: bool, proportion: u64, alpha: u64, root: u64) -> ParentStake {
        ParentStake { hotkey: acct(b), other_owner, proportion, alpha, root }
    }

    fn input(dividend: u64, alpha: u64, root: u64, parents: Vec<ParentStake>) -> SplitInput {
        SplitInput {
            hotkey: acct(9),
            dividend,
            alpha,
            root,
            children: vec![],
            parents,
            tao_weight: 0,
            childkey_take: 0,
            ck_burn: 0,
        }
    }

    /// subtensor `tests/children.rs::test_children_stake_values`: 1e14 alpha, three children at
    /// u64::MAX/4 each (the chain's golden numbers).
    #[test]
    fn test_children_stake_values() {
        let own = 100_000_000_000_000;
        let p = MAX / 4;
        assert_eq!(inherited(own, &[p, p, p], &[]), 25_000_000_069_849);
        let child = inherited(0, &[], &[(p, own)]);
        assert_eq!(child, 24_999_999_976_716);
        assert_eq!(25_000_000_069_849 + 3 * child, 99_999_999_999_997);
    }

    /// subtensor `test_get_stake_for_hotkey_on_subnet_single_parent_child`: a full proportion
    /// moves all stake (u64::MAX / u64::MAX is exactly 1 in U96F32).
    #[test]
    fn test_get_stake_for_hotkey_on_subnet_single_parent_child() {
        assert_eq!(inherited(1_000_000_000, &[MAX], &[]), 0);
        assert_eq!(inherited(0, &[], &[(MAX, 1_000_000_000)]), 1_000_000_000);
    }

    /// subtensor `test_get_stake_for_hotkey_on_subnet_multiple_parents_single_child` asserts
    /// "close to" 500 / 1000 / 1499; the exact values: MAX/2 is 0.5 − 2^-32 after the U96F32
    /// division (bits 2^31 − 1), so each transfer floors just under half.
    #[test]
    fn test_get_stake_for_hotkey_on_subnet_multiple_parents_single_child() {
        let half = MAX / 2;
        assert_eq!(proportion(half).to_bits(), (1 << 31) - 1);
        // 1000 − 1000·(2^31−1)/2^32 = 500.00000023 → 500; 2000 → 1000.
        assert_eq!(inherited(1000, &[half], &[]), 500);
        assert_eq!(inherited(2000, &[half], &[]), 1000);
        // 1000·(2^31−1)/2^32 + 2000·(2^31−1)/2^32 = 1499.9999993 → 1499.
        assert_eq!(inherited(0, &[], &[(half, 1000), (half, 2000)]), 1499);
    }

    #[test]
    fn split_without_parents_is_the_identity() {
        let s = split_dividend(&SplitInput {
            children: vec![MAX / 3],
            ..input(12_345, 500, 700, vec![])
        });
        assert_eq!(s, Split { shares: vec![(acct(9), 12_345)], burned: 0 });
    }

    /// Same coldkey, full proportion: contributions 600 (parent) vs 200 (self), so the parent
    /// gets exactly 1000·600/800 = 750 and the child the rest; no take between one owner's keys.
    #[test]
    fn split_same_owner_is_pro_rata_without_take() {
        let s = split_dividend(&SplitInput {
            childkey_take: 11_796,
            ck_burn: MAX,
            ..input(1000, 200, 0, vec![parent(1, false, MAX, 600, 0)])
        });
        assert_eq!(s, Split { shares: vec![(acct(1), 750), (acct(9), 250)], burned: 0 });
    }

    /// Another coldkey's parent with root stake, tao_weight 1.0, take 18%:
    /// contributions 600 + 1000·1 = 1600 (parent) vs 400 (self); factor = 1600/2000 in U96F32 =
    /// 3435973836·2^-32, so e = 799.99999991; take fraction = floor(11796·2^32/65535)·2^-32 =
    /// 773074452·2^-32 → take = 143.999…; parent floor(656.0…) = 656, child floor(200.0… +
    /// 143.99…) = 343 (one rao of the 1000 is lost to flooring, as on the chain).
    #[test]
    fn split_other_owner_pays_childkey_take() {
        let s = split_dividend(&SplitInput {
            tao_weight: MAX,
            childkey_take: 11_796,
            ..input(1000, 400, 0, vec![parent(1, true, MAX, 600, 1000)])
        });
        assert_eq!(s, Split { shares: vec![(acct(1), 656), (acct(9), 343)], burned: 0 });
        // A take of 100% leaves the parent nothing; the child keeps the whole dividend.
        let s = split_dividend(&SplitInput {
            tao_weight: MAX,
            childkey_take: u16::MAX,
            ..input(1000, 400, 0, vec![parent(1, true, MAX, 600, 1000)])
        });
        assert_eq!(s, Split { shares: vec![(acct(1), 0), (acct(9), 1000)], burned: 0 });
    }

    /// CK burn 100% on a parent of another coldkey: its whole share is recycled, not given to
    /// the child (the child keeps only its own part): 1000·1/2 = 500 burned, child 500.
    #[test]
    fn split_ck_burn_recycles_the_parents_share() {
        let s = split_dividend(&SplitInput {
            ck_burn: MAX,
            ..input(1000, 100, 0, vec![parent(1, true, MAX, 100, 0)])
        });
        assert_eq!(s, Split { shares: vec![(acct(1), 0), (acct(9), 500)], burned: 500 });
    }

    /// Two parents (one of another coldkey at 1/4, one of the same coldkey via root stake
    /// only), the child giving half of its own stake away, default TaoWeight, 18% take, 10% CK
    /// burn. Values from an exact integer re-computation of the U96F32 steps (spec §0
    /// semantics: products floor, quotients truncate).
    #[test]
    fn split_mixed_regression() {
        let s = split_dividend(&SplitInput {
            hotkey: acct(9),
            dividend: 1_000_000_000,
            alpha: 50_000_000_000,
            root: 1_000_000_000_000,
            children: vec![MAX / 2],
            parents: vec![
                parent(1, true, MAX / 4, 200_000_000_000, 0),
                parent(2, false, MAX, 0, 2_000_000_000_000_000),
            ],
            tao_weight: crate::state_weights::DEFAULT_TAO_WEIGHT,
            childkey_take: 11_796,
            ck_burn: MAX / 10,
        });
        assert_eq!(
            s,
            Split {
                shares: vec![(acct(1), 341_378), (acct(2), 999_039_038), (acct(9), 572_169)],
                burned: 47_413,
            }
        );
    }
}
