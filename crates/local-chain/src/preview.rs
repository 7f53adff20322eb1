//! Reads for clients that preview a transaction before signing it: pool snapshots (with the
//! quote weight), `sim_swap` per netuid, emission shares, and a dry run of any call.
//!
//! A dry run executes the chain's own code — `on_initialize` of the next block, the
//! transaction-fee withdrawal, then `calls::dispatch` — on a scratch overlay inside a read
//! snapshot, and throws the overlay away. So a preview built from it is what the next block
//! would do with that call, to the rao, and nothing here re-implements swap or fee math.

use serde::{Deserialize, Serialize};
use sp_arithmetic::Perquintill;
use substrate_fixed::types::{I96F32, U64F64};

use crate::chain::Chain;
use crate::currency::{self, Existence};
use crate::emission::block::block_emission_for_issuance;
use crate::emission::split::{SubnetEmissionInput, split_block_emission};
use crate::error::{ChainError, DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::{Call, Origin};
use crate::hparams::{self, Hyperparam};
use crate::storage::Ext;
use crate::swap::{self, Direction, PoolState, SimSwapResult};
use crate::types::{AccountId, Alpha, Balance, BlockNumber, NetUid};
use crate::{block, calls, pool, shares, state};

/// Parts per billion: how shares and weights are reported (integers, no floats).
const PPB: u64 = 1_000_000_000;

/// A subnet's pool as a swap on it would see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolSnapshot {
    /// Subnet.
    pub netuid: NetUid,
    /// Mechanism 0 (root, stable: 1:1, no fee) or 1 (dynamic).
    pub mechanism: u16,
    /// `SubnetTAO` (rao).
    pub tao_reserve: Balance,
    /// `SubnetAlphaIn`.
    pub alpha_reserve: Alpha,
    /// `SubnetAlphaOut`.
    pub alpha_out: Alpha,
    /// `SwapBalancer` quote (TAO-side) weight in Perquintill parts (5e17 = 50/50).
    pub quote_weight: u64,
    /// `FeeRate` (fee fraction = fee_rate / 65535).
    pub fee_rate: u16,
    /// `MinimumReserve`.
    pub minimum_reserve: u64,
    /// Spot price, rao per alpha (`current_alpha_price`).
    pub price_rao: u64,
    /// `SubnetMovingPrice`, rao per alpha (floor).
    pub moving_price_rao: u64,
}

impl PoolSnapshot {
    /// The swap module's view of this pool.
    pub fn pool_state(&self) -> PoolState {
        PoolState {
            tao_reserve: self.tao_reserve,
            alpha_reserve: self.alpha_reserve,
            quote_weight: Perquintill::from_parts(self.quote_weight),
            fee_rate: self.fee_rate,
            minimum_reserve: self.minimum_reserve,
        }
    }

    /// Whether swaps are 1:1 without fee (root and stable subnets).
    pub fn is_stable(&self) -> bool {
        self.mechanism == 0
    }

    /// `sim_swap_*` on this pool; stable pools swap 1:1 without fee.
    pub fn sim_swap(&self, direction: Direction, amount: u64) -> SimSwapResult {
        if self.is_stable() {
            return match direction {
                Direction::TaoToAlpha => {
                    SimSwapResult { tao_amount: amount, alpha_amount: amount, ..Default::default() }
                }
                Direction::AlphaToTao => {
                    SimSwapResult { tao_amount: amount, alpha_amount: amount, ..Default::default() }
                }
            };
        }
        swap::sim_swap(&self.pool_state(), direction, amount)
    }

    /// `alpha · price` at the spot price, floored (what `stake list` calls value at spot).
    pub fn alpha_to_tao_at_spot(&self, alpha: Alpha) -> Balance {
        if self.is_stable() {
            return alpha;
        }
        U64F64::from_num(alpha).saturating_mul(self.pool_state().price()).saturating_to_num()
    }
}

/// Reads a pool snapshot from `ext`.
pub fn snapshot(ext: &Ext, netuid: NetUid) -> DispatchResult<Option<PoolSnapshot>> {
    let Some(meta) = state::subnet_meta(ext, netuid)? else { return Ok(None) };
    let p = state::pool(ext, netuid)?;
    let ps = pool::pool_state(&p);
    let moving = I96F32::from_bits(p.moving_price_bits);
    let moving_price_rao = if moving <= I96F32::from_num(0) {
        0
    } else {
        swap::price_to_rao(U64F64::saturating_from_num(moving))
    };
    Ok(Some(PoolSnapshot {
        netuid,
        mechanism: meta.mechanism,
        tao_reserve: ps.tao_reserve,
        alpha_reserve: ps.alpha_reserve,
        alpha_out: p.alpha_out,
        quote_weight: ps.quote_weight.deconstruct(),
        fee_rate: ps.fee_rate,
        minimum_reserve: ps.minimum_reserve,
        price_rao: pool::price_rao(ext, netuid)?,
        moving_price_rao,
    }))
}

/// One subnet's share of the next block's TAO emission (`get_subnet_block_emissions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmissionShare {
    /// Subnet.
    pub netuid: NetUid,
    /// Final share in parts per billion.
    pub share_ppb: u64,
    /// TAO emission per block (rao).
    pub tao_per_block: Balance,
}

/// A stake position watched by a dry run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watch {
    /// Hotkey.
    pub hotkey: AccountId,
    /// Coldkey.
    pub coldkey: AccountId,
    /// Subnet.
    pub netuid: NetUid,
}

/// A watched stake position before and after the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StakeDelta {
    /// Which position.
    pub position: Watch,
    /// Alpha before (after `on_initialize`, before the call).
    pub before: Alpha,
    /// Alpha after the call.
    pub after: Alpha,
}

/// What a call would do in the next block, computed by running it and discarding the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DryRun {
    /// The block the call would be included in.
    pub block: BlockNumber,
    /// Transaction fee (rao), withdrawn before the call runs.
    pub fee: Balance,
    /// The signer's free balance before the fee and after the call.
    pub balance_before: Balance,
    /// Free balance after fee and call (unchanged but for the fee if the call fails).
    pub balance_after: Balance,
    /// None = the call would succeed; else the chain's error.
    pub error: Option<DispatchError>,
    /// The call's events (empty on failure).
    pub events: Vec<Event>,
    /// Pools of the watched netuids as the call would find them.
    pub pools_before: Vec<PoolSnapshot>,
    /// The same pools after the call.
    pub pools_after: Vec<PoolSnapshot>,
    /// Watched positions.
    pub stakes: Vec<StakeDelta>,
}

impl DryRun {
    /// The pool of `netuid` before the call, if watched.
    pub fn pool_before(&self, netuid: NetUid) -> Option<&PoolSnapshot> {
        self.pools_before.iter().find(|p| p.netuid == netuid)
    }
    /// The pool of `netuid` after the call, if watched.
    pub fn pool_after(&self, netuid: NetUid) -> Option<&PoolSnapshot> {
        self.pools_after.iter().find(|p| p.netuid == netuid)
    }
}

fn snapshots(ext: &Ext, netuids: &[NetUid]) -> DispatchResult<Vec<PoolSnapshot>> {
    let mut out = Vec::new();
    for &n in netuids {
        if let Some(s) = snapshot(ext, n)? {
            out.push(s);
        }
    }
    Ok(out)
}

/// One block of a dry run on `ext` (whose `now` is the block being built).
fn run_in_next_block(
    ext: &mut Ext,
    signer: &AccountId,
    call: &Call,
    netuids: &[NetUid],
    watch: &[Watch],
) -> DispatchResult<DryRun> {
    block::on_initialize(ext)?;
    let balance_before = state::free(ext, signer)?;
    let pools_before = snapshots(ext, netuids)?;
    let stakes_before = values(ext, watch)?;
    // The fee is withdrawn outside the call's layer, as `pre_dispatch` does; a call that fails
    // still pays it.
    let fee = call.fee();
    let paid = currency::burn_from(ext, signer, fee, Existence::KeepAlive);
    let before = ext.events().len();
    let error = match paid {
        Err(_) => Some(DispatchError::Payment { fee }),
        Ok(()) => ext.transactional(|e| calls::dispatch(e, Origin::Signed(*signer), call)).err(),
    };
    let events = ext.events()[before..].iter().map(|r| r.event.clone()).collect();
    let stakes = watch
        .iter()
        .zip(stakes_before)
        .zip(values(ext, watch)?)
        .map(|((w, before), after)| StakeDelta { position: *w, before, after })
        .collect();
    Ok(DryRun {
        block: ext.now,
        fee: if paid.is_ok() { fee } else { 0 },
        balance_before,
        balance_after: state::free(ext, signer)?,
        error,
        events,
        pools_before,
        pools_after: snapshots(ext, netuids)?,
        stakes,
    })
}

fn values(ext: &Ext, watch: &[Watch]) -> DispatchResult<Vec<Alpha>> {
    watch.iter().map(|w| shares::value_of(ext, &w.hotkey, &w.coldkey, w.netuid)).collect()
}

impl Chain {
    /// Pool snapshot of `netuid` at the head (None if the subnet does not exist).
    pub fn pool_snapshot(&self, netuid: NetUid) -> Result<Option<PoolSnapshot>, ChainError> {
        self.read(|e| snapshot(e, netuid))
    }

    /// Every subnet's pool snapshot at the head, by netuid.
    pub fn pool_snapshots(&self) -> Result<Vec<PoolSnapshot>, ChainError> {
        self.read(|e| snapshots(e, &state::netuids(e)?))
    }

    /// `sim_swap_tao_for_alpha` / `sim_swap_alpha_for_tao` on `netuid` at the head; None if
    /// the subnet does not exist.
    pub fn sim_swap(
        &self,
        netuid: NetUid,
        direction: Direction,
        amount: u64,
    ) -> Result<Option<SimSwapResult>, ChainError> {
        Ok(self.pool_snapshot(netuid)?.map(|p| p.sim_swap(direction, amount)))
    }

    /// Blocks until each subnet's next automatic epoch (`blocks_until_next_auto_epoch`), by
    /// netuid.
    pub fn epoch_countdowns(&self) -> Result<Vec<(NetUid, u64)>, ChainError> {
        self.read(|e| {
            state::netuids(e)?
                .into_iter()
                .map(|n| Ok((n, hparams::blocks_until_next_epoch(e, n)?)))
                .collect()
        })
    }

    /// The next block's TAO emission split over subnets, at the head's moving prices.
    pub fn emission_shares(&self) -> Result<Vec<EmissionShare>, ChainError> {
        self.read(|e| {
            let mut inputs = Vec::new();
            for n in state::netuids(e)? {
                let Some(meta) = state::subnet_meta(e, n)? else { continue };
                if n == 0 || meta.first_emission_block.is_none() {
                    continue;
                }
                inputs.push(SubnetEmissionInput {
                    netuid: n,
                    mechanism: meta.mechanism,
                    moving_price: I96F32::from_bits(state::pool(e, n)?.moving_price_bits),
                    miner_burned: Default::default(),
                    emission_enabled: hparams::get(e, n, Hyperparam::SubnetEmissionEnabled)? != 0,
                });
            }
            let emission = block_emission_for_issuance(state::total_issuance(e)?)
                .map_err(|err| DispatchError::Storage(format!("block emission: {err:?}")))?;
            Ok(split_block_emission(emission, &inputs)
                .into_iter()
                .map(|s| EmissionShare {
                    netuid: s.netuid,
                    share_ppb: s
                        .final_share
                        .saturating_mul(U64F64::from_num(PPB))
                        .saturating_to_num::<u64>(),
                    tao_per_block: s.tao_emission.saturating_to_num::<u64>(),
                })
                .collect())
        })
    }

    /// Runs `call` signed by `signer` as the next block would (its `on_initialize`, the fee
    /// withdrawal, the call) on a scratch overlay, and reports the outcome; nothing is
    /// written. `netuids` and `watch` name the pools and positions to report.
    pub fn dry_run(
        &self,
        signer: &AccountId,
        call: &Call,
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<DryRun, ChainError> {
        let mut runs = self.dry_run_sequence(signer, std::slice::from_ref(call), netuids, watch)?;
        runs.pop().ok_or_else(|| ChainError::Corrupt("empty dry run".into()))
    }

    /// Like [`Chain::dry_run`] for several calls submitted one per block, in order, each
    /// seeing the effects of the ones before (and each block's `on_initialize`), exactly as
    /// submitting them one after the other would. Stops after the first failing call.
    pub fn dry_run_sequence(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>, ChainError> {
        self.read(|head| {
            let mut ext = Ext::new(head.store(), head.now);
            // The next block's parent is the head. Later blocks of a sequence keep it: their
            // real parents' hashes depend on headers a dry run never seals (approximation for
            // the root auto-claim picks only).
            ext.parent_hash = head.parent_hash;
            let mut out = Vec::new();
            for call in calls {
                ext.now += 1;
                let run = run_in_next_block(&mut ext, signer, call, netuids, watch)?;
                let failed = run.error.is_some();
                out.push(run);
                if failed {
                    break;
                }
            }
            Ok(out)
        })
    }
}

#[cfg(test)]
mod tests {
    //! A dry run must be exactly what submitting does: same events, fee, balance and positions.

    use super::*;
    use crate::types::{TAO, dev_pair};

    fn acct(seed: &str) -> AccountId {
        AccountId::from_dev_seed(seed).unwrap()
    }

    #[test]
    fn dry_run_equals_submission() {
        let dir = tempfile::tempdir().unwrap();
        let mut chain = Chain::create(dir.path(), "demo").unwrap();
        let pair = dev_pair("//Alice").unwrap();
        let (alice, hk) = (acct("//Alice"), acct("//Alice_hk2"));
        let watch: Vec<Watch> =
            (0..4).map(|netuid| Watch { hotkey: hk, coldkey: alice, netuid }).collect();
        let mut seed: u64 = 0x5eed;
        let mut next = move |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let mut ok = 0;
        for _ in 0..30 {
            let netuid = 1 + next(3) as u16;
            let other = 1 + (netuid + next(2) as u16) % 3;
            let amount = 1 + next(20 * TAO);
            let call = match next(4) {
                0 => Call::AddStake { hotkey: hk, netuid, amount_staked: amount },
                1 => Call::RemoveStake { hotkey: hk, netuid, amount_unstaked: amount / 3 },
                2 => Call::SwapStake {
                    hotkey: hk,
                    origin_netuid: netuid,
                    destination_netuid: other,
                    alpha_amount: amount / 3,
                },
                _ => Call::AddStakeLimit {
                    hotkey: hk,
                    netuid,
                    amount_staked: amount,
                    limit_price: chain.pool_snapshot(netuid).unwrap().unwrap().price_rao
                        + 1_000_000,
                    allow_partial: true,
                },
            };
            let dry = chain.dry_run(&alice, &call, &[1, 2, 3], &watch).unwrap();
            let head = chain.head().unwrap().number;
            match chain.sign_and_submit(&pair, call.clone()) {
                Ok(receipt) => {
                    assert_eq!(dry.error, None, "{call:?}");
                    assert_eq!(receipt.block, dry.block);
                    assert_eq!(receipt.fee, dry.fee);
                    // The receipt adds the system event; the call's own events come first.
                    assert_eq!(&receipt.events[..dry.events.len()], &dry.events[..], "{call:?}");
                    ok += 1;
                }
                Err(ChainError::Failed { error, fee, .. }) => {
                    assert_eq!(dry.error, Some(error), "{call:?}");
                    assert_eq!(dry.fee, fee);
                }
                Err(e) => panic!("{call:?}: {e}"),
            }
            assert_eq!(chain.head().unwrap().number, head + 1);
            assert_eq!(chain.balance(&alice).unwrap(), dry.balance_after, "{call:?}");
            let after: Vec<Alpha> = chain
                .read(|e| {
                    watch
                        .iter()
                        .map(|w| shares::value_of(e, &w.hotkey, &w.coldkey, w.netuid))
                        .collect()
                })
                .unwrap();
            let dry_after: Vec<Alpha> = dry.stakes.iter().map(|s| s.after).collect();
            assert_eq!(after, dry_after, "{call:?}");
            assert_eq!(chain.pool_snapshots().unwrap()[1..], dry.pools_after[..], "{call:?}");
        }
        assert!(ok >= 15, "only {ok} calls succeeded");
    }
}
