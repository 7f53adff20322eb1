//! End-to-end: `taoctl hparams get|set` on the demo chain (subnet 1 is owned by //Alice).

use assert_cmd::Command;
use keystore::{KdfParams, Keypair, Protection, WalletRoot};
use predicates::prelude::*;
use serde_json::Value;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    /// A demo chain plus wallet `owner` (//Alice, taoctl format, password "Passw0rd!") and
    /// wallet `other` (//Dave, plaintext).
    fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let root = WalletRoot::new(dir.path().join("wallets"));
        let alice = Keypair::from_uri("//Alice").unwrap();
        let kdf = KdfParams::INSECURE_TEST;
        root.wallet("owner")
            .unwrap()
            .write_coldkey(&alice, Protection::Taoctl { password: "Passw0rd!", kdf }, false)
            .unwrap();
        let dave = Keypair::from_uri("//Dave").unwrap();
        root.wallet("other").unwrap().write_coldkey(&dave, Protection::Plain, false).unwrap();
        let env = Env { dir };
        env.cmd().args(["chain", "init", "--preset", "demo"]).assert().success();
        env
    }

    fn cmd(&self) -> Command {
        let p = self.dir.path();
        let mut c = Command::cargo_bin("taoctl").unwrap();
        c.env_clear()
            .env("HOME", p)
            .arg("--config")
            .arg(p.join("config.toml"))
            .arg("--chain-dir")
            .arg(p.join("chain"))
            .arg("--wallet-path")
            .arg(p.join("wallets"));
        c
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.cmd().arg("--json").args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn value(&self, param: &str) -> String {
        let v = self.json(&["hparams", "get", "--netuid", "1", "--param", param]);
        v["data"]["params"][0]["value"].as_str().unwrap().to_string()
    }

    fn password_file(&self, pw: &str) -> std::path::PathBuf {
        let f = self.dir.path().join("pw");
        std::fs::write(&f, format!("{pw}\n")).unwrap();
        f
    }
}

#[test]
fn get_lists_every_parameter_with_metadata() {
    let env = Env::new();
    let v = env.json(&["hparams", "get", "--netuid", "1"]);
    let params = v["data"]["params"].as_array().unwrap();
    assert!(params.len() >= 40, "{}", params.len());
    let tempo = params.iter().find(|p| p["name"] == "tempo").unwrap();
    assert_eq!(tempo["unit"], "blocks");
    assert_eq!(tempo["settable_by"], "owner");
    assert!(!tempo["description"].as_str().unwrap().is_empty());
    let kappa = params.iter().find(|p| p["name"] == "kappa").unwrap();
    assert_eq!(kappa["settable_by"], "root");
    assert_eq!(kappa["default"], "32767");
    // `sudo` is an alias.
    env.cmd()
        .args(["sudo", "get", "--netuid", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("immunity_period"));
}

#[test]
fn owner_sets_a_parameter_and_the_rate_limit_is_explained() {
    let env = Env::new();
    let pw = env.password_file("Passw0rd!");
    let before = env.value("immunity_period");
    // dry run: nothing changes and no password is needed.
    let v = env.json(&[
        "-w",
        "owner",
        "hparams",
        "set",
        "--netuid",
        "1",
        "--param",
        "immunity_period",
        "--value",
        "4000",
        "--dry-run",
    ]);
    assert_eq!(v["data"]["dry_run"], true);
    assert_eq!(env.value("immunity_period"), before);
    // The admin freeze window forbids changes right before an epoch; step past it if needed.
    let mut ok = false;
    for _ in 0..40 {
        let out = env
            .cmd()
            .args(["-y", "-w", "owner", "--password-file"])
            .arg(&pw)
            .args([
                "--json",
                "hparams",
                "set",
                "--netuid",
                "1",
                "--param",
                "immunity_period",
                "--value",
                "4000",
            ])
            .output()
            .unwrap();
        if out.status.success() {
            ok = true;
            break;
        }
        let e: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(e["error"]["chain_error"], "AdminActionProhibitedDuringWeightsWindow", "{e}");
        env.cmd().args(["chain", "advance", "--blocks", "10"]).assert().success();
    }
    assert!(ok, "never left the admin freeze window");
    assert_eq!(env.value("immunity_period"), "4000");
    // A second change at once hits the owner rate limit; the chain is unchanged and the hint says when.
    let out = env
        .cmd()
        .args(["-y", "-w", "owner", "--password-file"])
        .arg(&pw)
        .args([
            "--json",
            "hparams",
            "set",
            "--netuid",
            "1",
            "--param",
            "immunity_period",
            "--value",
            "4500",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    let name = e["error"]["chain_error"].as_str().unwrap();
    assert!(name.ends_with("RateLimitExceeded"), "{e}");
    assert!(e["error"]["hint"].as_str().unwrap().contains("retry"));
    assert_eq!(env.value("immunity_period"), "4000");
}

#[test]
fn bad_inputs_are_rejected_and_change_nothing() {
    let env = Env::new();
    let pw = env.password_file("Passw0rd!");
    let head = env.json(&["chain", "status"])["data"]["block"].clone();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["hparams", "get", "--netuid", "42"], 3, "subnet `42` does not exist"),
        (
            &["hparams", "set", "--netuid", "1", "--param", "kapa", "--value", "1"],
            3,
            "unknown hyperparameter `kapa`",
        ),
        (
            &["hparams", "set", "--netuid", "1", "--param", "tempo", "--value", "70000"],
            3,
            "out of range",
        ),
        (
            &["hparams", "set", "--netuid", "1", "--param", "tempo", "--value", "ten"],
            3,
            "`ten` is not a valid value",
        ),
        (
            &["hparams", "set", "--netuid", "1", "--param", "kappa", "--value", "1"],
            3,
            "only be set by root",
        ),
    ];
    for (args, code, msg) in cases {
        env.cmd()
            .args(["-y", "-w", "owner"])
            .args(*args)
            .assert()
            .code(*code)
            .stderr(predicate::str::contains(*msg));
    }
    // Not the owner: //Dave does not own subnet 1 → BadOrigin from the chain.
    let out = env
        .cmd()
        .args([
            "-y", "-w", "other", "--json", "hparams", "set", "--netuid", "1", "--param", "tempo",
            "--value", "400",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let e: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(e["error"]["chain_error"], "BadOrigin");
    // Wrong password: auth error, nothing submitted.
    let bad = env.password_file("wrong-password");
    env.cmd()
        .args(["-y", "-w", "owner", "--password-file"])
        .arg(&bad)
        .args(["hparams", "set", "--netuid", "1", "--param", "tempo", "--value", "400"])
        .assert()
        .code(6);
    // No terminal and no --yes: refused before unlocking.
    env.cmd()
        .args(["-w", "owner", "--password-file"])
        .arg(&pw)
        .args(["hparams", "set", "--netuid", "1", "--param", "tempo", "--value", "400"])
        .assert()
        .code(9);
    let v = env.json(&["hparams", "get", "--netuid", "1", "--param", "tempo"]);
    assert_eq!(v["data"]["params"][0]["value"], "360");
    // Only the failed extrinsic by //Dave was included (fee charged, as on chain); nothing else.
    let after = env.json(&["chain", "status"])["data"]["block"].clone();
    assert_eq!(after.as_u64().unwrap(), head.as_u64().unwrap() + 1);
}
