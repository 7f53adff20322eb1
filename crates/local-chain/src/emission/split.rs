//! The TAO split across subnets (`subnet_emissions.rs`, current price-EMA shares):
//! moving-price shares, weighted by (1 − miner burn), redistributed over emission-enabled
//! subnets.

use substrate_fixed::types::{I96F32, U64F64, U96F32};

/// One subnet's inputs to the split, in `subnets_to_emit_to` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubnetEmissionInput {
    /// The subnet.
    pub netuid: u16,
    /// `SubnetMechanism`: 0 = stable (price counts as 1), 1 = dynamic.
    pub mechanism: u16,
    /// `SubnetMovingPrice`.
    pub moving_price: I96F32,
    /// `MinerBurned`: last epoch's fraction of miner incentive burned to owner hotkeys.
    pub miner_burned: U96F32,
    /// `SubnetEmissionEnabled`.
    pub emission_enabled: bool,
}

/// One subnet's share of the block's TAO.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubnetShare {
    /// The subnet.
    pub netuid: u16,
    /// `get_shares_price_ema`: moving price / Σ moving prices.
    pub price_share: U64F64,
    /// `get_shares`: the price share × (1 − min(1, miner_burned)), renormalised.
    pub weighted_share: U64F64,
    /// After redistributing disabled subnets' shares (`get_subnet_block_emissions`).
    pub final_share: U64F64,
    /// U96F32(U64F64(block_emission) × final_share).
    pub tao_emission: U96F32,
}

/// `get_moving_alpha_price`: 1 for root and stable subnets, else `SubnetMovingPrice` as
/// U64F64 (a negative value saturates to 0).
pub fn moving_alpha_price(netuid: u16, mechanism: u16, moving_price: I96F32) -> U64F64 {
    if netuid == 0 || mechanism == 0 {
        U64F64::from_num(1)
    } else {
        U64F64::saturating_from_num(moving_price)
    }
}

fn subnet_price(s: &SubnetEmissionInput) -> U64F64 {
    moving_alpha_price(s.netuid, s.mechanism, s.moving_price)
}

/// `get_network_root_sell_flag`: Σ moving prices over the emitting subnets > 1.
pub fn root_sell_flag(subnets: &[SubnetEmissionInput]) -> bool {
    let total = subnets.iter().map(subnet_price).fold(U64F64::from_num(0), U64F64::saturating_add);
    total > U64F64::from_num(1)
}

/// `get_shares_price_ema` then `get_shares`: returns (price_share, weighted_share) per subnet.
fn shares(subnets: &[SubnetEmissionInput]) -> Vec<(U64F64, U64F64)> {
    let zero = U64F64::from_num(0);
    let one = U64F64::from_num(1);
    let total_price = subnets.iter().map(subnet_price).fold(zero, U64F64::saturating_add);
    let price_shares: Vec<U64F64> =
        subnets.iter().map(|s| subnet_price(s).checked_div(total_price).unwrap_or(zero)).collect();
    let weighted: Vec<U64F64> = subnets
        .iter()
        .zip(&price_shares)
        .map(|(s, share)| {
            let burned = U64F64::saturating_from_num(s.miner_burned).min(one);
            share.saturating_mul(one.saturating_sub(burned))
        })
        .collect();
    let total_weight = weighted.iter().copied().fold(zero, U64F64::saturating_add);
    price_shares
        .iter()
        .zip(&weighted)
        .map(|(&price_share, &w)| {
            // If every weight is 0, the unweighted price shares are used so the block's
            // emission is not stranded.
            let weighted_share = if total_weight > zero {
                w.checked_div(total_weight).unwrap_or_default()
            } else {
                price_share
            };
            (price_share, weighted_share)
        })
        .collect()
}

/// `get_subnet_block_emissions(subnets_to_emit_to, block_emission)` with every share reported.
///
/// When any subnet is emission-disabled, enabled subnets get share/Σ(enabled shares) and
/// disabled ones 0 (they still run the alpha side of the coinbase).
pub fn split_block_emission(
    block_emission: u64,
    subnets: &[SubnetEmissionInput],
) -> Vec<SubnetShare> {
    let zero = U64F64::from_num(0);
    let shares = shares(subnets);
    let has_disabled = subnets.iter().any(|s| !s.emission_enabled);
    let enabled_sum = subnets
        .iter()
        .zip(&shares)
        .filter(|(s, _)| s.emission_enabled)
        .fold(zero, |acc, (_, (_, w))| acc.saturating_add(*w));
    // `run_coinbase` wraps the credit in U96F32 first; the split then goes through U64F64.
    let block_emission = U64F64::saturating_from_num(U96F32::saturating_from_num(block_emission));
    subnets
        .iter()
        .zip(shares)
        .map(|(s, (price_share, weighted_share))| {
            let final_share = if has_disabled {
                if s.emission_enabled && enabled_sum > zero {
                    weighted_share.checked_div(enabled_sum).unwrap_or_default()
                } else {
                    zero
                }
            } else {
                weighted_share
            };
            SubnetShare {
                netuid: s.netuid,
                price_share,
                weighted_share,
                final_share,
                tao_emission: U96F32::saturating_from_num(
                    block_emission.saturating_mul(final_share),
                ),
            }
        })
        .collect()
}
