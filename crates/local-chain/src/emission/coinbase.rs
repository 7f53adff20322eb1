//! One block of `emit_to_subnets` (`run_coinbase.rs`): the TAO split, `get_subnet_terms`,
//! `inject_and_maybe_swap` and the alpha-out / owner-cut / root / pending accounting.
//!
//! Epoch-time distribution (`drain_pending`) is not part of this step.

use sp_arithmetic::Perquintill;
use substrate_fixed::types::{U64F64, U96F32};

use super::block::block_emission_for_issuance;
use super::split::{SubnetEmissionInput, root_sell_flag, split_block_emission};
use crate::swap::{
    self, Direction, Injection, PoolState, RUNTIME_MINIMUM_RESERVE, SwapError, SwapRequest,
    adjust_protocol_liquidity,
};

/// Chain-wide inputs of one coinbase block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoinbaseParams {
    /// The block's TAO credit (rao).
    pub block_emission: u64,
    /// `SubnetTAO[0]`: total root stake.
    pub root_tao: u64,
    /// `TaoWeight`: the fraction is tao_weight / u64::MAX.
    pub tao_weight: u64,
    /// `SubnetOwnerCut`: the fraction is cut / 65535.
    pub subnet_owner_cut: u16,
}

/// One emitting subnet's state before the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CoinbaseSubnet {
    /// Split inputs (netuid, mechanism, moving price, miner burn, emission enabled).
    pub split: SubnetEmissionInput,
    /// `SubnetTAO`.
    pub tao_reserve: u64,
    /// `SubnetAlphaIn`.
    pub alpha_in: u64,
    /// `SubnetAlphaOut`.
    pub alpha_out: u64,
    /// `SwapBalancer` quote weight.
    pub quote_weight: Perquintill,
    /// `OwnerCutEnabled`.
    pub owner_cut_enabled: bool,
}

impl CoinbaseSubnet {
    fn alpha_issuance(&self) -> u64 {
        self.alpha_in.saturating_add(self.alpha_out)
    }

    /// The pool as the excess buy sees it: runtime minimum reserve; fees are dropped anyway.
    fn pool(&self) -> PoolState {
        PoolState {
            tao_reserve: self.tao_reserve,
            alpha_reserve: self.alpha_in,
            quote_weight: self.quote_weight,
            fee_rate: swap::DEFAULT_FEE_RATE,
            minimum_reserve: RUNTIME_MINIMUM_RESERVE,
        }
    }

    /// `current_price`: 1 for stable subnets.
    fn price(&self) -> U64F64 {
        if self.split.mechanism == 0 { U64F64::from_num(1) } else { self.pool().price() }
    }
}

/// `get_subnet_terms` for one subnet (all U96F32).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubnetTerms {
    /// Alpha block emission at the subnet's alpha issuance.
    pub alpha_emission: U96F32,
    /// Spot price (truncated to U96F32).
    pub price: U96F32,
    /// root_TAO·tao_weight / (root_TAO·tao_weight + alpha issuance).
    pub root_proportion: U96F32,
    /// root_proportion × alpha_emission.
    pub alpha_injection_cap: U96F32,
    /// TAO to inject into the pool.
    pub tao_in: U96F32,
    /// Alpha to inject into the pool.
    pub alpha_in: U96F32,
    /// Alpha for participants (= alpha_emission).
    pub alpha_out: U96F32,
    /// TAO left for the chain buy.
    pub excess_tao: U96F32,
}

/// Everything one block did to one subnet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubnetCoinbase {
    /// The subnet.
    pub netuid: u16,
    /// Final TAO share.
    pub share: U64F64,
    /// TAO emission from the split.
    pub tao_emission: U96F32,
    /// `get_subnet_terms`.
    pub terms: SubnetTerms,
    /// TAO added to `SubnetTAO` by the injection (0 if refused).
    pub injected_tao: u64,
    /// Alpha added to `SubnetAlphaIn` by the injection (0 if refused).
    pub injected_alpha: u64,
    /// Quote weight after the injection.
    pub quote_weight_after: Perquintill,
    /// TAO that entered the pool in the chain buy (`SubnetExcessTao`).
    pub excess_tao_swapped: u64,
    /// Alpha the chain buy took out (`SubnetProtocolAlpha` increment).
    pub protocol_alpha_bought: u64,
    /// The chain buy's error, if it failed (then nothing was bought).
    pub excess_buy_error: Option<SwapError>,
    /// `SubnetAlphaOutEmission` = floor(alpha_out).
    pub alpha_out_emission: u64,
    /// `PendingOwnerCut` increment.
    pub pending_owner_cut: u64,
    /// floor(root_proportion × (alpha_out − cut) × 0.5).
    pub root_alpha: u64,
    /// `PendingServerEmission` increment.
    pub pending_server: u64,
    /// `PendingValidatorEmission` increment.
    pub pending_validator: u64,
    /// True: root alpha goes to `PendingRootAlphaDivs`; false: it is recycled.
    pub root_alpha_to_pending: bool,
    /// `SubnetTAO` after the block.
    pub tao_reserve_after: u64,
    /// `SubnetAlphaIn` after the block.
    pub alpha_in_after: u64,
    /// `SubnetAlphaOut` after the block.
    pub alpha_out_after: u64,
    /// Spot price after the block.
    pub price_after: U64F64,
}

/// One coinbase block over every emitting subnet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoinbaseBlock {
    /// `get_network_root_sell_flag`.
    pub root_sell_flag: bool,
    /// Per subnet, in input order.
    pub subnets: Vec<SubnetCoinbase>,
}

/// `root_proportion(netuid)`: (root_TAO·w)/(root_TAO·w + alpha issuance) with
/// w = tao_weight/u64::MAX, all U96F32; 0 when the divisor is 0.
pub fn root_proportion(root_tao: u64, tao_weight: u64, alpha_issuance: u64) -> U96F32 {
    let issuance = U96F32::from_num(alpha_issuance);
    let weight =
        U96F32::from_num(tao_weight).checked_div(U96F32::from_num(u64::MAX)).unwrap_or_default();
    let root = U96F32::from_num(root_tao).saturating_mul(weight);
    root.checked_div(root.saturating_add(issuance)).unwrap_or_default()
}

/// `get_subnet_terms` for one subnet, given its TAO emission from the split.
pub fn subnet_terms(
    params: &CoinbaseParams,
    subnet: &CoinbaseSubnet,
    tao_emission: U96F32,
) -> SubnetTerms {
    let alpha_emission =
        U96F32::from_num(block_emission_for_issuance(subnet.alpha_issuance()).unwrap_or(0));
    let price = U96F32::saturating_from_num(subnet.price());
    let mut tao_in = tao_emission;
    let mut alpha_in = tao_emission.checked_div(price).unwrap_or_default();
    let root_proportion =
        root_proportion(params.root_tao, params.tao_weight, subnet.alpha_issuance());
    // The injection is capped at the root proportion of the alpha emission; TAO that cannot
    // be matched becomes excess and goes to a chain buy.
    let alpha_injection_cap = root_proportion.saturating_mul(alpha_emission);
    if alpha_in > alpha_injection_cap {
        alpha_in = alpha_injection_cap;
        tao_in = alpha_in.saturating_mul(price);
    }
    SubnetTerms {
        alpha_emission,
        price,
        root_proportion,
        alpha_injection_cap,
        tao_in,
        alpha_in,
        alpha_out: alpha_emission,
        excess_tao: tao_emission.saturating_sub(tao_in),
    }
}

/// What `inject_and_maybe_swap` did to one subnet.
struct Injected {
    injection: Injection,
    excess_tao_swapped: u64,
    protocol_alpha_bought: u64,
    excess_buy_error: Option<SwapError>,
    /// The pool after the chain buy and the injection.
    pool: PoolState,
    /// `SubnetAlphaOut` after the chain buy.
    alpha_out: u64,
}

/// `inject_and_maybe_swap` for one subnet: re-weight for the injection, buy alpha with the
/// excess TAO, then credit the injected reserves.
fn inject_and_maybe_swap(subnet: &CoinbaseSubnet, terms: &SubnetTerms) -> Injected {
    let pool = subnet.pool();
    let injection = adjust_protocol_liquidity(
        &pool,
        terms.tao_in.saturating_to_num::<u64>(),
        terms.alpha_in.saturating_to_num::<u64>(),
    );
    let mut out = Injected {
        injection,
        excess_tao_swapped: 0,
        protocol_alpha_bought: 0,
        excess_buy_error: None,
        pool: PoolState { quote_weight: injection.quote_weight, ..pool },
        alpha_out: subnet.alpha_out,
    };

    // The chain buy runs fee-free at max price against the pre-injection reserves, but with
    // the weight the injection already stored.
    let excess = terms.excess_tao.saturating_to_num::<u64>();
    if excess > 0 {
        let bought = if subnet.split.mechanism == 0 {
            Ok(swap::stable_swap(&out.pool, Direction::TaoToAlpha, excess))
        } else {
            let request = SwapRequest {
                drop_fees: true,
                ..SwapRequest::market(Direction::TaoToAlpha, excess)
            };
            swap::swap(&out.pool, &request)
        };
        match bought {
            Ok(r) => {
                out.excess_tao_swapped = r.amount_paid_in;
                out.protocol_alpha_bought = r.amount_paid_out;
                out.pool = r.pool_after;
                // `swap_tao_for_alpha` moves the bought alpha to SubnetAlphaOut.
                out.alpha_out = out.alpha_out.saturating_add(r.amount_paid_out);
            }
            Err(e) => out.excess_buy_error = Some(e),
        }
    }
    out.pool.alpha_reserve = out.pool.alpha_reserve.saturating_add(injection.alpha);
    out.pool.tao_reserve = out.pool.tao_reserve.saturating_add(injection.tao);
    out
}

/// The per-block alpha-out accounting of `emit_to_subnets` for one subnet.
struct AlphaOutSplit {
    alpha_out_emission: u64,
    pending_owner_cut: u64,
    root_alpha: u64,
    pending_server: u64,
    pending_validator: u64,
}

/// `emit_to_subnets` for one subnet: owner cut, then half to miners and the other half to
/// validators minus the root share.
fn split_alpha_out(
    subnet: &CoinbaseSubnet,
    terms: &SubnetTerms,
    cut_percent: U96F32,
) -> AlphaOutSplit {
    let half = U96F32::from_num(1) / U96F32::from_num(2);
    let mut alpha_out = terms.alpha_out;
    let alpha_out_emission = alpha_out.saturating_to_num::<u64>();
    let mut pending_owner_cut = 0;
    if subnet.owner_cut_enabled {
        let cut = alpha_out.saturating_mul(cut_percent);
        alpha_out = alpha_out.saturating_sub(cut);
        pending_owner_cut = cut.saturating_to_num::<u64>();
    }
    // The root share uses the block's root proportion as `get_subnet_terms` computed it, from
    // the alpha issuance before this block's injection and alpha-out mint. (`emit_to_subnets`
    // calls `root_proportion` again after those mints; the reference vectors, which are
    // authoritative here, use the pre-mint value.)
    let root_alpha = terms.root_proportion.saturating_mul(alpha_out).saturating_mul(half);
    let server = alpha_out.saturating_mul(half);
    let validator = alpha_out.saturating_sub(server).saturating_sub(root_alpha);
    AlphaOutSplit {
        alpha_out_emission,
        pending_owner_cut,
        root_alpha: root_alpha.saturating_to_num::<u64>(),
        pending_server: server.saturating_to_num::<u64>(),
        pending_validator: validator.saturating_to_num::<u64>(),
    }
}

/// One block of `emit_to_subnets` (preceded by the split) for `subnets`, which must be the
/// emitting subnets in storage order. Subnets do not interact, so each is computed on its own.
///
/// When the root sell flag is false the root alpha is recycled out of `SubnetAlphaOut`
/// (already reflected in `alpha_out_after`); otherwise the caller adds it to
/// `PendingRootAlphaDivs`.
pub fn run_coinbase_block(params: &CoinbaseParams, subnets: &[CoinbaseSubnet]) -> CoinbaseBlock {
    let split_inputs: Vec<SubnetEmissionInput> = subnets.iter().map(|s| s.split).collect();
    let shares = split_block_emission(params.block_emission, &split_inputs);
    let sell_flag = root_sell_flag(&split_inputs);
    let cut_percent = U96F32::from_num(params.subnet_owner_cut)
        .checked_div(U96F32::from_num(u16::MAX))
        .unwrap_or_default();

    let results = subnets
        .iter()
        .zip(shares)
        .map(|(subnet, share)| {
            let terms = subnet_terms(params, subnet, share.tao_emission);
            let injected = inject_and_maybe_swap(subnet, &terms);
            let split = split_alpha_out(subnet, &terms, cut_percent);
            let mut alpha_out_after = injected.alpha_out.saturating_add(split.alpha_out_emission);
            if !sell_flag {
                alpha_out_after = alpha_out_after.saturating_sub(split.root_alpha);
            }
            SubnetCoinbase {
                netuid: subnet.split.netuid,
                share: share.final_share,
                tao_emission: share.tao_emission,
                terms,
                injected_tao: injected.injection.tao,
                injected_alpha: injected.injection.alpha,
                quote_weight_after: injected.injection.quote_weight,
                excess_tao_swapped: injected.excess_tao_swapped,
                protocol_alpha_bought: injected.protocol_alpha_bought,
                excess_buy_error: injected.excess_buy_error,
                alpha_out_emission: split.alpha_out_emission,
                pending_owner_cut: split.pending_owner_cut,
                root_alpha: split.root_alpha,
                pending_server: split.pending_server,
                pending_validator: split.pending_validator,
                root_alpha_to_pending: sell_flag,
                tao_reserve_after: injected.pool.tao_reserve,
                alpha_in_after: injected.pool.alpha_reserve,
                alpha_out_after,
                price_after: if subnet.split.mechanism == 0 {
                    U64F64::from_num(1)
                } else {
                    injected.pool.price()
                },
            }
        })
        .collect();

    CoinbaseBlock { root_sell_flag: sell_flag, subnets: results }
}
