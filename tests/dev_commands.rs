//! `taoctl dev vectors` and `taoctl dev epoch` reproduce the reference vectors through the binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/local-chain/tests/data").join(rel)
}

fn run_json(args: &[&str], file: &Path) -> Value {
    let out = Command::cargo_bin("taoctl").unwrap().args(args).arg(file).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn dev_vectors_reproduces_every_pool_family() {
    let families = [
        ("swap", "swap_cases"),
        ("swap-limit", "swap_limit_orders"),
        ("swap-injection", "swap_injection_weights"),
        ("emission-block", "emission_block"),
        ("emission-split", "emission_split"),
        ("moving-price", "emission_moving_price"),
        ("coinbase-block", "emission_coinbase_block"),
    ];
    let mut checked = 0;
    for (family, file) in families {
        let path = data(&format!("pools/{file}.json"));
        let reference: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let got = run_json(&["dev", "vectors", family], &path);
        let (got, want) = (got.as_array().unwrap(), reference.as_array().unwrap());
        assert_eq!(got.len(), want.len(), "{family}: case count");
        for (g, w) in got.iter().zip(want) {
            assert_eq!(g["id"], w["id"]);
            assert_eq!(g["output"], w["output"], "{family} case {}", w["id"]);
            checked += 1;
        }
    }
    assert!(checked >= 200, "only {checked} cases checked");
}

const EPOCH_FIELDS: &[&str] = &[
    "active",
    "new_validator_permit",
    "stake_weight",
    "consensus",
    "incentive",
    "dividends",
    "validator_trust",
    "emission",
    "bonds",
];

#[test]
fn dev_epoch_reproduces_single_vectors_and_sequences() {
    for name in ["random_000.json", "edge_topk_ties.json", "seq_test_bonds_e3.json"] {
        let path = data(&format!("yuma/{name}"));
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let got = run_json(&["dev", "epoch"], &path);
        for f in EPOCH_FIELDS {
            assert_eq!(got[f], doc["output"][f], "{name}: field {f}");
        }
    }
    let seq_dir = data("yuma/sequences");
    let seq = std::fs::read_dir(&seq_dir).unwrap().flatten().next().unwrap().path();
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&seq).unwrap()).unwrap();
    let got = run_json(&["dev", "epoch"], &seq);
    let got = got["epochs"].as_array().unwrap();
    let want = doc["epochs"].as_array().unwrap();
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        for f in EPOCH_FIELDS {
            assert_eq!(g[f], w["output"][f], "{}: epoch {i} field {f}", seq.display());
        }
    }
}

#[test]
fn dev_epoch_bench_reports_a_mean() {
    let path = data("yuma/random_009.json");
    let v = run_json(&["dev", "epoch", "--bench", "3"], &path);
    assert_eq!(v["iterations"], 3);
    assert!(v["mean_ns_per_epoch"].as_u64().unwrap() > 0);
}

#[test]
fn dev_bad_inputs_are_named() {
    Command::cargo_bin("taoctl")
        .unwrap()
        .args(["dev", "vectors", "nope", "x.json"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("unknown vector family `nope`"))
        .stderr(predicate::str::contains("swap-limit"));
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.json");
    std::fs::write(&bad, "{\"schema\": \"yuma-epoch-vector/v1\", \"input\": {}}").unwrap();
    Command::cargo_bin("taoctl").unwrap().args(["dev", "epoch"]).arg(&bad).assert().code(3);
    std::fs::write(&bad, "not json").unwrap();
    Command::cargo_bin("taoctl")
        .unwrap()
        .args(["dev", "vectors", "swap"])
        .arg(&bad)
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not valid JSON"));
}
