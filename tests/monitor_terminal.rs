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
