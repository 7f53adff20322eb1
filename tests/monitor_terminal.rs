//! A real terminal: tmux runs `taoctl monitor` on a demo chain, we send keys and read the pane.
//! Skips (with a notice) where tmux is not installed.

use std::process::Command;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Polls the pane until `pred` holds, for at most `secs` seconds.
fn wait_for(session: &str, secs: u64, pred: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let pane = tmux(&["capture-pane", "-p", "-t", session]);
        if pred(&pane) || start.elapsed() > Duration::from_secs(secs) {
            return pane;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The block number in the status bar (`#123`).
fn status_block(pane: &str) -> Option<u64> {
    let line = pane.lines().rev().find(|l| l.contains("embedded"))?;
    let i = line.find('#')?;
    line[i + 1..].split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

#[test]
fn monitor_runs_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("taoctl");
    let chain = tmp.path().join("chain");
    let st = Command::new(&bin)
        .arg("--chain-dir")
        .arg(&chain)
        .args(["chain", "init", "--preset", "demo"])
        .output()
        .unwrap();
    assert!(st.status.success());
    let session = format!("taoctl-test-{}", std::process::id());
    let cmd = format!(
        "env -u NO_COLOR HOME={} {} --chain-dir {} monitor --speed 20",
        tmp.path().display(),
        bin.display(),
        chain.display()
    );
    tmux(&["new-session", "-d", "-s", &session, "-x", "140", "-y", "40", &cmd]);

    let pane =
        wait_for(&session, 20, |p| p.contains("apex") && status_block(p).is_some_and(|b| b > 0));
    let cleanup = || {
        tmux(&["kill-session", "-t", &session]);
    };
    if !pane.contains("Subnets") || !pane.contains("apex") {
        cleanup();
        panic!("monitor did not draw the subnet table:\n{pane}");
    }
    let first = status_block(&pane).unwrap_or(0);
    // Time moves: blocks advance and the table is redrawn with new numbers.
    let later = wait_for(&session, 20, |p| status_block(p).is_some_and(|b| b >= first + 20));
    let second = status_block(&later).unwrap_or(0);
    if second < first + 20 {
        cleanup();
        panic!("blocks did not advance ({first} → {second}):\n{later}");
    }
    // The economy moves with them: subnet 1's row (price, reserves, alpha out) is redrawn with
    // new numbers as emission flows into its pool.
    let row = |p: &str| p.lines().find(|l| l.contains("apex")).unwrap_or_default().to_string();
    if row(&pane) == row(&later) {
        cleanup();
        panic!("subnet row did not change between #{first} and #{second}:\n{}", row(&later));
    }
    // Drill into subnet 1 (the second row) and see its metagraph.
    tmux(&["send-keys", "-t", &session, "j", "Enter"]);
    let drilled = wait_for(&session, 10, |p| p.contains("Metagraph"));
    if !drilled.contains("Metagraph") || !drilled.contains("apex") {
        cleanup();
        panic!("drill-down did not open:\n{drilled}");
    }
    // Help overlay, then quit: the session ends because the process exits cleanly.
    tmux(&["send-keys", "-t", &session, "Escape"]);
    tmux(&["send-keys", "-t", &session, "q"]);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        let alive = Command::new("tmux")
            .args(["has-session", "-t", &session])
            .status()
            .is_ok_and(|s| s.success());
        if !alive {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let pane = tmux(&["capture-pane", "-p", "-t", &session]);
    cleanup();
    panic!("monitor did not quit on `q`:\n{pane}");
}

fn shared_metadata() -> Option<Vec<u8>> {
    let dir = match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => std::path::PathBuf::from(d).join("metadata"),
        None => std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/metadata"),
    };
    let b = std::fs::read(dir.join("finney-spec393.scale")).ok();
    if b.is_none() {
        println!("skipping: ../shared/metadata not found");
    }
    b
}

/// The block number in the status bar of a node's monitor (the line naming `net`).
fn status_block_of(pane: &str, net: &str) -> Option<u64> {
    let line = pane.lines().rev().find(|l| l.contains(net) && l.contains('#'))?;
    let i = line.find('#')?;
    line[i + 1..]
        .split(|c: char| !c.is_ascii_digit() && c != ',')
        .next()?
        .replace(',', "")
        .parse()
        .ok()
}

/// `taoctl monitor --network ws://…` against the in-process mock node: it follows the blocks
/// the node makes, refuses to drive time, and reconnects after the node drops the connection.
#[test]
fn monitor_follows_a_mock_node() {
    use remote::mock::{MockNode, Value};
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let Some(md) = shared_metadata() else { return };
    let mut node = MockNode::demo_world(md, 393).expect("mock node");
    let tmp = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("taoctl");
    let session = format!("taoctl-node-{}", std::process::id());
    let cmd = format!(
        "env -u NO_COLOR HOME={home} XDG_CACHE_HOME={home}/cache TAOCTL_CONNECT_TIMEOUT=3 TAOCTL_REQUEST_TIMEOUT=3 {bin} --config {home}/config.toml --network {url} monitor",
        home = tmp.path().display(),
        bin = bin.display(),
        url = node.url(),
    );
    tmux(&["new-session", "-d", "-s", &session, "-x", "140", "-y", "40", &cmd]);
    let cleanup = || {
        tmux(&["kill-session", "-t", &session]);
    };
    // A URL given with --network is shown as the `custom` network.
    let net = "custom";
    let pane = wait_for(&session, 20, |p| p.contains("apex") && status_block_of(p, net).is_some());
    if status_block_of(&pane, net) != Some(100) || !pane.contains("connected") {
        cleanup();
        panic!("monitor did not show the node's head #100:\n{pane}");
    }
    // The node makes blocks; the monitor follows (it polls every second) and the pool it
    // shows is the new head's.
    let v = |n: u64| Value::u128(u128::from(n));
    for _ in 0..3 {
        node.produce_block(vec![]).expect("block");
    }
    node.set_storage("SubtensorModule", "SubnetTAO", vec![v(1)], v(400_000_000_000))
        .expect("fixture");
    node.produce_block(vec![]).expect("block");
    let later = wait_for(&session, 15, |p| status_block_of(p, net) == Some(104));
    if status_block_of(&later, net) != Some(104) {
        cleanup();
        panic!("monitor did not follow the node to #104:\n{later}");
    }
    let row = |p: &str| p.lines().find(|l| l.contains("apex")).unwrap_or_default().to_string();
    if row(&pane) == row(&later) {
        cleanup();
        panic!("subnet 1's row did not change with its pool:\n{}", row(&later));
    }
    // `.` (single-step) drives only the embedded chain: it says so.
    tmux(&["send-keys", "-t", &session, "."]);
    let said = wait_for(&session, 5, |p| p.contains("unavailable on a node"));
    if !said.contains("unavailable on a node") {
        cleanup();
        panic!("`.` on a node did not say it is unavailable:\n{said}");
    }
    // The node goes away: the view stays up and says it is reconnecting.
    node.stop_serving();
    let down = wait_for(&session, 15, |p| p.contains("reconnecting"));
    if !down.contains("reconnecting") || !down.contains("apex") {
        cleanup();
        panic!("a dropped node was not shown as reconnecting (with the last data kept):\n{down}");
    }
    // It comes back with a new block: the monitor reconnects by itself.
    node.serve_again().expect("serve again");
    node.produce_block(vec![]).expect("block");
    let back = wait_for(&session, 30, |p| {
        status_block_of(p, net) == Some(105) && p.contains("● connected")
    });
    if status_block_of(&back, net) != Some(105) {
        cleanup();
        panic!("monitor did not reconnect to the node:\n{back}");
    }
    tmux(&["send-keys", "-t", &session, "q"]);
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        let alive = Command::new("tmux")
            .args(["has-session", "-t", &session])
            .status()
            .is_ok_and(|s| s.success());
        if !alive {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let pane = tmux(&["capture-pane", "-p", "-t", &session]);
    cleanup();
    panic!("monitor did not quit on `q`:\n{pane}");
}

/// `monitor` against a node that is not there: the error and exit 5 at once, no full-screen
/// view left behind.
#[test]
fn monitor_on_an_unreachable_node_exits_5() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let tmp = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("taoctl");
    let session = format!("taoctl-down-{}", std::process::id());
    let cmd = format!(
        "sh -c 'HOME={home} {bin} --config {home}/config.toml --network ws://127.0.0.1:{port} monitor; echo EXIT=$?; sleep 30'",
        home = tmp.path().display(),
        bin = bin.display(),
    );
    tmux(&["new-session", "-d", "-s", &session, "-x", "140", "-y", "20", &cmd]);
    let pane = wait_for(&session, 10, |p| p.contains("EXIT="));
    tmux(&["kill-session", "-t", &session]);
    assert!(pane.contains("EXIT=5"), "{pane}");
    assert!(pane.contains(&format!("cannot reach node at ws://127.0.0.1:{port}")), "{pane}");
}
