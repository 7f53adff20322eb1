//! Opt-in tier (`CHOPSTICKS=1 cargo test --test remote_chopsticks`): the remote backend against
//! a real subtensor runtime (spec 218, raw chain spec in `../shared/metadata`) served by
//! chopsticks from `tests/chopsticks` (`npm ci` there first). Checks real runtime semantics the
//! mock cannot: signing and extension encoding accepted by a real runtime, fees, events, and a
//! capability error for a runtime API that spec 218 lacks. Skips unless CHOPSTICKS=1.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use local_chain::event::Event;
use local_chain::extrinsic::Call;
use local_chain::types::AccountId;
use remote::{ConnectOptions, RemoteClient, RemoteError};
use sp_core::Pair as _;

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

/// Kills the chopsticks process this test started when the test ends (pass or fail).
struct Node(Child);

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn shared_dir() -> PathBuf {
    match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

fn start(dir: &std::path::Path) -> Option<(Node, String)> {
    let spec = shared_dir().join("metadata/subtensor-raonet-spec218.chainspec.json");
    if !spec.exists() {
        println!("skipping: ../shared/metadata not found");
        return None;
    }
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/chopsticks/node_modules/.bin/chopsticks");
    assert!(bin.exists(), "run `npm ci` in tests/chopsticks first");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let config = dir.join("chop.yml");
    let mut f = std::fs::File::create(&config).expect("config");
    writeln!(
        f,
        "genesis: {}\nport: {port}\nhost: 127.0.0.1\nbuild-block-mode: Instant\nimport-storage:\n  System:\n    Account:\n      - - - {ALICE}\n        - providers: 1\n          data:\n            free: 1000000000000000",
        spec.display()
    )
    .expect("write config");
    let child = Command::new(bin)
        .arg(format!("--config={}", config.display()))
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chopsticks starts");
    let node = Node(child);
    let deadline = Instant::now() + Duration::from_secs(120);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chopsticks did not listen within 120 s");
        std::thread::sleep(Duration::from_millis(500));
    }
    Some((node, format!("ws://127.0.0.1:{port}")))
}

#[test]
fn transfer_on_a_real_subtensor_runtime() {
    if std::env::var("CHOPSTICKS").as_deref() != Ok("1") {
        println!("skipping: set CHOPSTICKS=1 to run the chopsticks tier");
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let Some((_node, url)) = start(tmp.path()) else { return };
    let opts = ConnectOptions {
        cache_dir: Some(tmp.path().join("cache")),
        connect_timeout: Duration::from_secs(60),
        request_timeout: Duration::from_secs(120),
        inclusion_timeout: Duration::from_secs(300),
        ..ConnectOptions::default()
    };
    let c = RemoteClient::connect(&url, opts).expect("connects");
    assert_eq!(c.info().spec_version, 218);
    let alice = sp_core::sr25519::Pair::from_string("//Alice", None).expect("alice");
    let bob =
        AccountId(sp_core::sr25519::Pair::from_string("//Bob", None).expect("bob").public().0);
    let me = AccountId(alice.public().0);
    assert_eq!(c.balance(&me).expect("balance"), 1_000_000_000_000_000);
    let bob_before = c.balance(&bob).expect("balance");

    let call = Call::TransferKeepAlive { dest: bob, value: 1_000_000_000 };
    let fee = c.estimate_fee(&call).expect("fee");
    assert!(fee > 0);
    let receipt = c.submit(&alice, &call).expect("included");
    assert!(receipt.events.contains(&Event::Transfer { from: me, to: bob, amount: 1_000_000_000 }));
    assert!(receipt.fee > 0);
    assert_eq!(c.balance(&bob).expect("balance"), bob_before + 1_000_000_000);

    // Spec 218 predates the swap runtime API: a named capability error, not a wrong price.
    let err = c.price(1).expect_err("no SwapRuntimeApi on spec 218");
    assert!(matches!(err, RemoteError::MissingCapability { .. }), "{err}");
}
