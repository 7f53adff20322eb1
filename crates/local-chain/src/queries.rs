//! Read-side assembly of the info structs (the runtime-API layer).

use crate::error::DispatchResult;
use crate::hparams::{self, Hyperparam};
use crate::info::{NeuronInfo, StakePosition, SubnetInfo};
use crate::storage::Ext;
use crate::types::{AccountId, NetUid};
use crate::{pool, shares, state};

/// One subnet's info, or None if it does not exist.
pub fn subnet_info(ext: &Ext, netuid: NetUid) -> DispatchResult<Option<SubnetInfo>> {
    let Some(meta) = state::subnet_meta(ext, netuid)? else { return Ok(None) };
    let p = state::pool(ext, netuid)?;
    Ok(Some(SubnetInfo {
        netuid,
        owner: meta.owner,
        owner_hotkey: meta.owner_hotkey,
        symbol: meta.symbol.clone(),
        name: meta.identity.as_ref().map(|i| i.subnet_name.clone()).unwrap_or_default(),
        identity: meta.identity.clone(),
        mechanism: meta.mechanism,
        registered_at: meta.registered_at,
        tempo: hparams::get_u64(ext, netuid, Hyperparam::Tempo)? as u16,
        last_epoch_block: meta.last_epoch_block,
        n: state::subnet_n(ext, netuid)?,
        max_n: hparams::get_u64(ext, netuid, Hyperparam::MaxAllowedUids)? as u16,
        burn: p.burn,
        tao_in: p.tao,
        alpha_in: p.alpha_in,
        alpha_out: p.alpha_out,
        price: pool::price_rao(ext, netuid)?,
        locked: meta.locked,
        subtoken_enabled: meta.subtoken_enabled,
        first_emission_block: meta.first_emission_block,
        volume: p.volume,
        fee_rate: p.fee_rate,
    }))
}

/// Neurons of a subnet.
pub fn neurons(ext: &Ext, netuid: NetUid) -> DispatchResult<Vec<NeuronInfo>> {
    let immunity = hparams::get_u64(ext, netuid, Hyperparam::ImmunityPeriod)?;
    let mut out = Vec::new();
    for (uid, row) in state::neurons(ext, netuid)? {
        out.push(NeuronInfo {
            uid,
            hotkey: row.hotkey,
            coldkey: state::owner_of(ext, &row.hotkey)?.unwrap_or_default(),
            registered_at: row.registered_at,
            immune: ext.now.saturating_sub(row.registered_at) < immunity,
            stake: state::hotkey_pool(ext, &row.hotkey, netuid)?.alpha,
            active: row.active,
            validator_permit: row.validator_permit,
            emission: row.emission,
            incentive: row.incentive,
            dividends: row.dividends,
            consensus: row.consensus,
            validator_trust: row.validator_trust,
            last_update: row.last_update,
        });
    }
    Ok(out)
}

/// Stake positions of a coldkey (nonzero alpha only).
pub fn stake_of(ext: &Ext, coldkey: &AccountId) -> DispatchResult<Vec<StakePosition>> {
    let mut out = Vec::new();
    for (hotkey, netuid) in state::positions_of(ext, coldkey)? {
        let alpha = shares::value_of(ext, &hotkey, coldkey, netuid)?;
        if alpha == 0 {
            continue;
        }
        out.push(StakePosition {
            hotkey,
            netuid,
            alpha,
            tao_value: pool::alpha_to_tao_at_spot(ext, netuid, alpha)?,
        });
    }
    Ok(out)
}
