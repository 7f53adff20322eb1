//! Chain invariants (`try_state`), checked after every block in tests:
//! 1. TotalIssuance = Σ free balances (subnet accounts included: pool TAO and registration
//!    fees sit in them; tx fees and author-less swap fees are burned from issuance).
//! 2. Each subnet account holds ≥ its pool's TAO reserve (SubnetTAO).
//! 3. SubnetAlphaOut = Σ over hotkeys of TotalHotkeyAlpha on that subnet + the emission alpha
//!    not staked yet (pending, protocol, unowned, unclaimed; `state_weights::SubnetEmission`).
//! 4. Each hotkey pool: Σ coldkey shares = total shares, and Σ coldkey values ≤ the pool value.
//! 5. The root auto-claim index is a bijection: `StakingColdkeysByIndex` holds exactly the
//!    indices `0..NumStakingColdkeys`, `StakingColdkeys[c] = i` ⇔ `StakingColdkeysByIndex[i] =
//!    c`, and every coldkey holding root stake is indexed (`calls::root_claim`).

use std::collections::BTreeMap;

use crate::storage::Ext;
use crate::types::AccountId;
use crate::{shares, state};

/// Checks every invariant; the error says which one broke.
pub fn check(ext: &Ext) -> Result<(), String> {
    check_inner(ext).map_err(|e| e.to_string())?
}

fn check_inner(ext: &Ext) -> Result<Result<(), String>, crate::error::DispatchError> {
    let balances = state::all_free(ext)?;
    let sum: u128 = balances.iter().map(|(_, b)| *b as u128).sum();
    let ti = state::total_issuance(ext)? as u128;
    if sum != ti {
        return Ok(Err(format!("total issuance {ti} != sum of balances {sum}")));
    }
    let mut alpha_by_subnet: BTreeMap<u16, u128> = BTreeMap::new();
    for ((hotkey, netuid), pool) in state::all_hotkey_pools(ext)? {
        *alpha_by_subnet.entry(netuid).or_default() += pool.alpha as u128;
        let members = state::pool_members(ext, &hotkey, netuid)?;
        let total: u128 = members.iter().map(|(_, s)| *s).sum();
        if total != pool.shares {
            return Ok(Err(format!(
                "hotkey {hotkey} netuid {netuid}: shares {total} != {}",
                pool.shares
            )));
        }
        let mut value: u128 = 0;
        for (c, _) in &members {
            value += shares::value_of(ext, &hotkey, c, netuid)? as u128;
        }
        if value > pool.alpha as u128 {
            return Ok(Err(format!(
                "hotkey {hotkey} netuid {netuid}: values {value} > pool {}",
                pool.alpha
            )));
        }
    }
    for netuid in state::netuids(ext)? {
        let p = state::pool(ext, netuid)?;
        let held = state::free(ext, &AccountId::subnet_account(netuid))?;
        if held < p.tao {
            return Ok(Err(format!("subnet {netuid}: account holds {held} < SubnetTAO {}", p.tao)));
        }
        let staked = alpha_by_subnet.get(&netuid).copied().unwrap_or(0);
        // Part 2: alpha minted into AlphaOut but not (yet) staked: pending emission, protocol
        // alpha, unowned and unclaimed alpha (crate::state_weights::SubnetEmission).
        let held = crate::state_weights::subnet_emission(ext, netuid)?.alpha_outside_stake();
        if staked + held != p.alpha_out as u128 {
            return Ok(Err(format!(
                "subnet {netuid}: AlphaOut {} != staked alpha {staked} + unstaked emission {held}",
                p.alpha_out
            )));
        }
    }
    staking_coldkey_index(ext)
}

/// Invariant 5.
fn staking_coldkey_index(ext: &Ext) -> Result<Result<(), String>, crate::error::DispatchError> {
    use crate::state_children as sc;
    let n = sc::num_staking_coldkeys(ext)?;
    let by_index = sc::all_staking_coldkeys_by_index(ext)?;
    let by_coldkey: BTreeMap<AccountId, u64> = sc::all_staking_coldkeys(ext)?.into_iter().collect();
    if by_index.len() as u64 != n || by_coldkey.len() as u64 != n {
        return Ok(Err(format!(
            "staking-coldkey index: NumStakingColdkeys {n}, {} by index, {} by coldkey",
            by_index.len(),
            by_coldkey.len()
        )));
    }
    for (pos, (i, c)) in by_index.iter().enumerate() {
        if *i != pos as u64 || by_coldkey.get(c) != Some(i) {
            return Ok(Err(format!("staking-coldkey index: slot {i} ({c}) is not consistent")));
        }
    }
    for ((hotkey, netuid), _) in state::all_hotkey_pools(ext)? {
        if netuid != crate::types::ROOT_NETUID {
            continue;
        }
        for (c, s) in state::pool_members(ext, &hotkey, netuid)? {
            if s > 0
                && shares::value_of(ext, &hotkey, &c, netuid)? > 0
                && !by_coldkey.contains_key(&c)
            {
                return Ok(Err(format!("root staker {c} is not in the staking-coldkey index")));
            }
        }
    }
    Ok(Ok(()))
}
