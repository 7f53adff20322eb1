//! Remote previews: [`RemoteClient::dry_run`], and the transfer prediction. A node cannot
//! execute a call for a signer without that signer's key (its dry-run RPC wants a signed
//! extrinsic and is unsafe-only on public nodes), so a remote preview is *predicted* from node
//! state at its finalized head: the fee is the node's own `query_info` answer, balances and
//! pools are the node's, swaps are the node's `sim_swap` (`preview_stake`), and the outcome
//! follows the pallet rules (transfers here: fee withdrawn first, the node's existential
//! deposit, keep-alive and dust). Sequences of staking calls on distinct pools are predicted
//! leg by leg (`predict_sequence`); calls no module predicts, sequences of anything else, and
//! legs sharing a pool are refused by name. The receipt after submission is always the node's real result.

use local_chain::error::DispatchError;
use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::preview::{DryRun, Watch};
use local_chain::types::{AccountId, NetUid};

use crate::client::RemoteClient;
use crate::errors::{RemoteError, Result};
use crate::preview_stake::InSequence;

/// Balances of the accounts a transfer touches, plus the chain's fee and deposit.
#[derive(Debug, Clone, Copy)]
pub struct TransferInputs {
    /// Block the preview is made at (the next block would include it).
    pub head: u64,
    /// Signer's free balance.
    pub from_free: u64,
    /// Recipient's free balance.
    pub to_free: u64,
    /// The node's fee for the call.
    pub fee: u64,
    /// Existential deposit.
    pub ed: u64,
}

fn refused(head: u64, i: &TransferInputs, fee: u64, error: DispatchError) -> DryRun {
    DryRun {
        block: head + 1,
        fee,
        balance_before: i.from_free,
        balance_after: i.from_free.saturating_sub(fee),
        error: Some(error),
        events: Vec::new(),
        pools_before: Vec::new(),
        pools_after: Vec::new(),
        stakes: Vec::new(),
    }
}

/// Predicts a Balances transfer from `from` given the node's numbers.
pub fn predict_transfer(from: &AccountId, call: &Call, i: &TransferInputs) -> Option<DryRun> {
    let (dest, amount, keep_alive) = match call {
        Call::TransferKeepAlive { dest, value } => (*dest, Some(*value), true),
        Call::TransferAllowDeath { dest, value } => (*dest, Some(*value), false),
        Call::TransferAll { dest, keep_alive } => (*dest, None, *keep_alive),
        _ => return None,
    };
    if i.from_free < i.fee {
        return Some(refused(i.head, i, 0, DispatchError::Payment { fee: i.fee }));
    }
    let spendable = i.from_free - i.fee;
    let value = match amount {
        Some(v) => v,
        None if keep_alive => spendable.saturating_sub(i.ed),
        None => spendable,
    };
    if value > spendable {
        return Some(refused(i.head, i, i.fee, DispatchError::InsufficientBalance));
    }
    let left = spendable - value;
    if keep_alive && left < i.ed && amount.is_some() {
        return Some(refused(i.head, i, i.fee, DispatchError::Expendability));
    }
    if i.to_free.saturating_add(value) < i.ed {
        return Some(refused(i.head, i, i.fee, DispatchError::ExistentialDeposit));
    }
    let mut events = vec![Event::Transfer { from: *from, to: dest, amount: value }];
    if i.to_free == 0 {
        events.push(Event::Endowed { account: dest, free_balance: value });
    }
    let (after, dust) = if left < i.ed { (0, left) } else { (left, 0) };
    if dust > 0 {
        events.push(Event::DustLost { account: *from, amount: dust });
    }
    events.push(Event::ExtrinsicSuccess { who: *from, fee: i.fee });
    Some(DryRun {
        block: i.head + 1,
        fee: i.fee,
        balance_before: i.from_free,
        balance_after: after,
        error: None,
        events,
        pools_before: Vec::new(),
        pools_after: Vec::new(),
        stakes: Vec::new(),
    })
}

/// The call's variant name (`AddStake`), for refusals.
fn call_name(call: &Call) -> String {
    let name = format!("{call:?}");
    name.split([' ', '{', '(']).next().unwrap_or("call").to_string()
}

impl RemoteClient {
    /// A predicted preview of `calls` signed by `signer` in the [`DryRun`] shape of the
    /// embedded chain, with `netuids`' pools and the `watch`ed positions before and after.
    /// One call only: a node cannot apply one call's effects before simulating the next.
    pub fn dry_run(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>> {
        let call = match calls {
            [call] => call,
            [] => return Ok(Vec::new()),
            many => return self.predict_sequence(signer, many, netuids, watch),
        };
        if matches!(
            call,
            Call::TransferKeepAlive { .. }
                | Call::TransferAllowDeath { .. }
                | Call::TransferAll { .. }
        ) {
            return Ok(vec![self.preview_transfer(signer, call)?]);
        }
        if let Some(run) = self.predict_stake(signer, call, netuids, watch, Default::default())? {
            return Ok(vec![run]);
        }
        if let Some(run) = self.predict_children(signer, call)? {
            return Ok(vec![run]);
        }
        if let Some(run) = self.predict_other(signer, call)? {
            return Ok(vec![run]);
        }
        Err(RemoteError::Unsupported(format!(
            "a remote node cannot preview {} without signing it, and taoctl does not predict it; use the embedded chain",
            call_name(call)
        )))
    }

    /// Subnets whose pool `call` trades on (and whose positions it changes), for staking
    /// calls; `None` for any other call.
    fn pools_touched(&self, signer: &AccountId, call: &Call) -> Result<Option<Vec<NetUid>>> {
        let mut nets = match call {
            Call::AddStake { netuid, .. }
            | Call::AddStakeLimit { netuid, .. }
            | Call::RemoveStake { netuid, .. }
            | Call::RemoveStakeLimit { netuid, .. } => vec![*netuid],
            Call::MoveStake { origin_netuid, destination_netuid, .. }
            | Call::TransferStake { origin_netuid, destination_netuid, .. }
            | Call::SwapStake { origin_netuid, destination_netuid, .. }
            | Call::SwapStakeLimit { origin_netuid, destination_netuid, .. } => {
                vec![*origin_netuid, *destination_netuid]
            }
            Call::UnstakeAll { hotkey } | Call::UnstakeAllAlpha { hotkey } => {
                let alpha_only = matches!(call, Call::UnstakeAllAlpha { .. });
                let mut n: Vec<NetUid> = self
                    .stake_of(signer)?
                    .into_iter()
                    .filter(|s| s.hotkey == *hotkey && s.alpha > 0)
                    .map(|s| s.netuid)
                    .filter(|&n| !(alpha_only && n == 0))
                    .collect();
                if alpha_only {
                    n.push(0);
                }
                n
            }
            _ => return Ok(None),
        };
        nets.sort_unstable();
        nets.dedup();
        Ok(Some(nets))
    }

    /// Several staking calls submitted one after another (`--netuids`, `--all-hotkeys`). Legs on
    /// distinct pools do not interact except through the signer's free balance, so each is
    /// predicted from the node's quotes at the head, with the balance the legs before it
    /// leave, and the pools and positions they changed carried into its before/after. Two
    /// legs on one pool would need the second quoted after the first is applied, which a node
    /// cannot do: refused, naming the pool. Stops at the first leg predicted to fail.
    fn predict_sequence(
        &self,
        signer: &AccountId,
        calls: &[Call],
        netuids: &[NetUid],
        watch: &[Watch],
    ) -> Result<Vec<DryRun>> {
        let mut touched: Vec<Vec<NetUid>> = Vec::new();
        for (i, call) in calls.iter().enumerate() {
            let Some(nets) = self.pools_touched(signer, call)? else {
                let names: Vec<String> = calls.iter().map(call_name).collect();
                return Err(RemoteError::Unsupported(format!(
                    "a remote node cannot preview a sequence of {} calls ({}): each would have to see the one before it applied; submit them one command at a time",
                    calls.len(),
                    names.join(", ")
                )));
            };
            for (j, earlier) in touched.iter().enumerate() {
                if let Some(n) = nets.iter().find(|n| earlier.contains(n)) {
                    return Err(RemoteError::Unsupported(format!(
                        "legs {} ({}) and {} ({}) both trade on subnet {n}'s pool: a node quotes each swap from its head, so the later leg's outcome cannot be predicted before the earlier one is applied; submit them as separate commands",
                        j + 1,
                        call_name(&calls[j]),
                        i + 1,
                        call_name(call)
                    )));
                }
            }
            touched.push(nets);
        }
        let mut runs: Vec<DryRun> = Vec::new();
        let mut pools: Vec<local_chain::preview::PoolSnapshot> = Vec::new();
        let mut stakes: Vec<local_chain::preview::StakeDelta> = Vec::new();
        for (i, call) in calls.iter().enumerate() {
            let seq =
                InSequence { index: i as u32, free: runs.last().map(|r: &DryRun| r.balance_after) };
            let mut run = self
                .predict_stake(signer, call, netuids, watch, seq)?
                .ok_or_else(|| RemoteError::Unsupported(call_name(call)))?;
            let mine = &touched[i];
            // Pools and positions this leg does not touch are as the earlier legs left them.
            for (b, a) in run.pools_before.iter_mut().zip(run.pools_after.iter_mut()) {
                if !mine.contains(&b.netuid)
                    && let Some(p) = pools.iter().find(|p| p.netuid == b.netuid)
                {
                    *b = p.clone();
                    *a = p.clone();
                }
            }
            for d in run.stakes.iter_mut() {
                if !mine.contains(&d.position.netuid)
                    && let Some(s) = stakes.iter().find(|s| s.position == d.position)
                {
                    d.before = s.after;
                    d.after = s.after;
                }
            }
            pools.retain(|p| !run.pools_after.iter().any(|a| a.netuid == p.netuid));
            pools.extend(run.pools_after.iter().cloned());
            stakes.retain(|s| !run.stakes.iter().any(|d| d.position == s.position));
            stakes.extend(run.stakes.iter().cloned());
            let failed = run.error.is_some();
            runs.push(run);
            if failed {
                break;
            }
        }
        Ok(runs)
    }

    /// A predicted preview of one Balances transfer signed by `from` (see the module docs);
    /// any other call, or several, is refused with an error naming it.
    pub fn preview_transfer(&self, from: &AccountId, call: &Call) -> Result<DryRun> {
        let dest = match call {
            Call::TransferKeepAlive { dest, .. }
            | Call::TransferAllowDeath { dest, .. }
            | Call::TransferAll { dest, .. } => *dest,
            other => {
                return Err(RemoteError::Unsupported(format!(
                    "{} is not a transfer",
                    call_name(other)
                )));
            }
        };
        let inputs = TransferInputs {
            head: self.head()?.number,
            from_free: self.balance(from)?,
            to_free: self.balance(&dest)?,
            fee: self.estimate_fee(call)?,
            ed: self.existential_deposit()?,
        };
        predict_transfer(from, call, &inputs)
            .ok_or_else(|| RemoteError::Unsupported("not a transfer".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: AccountId = AccountId([1; 32]);
    const B: AccountId = AccountId([2; 32]);

    fn inputs(from_free: u64, to_free: u64) -> TransferInputs {
        TransferInputs { head: 10, from_free, to_free, fee: 100, ed: 500 }
    }

    #[test]
    fn keep_alive_success_and_refusals() {
        let call = Call::TransferKeepAlive { dest: B, value: 1_000 };
        let run = predict_transfer(&A, &call, &inputs(10_000, 0)).expect("transfer");
        assert_eq!((run.fee, run.balance_after, run.error.clone()), (100, 8_900, None));
        assert!(run.events.contains(&Event::Endowed { account: B, free_balance: 1_000 }));
        let run = predict_transfer(&A, &call, &inputs(1_500, 0)).expect("transfer");
        assert_eq!(run.error, Some(DispatchError::Expendability));
        let run = predict_transfer(&A, &call, &inputs(1_000, 0)).expect("transfer");
        assert_eq!(run.error, Some(DispatchError::InsufficientBalance));
        let run = predict_transfer(&A, &call, &inputs(50, 0)).expect("transfer");
        assert_eq!(run.error, Some(DispatchError::Payment { fee: 100 }));
        let small = Call::TransferKeepAlive { dest: B, value: 10 };
        let run = predict_transfer(&A, &small, &inputs(10_000, 0)).expect("transfer");
        assert_eq!(run.error, Some(DispatchError::ExistentialDeposit));
    }

    #[test]
    fn allow_death_burns_dust_and_all_keeps_deposit() {
        let call = Call::TransferAllowDeath { dest: B, value: 1_000 };
        let run = predict_transfer(&A, &call, &inputs(1_300, 600)).expect("transfer");
        assert_eq!(run.balance_after, 0);
        assert!(run.events.contains(&Event::DustLost { account: A, amount: 200 }));
        let all = Call::TransferAll { dest: B, keep_alive: true };
        let run = predict_transfer(&A, &all, &inputs(10_000, 600)).expect("transfer");
        assert_eq!(run.balance_after, 500);
        assert!(run.events.contains(&Event::Transfer { from: A, to: B, amount: 9_400 }));
        assert!(predict_transfer(&A, &Call::StartCall { netuid: 1 }, &inputs(1, 1)).is_none());
    }
}
