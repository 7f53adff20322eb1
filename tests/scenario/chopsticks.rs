//! A real subtensor runtime (spec 218, the raw chain spec in `../shared/metadata`) served on
//! loopback by chopsticks from `tests/chopsticks` (`npm ci` there), plus the test's own raw
//! JSON-RPC reads (HTTP, no taoctl code) for cross-checks.
//!
//! Whether the tier runs: when chopsticks is installed and the chain spec is present; otherwise
//! it prints a skip notice and passes — unless `TAOCTL_REQUIRE_CHOPSTICKS=1` (set by `.ci/run`),
//! which turns a missing install into a failure.
//!
//! Genesis set-up (raonet genesis has no dev balances and a 1-rao alpha reserve on subnet 1):
//! //Alice gets 1 000 000 TAO (`import-storage`), subnet 1's pool gets 20 alpha against its 10
//! TAO, and a stable "whale" subnet 2 holds almost all TAO so that the runtime's per-block
//! coinbase sends subnet 1 no emission: spec 218 injects each block's TAO into the pools in
//! `on_initialize`, before extrinsics, so with emission flowing a preview made at the head
//! could never equal the result one block later (on any chain; taoctl says previews are
//! predictions from block N). The storage is set with `dev_setStorage` (keys computed here).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use sp_crypto_hashing::{blake2_128, twox_128};

use super::{Backend, Run, TAO};

pub const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

/// Kills the chopsticks process this test started when the test ends (pass or fail).
pub struct Node {
    child: Child,
    pub port: u16,
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Node {
    pub fn ws(&self) -> String {
        format!("ws://127.0.0.1:{}", self.port)
    }

    /// One JSON-RPC call over HTTP (chopsticks serves HTTP and WS on the same port).
    pub fn rpc(&self, method: &str, params: Value) -> Value {
        let body =
            json!({"id": 1, "jsonrpc": "2.0", "method": method, "params": params}).to_string();
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(120))).expect("timeout");
        write!(
            s,
            "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .expect("send");
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("read");
        let text = String::from_utf8_lossy(&raw);
        let (head, rest) = text.split_once("\r\n\r\n").expect("http response");
        let payload = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
            dechunk(rest)
        } else {
            rest.to_string()
        };
        let v: Value = serde_json::from_str(&payload).expect("json-rpc answer");
        assert!(v.get("error").is_none(), "{method}: {v}");
        v["result"].clone()
    }

    /// Raw storage value at the head, as bytes (None if absent).
    pub fn storage(&self, key: &[u8]) -> Option<Vec<u8>> {
        let v = self.rpc("state_getStorage", json!([format!("0x{}", hex(key))]));
        v.as_str().map(unhex)
    }

    /// Sets raw storage (`dev_setStorage`).
    pub fn set_storage(&self, pairs: &[(Vec<u8>, Vec<u8>)]) {
        let list: Vec<Value> = pairs
            .iter()
            .map(|(k, v)| json!([format!("0x{}", hex(k)), format!("0x{}", hex(v))]))
            .collect();
        self.rpc("dev_setStorage", json!([list]));
    }
}

fn dechunk(mut s: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = s.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        s = rest[n..].trim_start_matches("\r\n");
    }
    out
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    let s = s.trim_start_matches("0x");
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

/// `twox128(pallet) ++ twox128(item)`.
pub fn prefix(pallet: &str, item: &str) -> Vec<u8> {
    [twox_128(pallet.as_bytes()), twox_128(item.as_bytes())].concat()
}

/// Key of a netuid-keyed SubtensorModule map (subtensor hashes netuids with `Identity`).
pub fn netuid_key(item: &str, netuid: u16) -> Vec<u8> {
    [prefix("SubtensorModule", item), netuid.to_le_bytes().to_vec()].concat()
}

/// Key of `System.Account[who]` (`Blake2_128Concat`).
pub fn account_key(who: &[u8; 32]) -> Vec<u8> {
    [prefix("System", "Account"), blake2_128(who).to_vec(), who.to_vec()].concat()
}

fn shared_dir() -> PathBuf {
    match std::env::var_os("TAOCTL_SHARED_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    }
}

/// Starts chopsticks on a free port with the scenario's genesis set-up, or None (with a
/// printed notice) when the tier cannot run here and CI did not require it.
pub fn start(dir: &Path) -> Option<Node> {
    let required = std::env::var("TAOCTL_REQUIRE_CHOPSTICKS").as_deref() == Ok("1");
    let skip = |why: &str| {
        assert!(!required, "TAOCTL_REQUIRE_CHOPSTICKS=1 but {why}");
        println!("skipping the chopsticks tier: {why}");
        None
    };
    let spec = shared_dir().join("metadata/subtensor-raonet-spec218.chainspec.json");
    if !spec.exists() {
        return skip("../shared/metadata not found");
    }
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/chopsticks/node_modules/.bin/chopsticks");
    if !bin.exists() {
        return skip("chopsticks is not installed (run `npm ci` in tests/chopsticks)");
    }
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
    let log = std::fs::File::create(dir.join("chopsticks.log")).expect("log");
    let child = Command::new(bin)
        .arg(format!("--config={}", config.display()))
        .current_dir(dir)
        .stdout(Stdio::from(log.try_clone().expect("log")))
        .stderr(Stdio::from(log))
        .spawn()
        .expect("chopsticks starts");
    let node = Node { child, port };
    let deadline = Instant::now() + Duration::from_secs(120);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "chopsticks did not listen within 120 s");
        std::thread::sleep(Duration::from_millis(500));
    }
    Some(node)
}

/// The scenario's pool set-up (see the module docs).
pub fn set_up_pools(node: &Node) {
    node.set_storage(&[
        (netuid_key("SubnetAlphaIn", 1), (20 * TAO).to_le_bytes().to_vec()),
        (netuid_key("NetworksAdded", 2), vec![1]),
        (netuid_key("SubnetMechanism", 2), 0u16.to_le_bytes().to_vec()),
        (netuid_key("SubnetTAO", 2), 18_000_000_000_000_000_000u64.to_le_bytes().to_vec()),
    ]);
}

/// Free balance from `System.Account` (AccountInfo: nonce, consumers, providers, sufficients as
/// u32, then `data.free` as subtensor's u64 Balance).
pub fn free_of(node: &Node, who: &[u8; 32]) -> u64 {
    match node.storage(&account_key(who)) {
        None => 0,
        Some(b) => u64::from_le_bytes(b[16..24].try_into().expect("account info")),
    }
}

/// The spec-218 runtime under chopsticks as a scenario backend.
pub struct Spec218<'n> {
    pub node: &'n Node,
}

impl Backend for Spec218<'_> {
    fn network_args(&self) -> Vec<String> {
        vec!["--network".into(), self.node.ws()]
    }
    fn env(&self) -> Vec<(String, String)> {
        // chopsticks 1.5's `archive_v1` storage iteration is incomplete in genesis mode.
        vec![("TAOCTL_RPC".into(), "legacy".into())]
    }
    fn fund(&self, _run: &Run, ss58: &str, rao: u64) {
        assert!(free_of(self.node, &super::account(ss58)) >= rao, "{ss58} is funded at genesis");
    }
    fn raw_free(&self, account: &[u8; 32]) -> u64 {
        free_of(self.node, account)
    }
    fn netuid(&self) -> u16 {
        1
    }
    fn lacks_limit_calls(&self) -> bool {
        true
    }
    fn pass_weights_rate_limit(&self, _run: &Run) {
        // 100 blocks take about a minute under chopsticks; a rate limit of 0 is the same test.
        self.node
            .set_storage(&[(netuid_key("WeightsSetRateLimit", 1), 0u64.to_le_bytes().to_vec())]);
    }
}
