//! Display formatting of chain integers. Floats appear only here and only for display; the
//! numbers they come from stay exact integers in the model.

/// 10^9: rao per TAO and alpha units per alpha.
const UNIT: f64 = 1_000_000_000.0;

/// An amount in rao (or alpha units) with decimals that fit its size: "0.012345", "12.3456",
/// "1234.56", "45.2k", "3.10M".
pub fn amount(raw: u64) -> String {
    let v = raw as f64 / UNIT;
    if raw == 0 {
        "0".to_string()
    } else if v >= 1e9 {
        format!("{:.2}B", v / 1e9)
    } else if v >= 1e6 {
        format!("{:.2}M", v / 1e6)
    } else if v >= 1e4 {
        format!("{:.1}k", v / 1e3)
    } else if v >= 1e3 {
        format!("{v:.2}")
    } else if v >= 1.0 {
        format!("{v:.4}")
    } else {
        format!("{v:.6}")
    }
}

/// A signed alpha/TAO delta: "+1.2345", "-0.000100".
pub fn signed_amount(raw: i128) -> String {
    let sign = if raw < 0 { "-" } else { "+" };
    format!("{sign}{}", amount(u64::try_from(raw.unsigned_abs()).unwrap_or(u64::MAX)))
}

/// A u16 proportion (65535 = 1) as 0.0000–1.0000.
pub fn prop(v: u16) -> String {
    format!("{:.4}", f64::from(v) / f64::from(u16::MAX))
}

/// Parts per billion as a percentage: "1.23%".
pub fn ppb_pct(ppb: u64) -> String {
    format!("{:.2}%", ppb as f64 / 1e7)
}

/// A change in parts per million with a direction glyph that survives NO_COLOR.
pub fn change(ppm: i64) -> String {
    let glyph = match ppm.signum() {
        1 => '▲',
        -1 => '▼',
        _ => '=',
    };
    format!("{glyph}{:.2}%", (ppm.unsigned_abs() as f64) / 1e4)
}

/// 48-character SS58 shortened to "5FHneW…M694ty".
pub fn short_key(key: &str) -> String {
    let n = key.chars().count();
    if n <= 14 {
        return key.to_string();
    }
    let head: String = key.chars().take(6).collect();
    let tail: String = key.chars().skip(n - 6).collect();
    format!("{head}…{tail}")
}

/// Milliseconds as "8.2s" or "450ms".
pub fn millis(ms: u64) -> String {
    if ms >= 1_000 { format!("{:.1}s", ms as f64 / 1e3) } else { format!("{ms}ms") }
}

/// A wall-clock age in whole units: "12s", "3m04s", "2h05m", "3d04h".
pub fn age(ms: u64) -> String {
    let s = ms / 1_000;
    match s {
        0..60 => format!("{s}s"),
        60..3_600 => format!("{}m{:02}s", s / 60, s % 60),
        3_600..86_400 => format!("{}h{:02}m", s / 3_600, s % 3_600 / 60),
        _ => format!("{}d{:02}h", s / 86_400, s % 86_400 / 3_600),
    }
}

/// Integer with thousands separators: 1234567 → "1,234,567".
pub fn thousands(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_pick_sensible_decimals() {
        assert_eq!(amount(0), "0");
        assert_eq!(amount(12_345_678), "0.012346");
        assert_eq!(amount(12_345_678_901), "12.3457");
        assert_eq!(amount(1_234_560_000_000), "1234.56");
        assert_eq!(amount(45_200_000_000_000), "45.2k");
        assert_eq!(amount(3_100_000_000_000_000), "3.10M");
        assert_eq!(signed_amount(-100_000), "-0.000100");
        assert_eq!(signed_amount(1_000_000_000), "+1.0000");
    }

    #[test]
    fn proportions_and_percentages() {
        assert_eq!(prop(0), "0.0000");
        assert_eq!(prop(u16::MAX), "1.0000");
        assert_eq!(prop(32_768), "0.5000");
        assert_eq!(ppb_pct(12_345_678), "1.23%");
        assert_eq!(change(12_345), "▲1.23%");
        assert_eq!(change(-5_000), "▼0.50%");
        assert_eq!(change(0), "=0.00%");
    }

    #[test]
    fn keys_times_and_separators() {
        assert_eq!(short_key("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"), "5FHneW…M694ty");
        assert_eq!(short_key("short"), "short");
        assert_eq!(millis(8_200), "8.2s");
        assert_eq!(millis(450), "450ms");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}
