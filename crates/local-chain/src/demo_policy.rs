//! Demo-only behaviour: synthetic validators on the `demo` preset's subnets set weights every
//! tempo by a deterministic policy, so a fresh demo chain shows consensus, clipping, dividends
//! and price moves as blocks advance. Never active on other presets or on subnets created
//! later (it is switched on per subnet at genesis).
//!
//! The policy runs inside `on_initialize` of every block in which the subnet's epoch fired
//! (after distribution), as dev-origin calls signed by each validator hotkey through the normal
//! weights calls (spec §8), so every chain rule applies; a call the chain rejects is skipped.
//!
//! * Validators = the uids that held alpha stake at genesis (recorded then, so miners that
//!   earn stake stay miners); miners = every other uid except the owner hotkey.
//! * The majority scores miner m in epoch k as 100 + 50·((7m + k) mod 5) (drift over epochs),
//!   plus a small per-validator wobble 10·((v + m + k) mod 2) (mild disagreement).
//! * On subnets with ≥ 2 validators, the validator with the least stake dissents: it puts its
//!   whole weight on the miner the majority scores lowest, so consensus clips it.
//! * Demo subnets get an activity cutoff of 2 tempos (see `enable`).
//! * Commit-reveal on: each validator reveals the commit of the previous epoch, then commits
//!   the current weights (salt = [k, uid]); the payload waits in `DemoReveal` storage.

use serde::{Deserialize, Serialize};

use crate::calls::weights;
use crate::codec::Key;
use crate::error::DispatchResult;
use crate::extrinsic::Origin;
use crate::hparams::{self, Hyperparam};
use crate::state;
use crate::state_weights as sw;
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID, Uid};

/// A commit waiting for its reveal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PendingReveal {
    uids: Vec<Uid>,
    values: Vec<u16>,
    salt: Vec<u16>,
}

fn reveal_key(netuid: NetUid, hotkey: &AccountId) -> Key {
    Key::item("DemoReveal").u16(netuid).acct(hotkey)
}

/// Switches the policy on for every non-root subnet (called by the `demo` genesis). Subnet 2
/// keeps commit-reveal on (the chain default) to show the hash commit path; the others turn
/// it off so weights take effect one epoch sooner.
pub fn enable(ext: &mut Ext) -> DispatchResult {
    for netuid in state::netuids(ext)? {
        if netuid == ROOT_NETUID {
            continue;
        }
        let mut validators = Vec::new();
        for (uid, row) in state::neurons(ext, netuid)? {
            if state::hotkey_pool(ext, &row.hotkey, netuid)?.alpha > 0 {
                validators.push(uid);
            }
        }
        sw::set_demo_policy(ext, netuid, &validators);
        // Activity cutoff = 2 tempos (factor 2000‰, default 13889‰ ≈ 14 tempos): miners and
        // the owner, who never set weights, stop counting as active stake after two epochs
        // instead of ~14, so consensus reflects the validators early in a demo.
        hparams::put(ext, netuid, Hyperparam::ActivityCutoffFactorMilli, 2000)?;
        if netuid != 2 {
            hparams::put(ext, netuid, Hyperparam::CommitRevealWeightsEnabled, 0)?;
        }
        act(ext, netuid)?;
    }
    Ok(())
}

/// The majority's score of miner index `m` in epoch `k` (before the per-validator wobble).
pub fn majority_score(m: usize, k: u64) -> u16 {
    (100 + 50 * ((7 * m as u64 + k) % 5)) as u16
}

/// One round of the policy on `netuid` (see the module docs).
pub fn act(ext: &mut Ext, netuid: NetUid) -> DispatchResult {
    let k = sw::subnet_emission(ext, netuid)?.epoch_index;
    let owner_hotkey = state::subnet_meta(ext, netuid)?.map(|m| m.owner_hotkey);
    let designated = sw::demo_validators(ext, netuid)?;
    let mut validators: Vec<(Uid, AccountId, u64)> = Vec::new();
    let mut miners: Vec<Uid> = Vec::new();
    for (uid, row) in state::neurons(ext, netuid)? {
        if designated.contains(&uid) {
            let stake = state::hotkey_pool(ext, &row.hotkey, netuid)?.alpha;
            validators.push((uid, row.hotkey, stake));
        } else if Some(row.hotkey) != owner_hotkey {
            miners.push(uid);
        }
    }
    if validators.is_empty() || miners.is_empty() {
        return Ok(());
    }
    // The dissenter: least stake, ties → highest uid.
    let dissenter = if validators.len() >= 2 {
        validators.iter().min_by_key(|(uid, _, s)| (*s, u16::MAX - uid)).map(|v| v.0)
    } else {
        None
    };
    let scores: Vec<u16> = (0..miners.len()).map(|m| majority_score(m, k)).collect();
    let lowest = (0..miners.len()).min_by_key(|&m| (scores[m], m)).unwrap_or(0);
    let cr = weights::commit_reveal_enabled(ext, netuid)?;
    for (vi, (uid, hotkey, _)) in validators.iter().enumerate() {
        let (uids, values): (Vec<Uid>, Vec<u16>) = if Some(*uid) == dissenter {
            (vec![miners[lowest]], vec![u16::MAX])
        } else {
            miners
                .iter()
                .enumerate()
                .map(|(m, &u)| {
                    (u, scores[m].saturating_add(10 * ((vi + m + k as usize) % 2) as u16))
                })
                .unzip()
        };
        let origin = Origin::Signed(*hotkey);
        if !cr {
            // A rejected call (no permit yet, rate limit) is simply skipped.
            let _ =
                ext.transactional(|e| weights::set_weights(e, origin, netuid, &uids, &values, 0));
            continue;
        }
        let key = reveal_key(netuid, hotkey);
        if let Some(p) = ext.get::<PendingReveal>(&key)? {
            let _ = ext.transactional(|e| {
                weights::reveal_weights(e, origin, netuid, &p.uids, &p.values, &p.salt, 0)
            });
            ext.remove(&key);
        }
        let salt = vec![(k & 0xffff) as u16, *uid];
        let hash = weights::commit_hash(hotkey, netuid, &uids, &values, &salt, 0);
        if ext.transactional(|e| weights::commit_weights(e, origin, netuid, hash)).is_ok() {
            ext.put(&key, &PendingReveal { uids, values, salt });
        }
    }
    Ok(())
}
