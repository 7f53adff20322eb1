//! Exact read fallbacks for runtimes that predate today's runtime APIs (spec 218): each is the
//! runtime's own answer or the storage the runtime itself computes from, never an estimate.
//!
//! * Spot price without `SwapRuntimeApi.current_alpha_price`: [`legacy_swap::price_rao`] of
//!   `SubnetMechanism`/`SubnetTAO`/`SubnetAlphaIn` (the reserves the legacy swap trades on).
//! * Swap quotes without `SwapRuntimeApi.sim_swap_*`: [`legacy_swap::quote`] of the same storage.
//! * `StakeInfoRuntimeApi.get_stake_info_for_coldkey` on runtimes whose APIs took and returned
//!   SCALE bytes (`Vec<u8>`, spec 218): the call is made with the account's bytes and the answer
//!   decoded with the runtime's `StakeInfo` layout of that time.

use std::collections::BTreeMap;

use local_chain::swap::{Direction, SimSwapResult};
use parity_scale_codec::{Compact, Decode};
use subxt::ext::scale_type_resolver::{Primitive, TypeResolver, visitor};
use subxt::metadata::Metadata;

use crate::client::RemoteClient;
use crate::errors::{RemoteError, Result};
use crate::legacy_swap::{self, LegacyPool};
use crate::runtime_api::{self, StakeInfo};
use crate::storage::{self, At};

const SM: &str = "SubtensorModule";

/// Whether `api.method` answers SCALE bytes (`Vec<u8>`) that wrap the real type, as subtensor's
/// runtime APIs did before they were typed.
pub fn answers_bytes(md: &Metadata, api: &str, method: &str) -> bool {
    let Some(m) = md.runtime_api_trait_by_name(api).and_then(|t| t.method_by_name(method)) else {
        return false;
    };
    let types = md.types();
    let seq = visitor::new((), |_, _| None).visit_sequence(|_, _, inner: u32| Some(inner));
    let Ok(Some(inner)) = types.resolve_type(m.output_ty(), seq) else { return false };
    let byte = visitor::new((), |_, _| false).visit_primitive(|_, p| p == Primitive::U8);
    types.resolve_type(inner, byte).unwrap_or(false)
}

/// The pool storage the legacy swap reads, at `at`.
pub(crate) async fn pool(at: &At, spec: u32, netuid: u16) -> Result<LegacyPool> {
    let key = || vec![storage::netuid(netuid)];
    Ok(LegacyPool {
        mechanism: storage::get_def(at, spec, SM, "SubnetMechanism", key()).await?,
        tao_in: storage::get_def(at, spec, SM, "SubnetTAO", key()).await?,
        alpha_in: storage::get_def(at, spec, SM, "SubnetAlphaIn", key()).await?,
    })
}

/// Spot prices (rao per alpha) from pool storage, for runtimes without a price API.
pub(crate) async fn prices(at: &At, spec: u32, netuids: &[u16]) -> Result<BTreeMap<u16, u64>> {
    let mut out = BTreeMap::new();
    for &n in netuids {
        out.insert(n, legacy_swap::price_rao(&pool(at, spec, n).await?));
    }
    Ok(out)
}

/// `StakeInfo` as spec-218 runtimes encoded it inside the `Vec<u8>` answer.
#[derive(Decode)]
struct StakeInfoV218 {
    hotkey: [u8; 32],
    _coldkey: [u8; 32],
    netuid: Compact<u16>,
    stake: Compact<u64>,
    _locked: Compact<u64>,
    _emission: Compact<u64>,
    _drain: Compact<u64>,
    _is_registered: bool,
}

/// `get_stake_info_for_coldkey` on a bytes-answering runtime.
pub(crate) async fn stake_info(at: &At, spec: u32, coldkey: [u8; 32]) -> Result<Vec<StakeInfo>> {
    const API: &str = "StakeInfoRuntimeApi";
    const METHOD: &str = "get_stake_info_for_coldkey";
    let bytes: Vec<u8> =
        runtime_api::call(at, spec, API, METHOD, vec![subxt::dynamic::Value::from_bytes(coldkey)])
            .await?;
    let rows = Vec::<StakeInfoV218>::decode(&mut &bytes[..])
        .map_err(|e| RemoteError::decode(format!("runtime API {API}.{METHOD}"), e))?;
    Ok(rows
        .into_iter()
        .map(|r| StakeInfo {
            hotkey: subxt::utils::AccountId32(r.hotkey),
            netuid: r.netuid.0,
            stake: r.stake.0,
        })
        .collect())
}

impl RemoteClient {
    /// The exact legacy-pool quote of spec-218 runtimes (see `legacy_swap`), from the pool's
    /// storage at the current block.
    pub fn legacy_quote(
        &self,
        netuid: u16,
        direction: Direction,
        amount: u64,
    ) -> Result<SimSwapResult> {
        let p =
            self.run("legacy pool", move |at, spec| async move { pool(&at, spec, netuid).await })?;
        Ok(legacy_swap::quote(&p, direction, amount))
    }

    /// The legacy pool storage of `netuid` (mechanism, `SubnetTAO`, `SubnetAlphaIn`).
    pub fn legacy_pool(&self, netuid: u16) -> Result<LegacyPool> {
        self.run("legacy pool", move |at, spec| async move { pool(&at, spec, netuid).await })
    }
}
