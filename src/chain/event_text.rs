//! How a chain event reads to a person: its kind and `field=value` pairs, with account ids (stored
//! as bare 64-digit hex) shown as SS58 addresses. Shared by `chain events` and the monitor.

use serde_json::Value;

use local_chain::types::AccountId;

/// The event's kind (`StakeAdded`, …) from its stored JSON form.
pub fn kind(event: &Value) -> String {
    event.get("event").and_then(Value::as_str).unwrap_or("?").to_string()
}

/// `field=value` pairs of the event, space-separated. With `short`, addresses keep 8 characters.
pub fn details(event: &Value, short: bool) -> String {
    match event {
        Value::Object(m) => m
            .iter()
            .filter(|(k, _)| k.as_str() != "event")
            .map(|(k, v)| format!("{k}={}", value(v, short)))
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

fn value(v: &Value, short: bool) -> String {
    let Some(s) = v.as_str() else { return v.to_string() };
    let mut id = [0u8; 32];
    if s.len() == 64 && hex::decode_to_slice(s, &mut id).is_ok() {
        let a = AccountId(id).to_ss58();
        return if short { format!("{}…", &a[..8]) } else { a };
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_read_as_ss58_and_other_values_stay() {
        let alice = "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
        let ev = serde_json::json!({"event": "ExtrinsicSuccess", "fee": 5, "who": alice, "hash": "0xab"});
        assert_eq!(kind(&ev), "ExtrinsicSuccess");
        assert_eq!(
            details(&ev, false),
            "fee=5 hash=0xab who=5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"
        );
        assert_eq!(details(&ev, true), "fee=5 hash=0xab who=5GrwvaEF…");
    }
}
