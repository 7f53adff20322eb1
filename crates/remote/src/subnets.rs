//! Subnet reads assembled from storage (one paged query per item for the whole list) plus the
//! spot price from `SwapRuntimeApi`, into the same `SubnetInfo` the embedded chain returns.

use std::collections::BTreeMap;

use local_chain::info::SubnetInfo;
use local_chain::preview::{EmissionShare, PoolSnapshot};
use local_chain::state::SubnetIdentity;
use local_chain::types::AccountId;
use scale_decode::DecodeAsType;
use subxt::dynamic::Value;
use subxt::ext::scale_value::{Composite, ValueDef};
use subxt::utils::AccountId32;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::{RemoteError, Result};
use crate::runtime_api::{self, SubnetPrice};
use crate::storage::{self, At};

const SM: &str = "SubtensorModule";

/// Values of one storage item for the netuids being assembled.
struct Column<V> {
    rows: BTreeMap<u16, V>,
    default: Option<V>,
}

impl<V: Clone> Column<V> {
    fn get(&self, n: u16) -> Option<V> {
        self.rows.get(&n).cloned().or_else(|| self.default.clone())
    }
}

async fn column<V: DecodeAsType + Clone>(
    at: &At,
    spec: u32,
    pallet: &str,
    item: &str,
    netuids: &[u16],
    whole_map: bool,
) -> Result<Column<V>> {
    if whole_map {
        let (rows, default) = storage::by_netuid(at, spec, pallet, item).await?;
        return Ok(Column { rows, default });
    }
    let mut rows = BTreeMap::new();
    for &n in netuids {
        if let Some(v) = storage::get::<V>(at, spec, pallet, item, vec![storage::netuid(n)]).await?
        {
            rows.insert(n, v);
        }
    }
    Ok(Column { rows, default: None })
}

/// Optional columns: items some runtimes lack read as "absent" rather than failing the list.
async fn column_opt<V: DecodeAsType + Clone>(
    at: &At,
    spec: u32,
    pallet: &str,
    item: &str,
    netuids: &[u16],
    whole_map: bool,
) -> Result<Column<V>> {
    if !storage::has_storage(at.metadata_ref(), pallet, item) {
        return Ok(Column { rows: BTreeMap::new(), default: None });
    }
    column(at, spec, pallet, item, netuids, whole_map).await
}

fn identity_from(v: &Value) -> Option<SubnetIdentity> {
    let ValueDef::Composite(Composite::Named(fields)) = &v.value else { return None };
    let field = |name: &str| {
        fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| convert::value_to_string(v))
            .unwrap_or_default()
    };
    Some(SubnetIdentity {
        subnet_name: field("subnet_name"),
        github_repo: field("github_repo"),
        subnet_contact: field("subnet_contact"),
        subnet_url: field("subnet_url"),
        discord: field("discord"),
        description: field("description"),
        logo_url: field("logo_url"),
        additional: field("additional"),
    })
}

/// Spot prices (rao per alpha) for `netuids`: `current_alpha_price_all` when the runtime has
/// it, else one `current_alpha_price` call per subnet, else (runtimes before `SwapRuntimeApi`)
/// the legacy pool's exact reserve ratio (`legacy_reads::prices`).
pub(crate) async fn prices(at: &At, spec: u32, netuids: &[u16]) -> Result<BTreeMap<u16, u64>> {
    const API: &str = "SwapRuntimeApi";
    let md = at.metadata_ref();
    if !runtime_api::has_api(md, API, "current_alpha_price")
        && storage::has_storage(md, SM, "SubnetAlphaIn")
    {
        return crate::legacy_reads::prices(at, spec, netuids).await;
    }
    if runtime_api::has_api(md, API, "current_alpha_price_all") && netuids.len() > 1 {
        let all: Vec<SubnetPrice> =
            runtime_api::call(at, spec, API, "current_alpha_price_all", vec![]).await?;
        return Ok(all.into_iter().map(|p| (p.netuid, p.price)).collect());
    }
    let mut out = BTreeMap::new();
    for &n in netuids {
        let p: u64 =
            runtime_api::call(at, spec, API, "current_alpha_price", vec![storage::netuid(n)])
                .await?;
        out.insert(n, p);
    }
    Ok(out)
}

/// Assembles `SubnetInfo` for `netuids` (all subnets when `None`).
async fn assemble(at: At, spec: u32, only: Option<u16>) -> Result<Vec<SubnetInfo>> {
    let whole = only.is_none();
    let netuids: Vec<u16> = match only {
        Some(n) => {
            let added: bool =
                storage::get_def(&at, spec, SM, "NetworksAdded", vec![storage::netuid(n)]).await?;
            if !added {
                return Ok(Vec::new());
            }
            vec![n]
        }
        None => {
            let rows: Vec<(u16, bool)> =
                storage::iter(&at, spec, SM, "NetworksAdded", vec![], 0).await?;
            rows.into_iter().filter(|(_, added)| *added).map(|(n, _)| n).collect()
        }
    };
    if netuids.is_empty() {
        return Ok(Vec::new());
    }
    let ns = &netuids;
    let owner = column::<AccountId32>(&at, spec, SM, "SubnetOwner", ns, whole).await?;
    let owner_hk = column::<AccountId32>(&at, spec, SM, "SubnetOwnerHotkey", ns, whole).await?;
    let symbol = column::<Value>(&at, spec, SM, "TokenSymbol", ns, whole).await?;
    // Spec 218 keeps the first identity layout (`SubnetIdentities`: name, repo, contact); the
    // fields it lacks read as empty.
    let ident = if storage::has_storage(at.metadata_ref(), SM, "SubnetIdentitiesV3") {
        column_opt::<Value>(&at, spec, SM, "SubnetIdentitiesV3", ns, whole).await?
    } else {
        column_opt::<Value>(&at, spec, SM, "SubnetIdentities", ns, whole).await?
    };
    let mechanism = column::<u16>(&at, spec, SM, "SubnetMechanism", ns, whole).await?;
    let reg_at = column::<u64>(&at, spec, SM, "NetworkRegisteredAt", ns, whole).await?;
    let tempo = column::<u16>(&at, spec, SM, "Tempo", ns, whole).await?;
    // `LastEpochBlock` is the newer name of the epoch bookkeeping; older runtimes only keep
    // `LastMechansimStepBlock` (sic), which holds the same block.
    let last_epoch = if storage::has_storage(at.metadata_ref(), SM, "LastEpochBlock") {
        column::<u64>(&at, spec, SM, "LastEpochBlock", ns, whole).await?
    } else {
        column::<u64>(&at, spec, SM, "LastMechansimStepBlock", ns, whole).await?
    };
    let n = column::<u16>(&at, spec, SM, "SubnetworkN", ns, whole).await?;
    let max_n = column::<u16>(&at, spec, SM, "MaxAllowedUids", ns, whole).await?;
    let burn = column::<u64>(&at, spec, SM, "Burn", ns, whole).await?;
    let tao_in = column::<u64>(&at, spec, SM, "SubnetTAO", ns, whole).await?;
    let alpha_in = column::<u64>(&at, spec, SM, "SubnetAlphaIn", ns, whole).await?;
    let alpha_out = column::<u64>(&at, spec, SM, "SubnetAlphaOut", ns, whole).await?;
    let locked = column::<u64>(&at, spec, SM, "SubnetLocked", ns, whole).await?;
    // Runtimes before the subtoken gate (spec 218) have no `SubtokenEnabled`: trading is always
    // open there. They also keep no `FirstEmissionBlockNumber` (reported as none) and no
    // `SubnetVolume` (reported as 0).
    let has_gate = storage::has_storage(at.metadata_ref(), SM, "SubtokenEnabled");
    let subtoken = column_opt::<bool>(&at, spec, SM, "SubtokenEnabled", ns, whole).await?;
    let first_em = column_opt::<u64>(&at, spec, SM, "FirstEmissionBlockNumber", ns, whole).await?;
    let volume = column_opt::<u128>(&at, spec, SM, "SubnetVolume", ns, whole).await?;
    let fee_rate = column_opt::<u16>(&at, spec, "Swap", "FeeRate", ns, whole).await?;
    let price = prices(&at, spec, ns).await?;

    let acc = |c: &Column<AccountId32>, n: u16| {
        c.get(n).map(|a| convert::account(&a)).unwrap_or(AccountId([0; 32]))
    };
    let mut out = Vec::with_capacity(netuids.len());
    for &id in &netuids {
        let identity = ident.get(id).and_then(|v| match &v.value {
            // OptionQuery items decode as the inner value; ValueQuery<Option<_>> as a variant.
            ValueDef::Variant(var) if var.name == "None" => None,
            ValueDef::Variant(var) => var.values.values().next().and_then(identity_from),
            _ => identity_from(&v),
        });
        out.push(SubnetInfo {
            netuid: id,
            owner: acc(&owner, id),
            owner_hotkey: acc(&owner_hk, id),
            symbol: symbol.get(id).map(|v| convert::value_to_string(&v)).unwrap_or_default(),
            name: identity.as_ref().map(|i| i.subnet_name.clone()).unwrap_or_default(),
            identity,
            mechanism: mechanism.get(id).unwrap_or(0),
            registered_at: reg_at.get(id).unwrap_or(0),
            tempo: tempo.get(id).unwrap_or(0),
            last_epoch_block: last_epoch.get(id).unwrap_or(0),
            n: n.get(id).unwrap_or(0),
            max_n: max_n.get(id).unwrap_or(0),
            burn: burn.get(id).unwrap_or(0),
            tao_in: tao_in.get(id).unwrap_or(0),
            alpha_in: alpha_in.get(id).unwrap_or(0),
            alpha_out: alpha_out.get(id).unwrap_or(0),
            price: price.get(&id).copied().unwrap_or(0),
            locked: locked.get(id).unwrap_or(0),
            subtoken_enabled: subtoken.get(id).unwrap_or(!has_gate),
            first_emission_block: first_em.rows.get(&id).copied(),
            volume: volume.get(id).unwrap_or(0),
            fee_rate: fee_rate.get(id).unwrap_or(0),
        });
    }
    Ok(out)
}

impl RemoteClient {
    /// Every subnet, by netuid.
    pub fn subnets(&self) -> Result<Vec<SubnetInfo>> {
        self.run("subnets", |at, spec| assemble(at, spec, None))
    }

    /// One subnet, or None if it does not exist.
    pub fn subnet(&self, netuid: u16) -> Result<Option<SubnetInfo>> {
        let mut v = self.run("subnet", move |at, spec| assemble(at, spec, Some(netuid)))?;
        Ok(v.pop())
    }

    /// Spot price (rao per alpha) of one subnet.
    pub fn price(&self, netuid: u16) -> Result<u64> {
        let map =
            self.run("price", move |at, spec| async move { prices(&at, spec, &[netuid]).await })?;
        map.get(&netuid)
            .copied()
            .ok_or_else(|| RemoteError::decode("price", "subnet missing from the answer"))
    }
}

/// `I96F32` bits (as decoded) to rao per alpha, floored.
fn fixed_to_rao(bits: i128) -> u64 {
    let v = (bits.max(0) as u128).saturating_mul(1_000_000_000) >> 32;
    u64::try_from(v).unwrap_or(u64::MAX)
}

/// Pool snapshots from storage: reserves, `Swap.SwapBalancer` quote weight (runtimes before the
/// weighted pool have none: 50/50, i.e. constant product), `Swap.FeeRate`, the
/// `Swap.MinimumReserve` constant (1_000_000 rao when absent), spot and moving prices.
async fn pools(at: At, spec: u32, only: Option<u16>) -> Result<Vec<PoolSnapshot>> {
    let whole = only.is_none();
    let netuids: Vec<u16> = match only {
        Some(n) => {
            let added: bool =
                storage::get_def(&at, spec, SM, "NetworksAdded", vec![storage::netuid(n)]).await?;
            if added { vec![n] } else { Vec::new() }
        }
        None => {
            let rows: Vec<(u16, bool)> =
                storage::iter(&at, spec, SM, "NetworksAdded", vec![], 0).await?;
            rows.into_iter().filter(|(_, a)| *a).map(|(n, _)| n).collect()
        }
    };
    if netuids.is_empty() {
        return Ok(Vec::new());
    }
    let ns = &netuids;
    let mechanism = column::<u16>(&at, spec, SM, "SubnetMechanism", ns, whole).await?;
    let tao_in = column::<u64>(&at, spec, SM, "SubnetTAO", ns, whole).await?;
    let alpha_in = column::<u64>(&at, spec, SM, "SubnetAlphaIn", ns, whole).await?;
    let alpha_out = column::<u64>(&at, spec, SM, "SubnetAlphaOut", ns, whole).await?;
    let moving = column_opt::<Value>(&at, spec, SM, "SubnetMovingPrice", ns, whole).await?;
    let weight = column_opt::<Value>(&at, spec, "Swap", "SwapBalancer", ns, whole).await?;
    let fee_rate = column_opt::<u16>(&at, spec, "Swap", "FeeRate", ns, whole).await?;
    let minimum_reserve: u64 =
        storage::constant::<u64>(&at, spec, "Swap", "MinimumReserve").unwrap_or(1_000_000);
    let price = prices(&at, spec, ns).await?;
    Ok(netuids
        .iter()
        .map(|&n| PoolSnapshot {
            netuid: n,
            mechanism: mechanism.get(n).unwrap_or(0),
            tao_reserve: tao_in.get(n).unwrap_or(0),
            alpha_reserve: alpha_in.get(n).unwrap_or(0),
            alpha_out: alpha_out.get(n).unwrap_or(0),
            quote_weight: weight
                .get(n)
                .and_then(|v| convert::value_to_i128(&v, &[]))
                .and_then(|w| u64::try_from(w).ok())
                .unwrap_or(500_000_000_000_000_000),
            fee_rate: fee_rate.get(n).unwrap_or(33),
            minimum_reserve,
            price_rao: price.get(&n).copied().unwrap_or(0),
            moving_price_rao: moving
                .get(n)
                .and_then(|v| convert::value_to_i128(&v, &[]))
                .map(fixed_to_rao)
                .unwrap_or(0),
        })
        .collect())
}

impl RemoteClient {
    /// Pool state of one subnet; None if it does not exist.
    pub fn pool(&self, netuid: u16) -> Result<Option<PoolSnapshot>> {
        Ok(self.run("pool", move |at, spec| pools(at, spec, Some(netuid)))?.pop())
    }

    /// Pool state of every subnet.
    pub fn pools(&self) -> Result<Vec<PoolSnapshot>> {
        self.run("pools", |at, spec| pools(at, spec, None))
    }
}

/// Netuids of existing subnets.
async fn netuids(at: &At, spec: u32) -> Result<Vec<u16>> {
    let rows: Vec<(u16, bool)> = storage::iter(at, spec, SM, "NetworksAdded", vec![], 0).await?;
    Ok(rows.into_iter().filter(|(_, a)| *a).map(|(n, _)| n).collect())
}

/// Per-subnet TAO emission as last realized by the node (`SubnetTaoInEmission`, rao per block)
/// and each subnet's share of their sum. A node does not expose the next block's split before
/// it happens; the last block's is the same rule one block earlier.
async fn emission_shares(at: At, spec: u32) -> Result<Vec<EmissionShare>> {
    let ns = netuids(&at, spec).await?;
    // Spec 218 records the same realized per-block TAO emission in `EmissionValues`.
    let item = if storage::has_storage(at.metadata_ref(), SM, "SubnetTaoInEmission") {
        "SubnetTaoInEmission"
    } else {
        "EmissionValues"
    };
    let tao = column::<u64>(&at, spec, SM, item, &ns, true).await?;
    let per: Vec<(u16, u64)> = ns.iter().map(|&n| (n, tao.get(n).unwrap_or(0))).collect();
    let total: u128 = per.iter().map(|(_, t)| u128::from(*t)).sum();
    Ok(per
        .into_iter()
        .map(|(netuid, t)| EmissionShare {
            netuid,
            share_ppb: (u128::from(t) * 1_000_000_000)
                .checked_div(total)
                .map_or(0, |s| u64::try_from(s).unwrap_or(u64::MAX)),
            tao_per_block: t,
        })
        .collect())
}

/// Blocks until each subnet's next automatic epoch: `LastEpochBlock + tempo − now` where the
/// runtime keeps `LastEpochBlock`, else the fixed schedule of earlier runtimes
/// (`tempo − (now + netuid + 1) mod (tempo + 1)`).
async fn epoch_countdowns(at: At, spec: u32) -> Result<Vec<(u16, u64)>> {
    let now = at.block_number();
    let ns = netuids(&at, spec).await?;
    let tempo = column::<u16>(&at, spec, SM, "Tempo", &ns, true).await?;
    let last = column_opt::<u64>(&at, spec, SM, "LastEpochBlock", &ns, true).await?;
    let has_last = storage::has_storage(at.metadata_ref(), SM, "LastEpochBlock");
    Ok(ns
        .iter()
        .map(|&n| {
            let t = u64::from(tempo.get(n).unwrap_or(0));
            let left = if t == 0 {
                u64::MAX
            } else if has_last {
                (last.get(n).unwrap_or(0) + t).saturating_sub(now)
            } else {
                t - (now + u64::from(n) + 1) % (t + 1)
            };
            (n, left)
        })
        .collect())
}

impl RemoteClient {
    /// Per-subnet TAO emission shares (see [`emission_shares`] for what a node offers).
    pub fn emission_shares(&self) -> Result<Vec<EmissionShare>> {
        self.run("emission shares", emission_shares)
    }

    /// Blocks until each subnet's next automatic epoch.
    pub fn epoch_countdowns(&self) -> Result<Vec<(u16, u64)>> {
        self.run("epoch countdowns", epoch_countdowns)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn moving_price_bits_to_rao() {
        assert_eq!(super::fixed_to_rao(1i128 << 32), 1_000_000_000);
        assert_eq!(super::fixed_to_rao(1i128 << 31), 500_000_000);
        assert_eq!(super::fixed_to_rao(-5), 0);
    }
}
