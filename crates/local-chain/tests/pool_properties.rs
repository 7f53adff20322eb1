//! Property tests of the alpha pool: swaps never create TAO or alpha, limit orders never fill
//! past their limit, and `sim_swap` reports exactly what the swap does.

use local_chain::swap::{
    Direction, PoolState, SwapRequest, limit_order, price_to_rao, sim_swap, swap,
};
use proptest::prelude::*;
use sp_arithmetic::Perquintill;

/// Reserves spread log-uniformly over the realistic range 1e6..1e16 (as in the vectors).
fn reserve() -> impl Strategy<Value = u64> {
    (6u32..16, 1u64..10).prop_flat_map(|(exp, lead)| {
        let base = lead.saturating_mul(10u64.pow(exp));
        (base..base.saturating_mul(2)).boxed()
    })
}

/// The quote weights the vectors use: 50/50, skewed, and one that forces the series path.
fn quote_weight() -> impl Strategy<Value = Perquintill> {
    prop::sample::select(vec![
        500_000_000_000_000_000u64,
        400_000_000_000_000_000,
        600_000_000_000_000_000,
        100_000_000_000_000_000,
        900_000_000_000_000_000,
        500_000_001_000_000_000,
    ])
    .prop_map(Perquintill::from_parts)
}

fn pool() -> impl Strategy<Value = PoolState> {
    (
        reserve(),
        reserve(),
        quote_weight(),
        prop::sample::select(vec![0u16, 1, 33, 100, 655, 10_000]),
    )
        .prop_map(|(tao, alpha, quote_weight, fee_rate)| PoolState {
            tao_reserve: tao,
            alpha_reserve: alpha,
            quote_weight,
            fee_rate,
            minimum_reserve: 1_000_000,
        })
}

fn direction() -> impl Strategy<Value = Direction> {
    prop_oneof![Just(Direction::TaoToAlpha), Just(Direction::AlphaToTao)]
}

/// An amount up to ~10 × the input reserve, log-spread.
fn amount_for(reserve: u64, scale: u32, frac: u64) -> u64 {
    let top = reserve.saturating_mul(10) >> scale.min(60);
    top.saturating_mul(frac) / 1_000 + 1
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// A sequence of swaps conserves each token: pool reserves + trader balance + fees paid
    /// stay constant, and the trader never ends with more TAO than a buy-then-sell allows.
    #[test]
    fn swaps_conserve_tao_and_alpha(
        start in pool(),
        steps in prop::collection::vec((direction(), 0u32..40, 1u64..1_000), 1..6),
    ) {
        let mut pool = start;
        // The trader starts with plenty of both tokens.
        let (mut user_tao, mut user_alpha) = (u64::MAX / 4, u64::MAX / 4);
        let (mut fees_tao, mut fees_alpha) = (0u64, 0u64);
        let total_tao = u128::from(pool.tao_reserve) + u128::from(user_tao);
        let total_alpha = u128::from(pool.alpha_reserve) + u128::from(user_alpha);
        for (dir, scale, frac) in steps {
            let amount = amount_for(pool.reserve_in(dir), scale, frac);
            let Ok(r) = swap(&pool, &SwapRequest::market(dir, amount)) else { continue };
            prop_assert!(r.amount_paid_in + r.fee_paid <= amount);
            match dir {
                Direction::TaoToAlpha => {
                    user_tao -= r.amount_paid_in + r.fee_paid;
                    user_alpha += r.amount_paid_out;
                    fees_tao += r.fee_paid;
                }
                Direction::AlphaToTao => {
                    user_alpha -= r.amount_paid_in + r.fee_paid;
                    user_tao += r.amount_paid_out;
                    fees_alpha += r.fee_paid;
                }
            }
            pool = r.pool_after;
            prop_assert_eq!(
                u128::from(pool.tao_reserve) + u128::from(user_tao) + u128::from(fees_tao),
                total_tao
            );
            prop_assert_eq!(
                u128::from(pool.alpha_reserve) + u128::from(user_alpha) + u128::from(fees_alpha),
                total_alpha
            );
        }
    }

    /// Buying alpha and selling all of it straight back never returns more TAO than was spent.
    #[test]
    fn buy_then_sell_round_trip_never_profits(
        start in pool(),
        scale in 0u32..40,
        frac in 1u64..1_000,
        drop_fees in any::<bool>(),
    ) {
        let tao_in = amount_for(start.tao_reserve, scale, frac);
        let buy = SwapRequest { drop_fees, ..SwapRequest::market(Direction::TaoToAlpha, tao_in) };
        let Ok(bought) = swap(&start, &buy) else { return Ok(()) };
        let sell = SwapRequest {
            drop_fees,
            ..SwapRequest::market(Direction::AlphaToTao, bought.amount_paid_out)
        };
        if let Ok(sold) = swap(&bought.pool_after, &sell) {
            prop_assert!(
                sold.amount_paid_out <= tao_in,
                "spent {tao_in}, got back {}", sold.amount_paid_out
            );
        }
    }

    /// A limit order never moves the price past its limit, and a partial fill is reported.
    #[test]
    fn limit_orders_never_fill_past_the_limit(
        pool in pool(),
        dir in direction(),
        scale in 0u32..30,
        frac in 1u64..1_000,
        // Limit within ±20 % of the current price, in thousandths.
        offset in 1u64..200,
        allow_partial in any::<bool>(),
    ) {
        let price_rao = pool.price_rao();
        let step = price_rao / 1_000 * offset + 1;
        let limit = match dir {
            Direction::TaoToAlpha => price_rao.saturating_add(step),
            Direction::AlphaToTao => price_rao.saturating_sub(step),
        };
        let amount = amount_for(pool.reserve_in(dir), scale, frac);
        if let Ok(fill) = limit_order(&pool, dir, amount, limit, allow_partial) {
            let after = fill.swap.price_after();
            match dir {
                Direction::TaoToAlpha => prop_assert!(after <= fill.swap.limit_price),
                Direction::AlphaToTao => prop_assert!(after >= fill.swap.limit_price),
            }
            prop_assert!(fill.possible_amount <= fill.max_amount);
            prop_assert!(fill.swap.amount_paid_in + fill.swap.fee_paid <= fill.possible_amount);
            prop_assert_eq!(fill.unfilled, fill.possible_amount - fill.swap.amount_paid_in - fill.swap.fee_paid);
            // Once price moves, the rao-rounded price is still on the right side of the limit.
            match dir {
                Direction::TaoToAlpha => prop_assert!(price_to_rao(after) <= limit),
                Direction::AlphaToTao => prop_assert!(price_to_rao(after) >= limit.saturating_sub(1)),
            }
        }
    }

    /// `sim_swap` reports exactly what the committed market swap does.
    #[test]
    fn sim_swap_equals_swap(
        pool in pool(),
        dir in direction(),
        scale in 0u32..40,
        frac in 1u64..1_000,
    ) {
        let amount = amount_for(pool.reserve_in(dir), scale, frac);
        let sim = sim_swap(&pool, dir, amount);
        let simulated = swap(&pool, &SwapRequest { simulate: true, ..SwapRequest::market(dir, amount) });
        match simulated {
            Ok(r) => {
                let (paid_in, paid_out, fee) = match dir {
                    Direction::TaoToAlpha => (sim.tao_amount, sim.alpha_amount, sim.tao_fee),
                    Direction::AlphaToTao => (sim.alpha_amount, sim.tao_amount, sim.alpha_fee),
                };
                prop_assert_eq!(paid_in, r.amount_paid_in);
                prop_assert_eq!(paid_out, r.amount_paid_out);
                prop_assert_eq!(fee, r.fee_paid);
                // The committed swap agrees whenever the pool can pay it out.
                if let Ok(committed) = swap(&pool, &SwapRequest::market(dir, amount)) {
                    prop_assert_eq!(committed, r);
                } else {
                    prop_assert!(r.amount_paid_out > pool.reserve_out(dir));
                }
            }
            Err(_) => prop_assert_eq!(sim, Default::default()),
        }
    }
}

/// `test_swap_basic` of the swap pallet: pool (1e9 TAO, 4e9 alpha), fee 33, 50/50 weights,
/// where the integer path is exact.
#[test]
fn chain_test_swap_basic_values() {
    let pool = PoolState { minimum_reserve: 1, ..PoolState::new(1_000_000_000, 4_000_000_000) };
    let cases = [
        (Direction::TaoToAlpha, 1_000, 0, 3_999),
        (Direction::TaoToAlpha, 2_000, 1, 7_995),
        (Direction::TaoToAlpha, 123_456, 62, 493_515),
        (Direction::TaoToAlpha, 1_000_000_000, 503_547, 1_999_496_326),
        (Direction::TaoToAlpha, 10_000_000_000, 5_035_477, 3_636_197_098),
        (Direction::AlphaToTao, 1_000, 0, 249),
        (Direction::AlphaToTao, 2_000, 1, 499),
        (Direction::AlphaToTao, 123_456, 62, 30_847),
    ];
    for (dir, amount, fee, out) in cases {
        let r = swap(&pool, &SwapRequest::market(dir, amount)).expect("swap succeeds");
        assert_eq!((r.fee_paid, r.amount_paid_out), (fee, out), "{dir:?} {amount}");
        assert_eq!(r.amount_paid_in + r.fee_paid, amount);
        assert!(!r.limit_reached);
    }
}

/// The chain's "does not panic" corner cases: every combination of extreme reserves, amounts,
/// weights, fees and limits returns a result or an error.
#[test]
fn extreme_inputs_never_panic() {
    let values = [0u64, 999_999, 1_000_000_000_000, u64::MAX];
    let weights = [10_000_000_000_000_000u64, 500_000_000_000_000_000, 990_000_000_000_000_000];
    let limits = [0u64, 1_000_000_000, u64::MAX];
    for &tao in &values {
        for &alpha in &values {
            for &parts in &weights {
                for fee_rate in [0u16, 33, 65_534, 65_535] {
                    let pool = PoolState {
                        tao_reserve: tao,
                        alpha_reserve: alpha,
                        quote_weight: Perquintill::from_parts(parts),
                        fee_rate,
                        minimum_reserve: 1_000_000,
                    };
                    for dir in [Direction::TaoToAlpha, Direction::AlphaToTao] {
                        for &amount in &values {
                            let _ = sim_swap(&pool, dir, amount);
                            for &limit in &limits {
                                let _ = limit_order(&pool, dir, amount, limit, true);
                            }
                        }
                    }
                }
            }
        }
    }
}

fn coinbase_subnet() -> impl Strategy<Value = local_chain::emission::CoinbaseSubnet> {
    use local_chain::emission::{CoinbaseSubnet, SubnetEmissionInput};
    use substrate_fixed::types::{I96F32, U96F32};
    (reserve(), reserve(), 0u64..1_000_000_000_000, 1u64..5_000_000_000, 0u64..1_000, any::<bool>())
        .prop_map(|(tao, alpha_in, alpha_out, price_bits, burned, enabled)| CoinbaseSubnet {
            split: SubnetEmissionInput {
                netuid: 1,
                mechanism: 1,
                moving_price: I96F32::from_bits(i128::from(price_bits)),
                miner_burned: U96F32::from_num(burned) / U96F32::from_num(1_000),
                emission_enabled: enabled,
            },
            tao_reserve: tao,
            alpha_in,
            alpha_out,
            quote_weight: Perquintill::from_parts(500_000_000_000_000_000),
            owner_cut_enabled: true,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// One coinbase block moves exactly what it reports: TAO into the pool = injected + chain
    /// buy, alpha in the pool = injected − bought, and the pending pots never exceed the
    /// alpha minted for participants.
    #[test]
    fn coinbase_block_accounts_for_every_unit(
        subnets in prop::collection::vec(coinbase_subnet(), 1..5),
        block_emission in 0u64..1_000_000_000,
        root_tao in 0u64..10_000_000_000_000_000,
        tao_weight in any::<u64>(),
        subnet_owner_cut in any::<u16>(),
    ) {
        use local_chain::emission::{CoinbaseParams, run_coinbase_block};
        let subnets: Vec<_> = subnets
            .into_iter()
            .enumerate()
            .map(|(i, mut s)| { s.split.netuid = i as u16 + 1; s })
            .collect();
        let params = CoinbaseParams { block_emission, root_tao, tao_weight, subnet_owner_cut };
        let block = run_coinbase_block(&params, &subnets);
        let mut tao_spent = 0u64;
        for (before, after) in subnets.iter().zip(&block.subnets) {
            prop_assert_eq!(
                after.tao_reserve_after,
                before.tao_reserve + after.injected_tao + after.excess_tao_swapped
            );
            prop_assert_eq!(
                after.alpha_in_after,
                before.alpha_in + after.injected_alpha - after.protocol_alpha_bought
            );
            let pots = after.pending_owner_cut + after.pending_server + after.pending_validator
                + after.root_alpha;
            prop_assert!(pots <= after.alpha_out_emission);
            tao_spent += after.injected_tao + after.excess_tao_swapped;
        }
        prop_assert!(tao_spent <= block_emission);
    }
}
