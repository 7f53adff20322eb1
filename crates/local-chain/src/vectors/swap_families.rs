//! Runners for the `swap`, `swap-limit` and `swap-injection` vector families.

use serde_json::{Value, json};

use super::fixed_json::u64f64;
use super::{Case, VectorError, object};
use crate::swap::{
    self, Direction, LimitOrderError, PoolState, SimSwapResult, SwapRequest, SwapResult,
    adjust_protocol_liquidity, limit_order, price_to_rao, sim_swap,
};

fn direction(case: &Case<'_>) -> Result<Direction, VectorError> {
    match case.str("direction")? {
        "tao_to_alpha" => Ok(Direction::TaoToAlpha),
        "alpha_to_tao" => Ok(Direction::AlphaToTao),
        _ => Err(case.bad("direction", "expected \"tao_to_alpha\" or \"alpha_to_tao\"")),
    }
}

fn pool(case: &Case<'_>) -> Result<PoolState, VectorError> {
    Ok(PoolState {
        tao_reserve: case.u64("tao_reserve")?,
        alpha_reserve: case.u64("alpha_reserve")?,
        quote_weight: case.perquintill("quote_weight_parts")?,
        fee_rate: case.u16("fee_rate")?,
        minimum_reserve: case.u64("minimum_reserve")?,
    })
}

fn sim_json(sim: &SimSwapResult) -> Value {
    json!({
        "tao_amount": sim.tao_amount,
        "alpha_amount": sim.alpha_amount,
        "tao_fee": sim.tao_fee,
        "alpha_fee": sim.alpha_fee,
        "tao_slippage": sim.tao_slippage,
        "alpha_slippage": sim.alpha_slippage,
    })
}

/// The fields every swap-family output starts with.
fn price_before_fields(pool: &PoolState) -> serde_json::Map<String, Value> {
    object([("price_before", u64f64(pool.price())), ("price_before_rao", json!(pool.price_rao()))])
}

/// Fields describing a successful swap's amounts and the pool after it.
fn result_fields(out: &mut serde_json::Map<String, Value>, result: &SwapResult) {
    let after = &result.pool_after;
    let price_after = result.price_after();
    out.extend(object([
        ("ok", json!(true)),
        ("amount_paid_in", json!(result.amount_paid_in)),
        ("amount_paid_out", json!(result.amount_paid_out)),
        ("fee_paid", json!(result.fee_paid)),
        ("limit_reached", json!(result.limit_reached)),
        ("tao_reserve_after", json!(after.tao_reserve)),
        ("alpha_reserve_after", json!(after.alpha_reserve)),
        ("price_after", u64f64(price_after)),
        ("price_after_rao", json!(price_to_rao(price_after))),
    ]));
}

fn error_fields(out: &mut serde_json::Map<String, Value>, error: &str) {
    out.insert("ok".to_owned(), json!(false));
    out.insert("error".to_owned(), json!(error));
}

/// `swap_cases.json`: one `do_swap` plus the `sim_swap` API for the same amount.
pub(super) fn swap_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let pool = pool(case)?;
    let request = SwapRequest {
        direction: direction(case)?,
        amount_in: case.u64("amount_in")?,
        limit_price_rao: case.u64("limit_price_rao")?,
        drop_fees: case.bool("drop_fees")?,
        simulate: case.bool("simulate")?,
    };
    let mut out = price_before_fields(&pool);
    out.insert(
        "limit_price".to_owned(),
        u64f64(swap::limit_price_from_rao(request.limit_price_rao)),
    );
    out.insert(
        "sim_swap".to_owned(),
        sim_json(&sim_swap(&pool, request.direction, request.amount_in)),
    );
    match swap::swap(&pool, &request) {
        Ok(result) => {
            result_fields(&mut out, &result);
            out.insert("fee_to_block_author".to_owned(), json!(result.fee_to_block_author));
            out.insert("target_price".to_owned(), u64f64(result.target_price));
        }
        Err(e) => error_fields(&mut out, e.name()),
    }
    Ok(Value::Object(out))
}

/// `swap_limit_orders.json`: `add_stake_limit` / `remove_stake_limit`, swap side.
pub(super) fn limit_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let pool = pool(case)?;
    let amount = case.u64("amount_in")?;
    let result = limit_order(
        &pool,
        direction(case)?,
        amount,
        case.u64("limit_price_rao")?,
        case.bool("allow_partial")?,
    );
    let mut out = price_before_fields(&pool);
    match result {
        Ok(fill) => {
            result_fields(&mut out, &fill.swap);
            out.insert("max_amount".to_owned(), json!(fill.max_amount));
            out.insert("possible_amount".to_owned(), json!(fill.possible_amount));
            out.insert("unfilled".to_owned(), json!(fill.unfilled));
        }
        Err(e) => {
            error_fields(&mut out, e.name());
            match e {
                LimitOrderError::InputTooLarge => {}
                LimitOrderError::MaxAmount(_) => {
                    out.insert("max_amount_error".to_owned(), json!(true));
                }
                LimitOrderError::SlippageTooHigh { max_amount, possible_amount }
                | LimitOrderError::Swap { max_amount, possible_amount, .. } => {
                    out.insert("max_amount".to_owned(), json!(max_amount));
                    out.insert("possible_amount".to_owned(), json!(possible_amount));
                }
            }
        }
    }
    Ok(Value::Object(out))
}

/// `swap_injection_weights.json`: `adjust_protocol_liquidity`.
pub(super) fn injection_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let pool = PoolState {
        tao_reserve: case.u64("tao_reserve")?,
        alpha_reserve: case.u64("alpha_reserve")?,
        quote_weight: case.perquintill("quote_weight_parts")?,
        ..PoolState::new(0, 0)
    };
    let injection =
        adjust_protocol_liquidity(&pool, case.u64("tao_delta")?, case.u64("alpha_delta")?);
    let after = injection.apply(&pool);
    Ok(Value::Object(object([
        ("accepted", json!(injection.accepted)),
        ("quote_weight_parts_after", json!(injection.quote_weight.deconstruct())),
        ("injected_tao", json!(injection.tao)),
        ("injected_alpha", json!(injection.alpha)),
        ("price_before", u64f64(pool.price())),
        ("price_after", u64f64(after.price())),
    ])))
}
