//! Every case of every pool/emission vector file (`tests/data/pools/`, copied from the shared
//! reference vectors) must be reproduced exactly, field by field.

use std::path::PathBuf;

use local_chain::vectors::{FAMILIES, FAMILY_FILES, run_family};
use serde_json::Value;

/// Case counts per file, as stated in the vectors' README: guards against a vacuous pass.
const EXPECTED_CASES: &[(&str, usize)] = &[
    ("swap_cases", 78),
    ("swap_limit_orders", 30),
    ("swap_injection_weights", 16),
    ("emission_block", 44),
    ("emission_split", 12),
    ("emission_moving_price", 12),
    ("emission_coinbase_block", 10),
];

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/pools")
}

fn load(file: &str) -> Value {
    let path = data_dir().join(format!("{file}.json"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// Records every leaf where `got` differs from `want`, with a JSON-path-like name.
fn diff(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(w), Value::Object(g)) => {
            for (k, wv) in w {
                let p = format!("{path}.{k}");
                match g.get(k) {
                    Some(gv) => diff(&p, wv, gv, out),
                    None => out.push(format!("{p}: missing (want {wv})")),
                }
            }
            for k in g.keys().filter(|k| !w.contains_key(*k)) {
                out.push(format!("{path}.{k}: unexpected field"));
            }
        }
        (Value::Array(w), Value::Array(g)) if w.len() == g.len() => {
            for (i, (wv, gv)) in w.iter().zip(g).enumerate() {
                diff(&format!("{path}[{i}]"), wv, gv, out);
            }
        }
        _ if want == got => {}
        _ => out.push(format!("{path}: want {want}, got {got}")),
    }
}

#[test]
fn every_pool_vector_is_reproduced_exactly() {
    let mut mismatches = Vec::new();
    let mut checked = 0usize;
    for (family, file) in FAMILIES.iter().zip(FAMILY_FILES) {
        let cases = load(file);
        let expected = cases.as_array().expect("a vector file is a list");
        let got = run_family(family, &cases).unwrap_or_else(|e| panic!("{family}: {e}"));
        let got = got.as_array().expect("run_family returns a list");
        assert_eq!(got.len(), expected.len(), "{file}: case count");
        let want_count = EXPECTED_CASES.iter().find(|(f, _)| f == file).map(|(_, n)| *n);
        assert_eq!(Some(expected.len()), want_count, "{file}: file case count");
        for (want, got) in expected.iter().zip(got) {
            let id = want["id"].as_str().unwrap_or("?");
            assert_eq!(got["id"], want["id"], "{file}: case order");
            diff(&format!("{file}:{id}"), &want["output"], &got["output"], &mut mismatches);
            checked += 1;
        }
    }
    assert_eq!(checked, EXPECTED_CASES.iter().map(|(_, n)| n).sum::<usize>());
    assert!(
        mismatches.is_empty(),
        "{} mismatching fields over {checked} cases:\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn unknown_family_lists_the_valid_ones() {
    let err = run_family("nope", &Value::Array(vec![])).expect_err("unknown family");
    let msg = err.to_string();
    for family in FAMILIES {
        assert!(msg.contains(family), "{msg}");
    }
}

#[test]
fn bad_field_names_case_and_field() {
    let cases: Value =
        serde_json::json!([{"id": "x1", "input": {"issuance": "oops", "used_as": "tao"}}]);
    let msg = run_family("emission-block", &cases).expect_err("bad field").to_string();
    assert!(msg.contains("x1") && msg.contains("issuance"), "{msg}");
}
