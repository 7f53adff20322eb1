//! End-to-end: hash commit-reveal with the real `taoctl` binary against the in-process mock
//! subtensor node (`remote::mock`, finney spec-393 metadata from `../shared/metadata`, which has
//! no `SubnetEpochIndex`: commits are `(hash, commit_block, first_reveal_block,
//! last_reveal_block)` and epochs `(block + netuid + 1) / (tempo + 1)`). The whole unattended
//! loop runs by script (`--json --yes`, no terminal): commit (predicted preview, journal,
//! submission, the node's stored window), status, reveal too early (reported, nothing
//! submitted), reveal in the window, an expired commit, and the refusals by name.
//!
//! The mock does not execute calls: each test stages the state change a call makes
//! (`set_storage_on_inclusion`), so reads before the submission see the old state.

use local_chain::calls::weights::commit_hash;
use local_chain::types::AccountId;
use remote::mock::{MockNode, Value as V};
use serde_json::Value;

mod remote_support;
use remote_support::{World, public, v};

/// Subnet 1's tempo in the demo world: epoch k of netuid 1 is blocks 361k − 2 ..= 361k + 358.
const WINDOW: (u64, u64) = (359, 719);

/// The mock's demo world (head #100; //Bob = hotkey `default`, uid 0 on subnet 1, tempo 360)
/// with commit-reveal on (period 1 epoch), no weights rate limit, and the wallet `default`.
impl World {
    fn new() -> Option<World> {
        let bytes =
            remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), "finney-spec393.scale")?;
        let node = MockNode::demo_world(bytes, 393).expect("mock node");
        let w = World { node, tmp: tempfile::tempdir().expect("tempdir") };
        w.sm("CommitRevealWeightsEnabled", vec![v(1)], V::bool(true));
        w.sm("RevealPeriodEpochs", vec![v(1)], v(1));
        w.sm("WeightsSetRateLimit", vec![v(1)], v(0));
        w.sm("WeightsVersionKey", vec![v(1)], v(0));
        w.sm("MinAllowedWeights", vec![v(1)], v(0));
        for args in [
            &["wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"][..],
            &["wallet", "regen-hotkey", "-H", "default", "--uri", "//Bob"][..],
            &["wallet", "regen-hotkey", "-H", "new", "--uri", "//Charlie"][..],
        ] {
            w.cmd_at(None, args).assert().success();
        }
        Some(w)
    }

    fn sm(&self, item: &str, keys: Vec<V>, value: V) {
        self.node.set_storage("SubtensorModule", item, keys, value).expect("fixture");
    }

    /// `WeightCommits[1][//Bob]` in the spec-393 layout, from (hash, commit block) pairs with
    /// the window the runtime stores for commits in epoch 0 of netuid 1.
    fn commits(rows: &[([u8; 32], u64)]) -> V {
        V::unnamed_composite(rows.iter().map(|(h, b)| {
            V::unnamed_composite([V::from_bytes(h), v(*b), v(WINDOW.0), v(WINDOW.1)])
        }))
    }

    fn journal(&self, path: &str) -> Value {
        serde_json::from_str(&std::fs::read_to_string(path).expect("journal")).expect("json")
    }

    fn advance_to(&self, head: u64) {
        while self.node.head_number() < head {
            self.node.produce_block(vec![]).expect("block");
        }
    }
}

fn bob_key() -> Vec<V> {
    vec![v(1), V::from_bytes(public("//Bob"))]
}

/// What the chain hashes for `--weights 0:1 --salt 1,2` by //Bob on subnet 1, version key 0.
fn expected_hash() -> String {
    commit_hash(&AccountId(public("//Bob")), 1, &[0], &[65_535], &[1, 2], 0).to_hex()
}

fn hash_bytes(hex_str: &str) -> [u8; 32] {
    let b = hex::decode(hex_str.trim_start_matches("0x")).expect("hex");
    b.try_into().expect("32 bytes")
}

const COMMIT: [&str; 8] =
    ["weights", "commit", "--netuid", "1", "--weights", "0:1", "--salt", "1,2"];

#[test]
fn commit_status_and_reveal_run_unattended_on_a_node() {
    let Some(w) = World::new() else { return };
    let hash = expected_hash();

    // Dry run: the node's checks pass, the hash is the chain's, nothing signed or journaled.
    let p = w.ok(&[&COMMIT[..], &["--dry-run"]].concat());
    assert_eq!(p["data"]["dry_run"], true, "{p}");
    assert_eq!(p["data"]["commit_hash"], hash.as_str(), "{p}");
    assert_eq!(p["data"]["uid"], 0, "{p}");
    assert_eq!(p["data"]["commit_block"], Value::Null, "{p}");
    let journal = p["data"]["journal"].as_str().expect("journal path").to_string();
    assert!(!std::path::Path::new(&journal).exists(), "a dry run writes no journal");
    assert_eq!(w.node.included(), 0);

    // Commit: included in #101 (epoch (101 + 2) / 361 = 0); the node stores the commit.
    w.node
        .set_storage_on_inclusion(
            "SubtensorModule",
            "WeightCommits",
            bob_key(),
            World::commits(&[(hash_bytes(&hash), 101)]),
        )
        .expect("fixture");
    let c = w.ok(&[&COMMIT[..], &["--yes"]].concat());
    assert_eq!(w.node.included(), 1);
    assert_eq!(c["data"]["commit_block"], 101, "{c}");
    assert_eq!(c["data"]["commit_epoch"], 0, "{c}");
    assert_eq!(c["data"]["reveal_from_block"], WINDOW.0, "the node's first_reveal_block: {c}");
    assert_eq!(c["data"]["reveal_until_block"], WINDOW.1, "the node's last_reveal_block: {c}");
    let j = w.journal(&journal);
    let e = &j["entries"][0];
    assert_eq!(e["status"], "committed", "{j}");
    assert_eq!(e["salt"], serde_json::json!([1, 2]), "{j}");
    assert_eq!(
        (e["commit_block"].as_u64(), e["reveal_from_block"].as_u64()),
        (Some(101), Some(359))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&journal).expect("journal").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Status: journaled, on chain, committed, with the window.
    let s = w.ok(&["weights", "status"]);
    let se = &s["data"]["entries"][0];
    assert_eq!((se["state"].as_str(), se["on_chain"].as_bool()), (Some("committed"), Some(true)));
    assert_eq!(se["reveal_from_block"], WINDOW.0, "{s}");

    // Cron before the window: reported as not due with the block, nothing submitted, exit 0.
    let r = w.ok(&["--yes", "weights", "reveal", "--pending"]);
    assert_eq!((r["data"]["revealed"].as_u64(), r["data"]["not_due"].as_u64()), (Some(0), Some(1)));
    let item = &r["data"]["items"][0];
    assert_eq!(item["outcome"], "not_due", "{r}");
    assert_eq!(item["reveal_from_block"], WINDOW.0, "{r}");
    assert_eq!(item["blocks_until_due"], WINDOW.0 - 102, "{r}");
    assert_eq!(w.node.included(), 1);

    // Head #358: the next block (#359) is the first of epoch 1, the reveal epoch.
    w.advance_to(WINDOW.0 - 1);
    let d = w.ok(&["--yes", "weights", "reveal", "--pending", "--dry-run"]);
    assert_eq!(d["data"]["items"][0]["outcome"], "would_reveal", "{d}");
    assert_eq!(w.node.included(), 1);
    w.node
        .set_storage_on_inclusion(
            "SubtensorModule",
            "WeightCommits",
            bob_key(),
            World::commits(&[]),
        )
        .expect("fixture");
    let r = w.ok(&["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(w.node.included(), 2);
    assert_eq!(r["data"]["revealed"], 1, "{r}");
    assert_eq!(r["data"]["items"][0]["outcome"], "revealed", "{r}");
    assert_eq!(r["data"]["items"][0]["reveal_block"], WINDOW.0, "{r}");
    assert_eq!(w.journal(&journal)["entries"][0]["status"], "revealed");
    // The same cron line again: nothing open, a quiet success.
    let r = w.ok(&["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["items"].as_array().map(Vec::len), Some(0), "{r}");
    assert_eq!(w.node.included(), 2);
}

#[test]
fn an_expired_commit_is_recorded_and_a_changed_journal_is_refused_by_name() {
    let Some(w) = World::new() else { return };
    let hash = expected_hash();
    w.node
        .set_storage_on_inclusion(
            "SubtensorModule",
            "WeightCommits",
            bob_key(),
            World::commits(&[(hash_bytes(&hash), 101)]),
        )
        .expect("fixture");
    let c = w.ok(&[&COMMIT[..], &["--yes"]].concat());
    let journal = c["data"]["journal"].as_str().expect("journal").to_string();

    // The journal's weights no longer hash to the commit: the node's own check
    // (InvalidRevealCommitHashNotMatch) predicted before signing, exit 4.
    w.advance_to(WINDOW.0);
    let mut j = w.journal(&journal);
    j["entries"][0]["weights"] = serde_json::json!([65_534]);
    std::fs::write(&journal, j.to_string()).expect("journal");
    let (code, e) = w.fails(&["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "InvalidRevealCommitHashNotMatch", "{e}");
    assert!(e["error"]["hint"].as_str().unwrap_or("").contains("restore"), "{e}");
    j["entries"][0]["weights"] = serde_json::json!([65_535]);
    std::fs::write(&journal, j.to_string()).expect("journal");

    // Past the window (#720 lands in epoch 2): expired, recorded, nothing submitted.
    w.advance_to(WINDOW.1);
    let r = w.ok(&["--yes", "weights", "reveal", "--pending"]);
    assert_eq!(r["data"]["expired"], 1, "{r}");
    assert_eq!(r["data"]["items"][0]["outcome"], "expired", "{r}");
    assert_eq!(w.node.included(), 1);
    assert_eq!(w.journal(&journal)["entries"][0]["status"], "expired");
}

#[test]
fn commits_the_node_would_refuse_are_refused_before_signing() {
    let Some(w) = World::new() else { return };
    // Unknown subnet, unregistered hotkey, bad salt: input errors naming the value (exit 3).
    let (code, e) = w.fails(&["weights", "commit", "--netuid", "9", "--weights", "0:1", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("`9`"), "{e}");
    let (code, e) =
        w.fails(&["-H", "new", "weights", "commit", "--netuid", "1", "--weights", "0:1", "--yes"]);
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("not registered"), "{e}");
    let (code, e) = w.fails(&[&COMMIT[..6], &["--salt", "1,x", "--yes"]].concat());
    assert_eq!(code, 3, "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("`x`"), "{e}");

    // The weights rate limit, from the node's LastUpdate (#99) and WeightsSetRateLimit: exit 4,
    // named, with the block to retry from.
    w.sm("WeightsSetRateLimit", vec![v(1)], v(100));
    let (code, e) = w.fails(&[&COMMIT[..], &["--yes"]].concat());
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "CommittingWeightsTooFast", "{e}");
    assert!(e["error"]["message"].as_str().unwrap_or("").contains("#199"), "{e}");
    w.sm("WeightsSetRateLimit", vec![v(1)], v(0));

    // Ten live commits: the node's TooManyUnrevealedCommits, exit 4, with what to do.
    let ten: Vec<([u8; 32], u64)> = (0..10u8).map(|i| ([i + 1; 32], 95)).collect();
    w.sm("WeightCommits", bob_key(), World::commits(&ten));
    let (code, e) = w.fails(&[&COMMIT[..], &["--yes"]].concat());
    assert_eq!(code, 4, "{e}");
    assert_eq!(e["error"]["chain_error"], "TooManyUnrevealedCommits", "{e}");
    assert!(e["error"]["hint"].as_str().unwrap_or("").contains("weights reveal"), "{e}");
    // Once they have expired (the node drops them at the next commit), a commit passes.
    w.advance_to(WINDOW.1);
    let p = w.ok(&[&COMMIT[..], &["--dry-run"]].concat());
    assert_eq!(p["data"]["commit_hash"], expected_hash().as_str(), "{p}");

    // Commit-reveal off: nothing to commit (exit 3, named).
    w.sm("CommitRevealWeightsEnabled", vec![v(1)], V::bool(false));
    let (code, e) = w.fails(&[&COMMIT[..], &["--yes"]].concat());
    assert_eq!(code, 3, "{e}");
    assert_eq!(e["error"]["chain_error"], "CommitRevealDisabled", "{e}");
}

#[test]
fn commit_and_reveal_against_an_unreachable_node_exit_5() {
    let Some(w) = World::new() else { return };
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let url = format!("ws://127.0.0.1:{port}");
    for args in [&COMMIT[..], &["weights", "reveal", "--pending"][..]] {
        let out = w.cmd_at(Some(url.clone()), &[args, &["--yes"]].concat()).output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(5),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let v: Value = serde_json::from_slice(&out.stdout).expect("error envelope");
        assert!(v["error"]["message"].as_str().unwrap_or("").contains("cannot reach node"), "{v}");
    }
}
