//! The one end-to-end scenario issue #7 asks for, run by the real binary against any backend:
//! wallet create + restore from the mnemonic, a transfer from a funded dev account, burned
//! registration, stake add and remove with limit prices (and without, where a runtime lacks the
//! limit calls), set weights, read-backs (`wallet balance`, `stake list`, `subnets show`), and a
//! cross-check of every balance against the chain's own answer (a raw read the test makes
//! without taoctl's code). `tests/scenario_embedded.rs` runs it on the embedded chain,
//! `tests/remote_chopsticks.rs` on the real spec-218 runtime and compares the report shapes.

#![allow(dead_code)] // each test binary uses a different subset

pub mod chopsticks;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use sp_core::crypto::{AccountId32, Ss58Codec};

/// What the scenario needs from a backend besides the binary.
pub trait Backend {
    /// Global flags that point taoctl at this backend (`--network …` or nothing).
    fn network_args(&self) -> Vec<String>;
    /// Extra environment for taoctl (e.g. `TAOCTL_RPC=legacy`).
    fn env(&self) -> Vec<(String, String)>;
    /// Makes sure `ss58` holds at least `rao` free (embedded: `chain faucet`; a node: genesis).
    fn fund(&self, run: &Run, ss58: &str, rao: u64);
    /// Free balance as the chain itself stores it, read without taoctl.
    fn raw_free(&self, account: &[u8; 32]) -> u64;
    /// The subnet the scenario registers and stakes on.
    fn netuid(&self) -> u16;
    /// Whether the runtime lacks `add_stake_limit`/`remove_stake_limit` (spec 218).
    fn lacks_limit_calls(&self) -> bool;
    /// Lets a hotkey registered a moment ago set weights (past `weights_rate_limit`).
    fn pass_weights_rate_limit(&self, run: &Run);
}

/// One run's files and the command builder.
pub struct Run<'a> {
    pub dir: PathBuf,
    pub backend: &'a dyn Backend,
    /// Report shapes by step label.
    pub shapes: BTreeMap<String, BTreeSet<String>>,
}

pub const TAO: u64 = 1_000_000_000;

/// Raw account bytes of an SS58 address (the test's own decoding, not taoctl's).
pub fn account(ss58: &str) -> [u8; 32] {
    AccountId32::from_ss58check(ss58).expect("ss58").into()
}

/// Every key path of a JSON document with its JSON type; arrays collapse to `[]`. Event lists
/// are chain content (a node emits events the embedded chain has no counterpart for and the
/// reverse), so only their presence is compared, not their elements.
pub fn shape(v: &Value) -> BTreeSet<String> {
    fn walk(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
        let ty = match v {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        out.insert(format!("{prefix}:{ty}"));
        if prefix.ends_with(".events") {
            return;
        }
        match v {
            Value::Object(m) => m.iter().for_each(|(k, x)| walk(x, &format!("{prefix}.{k}"), out)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, &format!("{prefix}[]"), out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(v, "", &mut out);
    out
}

impl<'a> Run<'a> {
    pub fn new(dir: &Path, backend: &'a dyn Backend) -> Run<'a> {
        Run { dir: dir.to_path_buf(), backend, shapes: BTreeMap::new() }
    }

    /// `taoctl` with a clean environment, this run's wallets/config/cache and the backend.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("taoctl").expect("binary");
        c.env_clear()
            .env("HOME", &self.dir)
            .env("XDG_CACHE_HOME", self.dir.join("cache"))
            .env("TAOCTL_CONNECT_TIMEOUT", "60")
            .arg("--config")
            .arg(self.dir.join("config.toml"))
            .arg("--chain-dir")
            .arg(self.dir.join("chain"))
            .arg("--wallet-path")
            .arg(self.dir.join("wallets"))
            .args(self.backend.network_args());
        for (k, v) in self.backend.env() {
            c.env(k, v);
        }
        c
    }

    fn output(&self, args: &[&str]) -> (Option<i32>, Value, String) {
        let out = self.cmd().arg("--json").args(args).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{args:?}: no JSON envelope ({e}): {}\n{stderr}",
                String::from_utf8_lossy(&out.stdout)
            )
        });
        (out.status.code(), v, stderr)
    }

    /// Runs a step that must succeed; records its report shape under `label`.
    pub fn ok(&mut self, label: &str, args: &[&str]) -> Value {
        let (code, v, stderr) = self.output(args);
        assert_eq!(code, Some(0), "{label} {args:?} failed:\n{v:#}\n{stderr}");
        assert_eq!(v["schema"], "taoctl/v1");
        self.shapes.insert(label.to_string(), shape(&v["data"]));
        v["data"].clone()
    }

    /// Runs a step that must fail with `code`; returns the error object.
    pub fn fails(&self, args: &[&str], code: i32) -> Value {
        let (got, v, stderr) = self.output(args);
        assert_eq!(got, Some(code), "{args:?}: expected exit {code}:\n{v:#}\n{stderr}");
        v["error"].clone()
    }

    /// `wallet balance` free TAO of a wallet's coldkey.
    fn reported_free(&mut self, label: &str, wallet: &str) -> u64 {
        let v = self.ok(label, &["-w", wallet, "wallet", "balance"]);
        v["balances"][0]["free_rao"].as_u64().expect("free_rao")
    }
}

/// The embedded chain in the run's `--chain-dir`, from the `demo` preset (subnet 1 trades).
pub struct Embedded {
    pub chain_dir: PathBuf,
}

impl Embedded {
    /// Creates the chain for a run rooted at `dir`.
    pub fn init(dir: &Path) -> Embedded {
        let e = Embedded { chain_dir: dir.join("chain") };
        let out = Command::cargo_bin("taoctl")
            .expect("binary")
            .env_clear()
            .env("HOME", dir)
            .arg("--config")
            .arg(dir.join("config.toml"))
            .arg("--chain-dir")
            .arg(&e.chain_dir)
            .args(["chain", "init", "--preset", "demo"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        e
    }
}

impl Backend for Embedded {
    fn network_args(&self) -> Vec<String> {
        Vec::new()
    }
    fn env(&self) -> Vec<(String, String)> {
        Vec::new()
    }
    fn fund(&self, run: &Run, ss58: &str, rao: u64) {
        let tao = (rao / TAO).to_string();
        let out = run
            .cmd()
            .args(["chain", "faucet", "--ss58", ss58, "--amount", &tao])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    fn raw_free(&self, account: &[u8; 32]) -> u64 {
        // The chain's own ledger, opened directly (not through the binary).
        let chain = local_chain::chain::Chain::open(&self.chain_dir).expect("chain");
        chain.balance(&local_chain::types::AccountId(*account)).expect("balance")
    }
    fn netuid(&self) -> u16 {
        1
    }
    fn lacks_limit_calls(&self) -> bool {
        false
    }
    fn pass_weights_rate_limit(&self, run: &Run) {
        let out = run.cmd().args(["chain", "advance", "--blocks", "100"]).output().expect("runs");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The first event named `name` anywhere in a report.
fn find_event(v: &Value, name: &str) -> Option<Value> {
    match v {
        Value::Object(m) if m.get("event").and_then(Value::as_str) == Some(name) => Some(v.clone()),
        Value::Object(m) => m.values().find_map(|x| find_event(x, name)),
        Value::Array(a) => a.iter().find_map(|x| find_event(x, name)),
        _ => None,
    }
}

/// The first executed leg's result next to its preview, for the preview-honesty check.
fn expected_and_actual(report: &Value) -> (u64, u64) {
    let expected = report["legs"][0]["expected_out"].as_u64().expect("expected_out");
    let actual = report["executed"][0]["actual_out"].as_u64().expect("actual_out");
    (expected, actual)
}

/// Runs the whole scenario; returns the report shapes by step.
pub fn run(dir: &Path, backend: &dyn Backend) -> BTreeMap<String, BTreeSet<String>> {
    let mut r = Run::new(dir, backend);
    let netuid = backend.netuid().to_string();
    let n = netuid.as_str();

    // 1. A new wallet, then the same coldkey restored from its mnemonic.
    let created = r.ok(
        "wallet.create",
        &["-w", "owner", "wallet", "create", "--no-password", "--show-mnemonic"],
    );
    let cold = &created["keys"][0];
    assert_eq!(cold["role"], "coldkey");
    let owner = cold["address"].as_str().expect("address").to_string();
    let mnemonic = cold["mnemonic"].as_str().expect("mnemonic").to_string();
    let restored = r.ok(
        "wallet.regen_coldkey",
        &["-w", "restored", "wallet", "regen-coldkey", "--mnemonic", &mnemonic, "--no-password"],
    );
    assert_eq!(restored["keys"][0]["address"].as_str(), Some(owner.as_str()), "{restored}");
    let owner_raw = account(&owner);

    // 2. A funded dev account pays the new wallet.
    r.ok(
        "funder",
        &["-w", "funder", "wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"],
    );
    let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    backend.fund(&r, alice, 1_000 * TAO);
    let alice_before = backend.raw_free(&account(alice));
    let sent = r.ok(
        "wallet.transfer",
        &["-w", "funder", "--yes", "wallet", "transfer", "--dest", &owner, "--amount", "100"],
    );
    let fee = sent["receipt"]["fee_rao"].as_u64().or_else(|| sent["fee_rao"].as_u64());
    let fee = fee.unwrap_or_else(|| panic!("transfer report carries its fee: {sent:#}"));
    assert_eq!(backend.raw_free(&owner_raw), 100 * TAO, "the chain holds what was sent");
    assert_eq!(
        alice_before - backend.raw_free(&account(alice)),
        100 * TAO + fee,
        "sender paid amount + fee"
    );
    assert_eq!(r.reported_free("wallet.balance", "owner"), backend.raw_free(&owner_raw));

    // 3. Burned registration of the wallet's hotkey.
    let before = backend.raw_free(&owner_raw);
    let reg =
        r.ok("subnets.register", &["-w", "owner", "--yes", "subnets", "register", "--netuid", n]);
    let spent = before - backend.raw_free(&owner_raw);
    assert!(spent > 0, "registration burned TAO: {reg:#}");

    // 4. Stake add with the default limit price; on runtimes without `add_stake_limit` the
    //    capability message names the call, then the unprotected add runs.
    let before = backend.raw_free(&owner_raw);
    if backend.lacks_limit_calls() {
        let e = r.fails(
            &[
                "-w",
                "owner",
                "--yes",
                "stake",
                "add",
                "--netuid",
                n,
                "--amount",
                "2",
                "--tolerance",
                "2",
            ],
            5,
        );
        let msg = e["message"].as_str().unwrap_or_default();
        assert!(msg.contains("SubtensorModule.add_stake_limit"), "{e:#}");
        assert_eq!(backend.raw_free(&owner_raw), before, "nothing was submitted");
    } else {
        let add = r.ok(
            "stake.add.limit",
            &[
                "-w",
                "owner",
                "--yes",
                "stake",
                "add",
                "--netuid",
                n,
                "--amount",
                "2",
                "--tolerance",
                "2",
            ],
        );
        assert!(add["legs"][0]["limit_price_rao"].as_u64().is_some(), "{add:#}");
        let (expected, actual) = expected_and_actual(&add);
        assert_eq!(expected, actual, "preview expected-out equals the executed result");
    }
    let before = backend.raw_free(&owner_raw);
    let add = r.ok(
        "stake.add",
        &["-w", "owner", "--yes", "stake", "add", "--netuid", n, "--amount", "2", "--unsafe"],
    );
    let (expected, actual) = expected_and_actual(&add);
    assert!(actual > 0, "{add:#}");
    assert_eq!(expected, actual, "preview expected-out equals the executed result: {add:#}");
    let tx_fee = add["executed"][0]["fee_rao"].as_u64().unwrap_or(0);
    assert_eq!(
        before - backend.raw_free(&owner_raw),
        2 * TAO + tx_fee,
        "the stake left the free balance"
    );

    // 5. Read back the position, then remove part of it (limit first, as above).
    let list = r.ok("stake.list", &["-w", "owner", "stake", "list"]);
    let held = list["positions"]
        .as_array()
        .expect("positions")
        .iter()
        .filter(|p| p["netuid"].as_u64() == Some(u64::from(backend.netuid())))
        .map(|p| p["alpha"].as_u64().expect("alpha"))
        .sum::<u64>();
    assert!(held > 0, "{list:#}");
    assert_eq!(list["free_balance_rao"].as_u64(), Some(backend.raw_free(&owner_raw)));
    // A quarter of the position, in alpha with 9 decimals.
    let quarter = held / 4;
    let part_alpha = format!("{}.{:09}", quarter / TAO, quarter % TAO);
    if backend.lacks_limit_calls() {
        let e = r.fails(
            &[
                "-w",
                "owner",
                "--yes",
                "stake",
                "remove",
                "--netuid",
                n,
                "--amount",
                &part_alpha,
                "--tolerance",
                "2",
            ],
            5,
        );
        assert!(
            e["message"]
                .as_str()
                .unwrap_or_default()
                .contains("SubtensorModule.remove_stake_limit"),
            "{e:#}"
        );
    } else {
        let rm = r.ok(
            "stake.remove.limit",
            &[
                "-w",
                "owner",
                "--yes",
                "stake",
                "remove",
                "--netuid",
                n,
                "--amount",
                &part_alpha,
                "--tolerance",
                "2",
            ],
        );
        let (expected, actual) = expected_and_actual(&rm);
        assert_eq!(expected, actual, "preview expected-out equals the executed result: {rm:#}");
    }
    let before = backend.raw_free(&owner_raw);
    let rm = r.ok(
        "stake.remove",
        &[
            "-w",
            "owner",
            "--yes",
            "stake",
            "remove",
            "--netuid",
            n,
            "--amount",
            &part_alpha,
            "--unsafe",
        ],
    );
    let (expected, actual) = expected_and_actual(&rm);
    assert!(actual > 0, "{rm:#}");
    assert_eq!(expected, actual, "preview expected-out equals the executed result: {rm:#}");
    let tx_fee = rm["executed"][0]["fee_rao"].as_u64().unwrap_or(0);
    assert_eq!(
        backend.raw_free(&owner_raw) + tx_fee - before,
        actual,
        "the TAO out reached the coldkey"
    );

    // 6. Weights from the registered hotkey: a neuron without a validator permit may set only
    //    its own weight, on either chain.
    backend.pass_weights_rate_limit(&r);
    let uid = find_event(&reg, "NeuronRegistered")
        .and_then(|e| e["uid"].as_u64())
        .unwrap_or_else(|| panic!("the registration receipt names the uid: {reg:#}"));
    r.ok(
        "weights.set",
        &[
            "-w",
            "owner",
            "--yes",
            "weights",
            "set",
            "--netuid",
            n,
            "--weights",
            &format!("{uid}:1"),
        ],
    );

    // 7. Read-backs, cross-checked with the chain's own numbers.
    let free = r.reported_free("wallet.balance.end", "owner");
    assert_eq!(free, backend.raw_free(&owner_raw));
    let list = r.ok("stake.list.end", &["-w", "owner", "stake", "list"]);
    assert_eq!(list["free_balance_rao"].as_u64(), Some(free));
    let show = r.ok("subnets.show", &["subnets", "show", "--netuid", n]);
    assert_eq!(show["netuid"].as_u64(), Some(u64::from(backend.netuid())), "{show:#}");
    let mine = show["neurons"]
        .as_array()
        .expect("neurons")
        .iter()
        .find(|x| x["uid"].as_u64() == Some(uid))
        .unwrap_or_else(|| panic!("uid {uid} in the metagraph: {show:#}"));
    assert_eq!(mine["coldkey"].as_str(), Some(owner.as_str()), "{mine:#}");
    r.shapes
}
