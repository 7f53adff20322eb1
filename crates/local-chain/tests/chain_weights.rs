//! Weights (spec §8): every set_weights validation error leaves state unchanged; commit-reveal
//! v2 windows (early, in window, expired, mismatched) with the chain's error names; commits
//! feed the epoch's commit mask.

mod chain_common;

use chain_common::*;
use local_chain::calls::weights::{commit_hash, max_upscale};
use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::{AccountId, Call, Chain, DispatchError, Origin, TAO};

struct Net {
    t: TestChain,
    netuid: u16,
    validator: AccountId,
    miners: Vec<AccountId>,
}

fn root_hp(chain: &mut Chain, netuid: u16, param: Hyperparam, value: i128) {
    root(chain, Call::SudoSetHyperparam { netuid, param, value }).expect("hyperparam");
}

/// Advances until the subnet's epoch index grows by one.
fn next_epoch(chain: &mut Chain, netuid: u16) {
    let k = chain.epoch_index(netuid).expect("epoch");
    for _ in 0..1000 {
        chain.advance(1).expect("advance");
        if chain.epoch_index(netuid).expect("epoch") > k {
            return;
        }
    }
    panic!("no epoch");
}

/// A subnet with tempo 10, one staked validator (uid 1) holding a permit, and two miners
/// (uids 2, 3). Commit-reveal as given.
fn net(commit_reveal: bool) -> Net {
    let mut t = TestChain::new("dev");
    root(&mut t.chain, Call::SudoSetGlobal { param: GlobalParam::AdminFreezeWindow, value: 0 })
        .expect("window");
    let netuid = add_subnet(&mut t.chain, "//Alice");
    root_hp(&mut t.chain, netuid, Hyperparam::Tempo, 10);
    root_hp(&mut t.chain, netuid, Hyperparam::WeightsRateLimit, 0);
    root_hp(&mut t.chain, netuid, Hyperparam::CommitRevealWeightsEnabled, commit_reveal as i128);
    let validator = acct("//Bob_validator");
    dev(&mut t.chain, &bob(), Call::BurnedRegister { netuid, hotkey: validator })
        .expect("register v");
    dev(
        &mut t.chain,
        &bob(),
        Call::AddStake { hotkey: validator, netuid, amount_staked: 100 * TAO },
    )
    .expect("stake");
    let mut miners = Vec::new();
    for i in 0..2 {
        let m = acct(&format!("//Charlie_miner{i}"));
        dev(&mut t.chain, &acct("//Charlie"), Call::BurnedRegister { netuid, hotkey: m })
            .expect("register m");
        miners.push(m);
    }
    next_epoch(&mut t.chain, netuid);
    let neurons = t.chain.neurons(netuid).expect("neurons");
    assert!(neurons[1].validator_permit, "validator got a permit");
    assert!(!neurons[2].validator_permit, "miner has no permit");
    Net { t, netuid, validator, miners }
}

fn set(netuid: u16, dests: Vec<u16>, weights: Vec<u16>) -> Call {
    Call::SetWeights { netuid, dests, weights, version_key: 0 }
}

#[test]
fn max_upscale_matches_the_chain() {
    assert_eq!(max_upscale(&[0, 0]), vec![0, 0]);
    assert_eq!(max_upscale(&[1, 2]), vec![32_768, 65_535]);
    assert_eq!(max_upscale(&[65_535, 100]), vec![65_535, 100]);
    // ratio = 65535/40000 truncated in I32F32, so 20000·ratio is just below 32767.5.
    assert_eq!(max_upscale(&[40_000, 20_000]), vec![65_535, 32_767]);
    assert_eq!(max_upscale(&[1, 1, 3]), vec![21_845, 21_845, 65_535]);
}

#[test]
fn set_weights_works_and_is_max_upscaled() {
    let mut n = net(false);
    let v = Origin::Signed(n.validator);
    n.t.chain.submit_dev(v, set(n.netuid, vec![3, 2], vec![1, 2])).expect("set");
    let head = n.t.chain.head().expect("head").number;
    assert_eq!(n.t.chain.weights(n.netuid).expect("w"), vec![(1, vec![(3, 32_768), (2, 65_535)])]);
    assert_eq!(n.t.chain.neurons(n.netuid).expect("n")[1].last_update, head);
    assert_eq!(last_event(&n.t.chain), local_chain::Event::WeightsSet { netuid: n.netuid, uid: 1 });
    // A miner may always set a single self-weight.
    n.t.chain
        .submit_dev(Origin::Signed(n.miners[0]), set(n.netuid, vec![2], vec![7]))
        .expect("self weight");
}

#[test]
fn set_weights_fails_when_expected() {
    let mut n = net(false);
    let (netuid, v) = (n.netuid, Origin::Signed(n.validator));
    let c = &mut n.t.chain;
    assert_noop(c, v, set(netuid, vec![2, 3], vec![1]), DispatchError::WeightVecNotEqualSize);
    assert_noop(
        c,
        v,
        set(netuid, vec![0, 1, 2, 3, 3], vec![1; 5]),
        DispatchError::UidsLengthExceedUidsInSubNet,
    );
    assert_noop(c, v, set(99, vec![2], vec![1]), DispatchError::CommitRevealEnabled);
    assert_noop(
        c,
        Origin::Signed(acct("//Nobody")),
        set(netuid, vec![2], vec![1]),
        DispatchError::HotKeyNotRegisteredInSubNet,
    );
    assert_noop(c, v, set(netuid, vec![2, 2], vec![1, 1]), DispatchError::DuplicateUids);
    assert_noop(c, v, set(netuid, vec![2, 9], vec![1, 1]), DispatchError::UidVecContainInvalidOne);
    assert_noop(
        c,
        Origin::Signed(n.miners[0]),
        set(netuid, vec![2, 3], vec![1, 1]),
        DispatchError::NeuronNoValidatorPermit,
    );

    root_hp(c, netuid, Hyperparam::MinAllowedWeights, 3);
    assert_noop(c, v, set(netuid, vec![2, 3], vec![1, 1]), DispatchError::WeightVecLengthIsLow);
    root_hp(c, netuid, Hyperparam::MinAllowedWeights, 1);

    root_hp(c, netuid, Hyperparam::WeightsVersion, 5);
    assert_noop(
        c,
        v,
        Call::SetWeights { netuid, dests: vec![2], weights: vec![1], version_key: 4 },
        DispatchError::IncorrectWeightVersionKey,
    );
    c.submit_dev(v, Call::SetWeights { netuid, dests: vec![2], weights: vec![1], version_key: 5 })
        .expect("v5");
    root_hp(c, netuid, Hyperparam::WeightsVersion, 0);

    root_hp(c, netuid, Hyperparam::WeightsRateLimit, 100);
    assert_noop(c, v, set(netuid, vec![2, 3], vec![1, 1]), DispatchError::SettingWeightsTooFast);
    root_hp(c, netuid, Hyperparam::WeightsRateLimit, 0);

    root(c, Call::SudoSetGlobal { param: GlobalParam::StakeThreshold, value: u64::MAX })
        .expect("threshold");
    assert_noop(
        c,
        v,
        set(netuid, vec![2, 3], vec![1, 1]),
        DispatchError::NotEnoughStakeToSetWeights,
    );
    root(c, Call::SudoSetGlobal { param: GlobalParam::StakeThreshold, value: 0 })
        .expect("threshold");

    root_hp(c, 0, Hyperparam::CommitRevealWeightsEnabled, 0);
    assert_noop(c, v, set(0, vec![0], vec![1]), DispatchError::CanNotSetRootNetworkWeights);

    root_hp(c, netuid, Hyperparam::CommitRevealWeightsEnabled, 1);
    assert_noop(c, v, set(netuid, vec![2], vec![1]), DispatchError::CommitRevealEnabled);
    // MaxWeightExceeded cannot fire: the chain's max weight limit is the constant u16::MAX.
}

#[test]
fn commit_reveal_window_works() {
    let mut n = net(true);
    let (netuid, hk) = (n.netuid, n.validator);
    let v = Origin::Signed(hk);
    let c = &mut n.t.chain;
    let (uids, values, salt) = (vec![2u16, 3], vec![10u16, 30], vec![7u16, 8]);
    let hash = commit_hash(&hk, netuid, &uids, &values, &salt, 0);
    let reveal = |salt: Vec<u16>| Call::RevealWeights {
        netuid,
        uids: uids.clone(),
        values: values.clone(),
        salt,
        version_key: 0,
    };

    assert_noop(c, v, reveal(salt.clone()), DispatchError::NoWeightsCommitFound);
    assert_noop(
        c,
        v,
        set(netuid, uids.clone(), values.clone()),
        DispatchError::CommitRevealEnabled,
    );
    c.submit_dev(v, Call::CommitWeights { netuid, commit_hash: hash }).expect("commit");
    let commit_block = c.head().expect("head").number;
    let epoch = c.epoch_index(netuid).expect("epoch");
    let queue = c.commits(netuid, &hk).expect("commits");
    assert_eq!(queue.len(), 1);
    assert_eq!(
        (queue[0].hash, queue[0].commit_epoch, queue[0].commit_block),
        (hash, epoch, commit_block)
    );
    assert_eq!(
        c.neurons(netuid).expect("n")[1].last_update,
        commit_block,
        "LastUpdate is set at commit"
    );

    // The commit feeds the epoch's commit mask input.
    let input = c.read(|e| local_chain::epoch_io::build_input(e, netuid, 0)).expect("input").input;
    assert_eq!(input.commit_block, vec![None, Some(commit_block), None, None]);

    assert_noop(c, v, reveal(salt.clone()), DispatchError::RevealTooEarly);
    next_epoch(c, netuid);
    assert_noop(c, v, reveal(vec![1, 2]), DispatchError::InvalidRevealCommitHashNotMatch);
    c.submit_dev(v, reveal(salt.clone())).expect("reveal in window");
    assert_eq!(c.weights(netuid).expect("w"), vec![(1, vec![(2, 21_845), (3, 65_535)])]);
    assert!(c.commits(netuid, &hk).expect("commits").is_empty(), "reveal pops the commit");
    assert_eq!(
        c.neurons(netuid).expect("n")[1].last_update,
        commit_block,
        "reveal keeps LastUpdate"
    );
    let input = c.read(|e| local_chain::epoch_io::build_input(e, netuid, 0)).expect("input").input;
    assert_eq!(input.commit_block, vec![None; 4], "no live commit, no mask");

    // A commit left for two epochs expires.
    let hash2 = commit_hash(&hk, netuid, &uids, &values, &[9], 0);
    c.submit_dev(v, Call::CommitWeights { netuid, commit_hash: hash2 }).expect("commit 2");
    next_epoch(c, netuid);
    next_epoch(c, netuid);
    let late = Call::RevealWeights {
        netuid,
        uids: uids.clone(),
        values: values.clone(),
        salt: vec![9],
        version_key: 0,
    };
    assert_noop(c, v, late, DispatchError::ExpiredWeightCommit);
    let input = c.read(|e| local_chain::epoch_io::build_input(e, netuid, 0)).expect("input").input;
    assert_eq!(input.commit_block, vec![None; 4], "expired commits do not mask");
}

#[test]
fn commit_reveal_fails_when_disabled_or_too_fast() {
    let mut n = net(false);
    let (netuid, hk) = (n.netuid, n.validator);
    let v = Origin::Signed(hk);
    let c = &mut n.t.chain;
    let hash = commit_hash(&hk, netuid, &[2], &[1], &[1], 0);
    assert_noop(
        c,
        v,
        Call::CommitWeights { netuid, commit_hash: hash },
        DispatchError::CommitRevealDisabled,
    );
    let reveal = Call::RevealWeights {
        netuid,
        uids: vec![2],
        values: vec![1],
        salt: vec![1],
        version_key: 0,
    };
    assert_noop(c, v, reveal, DispatchError::CommitRevealDisabled);
    root_hp(c, netuid, Hyperparam::CommitRevealWeightsEnabled, 1);
    c.submit_dev(v, Call::CommitWeights { netuid, commit_hash: hash }).expect("first commit");
    root_hp(c, netuid, Hyperparam::WeightsRateLimit, 100);
    assert_noop(
        c,
        v,
        Call::CommitWeights { netuid, commit_hash: hash },
        DispatchError::CommittingWeightsTooFast,
    );
}

/// A weight committed before a uid was re-registered must not flow to the newcomer while the
/// commit is live (spec §2.6 step 5): the epoch drops the entry through `commit_block`.
#[test]
fn live_commits_mask_weights_to_reregistered_uids() {
    let mut n = net(true);
    let (netuid, hk) = (n.netuid, n.validator);
    let v = Origin::Signed(hk);
    let c = &mut n.t.chain;
    // Reveal weights on both miners.
    let hash = commit_hash(&hk, netuid, &[2, 3], &[1, 1], &[1], 0);
    c.submit_dev(v, Call::CommitWeights { netuid, commit_hash: hash }).expect("commit");
    next_epoch(c, netuid);
    c.submit_dev(
        v,
        Call::RevealWeights {
            netuid,
            uids: vec![2, 3],
            values: vec![1, 1],
            salt: vec![1],
            version_key: 0,
        },
    )
    .expect("reveal");
    // A new live commit, then a newer registration: the epoch input masks row 1 against it.
    let hash = commit_hash(&hk, netuid, &[2, 3], &[1, 1], &[2], 0);
    c.submit_dev(v, Call::CommitWeights { netuid, commit_hash: hash }).expect("commit 2");
    let commit_block = c.head().expect("head").number;
    dev(c, &acct("//Dave"), Call::BurnedRegister { netuid, hotkey: acct("//Dave_miner") })
        .expect("register");
    let input = c.read(|e| local_chain::epoch_io::build_input(e, netuid, 0)).expect("input").input;
    assert_eq!(input.commit_block[1], Some(commit_block));
    assert!(input.block_at_registration[4] > commit_block);
    // Put a weight on uid 4 into the input as if it had been set before (re-registration case).
    let mut masked = input.clone();
    masked.weights[1].push((4, 65_535));
    let out = local_chain::epoch::run_epoch(&masked);
    assert!(
        out.fixed.weights_normalized[1].iter().all(|&(j, _)| j != 4),
        "commit mask drops the entry"
    );
    let mut unmasked = masked.clone();
    unmasked.hyperparams.commit_reveal_enabled = false;
    unmasked.last_update[1] = input.block_at_registration[4] + 1;
    let out = local_chain::epoch::run_epoch(&unmasked);
    assert!(
        out.fixed.weights_normalized[1].iter().any(|&(j, _)| j == 4),
        "without the commit it stays"
    );
}

/// Replacing a uid (pruning) drops its weights and bonds rows (`clear_neuron`).
#[test]
fn replaced_uid_loses_its_weights_row() {
    let mut n = net(false);
    let netuid = n.netuid;
    let c = &mut n.t.chain;
    c.submit_dev(Origin::Signed(n.miners[0]), set(netuid, vec![2], vec![1])).expect("self weight");
    assert!(c.weights(netuid).expect("w").iter().any(|(u, _)| *u == 2));
    root_hp(c, netuid, Hyperparam::MinAllowedUids, 1);
    root_hp(c, netuid, Hyperparam::MaxAllowedUids, 4);
    root_hp(c, netuid, Hyperparam::ImmunityPeriod, 0);
    root_hp(c, netuid, Hyperparam::MinNonImmuneUids, 0);
    let newcomer = acct("//Dave_newcomer");
    dev(c, &acct("//Dave"), Call::BurnedRegister { netuid, hotkey: newcomer }).expect("register");
    let ns = c.neurons(netuid).expect("n");
    let uid = ns.iter().find(|x| x.hotkey == newcomer).expect("registered").uid;
    assert!(uid >= 2, "a miner uid was replaced");
    assert!(c.weights(netuid).expect("w").iter().all(|(u, _)| *u != uid), "row cleared");
}
