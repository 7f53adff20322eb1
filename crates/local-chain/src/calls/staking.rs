//! Staking calls (spec §4.4, §4.5, §9.1): add/remove stake and their limit variants,
//! unstake_all(_alpha), move/transfer/swap stake, delegate take. Pool math is `crate::swap`
//! (through `crate::pool`); stake ownership is `crate::shares`.
//!
//! There is no block author, so swap fees are burned: TAO fees leave the subnet account and
//! TotalIssuance; alpha fees leave SubnetAlphaOut (spec §4.5 "burn it if there is no author").

use substrate_fixed::types::U64F64;

use crate::currency::{self, Existence};
use crate::error::{DispatchError, DispatchResult};
use crate::event::Event;
use crate::extrinsic::{Call, Origin};
use crate::hparams::{self, Hyperparam};
use crate::state::{self, Global};
use crate::storage::Ext;
use crate::swap::{self, Direction, SwapRequest};
use crate::types::{AccountId, Alpha, Balance, NetUid, ROOT_NETUID, TAO};
use crate::{pool, shares};

/// Dispatches the staking calls.
pub fn dispatch(ext: &mut Ext, origin: Origin, call: &Call) -> DispatchResult {
    let coldkey = origin.signed()?;
    match call {
        Call::AddStake { hotkey, netuid, amount_staked } => {
            add_stake(ext, &coldkey, hotkey, *netuid, *amount_staked, None)
        }
        Call::AddStakeLimit { hotkey, netuid, amount_staked, limit_price, allow_partial } => {
            add_stake(
                ext,
                &coldkey,
                hotkey,
                *netuid,
                *amount_staked,
                Some((*limit_price, *allow_partial)),
            )
        }
        Call::RemoveStake { hotkey, netuid, amount_unstaked } => {
            remove_stake(ext, &coldkey, hotkey, *netuid, *amount_unstaked, None).map(|_| ())
        }
        Call::RemoveStakeLimit { hotkey, netuid, amount_unstaked, limit_price, allow_partial } => {
            remove_stake(
                ext,
                &coldkey,
                hotkey,
                *netuid,
                *amount_unstaked,
                Some((*limit_price, *allow_partial)),
            )
            .map(|_| ())
        }
        Call::RemoveStakeFullLimit { hotkey, netuid, limit_price } => {
            let all = shares::value_of(ext, hotkey, &coldkey, *netuid)?;
            remove_stake(ext, &coldkey, hotkey, *netuid, all, limit_price.map(|l| (l, false)))
                .map(|_| ())
        }
        Call::UnstakeAll { hotkey } => unstake_all(ext, &coldkey, hotkey, true).map(|_| ()),
        Call::UnstakeAllAlpha { hotkey } => {
            let tao = unstake_all(ext, &coldkey, hotkey, false)?;
            if tao > 0 {
                add_stake(ext, &coldkey, hotkey, ROOT_NETUID, tao, None)?;
            }
            Ok(())
        }
        Call::MoveStake {
            origin_hotkey,
            destination_hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
        } => {
            let tao = transition(
                ext,
                Leg { coldkey, hotkey: *origin_hotkey, netuid: *origin_netuid },
                Leg { coldkey, hotkey: *destination_hotkey, netuid: *destination_netuid },
                *alpha_amount,
                None,
                false,
            )?;
            ext.deposit_event(Event::StakeMoved {
                coldkey,
                origin_hotkey: *origin_hotkey,
                origin_netuid: *origin_netuid,
                destination_hotkey: *destination_hotkey,
                destination_netuid: *destination_netuid,
                tao,
            });
            Ok(())
        }
        Call::TransferStake {
            destination_coldkey,
            hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
        } => {
            let tao = transition(
                ext,
                Leg { coldkey, hotkey: *hotkey, netuid: *origin_netuid },
                Leg { coldkey: *destination_coldkey, hotkey: *hotkey, netuid: *destination_netuid },
                *alpha_amount,
                None,
                true,
            )?;
            ext.deposit_event(Event::StakeTransferred {
                origin_coldkey: coldkey,
                destination_coldkey: *destination_coldkey,
                hotkey: *hotkey,
                origin_netuid: *origin_netuid,
                destination_netuid: *destination_netuid,
                tao,
            });
            Ok(())
        }
        Call::SwapStake { hotkey, origin_netuid, destination_netuid, alpha_amount } => swap_stake(
            ext,
            coldkey,
            *hotkey,
            *origin_netuid,
            *destination_netuid,
            *alpha_amount,
            None,
        ),
        Call::SwapStakeLimit {
            hotkey,
            origin_netuid,
            destination_netuid,
            alpha_amount,
            limit_price,
            allow_partial,
        } => swap_stake(
            ext,
            coldkey,
            *hotkey,
            *origin_netuid,
            *destination_netuid,
            *alpha_amount,
            Some((*limit_price, *allow_partial)),
        ),
        Call::RecycleAlpha { hotkey, amount, netuid } => {
            destroy_alpha(ext, &coldkey, hotkey, *netuid, *amount, true)
        }
        Call::BurnAlpha { hotkey, amount, netuid } => {
            destroy_alpha(ext, &coldkey, hotkey, *netuid, *amount, false)
        }
        Call::AddStakeBurn { hotkey, netuid, amount, limit } => {
            add_stake_burn(ext, &coldkey, hotkey, *netuid, *amount, *limit)
        }
        Call::DecreaseTake { hotkey, take } => decrease_take(ext, &coldkey, hotkey, *take),
        Call::IncreaseTake { hotkey, take } => increase_take(ext, &coldkey, hotkey, *take),
        _ => Err(DispatchError::BadOrigin),
    }
}

fn min_stake(ext: &Ext) -> DispatchResult<Balance> {
    state::global(ext, Global::DefaultMinStake)
}

fn ensure_subtoken(ext: &Ext, netuid: NetUid) -> DispatchResult {
    let meta = state::subnet_meta(ext, netuid)?.ok_or(DispatchError::SubnetNotExists)?;
    if !meta.subtoken_enabled {
        return Err(DispatchError::SubtokenDisabled);
    }
    Ok(())
}

fn ensure_hotkey_exists(ext: &Ext, hotkey: &AccountId) -> DispatchResult<AccountId> {
    state::owner_of(ext, hotkey)?.ok_or(DispatchError::HotKeyAccountNotExists)
}

/// `maybe_become_delegate`: staking to someone else's hotkey makes it an explicit delegate.
fn maybe_become_delegate(ext: &mut Ext, coldkey: &AccountId, hotkey: &AccountId) -> DispatchResult {
    if state::owner_of(ext, hotkey)? != Some(*coldkey) && !state::is_delegate(ext, hotkey)? {
        let take = state::delegate_take(ext, hotkey)?;
        state::set_delegate_take(ext, hotkey, take);
    }
    Ok(())
}

/// Max gross amount a limit order may swap (`get_max_amount_add/remove`); stable subnets:
/// MAX if the limit allows price 1, else 0.
fn max_at_limit(ext: &Ext, netuid: NetUid, dir: Direction, limit: u64) -> DispatchResult<u64> {
    if pool::is_stable(ext, netuid)? {
        let ok = match dir {
            Direction::TaoToAlpha => limit >= TAO,
            Direction::AlphaToTao => limit <= TAO,
        };
        return Ok(if ok { u64::MAX } else { 0 });
    }
    let ps = pool::pool_state(&state::pool(ext, netuid)?);
    swap::max_amount(&ps, dir, limit).map_err(pool::swap_err)
}

/// Applies a limit: returns (amount to swap, limit price).
fn apply_limit(
    ext: &Ext,
    netuid: NetUid,
    dir: Direction,
    amount: u64,
    limit: Option<(u64, bool)>,
) -> DispatchResult<(u64, u64)> {
    match limit {
        None => Ok((amount, dir.default_limit_rao())),
        Some((price, allow_partial)) => {
            let max = max_at_limit(ext, netuid, dir, price)?;
            if !allow_partial && amount > max {
                return Err(DispatchError::SlippageTooHigh);
            }
            Ok((amount.min(max), price))
        }
    }
}

/// Buys alpha with `tao` from `coldkey`'s free balance and credits it to (hotkey, coldkey).
/// Returns (tao taken, alpha, fee).
#[allow(clippy::too_many_arguments)]
fn stake_into_subnet(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    tao: Balance,
    limit_price: u64,
    drop_fees: bool,
    from_subnet_account: Option<NetUid>,
) -> DispatchResult<(Balance, Alpha, Balance)> {
    let req = SwapRequest {
        direction: Direction::TaoToAlpha,
        amount_in: tao,
        limit_price_rao: limit_price,
        drop_fees,
        simulate: false,
    };
    let s = pool::execute(ext, netuid, req)?;
    if s.paid_out == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    let taken = s.paid_in.saturating_add(s.fee);
    let account = AccountId::subnet_account(netuid);
    match from_subnet_account {
        // Moves between subnets: the TAO goes subnet account → subnet account.
        Some(src) => currency::transfer(
            ext,
            &AccountId::subnet_account(src),
            &account,
            taken,
            Existence::AllowDeath,
        )?,
        None => currency::transfer(ext, coldkey, &account, taken, Existence::KeepAlive)
            .map_err(|_| DispatchError::NotEnoughBalanceToStake)?,
    }
    burn_tao_fee(ext, netuid, s.fee)?;
    shares::deposit(ext, hotkey, coldkey, netuid, s.paid_out)?;
    Ok((taken, s.paid_out, s.fee))
}

fn burn_tao_fee(ext: &mut Ext, netuid: NetUid, fee: Balance) -> DispatchResult {
    if fee == 0 {
        return Ok(());
    }
    currency::burn_from(ext, &AccountId::subnet_account(netuid), fee, Existence::AllowDeath)?;
    let burned = state::global(ext, Global::TotalSwapFeesBurned)?;
    state::set_global(ext, Global::TotalSwapFeesBurned, burned.saturating_add(fee));
    Ok(())
}

/// Sells `alpha` of (hotkey, coldkey); unfilled alpha is re-credited, the alpha fee burned.
/// The TAO stays in the subnet account; returns (tao out, alpha sold incl. fee, fee alpha).
fn unstake_from_subnet(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    alpha: Alpha,
    limit_price: u64,
    drop_fees: bool,
) -> DispatchResult<(Balance, Alpha, Alpha)> {
    shares::withdraw(ext, hotkey, coldkey, netuid, alpha)?;
    let req = SwapRequest {
        direction: Direction::AlphaToTao,
        amount_in: alpha,
        limit_price_rao: limit_price,
        drop_fees,
        simulate: false,
    };
    let s = pool::execute(ext, netuid, req)?;
    let used = s.paid_in.saturating_add(s.fee);
    let unfilled = alpha.saturating_sub(used);
    if unfilled > 0 {
        shares::deposit(ext, hotkey, coldkey, netuid, unfilled)?;
    }
    if s.fee > 0 {
        let mut p = state::pool(ext, netuid)?;
        p.alpha_out = p.alpha_out.saturating_sub(s.fee);
        state::set_pool(ext, netuid, &p);
    }
    if netuid == ROOT_NETUID {
        crate::calls::root_claim::on_root_unstaked(ext, coldkey)?;
    }
    Ok((s.paid_out, used, s.fee))
}

/// `add_stake` / `add_stake_limit` (spec §4.5).
fn add_stake(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: Balance,
    limit: Option<(u64, bool)>,
) -> DispatchResult {
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    ensure_subtoken(ext, netuid)?;
    let stable = pool::is_stable(ext, netuid)?;
    if !stable && amount > state::pool(ext, netuid)?.tao.saturating_mul(1000) {
        return Err(DispatchError::InsufficientLiquidity);
    }
    let (amount, limit_price) = apply_limit(ext, netuid, Direction::TaoToAlpha, amount, limit)?;
    let min = min_stake(ext)?;
    let min_fee = pool::simulate(ext, netuid, SwapRequest::market(Direction::TaoToAlpha, min))
        .map(|s| s.fee)
        .unwrap_or(0);
    if amount < min.saturating_add(min_fee) {
        return Err(DispatchError::AmountTooLow);
    }
    if currency::reducible(ext, coldkey)? < amount {
        return Err(DispatchError::NotEnoughBalanceToStake);
    }
    ensure_hotkey_exists(ext, hotkey)?;
    let sim = pool::simulate(
        ext,
        netuid,
        SwapRequest {
            limit_price_rao: limit_price,
            ..SwapRequest::market(Direction::TaoToAlpha, amount)
        },
    )?;
    if sim.paid_in < min || sim.paid_out == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    if shares::shares_for_deposit(ext, hotkey, netuid, sim.paid_out)? == 0 {
        return Err(DispatchError::InsufficientLiquidity);
    }
    if limit.is_some() {
        maybe_become_delegate(ext, coldkey, hotkey)?;
    }
    let (tao, alpha, fee) =
        stake_into_subnet(ext, coldkey, hotkey, netuid, amount, limit_price, false, None)?;
    ext.deposit_event(Event::StakeAdded {
        coldkey: *coldkey,
        hotkey: *hotkey,
        tao,
        alpha,
        netuid,
        fee,
    });
    Ok(())
}

/// `remove_stake` / `remove_stake_limit` (spec §4.5); returns the TAO received.
fn remove_stake(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: Alpha,
    limit: Option<(u64, bool)>,
) -> DispatchResult<Balance> {
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    ensure_subtoken(ext, netuid)?;
    let available = shares::value_of(ext, hotkey, coldkey, netuid)?;
    let amount = amount.min(available);
    if !pool::is_stable(ext, netuid)?
        && amount > state::pool(ext, netuid)?.alpha_in.saturating_mul(1000)
    {
        return Err(DispatchError::InsufficientLiquidity);
    }
    if amount == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    ensure_hotkey_exists(ext, hotkey)?;
    let (amount, limit_price) = apply_limit(ext, netuid, Direction::AlphaToTao, amount, limit)?;
    if amount == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    let min = min_stake(ext)?;
    if available > amount {
        let rest = pool::simulate(
            ext,
            netuid,
            SwapRequest::market(Direction::AlphaToTao, available - amount),
        )
        .map(|s| s.paid_out)
        .unwrap_or(0);
        if rest < min {
            return Err(DispatchError::AmountTooLow);
        }
    }
    let (tao, alpha, fee) =
        unstake_from_subnet(ext, coldkey, hotkey, netuid, amount, limit_price, false)?;
    currency::transfer(
        ext,
        &AccountId::subnet_account(netuid),
        coldkey,
        tao,
        Existence::AllowDeath,
    )?;
    ext.deposit_event(Event::StakeRemoved {
        coldkey: *coldkey,
        hotkey: *hotkey,
        tao,
        alpha,
        netuid,
        fee,
    });
    clear_small_nomination(ext, coldkey, hotkey, netuid)?;
    Ok(tao)
}

/// `unstake_all` (root included) / `unstake_all_alpha` (root excluded): every subnet where the
/// coldkey has stake on `hotkey`, skipping subnets whose unstake fails. Returns TAO received.
fn unstake_all(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    include_root: bool,
) -> DispatchResult<Balance> {
    ensure_hotkey_exists(ext, hotkey)?;
    let mut total: Balance = 0;
    for (hk, netuid) in state::positions_of(ext, coldkey)? {
        if hk != *hotkey || (netuid == ROOT_NETUID && !include_root) {
            continue;
        }
        let all = shares::value_of(ext, hotkey, coldkey, netuid)?;
        if all == 0 {
            continue;
        }
        match ext.transactional(|e| remove_stake(e, coldkey, hotkey, netuid, all, None)) {
            Ok(t) => total = total.saturating_add(t),
            Err(DispatchError::Storage(s)) => return Err(DispatchError::Storage(s)),
            Err(_) => {}
        }
    }
    Ok(total)
}

/// One side of a stake transition.
#[derive(Clone, Copy)]
struct Leg {
    coldkey: AccountId,
    hotkey: AccountId,
    netuid: NetUid,
}

/// The shared move/transfer/swap routine (spec §4.5); returns the TAO moved.
fn transition(
    ext: &mut Ext,
    from: Leg,
    to: Leg,
    amount: Alpha,
    max_alpha: Option<u64>,
    transfer: bool,
) -> DispatchResult<Balance> {
    for n in [from.netuid, to.netuid] {
        if !state::subnet_exists(ext, n)? {
            return Err(DispatchError::SubnetNotExists);
        }
        ensure_subtoken(ext, n)?;
        if transfer && hparams::get(ext, n, Hyperparam::TransfersEnabled)? == 0 {
            return Err(DispatchError::TransferDisallowed);
        }
    }
    ensure_hotkey_exists(ext, &from.hotkey)?;
    ensure_hotkey_exists(ext, &to.hotkey)?;
    let available = shares::value_of(ext, &from.hotkey, &from.coldkey, from.netuid)?;
    if available == 0 {
        return Err(DispatchError::NotEnoughStakeToWithdraw);
    }
    let amount = amount.min(available).min(max_alpha.unwrap_or(u64::MAX));
    if amount == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    let min = min_stake(ext)?;
    if from.netuid == to.netuid {
        // Pure share transfer, no swap, no fee.
        let tao = pool::alpha_to_tao_at_spot(ext, from.netuid, amount)?;
        if tao < min {
            return Err(DispatchError::AmountTooLow);
        }
        if from.hotkey == to.hotkey && from.coldkey == to.coldkey {
            return Err(DispatchError::SameNetuid);
        }
        shares::withdraw(ext, &from.hotkey, &from.coldkey, from.netuid, amount)?;
        shares::deposit(ext, &to.hotkey, &to.coldkey, to.netuid, amount)?;
        return Ok(tao);
    }
    let sim = pool::simulate(ext, from.netuid, SwapRequest::market(Direction::AlphaToTao, amount))?;
    if sim.paid_out <= min {
        return Err(DispatchError::AmountTooLow);
    }
    // Exactly one leg pays the swap fee: the origin unless it is root.
    let origin_is_root = from.netuid == ROOT_NETUID;
    let (tao, _, _) = unstake_from_subnet(
        ext,
        &from.coldkey,
        &from.hotkey,
        from.netuid,
        amount,
        swap::MIN_PRICE_RAO,
        origin_is_root,
    )?;
    if tao < min {
        return Err(DispatchError::AmountTooLow);
    }
    stake_into_subnet(
        ext,
        &to.coldkey,
        &to.hotkey,
        to.netuid,
        tao,
        swap::MAX_PRICE_RAO,
        !origin_is_root,
        Some(from.netuid),
    )?;
    if transfer {
        maybe_become_delegate(ext, &to.coldkey, &to.hotkey)?;
    }
    Ok(tao)
}

/// `swap_stake` / `swap_stake_limit`.
fn swap_stake(
    ext: &mut Ext,
    coldkey: AccountId,
    hotkey: AccountId,
    origin_netuid: NetUid,
    destination_netuid: NetUid,
    amount: Alpha,
    limit: Option<(u64, bool)>,
) -> DispatchResult {
    if origin_netuid == destination_netuid {
        return Err(DispatchError::SameNetuid);
    }
    let max_alpha = match limit {
        None => None,
        Some((limit_price, allow_partial)) => {
            let max = max_swap_alpha(ext, origin_netuid, destination_netuid, limit_price)?;
            if !allow_partial && amount > max {
                return Err(DispatchError::SlippageTooHigh);
            }
            Some(max)
        }
    };
    let tao = transition(
        ext,
        Leg { coldkey, hotkey, netuid: origin_netuid },
        Leg { coldkey, hotkey, netuid: destination_netuid },
        amount,
        max_alpha,
        false,
    )?;
    ext.deposit_event(Event::StakeSwapped {
        coldkey,
        hotkey,
        origin_netuid,
        destination_netuid,
        tao,
    });
    Ok(())
}

/// Max alpha movable by swap_stake_limit at `limit` = origin/destination price ratio × 1e9.
fn max_swap_alpha(ext: &Ext, origin: NetUid, dest: NetUid, limit: u64) -> DispatchResult<u64> {
    let (s1, s2) = (pool::is_stable(ext, origin)?, pool::is_stable(ext, dest)?);
    match (s1, s2) {
        (true, true) => Ok(if limit <= TAO { u64::MAX } else { 0 }),
        (true, false) => {
            let dest_limit = if limit == 0 {
                u64::MAX
            } else {
                (TAO as u128 * TAO as u128 / limit as u128) as u64
            };
            max_at_limit(ext, dest, Direction::TaoToAlpha, dest_limit)
        }
        (false, true) => max_at_limit(ext, origin, Direction::AlphaToTao, limit),
        (false, false) => {
            if limit == 0 {
                return Ok(u64::MAX);
            }
            let (p1, p2) = (state::pool(ext, origin)?, state::pool(ext, dest)?);
            let (x1, y1, x2, y2) = (p1.alpha_in, p1.tao, p2.alpha_in, p2.tao);
            if x1 == 0 || y1 == 0 || x2 == 0 || y2 == 0 {
                return Ok(0);
            }
            let l = U64F64::from_num(limit) / U64F64::from_num(TAO);
            let current = (U64F64::from_num(y1) / U64F64::from_num(x1))
                / (U64F64::from_num(y2) / U64F64::from_num(x2));
            if l > current {
                return Ok(0);
            }
            // max = x2·(y1/(y1+y2))/L − x1·(y2/(y1+y2)) (50/50 pools, fees ignored; spec §4.5).
            let sum = U64F64::from_num(y1 as u128 + y2 as u128);
            let a = U64F64::from_num(x2).saturating_mul(U64F64::from_num(y1) / sum) / l;
            let b = U64F64::from_num(x1).saturating_mul(U64F64::from_num(y2) / sum);
            Ok(a.saturating_sub(b).saturating_to_num::<u64>())
        }
    }
}

/// `decrease_take` (65): owner; strictly lower; ≥ MinDelegateTake; not rate-limited.
fn decrease_take(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    take: u16,
) -> DispatchResult {
    if ensure_hotkey_exists(ext, hotkey)? != *coldkey {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    let current = state::delegate_take(ext, hotkey)?;
    if take >= current || (take as u64) < state::global(ext, Global::MinDelegateTake)? {
        return Err(DispatchError::DelegateTakeTooLow);
    }
    state::set_delegate_take(ext, hotkey, take);
    state::set_last_take_block(ext, hotkey, ext.now);
    ext.deposit_event(Event::TakeDecreased { coldkey: *coldkey, hotkey: *hotkey, take });
    Ok(())
}

/// `increase_take` (66): owner; strictly higher; ≤ MaxDelegateTake; rate-limited.
fn increase_take(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    take: u16,
) -> DispatchResult {
    if ensure_hotkey_exists(ext, hotkey)? != *coldkey {
        return Err(DispatchError::NonAssociatedColdKey);
    }
    let current = state::delegate_take(ext, hotkey)?;
    if take <= current || (take as u64) > state::global(ext, Global::MaxDelegateTake)? {
        return Err(DispatchError::DelegateTakeTooHigh);
    }
    if let Some(last) = state::last_take_block(ext, hotkey)?
        && ext.now.saturating_sub(last) <= state::global(ext, Global::TxDelegateTakeRateLimit)?
    {
        return Err(DispatchError::DelegateTxRateLimitExceeded);
    }
    state::set_delegate_take(ext, hotkey, take);
    state::set_last_take_block(ext, hotkey, ext.now);
    ext.deposit_event(Event::TakeIncreased { coldkey: *coldkey, hotkey: *hotkey, take });
    Ok(())
}

/// `clear_small_nomination_if_required` (spec §4.5 step 4): a nominator (not the hotkey's
/// owner) left with less than DefaultMinStake · NominatorMinRequiredStake / 1e6 TAO worth of
/// alpha (converted at spot) is force-unstaked. The factor defaults to 0 (no-op).
fn clear_small_nomination(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
) -> DispatchResult {
    let factor = state::global(ext, Global::NominatorMinRequiredStake)?;
    if factor == 0 || state::owner_of(ext, hotkey)? == Some(*coldkey) {
        return Ok(());
    }
    let left = shares::value_of(ext, hotkey, coldkey, netuid)?;
    if left == 0 {
        return Ok(());
    }
    let min_tao = (min_stake(ext)? as u128 * factor as u128 / 1_000_000) as u64;
    let price = pool::price(ext, netuid)?;
    let min_alpha = U64F64::from_num(min_tao)
        .checked_div(price)
        .map(|a| a.saturating_to_num::<u64>())
        .unwrap_or(u64::MAX);
    if left >= min_alpha {
        return Ok(());
    }
    let (tao, _, _) =
        unstake_from_subnet(ext, coldkey, hotkey, netuid, left, swap::MIN_PRICE_RAO, false)?;
    currency::transfer(ext, &AccountId::subnet_account(netuid), coldkey, tao, Existence::AllowDeath)
}

/// `recycle_alpha` (recycle = true: AlphaOut decreases) / `burn_alpha` (AlphaOut keeps it,
/// booked as unowned alpha so invariant 3 still balances).
fn destroy_alpha(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: Alpha,
    recycle: bool,
) -> DispatchResult {
    if netuid == ROOT_NETUID {
        return Err(DispatchError::CannotBurnOrRecycleOnRootSubnet);
    }
    if !state::subnet_exists(ext, netuid)? {
        return Err(DispatchError::SubnetNotExists);
    }
    ensure_hotkey_exists(ext, hotkey)?;
    if amount == 0 {
        return Err(DispatchError::AmountTooLow);
    }
    shares::withdraw(ext, hotkey, coldkey, netuid, amount)?;
    if recycle {
        let mut p = state::pool(ext, netuid)?;
        p.alpha_out = p.alpha_out.checked_sub(amount).ok_or(DispatchError::Arithmetic)?;
        state::set_pool(ext, netuid, &p);
        ext.deposit_event(Event::AlphaRecycled {
            coldkey: *coldkey,
            hotkey: *hotkey,
            amount,
            netuid,
        });
    } else {
        let mut em = crate::state_weights::subnet_emission(ext, netuid)?;
        em.alpha_unowned = em.alpha_unowned.saturating_add(amount);
        crate::state_weights::set_subnet_emission(ext, netuid, &em);
        ext.deposit_event(Event::AlphaBurned {
            coldkey: *coldkey,
            hotkey: *hotkey,
            amount,
            netuid,
        });
    }
    Ok(())
}

/// `add_stake_burn` (132): stake (at `limit`, no partial fill) then burn what was bought.
/// Rate-limited to once per tempo per (subnet, coldkey) (spec §7).
fn add_stake_burn(
    ext: &mut Ext,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: Balance,
    limit: Option<u64>,
) -> DispatchResult {
    let key = format!("AddStakeBurn/{}", hex::encode(coldkey.0));
    let tempo = hparams::get_u64(ext, netuid, Hyperparam::Tempo)?;
    if let Some(last) = state::last_rate_limited(ext, &key, netuid)?
        && ext.now.saturating_sub(last) < tempo
    {
        return Err(DispatchError::TxRateLimitExceeded);
    }
    let before = shares::value_of(ext, hotkey, coldkey, netuid)?;
    add_stake(ext, coldkey, hotkey, netuid, amount, limit.map(|l| (l, false)))?;
    let bought = shares::value_of(ext, hotkey, coldkey, netuid)?.saturating_sub(before);
    destroy_alpha(ext, coldkey, hotkey, netuid, bought, false)?;
    state::set_last_rate_limited(ext, &key, netuid, ext.now);
    Ok(())
}
