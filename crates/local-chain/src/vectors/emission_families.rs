//! Runners for the `emission-block`, `emission-split`, `moving-price` and `coinbase-block`
//! vector families.

use serde_json::{Value, json};

use super::fixed_json::{i96f32, u64f64, u96f32};
use super::{Case, VectorError, object};
use crate::emission::{
    CoinbaseParams, CoinbaseSubnet, MovingPriceUpdate, SubnetEmissionInput,
    block_emission_for_issuance, moving_alpha_price, root_sell_flag, run_coinbase_block,
    split_block_emission, update_moving_price,
};
use crate::swap::PoolState;

/// `emission_block.json`: `get_block_emission_for_issuance`.
pub(super) fn block_case(case: &Case<'_>) -> Result<Value, VectorError> {
    // `used_as` (TotalIssuance or a subnet's alpha issuance) only labels the case: the chain
    // uses the same function for both.
    let issuance = case.u64("issuance")?;
    Ok(match block_emission_for_issuance(issuance) {
        Ok(emission) => json!({"ok": true, "emission": emission}),
        Err(_) => json!({"ok": false, "emission": 0}),
    })
}

fn split_input(case: &Case<'_>) -> Result<SubnetEmissionInput, VectorError> {
    Ok(SubnetEmissionInput {
        netuid: case.u16("netuid")?,
        mechanism: case.u16("mechanism")?,
        moving_price: case.i96f32("moving_price")?,
        miner_burned: case.u96f32("miner_burned")?,
        emission_enabled: case.bool("emission_enabled")?,
    })
}

/// `emission_split.json`: the TAO split across subnets.
pub(super) fn split_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let subnets = case.list("subnets")?.iter().map(split_input).collect::<Result<Vec<_>, _>>()?;
    let shares = split_block_emission(case.u64("block_emission")?, &subnets);
    let out: Vec<Value> = shares
        .iter()
        .map(|s| {
            Value::Object(object([
                ("netuid", json!(s.netuid)),
                ("price_share", u64f64(s.price_share)),
                ("weighted_share", u64f64(s.weighted_share)),
                ("final_share", u64f64(s.final_share)),
                ("tao_emission", u96f32(s.tao_emission)),
                ("tao_emission_floor", json!(s.tao_emission.saturating_to_num::<u64>())),
            ]))
        })
        .collect();
    Ok(json!({"root_sell_flag": root_sell_flag(&subnets), "subnets": out}))
}

/// `emission_moving_price.json`: `update_moving_price` on a dynamic subnet.
pub(super) fn moving_price_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let pool = PoolState {
        tao_reserve: case.u64("tao_reserve")?,
        alpha_reserve: case.u64("alpha_reserve")?,
        quote_weight: case.perquintill("quote_weight_parts")?,
        ..PoolState::new(0, 0)
    };
    let spot_price = pool.price();
    let update = MovingPriceUpdate {
        first_emission_block: case.opt_u64("first_emission_block")?,
        current_block: case.u64("current_block")?,
        halving_blocks: case.u64("ema_price_halving_blocks")?,
        moving_alpha: case.i96f32("subnet_moving_alpha")?,
        spot_price,
        // The vectors model a dynamic (mechanism 1) subnet.
        old_moving_price: moving_alpha_price(1, 1, case.i96f32("old_moving_price")?),
    };
    Ok(json!({
        "spot_price": u64f64(spot_price),
        "new_moving_price": i96f32(update_moving_price(&update)),
    }))
}

fn coinbase_subnet(case: &Case<'_>) -> Result<CoinbaseSubnet, VectorError> {
    Ok(CoinbaseSubnet {
        split: split_input(case)?,
        tao_reserve: case.u64("tao_reserve")?,
        alpha_in: case.u64("alpha_in")?,
        alpha_out: case.u64("alpha_out")?,
        quote_weight: case.perquintill("quote_weight_parts")?,
        owner_cut_enabled: case.bool("owner_cut_enabled")?,
    })
}

/// `emission_coinbase_block.json`: one block of `emit_to_subnets`.
pub(super) fn coinbase_case(case: &Case<'_>) -> Result<Value, VectorError> {
    let params = CoinbaseParams {
        block_emission: case.u64("block_emission")?,
        root_tao: case.u64("root_tao")?,
        tao_weight: case.u64("tao_weight")?,
        subnet_owner_cut: case.u16("subnet_owner_cut")?,
    };
    let subnets =
        case.list("subnets")?.iter().map(coinbase_subnet).collect::<Result<Vec<_>, _>>()?;
    let block = run_coinbase_block(&params, &subnets);
    let out: Vec<Value> = block
        .subnets
        .iter()
        .map(|s| {
            let t = &s.terms;
            Value::Object(object([
                ("netuid", json!(s.netuid)),
                ("share", u64f64(s.share)),
                ("tao_emission", u96f32(s.tao_emission)),
                ("alpha_emission", u96f32(t.alpha_emission)),
                ("price", u96f32(t.price)),
                ("root_proportion", u96f32(t.root_proportion)),
                ("alpha_injection_cap", u96f32(t.alpha_injection_cap)),
                ("tao_in", u96f32(t.tao_in)),
                ("alpha_in", u96f32(t.alpha_in)),
                ("alpha_out", u96f32(t.alpha_out)),
                ("excess_tao", u96f32(t.excess_tao)),
                ("injected_tao", json!(s.injected_tao)),
                ("injected_alpha", json!(s.injected_alpha)),
                ("quote_weight_parts_after", json!(s.quote_weight_after.deconstruct())),
                ("excess_tao_swapped", json!(s.excess_tao_swapped)),
                ("protocol_alpha_bought", json!(s.protocol_alpha_bought)),
                ("excess_buy_error", s.excess_buy_error.map_or(Value::Null, |e| json!(e.name()))),
                ("alpha_out_emission", json!(s.alpha_out_emission)),
                ("pending_owner_cut", json!(s.pending_owner_cut)),
                ("root_alpha", json!(s.root_alpha)),
                ("pending_server", json!(s.pending_server)),
                ("pending_validator", json!(s.pending_validator)),
                ("root_alpha_to_pending", json!(s.root_alpha_to_pending)),
                ("tao_reserve_after", json!(s.tao_reserve_after)),
                ("alpha_in_after", json!(s.alpha_in_after)),
                ("alpha_out_after", json!(s.alpha_out_after)),
                ("price_after", u64f64(s.price_after)),
            ]))
        })
        .collect();
    Ok(json!({"root_sell_flag": block.root_sell_flag, "subnets": out}))
}
