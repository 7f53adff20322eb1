//! Shared helpers for the chain_* tests (FRAME-style: builder, assert_noop, last event).
#![allow(dead_code)]

use local_chain::types::dev_pair;
use local_chain::{AccountId, Call, Chain, ChainError, DispatchError, Event, Origin};
use sp_core::sr25519;

pub struct TestChain {
    pub chain: Chain,
    _dir: tempfile::TempDir,
}

impl TestChain {
    pub fn new(preset: &str) -> TestChain {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut chain = Chain::create(dir.path(), preset).expect("create");
        chain.set_check_invariants(true);
        TestChain { chain, _dir: dir }
    }
}

pub fn acct(seed: &str) -> AccountId {
    AccountId::from_dev_seed(seed).expect("seed")
}

pub fn pair(seed: &str) -> sr25519::Pair {
    dev_pair(seed).expect("seed")
}

pub fn alice() -> AccountId {
    acct("//Alice")
}
pub fn bob() -> AccountId {
    acct("//Bob")
}

/// Runs a dev call as `who`.
pub fn dev(chain: &mut Chain, who: &AccountId, call: Call) -> Result<(), ChainError> {
    chain.submit_dev(Origin::Signed(*who), call).map(|_| ())
}

/// Runs a root call.
pub fn root(chain: &mut Chain, call: Call) -> Result<(), ChainError> {
    chain.submit_dev(Origin::Root, call).map(|_| ())
}

/// The call fails with `expected` and the state (hash and head) is unchanged.
pub fn assert_noop(chain: &mut Chain, origin: Origin, call: Call, expected: DispatchError) {
    let before = chain.state_hash().expect("hash");
    let head = chain.head().expect("head");
    let err = chain.submit_dev(origin, call).expect_err("call should fail");
    assert_eq!(err.dispatch_error(), Some(&expected), "wrong error: {err}");
    assert_eq!(chain.state_hash().expect("hash"), before, "state changed");
    assert_eq!(chain.head().expect("head"), head, "a block was produced");
}

/// The last event of the head block.
pub fn last_event(chain: &Chain) -> Event {
    let head = chain.head().expect("head").number;
    let evs = chain
        .events(&local_chain::EventFilter {
            from_block: Some(head),
            to_block: Some(head),
            ..Default::default()
        })
        .expect("events");
    evs.last().expect("no events").event.clone()
}

pub fn subnet_hk(owner: &str) -> AccountId {
    acct(&format!("{owner}_hk"))
}

/// Registers a subnet owned by `owner` (dev path), starts it, returns its netuid.
pub fn add_subnet(chain: &mut Chain, owner: &str) -> u16 {
    let ck = acct(owner);
    dev(chain, &ck, Call::RegisterNetwork { hotkey: subnet_hk(owner) }).expect("register network");
    let netuid = chain.subnets().expect("subnets").iter().map(|s| s.netuid).max().expect("netuid");
    dev(chain, &ck, Call::StartCall { netuid }).expect("start call");
    netuid
}
