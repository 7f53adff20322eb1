//! Runs every Yuma epoch reference vector in `tests/data/yuma` (single epochs and every epoch of every
//! sequence) and checks each integer, boolean and triplet field for exact equality with the chain.

use std::path::{Path, PathBuf};

use local_chain::epoch::run_epoch;
use local_chain::epoch::vector::{document_inputs, output_json, run_document};
use serde_json::Value;

/// Fields that must match exactly (paths into the output object).
const REQUIRED: &[&str] = &[
    "active",
    "new_validator_permit",
    "stake_weight",
    "consensus",
    "incentive",
    "dividends",
    "validator_trust",
    "emission.server",
    "emission.validator",
    "emission.combined",
    "bonds.action",
    "bonds.written",
    "bonds.after",
    "legacy.rank",
    "legacy.trust",
    "legacy.pruning_score",
];

/// Intermediate fixed-point bit patterns; checked too, since they pinpoint where a divergence starts.
const FIXED_BITS: &[&str] = &[
    "total_stake_i64f64",
    "stake",
    "active_stake",
    "weights_normalized",
    "consensus",
    "validator_trust",
    "ranks_unnormalized",
    "incentive",
    "dividends",
    "ema_bonds",
    "normalized_server_emission",
    "normalized_validator_emission",
    "normalized_combined_emission",
    "kappa",
    "bonds_penalty",
];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/yuma")
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(v, |v, k| v.get(k))
}

/// Describes the first difference between two values (first differing element for arrays).
fn first_difference(got: &Value, want: &Value) -> Option<String> {
    if got == want {
        return None;
    }
    match (got.as_array(), want.as_array()) {
        (Some(g), Some(w)) => {
            if let Some(k) = (0..g.len().min(w.len())).find(|&k| g[k] != w[k]) {
                Some(format!("first difference at element {k}: got {} want {}", g[k], w[k]))
            } else {
                Some(format!("length {} vs expected {}", g.len(), w.len()))
            }
        }
        _ => Some(format!("got {got} want {want}")),
    }
}

fn compare(label: &str, got: &Value, want: &Value, failures: &mut Vec<String>) -> usize {
    let mut checked = 0;
    for path in REQUIRED {
        let w = lookup(want, path).unwrap_or_else(|| panic!("{label}: vector lacks `{path}`"));
        checked += 1;
        match lookup(got, path) {
            None => failures.push(format!("{label}: `{path}` missing from engine output")),
            Some(g) => {
                if let Some(d) = first_difference(g, w) {
                    failures.push(format!("{label}: `{path}` {d}"));
                }
            }
        }
    }
    for key in FIXED_BITS {
        let path = format!("fixed_bits.{key}");
        if let (Some(w), Some(g)) = (lookup(want, &path), lookup(got, &path)) {
            checked += 1;
            if let Some(d) = first_difference(g, w) {
                failures.push(format!("{label}: `{path}` {d}"));
            }
        }
    }
    checked
}

#[test]
fn all_reference_vectors_are_bit_exact() {
    let dir = data_dir();
    let mut failures = Vec::new();
    let mut epochs_checked = 0usize;
    let mut fields_checked = 0usize;

    for path in json_files(&dir) {
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("?").to_owned();
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read vector"))
                .unwrap_or_else(|e| panic!("{name}: bad JSON: {e}"));
        let got = run_document(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        fields_checked += compare(&name, &got, &doc["output"], &mut failures);
        epochs_checked += 1;
    }
    assert!(
        epochs_checked >= 58,
        "only {epochs_checked} single-epoch vectors found in {}",
        dir.display()
    );

    let seq_dir = dir.join("sequences");
    let mut sequences = 0usize;
    for path in json_files(&seq_dir) {
        let name = path.file_name().and_then(|s| s.to_str()).unwrap_or("?").to_owned();
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read sequence"))
                .unwrap_or_else(|e| panic!("{name}: bad JSON: {e}"));
        let got = run_document(&doc).unwrap_or_else(|e| panic!("{name}: {e}"));
        let want_epochs = doc["epochs"].as_array().expect("epochs array");
        let got_epochs = got["epochs"].as_array().expect("engine epochs array");
        assert_eq!(got_epochs.len(), want_epochs.len(), "{name}: epoch count");
        for (k, (g, w)) in got_epochs.iter().zip(want_epochs).enumerate() {
            fields_checked += compare(&format!("{name} epoch {k}"), g, &w["output"], &mut failures);
            epochs_checked += 1;
        }
        sequences += 1;
    }
    assert!(sequences >= 3, "only {sequences} sequence files found");
    assert!(epochs_checked > 60 + 3 * 39, "only {epochs_checked} epochs checked");
    assert!(fields_checked > epochs_checked * REQUIRED.len());

    if !failures.is_empty() {
        panic!(
            "{} mismatches over {epochs_checked} epochs:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}

#[test]
fn document_inputs_matches_run_document() {
    let path = data_dir().join("seq_test_bonds_e3.json");
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    let inputs = document_inputs(&doc).expect("inputs");
    assert_eq!(inputs.len(), 1);
    assert_eq!(output_json(&run_epoch(&inputs[0])), run_document(&doc).expect("run"));
}

#[test]
fn comparison_reports_file_field_and_uid() {
    let path = data_dir().join("edge_topk_ties.json");
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    let got = run_document(&doc).expect("run");
    let mut want = doc["output"].clone();
    let old = want["incentive"][3].as_u64().expect("u16");
    want["incentive"][3] = Value::from(old + 1);
    let mut failures = Vec::new();
    compare("edge_topk_ties.json", &got, &want, &mut failures);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].contains("`incentive` first difference at element 3"), "{}", failures[0]);
}

#[test]
fn parse_errors_name_the_field() {
    let path = data_dir().join("edge_kappa_zero.json");
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    doc["input"]["hyperparams"]["kappa"] = Value::from(70_000);
    let err = run_document(&doc).expect_err("kappa out of u16 range").to_string();
    assert!(err.contains("input.hyperparams.kappa"), "{err}");
    doc["input"]["hyperparams"]["kappa"] = Value::from(0);
    doc["input"].as_object_mut().expect("object").remove("last_update");
    let err = run_document(&doc).expect_err("missing field").to_string();
    assert!(err.contains("input.last_update"), "{err}");
    doc["schema"] = Value::from("nope/v0");
    assert!(run_document(&doc).is_err());
}

/// subtensor `tests/epoch.rs::test_10_graph`: ten uids with equal stake and only self-weights. No
/// weight survives, so emission falls back to the (truncated) stake share: 1e9 · 0.0999999998.
#[test]
fn ten_graph_falls_back_to_stake() {
    use local_chain::epoch::{EpochHyperparams, EpochInput};
    let n = 10u16;
    let input = EpochInput {
        n,
        current_block: 1,
        rao_emission: 1_000_000_000,
        hyperparams: EpochHyperparams {
            tempo: 1,
            activity_cutoff: 5000,
            last_mechanism_step_block: 0,
            kappa: 32_767,
            bonds_penalty: 65_535,
            bonds_moving_average: 900_000,
            yuma3_enabled: false,
            liquid_alpha_enabled: false,
            alpha_low: 45_875,
            alpha_high: 58_982,
            alpha_sigmoid_steepness: 1000,
            max_allowed_validators: 100,
            stake_threshold: 0,
            tao_weight: 0,
            commit_reveal_enabled: false,
        },
        owner_uid: None,
        alpha_stake: vec![1_000_000_000; 10],
        tao_stake: vec![0; 10],
        last_update: vec![0; 10],
        block_at_registration: vec![0; 10],
        validator_permit: Vec::new(),
        commit_block: vec![None; 10],
        weights: (0..n).map(|i| vec![(i, u16::MAX)]).collect(),
        bonds: Vec::new(),
    };
    let out = run_epoch(&input);
    assert_eq!(out.emission.combined, vec![99_999_999; 10]);
    assert_eq!(out.emission.validator, vec![99_999_999; 10]);
    assert_eq!(out.emission.server, vec![0; 10]);
    assert!(out.incentive.iter().chain(&out.dividends).chain(&out.consensus).all(|&x| x == 0));
    assert!(out.new_validator_permit.iter().all(|&p| p));
}
