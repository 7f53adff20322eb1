//! Neuron reads from storage (`Keys`, `BlockAtRegistration`, the per-subnet vectors, `Owner`,
//! `TotalHotkeyAlpha`) into the embedded chain's `NeuronInfo`.

use local_chain::info::NeuronInfo;
use local_chain::types::AccountId;
use subxt::utils::AccountId32;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::Result;
use crate::storage::{self, At};

const SM: &str = "SubtensorModule";

async fn vec_of<V: scale_decode::DecodeAsType>(
    at: &At,
    spec: u32,
    item: &str,
    netuid: u16,
) -> Result<Vec<V>> {
    Ok(storage::get::<Vec<V>>(at, spec, SM, item, vec![storage::netuid(netuid)])
        .await?
        .unwrap_or_default())
}

async fn assemble(at: At, spec: u32, netuid: u16) -> Result<Vec<NeuronInfo>> {
    let now = at.block_number();
    let keys: Vec<(u16, AccountId32)> =
        storage::iter(&at, spec, SM, "Keys", vec![storage::netuid(netuid)], 1).await?;
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let reg: Vec<(u16, u64)> =
        storage::iter(&at, spec, SM, "BlockAtRegistration", vec![storage::netuid(netuid)], 1)
            .await?;
    let reg: std::collections::BTreeMap<u16, u64> = reg.into_iter().collect();
    let immunity: u16 =
        storage::get_def(&at, spec, SM, "ImmunityPeriod", vec![storage::netuid(netuid)]).await?;
    // Per-uid vectors; on mechanism-aware runtimes `Incentive` and `LastUpdate` are keyed by
    // the storage index, which equals the netuid for the main mechanism (0).
    let active: Vec<bool> = vec_of(&at, spec, "Active", netuid).await?;
    let permit: Vec<bool> = vec_of(&at, spec, "ValidatorPermit", netuid).await?;
    let emission: Vec<u64> = vec_of(&at, spec, "Emission", netuid).await?;
    let incentive: Vec<u16> = vec_of(&at, spec, "Incentive", netuid).await?;
    let dividends: Vec<u16> = vec_of(&at, spec, "Dividends", netuid).await?;
    let consensus: Vec<u16> = vec_of(&at, spec, "Consensus", netuid).await?;
    let vtrust: Vec<u16> = vec_of(&at, spec, "ValidatorTrust", netuid).await?;
    let last_update: Vec<u64> = vec_of(&at, spec, "LastUpdate", netuid).await?;

    let mut keys = keys;
    keys.sort_by_key(|(uid, _)| *uid);
    let mut out = Vec::with_capacity(keys.len());
    for (uid, hotkey) in keys {
        let hk = storage::account(&hotkey.0);
        let coldkey: AccountId32 =
            storage::get_def(&at, spec, SM, "Owner", vec![hk.clone()]).await?;
        let stake: u64 =
            storage::get_def(&at, spec, SM, "TotalHotkeyAlpha", vec![hk, storage::netuid(netuid)])
                .await?;
        let i = uid as usize;
        let registered_at = reg.get(&uid).copied().unwrap_or(0);
        out.push(NeuronInfo {
            uid,
            hotkey: convert::account(&hotkey),
            coldkey: AccountId(coldkey.0),
            registered_at,
            immune: now.saturating_sub(registered_at) < u64::from(immunity),
            stake,
            active: active.get(i).copied().unwrap_or(false),
            validator_permit: permit.get(i).copied().unwrap_or(false),
            emission: emission.get(i).copied().unwrap_or(0),
            incentive: incentive.get(i).copied().unwrap_or(0),
            dividends: dividends.get(i).copied().unwrap_or(0),
            consensus: consensus.get(i).copied().unwrap_or(0),
            validator_trust: vtrust.get(i).copied().unwrap_or(0),
            last_update: last_update.get(i).copied().unwrap_or(0),
        });
    }
    Ok(out)
}

impl RemoteClient {
    /// Neurons of a subnet, by uid.
    pub fn neurons(&self, netuid: u16) -> Result<Vec<NeuronInfo>> {
        self.run("neurons", move |at, spec| assemble(at, spec, netuid))
    }
}

/// One validator's weight row: (uid, [(destination uid, weight)]).
pub type WeightRow = (u16, Vec<(u16, u16)>);

/// `Weights[netuid][uid]` rows that are not empty, by uid (main mechanism: the storage index
/// equals the netuid).
async fn weights(at: At, spec: u32, netuid: u16) -> Result<Vec<WeightRow>> {
    let mut rows: Vec<WeightRow> =
        storage::iter(&at, spec, SM, "Weights", vec![storage::netuid(netuid)], 1).await?;
    rows.retain(|(_, r)| !r.is_empty());
    rows.sort_by_key(|(uid, _)| *uid);
    Ok(rows)
}

impl RemoteClient {
    /// Non-empty weight rows of a subnet, by uid.
    pub fn weights(&self, netuid: u16) -> Result<Vec<WeightRow>> {
        self.run("weights", move |at, spec| weights(at, spec, netuid))
    }
}
