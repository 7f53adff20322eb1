//! End-to-end: `taoctl stake …` on a temporary demo chain — every verb in human and JSON form,
//! the preview-honesty property (preview == what the chain did, to the rao), refusals that leave
//! the chain unchanged, and the field names of each command's `data`.

mod chainenv;

use chainenv::{Env, PASSWORD, Rng, addr, keys, tao};
use predicates::prelude::*;
use serde_json::Value;

/// Demo chain + wallet `alice` (coldkey //Alice; hotkeys `default` = //Alice_hk2, a validator on
/// subnet 2, and `owner` = //Alice_hk, subnet 1's owner hotkey).
fn demo() -> Env {
    let env = Env::new("demo");
    env.wallet("alice", "//Alice", &[("default", "//Alice_hk2"), ("owner", "//Alice_hk")]);
    env
}

fn a(env: &Env, args: &[&str]) -> Value {
    let mut full = vec!["-w", "alice"];
    full.extend_from_slice(args);
    env.json(&full)
}

fn leg(v: &Value) -> &Value {
    &v["data"]["legs"][0]
}

fn executed(v: &Value) -> &Value {
    &v["data"]["executed"][0]
}

#[test]
fn add_and_remove_preview_equals_execution_human_and_json() {
    let env = demo();
    let before = env.fingerprint();
    let d = a(&env, &["stake", "add", "--netuid", "1", "--amount", "2.5", "--dry-run"]);
    assert_eq!(d["command"], "stake.add");
    assert_eq!(d["data"]["dry_run"], true);
    assert_eq!(d["data"]["executed"].as_array().unwrap().len(), 0);
    let p = leg(&d);
    assert_eq!(p["call"]["name"], "add_stake_limit");
    assert_eq!(p["call"]["allow_partial"], false);
    assert_eq!(p["protection"], "limit");
    assert_eq!(p["tolerance_pct"], 0.5);
    // limit = spot × 1.005 and the worst case is what a fill at the limit would give.
    let spot = p["spot_price_rao"].as_u64().unwrap();
    assert_eq!(p["limit_price_rao"].as_u64().unwrap(), spot * 1_005_000 / 1_000_000);
    assert!(p["worst_case_out"].as_u64().unwrap() < p["expected_out"].as_u64().unwrap());
    assert!(p["swap_fee"].as_u64().unwrap() > 0 && p["tx_fee_rao"].as_u64().unwrap() > 0);
    assert_eq!(env.fingerprint(), before, "a dry run changes nothing");

    let bal0 = env.balance(&addr("//Alice"));
    let v = a(&env, &["--yes", "stake", "add", "--netuid", "1", "--amount", "2.5"]);
    let (p, x) = (leg(&v), executed(&v));
    assert_eq!(p["expected_out"], x["actual_out"]);
    let event =
        x["events"].as_array().unwrap().iter().find(|e| e["event"] == "StakeAdded").unwrap();
    assert_eq!(event["alpha"], p["expected_out"], "the chain's own event agrees");
    assert_eq!(event["fee"], p["swap_fee"]);
    assert_eq!(x["fee_rao"], p["tx_fee_rao"]);
    assert_eq!(
        bal0 - env.balance(&addr("//Alice")),
        2_500_000_000 + x["fee_rao"].as_u64().unwrap()
    );

    // Remove half of it back, in human form. Nobody is asked (--yes, no terminal), so the preview
    // is printed once, inside the report on stdout, next to the result.
    env.cmd()
        .args(["-w", "alice", "--yes", "stake", "remove", "--netuid", "1", "--amount", "1"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Preview:").not())
        .stdout(predicate::str::contains("worst case out"))
        .stdout(predicate::str::contains("fill-or-kill"))
        .stdout(predicate::str::contains("actual out"))
        .stdout(predicate::str::contains("limit price"));
}

#[test]
fn help_states_one_tolerance() {
    let env = demo();
    let mut percents = Vec::new();
    for args in
        [vec!["stake", "--help"], vec!["stake", "add", "--help"], vec!["stake", "move", "--help"]]
    {
        let out = env.cmd().args(&args).output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
        assert!(help.contains("[default: 0.5]") || args.len() == 2, "{args:?}: {help}");
        // Every percentage the help mentions is the one default: no 5 % vs 0.5 % confusion.
        let words: Vec<&str> = help.split_whitespace().collect();
        for w in words.windows(2) {
            if w[1].starts_with('%') {
                percents.push(w[0].trim_start_matches('(').to_string());
            }
        }
    }
    assert!(!percents.is_empty());
    assert!(percents.iter().all(|p| p == "0.5"), "{percents:?}");
}

/// Random trades on random pools: the preview's expected-out equals the executed result, read
/// back from the chain's events (add), the coldkey's balance (remove) or the destination
/// position (move/transfer/swap).
#[test]
fn preview_honesty_random_trades() {
    let env = demo();
    let alice = addr("//Alice");
    let bob = addr("//Bob");
    let hk2 = addr("//Alice_hk2");
    let hk = addr("//Alice_hk");
    let mut rng = Rng(0x7a0c_7100_2026_1122);
    let mut checked = 0;
    let mut by_check = std::collections::BTreeMap::new();
    for _ in 0..24 {
        let netuid = 1 + rng.below(3);
        let other = 1 + (netuid + rng.below(2)) % 3;
        let held = env.position(&alice, &hk2, netuid);
        let amount_alpha = |rng: &mut Rng| tao((held / 4).max(1) + rng.below((held / 2).max(1)));
        let kind = if held < 50_000_000 { 0 } else { rng.below(5) };
        let partial = rng.below(3) == 0;
        let (args, check): (Vec<String>, &str) = match kind {
            0 => {
                let amount = tao(10_000_000 + rng.below(4_000_000_000));
                (
                    vec!["stake", "add", "--netuid", &netuid.to_string(), "--amount", &amount]
                        .into_iter()
                        .map(String::from)
                        .collect(),
                    "add",
                )
            }
            1 => (
                vec![
                    "stake".into(),
                    "remove".into(),
                    "--netuid".into(),
                    netuid.to_string(),
                    "--amount".into(),
                    amount_alpha(&mut rng),
                ],
                "remove",
            ),
            2 => (
                vec![
                    "stake".into(),
                    "swap".into(),
                    "--origin-netuid".into(),
                    netuid.to_string(),
                    "--dest-netuid".into(),
                    (if other == netuid { 1 + netuid % 3 } else { other }).to_string(),
                    "--amount".into(),
                    amount_alpha(&mut rng),
                ],
                "dest",
            ),
            3 => (
                vec![
                    "stake".into(),
                    "move".into(),
                    "--origin-netuid".into(),
                    netuid.to_string(),
                    "--dest-netuid".into(),
                    other.to_string(),
                    "--dest-hotkey".into(),
                    hk.clone(),
                    "--amount".into(),
                    amount_alpha(&mut rng),
                ],
                "dest",
            ),
            _ => (
                vec![
                    "stake".into(),
                    "transfer".into(),
                    "--dest".into(),
                    bob.clone(),
                    "--origin-netuid".into(),
                    netuid.to_string(),
                    "--dest-netuid".into(),
                    other.to_string(),
                    "--amount".into(),
                    amount_alpha(&mut rng),
                ],
                "dest",
            ),
        };
        let mut args = args;
        args.extend(["--tolerance".into(), "5".into()]);
        if partial && matches!(kind, 0..=2) {
            args.push("--partial".into());
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut full = vec!["-w", "alice", "--yes"];
        full.extend_from_slice(&refs);
        let before_fp = env.fingerprint();
        let bal_before = env.balance(&alice);
        let dest_key = |v: &Value| {
            let p = leg(v);
            (
                p["dest_coldkey"].as_str().unwrap().to_string(),
                p["dest_hotkey"].as_str().unwrap().to_string(),
                p["dest_netuid"].as_u64().unwrap(),
            )
        };
        // Read the destination position first (from a dry run's leg description).
        let mut dry = full.clone();
        dry.push("--dry-run");
        let out = env.cmd().arg("--json").args(&dry).output().unwrap();
        if !out.status.success() {
            // A refusal (e.g. AmountTooLow for a dust remainder) must leave the chain as it was.
            assert_eq!(
                out.status.code(),
                Some(4),
                "{refs:?}: {}",
                String::from_utf8_lossy(&out.stdout)
            );
            assert_eq!(env.fingerprint(), before_fp);
            continue;
        }
        let d: Value = serde_json::from_slice(&out.stdout).unwrap();
        let (dc, dh, dn) = dest_key(&d);
        let dest_before = env.position(&dc, &dh, dn);
        let v = env.json(&full);
        let (p, x) = (leg(&v), executed(&v));
        assert_eq!(
            p["expected_out"], d["data"]["legs"][0]["expected_out"],
            "{refs:?}: dry run and preview agree"
        );
        assert_eq!(p["expected_out"], x["actual_out"], "{refs:?}");
        let expected = p["expected_out"].as_u64().unwrap();
        match check {
            "add" => {
                let ev = x["events"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|e| e["event"] == "StakeAdded")
                    .unwrap();
                assert_eq!(ev["alpha"].as_u64().unwrap(), expected, "{refs:?}");
            }
            "remove" => {
                let got = env.balance(&alice) + x["fee_rao"].as_u64().unwrap() - bal_before;
                assert_eq!(got, expected, "{refs:?}");
            }
            _ => {
                assert_eq!(env.position(&dc, &dh, dn) - dest_before, expected, "{refs:?}");
            }
        }
        checked += 1;
        *by_check.entry(args[1].clone()).or_insert(0) += 1;
    }
    assert!(checked >= 16, "only {checked} trades were checked");
    assert_eq!(by_check.len(), 5, "every verb was exercised: {by_check:?}");
}

#[test]
fn multi_netuid_and_all_hotkeys_legs_are_exact() {
    let env = demo();
    let v =
        a(&env, &["--yes", "stake", "add", "--netuids", "1,2,3", "--amount", "3", "--all-hotkeys"]);
    let legs = v["data"]["legs"].as_array().unwrap();
    let ex = v["data"]["executed"].as_array().unwrap();
    assert_eq!(legs.len(), 6, "2 hotkeys × 3 subnets");
    // Later legs on the same subnet see the earlier ones: the preview chained them.
    for (p, x) in legs.iter().zip(ex) {
        assert_eq!(p["expected_out"], x["actual_out"]);
        assert_eq!(p["block"], x["block"]);
    }
    let v = a(&env, &["--yes", "stake", "remove", "--netuids", "1,3", "--all", "--all-hotkeys"]);
    for (p, x) in
        v["data"]["legs"].as_array().unwrap().iter().zip(v["data"]["executed"].as_array().unwrap())
    {
        assert_eq!(p["expected_out"], x["actual_out"]);
    }
    let list = env.json(&["stake", "list", "--ss58", &addr("//Alice")]);
    let on_1_or_3 = list["data"]["positions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["netuid"] == 1 || p["netuid"] == 3)
        .count();
    assert_eq!(on_1_or_3, 0, "remove --all emptied subnets 1 and 3: {list}");
}

#[test]
fn move_transfer_swap_unstake_all() {
    let env = demo();
    let (alice, bob, hk, hk2) =
        (addr("//Alice"), addr("//Bob"), addr("//Alice_hk"), addr("//Alice_hk2"));
    // Same-subnet move: an exact share transfer.
    let v = a(
        &env,
        &[
            "--yes",
            "stake",
            "move",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "2",
            "--dest-hotkey",
            &hk,
            "--amount",
            "4",
        ],
    );
    assert_eq!(leg(&v)["protection"], "exact");
    assert_eq!(leg(&v)["expected_out"], 4_000_000_000u64);
    assert_eq!(leg(&v)["swap_fee"], 0);
    assert_eq!(env.position(&alice, &hk, 2), 4_000_000_000);
    // Cross-subnet move: no limit call exists, so a client-side check protects it.
    let d = a(
        &env,
        &[
            "stake",
            "move",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "3",
            "--amount",
            "4",
            "--dry-run",
        ],
    );
    assert_eq!(leg(&d)["protection"], "check");
    assert_eq!(leg(&d)["call"]["name"], "move_stake");
    assert!(leg(&d)["limit_price_rao"].is_null());
    let min = leg(&d)["worst_case_out"].as_u64().unwrap();
    assert_eq!(min, leg(&d)["expected_out"].as_u64().unwrap() * 995_000 / 1_000_000);
    // Transfer to Bob across subnets.
    let v = a(
        &env,
        &[
            "--yes",
            "stake",
            "transfer",
            "--dest",
            &bob,
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "1",
            "--amount",
            "3",
        ],
    );
    assert_eq!(leg(&v)["call"]["name"], "transfer_stake");
    assert_eq!(env.position(&bob, &hk2, 1), executed(&v)["actual_out"].as_u64().unwrap());
    // Swap uses swap_stake_limit.
    let v = a(
        &env,
        &[
            "--yes",
            "stake",
            "swap",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "3",
            "--amount",
            "2",
            "--tolerance",
            "3",
        ],
    );
    assert_eq!(leg(&v)["call"]["name"], "swap_stake_limit");
    assert_eq!(leg(&v)["protection"], "limit_and_check");
    assert_eq!(leg(&v)["expected_out"], executed(&v)["actual_out"]);
    // Human swap preview.
    env.cmd()
        .args([
            "-w",
            "alice",
            "stake",
            "swap",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "1",
            "--amount",
            "1",
            "--tolerance",
            "3",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("effective rate")
                .and(predicate::str::contains("swap_stake_limit")),
        );
    // unstake-all --alpha-only: everything but root goes to root on the same hotkey.
    let v = a(&env, &["--yes", "stake", "unstake-all", "--alpha-only", "--tolerance", "2"]);
    assert_eq!(leg(&v)["call"]["name"], "unstake_all_alpha");
    assert_eq!(leg(&v)["expected_out"], executed(&v)["actual_out"]);
    assert_eq!(env.position(&alice, &hk2, 2), 0);
    assert!(env.position(&alice, &hk2, 3) == 0);
    // unstake-all (root included), human.
    env.cmd()
        .args(["-w", "alice", "--yes", "stake", "unstake-all"])
        .assert()
        .success()
        .stdout(predicate::str::contains("every subnet"));
    assert_eq!(env.position(&alice, &hk2, 0), 0);
}

#[test]
fn list_any_coldkey_human_and_json() {
    let env = demo();
    let v = env.json(&["stake", "list", "--ss58", &addr("//Bob")]);
    assert_eq!(v["command"], "stake.list");
    let rows = v["data"]["positions"].as_array().unwrap();
    assert!(!rows.is_empty());
    for r in rows {
        assert!(r["value_exit_rao"].as_u64().unwrap() <= r["value_spot_rao"].as_u64().unwrap());
    }
    env.cmd()
        .args(["-w", "alice", "stake", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Value at exit").and(predicate::str::contains("omron")));
    env.cmd()
        .args(["stake", "list", "--ss58", "5NotAnAddress"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("`5NotAnAddress`"));
}

/// Every refusal: a clear message naming the value, the documented exit code, and no new block.
#[test]
fn bad_input_is_refused_and_the_chain_is_unchanged() {
    let env = demo();
    env.encrypted_wallet("locked", "//Alice", &[("default", "//Alice_hk2")]);
    let stranger = addr("//Nobody");
    let before = env.fingerprint();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["-w", "alice", "--yes", "stake", "add", "--netuid", "99", "--amount", "1"],
            3,
            "`99`",
        ),
        (
            vec![
                "-w",
                "alice",
                "--yes",
                "stake",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1",
                "--hotkey-ss58",
                &stranger,
            ],
            3,
            "not registered",
        ),
        (
            vec![
                "-w",
                "alice",
                "--yes",
                "stake",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1.0000000001",
            ],
            3,
            "more than 9 decimals",
        ),
        (vec!["-w", "alice", "--yes", "stake", "add", "--netuid", "1", "--amount=-1"], 3, "`-1`"),
        (vec!["-w", "alice", "--yes", "stake", "add", "--netuid", "1", "--amount", "0"], 3, "`0`"),
        (
            vec![
                "-w",
                "alice",
                "--yes",
                "stake",
                "add",
                "--netuid",
                "1",
                "--amount",
                "1",
                "--tolerance",
                "abc",
            ],
            3,
            "`abc`",
        ),
        (
            vec![
                "-w",
                "alice",
                "--yes",
                "stake",
                "transfer",
                "--dest",
                "5Bad",
                "--origin-netuid",
                "1",
                "--dest-netuid",
                "1",
                "--amount",
                "1",
            ],
            3,
            "`5Bad`",
        ),
        (
            vec![
                "-w",
                "alice",
                "--yes",
                "stake",
                "swap",
                "--origin-netuid",
                "2",
                "--dest-netuid",
                "2",
                "--amount",
                "1",
            ],
            3,
            "`2`",
        ),
        (vec!["-w", "alice", "--yes", "stake", "remove", "--netuid", "3", "--all"], 3, "no stake"),
    ];
    for (args, code, needle) in &cases {
        env.cmd().args(args).assert().code(*code).stderr(predicate::str::contains(*needle));
        let e = env.json_err(args, *code);
        assert_eq!(e["error"]["code"], "input", "{args:?}");
        assert!(e["error"]["hint"].is_string(), "{args:?} has a hint");
    }
    // Chain refusals are found by the dry run, before signing: exit 4 with the chain's error.
    let e = env
        .json_err(&["-w", "alice", "--yes", "stake", "add", "--netuid", "1", "--amount", "300"], 4);
    assert_eq!(e["error"]["chain_error"], "SlippageTooHigh");
    assert!(e["error"]["message"].as_str().unwrap().contains("nothing was submitted"));
    let root = addr("//Alice_root");
    let e = env.json_err(
        &[
            "-w",
            "alice",
            "--yes",
            "stake",
            "add",
            "--netuid",
            "0",
            "--hotkey-ss58",
            &root,
            "--amount",
            "5000000",
        ],
        4,
    );
    assert_eq!(e["error"]["chain_error"], "NotEnoughBalanceToStake");
    // Wrong password: auth (6).
    let pw = env.dir().join("pw");
    std::fs::write(&pw, "wrong-password-1\n").unwrap();
    let pwf = pw.to_str().unwrap();
    let e = env.json_err(
        &[
            "-w",
            "locked",
            "--yes",
            "--password-file",
            pwf,
            "stake",
            "add",
            "--netuid",
            "1",
            "--amount",
            "1",
        ],
        6,
    );
    assert_eq!(e["error"]["code"], "auth");
    // No terminal and no --yes: refused, not hung.
    env.cmd()
        .args(["-w", "alice", "stake", "add", "--netuid", "1", "--amount", "1"])
        .assert()
        .code(9);
    assert_eq!(env.fingerprint(), before, "no refusal produced a block");
    // The right password works.
    std::fs::write(&pw, format!("{PASSWORD}\n")).unwrap();
    let v = env.json(&[
        "-w",
        "locked",
        "--yes",
        "--password-file",
        pwf,
        "stake",
        "add",
        "--netuid",
        "1",
        "--amount",
        "1",
    ]);
    assert_eq!(leg(&v)["expected_out"], executed(&v)["actual_out"]);
}

#[test]
fn partial_fill_stops_at_the_limit() {
    let env = demo();
    let v = a(&env, &["--yes", "stake", "add", "--netuid", "1", "--amount", "300", "--partial"]);
    let p = leg(&v);
    assert_eq!(p["call"]["allow_partial"], true);
    assert!(p["unfilled_in"].as_u64().unwrap() > 0, "300 TAO cannot all trade within 0.5 %");
    assert_eq!(p["expected_out"], executed(&v)["actual_out"]);
}

#[test]
fn unsafe_submits_plain_calls() {
    let env = demo();
    let v = a(&env, &["stake", "add", "--netuid", "2", "--amount", "1", "--unsafe", "--dry-run"]);
    assert_eq!(leg(&v)["call"]["name"], "add_stake");
    assert_eq!(leg(&v)["protection"], "none");
    assert!(leg(&v)["limit_price_rao"].is_null());
}

/// The field names of each stake command's `data` (docs/json-schemas.md).
#[test]
fn json_field_names_are_pinned() {
    let env = demo();
    let write = a(&env, &["stake", "add", "--netuid", "1", "--amount", "1", "--dry-run"]);
    assert_eq!(keys(&write["data"]), ["dry_run", "executed", "legs"]);
    assert_eq!(
        keys(leg(&write)),
        [
            "amount_in",
            "block",
            "call",
            "coldkey",
            "dest_coldkey",
            "dest_hotkey",
            "dest_netuid",
            "dest_spot_price_rao",
            "effective_price_rao",
            "expected_out",
            "hotkey",
            "kind",
            "limit_price_rao",
            "origin_netuid",
            "partial_fill",
            "price_impact_pct",
            "protection",
            "spot_price_rao",
            "swap_fee",
            "swap_fee_unit",
            "tolerance_pct",
            "tx_fee_rao",
            "unfilled_in",
            "unit_in",
            "unit_out",
            "worst_case_out"
        ]
    );
    let done = a(&env, &["--yes", "stake", "add", "--netuid", "1", "--amount", "1"]);
    assert_eq!(keys(executed(&done)), ["actual_out", "block", "block_hash", "events", "fee_rao"]);
    for verb in [
        vec!["stake", "remove", "--netuid", "2", "--amount", "1", "--dry-run"],
        vec![
            "stake",
            "move",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "1",
            "--amount",
            "1",
            "--dry-run",
        ],
        vec![
            "stake",
            "swap",
            "--origin-netuid",
            "2",
            "--dest-netuid",
            "1",
            "--amount",
            "1",
            "--tolerance",
            "3",
            "--dry-run",
        ],
        vec!["stake", "unstake-all", "--dry-run"],
    ] {
        let v = a(&env, &verb);
        assert_eq!(keys(&v["data"]), ["dry_run", "executed", "legs"], "{verb:?}");
        assert_eq!(keys(leg(&v)), keys(leg(&write)), "{verb:?}");
    }
    let list = env.json(&["stake", "list", "--ss58", &addr("//Alice")]);
    assert_eq!(
        keys(&list["data"]),
        [
            "block",
            "coldkey",
            "free_balance_rao",
            "positions",
            "total_value_exit_rao",
            "total_value_spot_rao"
        ]
    );
    assert_eq!(
        keys(&list["data"]["positions"][0]),
        [
            "alpha",
            "exit_slippage_pct",
            "hotkey",
            "netuid",
            "price_rao",
            "subnet",
            "symbol",
            "value_exit_rao",
            "value_spot_rao"
        ]
    );
}
