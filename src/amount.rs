//! Parsing and printing amounts. Balances are integers in rao (1 TAO = 10^9 rao); user input is a
//! decimal TAO (or alpha) string with at most 9 decimals. No floats on this path.

use crate::error::{CliError, Result};

/// Rao per TAO (and alpha units per alpha).
pub const RAO_PER_TAO: u64 = 1_000_000_000;

/// Parses "1.5", "0.000000001", "12" into rao. Rejects negatives, zero, >9 decimals, overflow.
pub fn parse_tao(s: &str, what: &str) -> Result<u64> {
    let t = s.trim();
    let bad = |why: &str| {
        CliError::input(format!("invalid {what} `{s}`: {why}"))
            .with_hint("write a positive decimal amount with at most 9 decimals, e.g. 1.5")
    };
    if t.starts_with('-') {
        return Err(bad("amounts cannot be negative"));
    }
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if int.is_empty() && frac.is_empty() {
        return Err(bad("empty"));
    }
    if !int.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad("not a decimal number"));
    }
    if frac.len() > 9 {
        return Err(bad("more than 9 decimals (1 rao = 0.000000001)"));
    }
    let int_v: u64 = if int.is_empty() { 0 } else { int.parse().map_err(|_| bad("too large"))? };
    let frac_v: u64 = format!("{frac:0<9}").parse().map_err(|_| bad("not a decimal number"))?;
    let rao = int_v
        .checked_mul(RAO_PER_TAO)
        .and_then(|v| v.checked_add(frac_v))
        .ok_or_else(|| bad("too large"))?;
    if rao == 0 {
        return Err(bad("must be greater than zero"));
    }
    Ok(rao)
}

/// Formats rao as TAO with all 9 decimals, trailing zeros trimmed to at least 4 ("1.5000").
pub fn fmt_tao(rao: u64) -> String {
    let s = format!("{}.{:09}", rao / RAO_PER_TAO, rao % RAO_PER_TAO);
    let trimmed = s.trim_end_matches('0');
    let dot = trimmed.find('.').unwrap_or(trimmed.len());
    let keep = (dot + 5).max(trimmed.len());
    s[..keep.min(s.len())].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exact_rao() {
        assert_eq!(parse_tao("1.5", "amount").ok(), Some(1_500_000_000));
        assert_eq!(parse_tao("0.000000001", "amount").ok(), Some(1));
        assert_eq!(parse_tao("12", "amount").ok(), Some(12 * RAO_PER_TAO));
        assert_eq!(parse_tao(".5", "amount").ok(), Some(500_000_000));
    }

    #[test]
    fn rejects_bad_amounts_naming_the_value() {
        for bad in ["-1", "0", "0.0", "1.0000000001", "abc", "", "1e3", "99999999999999999999"] {
            let e = parse_tao(bad, "amount").err();
            assert!(
                e.as_ref().is_some_and(|e| e.message.contains(&format!("`{bad}`"))),
                "{bad}: {e:?}"
            );
        }
    }

    #[test]
    fn formats_tao() {
        assert_eq!(fmt_tao(1_500_000_000), "1.5000");
        assert_eq!(fmt_tao(1), "0.000000001");
        assert_eq!(fmt_tao(0), "0.0000");
        assert_eq!(fmt_tao(123_456_789_012), "123.456789012");
    }
}
