//! The one place a remote preview gets a swap outcome from: [`RemoteClient::quote_swap`]. On a
//! runtime with `SwapRuntimeApi.sim_swap_*` the node itself simulates the swap (fees, weighted
//! pool, rounding: its own code). Runtimes before `SwapRuntimeApi` that keep the legacy pool
//! (`SubnetTAO`/`SubnetAlphaIn`, spec 218) get the exact legacy quote (`legacy_swap`: the
//! runtime's own constant-product arithmetic, no fee); anything else gets the named
//! `MissingCapability` error.

use local_chain::swap::{Direction, SimSwapResult};
use local_chain::types::NetUid;

use crate::client::RemoteClient;
use crate::errors::Result;
use crate::runtime_api;

impl RemoteClient {
    /// What swapping `amount` on `netuid` in `direction` would give right now, as the node's
    /// `sim_swap_tao_for_alpha` / `sim_swap_alpha_for_tao` answers it (default price limit,
    /// fees on). Stable pools (root) answer 1:1 without fee, as the node does.
    pub fn quote_swap(
        &self,
        netuid: NetUid,
        direction: Direction,
        amount: u64,
    ) -> Result<SimSwapResult> {
        let method = match direction {
            Direction::TaoToAlpha => "sim_swap_tao_for_alpha",
            Direction::AlphaToTao => "sim_swap_alpha_for_tao",
        };
        if !runtime_api::has_api(self.metadata(), "SwapRuntimeApi", method)
            && crate::storage::has_storage(self.metadata(), "SubtensorModule", "SubnetAlphaIn")
        {
            return self.legacy_quote(netuid, direction, amount);
        }
        let r: runtime_api::SimSwapResult = match direction {
            Direction::TaoToAlpha => self.sim_swap_tao_for_alpha(netuid, amount)?,
            Direction::AlphaToTao => self.sim_swap_alpha_for_tao(netuid, amount)?,
        };
        Ok(SimSwapResult {
            tao_amount: r.tao_amount,
            alpha_amount: r.alpha_amount,
            tao_fee: r.tao_fee,
            alpha_fee: r.alpha_fee,
            tao_slippage: r.tao_slippage,
            alpha_slippage: r.alpha_slippage,
        })
    }
}
