//! Slice 4: crash safety with real `kill -9`, and one reader + two writer processes.

use std::process::{Command, Stdio};
use std::time::Duration;

use local_chain::genesis::DEV_BALANCE;
use local_chain::{AccountId, Chain, TAO};

const BIN: &str = env!("CARGO_BIN_EXE_chain-writer");

fn acct(s: &str) -> AccountId {
    AccountId::from_dev_seed(s).unwrap()
}

fn check_chain(dir: &std::path::Path) -> u64 {
    let chain = Chain::open(dir).unwrap();
    let head = chain.head().unwrap();
    chain.check_invariants_now().unwrap();
    let blocks = chain.blocks(0..=head.number).unwrap();
    assert_eq!(blocks.len() as u64, head.number + 1);
    for w in blocks.windows(2) {
        assert_eq!(w[1].parent_hash, w[0].hash);
    }
    head.number
}

#[test]
fn kill_9_leaves_last_committed_block() {
    let dir = tempfile::tempdir().unwrap();
    Chain::create(dir.path(), "dev").unwrap();
    // Deterministic pseudo-random kill times (no OS randomness in tests either).
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut last_head = 0;
    for _ in 0..6 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let wait = 150 + (seed >> 33) % 500;
        let mut child = Command::new(BIN)
            .args([dir.path().to_str().unwrap(), "write", "//Alice", "//Bob", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let head = check_chain(dir.path());
        assert!(head >= last_head);
        last_head = head;
        // Every block after genesis is exactly one 1-TAO transfer: balances match the head.
        let chain = Chain::open(dir.path()).unwrap();
        assert_eq!(chain.balance(&acct("//Bob")).unwrap(), DEV_BALANCE + head * TAO);
        assert_eq!(chain.balance(&acct("//Alice")).unwrap(), DEV_BALANCE - head * TAO);
    }
    assert!(last_head > 0, "the writer never committed a block");
}

#[test]
fn one_reader_two_writers_serialize() {
    let dir = tempfile::tempdir().unwrap();
    Chain::create(dir.path(), "dev").unwrap();
    let d = dir.path().to_str().unwrap();
    let n = 40;
    let spawn = |args: &[&str]| {
        Command::new(BIN).args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap()
    };
    let mut reader = spawn(&[d, "read", "200"]);
    let mut w1 = spawn(&[d, "write", "//Alice", "//Bob", &n.to_string()]);
    let mut w2 = spawn(&[d, "write", "//Charlie", "//Dave", &n.to_string()]);
    assert!(w1.wait().unwrap().success(), "writer 1 failed");
    assert!(w2.wait().unwrap().success(), "writer 2 failed");
    assert!(reader.wait().unwrap().success(), "reader saw an inconsistent state");
    let head = check_chain(dir.path());
    assert_eq!(head, 2 * n);
    let chain = Chain::open(dir.path()).unwrap();
    assert_eq!(chain.balance(&acct("//Bob")).unwrap(), DEV_BALANCE + n * TAO);
    assert_eq!(chain.balance(&acct("//Dave")).unwrap(), DEV_BALANCE + n * TAO);
}

/// `advance` commits several empty blocks per SQLite transaction: a `kill -9` in the middle of
/// a batch must still leave a whole last committed block, and that state must be exactly the
/// state of a chain replayed to the same height (the chain is deterministic).
#[test]
fn kill_9_during_batched_advance_leaves_whole_block() {
    let dir = tempfile::tempdir().unwrap();
    Chain::create(dir.path(), "demo").unwrap();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut last_head = 0;
    for _ in 0..4 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let wait = 200 + (seed >> 33) % 600;
        let mut child = Command::new(BIN)
            .args([dir.path().to_str().unwrap(), "advance", "0", "1000"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let head = check_chain(dir.path());
        assert!(head >= last_head);
        last_head = head;
    }
    let mut chain = Chain::open(dir.path()).unwrap();
    let replay_dir = tempfile::tempdir().unwrap();
    let mut replay = Chain::create(replay_dir.path(), "demo").unwrap();
    let replayed = replay.advance(last_head).unwrap();
    assert_eq!(chain.head().unwrap(), replayed);
    assert_eq!(chain.state_hash().unwrap(), replay.state_hash().unwrap());
    // The reopened chain keeps producing blocks.
    let next = chain.advance(3).unwrap();
    assert_eq!(next.number, last_head + 3);
    chain.check_invariants_now().unwrap();
}

/// A reader process sees whole batches only (invariants hold, head never goes back), and an
/// in-process handle whose read cache was warm before another handle advanced reads the new
/// state, not stale cached rows.
#[test]
fn batched_advance_readers_stay_consistent() {
    let dir = tempfile::tempdir().unwrap();
    Chain::create(dir.path(), "demo").unwrap();
    let d = dir.path().to_str().unwrap();
    let mut reader = Command::new(BIN)
        .args([d, "read", "100"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut writer = Command::new(BIN)
        .args([d, "advance", "400", "150"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    assert!(writer.wait().unwrap().success(), "advance writer failed");
    assert!(reader.wait().unwrap().success(), "reader saw an inconsistent state");
    assert_eq!(check_chain(dir.path()), 400);

    let mut a = Chain::open(dir.path()).unwrap();
    let b = Chain::open(dir.path()).unwrap();
    b.subnet(1).unwrap(); // warms b's read cache
    let em_before = b.subnet_emission(1).unwrap();
    a.advance(300).unwrap();
    assert_eq!(b.head().unwrap(), a.head().unwrap());
    assert_eq!(b.subnet(1).unwrap(), a.subnet(1).unwrap());
    assert_eq!(b.subnet_emission(1).unwrap(), a.subnet_emission(1).unwrap());
    assert_ne!(b.subnet_emission(1).unwrap(), em_before, "emission should have moved");
    assert_eq!(b.state_hash().unwrap(), a.state_hash().unwrap());
}
