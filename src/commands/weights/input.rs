//! Weights as users give them (inline pairs, JSON, CSV, stdin) and their exact normalisation to
//! the chain's u16 form.
//!
//! Weights are parsed as exact decimals (never through f64), so "0.1" means one tenth; the
//! normalisation is integer math: the largest weight becomes 65535 and every other one
//! round(w · 65535 / max), half away from zero — what the chain's `max_upscale` does. Because the
//! submitted maximum is already 65535, the chain stores exactly the values shown.

use std::io::Read as _;
use std::path::Path;

use crate::cli::weights::WeightsInput;
use crate::error::{CliError, Result, io_error};

/// A non-negative decimal `mantissa · 10^exp` with at most 18 significant digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    mantissa: u64,
    exp: i32,
}

/// One weight as given.
#[derive(Debug, Clone)]
pub struct Entry {
    pub uid: u16,
    /// The text the user wrote (for reports and messages).
    pub raw: String,
    pub value: Dec,
}

/// Reads the weights from the flag, file or stdin.
pub fn read(input: &WeightsInput) -> Result<Vec<Entry>> {
    let (text, origin) = match (&input.weights, &input.file) {
        (Some(w), _) if w == "-" => (stdin()?, "stdin".to_string()),
        (Some(w), _) => (w.clone(), "--weights".to_string()),
        (None, Some(p)) if p.as_os_str() == "-" => (stdin()?, "stdin".to_string()),
        (None, Some(p)) => (
            std::fs::read_to_string(p).map_err(|e| io_error("read weights file", p, &e))?,
            format!("`{}`", p.display()),
        ),
        (None, None) => {
            return Err(CliError::input("no weights given")
                .with_hint("pass --weights \"uid:w,…\" or --file FILE (`-` for stdin)"));
        }
    };
    let entries = parse(&text, &origin, input.file.as_deref())?;
    if entries.is_empty() {
        return Err(CliError::input(format!("no weights found in {origin}"))
            .with_hint("give at least one `uid:weight` pair"));
    }
    let mut seen = std::collections::BTreeSet::new();
    for e in &entries {
        if !seen.insert(e.uid) {
            return Err(CliError::input(format!("uid `{}` is given more than once", e.uid))
                .with_hint("each uid may appear once; merge its weights into one value"));
        }
    }
    Ok(entries)
}

fn stdin() -> Result<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| CliError::input(format!("cannot read weights from stdin: {e}")))?;
    Ok(s)
}

/// JSON when it starts with `{` or `[`, `uid:w` pairs when it has a colon, else CSV lines.
fn parse(text: &str, origin: &str, file: Option<&Path>) -> Result<Vec<Entry>> {
    let t = text.trim_start();
    if t.starts_with('{') || t.starts_with('[') {
        return parse_json(t, origin);
    }
    let is_csv =
        !text.contains(':') || file.is_some_and(|p| p.extension().is_some_and(|e| e == "csv"));
    if is_csv { parse_csv(text, origin) } else { parse_pairs(text, origin) }
}

fn malformed(origin: &str, what: String, hint: &str) -> CliError {
    CliError::input(format!("{origin}: {what}")).with_hint(hint.to_string())
}

fn parse_pairs(text: &str, origin: &str) -> Result<Vec<Entry>> {
    let hint = "write pairs as `uid:weight` separated by commas, e.g. \"0:0.5,3:0.25\"";
    let mut out = Vec::new();
    for item in text.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()) {
        let Some((uid, w)) = item.split_once(':').or_else(|| item.split_once('=')) else {
            return Err(malformed(origin, format!("`{item}` is not a `uid:weight` pair"), hint));
        };
        out.push(entry(uid, w, origin)?);
    }
    Ok(out)
}

fn parse_csv(text: &str, origin: &str) -> Result<Vec<Entry>> {
    let hint = "CSV lines are `uid,weight` (an optional header line `uid,weight` is skipped)";
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split([',', ';', '\t']).map(str::trim).collect();
        if cols.len() != 2 {
            return Err(malformed(
                origin,
                format!("line {}: `{line}` does not have two columns", i + 1),
                hint,
            ));
        }
        if out.is_empty() && cols[0].parse::<u64>().is_err() && !cols[0].starts_with('-') {
            // A header line such as `uid,weight`.
            if cols[0].chars().all(|c| c.is_ascii_alphabetic() || c == '_') {
                continue;
            }
        }
        out.push(entry(cols[0], cols[1], &format!("{origin} line {}", i + 1))?);
    }
    Ok(out)
}

fn parse_json(text: &str, origin: &str) -> Result<Vec<Entry>> {
    let hint = "JSON is an object {\"uid\": weight, …} or a list [[uid, weight], …]";
    let v: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| malformed(origin, format!("not valid JSON: {e}"), hint))?;
    let num = |x: &serde_json::Value| match x {
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    };
    let mut out = Vec::new();
    match &v {
        serde_json::Value::Object(map) => {
            for (k, w) in map {
                let w = num(w).ok_or_else(|| {
                    malformed(
                        origin,
                        format!("the weight of uid `{k}` is not a number: `{w}`"),
                        hint,
                    )
                })?;
                out.push(entry(k, &w, origin)?);
            }
            // Object keys come back in string order ("10" < "2"); uid order reads better.
            out.sort_by_key(|e| e.uid);
        }
        serde_json::Value::Array(items) => {
            for item in items {
                let pair = item.as_array().filter(|a| a.len() == 2).ok_or_else(|| {
                    malformed(origin, format!("`{item}` is not a [uid, weight] pair"), hint)
                })?;
                let (Some(u), Some(w)) = (num(&pair[0]), num(&pair[1])) else {
                    return Err(malformed(
                        origin,
                        format!("`{item}` is not a [uid, weight] pair of numbers"),
                        hint,
                    ));
                };
                out.push(entry(&u, &w, origin)?);
            }
        }
        _ => return Err(malformed(origin, "expected an object or a list".into(), hint)),
    }
    Ok(out)
}

fn entry(uid: &str, w: &str, origin: &str) -> Result<Entry> {
    let uid_t = uid.trim();
    let uid = uid_t.parse::<u16>().map_err(|_| {
        CliError::input(format!("{origin}: uid `{uid_t}` is not a valid uid (0..=65535)"))
            .with_hint("uids are the integers `taoctl subnets show --netuid N` lists")
    })?;
    let raw = w.trim().to_string();
    let value = parse_dec(&raw).map_err(|why| {
        CliError::input(format!("{origin}: weight `{raw}` of uid `{uid}` {why}"))
            .with_hint("weights are non-negative numbers such as 1, 0.25 or 3e-2")
    })?;
    Ok(Entry { uid, raw, value })
}

/// Parses a non-negative decimal (optional exponent) exactly.
fn parse_dec(s: &str) -> std::result::Result<Dec, &'static str> {
    let lower = s.to_ascii_lowercase();
    if lower.contains("nan") {
        return Err("is not a number (NaN)");
    }
    if lower.contains("inf") {
        return Err("is infinite");
    }
    let s = s.strip_prefix('+').unwrap_or(s);
    if s.starts_with('-') {
        return if s.trim_start_matches(['-', '0', '.']).is_empty() {
            Ok(Dec { mantissa: 0, exp: 0 })
        } else {
            Err("is negative")
        };
    }
    let (num, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().map_err(|_| "has a malformed exponent")?),
        None => (s, 0),
    };
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return Err("is not a number");
    }
    let digits: String = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let mut exp = exp.checked_sub(frac.len() as i32).ok_or("is out of range")?;
    let mut d = digits.to_string();
    while d.ends_with('0') {
        d.pop();
        exp += 1;
    }
    if d.is_empty() {
        return Ok(Dec { mantissa: 0, exp: 0 });
    }
    if d.len() > 18 {
        return Err("has more than 18 significant digits");
    }
    if !(-300..=300).contains(&exp) {
        return Err("is out of range");
    }
    let mantissa = d.parse::<u64>().map_err(|_| "is not a number")?;
    Ok(Dec { mantissa, exp })
}

impl Dec {
    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// As `m · 10^e` with m in [10^17, 10^18) (exact: at most 18 digits), for comparisons.
    fn wide(self) -> (u64, i32) {
        let mut m = self.mantissa;
        let mut e = self.exp;
        while m < 100_000_000_000_000_000 {
            m *= 10;
            e -= 1;
        }
        (m, e)
    }
}

/// round(65535 · w / max), half away from zero, exactly; max is the largest weight.
pub fn normalise(values: &[Dec]) -> Option<Vec<u16>> {
    let nonzero: Vec<(u64, i32)> =
        values.iter().filter(|d| !d.is_zero()).map(|d| d.wide()).collect();
    let &(mm, em) = nonzero.iter().max_by_key(|(m, e)| (*e, *m))?;
    Some(
        values
            .iter()
            .map(|d| {
                if d.is_zero() {
                    return 0;
                }
                let (m, e) = d.wide();
                let shift = (em - e) as u32;
                // w/max = m / (mm · 10^shift); below 10^-6 it rounds to 0 of 65535.
                if shift > 7 {
                    return 0;
                }
                let num = 65_535u128 * m as u128;
                let den = mm as u128 * 10u128.pow(shift);
                ((2 * num + den) / (2 * den)) as u16
            })
            .collect(),
    )
}

/// Parses `--salt` (comma-separated u16 values).
pub fn parse_salt(s: &str) -> Result<Vec<u16>> {
    let salt: Vec<u16> = s
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|x| !x.is_empty())
        .map(|x| {
            x.parse::<u16>().map_err(|_| {
                CliError::input(format!("salt value `{x}` is not a u16 (0..=65535)"))
                    .with_hint("give the salt as comma-separated integers, e.g. --salt 17,4242,9")
            })
        })
        .collect::<Result<_>>()?;
    if salt.is_empty() {
        return Err(CliError::input("--salt is empty").with_hint("omit --salt for a random salt"));
    }
    Ok(salt)
}

/// Eight random u16 values from the OS CSPRNG (via sp-core's key generator, which draws its
/// seed from the OS; this avoids another randomness dependency).
pub fn random_salt() -> Vec<u16> {
    let (_, seed) = <sp_core::sr25519::Pair as sp_core::Pair>::generate();
    seed.chunks(2).take(8).map(|c| u16::from_le_bytes([c[0], c[1]])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Dec {
        parse_dec(s).unwrap()
    }

    #[test]
    fn decimals_parse_exactly() {
        assert_eq!(d("0.1"), Dec { mantissa: 1, exp: -1 });
        assert_eq!(d("100"), Dec { mantissa: 1, exp: 2 });
        assert_eq!(d("2.50"), Dec { mantissa: 25, exp: -1 });
        assert_eq!(d("3e-2"), Dec { mantissa: 3, exp: -2 });
        assert!(d("0").is_zero() && d("0.000").is_zero() && d("-0").is_zero());
        for bad in ["-1", "NaN", "inf", "abc", "1.2.3", "", "."] {
            assert!(parse_dec(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn normalisation_matches_the_chain_upscale() {
        let cases: &[&[&str]] = &[
            &["1", "1"],
            &["0.5", "0.25", "0.25"],
            &["3", "1", "0"],
            &["100", "50", "1"],
            &["0.7", "0.2", "0.1"],
            &["1", "0.0000001"],
        ];
        for case in cases {
            let v: Vec<Dec> = case.iter().map(|s| d(s)).collect();
            let n = normalise(&v).unwrap();
            assert_eq!(n.iter().max(), Some(&65535), "{case:?}");
            // The chain leaves an already-maximal vector unchanged.
            assert_eq!(local_chain::calls::weights::max_upscale(&n), n, "{case:?}");
        }
        let n = normalise(&[d("0.5"), d("0.25"), d("0.25")]).unwrap();
        assert_eq!(n, vec![65535, 32768, 32768]);
        // Integers ≤ 32768 normalise exactly as the chain would upscale them raw.
        let raw = [100u16, 50, 1, 33];
        let n = normalise(&raw.map(|x| d(&x.to_string()))).unwrap();
        assert_eq!(n, local_chain::calls::weights::max_upscale(&raw));
        assert!(normalise(&[d("0"), d("0")]).is_none());
    }
}
