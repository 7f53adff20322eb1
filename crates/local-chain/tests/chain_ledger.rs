//! Slice 1: storage, blocks, balances, signed extrinsics, dev preset, invariants.

mod chain_common;

use chain_common::*;
use local_chain::currency::EXISTENTIAL_DEPOSIT;
use local_chain::extrinsic::SignedExtrinsic;
use local_chain::genesis::DEV_BALANCE;
use local_chain::{Call, Chain, ChainError, DispatchError, Event, Origin, TAO};

#[test]
fn dev_genesis_is_deterministic_works() {
    let a = TestChain::new("dev");
    let b = TestChain::new("dev");
    assert_eq!(a.chain.genesis_hash(), b.chain.genesis_hash());
    assert_eq!(a.chain.state_hash().unwrap(), b.chain.state_hash().unwrap());
    assert_eq!(a.chain.balance(&alice()).unwrap(), DEV_BALANCE);
    assert_eq!(a.chain.total_issuance().unwrap(), 6 * DEV_BALANCE);
    let subnets = a.chain.subnets().unwrap();
    assert_eq!(subnets.len(), 1);
    assert_eq!(subnets[0].netuid, 0);
    a.chain.check_invariants_now().unwrap();
}

#[test]
fn blocks_chain_hashes_and_timestamps_works() {
    let mut t = TestChain::new("dev");
    let g = t.chain.head().unwrap();
    assert_eq!(g.number, 0);
    let head = t.chain.advance(3).unwrap();
    assert_eq!(head.number, 3);
    let blocks = t.chain.blocks(0..=3).unwrap();
    assert_eq!(blocks.len(), 4);
    for w in blocks.windows(2) {
        assert_eq!(w[1].parent_hash, w[0].hash);
        assert_eq!(w[1].timestamp_ms - w[0].timestamp_ms, 12_000);
    }
}

#[test]
fn reopen_sees_committed_state_works() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut c = Chain::create(dir.path(), "dev").unwrap();
        dev(&mut c, &alice(), Call::TransferKeepAlive { dest: bob(), value: 5 * TAO }).unwrap();
    }
    let c = Chain::open(dir.path()).unwrap();
    assert_eq!(c.head().unwrap().number, 1);
    assert_eq!(c.balance(&bob()).unwrap(), DEV_BALANCE + 5 * TAO);
    assert!(Chain::create(dir.path(), "dev").is_err());
}

#[test]
fn transfer_keep_alive_works() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::TransferKeepAlive { dest: bob(), value: 7 * TAO }).unwrap();
    assert_eq!(t.chain.balance(&alice()).unwrap(), DEV_BALANCE - 7 * TAO);
    assert_eq!(t.chain.balance(&bob()).unwrap(), DEV_BALANCE + 7 * TAO);
    assert_eq!(last_event(&t.chain), Event::Transfer { from: alice(), to: bob(), amount: 7 * TAO });
}

#[test]
fn transfer_fails_when_insufficient_balance() {
    let mut t = TestChain::new("dev");
    let call = Call::TransferKeepAlive { dest: bob(), value: DEV_BALANCE + 1 };
    assert_noop(&mut t.chain, Origin::Signed(alice()), call, DispatchError::InsufficientBalance);
}

#[test]
fn transfer_keep_alive_fails_when_it_would_reap() {
    let mut t = TestChain::new("dev");
    let call = Call::TransferKeepAlive { dest: bob(), value: DEV_BALANCE - 1 };
    assert_noop(&mut t.chain, Origin::Signed(alice()), call, DispatchError::Expendability);
}

#[test]
fn transfer_fails_when_below_existential_deposit() {
    let mut t = TestChain::new("dev");
    let fresh = acct("//Fresh");
    let call = Call::TransferKeepAlive { dest: fresh, value: EXISTENTIAL_DEPOSIT - 1 };
    assert_noop(&mut t.chain, Origin::Signed(alice()), call, DispatchError::ExistentialDeposit);
}

#[test]
fn transfer_allow_death_reaps_dust_works() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::TransferAllowDeath { dest: bob(), value: DEV_BALANCE - 100 })
        .unwrap();
    assert_eq!(t.chain.balance(&alice()).unwrap(), 0);
    assert_eq!(t.chain.total_issuance().unwrap(), 6 * DEV_BALANCE - 100);
}

#[test]
fn transfer_all_works() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::TransferAll { dest: bob(), keep_alive: true }).unwrap();
    assert_eq!(t.chain.balance(&alice()).unwrap(), EXISTENTIAL_DEPOSIT);
    dev(&mut t.chain, &alice(), Call::TransferAll { dest: bob(), keep_alive: false }).unwrap();
    assert_eq!(t.chain.balance(&alice()).unwrap(), 0);
    assert_eq!(t.chain.balance(&bob()).unwrap(), 2 * DEV_BALANCE);
}

#[test]
fn signed_transfer_charges_fee_and_bumps_nonce_works() {
    let mut t = TestChain::new("dev");
    let call = Call::TransferKeepAlive { dest: bob(), value: TAO };
    let fee = call.fee();
    let r = t.chain.sign_and_submit(&pair("//Alice"), call).unwrap();
    assert_eq!(r.fee, fee);
    assert_eq!(t.chain.nonce(&alice()).unwrap(), 1);
    assert_eq!(t.chain.balance(&alice()).unwrap(), DEV_BALANCE - TAO - fee);
    assert_eq!(t.chain.total_issuance().unwrap(), 6 * DEV_BALANCE - fee);
}

#[test]
fn signed_call_failure_charges_fee_only_works() {
    let mut t = TestChain::new("dev");
    let call = Call::TransferKeepAlive { dest: bob(), value: DEV_BALANCE * 2 };
    let fee = call.fee();
    let err = t.chain.sign_and_submit(&pair("//Alice"), call).unwrap_err();
    match err {
        ChainError::Failed { error, block, fee: charged } => {
            assert_eq!(error, DispatchError::InsufficientBalance);
            assert_eq!(block, 1);
            assert_eq!(charged, fee);
        }
        other => panic!("unexpected {other}"),
    }
    assert_eq!(t.chain.balance(&alice()).unwrap(), DEV_BALANCE - fee);
    assert_eq!(t.chain.balance(&bob()).unwrap(), DEV_BALANCE);
    assert_eq!(t.chain.nonce(&alice()).unwrap(), 1);
}

#[test]
fn signed_fails_when_bad_nonce_or_signature() {
    let mut t = TestChain::new("dev");
    let before = t.chain.state_hash().unwrap();
    let g = t.chain.genesis_hash();
    let call = Call::TransferKeepAlive { dest: bob(), value: TAO };
    let bad_nonce = SignedExtrinsic::sign(&pair("//Alice"), 5, &g, call.clone());
    match t.chain.submit(bad_nonce).unwrap_err() {
        ChainError::Invalid(DispatchError::InvalidNonce { expected: 0, actual: 5 }) => {}
        other => panic!("unexpected {other}"),
    }
    let mut forged = SignedExtrinsic::sign(&pair("//Bob"), 0, &g, call);
    forged.signer = alice();
    match t.chain.submit(forged).unwrap_err() {
        ChainError::Invalid(DispatchError::BadProof) => {}
        other => panic!("unexpected {other}"),
    }
    assert_eq!(t.chain.state_hash().unwrap(), before);
    assert_eq!(t.chain.head().unwrap().number, 0);
}

#[test]
fn signed_fails_when_fee_unpayable() {
    let mut t = TestChain::new("dev");
    let poor = pair("//Poor");
    dev(&mut t.chain, &alice(), Call::TransferKeepAlive { dest: acct("//Poor"), value: 1000 })
        .unwrap();
    let err = t
        .chain
        .sign_and_submit(&poor, Call::TransferAllowDeath { dest: bob(), value: 1 })
        .unwrap_err();
    assert!(matches!(err, ChainError::Invalid(DispatchError::Payment { .. })), "{err}");
}

#[test]
fn sudo_force_set_balance_works() {
    let mut t = TestChain::new("dev");
    let call =
        Call::Sudo { call: Box::new(Call::ForceSetBalance { who: bob(), new_free: 5 * TAO }) };
    t.chain.sign_and_submit(&pair("//Alice"), call.clone()).unwrap();
    assert_eq!(t.chain.balance(&bob()).unwrap(), 5 * TAO);
    assert_eq!(t.chain.total_issuance().unwrap(), 5 * DEV_BALANCE + 5 * TAO);
    assert_noop(&mut t.chain, Origin::Signed(bob()), call, DispatchError::RequireSudo);
    let direct = Call::ForceSetBalance { who: bob(), new_free: 1 };
    assert_noop(&mut t.chain, Origin::Signed(alice()), direct, DispatchError::BadOrigin);
}

#[test]
fn reset_restores_genesis_works() {
    let mut t = TestChain::new("dev");
    let g = t.chain.state_hash().unwrap();
    dev(&mut t.chain, &alice(), Call::TransferKeepAlive { dest: bob(), value: TAO }).unwrap();
    t.chain.reset("dev").unwrap();
    assert_eq!(t.chain.state_hash().unwrap(), g);
    assert_eq!(t.chain.head().unwrap().number, 0);
}

#[test]
fn events_filter_works() {
    let mut t = TestChain::new("dev");
    dev(&mut t.chain, &alice(), Call::TransferKeepAlive { dest: bob(), value: TAO }).unwrap();
    t.chain.advance(2).unwrap();
    dev(&mut t.chain, &bob(), Call::TransferKeepAlive { dest: alice(), value: TAO }).unwrap();
    let f = local_chain::EventFilter { name: Some("Transfer".into()), ..Default::default() };
    let evs = t.chain.events(&f).unwrap();
    assert_eq!(evs.len(), 2);
    assert_eq!(evs[1].block, 4);
}
