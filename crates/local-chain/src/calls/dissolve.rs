//! Subnet dissolution (spec §5.7) and the subnet-limit pruning choice (spec §5.4 step 3).

use crate::codec::Key;
use crate::currency::{self, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::Origin;
use crate::state::{self, Global};
use crate::storage::Ext;
use crate::types::{AccountId, Balance, NetUid, ROOT_NETUID};

/// Storage items keyed by netuid first (`Item/<netuid>/...`) that dissolution clears wholesale.
/// Part-2 items (weights, bonds, commits, emission rows, demo policy) are listed here too; a new
/// netuid-first item must be added to this list.
const NETUID_FIRST_ITEMS: [&str; 22] = [
    "NetworksAdded",
    "SubnetMeta",
    "SubnetPool",
    "SubnetworkN",
    "Neuron",
    "Uids",
    "Hyperparam",
    "LastRateLimitedBlock",
    "Weights",
    "Bonds",
    "WeightCommits",
    "SubnetEmission",
    "DemoPolicy",
    "DemoReveal",
    "ChildKeys",
    "ParentKeys",
    "PendingChildKeys",
    "ChildkeyTake",
    "TxKeyLastBlock",
    "RootClaimable",
    "RootClaimed",
    "RootClaimableThreshold",
];

/// `dissolve_network(coldkey, netuid)` (61) / `root_dissolve_network(netuid)` (120): root only.
pub fn dissolve_network(ext: &mut Ext, origin: Origin, netuid: NetUid) -> DispatchResult {
    origin.ensure_root()?;
    dissolve(ext, netuid)
}

/// The subnet to prune when the limit is reached: the non-immune subnet (now ≥ registered_at +
/// NetworkImmunityPeriod) with the lowest SubnetMovingPrice, ties → earliest registered, then
/// lowest netuid.
pub fn subnet_to_prune(ext: &Ext) -> DispatchResult<Option<NetUid>> {
    let immunity = state::global(ext, Global::NetworkImmunityPeriod)?;
    let mut best: Option<(i128, u64, NetUid)> = None;
    for netuid in state::netuids(ext)? {
        if netuid == ROOT_NETUID {
            continue;
        }
        let Some(meta) = state::subnet_meta(ext, netuid)? else { continue };
        if ext.now < meta.registered_at.saturating_add(immunity) {
            continue;
        }
        let key = (state::pool(ext, netuid)?.moving_price_bits, meta.registered_at, netuid);
        if best.is_none_or(|b| key < b) {
            best = Some(key);
        }
    }
    Ok(best.map(|b| b.2))
}

/// Dissolves a subnet: pays SubnetTAO pro rata by alpha to every staker (the protocol's alpha —
/// AlphaIn + protocol alpha — takes its share too, which is recycled) with largest-remainder
/// rounding, recycles what is left in the subnet account, and clears the subnet's storage.
/// Every subnet here is "new" (registered after NetworkRegistrationStartBlock): no lock refund.
pub fn dissolve(ext: &mut Ext, netuid: NetUid) -> DispatchResult {
    if netuid == ROOT_NETUID {
        return Err(DispatchError::RegistrationNotPermittedOnRootSubnet);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    let pool = state::pool(ext, netuid)?;
    let protocol = crate::state_weights::subnet_emission(ext, netuid)?.protocol_alpha;
    // Stakers: (hotkey, coldkey, alpha) in storage order.
    let mut stakers: Vec<(AccountId, AccountId, u128)> = Vec::new();
    for ((hotkey, n), _) in state::all_hotkey_pools(ext)? {
        if n != netuid {
            continue;
        }
        for (coldkey, _) in state::pool_members(ext, &hotkey, netuid)? {
            let a = crate::shares::value_of(ext, &hotkey, &coldkey, netuid)? as u128;
            stakers.push((hotkey, coldkey, a));
        }
    }
    let total: u128 =
        stakers.iter().map(|s| s.2).sum::<u128>() + pool.alpha_in as u128 + protocol as u128;
    let pot = pool.tao as u128;
    let account = AccountId::subnet_account(netuid);
    if total > 0 && pot > 0 {
        let mut shares: Vec<(u128, u128, usize)> = stakers
            .iter()
            .enumerate()
            .map(|(i, s)| (pot * s.2 / total, pot * s.2 % total, i))
            .collect();
        let stakers_total: u128 = stakers.iter().map(|s| s.2).sum();
        let exact = pot * stakers_total / total;
        let mut leftover = exact - shares.iter().map(|s| s.0).sum::<u128>();
        // Largest remainder first; ties by storage order.
        let mut order: Vec<usize> = (0..shares.len()).collect();
        order.sort_by(|&a, &b| shares[b].1.cmp(&shares[a].1).then(a.cmp(&b)));
        for i in order {
            if leftover == 0 {
                break;
            }
            shares[i].0 += 1;
            leftover -= 1;
        }
        for (amount, _, i) in shares {
            let coldkey = stakers[i].1;
            // A payout that cannot create an account (below the ED) is recycled instead.
            let _ = ext.transactional(|e| {
                currency::transfer(e, &account, &coldkey, amount as Balance, Existence::AllowDeath)
            });
        }
    }
    // Clear share pools and member rows.
    for (hotkey, coldkey, _) in &stakers {
        // Deleting: `was` only matters when the new count is non-zero.
        state::set_shares_of(ext, hotkey, coldkey, netuid, 0, 0);
    }
    let hotkeys: Vec<AccountId> = stakers.iter().map(|s| s.0).collect();
    for hotkey in hotkeys {
        state::set_hotkey_pool(ext, &hotkey, netuid, &state::HotkeyPool::default());
    }
    for (_, row) in state::neurons(ext, netuid)? {
        state::set_uid_of(ext, netuid, &row.hotkey, None);
    }
    for item in NETUID_FIRST_ITEMS {
        ext.remove_prefix(&Key::item(item).u16(netuid))?;
    }
    // Recycle whatever is left in the subnet account (unpaid share, registration fees).
    let rest = state::free(ext, &account)?;
    currency::burn_from(ext, &account, rest, Existence::AllowDeath)?;
    let ts = state::global(ext, Global::TotalStake)?;
    state::set_global(ext, Global::TotalStake, ts.saturating_sub(pool.tao));
    ext.deposit_event(Event::NetworkRemoved { netuid });
    Ok(())
}
