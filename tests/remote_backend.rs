//! End-to-end: the real `taoctl` binary against the in-process mock subtensor node
//! (`remote::mock`, spec-393 finney metadata from `../shared/metadata`), compared with the same
//! commands on the embedded chain: same report shapes, fixture values through, and an
//! unreachable node failing fast with exit code 5.

use std::collections::BTreeSet;
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
    match std::fs::read(dir.join("finney-spec393.scale")) {
        Ok(b) => Some(b),
        Err(_) => {
            println!("skipping: ../shared/metadata not found");
            None
        }
    }
}

fn taoctl(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("taoctl").expect("binary");
    c.env_clear()
        .env("HOME", dir)
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .arg("--chain-dir")
        .arg(dir.join("chain"));
    c
}

fn json(c: &mut Command) -> Value {
    let out = c.arg("--json").output().expect("runs");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

/// Every key path in a JSON document (array elements collapsed to `[]`).
fn shape(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{prefix}.{k}");
                out.insert(p.clone());
                shape(x, &p, out);
            }
        }
        Value::Array(a) => {
            for x in a {
                shape(x, &format!("{prefix}[]"), out);
            }
        }
        _ => {}
    }
}

fn shape_of(v: &Value) -> BTreeSet<String> {
    let mut s = BTreeSet::new();
    shape(v, "", &mut s);
    s
}

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

#[test]
fn remote_reports_have_the_embedded_shape() {
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    let url = node.url();
    let tmp = tempfile::tempdir().expect("tempdir");
    let remote = |args: &[&str]| {
        let mut c = taoctl(tmp.path());
        c.args(["--network", url.as_str()]).args(args);
        json(&mut c)
    };
    let embedded = |args: &[&str]| {
        let mut c = taoctl(tmp.path());
        c.args(args);
        json(&mut c)
    };

    let r = remote(&["chain", "status"]);
    let e = embedded(&["chain", "status"]);
    assert_eq!(r["command"], "chain.status");
    assert_eq!(r["data"]["block"], 100, "{r}");
    assert_eq!(r["data"]["subnets"], 2, "{r}");
    assert_eq!(shape_of(&r), shape_of(&e), "chain status shape differs:\n{r}\n{e}");

    let r = remote(&["subnets", "list"]);
    let e = embedded(&["subnets", "list"]);
    assert_eq!(shape_of(&r), shape_of(&e), "subnets list shape differs:\n{r}\n{e}");
    let text = r.to_string();
    assert!(text.contains("apex"), "subnet 1's identity name comes through: {r}");

    let r = remote(&["wallet", "balance", "--ss58", ALICE]);
    let e = embedded(&["wallet", "balance", "--ss58", ALICE]);
    assert_eq!(shape_of(&r), shape_of(&e), "wallet balance shape differs:\n{r}\n{e}");
    assert!(r.to_string().contains("1000000000000"), "1000 TAO free: {r}");

    // The metadata was cached under XDG_CACHE_HOME on first connect.
    let cached =
        std::fs::read_dir(tmp.path().join("cache/taoctl/metadata")).map(|d| d.count()).unwrap_or(0);
    assert_eq!(cached, 1);
}

#[test]
fn unreachable_node_exits_5_quickly_with_a_clear_message() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let tmp = tempfile::tempdir().expect("tempdir");
    let url = format!("ws://127.0.0.1:{port}");
    let started = Instant::now();
    let out = taoctl(tmp.path())
        .args(["--network", url.as_str(), "chain", "status"])
        .output()
        .expect("runs");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(out.status.code(), Some(5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("cannot reach node at {url}")), "{err}");
    assert!(out.stdout.is_empty(), "no partial report on stdout");
}

#[test]
fn advance_on_a_remote_node_is_an_input_error() {
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = taoctl(tmp.path())
        .args(["--network", node.url().as_str(), "chain", "advance", "--blocks", "1"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn wallet_transfer_previews_signs_and_reports_the_node_receipt() {
    use remote::mock::Value as V;
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    node.set_partial_fee(20_000).expect("fee");
    let tmp = tempfile::tempdir().expect("tempdir");
    let wallets = tmp.path().join("wallets");
    let run = |args: &[&str]| {
        let mut c = taoctl(tmp.path());
        c.arg("--wallet-path").arg(&wallets).args(args);
        json(&mut c)
    };
    run(&["wallet", "regen-coldkey", "-w", "alice", "--uri", "//Alice", "--no-password"]);
    let bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
    let bob_bytes: [u8; 32] = {
        use sp_core::Pair as _;
        sp_core::sr25519::Pair::from_string("//Bob", None).expect("bob").public().0
    };
    let alice_bytes: [u8; 32] = {
        use sp_core::Pair as _;
        sp_core::sr25519::Pair::from_string("//Alice", None).expect("alice").public().0
    };
    let url = node.url();
    let net = ["--network", url.as_str()];

    // Preview: the node's fee, balances before/after, nothing submitted.
    let args: Vec<&str> = [
        &net[..],
        &["wallet", "transfer", "-w", "alice", "--dest", bob, "--amount", "2", "--dry-run"],
    ]
    .concat();
    let p = run(&args);
    assert_eq!(p["data"]["fee_rao"], 20_000, "{p}");
    assert_eq!(p["data"]["amount_rao"], 2_000_000_000u64, "{p}");
    assert_eq!(p["data"]["from_before_rao"], 1_000_000_000_000u64, "{p}");
    assert_eq!(p["data"]["from_after_rao"], 1_000_000_000_000u64 - 2_000_000_000 - 20_000, "{p}");
    assert_eq!(node.included(), 0);

    // Real transfer: signed with the wallet's key, included, the node's receipt reported.
    let ev = |pallet: &str, event: &str, fields: Vec<(&str, V)>| {
        V::unnamed_variant(pallet, [V::named_variant(event, fields)])
    };
    node.set_next_events(vec![
        ev(
            "Balances",
            "Transfer",
            vec![
                ("from", V::from_bytes(alice_bytes)),
                ("to", V::from_bytes(bob_bytes)),
                ("amount", V::u128(2_000_000_000)),
            ],
        ),
        ev(
            "TransactionPayment",
            "TransactionFeePaid",
            vec![
                ("who", V::from_bytes(alice_bytes)),
                ("actual_fee", V::u128(19_000)),
                ("tip", V::u128(0)),
            ],
        ),
    ])
    .expect("events");
    let args: Vec<&str> =
        [&net[..], &["wallet", "transfer", "-w", "alice", "--dest", bob, "--amount", "2", "--yes"]]
            .concat();
    let r = run(&args);
    assert_eq!(node.included(), 1);
    assert_eq!(r["data"]["block"], 101, "{r}");
    assert_eq!(r["data"]["fee_rao"], 19_000, "the receipt's actual fee: {r}");
}

#[test]
fn other_read_commands_work_against_a_node() {
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    let url = node.url();
    let tmp = tempfile::tempdir().expect("tempdir");
    let remote = |args: &[&str]| {
        let mut c = taoctl(tmp.path());
        c.args(["--network", url.as_str()]).args(args);
        json(&mut c)
    };
    let show = remote(&["subnets", "show", "--netuid", "1"]);
    assert!(
        show.to_string().contains("5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty"),
        "{show}"
    );
    let stake = remote(&["stake", "list", "--ss58", ALICE]);
    assert!(stake.to_string().contains("5000000000"), "5 alpha staked: {stake}");
    let hp = remote(&["hparams", "get", "--netuid", "1"]);
    assert!(hp.to_string().contains("tempo"), "{hp}");
    let blocks = remote(&["chain", "blocks"]);
    assert!(blocks.to_string().contains("\"number\":100"), "{blocks}");
    let events = remote(&["chain", "events"]);
    assert_eq!(events["command"], "chain.events", "{events}");
}

fn shared_file(name: &str) -> Option<Vec<u8>> {
    let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => PathBuf::from(d).join("metadata"),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/metadata"),
    };
    let b = std::fs::read(dir.join(name)).ok();
    if b.is_none() {
        println!("skipping: ../shared/metadata not found");
    }
    b
}

#[test]
fn older_runtime_without_the_price_api_prices_from_the_legacy_pool() {
    let Some(bytes) = shared_file("subtensor-spec218-v15.scale") else { return };
    let node = MockNode::start(bytes, 218).expect("mock node");
    let set = |item: &str, v: remote::mock::Value| {
        node.set_storage("SubtensorModule", item, vec![remote::mock::Value::u128(1)], v)
            .expect("fixture");
    };
    set("NetworksAdded", remote::mock::Value::bool(true));
    set("SubnetMechanism", remote::mock::Value::u128(1));
    set("SubnetTAO", remote::mock::Value::u128(3_000_000_000));
    set("SubnetAlphaIn", remote::mock::Value::u128(9_000_000_000));
    let tmp = tempfile::tempdir().expect("tempdir");
    let v = json(taoctl(tmp.path()).args(["--network", node.url().as_str(), "subnets", "list"]));
    let s1 = &v["data"]["subnets"][0];
    assert_eq!(
        (s1["netuid"].as_u64(), s1["price_rao"].as_u64()),
        (Some(1), Some(333_333_333)),
        "{v}"
    );
}

#[test]
fn newer_runtime_than_tested_warns() {
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 425).expect("mock node");
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = taoctl(tmp.path())
        .args(["--network", node.url().as_str(), "chain", "status"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("spec_version 425, newer than the newest tested (393)"), "{err}");
}

/// `weights status` on a node without `SubnetEpochIndex` (finney spec 393): commits are read
/// from `WeightCommits` (`(hash, commit_block, first_reveal_block, last_reveal_block)` there),
/// their epoch derived as that runtime derives it, and the reveal window computed by taoctl
/// equals the one the node stored.
#[test]
fn weights_status_reads_commits_from_a_node() {
    use remote::mock::Value as V;
    let Some(bytes) = metadata_bytes() else { return };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    let bob: [u8; 32] = {
        use sp_core::Pair as _;
        sp_core::sr25519::Pair::from_string("//Bob", None).expect("bob").public().0
    };
    let (journaled, stray) = ([0xAA; 32], [0xBB; 32]);
    // Head #100, netuid 1, tempo 360: a commit in block 95 is epoch (95+2)/361 = 0, revealable
    // in epoch 1 = blocks 359..=719 (subtensor's get_reveal_blocks).
    let commit = |h: [u8; 32], block: u64| {
        V::unnamed_composite([V::from_bytes(h), V::u128(block.into()), V::u128(359), V::u128(719)])
    };
    node.set_storage(
        "SubtensorModule",
        "WeightCommits",
        vec![V::u128(1), V::from_bytes(bob)],
        V::unnamed_composite([commit(journaled, 95), commit(stray, 97)]),
    )
    .expect("fixture");
    let weights_row = V::unnamed_composite([V::unnamed_composite([V::u128(0), V::u128(65_535)])]);
    node.set_storage("SubtensorModule", "Weights", vec![V::u128(1), V::u128(0)], weights_row)
        .expect("fixture");
    let tmp = tempfile::tempdir().expect("tempdir");
    let wallets = tmp.path().join("wallets");
    let url = node.url();
    let run = |args: &[&str]| {
        let mut c = taoctl(tmp.path());
        c.arg("--wallet-path").arg(&wallets).args(args);
        json(&mut c)
    };
    run(&["wallet", "regen-coldkey", "-w", "v", "--uri", "//Alice", "--no-password"]);
    run(&["wallet", "regen-hotkey", "-w", "v", "--uri", "//Bob"]);
    let status = || run(&["--network", url.as_str(), "-w", "v", "weights", "status"]);
    let first = status();
    // Both commits are on chain but unknown to an empty journal.
    let un = first["data"]["unjournaled"].as_array().cloned().unwrap_or_default();
    assert_eq!(un.len(), 2, "{first}");
    assert_eq!(un[0]["commit_block"], 95, "{first}");
    assert_eq!(un[0]["commit_epoch"], 0, "{first}");
    assert_eq!(un[0]["commit_hash"], format!("0x{}", "aa".repeat(32)), "{first}");
    let w = &first["data"]["on_chain_weights"][0];
    assert_eq!((w["netuid"].clone(), w["uid"].clone()), (1.into(), 0.into()), "{first}");
    assert_eq!(w["weights"][0]["weight"], 65_535, "{first}");

    // Journal the first commit: its state and window come from the node's schedule.
    let journal = first["data"]["journal"].as_str().expect("journal path").to_string();
    std::fs::create_dir_all(Path::new(&journal).parent().expect("dir")).expect("mkdir");
    let entry = serde_json::json!({
        "version": 1, "network": "custom", "entries": [{
            "netuid": 1, "hotkey": "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty",
            "wallet": "v", "hotkey_name": "default", "uids": [0], "weights": [65535],
            "salt": [1, 2], "version_key": 0, "commit_hash": format!("0x{}", "aa".repeat(32)),
            "commit_block": null, "commit_epoch": null, "reveal_from_block": null,
            "reveal_until_block": null, "status": "committed", "reveal_block": null,
            "created_at": 0 }]
    });
    std::fs::write(&journal, entry.to_string()).expect("journal");
    let second = status();
    let e = &second["data"]["entries"][0];
    assert_eq!(e["state"], "committed", "{second}");
    assert_eq!(e["on_chain"], true, "{second}");
    assert_eq!(e["commit_block"], 95, "{second}");
    assert_eq!(e["commit_epoch"], 0, "{second}");
    assert_eq!(e["reveal_from_block"], 359, "the node's first_reveal_block: {second}");
    assert_eq!(e["reveal_until_block"], 719, "the node's last_reveal_block: {second}");
    assert_eq!(second["data"]["unjournaled"].as_array().map(Vec::len), Some(1), "{second}");

    // The node moves into the reveal epoch (block 359): the commit is due.
    while node.head_number() < 359 {
        node.produce_block(vec![]).expect("block");
    }
    let due = status();
    assert_eq!(due["data"]["entries"][0]["state"], "due", "{due}");
    assert_eq!(due["data"]["entries"][0]["reveal_until_block"], 719, "{due}");
    // One block before the window closes it is still due; at 720 it has expired.
    while node.head_number() < 718 {
        node.produce_block(vec![]).expect("block");
    }
    assert_eq!(status()["data"]["entries"][0]["state"], "due");
    node.produce_block(vec![]).expect("block");
    let late = status();
    assert_eq!(late["data"]["entries"][0]["state"], "expired", "{late}");
}
