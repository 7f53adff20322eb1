//! Runtime-API calls (subtensor's `*RuntimeApi`s and `TransactionPaymentApi`) with capability
//! detection, and the `DecodeAsType` targets of their answers (only the fields taoctl shows).

use scale_decode::DecodeAsType;
use subxt::dynamic::Value;
use subxt::metadata::Metadata;
use subxt::utils::AccountId32;

use crate::errors::{CapabilityKind, RemoteError, Result as Res};
use crate::storage::At;

/// Whether the runtime offers `api.method`.
pub fn has_api(md: &Metadata, api: &str, method: &str) -> bool {
    md.runtime_api_trait_by_name(api).and_then(|t| t.method_by_name(method)).is_some()
}

/// Fails with a named capability error when the runtime lacks `api.method`.
pub fn require_api(md: &Metadata, spec_version: u32, api: &str, method: &str) -> Res<()> {
    if has_api(md, api, method) {
        Ok(())
    } else {
        Err(RemoteError::MissingCapability {
            kind: CapabilityKind::RuntimeApi,
            name: format!("{api}.{method}"),
            spec_version,
        })
    }
}

/// Calls `api.method(args)` and decodes the answer as `R`.
pub(crate) async fn call<R: DecodeAsType>(
    at: &At,
    spec_version: u32,
    api: &str,
    method: &str,
    args: Vec<Value>,
) -> Res<R> {
    require_api(at.metadata_ref(), spec_version, api, method)?;
    let payload = subxt::dynamic::runtime_api_call::<_, R>(api, method, args);
    at.runtime_apis().call(payload).await.map_err(|e| {
        // The call itself was encoded from the node's own metadata, so a failure here is the
        // transport or the runtime trapping; both are reported with the API's name.
        RemoteError::rpc(format!("runtime API {api}.{method}"), e)
    })
}

/// `StakeInfoRuntimeApi` row (subset).
#[derive(Debug, Clone, DecodeAsType)]
pub struct StakeInfo {
    /// Hotkey staked to.
    pub hotkey: AccountId32,
    /// Subnet.
    pub netuid: u16,
    /// Alpha owned by the coldkey on this hotkey/subnet.
    pub stake: u64,
}

/// `SwapRuntimeApi.current_alpha_price_all` row.
#[derive(Debug, Clone, DecodeAsType)]
pub struct SubnetPrice {
    /// Subnet.
    pub netuid: u16,
    /// floor(price · 1e9), rao per alpha.
    pub price: u64,
}

/// `SwapRuntimeApi.sim_swap_*` answer (spec §4.6).
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType)]
pub struct SimSwapResult {
    /// TAO paid in or received (rao).
    pub tao_amount: u64,
    /// Alpha received or paid in.
    pub alpha_amount: u64,
    /// Swap fee in TAO.
    pub tao_fee: u64,
    /// Swap fee in alpha.
    pub alpha_fee: u64,
    /// floor(alpha·price) − TAO out of a sell.
    pub tao_slippage: u64,
    /// floor(tao/price) − alpha out of a buy.
    pub alpha_slippage: u64,
}
