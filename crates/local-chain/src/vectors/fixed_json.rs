//! JSON encoding of the vector files' fixed-point values: `{"bits": "<raw bits>", "dec":
//! "<exact decimal>"}`, the decimal being the full, unrounded expansion of bits / 2^frac.

use serde_json::{Value, json};
use substrate_fixed::types::{I96F32, U64F64, U96F32};

/// Exact decimal expansion of `magnitude / 2^frac_bits` (terminates: 2^-k has k digits).
fn exact_decimal(negative: bool, magnitude: u128, frac_bits: u32) -> String {
    let int_part = magnitude >> frac_bits;
    let mask = (1u128 << frac_bits) - 1;
    let mut frac = magnitude & mask;
    let mut out = String::new();
    if negative && magnitude != 0 {
        out.push('-');
    }
    out.push_str(&int_part.to_string());
    if frac != 0 {
        out.push('.');
        // frac < 2^64, so frac·10 fits in u128 for every supported type.
        while frac != 0 {
            frac *= 10;
            let digit = frac >> frac_bits;
            out.push(char::from(b'0' + digit as u8));
            frac &= mask;
        }
    }
    out
}

/// U64F64 as `{"bits","dec"}`.
pub fn u64f64(v: U64F64) -> Value {
    json!({"bits": v.to_bits().to_string(), "dec": exact_decimal(false, v.to_bits(), 64)})
}

/// U96F32 as `{"bits","dec"}`.
pub fn u96f32(v: U96F32) -> Value {
    json!({"bits": v.to_bits().to_string(), "dec": exact_decimal(false, v.to_bits(), 32)})
}

/// I96F32 as `{"bits","dec"}` (negative values keep their sign in both fields).
pub fn i96f32(v: I96F32) -> Value {
    let bits = v.to_bits();
    json!({"bits": bits.to_string(), "dec": exact_decimal(bits < 0, bits.unsigned_abs(), 32)})
}

/// The raw bits of a `{"bits": "..."}` object as u128.
pub fn parse_u128_bits(v: &Value) -> Option<u128> {
    v.get("bits")?.as_str()?.parse().ok()
}

/// The raw bits of a `{"bits": "..."}` object as i128.
pub fn parse_i128_bits(v: &Value) -> Option<i128> {
    v.get("bits")?.as_str()?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact() {
        assert_eq!(u64f64(U64F64::from_num(1) / U64F64::from_num(4))["dec"], "0.25");
        assert_eq!(u96f32(U96F32::from_num(500_000_000))["dec"], "500000000");
        assert_eq!(i96f32(I96F32::from_num(-3) / I96F32::from_num(2))["dec"], "-1.5");
        assert_eq!(i96f32(I96F32::from_num(0))["dec"], "0");
    }
}
