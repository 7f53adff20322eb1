//! Node data to taoctl's read model (`local_chain::info`, `event`, `block`): events decoded by
//! pallet and name into the same `Event` variants the embedded chain emits, so receipts render
//! identically. Events with no embedded counterpart are left out of receipts (listed in the
//! crate docs).

use local_chain::event::Event;
use local_chain::types::{AccountId, Hash};
use subxt::SubstrateConfig;
use subxt::dynamic::Value;
use subxt::ext::scale_value::{Primitive, ValueDef};
use subxt::utils::AccountId32;

/// One decoded event of the node.
pub type NodeEvent<'a> = subxt::events::Event<'a, SubstrateConfig>;

/// 32 bytes from the node as taoctl's account id.
pub fn account(a: &AccountId32) -> AccountId {
    AccountId(a.0)
}

/// A node hash as taoctl's hash.
pub fn hash(h: &subxt::utils::H256) -> Hash {
    Hash(h.0)
}

/// Flattens a decoded value to an integer: unsigned/signed primitives, booleans (0/1),
/// newtypes (`NetUid`, fixed-point `bits`), and field-less enum variants by `variants` order.
pub fn value_to_i128(v: &Value, variants: &[&str]) -> Option<i128> {
    match &v.value {
        ValueDef::Primitive(Primitive::U128(x)) => i128::try_from(*x).ok(),
        ValueDef::Primitive(Primitive::I128(x)) => Some(*x),
        ValueDef::Primitive(Primitive::Bool(b)) => Some(i128::from(*b)),
        ValueDef::Composite(c) => {
            let mut vals = c.values();
            match (vals.next(), vals.next()) {
                (Some(only), None) => value_to_i128(only, variants),
                _ => None,
            }
        }
        ValueDef::Variant(var) if var.values.is_empty() => {
            variants.iter().position(|n| *n == var.name).map(|i| i as i128)
        }
        _ => None,
    }
}

/// The `idx`-th element of a tuple/composite value, flattened like [`value_to_i128`].
pub fn tuple_field_i128(v: &Value, idx: usize) -> Option<i128> {
    match &v.value {
        ValueDef::Composite(c) => c.values().nth(idx).and_then(|x| value_to_i128(x, &[])),
        _ => None,
    }
}

/// Bytes of a `Vec<u8>`/`BoundedVec<u8>` value, as UTF-8 (lossy: names and symbols are text).
pub fn value_to_string(v: &Value) -> String {
    fn collect(v: &Value, out: &mut Vec<u8>) {
        match &v.value {
            ValueDef::Primitive(Primitive::U128(x)) => out.push(*x as u8),
            ValueDef::Composite(c) => c.values().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    collect(v, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

type A = AccountId32;

fn fields<T: scale_decode::DecodeAsFields>(ev: &NodeEvent<'_>) -> Option<T> {
    ev.decode_fields_unchecked_as::<T>().ok()
}

/// Maps one node event to the embedded chain's variant, if it has one. `signer` and `fee`
/// fill `ExtrinsicSuccess`, which on a node carries only dispatch info.
pub fn event(ev: &NodeEvent<'_>, signer: &AccountId, fee: u64) -> Option<Event> {
    let acc = account;
    Some(match (ev.pallet_name(), ev.event_name()) {
        ("System", "ExtrinsicSuccess") => Event::ExtrinsicSuccess { who: *signer, fee },
        ("Sudo", "Sudid") => {
            let (res,): (Value,) = fields(ev)?;
            let ok = matches!(&res.value, ValueDef::Variant(v) if v.name == "Ok");
            Event::Sudid { ok }
        }
        ("Balances", "Transfer") => {
            let (from, to, amount): (A, A, u128) = fields(ev)?;
            Event::Transfer { from: acc(&from), to: acc(&to), amount: amount as u64 }
        }
        ("Balances", "Endowed") => {
            let (a, free): (A, u128) = fields(ev)?;
            Event::Endowed { account: acc(&a), free_balance: free as u64 }
        }
        ("Balances", "DustLost") => {
            let (a, amount): (A, u128) = fields(ev)?;
            Event::DustLost { account: acc(&a), amount: amount as u64 }
        }
        ("Balances", "BalanceSet") => {
            let (who, free): (A, u128) = fields(ev)?;
            Event::BalanceSet { who: acc(&who), free: free as u64 }
        }
        ("SubtensorModule", "NetworkAdded") => {
            let (netuid, mechanism): (u16, u16) = fields(ev)?;
            Event::NetworkAdded { netuid, mechanism }
        }
        ("SubtensorModule", "FirstEmissionBlockNumberSet") => {
            let (netuid, block): (u16, u64) = fields(ev)?;
            Event::FirstEmissionBlockNumberSet { netuid, block }
        }
        ("SubtensorModule", "SubnetIdentitySet") => {
            let (netuid,): (u16,) = fields(ev)?;
            Event::SubnetIdentitySet { netuid }
        }
        ("SubtensorModule", "SymbolUpdated") => {
            let (netuid, symbol): (u16, Value) = fields(ev)?;
            Event::SymbolUpdated { netuid, symbol: value_to_string(&symbol) }
        }
        ("SubtensorModule", "NeuronRegistered") => {
            let (netuid, uid, hotkey): (u16, u16, A) = fields(ev)?;
            Event::NeuronRegistered { netuid, uid, hotkey: acc(&hotkey) }
        }
        ("SubtensorModule", name @ ("StakeAdded" | "StakeRemoved")) => {
            // Spec 218 emits the same event without the fee field (its swap has no fee).
            let (coldkey, hotkey, tao, alpha, netuid, fee) = fields(ev).or_else(|| {
                let (c, h, t, a, n): (A, A, u64, u64, u16) = fields(ev)?;
                Some((c, h, t, a, n, 0))
            })?;
            let (coldkey, hotkey) = (acc(&coldkey), acc(&hotkey));
            if name == "StakeAdded" {
                Event::StakeAdded { coldkey, hotkey, tao, alpha, netuid, fee }
            } else {
                Event::StakeRemoved { coldkey, hotkey, tao, alpha, netuid, fee }
            }
        }
        ("SubtensorModule", "StakeMoved") => {
            let (coldkey, oh, on, dh, dn, tao): (A, A, u16, A, u16, u64) = fields(ev)?;
            Event::StakeMoved {
                coldkey: acc(&coldkey),
                origin_hotkey: acc(&oh),
                origin_netuid: on,
                destination_hotkey: acc(&dh),
                destination_netuid: dn,
                tao,
            }
        }
        ("SubtensorModule", "StakeTransferred") => {
            let (oc, dc, hk, on, dn, tao): (A, A, A, u16, u16, u64) = fields(ev)?;
            Event::StakeTransferred {
                origin_coldkey: acc(&oc),
                destination_coldkey: acc(&dc),
                hotkey: acc(&hk),
                origin_netuid: on,
                destination_netuid: dn,
                tao,
            }
        }
        ("SubtensorModule", "StakeSwapped") => {
            let (ck, hk, on, dn, tao): (A, A, u16, u16, u64) = fields(ev)?;
            Event::StakeSwapped {
                coldkey: acc(&ck),
                hotkey: acc(&hk),
                origin_netuid: on,
                destination_netuid: dn,
                tao,
            }
        }
        ("SubtensorModule", name @ ("TakeDecreased" | "TakeIncreased")) => {
            let (ck, hk, take): (A, A, u16) = fields(ev)?;
            let (coldkey, hotkey) = (acc(&ck), acc(&hk));
            if name == "TakeDecreased" {
                Event::TakeDecreased { coldkey, hotkey, take }
            } else {
                Event::TakeIncreased { coldkey, hotkey, take }
            }
        }
        ("SubtensorModule", "WeightsSet") => {
            let (netuid, uid): (u16, u16) = fields(ev)?;
            Event::WeightsSet { netuid, uid }
        }
        ("SubtensorModule", "WeightsCommitted") => {
            let (who, netuid, h): (A, u16, [u8; 32]) = fields(ev)?;
            Event::WeightsCommitted { netuid, who: acc(&who), hash: Hash(h) }
        }
        ("SubtensorModule", "WeightsRevealed") => {
            let (who, netuid, h): (A, u16, [u8; 32]) = fields(ev)?;
            Event::WeightsRevealed { netuid, who: acc(&who), hash: Hash(h) }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_newtypes_bools_and_unit_variants() {
        let v = Value::unnamed_composite([Value::u128(7)]);
        assert_eq!(value_to_i128(&v, &[]), Some(7));
        assert_eq!(value_to_i128(&Value::bool(true), &[]), Some(1));
        let var = Value::unnamed_variant("Recycle", []);
        assert_eq!(value_to_i128(&var, &["Burn", "Recycle"]), Some(1));
        let pair = Value::unnamed_composite([Value::u128(1), Value::u128(2)]);
        assert_eq!(value_to_i128(&pair, &[]), None);
        assert_eq!(tuple_field_i128(&pair, 1), Some(2));
        let s = Value::from_bytes(b"abc");
        assert_eq!(value_to_string(&s), "abc");
    }
}
