//! The scripting contract, pinned for every leaf command of the clap tree on the embedded chain:
//! each leaf is classified (write or read), writes accept `--dry-run` and a dry run changes
//! nothing, `--json` prints exactly one `taoctl/v1` envelope (success or error), nothing blocks
//! on a prompt without a terminal, and representative failures exit with `src/error.rs`'s codes.
//!
//! When a command is added, put it in [`WRITES`] or [`READS`] below (the failure message says
//! which line to add); the other tests then cover it.

mod chainenv;
#[path = "../src/cli.rs"]
#[allow(dead_code)]
mod cli;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use chainenv::{Env, addr};
use clap::CommandFactory;
use serde_json::Value;

/// Every leaf that signs or submits a transaction, or writes a key, file, chain or config, and
/// has `--dry-run`: (command path, arguments for the fixture, exit code of the `--dry-run` run,
/// exit code of the real run with neither `--yes` nor a terminal — 0 when the command needs no
/// confirmation, 9 when it must refuse for want of `--yes`, 7 when it would destroy something). A dry run may end in the chain's
/// refusal (4: `subnets create` is rate-limited and subnet 1 is started on the demo chain); it
/// must still change nothing.
const WRITES: &[(&str, &[&str], i32, i32)] = &[
    ("chain init", &["--chain-dir", "NEWCHAIN", "--preset", "dev"], 0, 0),
    ("chain reset", &["--preset", "dev"], 0, 7),
    ("chain advance", &["--blocks", "3"], 0, 0),
    ("chain faucet", &["--amount", "5"], 0, 0),
    ("config set", &["wallet", "bob"], 0, 0),
    ("config unset", &["network"], 0, 0),
    ("wallet regen-coldkey", &["-w", "fresh", "--uri", "//Dave", "--no-password"], 0, 0),
    ("wallet regen-hotkey", &["-H", "fresh", "--uri", "//Dave_hk"], 0, 0),
    ("wallet regen-coldkeypub", &["-w", "fresh", "--ss58", "BOB"], 0, 0),
    ("wallet regen-hotkeypub", &["-H", "fresh", "--ss58", "BOB"], 0, 0),
    ("wallet create", &["-w", "fresh", "--no-password"], 0, 0),
    ("wallet new-coldkey", &["-w", "fresh", "--no-password"], 0, 0),
    ("wallet new-hotkey", &["-H", "fresh"], 0, 0),
    (
        "wallet export",
        &["--format", "polkadot-js", "--out", "EXPORT", "--password-file", "NEWPW"],
        0,
        0,
    ),
    ("wallet import", &["-w", "fresh", "WALLETS/alice"], 0, 0),
    ("wallet convert", &["--to", "btcli", "--new-password-file", "NEWPW"], 0, 0),
    (
        "wallet change-password",
        &["-w", "locked", "--password-file", "OLDPW", "--new-password-file", "NEWPW"],
        0,
        0,
    ),
    ("wallet transfer", &["--dest", "BOB", "--amount", "1"], 0, 9),
    ("stake add", &["--netuid", "1", "--amount", "1"], 0, 9),
    ("stake remove", &["--netuid", "2", "--amount", "1"], 0, 9),
    (
        "stake move",
        &["--origin-netuid", "2", "--dest-netuid", "2", "--dest-hotkey", "HK1", "--amount", "1"],
        0,
        9,
    ),
    (
        "stake transfer",
        &["--dest", "BOB", "--origin-netuid", "2", "--dest-netuid", "2", "--amount", "1"],
        0,
        9,
    ),
    ("stake swap", &["--origin-netuid", "2", "--dest-netuid", "1", "--amount", "1"], 0, 9),
    ("stake unstake-all", &[], 0, 9),
    (
        "stake child set",
        &["--netuid", "1", "-H", "owner", "--children", "BOB", "--proportions", "0.5"],
        0,
        9,
    ),
    ("stake child revoke", &["--netuid", "1", "-H", "owner"], 0, 9),
    ("stake child take", &["--netuid", "1", "-H", "owner", "--take", "0.1"], 0, 9),
    ("stake child auto-parent", &["--hotkey-ss58", "AROOT", "--disable"], 0, 9),
    // Nothing is claimable on the fixture: both runs stop at the input error (exit 3), unchanged.
    ("stake claim-root", &[], 3, 3),
    ("stake set-claim", &["keep"], 0, 9),
    ("subnets create", &["--name", "apex"], 4, 4),
    ("subnets register", &["--netuid", "1"], 0, 9),
    ("subnets start", &["--netuid", "1", "-H", "owner"], 4, 4),
    ("subnets set-identity", &["--netuid", "1", "--name", "renamed", "-H", "owner"], 0, 9),
    ("weights set", &["--netuid", "1", "--weights", "0:1", "-H", "owner"], 0, 9),
    ("weights commit", &["--netuid", "2", "--weights", "0:1"], 0, 9),
    ("weights reveal", &["--pending"], 0, 0),
    (
        "hparams set",
        &["--netuid", "1", "--param", "liquid_alpha_enabled", "--value", "true", "-H", "owner"],
        0,
        9,
    ),
];

/// Every leaf that changes nothing (arguments of a run that succeeds on the fixture).
/// `demo` runs on its own temporary chain and wallet; `monitor` has no JSON output and refuses
/// `--json` (exit 3) before touching the terminal.
const READS: &[(&str, &[&str])] = &[
    ("chain status", &[]),
    ("chain blocks", &["--limit", "2"]),
    ("chain events", &["--limit", "2"]),
    ("config get", &[]),
    ("config path", &[]),
    ("wallet list", &[]),
    ("wallet show", &[]),
    ("wallet sign", &["hello"]),
    ("wallet verify", &["hello", "--signature", "SIG", "--ss58", "ALICE"]),
    ("wallet balance", &[]),
    ("wallet overview", &[]),
    ("stake list", &[]),
    ("stake child get", &["--netuid", "1", "-H", "owner"]),
    ("subnets list", &[]),
    ("subnets show", &["--netuid", "1"]),
    ("subnets burn-cost", &["--netuid", "1"]),
    ("subnets create-cost", &[]),
    ("subnets price", &["--netuid", "1"]),
    ("weights status", &["--netuid", "2"]),
    ("hparams get", &["--netuid", "1"]),
    ("dev epoch", &["DATA/yuma/edge_kappa_zero.json"]),
    ("dev vectors", &["swap", "DATA/pools/swap_cases.json"]),
    ("monitor", &[]),
    ("demo", &[]),
];

/// Hidden maintainer tools, outside the user contract (`generate` rewrites `completions/`
/// and `man/` under `--out-dir`; `tests/generated.rs` covers it).
const HIDDEN: &[&str] = &["generate"];

/// The leaves of the clap tree as space-separated paths, with whether each accepts `--dry-run`.
fn leaves() -> BTreeMap<String, bool> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut BTreeMap<String, bool>) {
        // `help` is clap's own (added by `build`).
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let path = format!("{prefix}{}", sub.get_name()).trim().to_string();
            if sub.has_subcommands() {
                walk(sub, &format!("{path} "), out);
            } else {
                let dry = sub.get_arguments().any(|a| a.get_long() == Some("dry-run"));
                out.insert(path, dry);
            }
        }
    }
    let mut cmd = cli::Cli::command();
    cmd.build();
    let mut out = BTreeMap::new();
    walk(&cmd, "", &mut out);
    out
}

#[test]
fn every_leaf_is_classified_and_every_write_has_dry_run() {
    let writes: Vec<&str> = WRITES.iter().map(|w| w.0).collect();
    let reads: Vec<&str> = READS.iter().map(|r| r.0).collect();
    let leaves = leaves();
    assert!(leaves.len() > 50, "the walk found too few leaves: {leaves:?}");
    for (path, has_dry_run) in &leaves {
        let known = writes.contains(&path.as_str())
            || reads.contains(&path.as_str())
            || HIDDEN.contains(&path.as_str());
        assert!(
            known,
            "`taoctl {path}` is a new command: classify it in tests/cli_contract.rs — if it signs, \
             submits or writes a key, file, chain or config, add `(\"{path}\", &[<args of a \
             run on the fixture>], <exit code of the --dry-run run>, <exit code without --yes and \
             terminal>)` to WRITES and give it --dry-run; otherwise add `(\"{path}\", &[<args>])` \
             to READS"
        );
        if writes.contains(&path.as_str()) {
            assert!(*has_dry_run, "`taoctl {path}` is in WRITES but has no --dry-run flag");
        }
    }
    let mut all: Vec<&str> = writes.iter().chain(&reads).chain(HIDDEN).copied().collect();
    all.sort();
    let n = all.len();
    all.dedup();
    assert_eq!(n, all.len(), "a command is listed twice in tests/cli_contract.rs");
    for p in &all {
        assert!(
            leaves.contains_key(*p),
            "`{p}` is listed in tests/cli_contract.rs but is no command"
        );
    }
}

/// The fixture: the demo chain, wallet `alice` (plaintext coldkey //Alice; hotkeys `default` =
/// //Alice_hk2, a validator on subnet 2, and `owner` = //Alice_hk, subnet 1's owner), a
/// config file, and the input files some commands read (outside the wallets and chain).
fn fixture() -> Env {
    let env = Env::new("demo");
    env.wallet("alice", "//Alice", &[("default", "//Alice_hk2"), ("owner", "//Alice_hk")]);
    env.encrypted_wallet("locked", "//Charlie", &[("default", "//Charlie_hk")]);
    env.json(&["config", "set", "network", "embedded"]);
    let inputs = env.dir().join("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::write(inputs.join("oldpw"), format!("{}\n", chainenv::PASSWORD)).unwrap();
    std::fs::write(inputs.join("newpw"), "Another-Horse-7\n").unwrap();
    let sig = env.json(&["-w", "alice", "wallet", "sign", "hello"])["data"]["signature"].clone();
    std::fs::write(inputs.join("sig"), sig.as_str().unwrap()).unwrap();
    env
}

/// Placeholders in the tables become the fixture's paths, addresses and signature: `EXPORT`,
/// `NEWCHAIN` (a directory that does not exist yet), `NEWPW`, `OLDPW`, `SIG`, `ALICE`, `BOB`, `HK1` (//Alice_hk), `AROOT` (//Alice_root, a root validator), `WALLETS/…`, `DATA/…` (reference vectors).
fn args(env: &Env, raw: &[&str]) -> Vec<String> {
    let inputs = env.dir().join("inputs");
    raw.iter()
        .map(|a| match *a {
            "EXPORT" => inputs.join("export.json").display().to_string(),
            "NEWPW" => inputs.join("newpw").display().to_string(),
            "NEWCHAIN" => env.dir().join("newchain").display().to_string(),
            "OLDPW" => inputs.join("oldpw").display().to_string(),
            "SIG" => std::fs::read_to_string(inputs.join("sig")).unwrap(),
            "ALICE" => addr("//Alice"),
            "BOB" => addr("//Bob"),
            "HK1" => addr("//Alice_hk"),
            "AROOT" => addr("//Alice_root"),
            a if a.starts_with("DATA/") => Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("crates/local-chain/tests/data")
                .join(&a["DATA/".len()..])
                .display()
                .to_string(),
            a if a.starts_with("WALLETS/") => {
                env.wallets().join(&a["WALLETS/".len()..]).display().to_string()
            }
            a => a.to_string(),
        })
        .collect()
}

/// Every file under the fixture's directory with its bytes, plus the chain's head and hash.
fn snapshot(env: &Env) -> (BTreeMap<String, Vec<u8>>, Value) {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().display().to_string();
            if p.is_dir() {
                out.insert(format!("{rel}/"), Vec::new());
                walk(&p, root, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(env.dir(), env.dir(), &mut files);
    let status = env.json(&["chain", "status"])["data"].clone();
    (
        files,
        serde_json::json!([status["block"], status["block_hash"], status["total_issuance_rao"]]),
    )
}

/// One bounded run with `--json`, stdin an empty pipe (not a terminal), the fixture's chain,
/// wallets and config, and wallet `alice` — all through the environment, so that arguments may
/// override them.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(env: &Env, path: &str, extra: &[String], vars: &[(&str, &str)]) -> Run {
    let mut c = assert_cmd::Command::cargo_bin("taoctl").unwrap();
    c.env_clear()
        .env("HOME", env.dir())
        .env("TAOCTL_CONFIG", env.dir().join("config.toml"))
        .env("TAOCTL_CHAIN_DIR", env.dir().join("chain"))
        .env("TAOCTL_WALLET_PATH", env.wallets())
        .env("TAOCTL_WALLET", "alice");
    c.arg("--json").args(path.split(' ')).args(extra);
    for (k, v) in vars {
        c.env(k, v);
    }
    let out = c.write_stdin("").timeout(Duration::from_secs(120)).output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        out.status.code().is_some(),
        "`taoctl {path} {extra:?}` did not finish within the bound (waiting for input?)\n{}",
        run.stderr
    );
    run
}

/// stdout is exactly one `taoctl/v1` envelope, with `data` on success and `error` on failure.
fn envelope(path: &str, r: &Run) -> Value {
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
        panic!(
            "`{path}`: stdout is not one JSON document ({e}):\n{}\nstderr:\n{}",
            r.stdout, r.stderr
        )
    });
    if path.starts_with("dev ") && r.code == 0 {
        // `dev` prints the raw result document (README "Scripting").
        return v;
    }
    assert_eq!(v["schema"], "taoctl/v1", "`{path}`: {}", r.stdout);
    // The documented names (docs/json-schemas.md) spell some verbs with `_` (`stake.unstake_all`).
    let name = v["command"].as_str().unwrap_or_default().replace('_', "-");
    assert_eq!(name, path.replace(' ', "."), "`{path}`: {}", r.stdout);
    if r.code == 0 {
        assert!(v.get("data").is_some() && v.get("error").is_none(), "`{path}`: {}", r.stdout);
    } else {
        let e = &v["error"];
        assert!(e["code"].is_string() && e["message"].is_string(), "`{path}`: {}", r.stdout);
        assert!(v.get("data").is_none(), "`{path}`: {}", r.stdout);
    }
    v
}

/// Checks every entry, then fails once listing every entry that failed (each panic's message
/// is printed as it happens), so one run shows every gap.
fn each<T>(items: &[T], check: impl Fn(&T)) {
    let failed: Vec<usize> = (0..items.len())
        .filter(|&i| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&items[i]))).is_err()
        })
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} entries failed (entries {failed:?}; messages above)",
        failed.len(),
        items.len()
    );
}

#[test]
fn dry_runs_change_nothing_and_print_one_envelope() {
    let env = fixture();
    each(WRITES, |(path, raw, dry_code, _)| {
        let before = snapshot(&env);
        let mut a = args(&env, raw);
        a.push("--dry-run".into());
        let r = run(&env, path, &a, &[]);
        envelope(path, &r);
        assert_eq!(r.code, *dry_code, "`taoctl {path} {a:?}`:\n{}\n{}", r.stdout, r.stderr);
        let after = snapshot(&env);
        assert!(
            before.1 == after.1,
            "`{path} --dry-run` changed the chain: {} -> {}",
            before.1,
            after.1
        );
        let changed: Vec<&String> = before
            .0
            .keys()
            .chain(after.0.keys())
            .filter(|k| before.0.get(*k) != after.0.get(*k))
            .collect();
        assert!(changed.is_empty(), "`{path} --dry-run` changed files: {changed:?}");
    });
}

/// The new dry runs (`chain init|advance|faucet`, `config set`) show what the real run then does.
#[test]
fn dry_runs_preview_what_the_real_run_does() {
    let env = fixture();
    let newchain = args(&env, &["NEWCHAIN"]);
    let init = |extra: &[&str]| {
        let mut a = newchain.clone();
        a.insert(0, "--chain-dir".into());
        a.extend(["--preset", "dev"].iter().chain(extra).map(|x| x.to_string()));
        let r = run(&env, "chain init", &a, &[]);
        assert_eq!(r.code, 0, "{}", r.stdout);
        envelope("chain init", &r)["data"].clone()
    };
    let (dry, real) = (init(&["--dry-run"]), init(&[]));
    assert_eq!(dry["dry_run"], true);
    assert!(real.get("dry_run").is_none(), "{real}");
    for k in ["block", "block_hash", "total_issuance_rao", "subnets", "chain_dir", "preset"] {
        assert_eq!(dry[k], real[k], "chain init: `{k}`");
    }
    let both = |path: &str, a: &[&str]| {
        let a = args(&env, a);
        let mut d = a.clone();
        d.push("--dry-run".into());
        let dry = envelope(path, &run(&env, path, &d, &[]))["data"].clone();
        let real = envelope(path, &run(&env, path, &a, &[]))["data"].clone();
        (dry, real)
    };
    let (dry, real) = both("chain faucet", &["--ss58", "BOB", "--amount", "2.5"]);
    assert_eq!((dry["dry_run"].clone(), dry["block"].clone()), (true.into(), Value::Null));
    assert_eq!(dry["balance_rao"], real["balance_rao"]);
    assert_eq!(real["minted_rao"], 2_500_000_000u64);
    let head = env.json(&["chain", "status"])["data"]["block"].as_u64().unwrap();
    let (dry, real) = both("chain advance", &["--to-block", &(head + 2).to_string()]);
    assert_eq!((dry["block"].as_u64(), dry["advanced"].as_u64()), (Some(head), Some(2)));
    assert_eq!((real["block"].as_u64(), real["advanced"].as_u64()), (Some(head + 2), Some(2)));
    let (dry, real) = both("config set", &["hotkey", "miner7"]);
    assert_eq!(
        (dry["values"].clone(), dry["dry_run"].clone()),
        (real["values"].clone(), true.into())
    );
    assert_eq!(env.json(&["config", "get", "hotkey"])["data"]["values"]["hotkey"], "miner7");
    // Key restores: the dry run names the key, format and file the write then produces, and
    // asks for no new password (there is no terminal and no password source here).
    let (dry, real) =
        both("wallet regen-coldkey", &["-w", "fresh", "--uri", "//Dave", "--no-password"]);
    assert_eq!((dry["keys"].clone(), dry["dry_run"].clone()), (real["keys"].clone(), true.into()));
    assert_eq!(real["keys"][0]["address"], addr("//Dave"));
    let enc = args(&env, &["-w", "fresh2", "--uri", "//Eve", "--dry-run"]);
    let v = envelope("wallet regen-coldkey", &run(&env, "wallet regen-coldkey", &enc, &[]));
    assert_eq!(v["data"]["keys"][0]["format"], "taoctl", "{v}");
    let (dry, real) =
        both("wallet regen-hotkeypub", &["-w", "fresh", "-H", "watch", "--ss58", "BOB"]);
    assert_eq!((dry["keys"].clone(), dry["dry_run"].clone()), (real["keys"].clone(), true.into()));
    // A dry run refuses what the write would refuse: the pub file exists now.
    let again = args(&env, &["-w", "fresh", "-H", "watch", "--ss58", "ALICE", "--dry-run"]);
    let r = run(&env, "wallet regen-hotkeypub", &again, &[]);
    assert_eq!(
        (r.code, envelope("wallet regen-hotkeypub", &r)["error"]["code"].clone()),
        (7, "conflict".into()),
        "{}",
        r.stdout
    );
}

#[test]
fn reads_print_one_envelope_and_change_nothing_without_a_terminal() {
    let env = fixture();
    each(READS, |(path, raw)| {
        let before = snapshot(&env);
        let r = run(&env, path, &args(&env, raw), &[]);
        let v = envelope(path, &r);
        match *path {
            "monitor" => {
                assert_eq!(r.code, 3, "{}", r.stdout);
                assert!(v["error"]["hint"].as_str().unwrap().contains("subnets list"));
            }
            _ => assert_eq!(r.code, 0, "`taoctl {path}` failed:\n{}\n{}", r.stdout, r.stderr),
        }
        assert!(before == snapshot(&env), "`taoctl {path}` (a read) changed state");
    });
}

/// Without `--yes` and without a terminal every write either proceeds (no confirmation is
/// part of it) or refuses with the documented code, an error envelope and no change of state.
#[test]
fn writes_never_wait_for_input_without_a_terminal() {
    let all: Vec<(&str, &[&str], i32)> = WRITES.iter().map(|w| (w.0, w.1, w.3)).collect();
    each(&all, |(path, raw, code)| {
        let env = fixture();
        let before = snapshot(&env);
        let r = run(&env, path, &args(&env, raw), &[]);
        let v = envelope(path, &r);
        assert_eq!(r.code, *code, "`taoctl {path}` without --yes:\n{}\n{}", r.stdout, r.stderr);
        if *code != 0 {
            assert!(before == snapshot(&env), "`taoctl {path}` refused but changed state");
            let hint = v["error"]["hint"].as_str().unwrap_or("");
            assert!(
                !hint.is_empty() && (*code != 9 || hint.contains("--yes")),
                "`{path}`: the refusal should say how to go on (9: pass --yes): {}",
                r.stdout
            );
        }
    });
}

/// Representative failures: the exit code and JSON `code` of `src/error.rs`'s table, an error
/// envelope naming the bad value, and no change of state.
#[test]
fn failures_exit_with_the_documented_codes() {
    let env = fixture();
    std::fs::write(env.dir().join("inputs/wrongpw"), "not-it\n").unwrap();
    let wrongpw = env.dir().join("inputs/wrongpw").display().to_string();
    let corrupt = env.dir().join("inputs/corrupt.json");
    std::fs::write(&corrupt, "{ not json").unwrap();
    let corrupt = corrupt.display().to_string();
    let bob = addr("//Bob");
    let cases: &[(&str, Vec<String>, i32, &str, &str)] = &[
        ("subnets show", s(&["--netuid", "999"]), 3, "input", "999"),
        (
            "wallet transfer",
            s(&["--dest", "5NotAnAddress", "--amount", "1", "--yes"]),
            3,
            "input",
            "5NotAnAddress",
        ),
        (
            "wallet transfer",
            s(&["--dest", &bob, "--amount", "1.0000000001", "--yes"]),
            3,
            "input",
            "1.0000000001",
        ),
        ("wallet transfer", s(&["--dest", &bob, "--amount", "999999999", "--yes"]), 4, "chain", ""),
        ("chain init", s(&[]), 7, "conflict", ""),
        ("dev epoch", vec![corrupt.clone()], 3, "input", "corrupt.json"),
        ("stake add", s(&["--netuid", "1", "--amount", "1"]), 9, "aborted", ""),
    ];
    for (path, a, code, kind, names) in cases {
        let before = snapshot(&env);
        let r = run(&env, path, a, &[]);
        let v = envelope(path, &r);
        assert_eq!(
            (r.code, v["error"]["code"].as_str().unwrap()),
            (*code, *kind),
            "`{path} {a:?}`: {}",
            r.stdout
        );
        assert!(v["error"]["message"].as_str().unwrap().contains(names), "`{path}`: {}", r.stdout);
        assert!(before == snapshot(&env), "`taoctl {path} {a:?}` failed but changed state");
    }
    // A wrong password: exit 6, nothing signed.
    let before = snapshot(&env);
    let mut c = env.cmd();
    let out = c
        .args(["--json", "-w", "locked", "--password-file", &wrongpw, "--yes"])
        .args(["wallet", "transfer", "--dest", &bob, "--amount", "1"])
        .write_stdin("")
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    let r = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    let v = envelope("wallet transfer", &r);
    assert_eq!((r.code, v["error"]["code"].as_str().unwrap()), (6, "auth"), "{}", r.stdout);
    assert!(before == snapshot(&env));
    // A usage error is clap's: exit 2.
    let out = env.cmd().args(["wallet", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn s(a: &[&str]) -> Vec<String> {
    a.iter().map(|x| x.to_string()).collect()
}
