//! Event history from a node: `System.Events` of each block in a bounded window, mapped to the
//! embedded chain's `StoredEvent`s (the signer and fee of `ExtrinsicSuccess` come from the same
//! extrinsic's `TransactionFeePaid`). A node keeps no event index, so windows are capped.

use std::collections::HashMap;

use local_chain::event::StoredEvent;
use local_chain::info::EventFilter;
use local_chain::types::AccountId;
use subxt::events::Phase;
use subxt::utils::AccountId32;

use crate::client::RemoteClient;
use crate::convert;
use crate::errors::{RemoteError, Result};
use crate::storage::At;

/// Blocks read when the filter gives no start.
pub const DEFAULT_WINDOW: u64 = 100;
/// Most blocks one query may scan.
pub const MAX_WINDOW: u64 = 1000;

async fn block_events(at: At) -> Result<Vec<StoredEvent>> {
    let number = at.block_number();
    let events = at.events().fetch().await.map_err(|e| RemoteError::rpc("System.Events", e))?;
    // First pass: who paid what per extrinsic.
    let mut paid: HashMap<u32, (AccountId, u64)> = HashMap::new();
    for ev in events.iter().flatten() {
        if let (Phase::ApplyExtrinsic(i), ("TransactionPayment", "TransactionFeePaid")) =
            (ev.phase(), (ev.pallet_name(), ev.event_name()))
            && let Ok((who, fee, _)) = ev.decode_fields_unchecked_as::<(AccountId32, u128, u128)>()
        {
            paid.insert(i, (convert::account(&who), fee as u64));
        }
    }
    let mut out = Vec::new();
    for ev in events.iter() {
        let ev = ev.map_err(|e| RemoteError::decode("System.Events", e))?;
        let extrinsic = match ev.phase() {
            Phase::ApplyExtrinsic(i) => Some(i),
            _ => None,
        };
        let (who, fee) =
            extrinsic.and_then(|i| paid.get(&i).copied()).unwrap_or((AccountId([0; 32]), 0));
        if let Some(event) = convert::event(&ev, &who, fee) {
            out.push(StoredEvent { block: number, index: ev.index(), extrinsic, event });
        }
    }
    Ok(out)
}

fn mentions(e: &StoredEvent, account: &AccountId) -> bool {
    serde_json::to_string(&e.event).is_ok_and(|j| j.contains(&hex::encode(account.0)))
}

impl RemoteClient {
    /// Events of blocks `from..=to` (default: the last [`DEFAULT_WINDOW`] blocks up to the
    /// finalized head), filtered like the embedded chain's event log.
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        let head = self.head()?.number;
        let to = filter.to_block.unwrap_or(head).min(head);
        let from = filter.from_block.unwrap_or(to.saturating_sub(DEFAULT_WINDOW - 1));
        if to >= from && to - from >= MAX_WINDOW {
            return Err(RemoteError::Unsupported(format!(
                "a node has no event index: ask for at most {MAX_WINDOW} blocks (--from/--to)"
            )));
        }
        let mut out = Vec::new();
        for n in from..=to {
            out.extend(self.at_number("events", n, block_events)?);
        }
        out.retain(|e| filter.name.as_deref().is_none_or(|n| e.event.name() == n));
        if let Some(a) = &filter.account {
            out.retain(|e| mentions(e, a));
        }
        if let Some(limit) = filter.limit {
            let skip = out.len().saturating_sub(limit);
            out.drain(..skip);
        }
        Ok(out)
    }
}
