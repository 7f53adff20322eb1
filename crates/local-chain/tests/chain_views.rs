//! The shared typed views of cached scans (`Ext::view`: the hyperparameter table, the subnet
//! list) follow every write: inside a block, after a committed block, across the staged blocks
//! of an `advance` batch, and not at all after a rolled-back layer.

mod chain_common;

use chain_common::*;
use local_chain::hparams::{self, Hyperparam};
use local_chain::{Call, DispatchError, state};

fn tempo(t: &TestChain, netuid: u16) -> i128 {
    t.chain.read(|e| hparams::get(e, netuid, Hyperparam::Tempo)).expect("read")
}

#[test]
fn hyperparameter_reads_follow_writes() {
    let mut t = TestChain::new("dev");
    let netuid = add_subnet(&mut t.chain, "//Bob");
    let before = tempo(&t, netuid);
    assert_eq!(before, 360, "init_new_network writes tempo 360");

    // Inside one block: a write is seen by the next read, and a failed layer leaves nothing.
    t.chain
        .scratch(|e| {
            assert_eq!(hparams::get(e, netuid, Hyperparam::Tempo)?, 360);
            hparams::put(e, netuid, Hyperparam::Tempo, 99)?;
            assert_eq!(hparams::get(e, netuid, Hyperparam::Tempo)?, 99);
            let failed: Result<(), DispatchError> = e.transactional(|e| {
                hparams::put(e, netuid, Hyperparam::Kappa, 7)?;
                assert_eq!(hparams::get(e, netuid, Hyperparam::Kappa)?, 7);
                Err(DispatchError::BadOrigin)
            });
            assert!(failed.is_err());
            assert_ne!(hparams::get(e, netuid, Hyperparam::Kappa)?, 7);
            Ok(())
        })
        .expect("scratch");
    // The scratch block was never committed.
    assert_eq!(tempo(&t, netuid), 360);

    // A committed block (sudo call), then empty blocks staged in one advance batch.
    root(&mut t.chain, Call::SudoSetHyperparam { netuid, param: Hyperparam::Tempo, value: 120 })
        .expect("sudo tempo");
    assert_eq!(tempo(&t, netuid), 120);
    t.chain.advance(3).expect("advance");
    assert_eq!(tempo(&t, netuid), 120);
    root(&mut t.chain, Call::SudoSetHyperparam { netuid, param: Hyperparam::Tempo, value: 77 })
        .expect("sudo tempo");
    assert_eq!(tempo(&t, netuid), 77);
    // Another subnet's row is its own.
    assert_eq!(tempo(&t, 0), t.chain.read(|e| hparams::get(e, 0, Hyperparam::Tempo)).unwrap());
}

#[test]
fn subnet_list_follows_registration() {
    let mut t = TestChain::new("dev");
    let before = t.chain.read(state::netuids).expect("netuids");
    let netuid = add_subnet(&mut t.chain, "//Bob");
    let after = t.chain.read(state::netuids).expect("netuids");
    assert!(!before.contains(&netuid));
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.contains(&netuid));
    assert!(after.windows(2).all(|w| w[0] < w[1]), "ascending: {after:?}");
}
