//! Predicted previews of one staking call on a node: the same [`DryRun`] the embedded chain
//! returns (fee, balance before/after, the call's event, pools and watched positions before and
//! after), built from the node's own answers at its finalized head — the fee from
//! `TransactionPaymentApi.query_info`, swap outcomes from [`RemoteClient::quote_swap`] (the
//! node's `sim_swap_*`), balances, positions, owners and pools from storage and runtime APIs —
//! with the validation order of `pallet_subtensor` (spec §4.5) for the checks a client can make.
//!
//! What is *not* predicted, and is refused by name instead of guessed:
//! * a partial fill at a limit price (`allow_partial` when the whole amount would cross the
//!   limit): `sim_swap` simulates whole amounts only;
//! * a move/transfer/swap between two dynamic subnets: the chain restakes on the destination
//!   without a swap fee, and the node offers no simulation of a fee-free buy.
//!
//! Left to the node (its receipt is the real result): the minimum-stake checks
//! (`DefaultMinStake` is not in the metadata), `TransferToggle`, conviction locks and the
//! small-nomination clean-up after a removal.

use std::collections::HashMap;

use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::{DryRun, PoolSnapshot, StakeDelta, Watch};
use local_chain::swap::{Direction, SimSwapResult};
use local_chain::types::{AccountId, NetUid};

use crate::client::RemoteClient;
use crate::errors::{RemoteError, Result};

/// Rao per TAO: the stable pools' price and the scale of limit prices.
const RAO: u64 = 1_000_000_000;

/// A stake position: (coldkey, hotkey, netuid).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pos {
    coldkey: AccountId,
    hotkey: AccountId,
    netuid: NetUid,
}

/// What a predicted staking call does, before it is turned into a [`DryRun`].
struct Effect {
    /// TAO leaving (positive) the signer's free balance besides the fee; negative = received.
    spent: i128,
    events: Vec<Event>,
    /// Alpha changes per position.
    deltas: Vec<(Pos, i128)>,
    /// Pools after the call (only the ones the call swapped on).
    pools_after: Vec<PoolSnapshot>,
}

/// The node state a prediction reads, fetched once per netuid / coldkey.
struct View<'a> {
    client: &'a RemoteClient,
    pools: HashMap<NetUid, Option<PoolSnapshot>>,
    stakes: HashMap<AccountId, Vec<(AccountId, NetUid, u64)>>,
}

impl<'a> View<'a> {
    fn new(client: &'a RemoteClient) -> Self {
        View { client, pools: HashMap::new(), stakes: HashMap::new() }
    }

    fn pool(&mut self, netuid: NetUid) -> Result<Option<PoolSnapshot>> {
        if let Some(p) = self.pools.get(&netuid) {
            return Ok(p.clone());
        }
        let p = self.client.pool(netuid)?;
        self.pools.insert(netuid, p.clone());
        Ok(p)
    }

    fn position(&mut self, p: Pos) -> Result<u64> {
        if !self.stakes.contains_key(&p.coldkey) {
            let rows = self
                .client
                .stake_of(&p.coldkey)?
                .into_iter()
                .map(|s| (s.hotkey, s.netuid, s.alpha))
                .collect();
            self.stakes.insert(p.coldkey, rows);
        }
        Ok(self.stakes[&p.coldkey]
            .iter()
            .find(|(h, n, _)| *h == p.hotkey && *n == p.netuid)
            .map(|r| r.2)
            .unwrap_or(0))
    }

    /// The pool of an existing subnet whose token is enabled (`SubnetNotExists`,
    /// `SubtokenDisabled` otherwise).
    fn open_pool(
        &mut self,
        netuid: NetUid,
    ) -> Result<std::result::Result<PoolSnapshot, DispatchError>> {
        let Some(pool) = self.pool(netuid)? else {
            return Ok(Err(DispatchError::SubnetNotExists));
        };
        if netuid != 0 {
            let enabled = self.client.subnet(netuid)?.map(|s| s.subtoken_enabled).unwrap_or(false);
            if !enabled {
                return Ok(Err(DispatchError::SubtokenDisabled));
            }
        }
        Ok(Ok(pool))
    }

    fn hotkey_exists(&self, hotkey: &AccountId) -> Result<bool> {
        Ok(self.client.hotkey_owner(hotkey)?.is_some())
    }
}

/// The pool after a swap the node quoted (reserves moved by the net amounts; the price from
/// the chain's pool formula on the new reserves; stable pools keep price 1).
fn pool_after(p: &PoolSnapshot, dir: Direction, q: &SimSwapResult) -> PoolSnapshot {
    let mut a = p.clone();
    match dir {
        Direction::TaoToAlpha => {
            a.tao_reserve = a.tao_reserve.saturating_add(q.tao_amount);
            a.alpha_out = a.alpha_out.saturating_add(q.alpha_amount);
            if !p.is_stable() {
                a.alpha_reserve = a.alpha_reserve.saturating_sub(q.alpha_amount);
            }
        }
        Direction::AlphaToTao => {
            a.tao_reserve = a.tao_reserve.saturating_sub(q.tao_amount);
            a.alpha_out = a.alpha_out.saturating_sub(q.alpha_amount.saturating_add(q.alpha_fee));
            if !p.is_stable() {
                a.alpha_reserve = a.alpha_reserve.saturating_add(q.alpha_amount);
            }
        }
    }
    if !p.is_stable() {
        a.price_rao = a.pool_state().price_rao();
    }
    a
}

/// Whether a whole-amount swap ends beyond `limit` (rao per alpha): a buy above it, a sell
/// below it. The chain's limit order fills the whole amount exactly when it does not.
fn crosses(p: &PoolSnapshot, after: &PoolSnapshot, dir: Direction, limit: u64) -> bool {
    let price = if p.is_stable() { RAO } else { after.price_rao };
    match dir {
        Direction::TaoToAlpha => price > limit,
        Direction::AlphaToTao => price < limit,
    }
}

fn partial_refused(what: &str) -> RemoteError {
    RemoteError::Unsupported(format!(
        "{what}: the whole amount would cross the limit price and a partial fill cannot be predicted from the node's sim_swap (it simulates whole amounts); submit without --partial (fill-or-kill) or use a smaller amount"
    ))
}

type Outcome = std::result::Result<Effect, DispatchError>;

/// Where a call stands in a sequence of independent legs (`preview::dry_run`): its index
/// (the call lands that many blocks after the first) and the signer's free balance the legs
/// before it leave (`None`: the node's, for the first).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct InSequence {
    pub index: u32,
    pub free: Option<u64>,
}

impl RemoteClient {
    /// Stake positions of `coldkey` in block `number` (the inclusion block of a submitted call,
    /// which may be a best block not yet finalized): what a write's receipt compares against.
    pub fn stake_of_at(
        &self,
        coldkey: &AccountId,
        number: u64,
    ) -> Result<Vec<local_chain::info::StakePosition>> {
        let (ck, spec) = (coldkey.0, self.info().spec_version);
        self.at_number("stake", number, move |at| crate::stake::positions(at, spec, ck))
    }
}

impl RemoteClient {
    /// Predicts one staking call signed by `signer`; `None` when `call` is not a staking call
    /// this module predicts.
    pub(crate) fn predict_stake(
        &self,
        signer: &AccountId,
        call: &Call,
        netuids: &[NetUid],
        watch: &[Watch],
        seq: InSequence,
    ) -> Result<Option<DryRun>> {
        let mut v = View::new(self);
        let outcome = match call {
            Call::AddStake { hotkey, netuid, amount_staked } => {
                add(&mut v, signer, hotkey, *netuid, *amount_staked, None)?
            }
            Call::AddStakeLimit { hotkey, netuid, amount_staked, limit_price, allow_partial } => {
                add(
                    &mut v,
                    signer,
                    hotkey,
                    *netuid,
                    *amount_staked,
                    Some((*limit_price, *allow_partial)),
                )?
            }
            Call::RemoveStake { hotkey, netuid, amount_unstaked } => {
                remove(&mut v, signer, hotkey, *netuid, *amount_unstaked, None)?
            }
            Call::RemoveStakeLimit {
                hotkey,
                netuid,
                amount_unstaked,
                limit_price,
                allow_partial,
            } => remove(
                &mut v,
                signer,
                hotkey,
                *netuid,
                *amount_unstaked,
                Some((*limit_price, *allow_partial)),
            )?,
            Call::MoveStake {
                origin_hotkey,
                destination_hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
            } => transition(
                &mut v,
                Pos { coldkey: *signer, hotkey: *origin_hotkey, netuid: *origin_netuid },
                Pos { coldkey: *signer, hotkey: *destination_hotkey, netuid: *destination_netuid },
                *alpha_amount,
                None,
                Kind::Move,
            )?,
            Call::TransferStake {
                destination_coldkey,
                hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
            } => transition(
                &mut v,
                Pos { coldkey: *signer, hotkey: *hotkey, netuid: *origin_netuid },
                Pos { coldkey: *destination_coldkey, hotkey: *hotkey, netuid: *destination_netuid },
                *alpha_amount,
                None,
                Kind::Transfer,
            )?,
            Call::SwapStake { hotkey, origin_netuid, destination_netuid, alpha_amount } => {
                transition(
                    &mut v,
                    Pos { coldkey: *signer, hotkey: *hotkey, netuid: *origin_netuid },
                    Pos { coldkey: *signer, hotkey: *hotkey, netuid: *destination_netuid },
                    *alpha_amount,
                    None,
                    Kind::Swap,
                )?
            }
            Call::SwapStakeLimit {
                hotkey,
                origin_netuid,
                destination_netuid,
                alpha_amount,
                limit_price,
                allow_partial,
            } => transition(
                &mut v,
                Pos { coldkey: *signer, hotkey: *hotkey, netuid: *origin_netuid },
                Pos { coldkey: *signer, hotkey: *hotkey, netuid: *destination_netuid },
                *alpha_amount,
                Some((*limit_price, *allow_partial)),
                Kind::Swap,
            )?,
            Call::UnstakeAll { hotkey } => unstake_all(&mut v, signer, hotkey, true)?,
            Call::UnstakeAllAlpha { hotkey } => unstake_all(&mut v, signer, hotkey, false)?,
            _ => return Ok(None),
        };
        let head = self.head()?.number + u64::from(seq.index);
        let free = match seq.free {
            Some(f) => f,
            None => self.balance(signer)?,
        };
        let fee = self.estimate_fee(call)?;
        let mut pools_before = Vec::new();
        for &n in netuids {
            if let Some(p) = v.pool(n)? {
                pools_before.push(p);
            }
        }
        let mut before = Vec::new();
        for w in watch {
            before.push(v.position(Pos {
                coldkey: w.coldkey,
                hotkey: w.hotkey,
                netuid: w.netuid,
            })?);
        }
        let refused = |error: DispatchError, fee: u64| DryRun {
            block: head + 1,
            fee,
            balance_before: free,
            balance_after: free.saturating_sub(fee),
            error: Some(error),
            events: Vec::new(),
            pools_before: pools_before.clone(),
            pools_after: pools_before.clone(),
            stakes: watch
                .iter()
                .zip(&before)
                .map(|(w, b)| StakeDelta { position: *w, before: *b, after: *b })
                .collect(),
        };
        if free < fee {
            return Ok(Some(refused(DispatchError::Payment { fee }, 0)));
        }
        let effect = match outcome {
            Err(e) => return Ok(Some(refused(e, fee))),
            Ok(e) => e,
        };
        let ed = self.existential_deposit()?;
        let spendable = free - fee;
        if effect.spent > 0 && (effect.spent as u128) > u128::from(spendable.saturating_sub(ed)) {
            return Ok(Some(refused(DispatchError::NotEnoughBalanceToStake, fee)));
        }
        let balance_after = (i128::from(spendable) - effect.spent).max(0) as u64;
        let pools_after = pools_before
            .iter()
            .map(|p| effect.pools_after.iter().find(|a| a.netuid == p.netuid).unwrap_or(p).clone())
            .collect();
        let stakes = watch
            .iter()
            .zip(&before)
            .map(|(w, b)| {
                let d: i128 = effect
                    .deltas
                    .iter()
                    .filter(|(p, _)| {
                        p.coldkey == w.coldkey && p.hotkey == w.hotkey && p.netuid == w.netuid
                    })
                    .map(|(_, d)| *d)
                    .sum();
                let after = (i128::from(*b) + d).clamp(0, i128::from(u64::MAX)) as u64;
                StakeDelta { position: *w, before: *b, after }
            })
            .collect();
        Ok(Some(DryRun {
            block: head + 1,
            fee,
            balance_before: free,
            balance_after,
            error: None,
            events: effect.events,
            pools_before,
            pools_after,
            stakes,
        }))
    }
}

/// The checks `add_stake` / `remove_stake` (and their limit variants) share, in the pallet's
/// order — open pool, liquidity cap (1000 × the paid-in reserve), non-zero amount, hotkey, then
/// the node's quote and the limit price — and the quote with the pool after it.
fn checked_quote(
    v: &mut View<'_>,
    hotkey: &AccountId,
    netuid: NetUid,
    dir: Direction,
    amount: u64,
    limit: Option<(u64, bool)>,
) -> Result<std::result::Result<(SimSwapResult, PoolSnapshot), DispatchError>> {
    let pool = match v.open_pool(netuid)? {
        Ok(p) => p,
        Err(e) => return Ok(Err(e)),
    };
    let reserve = match dir {
        Direction::TaoToAlpha => pool.tao_reserve,
        Direction::AlphaToTao => pool.alpha_reserve,
    };
    if !pool.is_stable() && amount > reserve.saturating_mul(1000) {
        return Ok(Err(DispatchError::InsufficientLiquidity));
    }
    if amount == 0 {
        return Ok(Err(DispatchError::AmountTooLow));
    }
    if !v.hotkey_exists(hotkey)? {
        return Ok(Err(DispatchError::HotKeyAccountNotExists));
    }
    let q = v.client.quote_swap(netuid, dir, amount)?;
    let after = pool_after(&pool, dir, &q);
    if let Some((price, partial)) = limit
        && crosses(&pool, &after, dir, price)
    {
        if !partial {
            return Ok(Err(DispatchError::SlippageTooHigh));
        }
        if pool.is_stable() {
            return Ok(Err(DispatchError::AmountTooLow));
        }
        let call = match dir {
            Direction::TaoToAlpha => "add_stake_limit",
            Direction::AlphaToTao => "remove_stake_limit",
        };
        return Err(partial_refused(&format!("{call} on subnet {netuid}")));
    }
    Ok(Ok((q, after)))
}

/// `add_stake` / `add_stake_limit`.
fn add(
    v: &mut View<'_>,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: u64,
    limit: Option<(u64, bool)>,
) -> Result<Outcome> {
    let (q, after) = match checked_quote(v, hotkey, netuid, Direction::TaoToAlpha, amount, limit)? {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    if q.alpha_amount == 0 {
        return Ok(Err(DispatchError::AmountTooLow));
    }
    let taken = q.tao_amount.saturating_add(q.tao_fee);
    Ok(Ok(Effect {
        spent: i128::from(taken),
        events: vec![Event::StakeAdded {
            coldkey: *coldkey,
            hotkey: *hotkey,
            tao: taken,
            alpha: q.alpha_amount,
            netuid,
            fee: q.tao_fee,
        }],
        deltas: vec![(
            Pos { coldkey: *coldkey, hotkey: *hotkey, netuid },
            i128::from(q.alpha_amount),
        )],
        pools_after: vec![after],
    }))
}

/// `remove_stake` / `remove_stake_limit`.
fn remove(
    v: &mut View<'_>,
    coldkey: &AccountId,
    hotkey: &AccountId,
    netuid: NetUid,
    amount: u64,
    limit: Option<(u64, bool)>,
) -> Result<Outcome> {
    let pos = Pos { coldkey: *coldkey, hotkey: *hotkey, netuid };
    let amount = amount.min(v.position(pos)?);
    let (q, after) = match checked_quote(v, hotkey, netuid, Direction::AlphaToTao, amount, limit)? {
        Ok(r) => r,
        Err(e) => return Ok(Err(e)),
    };
    let used = q.alpha_amount.saturating_add(q.alpha_fee);
    Ok(Ok(Effect {
        spent: -i128::from(q.tao_amount),
        events: vec![Event::StakeRemoved {
            coldkey: *coldkey,
            hotkey: *hotkey,
            tao: q.tao_amount,
            alpha: used,
            netuid,
            fee: q.alpha_fee,
        }],
        deltas: vec![(pos, -i128::from(used))],
        pools_after: vec![after],
    }))
}

/// `unstake_all` (root included) / `unstake_all_alpha` (root excluded, the TAO restaked on
/// root): every position of the signer on `hotkey` sold whole, each quoted by the node's
/// `sim_swap` on its own pool — positions sit on different subnets, whose pools do not
/// interact, so the quotes are those of the one call. A position whose removal the pallet
/// would refuse is skipped, as the chain skips it.
fn unstake_all(
    v: &mut View<'_>,
    coldkey: &AccountId,
    hotkey: &AccountId,
    include_root: bool,
) -> Result<Outcome> {
    if !v.hotkey_exists(hotkey)? {
        return Ok(Err(DispatchError::HotKeyAccountNotExists));
    }
    let mut nets: Vec<NetUid> = Vec::new();
    for s in v.client.stake_of(coldkey)? {
        if s.hotkey == *hotkey && s.alpha > 0 && (include_root || s.netuid != 0) {
            nets.push(s.netuid);
        }
    }
    nets.sort_unstable();
    nets.dedup();
    let mut total =
        Effect { spent: 0, events: Vec::new(), deltas: Vec::new(), pools_after: Vec::new() };
    let mut received: u64 = 0;
    for n in nets {
        let all = v.position(Pos { coldkey: *coldkey, hotkey: *hotkey, netuid: n })?;
        if let Ok(e) = remove(v, coldkey, hotkey, n, all, None)? {
            received = received.saturating_add(e.spent.unsigned_abs() as u64);
            total.spent += e.spent;
            total.events.extend(e.events);
            total.deltas.extend(e.deltas);
            total.pools_after.extend(e.pools_after);
        }
    }
    if !include_root && received > 0 {
        // The chain's add_stake on root; a refusal there fails the whole call.
        match add(v, coldkey, hotkey, 0, received, None)? {
            Ok(e) => {
                total.spent += e.spent;
                total.events.extend(e.events);
                total.deltas.extend(e.deltas);
                total.pools_after.extend(e.pools_after);
            }
            Err(d) => return Ok(Err(d)),
        }
    }
    Ok(Ok(total))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Move,
    Transfer,
    Swap,
}

/// `move_stake` / `transfer_stake` / `swap_stake(_limit)`: the chain's shared routine.
fn transition(
    v: &mut View<'_>,
    from: Pos,
    to: Pos,
    amount: u64,
    limit: Option<(u64, bool)>,
    kind: Kind,
) -> Result<Outcome> {
    if kind == Kind::Swap && from.netuid == to.netuid {
        return Ok(Err(DispatchError::SameNetuid));
    }
    let mut pools = Vec::new();
    for n in [from.netuid, to.netuid] {
        match v.open_pool(n)? {
            Ok(p) => pools.push(p),
            Err(e) => return Ok(Err(e)),
        }
    }
    let (op, dp) = (pools[0].clone(), pools[1].clone());
    for h in [from.hotkey, to.hotkey] {
        if !v.hotkey_exists(&h)? {
            return Ok(Err(DispatchError::HotKeyAccountNotExists));
        }
    }
    let available = v.position(from)?;
    if available == 0 {
        return Ok(Err(DispatchError::NotEnoughStakeToWithdraw));
    }
    let amount = amount.min(available);
    if amount == 0 {
        return Ok(Err(DispatchError::AmountTooLow));
    }
    let (tao, out, pools_after) = if from.netuid == to.netuid {
        // A share transfer on one subnet: no swap, no fee, the amount is exact.
        if from == to {
            return Ok(Err(DispatchError::SameNetuid));
        }
        (op.alpha_to_tao_at_spot(amount), amount, Vec::new())
    } else {
        // Exactly one leg pays the swap fee: the origin unless it is root. The fee-free buy on
        // a dynamic destination has no node-side simulation.
        if !op.is_stable() && !dp.is_stable() {
            return Err(RemoteError::Unsupported(format!(
                "stake {} between subnets {} and {}: the chain restakes on subnet {} without a swap fee, and the node offers no simulation of a fee-free buy, so the result cannot be predicted exactly; route it through root (subnet {} → 0, then 0 → {}) or use the embedded chain",
                match kind {
                    Kind::Move => "move",
                    Kind::Transfer => "transfer",
                    Kind::Swap => "swap",
                },
                from.netuid,
                to.netuid,
                to.netuid,
                from.netuid,
                to.netuid
            )));
        }
        let sell = v.client.quote_swap(from.netuid, Direction::AlphaToTao, amount)?;
        let tao = sell.tao_amount;
        let buy = v.client.quote_swap(to.netuid, Direction::TaoToAlpha, tao)?;
        let (oa, da) = (
            pool_after(&op, Direction::AlphaToTao, &sell),
            pool_after(&dp, Direction::TaoToAlpha, &buy),
        );
        if let Some((limit_price, partial)) = limit {
            // limit = origin/destination price ratio × 1e9; selling lowers the origin price
            // and buying raises the destination's, so the ratio only falls.
            let ratio = |o: &PoolSnapshot, d: &PoolSnapshot| {
                let (po, pd) = (
                    if o.is_stable() { RAO } else { o.price_rao },
                    if d.is_stable() { RAO } else { d.price_rao },
                );
                (u128::from(po) * u128::from(RAO)).checked_div(u128::from(pd)).unwrap_or(0)
            };
            if ratio(&oa, &da) < u128::from(limit_price) {
                if !partial {
                    return Ok(Err(DispatchError::SlippageTooHigh));
                }
                return Err(partial_refused(&format!(
                    "swap_stake_limit from subnet {} to {}",
                    from.netuid, to.netuid
                )));
            }
        }
        if buy.alpha_amount == 0 {
            return Ok(Err(DispatchError::AmountTooLow));
        }
        (tao, buy.alpha_amount, vec![oa, da])
    };
    let event = match kind {
        Kind::Move => Event::StakeMoved {
            coldkey: from.coldkey,
            origin_hotkey: from.hotkey,
            origin_netuid: from.netuid,
            destination_hotkey: to.hotkey,
            destination_netuid: to.netuid,
            tao,
        },
        Kind::Transfer => Event::StakeTransferred {
            origin_coldkey: from.coldkey,
            destination_coldkey: to.coldkey,
            hotkey: from.hotkey,
            origin_netuid: from.netuid,
            destination_netuid: to.netuid,
            tao,
        },
        Kind::Swap => Event::StakeSwapped {
            coldkey: from.coldkey,
            hotkey: from.hotkey,
            origin_netuid: from.netuid,
            destination_netuid: to.netuid,
            tao,
        },
    };
    Ok(Ok(Effect {
        spent: 0,
        events: vec![event],
        deltas: vec![(from, -i128::from(amount)), (to, i128::from(out))],
        pools_after,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(netuid: NetUid, mechanism: u16, tao: u64, alpha: u64) -> PoolSnapshot {
        let ps = local_chain::swap::PoolState::new(tao, alpha);
        PoolSnapshot {
            netuid,
            mechanism,
            tao_reserve: tao,
            alpha_reserve: alpha,
            alpha_out: 0,
            quote_weight: ps.quote_weight.deconstruct(),
            fee_rate: ps.fee_rate,
            minimum_reserve: ps.minimum_reserve,
            price_rao: if mechanism == 0 { RAO } else { ps.price_rao() },
            moving_price_rao: 0,
        }
    }

    #[test]
    fn pool_after_a_quoted_buy_moves_reserves_and_price_like_the_chain() {
        let p = pool(1, 1, 100 * RAO, 200 * RAO);
        let q = p.sim_swap(Direction::TaoToAlpha, 10 * RAO);
        let a = pool_after(&p, Direction::TaoToAlpha, &q);
        assert_eq!(a.tao_reserve, 100 * RAO + q.tao_amount);
        assert_eq!(a.alpha_reserve, 200 * RAO - q.alpha_amount);
        // The embedded chain's own execution of the same swap ends at the same price.
        let mut ps = p.pool_state();
        ps.tao_reserve += q.tao_amount;
        ps.alpha_reserve -= q.alpha_amount;
        assert_eq!(a.price_rao, ps.price_rao());
        assert!(a.price_rao > p.price_rao);
        // A limit between the two prices is crossed; one above the end price is not.
        assert!(crosses(&p, &a, Direction::TaoToAlpha, p.price_rao + 1));
        assert!(!crosses(&p, &a, Direction::TaoToAlpha, a.price_rao));
        let root = pool(0, 0, 5 * RAO, 5 * RAO);
        let r = root.sim_swap(Direction::AlphaToTao, RAO);
        let ra = pool_after(&root, Direction::AlphaToTao, &r);
        assert_eq!((ra.price_rao, ra.alpha_reserve), (RAO, 5 * RAO));
        assert!(!crosses(&root, &ra, Direction::AlphaToTao, RAO));
        assert!(crosses(&root, &ra, Direction::AlphaToTao, RAO + 1));
    }
}
