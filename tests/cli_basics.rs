//! End-to-end basics of the binary: help, config, JSON envelope, exit codes.

use assert_cmd::Command;
use predicates::prelude::*;

fn taoctl(cfg: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("taoctl").unwrap();
    c.env_clear().env("HOME", cfg).arg("--config").arg(cfg.join("config.toml"));
    c
}

#[test]
fn help_lists_commands_and_global_options() {
    let tmp = tempfile::tempdir().unwrap();
    taoctl(tmp.path())
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("config"))
        .stdout(predicate::str::contains("Global options"));
}

#[test]
fn config_set_get_unset_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    taoctl(tmp.path()).args(["config", "set", "network", "finney"]).assert().success();
    let out = taoctl(tmp.path()).args(["--json", "config", "get", "network"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "taoctl/v1");
    assert_eq!(v["command"], "config.get");
    assert_eq!(v["data"]["values"]["network"], "finney");
    taoctl(tmp.path()).args(["config", "unset", "network"]).assert().success();
    let out = taoctl(tmp.path()).args(["--json", "config", "get", "network"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["data"]["values"]["network"].is_null());
}

#[test]
fn bad_config_value_is_an_input_error_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out =
        taoctl(tmp.path()).args(["--json", "config", "set", "network", "bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["code"], "input");
    assert!(v["error"]["message"].as_str().unwrap().contains("`bogus`"));
    assert!(!tmp.path().join("config.toml").exists(), "a rejected value must not write the file");
    taoctl(tmp.path())
        .args(["config", "set", "colour", "x"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("unknown config key `colour`"))
        .stderr(predicate::str::contains("hint: valid keys"));
}

#[test]
fn corrupt_config_file_is_named_in_the_error() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("config.toml"), "network = [").unwrap();
    taoctl(tmp.path())
        .args(["config", "get"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("config.toml"));
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    taoctl(tmp.path()).arg("no-such-command").assert().code(2);
}
