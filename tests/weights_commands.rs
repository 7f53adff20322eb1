//! End-to-end: `taoctl weights set|commit|reveal|status` on a temporary demo chain.
//!
//! The demo preset's validators (`//Bob_hk1`, `//Charlie_hk1` on subnet 1, `//Charlie_hk2` and
//! `//Alice_hk2` on subnet 2, `//Dave_hk3` on subnet 3) get their permits only at the first
//! epoch (block 360), and the demo policy sets or commits *their* weights at every epoch, which
//! would race these tests. So most tests use a "lab" subnet added to the demo chain: owned by
//! //Ferdie with the validator hotkey `//Ferdie_weights` as owner hotkey (the owner uid passes
//! the permit and stake checks), four miners, tempo 20, weights_rate_limit 10,
//! min_allowed_weights 2. One test uses the genesis validator //Bob_hk1 after the first epoch.
//! Every process invocation is separate, so the journal is re-read from disk each time.

mod chainenv;

use chainenv::{Env, addr};
use local_chain::chain::Chain;
use local_chain::extrinsic::{Call, Origin};
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::types::AccountId;
use predicates::prelude::*;
use serde_json::Value;

const VALI: &str = "//Ferdie_weights";
const LAB: u16 = 4;
const TEMPO: i128 = 20;
const RATE_LIMIT: u64 = 10;

fn acct(uri: &str) -> AccountId {
    AccountId::from_dev_seed(uri).unwrap()
}

/// The demo chain plus the lab subnet (netuid 4), commit-reveal `cr`; wallet `vali`
/// (coldkey //Ferdie, hotkey `default` = //Ferdie_weights), wallet `stranger` (hotkey not
/// registered anywhere).
fn lab(cr: bool) -> Env {
    let env = Env::new("demo");
    env.wallet("vali", "//Ferdie", &[("default", VALI)]);
    env.wallet("stranger", "//Eve", &[("default", "//Nobody_weights")]);
    let mut chain = Chain::open(&env.dir().join("chain")).unwrap();
    let root = |c: &mut Chain, call: Call| {
        c.submit_dev(Origin::Root, call).unwrap();
    };
    // Demo genesis registered subnets at block 0; the network rate limit would refuse a 4th.
    root(&mut chain, Call::SudoSetGlobal { param: GlobalParam::NetworkRateLimit, value: 0 });
    chain
        .submit_dev(Origin::Signed(acct("//Ferdie")), Call::RegisterNetwork { hotkey: acct(VALI) })
        .unwrap();
    assert!(chain.subnet(LAB).unwrap().is_some());
    for i in 0..4 {
        chain
            .submit_dev(
                Origin::Signed(acct("//Eve")),
                Call::BurnedRegister { netuid: LAB, hotkey: acct(&format!("//Eve_lab{i}")) },
            )
            .unwrap();
    }
    let set = |c: &mut Chain, param: Hyperparam, value: i128| {
        root(c, Call::SudoSetHyperparam { netuid: LAB, param, value });
    };
    set(&mut chain, Hyperparam::WeightsRateLimit, RATE_LIMIT as i128);
    set(&mut chain, Hyperparam::MinAllowedWeights, 2);
    set(&mut chain, Hyperparam::CommitRevealPeriod, 1);
    set(&mut chain, Hyperparam::CommitRevealWeightsEnabled, cr as i128);
    // Last: setting the tempo restarts the epoch schedule.
    set(&mut chain, Hyperparam::Tempo, TEMPO);
    // Past the rate limit counted from the registrations.
    chain.advance(RATE_LIMIT).unwrap();
    drop(chain);
    env
}

fn chain(env: &Env) -> Chain {
    Chain::open(&env.dir().join("chain")).unwrap()
}

/// The lab validator's (uid 0) weights row as stored on chain.
fn stored_row(env: &Env) -> Vec<(u16, u16)> {
    chain(env)
        .weights(LAB)
        .unwrap()
        .into_iter()
        .find(|(u, _)| *u == 0)
        .map(|(_, r)| r)
        .unwrap_or_default()
}

fn head(env: &Env) -> u64 {
    chain(env).head().unwrap().number
}

fn advance_to(env: &Env, block: u64) {
    let h = head(env);
    if block > h {
        env.json(&["chain", "advance", "--blocks", &(block - h).to_string()]);
    }
}

fn vali(args: &[&str]) -> Vec<String> {
    let mut v = vec!["-w".to_string(), "vali".to_string()];
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn run_json(env: &Env, args: &[&str]) -> Value {
    let a = vali(args);
    env.json(&a.iter().map(String::as_str).collect::<Vec<_>>())
}

fn run_err(env: &Env, args: &[&str], code: i32) -> Value {
    let a = vali(args);
    env.json_err(&a.iter().map(String::as_str).collect::<Vec<_>>(), code)
}

fn pairs(v: &Value) -> Vec<(u16, u16)> {
    v["data"]["weights"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["uid"].as_u64().unwrap() as u16, r["value"].as_u64().unwrap() as u16))
        .collect()
}

fn journal_path(env: &Env) -> std::path::PathBuf {
    env.dir().join("journal").join("embedded.json")
}

fn journal(env: &Env) -> Value {
    serde_json::from_str(&std::fs::read_to_string(journal_path(env)).unwrap()).unwrap()
}

#[test]
fn set_from_every_input_form_stores_the_normalised_values() {
    let env = lab(false);
    // Inline pairs, JSON.
    let v = run_json(
        &env,
        &["--yes", "weights", "set", "--netuid", "4", "--weights", "1:0.5,2:0.25,3:0.25"],
    );
    assert_eq!(v["command"], "weights.set");
    assert_eq!(pairs(&v), vec![(1, 65535), (2, 32768), (3, 32768)]);
    assert_eq!(v["data"]["weights"][0]["share_ppm"], 499_996);
    assert_eq!(v["data"]["hotkey"], addr(VALI));
    assert_eq!(v["data"]["uid"], 0);
    assert_eq!(v["data"]["version_key"], 0);
    assert_eq!(stored_row(&env), pairs(&v));
    let stored: Vec<(u16, u16)> = serde_json::from_value(v["data"]["stored"].clone()).unwrap();
    assert_eq!(stored, pairs(&v));

    // JSON object file, human output.
    env.json(&["chain", "advance", "--blocks", &RATE_LIMIT.to_string()]);
    let f = env.dir().join("w.json");
    std::fs::write(&f, r#"{"1": 3, "4": 1}"#).unwrap();
    env.cmd()
        .args(vali(&["--yes", "weights", "set", "--netuid", "4", "--file"]))
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains("65535").and(predicate::str::contains("75.0000 %")))
        .stderr(predicate::str::contains("weights set in block #"));
    assert_eq!(stored_row(&env), vec![(1, 65535), (4, 21845)]);

    // JSON list file.
    env.json(&["chain", "advance", "--blocks", &RATE_LIMIT.to_string()]);
    std::fs::write(&f, "[[2, 0.1], [3, 0.3], [4, 0]]").unwrap();
    let v = run_json(
        &env,
        &["--yes", "weights", "set", "--netuid", "4", "--file", f.to_str().unwrap()],
    );
    assert_eq!(pairs(&v), vec![(2, 21845), (3, 65535), (4, 0)]);
    assert_eq!(stored_row(&env), pairs(&v));

    // CSV with a header.
    env.json(&["chain", "advance", "--blocks", &RATE_LIMIT.to_string()]);
    let csv = env.dir().join("w.csv");
    std::fs::write(&csv, "uid,weight\n1,100\n2,50\n3,1\n").unwrap();
    let v = run_json(
        &env,
        &["--yes", "weights", "set", "--netuid", "4", "--file", csv.to_str().unwrap()],
    );
    // Integers: the same values the chain's own upscale of the raw integers gives.
    let expect = local_chain::calls::weights::max_upscale(&[100, 50, 1]);
    assert_eq!(pairs(&v).iter().map(|p| p.1).collect::<Vec<_>>(), expect);
    assert_eq!(stored_row(&env), pairs(&v));

    // Stdin.
    env.json(&["chain", "advance", "--blocks", &RATE_LIMIT.to_string()]);
    let out = env
        .cmd()
        .args(vali(&["--json", "--yes", "weights", "set", "--netuid", "4", "--file", "-"]))
        .write_stdin("1:1\n2:2\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pairs(&v), vec![(1, 32768), (2, 65535)]);
    assert_eq!(stored_row(&env), pairs(&v));

    // A dry run shows the same table and changes nothing.
    env.json(&["chain", "advance", "--blocks", &RATE_LIMIT.to_string()]);
    let before = env.fingerprint();
    let v =
        run_json(&env, &["weights", "set", "--netuid", "4", "--weights", "3:1,4:1", "--dry-run"]);
    assert_eq!(v["data"]["dry_run"], true);
    assert!(v["data"]["block"].is_null());
    assert_eq!(pairs(&v), vec![(3, 65535), (4, 65535)]);
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn bad_input_is_refused_before_signing_and_leaves_the_chain_unchanged() {
    let env = lab(false);
    let before = env.fingerprint();
    let bad = env.dir().join("bad.json");
    std::fs::write(&bad, r#"{"1": "heavy", "2": 1}"#).unwrap();
    let broken = env.dir().join("broken.json");
    std::fs::write(&broken, r#"{"1": 0.5,"#).unwrap();
    let bad_csv = env.dir().join("bad.csv");
    std::fs::write(&bad_csv, "1,0.5\n2\n").unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--netuid", "99", "--weights", "1:1,2:1"], "`99`"),
        (vec!["--netuid", "4", "--weights", "1:1,9:1"], "uid `9` does not exist"),
        (vec!["--netuid", "4", "--weights", "1:1,1:2"], "uid `1` is given more than once"),
        (vec!["--netuid", "4", "--weights", "1:1"], "at least `2`"),
        (vec!["--netuid", "4", "--weights", "1:-1,2:1"], "is negative"),
        (vec!["--netuid", "4", "--weights", "1:NaN,2:1"], "NaN"),
        (vec!["--netuid", "4", "--weights", "1:0,2:0"], "every weight is zero"),
        (vec!["--netuid", "4", "--weights", "1:x,2:1"], "not a number"),
        (vec!["--netuid", "4", "--file", bad.to_str().unwrap()], "`heavy`"),
        (vec!["--netuid", "4", "--file", broken.to_str().unwrap()], "not valid JSON"),
        (vec!["--netuid", "4", "--file", bad_csv.to_str().unwrap()], "line 2"),
        (vec!["--netuid", "2", "--weights", "1:1,2:1"], "commit-reveal on"),
    ];
    for (args, needle) in cases {
        let mut a = vec!["--yes", "weights", "set"];
        a.extend(args.iter().copied());
        let e = run_err(&env, &a, 3);
        let msg = e["error"]["message"].as_str().unwrap();
        assert!(msg.contains(needle), "{args:?}: {msg}");
        assert!(e["error"]["hint"].is_string(), "{args:?}");
    }
    // Unregistered hotkey.
    let e = env.json_err(
        &["-w", "stranger", "--yes", "weights", "set", "--netuid", "4", "--weights", "1:1,2:1"],
        3,
    );
    assert!(e["error"]["message"].as_str().unwrap().contains("is not registered on subnet `4`"));
    assert!(e["error"]["hint"].as_str().unwrap().contains("subnets register"));
    // No terminal and no --yes: refused (aborted), nothing signed.
    let e = run_err(&env, &["weights", "set", "--netuid", "4", "--weights", "1:1,2:1"], 9);
    assert!(e["error"]["hint"].as_str().unwrap().contains("--yes"));
    assert_eq!(env.fingerprint(), before);

    // Rate limit: a second set right after the first is refused with when to retry.
    run_json(&env, &["--yes", "weights", "set", "--netuid", "4", "--weights", "1:1,2:1"]);
    let after_first = env.fingerprint();
    let row = stored_row(&env);
    let e = run_err(&env, &["--yes", "weights", "set", "--netuid", "4", "--weights", "3:1,4:1"], 4);
    assert_eq!(e["error"]["chain_error"], "SettingWeightsTooFast");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains(&format!("may be retried in {} blocks", RATE_LIMIT - 1)), "{msg}");
    assert_eq!(env.fingerprint(), after_first);
    assert_eq!(stored_row(&env), row);
    // Human form of the same refusal.
    env.cmd()
        .args(vali(&["--yes", "weights", "set", "--netuid", "4", "--weights", "3:1,4:1"]))
        .assert()
        .code(4)
        .stderr(predicate::str::contains("rate limit").and(predicate::str::contains("hint:")));
}

#[test]
fn commit_then_reveal_pending_reveals_exactly_the_due_one_across_restarts() {
    let env = lab(true);
    // Commit A.
    let a =
        run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:3"]);
    assert_eq!(a["command"], "weights.commit");
    let a_hash = a["data"]["commit_hash"].as_str().unwrap().to_string();
    let a_block = a["data"]["commit_block"].as_u64().unwrap();
    let a_from = a["data"]["reveal_from_block"].as_u64().unwrap();
    let a_until = a["data"]["reveal_until_block"].as_u64().unwrap();
    assert_eq!(a_until - a_from + 1, TEMPO as u64);
    assert!(a_from > a_block);
    // The hash is the chain's.
    let q = chain(&env).commits(LAB, &acct(VALI)).unwrap();
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].hash.to_hex(), a_hash);
    assert_eq!(q[0].commit_block, a_block);
    // The journal: 0600, the salt and the window.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(journal_path(&env)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let j = journal(&env);
    let e = &j["entries"][0];
    assert_eq!(e["status"], "committed");
    assert_eq!(e["commit_hash"], a_hash.as_str());
    assert_eq!(e["salt"].as_array().unwrap().len(), 8);
    assert_eq!(e["weights"], serde_json::json!([21845, 65535]));
    assert_eq!(e["reveal_from_block"], a_from);

    // Early: reported as not due, nothing submitted.
    let before = env.fingerprint();
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["revealed"], 0);
    assert_eq!(r["data"]["not_due"], 1);
    assert_eq!(r["data"]["items"][0]["outcome"], "not_due");
    assert_eq!(r["data"]["items"][0]["reveal_from_block"], a_from);
    assert_eq!(env.fingerprint(), before);

    // Commit B inside A's window (and past the rate limit): B is due one epoch later.
    advance_to(&env, a_from.max(a_block + RATE_LIMIT) - 1);
    let b =
        run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "3:1,4:1"]);
    let b_hash = b["data"]["commit_hash"].as_str().unwrap().to_string();
    let b_from = b["data"]["reveal_from_block"].as_u64().unwrap();
    assert!(b["data"]["commit_block"].as_u64().unwrap() <= a_until);
    assert!(b_from > a_until);

    // The cron run: reveals A only, says when B is due.
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["revealed"], 1, "{r:#}");
    assert_eq!(r["data"]["not_due"], 1);
    let items = r["data"]["items"].as_array().unwrap();
    let ia = items.iter().find(|i| i["commit_hash"] == a_hash.as_str()).unwrap();
    let ib = items.iter().find(|i| i["commit_hash"] == b_hash.as_str()).unwrap();
    assert_eq!(ia["outcome"], "revealed");
    assert_eq!(ib["outcome"], "not_due");
    assert_eq!(ib["reveal_from_block"], b_from);
    assert_eq!(stored_row(&env), vec![(1, 21845), (2, 65535)]);
    let q = chain(&env).commits(LAB, &acct(VALI)).unwrap();
    assert_eq!(q.iter().map(|w| w.hash.to_hex()).collect::<Vec<_>>(), vec![b_hash.clone()]);

    // A new process sees the journal: A revealed, B committed.
    let s = run_json(&env, &["weights", "status"]);
    let entries = s["data"]["entries"].as_array().unwrap();
    let sa = entries.iter().find(|e| e["commit_hash"] == a_hash.as_str()).unwrap();
    let sb = entries.iter().find(|e| e["commit_hash"] == b_hash.as_str()).unwrap();
    assert_eq!(sa["state"], "revealed");
    assert_eq!(sb["state"], "committed");
    assert_eq!(sb["on_chain"], true);
    let w = &s["data"]["on_chain_weights"][0];
    assert_eq!(w["netuid"], 4);
    assert_eq!(w["weights"][1]["weight"], 65535);

    // Later: B is due, then revealed by the same cron command.
    advance_to(&env, b_from - 1);
    let s = run_json(&env, &["weights", "status", "--netuid", "4"]);
    let sb = s["data"]["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["commit_hash"] == b_hash.as_str())
        .unwrap()
        .clone();
    assert_eq!(sb["state"], "due");
    env.cmd()
        .args(vali(&["--yes", "weights", "reveal", "--pending"]))
        .assert()
        .success()
        .stdout(predicate::str::contains("revealed in #"));
    assert_eq!(stored_row(&env), vec![(3, 65535), (4, 65535)]);
    assert!(chain(&env).commits(LAB, &acct(VALI)).unwrap().is_empty());
    let j = journal(&env);
    assert!(j["entries"].as_array().unwrap().iter().all(|e| e["status"] == "revealed"));
    // Nothing left: a quiet success for cron.
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["items"].as_array().unwrap().len(), 0);
}

#[test]
fn early_reveal_is_reported_and_an_expired_commit_is_recorded() {
    let env = lab(true);
    let c = run_json(
        &env,
        &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:1", "--salt", "1,2,3"],
    );
    let until = c["data"]["reveal_until_block"].as_u64().unwrap();
    let from = c["data"]["reveal_from_block"].as_u64().unwrap();
    let before = env.fingerprint();
    let r = run_json(&env, &["--yes", "weights", "reveal", "--netuid", "4"]);
    assert_eq!(r["data"]["items"][0]["outcome"], "not_due");
    let wait = r["data"]["items"][0]["blocks_until_due"].as_u64().unwrap();
    assert_eq!(wait, from - head(&env) - 1);
    // Human: says when.
    env.cmd()
        .args(vali(&["--yes", "weights", "reveal", "--netuid", "4"]))
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("not due: from #{from}")));
    assert_eq!(env.fingerprint(), before);
    // Past the window: expired, recorded, nothing submitted.
    advance_to(&env, until + 1);
    let before = env.fingerprint();
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["expired"], 1);
    assert_eq!(r["data"]["items"][0]["outcome"], "expired");
    assert_eq!(env.fingerprint(), before);
    assert_eq!(journal(&env)["entries"][0]["status"], "expired");
    let s = run_json(&env, &["weights", "status"]);
    assert_eq!(s["data"]["entries"][0]["state"], "expired");
    assert!(stored_row(&env).is_empty());
}

#[test]
fn a_tampered_journal_gives_a_clear_error_and_leaves_the_chain_unchanged() {
    let env = lab(true);
    let c =
        run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:1"]);
    let hash = c["data"]["commit_hash"].as_str().unwrap().to_string();
    advance_to(&env, c["data"]["reveal_from_block"].as_u64().unwrap());
    let mut j = journal(&env);
    j["entries"][0]["salt"][0] =
        serde_json::json!(j["entries"][0]["salt"][0].as_u64().unwrap() ^ 1);
    std::fs::write(journal_path(&env), serde_json::to_string_pretty(&j).unwrap()).unwrap();
    let before = env.fingerprint();
    let e = run_err(&env, &["--yes", "weights", "reveal", "--pending"], 4);
    assert_eq!(e["error"]["chain_error"], "InvalidRevealCommitHashNotMatch");
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains(&hash) && msg.contains("nothing was submitted"), "{msg}");
    assert!(e["error"]["hint"].as_str().unwrap().contains("embedded.json"));
    assert_eq!(env.fingerprint(), before);
    assert_eq!(chain(&env).commits(LAB, &acct(VALI)).unwrap().len(), 1);
    assert_eq!(journal(&env)["entries"][0]["status"], "committed");
}

#[test]
fn commit_refusals_and_dry_run() {
    let env = lab(true);
    let before = env.fingerprint();
    // Dry run: hash shown, nothing journaled or submitted.
    let d = run_json(
        &env,
        &[
            "weights",
            "commit",
            "--netuid",
            "4",
            "--weights",
            "1:1,2:1",
            "--salt",
            "7,8",
            "--dry-run",
        ],
    );
    assert_eq!(d["data"]["dry_run"], true);
    let expect = local_chain::calls::weights::commit_hash(
        &acct(VALI),
        LAB,
        &[1, 2],
        &[65535, 65535],
        &[7, 8],
        0,
    );
    assert_eq!(d["data"]["commit_hash"], expect.to_hex());
    assert!(!journal_path(&env).exists());
    // Commit-reveal off on subnet 1: commit refused.
    let e =
        run_err(&env, &["--yes", "weights", "commit", "--netuid", "1", "--weights", "1:1,2:1"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("commit-reveal off"));
    // Unknown --commit hash.
    let e =
        run_err(&env, &["--yes", "weights", "reveal", "--netuid", "4", "--commit", "0xdead"], 3);
    assert!(e["error"]["message"].as_str().unwrap().contains("`0xdead`"));
    // Without --yes and without a terminal.
    run_err(&env, &["weights", "commit", "--netuid", "4", "--weights", "1:1,2:1"], 9);
    assert!(!journal_path(&env).exists());
    assert_eq!(env.fingerprint(), before);
    // Rate limit on commits.
    run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:1"]);
    let e =
        run_err(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:2,2:1"], 4);
    assert_eq!(e["error"]["chain_error"], "CommittingWeightsTooFast");
    assert!(e["error"]["message"].as_str().unwrap().contains("may be retried in"));
    assert_eq!(journal(&env)["entries"].as_array().unwrap().len(), 1);
}

#[test]
fn a_genesis_validator_sets_weights_after_the_first_epoch() {
    // //Bob_hk1 is a demo validator on subnet 1; permits are assigned at the first epoch
    // (block 360), when the demo policy also sets Bob's weights (rate limit 100 blocks).
    let env = Env::new("demo");
    env.wallet("bob", "//Bob", &[("validator", "//Bob_hk1")]);
    env.json(&["chain", "advance", "--blocks", "362"]);
    let args = [
        "-w",
        "bob",
        "-H",
        "validator",
        "--yes",
        "weights",
        "set",
        "--netuid",
        "1",
        "--weights",
        "3:1,4:2",
    ];
    let e = env.json_err(&args, 4);
    assert_eq!(e["error"]["chain_error"], "SettingWeightsTooFast");
    assert!(e["error"]["message"].as_str().unwrap().contains("may be retried in"));
    env.json(&["chain", "advance", "--blocks", "100"]);
    let v = env.json(&args);
    assert_eq!(pairs(&v), vec![(3, 32768), (4, 65535)]);
    let stored: Vec<(u16, u16)> = serde_json::from_value(v["data"]["stored"].clone()).unwrap();
    assert_eq!(stored, pairs(&v));
}

#[test]
fn reveal_pending_all_hotkeys_and_without_yes() {
    let env = lab(true);
    // A second hotkey of the same wallet: the miner at uid 1, which may commit a self-weight.
    keystore::WalletRoot::new(env.wallets())
        .wallet("vali")
        .unwrap()
        .write_hotkey(
            "m0",
            &keystore::Keypair::from_uri("//Eve_lab0").unwrap(),
            keystore::Protection::Plain,
            true,
        )
        .unwrap();
    let a =
        run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:1"]);
    let b = run_json(
        &env,
        &["-H", "m0", "--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1"],
    );
    assert_eq!(b["data"]["uid"], 1);
    let from = a["data"]["reveal_from_block"].as_u64().unwrap();
    assert_eq!(b["data"]["reveal_from_block"].as_u64().unwrap(), from);
    advance_to(&env, from);
    // Due, but no terminal and no --yes: refused, nothing submitted, journal unchanged.
    let before = env.fingerprint();
    let e = run_err(&env, &["weights", "reveal", "--pending", "--all-hotkeys"], 9);
    assert!(e["error"]["hint"].as_str().unwrap().contains("--yes"));
    assert_eq!(env.fingerprint(), before);
    // -H default alone sees only its own commit.
    let d = run_json(&env, &["weights", "reveal", "--pending", "--dry-run"]);
    assert_eq!(d["data"]["items"].as_array().unwrap().len(), 1);
    assert_eq!(d["data"]["items"][0]["outcome"], "would_reveal");
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending", "--all-hotkeys"]);
    assert_eq!(r["data"]["revealed"], 2, "{r:#}");
    let rows = chain(&env).weights(LAB).unwrap();
    assert_eq!(rows, vec![(0, vec![(1, 65535), (2, 65535)]), (1, vec![(1, 65535)])]);
    let s = run_json(&env, &["weights", "status", "--all-hotkeys"]);
    assert_eq!(s["data"]["hotkeys"].as_array().unwrap().len(), 2);
    assert!(s["data"]["entries"].as_array().unwrap().iter().all(|e| e["state"] == "revealed"));
}

#[test]
fn json_field_names_are_pinned() {
    use chainenv::keys;
    let env = lab(true);
    let c =
        run_json(&env, &["--yes", "weights", "commit", "--netuid", "4", "--weights", "1:1,2:1"]);
    assert_eq!(
        keys(&c["data"]),
        [
            "commit_block",
            "commit_epoch",
            "commit_hash",
            "dry_run",
            "hotkey",
            "journal",
            "netuid",
            "reveal_from_block",
            "reveal_until_block",
            "uid",
            "version_key",
            "weights"
        ]
    );
    assert_eq!(keys(&c["data"]["weights"][0]), ["input", "share_ppm", "uid", "value"]);
    let r = run_json(&env, &["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(
        keys(&r["data"]),
        ["block", "dry_run", "expired", "items", "missing", "not_due", "revealed"]
    );
    assert_eq!(
        keys(&r["data"]["items"][0]),
        [
            "blocks_until_due",
            "commit_block",
            "commit_hash",
            "hotkey",
            "netuid",
            "outcome",
            "reveal_block",
            "reveal_from_block",
            "reveal_until_block"
        ]
    );
    let s = run_json(&env, &["weights", "status"]);
    assert_eq!(
        keys(&s["data"]),
        ["block", "entries", "hotkeys", "journal", "network", "on_chain_weights", "unjournaled"]
    );
    assert_eq!(
        keys(&s["data"]["entries"][0]),
        [
            "commit_block",
            "commit_epoch",
            "commit_hash",
            "hotkey",
            "netuid",
            "on_chain",
            "reveal_block",
            "reveal_from_block",
            "reveal_until_block",
            "state",
            "uids",
            "weights"
        ]
    );
    assert_eq!(keys(&s["data"]["on_chain_weights"][0]), ["hotkey", "netuid", "uid", "weights"]);
    // set, on a commit-reveal-off lab.
    let env = lab(false);
    let v = run_json(&env, &["--yes", "weights", "set", "--netuid", "4", "--weights", "1:1,2:1"]);
    assert_eq!(
        keys(&v["data"]),
        ["block", "dry_run", "hotkey", "netuid", "stored", "uid", "version_key", "weights"]
    );
    let s = run_json(&env, &["weights", "status"]);
    assert_eq!(
        keys(&s["data"]["on_chain_weights"][0]["weights"][0]),
        ["share_ppm", "uid", "weight"]
    );
}

#[test]
fn version_key_defaults_to_the_subnets_weights_version() {
    let env = lab(false);
    let mut c = chain(&env);
    // Hyperparameters cannot change in the last blocks before an epoch (admin freeze window).
    let left = c.epoch_countdowns().unwrap().into_iter().find(|(n, _)| *n == LAB).unwrap().1;
    if left < 12 {
        c.advance(left + 1).unwrap();
    }
    c.submit_dev(
        Origin::Root,
        Call::SudoSetHyperparam { netuid: LAB, param: Hyperparam::WeightsVersion, value: 7 },
    )
    .unwrap();
    drop(c);
    let before = env.fingerprint();
    let e = run_err(
        &env,
        &["--yes", "weights", "set", "--netuid", "4", "--weights", "1:1,2:1", "--version-key", "3"],
        3,
    );
    let msg = e["error"]["message"].as_str().unwrap();
    assert!(msg.contains("`3`") && msg.contains("`7`"), "{msg}");
    assert_eq!(env.fingerprint(), before);
    let v = run_json(&env, &["--yes", "weights", "set", "--netuid", "4", "--weights", "1:1,2:1"]);
    assert_eq!(v["data"]["version_key"], 7);
    assert_eq!(stored_row(&env), vec![(1, 65535), (2, 65535)]);
}
