//! The per-block pipeline after registration prices (spec §1 steps 2–8): mint the block
//! emission, run the coinbase (`crate::emission::run_coinbase_block`) on state read from
//! storage and write its results, run due epochs through the dynamic-tempo scheduler and
//! distribute them (`crate::distribute`), update moving prices and root proportions, then let
//! the demo policy act (demo preset only).
//!
//! Step 7 applies pending child keys on the subnets whose epoch fired this block
//! (`calls::children::apply_pending`); step 8 runs the root auto-claim
//! (`calls::root_claim::run_auto_claim`). Not modelled: drand reveals (step 3, no timelocked
//! commits).

use substrate_fixed::types::{I96F32, U64F64, U96F32};

use crate::currency;
use crate::distribute::{self, Drained};
use crate::emission::{
    self, CoinbaseParams, CoinbaseSubnet, MovingPriceUpdate, SubnetEmissionInput, TOTAL_SUPPLY,
};
use crate::error::DispatchResult;
use crate::hparams::{self, Hyperparam};
use crate::pool;
use crate::state::{self, Global, SubnetMeta};
use crate::state_weights::{self as sw, SubnetEmission};
use crate::storage::Ext;
use crate::types::{AccountId, NetUid, ROOT_NETUID};

/// `MAX_TEMPO` safety net of the scheduler (spec §3.7): an epoch runs after this many blocks.
pub const MAX_BLOCKS_WITHOUT_EPOCH: u64 = 50_400;

/// What one block did (returned for tests and benchmarks).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BlockStep {
    /// TAO minted by the block emission (spec §3.1), before recycling.
    pub block_emission: u64,
    /// Unspent credit recycled (TotalIssuance grew by `block_emission − recycled`).
    pub recycled: u64,
    /// Subnets whose epoch ran and distributed this block.
    pub epochs: Vec<NetUid>,
    /// Subnets whose due epoch was deferred by `MaxEpochsPerBlock`.
    pub deferred: Vec<NetUid>,
    /// Coldkeys the root auto-claim (step 8) claimed for.
    pub auto_claimed: Vec<AccountId>,
}

/// Whether a subnet is in `subnets_to_emit_to` (spec §3.2).
fn emits(ext: &Ext, netuid: NetUid, meta: &SubnetMeta) -> DispatchResult<bool> {
    Ok(netuid != ROOT_NETUID
        && meta.first_emission_block.is_some()
        && meta.subtoken_enabled
        && hparams::get(ext, netuid, Hyperparam::RegistrationAllowed)? != 0)
}

/// `subnets_to_emit_to` (spec §3.2).
pub fn subnets_to_emit_to(ext: &Ext) -> DispatchResult<Vec<NetUid>> {
    let mut out = Vec::new();
    for netuid in state::netuids(ext)? {
        if let Some(meta) = state::subnet_meta(ext, netuid)?
            && emits(ext, netuid, &meta)?
        {
            out.push(netuid);
        }
    }
    Ok(out)
}

/// One non-root subnet as the block step holds it (each row is read once per block).
struct Subnet {
    netuid: NetUid,
    meta: SubnetMeta,
    emits: bool,
    em: SubnetEmission,
}

/// Runs steps 2–8 of spec §1 for the block being built.
pub fn run(ext: &mut Ext) -> DispatchResult<BlockStep> {
    let mut step = BlockStep::default();
    let mut subnets = Vec::new();
    for netuid in state::netuids(ext)? {
        if netuid == ROOT_NETUID {
            continue;
        }
        let Some(meta) = state::subnet_meta(ext, netuid)? else { continue };
        let emits = emits(ext, netuid, &meta)?;
        subnets.push(Subnet { netuid, meta, emits, em: sw::subnet_emission(ext, netuid)? });
    }
    coinbase(ext, &mut subnets, &mut step)?;
    let fired = epochs(ext, subnets, &mut step)?;
    // §1 step 7: LastEpochBlock == now exactly for the subnets whose epoch ran this block.
    for &netuid in &fired {
        crate::calls::children::apply_pending(ext, netuid)?;
    }
    // §1 step 8: root auto-claim for NumRootClaim coldkeys picked from the parent hash.
    step.auto_claimed = crate::calls::root_claim::run_auto_claim(ext)?;
    for netuid in fired {
        if sw::demo_policy_on(ext, netuid)? {
            crate::demo_policy::act(ext, netuid)?;
        }
    }
    Ok(step)
}

/// Spec §1 step 2 + §3.3–§3.6 (+ step 5/6, moving price and root proportion): mint `e`, split
/// it, inject, accumulate pending alpha; recycle what was not placed. The moving price uses the
/// spot price after the injection, which the epochs of this block do not change (they move
/// stake, not reserves), so it is computed here and each pool row is written once.
fn coinbase(ext: &mut Ext, subnets: &mut [Subnet], step: &mut BlockStep) -> DispatchResult {
    let issuance = state::total_issuance(ext)?;
    let e = emission::block_emission_for_issuance(issuance)
        .unwrap_or(0)
        .min(TOTAL_SUPPLY.saturating_sub(issuance));
    step.block_emission = e;

    let tao_weight = sw::tao_weight(ext)?;
    let mut inputs = Vec::with_capacity(subnets.len());
    let mut pools = Vec::with_capacity(subnets.len());
    let mut index = Vec::with_capacity(subnets.len());
    for (i, s) in subnets.iter().enumerate() {
        if !s.emits {
            continue;
        }
        let netuid = s.netuid;
        let p = state::pool(ext, netuid)?;
        inputs.push(CoinbaseSubnet {
            split: SubnetEmissionInput {
                netuid,
                mechanism: s.meta.mechanism,
                moving_price: I96F32::from_bits(p.moving_price_bits),
                miner_burned: U96F32::from_bits(s.em.miner_burned_bits),
                emission_enabled: hparams::get(ext, netuid, Hyperparam::SubnetEmissionEnabled)?
                    != 0,
            },
            tao_reserve: p.tao,
            alpha_in: p.alpha_in,
            alpha_out: p.alpha_out,
            quote_weight: pool::pool_state(&p).quote_weight,
            owner_cut_enabled: hparams::get(ext, netuid, Hyperparam::OwnerCutEnabled)? != 0,
        });
        pools.push(p);
        index.push(i);
    }
    let params = CoinbaseParams {
        block_emission: e,
        root_tao: state::pool(ext, ROOT_NETUID)?.tao,
        tao_weight,
        subnet_owner_cut: state::global(ext, Global::SubnetOwnerCut)?.min(u16::MAX as u64) as u16,
    };
    let block = emission::run_coinbase_block(&params, &inputs);
    let moving_alpha = I96F32::from_bits(sw::moving_alpha_bits(ext)?);

    let mut placed: u64 = 0;
    let mut total_stake = state::global(ext, Global::TotalStake)?;
    for ((r, mut p), i) in block.subnets.iter().zip(pools).zip(index) {
        let netuid = r.netuid;
        let s = &mut subnets[i];
        // §3.5: the injected TAO and the chain buy's TAO move from the credit into the subnet
        // account (minted now; the rest of the credit is never minted = recycled).
        let tao_added = r.injected_tao.saturating_add(r.excess_tao_swapped);
        currency::mint_into(ext, &AccountId::subnet_account(netuid), tao_added)?;
        placed = placed.saturating_add(tao_added);
        total_stake = total_stake.saturating_add(tao_added);

        p.tao = r.tao_reserve_after;
        p.alpha_in = r.alpha_in_after;
        p.alpha_out = r.alpha_out_after;
        p.quote_weight = r.quote_weight_after.deconstruct();
        if r.excess_tao_swapped > 0 {
            p.volume = p.volume.saturating_add(r.excess_tao_swapped as u128);
        }
        // §3.9: moving-price EMA with the (capped) spot price after the injection.
        let spot = if s.meta.mechanism == 0 { U64F64::from_num(1) } else { r.price_after };
        let old = emission::moving_alpha_price(
            netuid,
            s.meta.mechanism,
            I96F32::from_bits(p.moving_price_bits),
        );
        p.moving_price_bits = emission::update_moving_price(&MovingPriceUpdate {
            first_emission_block: s.meta.first_emission_block,
            current_block: ext.now,
            halving_blocks: hparams::get_u64(ext, netuid, Hyperparam::EmaPriceHalvingBlocks)?,
            moving_alpha,
            spot_price: spot,
            old_moving_price: old,
        })
        .to_bits();
        state::set_pool(ext, netuid, &p);

        // §3.6: pending accumulation. Whatever flooring leaves between the minted alpha-out
        // and the pending increments is alpha nobody owns.
        let em = &mut s.em;
        let root_pending = if r.root_alpha_to_pending { r.root_alpha } else { 0 };
        let root_recycled = if r.root_alpha_to_pending { 0 } else { r.root_alpha };
        let pending = r
            .pending_owner_cut
            .saturating_add(r.pending_server)
            .saturating_add(r.pending_validator)
            .saturating_add(root_pending);
        let residue = r.alpha_out_emission.saturating_sub(root_recycled).saturating_sub(pending);
        em.pending_owner_cut = em.pending_owner_cut.saturating_add(r.pending_owner_cut);
        em.pending_server = em.pending_server.saturating_add(r.pending_server);
        em.pending_validator = em.pending_validator.saturating_add(r.pending_validator);
        em.pending_root = em.pending_root.saturating_add(root_pending);
        em.protocol_alpha = em.protocol_alpha.saturating_add(r.protocol_alpha_bought);
        em.alpha_unowned = em.alpha_unowned.saturating_add(residue);
        em.tao_in_emission = r.injected_tao;
        em.alpha_in_emission = r.injected_alpha;
        em.alpha_out_emission = r.alpha_out_emission;
        em.excess_tao = r.excess_tao_swapped;
        // §1 step 6: RootProp.
        em.root_prop_bits = r.terms.root_proportion.to_bits();
    }
    state::set_global(ext, Global::TotalStake, total_stake);

    let recycled = e.saturating_sub(placed);
    step.recycled = recycled;
    let mut t = sw::totals(ext)?;
    t.block_emission = e;
    t.emitted = t.emitted.saturating_add(e as u128);
    t.recycled = t.recycled.saturating_add(recycled as u128);
    t.last_recycled = recycled;
    sw::set_totals(ext, &t);
    Ok(())
}

/// Spec §3.7: the dynamic-tempo scheduler over every non-root subnet, then distribution of the
/// drained subnets. Returns the subnets whose epoch ran.
fn epochs(
    ext: &mut Ext,
    subnets: Vec<Subnet>,
    step: &mut BlockStep,
) -> DispatchResult<Vec<NetUid>> {
    let now = ext.now;
    let cap = sw::max_epochs_per_block(ext)?;
    let mut count = 0u64;
    let mut drained: Vec<(NetUid, Drained)> = Vec::new();
    for Subnet { netuid, mut meta, mut em, .. } in subnets {
        em.blocks_since_last_step = em.blocks_since_last_step.saturating_add(1);
        let tempo = hparams::get_u64(ext, netuid, Hyperparam::Tempo)?;
        // `should_run_epoch`: a pending trigger, the MAX_TEMPO safety net, or the period.
        let due = tempo != 0
            && ((em.pending_epoch_at > 0 && now >= em.pending_epoch_at)
                || em.blocks_since_last_step > MAX_BLOCKS_WITHOUT_EPOCH
                || now.saturating_sub(meta.last_epoch_block) >= tempo);
        if due {
            if count >= cap {
                em.pending_epoch_at = now.saturating_add(1);
                step.deferred.push(netuid);
            } else {
                // The input state is always consistent here (no duplicate hotkeys possible).
                em.blocks_since_last_step = 0;
                let d = Drained {
                    server: std::mem::take(&mut em.pending_server),
                    validator: std::mem::take(&mut em.pending_validator),
                    root: std::mem::take(&mut em.pending_root),
                    owner_cut: std::mem::take(&mut em.pending_owner_cut),
                };
                count += 1;
                meta.last_epoch_block = now;
                state::set_subnet_meta(ext, netuid, &meta);
                em.pending_epoch_at = 0;
                em.epoch_index = em.epoch_index.saturating_add(1);
                drained.push((netuid, d));
            }
        }
        sw::set_subnet_emission(ext, netuid, &em);
    }
    let mut fired = Vec::with_capacity(drained.len());
    for (netuid, d) in drained {
        distribute::distribute_emission(ext, netuid, d)?;
        let mut em = sw::subnet_emission(ext, netuid)?;
        em.last_mechanism_step_block = now;
        sw::set_subnet_emission(ext, netuid, &em);
        fired.push(netuid);
    }
    step.epochs.clone_from(&fired);
    Ok(fired)
}
