//! Every read command on a remote network, three ways (issue #7): it works against the mock
//! node; one bad input fails with exit 3, a message naming the value, a hint, and nothing on
//! stdout but the JSON error envelope; and an unreachable node — a closed port, or a node that
//! accepts the connection and never answers — fails with exit 5 within the timeout instead of
//! hanging or printing an empty report. Write commands have their own table (helper C).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use remote::mock::MockNode;
use serde_json::Value;

fn metadata_bytes() -> Option<Vec<u8>> {
    let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => PathBuf::from(d).join("metadata"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/metadata"),
    };
    let b = std::fs::read(dir.join("finney-spec393.scale")).ok();
    if b.is_none() {
        println!("skipping: ../shared/metadata not found");
    }
    b
}

fn taoctl(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("taoctl").expect("binary");
    c.env_clear()
        .env("HOME", dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .arg("--chain-dir")
        .arg(dir.join("chain"))
        .arg("--wallet-path")
        .arg(dir.join("wallets"));
    c
}

/// One read command: how it succeeds on the mock node, and one bad input with the value the
/// error must name. Commands without an input of their own get a malformed node URL (bad input
/// that only exists on a remote network).
struct Case {
    ok: &'static [&'static str],
    bad: &'static [&'static str],
    /// Replaces the node URL in the bad case.
    bad_url: Option<&'static str>,
    names: &'static str,
}

/// Every read command of `taoctl --help` that talks to a chain (`monitor` needs a terminal:
/// `tests/monitor_terminal.rs` covers it).
const READS: &[Case] = &[
    Case {
        ok: &["chain", "status"],
        bad: &["chain", "status"],
        bad_url: Some("ws://127.0.0.1:99999"),
        names: "99999",
    },
    Case {
        ok: &["chain", "blocks"],
        bad: &["chain", "blocks", "--from", "5000"],
        bad_url: None,
        names: "5000",
    },
    Case {
        ok: &["chain", "events"],
        bad: &["chain", "events", "--account", "5NotAnAddress"],
        bad_url: None,
        names: "5NotAnAddress",
    },
    Case {
        ok: &["subnets", "list"],
        bad: &["subnets", "list"],
        bad_url: Some("ws://:9944"),
        names: "ws://:9944",
    },
    Case {
        ok: &["subnets", "show", "--netuid", "1"],
        bad: &["subnets", "show", "--netuid", "77"],
        bad_url: None,
        names: "77",
    },
    Case {
        ok: &["subnets", "burn-cost", "--netuid", "1"],
        bad: &["subnets", "burn-cost", "--netuid", "77"],
        bad_url: None,
        names: "77",
    },
    Case {
        ok: &["subnets", "create-cost"],
        bad: &["subnets", "create-cost"],
        bad_url: Some("wss://node.example:port"),
        names: "port",
    },
    Case {
        ok: &["subnets", "price", "--netuid", "1"],
        bad: &["subnets", "price", "--netuid", "77"],
        bad_url: None,
        names: "77",
    },
    Case {
        ok: &["stake", "list", "-w", "v"],
        bad: &["stake", "list", "--ss58", "5NotAnAddress"],
        bad_url: None,
        names: "5NotAnAddress",
    },
    Case {
        ok: &["wallet", "balance", "-w", "v"],
        bad: &["wallet", "balance", "--ss58", "5NotAnAddress"],
        bad_url: None,
        names: "5NotAnAddress",
    },
    Case {
        ok: &["wallet", "overview", "-w", "v"],
        bad: &["wallet", "overview", "-w", "nosuchwallet"],
        bad_url: None,
        names: "nosuchwallet",
    },
    Case {
        ok: &["hparams", "get", "--netuid", "1"],
        bad: &["hparams", "get", "--netuid", "1", "--param", "nosuchparam"],
        bad_url: None,
        names: "nosuchparam",
    },
    Case {
        ok: &["weights", "status", "-w", "v"],
        bad: &["weights", "status", "-w", "v", "--netuid", "77"],
        bad_url: None,
        names: "77",
    },
];

fn wallet(dir: &Path) {
    for args in [
        &["wallet", "regen-coldkey", "-w", "v", "--uri", "//Alice", "--no-password"][..],
        &["wallet", "regen-hotkey", "-w", "v", "--uri", "//Bob"][..],
    ] {
        let out = taoctl(dir).args(args).output().expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The single JSON document on stdout (the test fails if there is anything else).
fn envelope(stdout: &[u8], what: &str) -> Value {
    serde_json::from_slice(stdout).unwrap_or_else(|e| {
        panic!(
            "{what}: stdout is not one JSON envelope ({e}):\n{}",
            String::from_utf8_lossy(stdout)
        )
    })
}

fn command_name(args: &[&str]) -> String {
    format!("{}.{}", args[0], args[1].replace('-', "_"))
}

#[test]
fn every_read_works_on_a_node_and_refuses_bad_input_by_name() {
    let Some(md) = metadata_bytes() else { return };
    let node = MockNode::demo_world(md, 393).expect("mock node");
    let url = node.url();
    let tmp = tempfile::tempdir().expect("tempdir");
    wallet(tmp.path());
    for case in READS {
        let what = case.ok.join(" ");
        let out = taoctl(tmp.path())
            .args(["--network", url.as_str(), "--json"])
            .args(case.ok)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{what} against the mock node:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let v = envelope(&out.stdout, &what);
        assert_eq!(v["schema"], "taoctl/v1", "{what}: {v}");
        assert_eq!(v["command"], command_name(case.ok), "{what}: {v}");
        assert!(v["data"].is_object(), "{what}: a report, not an empty answer: {v}");

        let bad = case.bad.join(" ");
        let target = case.bad_url.unwrap_or(url.as_str());
        let out = taoctl(tmp.path())
            .args(["--network", target, "--json"])
            .args(case.bad)
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(3),
            "{bad} (network {target}) is bad input:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let v = envelope(&out.stdout, &bad);
        assert_eq!(v["schema"], "taoctl/v1", "{bad}: {v}");
        assert!(v.get("data").is_none(), "{bad}: no report next to the error: {v}");
        assert_eq!(v["error"]["code"], "input", "{bad}: {v}");
        let msg = v["error"]["message"].as_str().unwrap_or_default();
        assert!(msg.contains(case.names), "{bad}: the message names `{}`: {v}", case.names);
        let hint = v["error"]["hint"].as_str().unwrap_or_default();
        assert!(!hint.is_empty(), "{bad}: a hint suggests the fix: {v}");
    }
}

/// Runs every read against `url` and checks each fails with exit 5 within `limit`, naming the
/// node, with only the error envelope on stdout.
fn all_fail_as_network(tmp: &Path, url: &str, envs: &[(&str, &str)], limit: Duration) {
    all_fail_with(tmp, url, envs, limit, |msg| msg.contains(url));
}

fn all_fail_with(
    tmp: &Path,
    url: &str,
    envs: &[(&str, &str)],
    limit: Duration,
    says: impl Fn(&str) -> bool + Sync,
) {
    // Four commands at a time: each mostly waits on the node, and the table stays quick.
    for chunk in READS.chunks(4) {
        std::thread::scope(|scope| {
            for case in chunk {
                scope.spawn(|| fails_as_network(tmp, url, envs, limit, &says, case));
            }
        });
    }
}

fn fails_as_network(
    tmp: &Path,
    url: &str,
    envs: &[(&str, &str)],
    limit: Duration,
    says: &(impl Fn(&str) -> bool + Sync),
    case: &Case,
) {
    let what = case.ok.join(" ");
    let started = Instant::now();
    let mut c = taoctl(tmp);
    for (k, v) in envs {
        c.env(k, v);
    }
    let out = c
        .args(["--network", url, "--json"])
        .args(case.ok)
        .timeout(limit + Duration::from_secs(20))
        .output()
        .expect("runs");
    let took = started.elapsed();
    assert_eq!(
        out.status.code(),
        Some(5),
        "{what} against {url}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(took < limit, "{what} against {url} took {took:?} (limit {limit:?})");
    let v = envelope(&out.stdout, &what);
    assert!(v.get("data").is_none(), "{what}: never an empty report: {v}");
    assert_eq!(v["error"]["code"], "network", "{what}: {v}");
    let msg = v["error"]["message"].as_str().unwrap_or_default();
    assert!(says(msg), "{what}: the message says what failed: {v}");
    assert!(v["error"]["hint"].as_str().is_some_and(|h| !h.is_empty()), "{what}: {v}");
}

#[test]
fn every_read_fails_fast_on_a_closed_port() {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let tmp = tempfile::tempdir().expect("tempdir");
    wallet(tmp.path());
    let url = format!("ws://127.0.0.1:{port}");
    all_fail_as_network(tmp.path(), &url, &[], Duration::from_secs(5));
}

#[test]
fn every_read_is_bounded_by_the_timeout_on_a_silent_node() {
    // Accepts TCP connections and never says a word (not even the websocket handshake).
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("ws://{}", listener.local_addr().expect("addr"));
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for s in listener.incoming().flatten() {
            held.push(s);
        }
    });
    let tmp = tempfile::tempdir().expect("tempdir");
    wallet(tmp.path());
    // 2 s to connect: each command must give up after about that long, not hang.
    all_fail_as_network(
        tmp.path(),
        &url,
        &[("TAOCTL_CONNECT_TIMEOUT", "2")],
        Duration::from_secs(8),
    );
}

#[test]
fn every_read_is_bounded_by_the_timeout_on_a_node_that_hangs_after_connecting() {
    let Some(md) = metadata_bytes() else { return };
    let node = MockNode::demo_world(md, 393).expect("mock node");
    let url = node.url();
    let tmp = tempfile::tempdir().expect("tempdir");
    wallet(tmp.path());
    // Connected once, so the metadata is cached and the handshake needs no stalled read.
    let out = taoctl(tmp.path()).args(["--network", url.as_str(), "chain", "status"]).output();
    assert!(out.expect("runs").status.success());
    node.stall(true);
    // A read is retried on timeouts (3 attempts of 1 s, 0.2 s and 0.4 s apart); a connect that
    // hangs gives up after 2 s.
    all_fail_with(
        tmp.path(),
        &url,
        &[("TAOCTL_CONNECT_TIMEOUT", "2"), ("TAOCTL_REQUEST_TIMEOUT", "1")],
        Duration::from_secs(9),
        |msg| msg.contains("within 1 s") || msg.contains("within 2 s"),
    );
}

/// Every write command, signed by wallet `v` with `--yes`: on a closed port each fails with
/// exit 5 within the limit, naming the node, with only the error envelope on stdout and
/// nothing signed (`weights reveal --pending` is left out: with an empty journal it has nothing
/// to send and never connects).
#[test]
fn every_write_fails_fast_on_a_closed_port() {
    const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    let writes: &[&[&str]] = &[
        &["wallet", "transfer", "--dest", BOB, "--amount", "1"],
        &["stake", "add", "--netuid", "1", "--amount", "1"],
        &["stake", "remove", "--netuid", "1", "--amount", "1"],
        &[
            "stake",
            "move",
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "1",
            "--dest-hotkey",
            BOB,
            "--amount",
            "1",
        ],
        &[
            "stake",
            "transfer",
            "--dest",
            BOB,
            "--origin-netuid",
            "1",
            "--dest-netuid",
            "1",
            "--amount",
            "1",
        ],
        &["stake", "swap", "--origin-netuid", "1", "--dest-netuid", "0", "--amount", "1"],
        &["stake", "unstake-all"],
        &["stake", "child", "set", "--netuid", "1", "--children", BOB, "--proportions", "0.5"],
        &["stake", "child", "revoke", "--netuid", "1"],
        &["stake", "child", "take", "--netuid", "1", "--take", "0.1"],
        &["stake", "claim-root"],
        &["stake", "set-claim", "keep"],
        &["subnets", "create", "--name", "apex"],
        &["subnets", "register", "--netuid", "1"],
        &["subnets", "start", "--netuid", "1"],
        &["subnets", "set-identity", "--netuid", "1", "--name", "renamed"],
        &["weights", "set", "--netuid", "1", "--weights", "0:1"],
        &["weights", "commit", "--netuid", "1", "--weights", "0:1"],
        &["hparams", "set", "--netuid", "1", "--param", "liquid_alpha_enabled", "--value", "true"],
    ];
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let tmp = tempfile::tempdir().expect("tempdir");
    wallet(tmp.path());
    let url = format!("ws://127.0.0.1:{port}");
    let limit = Duration::from_secs(5);
    for chunk in writes.chunks(4) {
        std::thread::scope(|scope| {
            for args in chunk {
                let (tmp, url) = (tmp.path(), url.as_str());
                scope.spawn(move || {
                    let what = args.join(" ");
                    let started = Instant::now();
                    let out = taoctl(tmp)
                        .args(["--network", url, "--json", "--yes", "-w", "v"])
                        .args(*args)
                        .timeout(limit + Duration::from_secs(20))
                        .output()
                        .expect("runs");
                    let took = started.elapsed();
                    assert_eq!(
                        out.status.code(),
                        Some(5),
                        "{what}:\n{}{}",
                        String::from_utf8_lossy(&out.stdout),
                        String::from_utf8_lossy(&out.stderr)
                    );
                    assert!(took < limit, "{what} took {took:?} (limit {limit:?})");
                    let v = envelope(&out.stdout, &what);
                    assert!(v.get("data").is_none(), "{what}: {v}");
                    assert_eq!(v["error"]["code"], "network", "{what}: {v}");
                    let msg = v["error"]["message"].as_str().unwrap_or_default();
                    assert!(msg.contains(url), "{what}: the message names the node: {v}");
                });
            }
        });
    }
}
