//! Stake reads (`StakeInfoRuntimeApi`, exact alpha after share-pool accounting) and swap
//! simulations (`SwapRuntimeApi.sim_swap_*`).

use local_chain::info::StakePosition;
use local_chain::types::AccountId;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::Result;
use crate::runtime_api::{self, SimSwapResult, StakeInfo};
use crate::storage::{self, At};

/// floor(alpha · price / 1e9): the TAO value at spot price, with the price as the runtime
/// reports it (rao per alpha, already floored to 9 decimals).
pub fn tao_value(alpha: u64, price_rao: u64) -> u64 {
    let v = u128::from(alpha) * u128::from(price_rao) / 1_000_000_000;
    u64::try_from(v).unwrap_or(u64::MAX)
}

pub(crate) async fn positions(at: At, spec: u32, coldkey: [u8; 32]) -> Result<Vec<StakePosition>> {
    let rows: Vec<StakeInfo> = if crate::legacy_reads::answers_bytes(
        at.metadata_ref(),
        "StakeInfoRuntimeApi",
        "get_stake_info_for_coldkey",
    ) {
        crate::legacy_reads::stake_info(&at, spec, coldkey).await?
    } else {
        runtime_api::call(
            &at,
            spec,
            "StakeInfoRuntimeApi",
            "get_stake_info_for_coldkey",
            vec![storage::account(&coldkey)],
        )
        .await?
    };
    let rows: Vec<StakeInfo> = rows.into_iter().filter(|r| r.stake > 0).collect();
    let mut netuids: Vec<u16> = rows.iter().map(|r| r.netuid).collect();
    netuids.sort_unstable();
    netuids.dedup();
    let prices = crate::subnets::prices(&at, spec, &netuids).await?;
    let mut out: Vec<StakePosition> = rows
        .into_iter()
        .map(|r| StakePosition {
            hotkey: convert::account(&r.hotkey),
            netuid: r.netuid,
            alpha: r.stake,
            tao_value: tao_value(r.stake, prices.get(&r.netuid).copied().unwrap_or(0)),
        })
        .collect();
    out.sort_by_key(|p| (p.netuid, p.hotkey.0));
    Ok(out)
}

impl RemoteClient {
    /// Stake positions of a coldkey (nonzero alpha only).
    pub fn stake_of(&self, coldkey: &AccountId) -> Result<Vec<StakePosition>> {
        let ck = coldkey.0;
        self.run("stake", move |at, spec| positions(at, spec, ck))
    }

    /// `SwapRuntimeApi.sim_swap_tao_for_alpha(netuid, tao)`.
    pub fn sim_swap_tao_for_alpha(&self, netuid: u16, tao: u64) -> Result<SimSwapResult> {
        self.run("sim_swap_tao_for_alpha", move |at, spec| async move {
            runtime_api::call(
                &at,
                spec,
                "SwapRuntimeApi",
                "sim_swap_tao_for_alpha",
                vec![storage::netuid(netuid), subxt::dynamic::Value::u128(u128::from(tao))],
            )
            .await
        })
    }

    /// `SwapRuntimeApi.sim_swap_alpha_for_tao(netuid, alpha)`.
    pub fn sim_swap_alpha_for_tao(&self, netuid: u16, alpha: u64) -> Result<SimSwapResult> {
        self.run("sim_swap_alpha_for_tao", move |at, spec| async move {
            runtime_api::call(
                &at,
                spec,
                "SwapRuntimeApi",
                "sim_swap_alpha_for_tao",
                vec![storage::netuid(netuid), subxt::dynamic::Value::u128(u128::from(alpha))],
            )
            .await
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tao_value_floors() {
        assert_eq!(super::tao_value(3, 500_000_000), 1);
        assert_eq!(super::tao_value(1_000_000_000, 1_000_000_000), 1_000_000_000);
        assert_eq!(super::tao_value(u64::MAX, u64::MAX), u64::MAX);
    }
}
