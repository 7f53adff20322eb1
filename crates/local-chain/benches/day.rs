//! A simulated mainnet-sized day (harness = false, std::time only): 128 subnets × 256 uids,
//! tempo 360, 64 staked validators per subnet with full weight rows, then `advance(7200)` with
//! every block's emission and every epoch, state persisted. Results go to
//! docs/benchmarks-chain.md ("Emission and epochs: a simulated day").
//!
//! Root holds 100k TAO of stake (as on mainnet, root stake is large), so the alpha injection
//! cap rarely binds. `DAY_ROOT_STAKE=0` removes it: then every subnet's whole TAO emission goes
//! to a chain buy through the Balancer pool every block (the worst case for the coinbase).
//! `DAY_SUBNETS`, `DAY_UIDS`, `DAY_BLOCKS` override the sizes (e.g. a quick smaller run).
//! `DAY_SETUP_CACHE=DIR` keeps the set-up chain (which takes minutes at full size) in
//! `DIR/<subnets>x<uids>-<root stake>` and starts later runs from a copy of it; the timed part
//! is the same either way.
#![allow(clippy::print_stdout)]

use std::time::Instant;

// The allocator the taoctl binary uses (src/main.rs), so the day costs what it costs there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use local_chain::hparams::{GlobalParam, Hyperparam};
use local_chain::{AccountId, Call, Chain, Origin, TAO};

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn hotkey(netuid: u16, uid: u16) -> AccountId {
    let mut raw = [7u8; 32];
    raw[..4].copy_from_slice(b"hkey");
    raw[4..6].copy_from_slice(&netuid.to_be_bytes());
    raw[6..8].copy_from_slice(&uid.to_be_bytes());
    AccountId(raw)
}

fn batch(chain: &mut Chain, calls: Vec<(Origin, Call)>) {
    for chunk in calls.chunks(512) {
        chain.submit_dev_batch(chunk.to_vec()).expect("setup batch");
    }
}

/// CPU seconds (user, system) this process has used so far, from `/proc/self/stat` (Linux;
/// None elsewhere). Wall clock on a shared machine mostly measures the other processes; CPU
/// time shows what the day itself costs.
fn cpu_seconds() -> Option<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok());
    // USER_HZ is 100 on every Linux configuration we run on.
    Some((ticks(11)? as f64 / 100.0, ticks(12)? as f64 / 100.0))
}

fn epochs_run(chain: &Chain, subnets: u16) -> u64 {
    (1..=subnets).map(|n| chain.epoch_index(n).expect("epoch index")).sum()
}

/// Registers the subnets, neurons, stakes and weights the day runs on.
fn set_up(
    dir: &std::path::Path,
    subnets: u16,
    uids: u16,
    validators: u16,
    root_stake: u64,
) -> Chain {
    let mut chain = Chain::create(dir, "dev").expect("create");
    let alice = AccountId::from_dev_seed("//Alice").expect("alice");
    let bob = AccountId::from_dev_seed("//Bob").expect("bob");

    let g = |param, value| (Origin::Root, Call::SudoSetGlobal { param, value });
    batch(
        &mut chain,
        vec![
            g(GlobalParam::NetworkRateLimit, 0),
            g(GlobalParam::AdminFreezeWindow, 0),
            g(GlobalParam::NetworkMinLockCost, 1000 * TAO),
        ],
    );
    // Subnets owned by //Bob; every neuron is //Alice's (so no miner is an owner hotkey).
    let mut calls = Vec::new();
    for netuid in 1..=subnets {
        calls.push(g(GlobalParam::NetworkLastLockCost, 500 * TAO));
        calls.push((Origin::Signed(bob), Call::RegisterNetwork { hotkey: hotkey(netuid, 0) }));
        calls.push((Origin::Signed(bob), Call::StartCall { netuid }));
        let hp = |param, value| (Origin::Root, Call::SudoSetHyperparam { netuid, param, value });
        calls.push(hp(Hyperparam::MaxBurn, 100_000_001));
        calls.push(hp(Hyperparam::CommitRevealWeightsEnabled, 0));
        calls.push(hp(Hyperparam::SubnetEmissionEnabled, 1));
        // Cutoff 18_000 blocks: weights set once stay active for the whole day.
        calls.push(hp(Hyperparam::ActivityCutoffFactorMilli, 50_000));
    }
    batch(&mut chain, calls);
    let mut calls = Vec::new();
    for netuid in 1..=subnets {
        for uid in 1..uids {
            calls.push((
                Origin::Signed(alice),
                Call::BurnedRegister { netuid, hotkey: hotkey(netuid, uid) },
            ));
        }
        for uid in 1..=validators {
            let hk = hotkey(netuid, uid);
            calls.push((
                Origin::Signed(alice),
                Call::AddStake { hotkey: hk, netuid, amount_staked: 10 * TAO },
            ));
        }
    }
    if root_stake > 0 {
        let root_hk = hotkey(0, 1);
        calls.push((Origin::Signed(alice), Call::RootRegister { hotkey: root_hk }));
        let amount_staked = root_stake * TAO;
        calls.push((
            Origin::Signed(alice),
            Call::AddStake { hotkey: root_hk, netuid: 0, amount_staked },
        ));
    }
    batch(&mut chain, calls);
    // One epoch everywhere so validators hold permits (2 epochs per block at most).
    chain.advance(360 + u64::from(subnets) / 2 + 2).expect("advance");
    let mut calls = Vec::new();
    for netuid in 1..=subnets {
        for v in 1..=validators {
            let dests: Vec<u16> = (0..uids).collect();
            let weights: Vec<u16> = dests
                .iter()
                .map(|&j| 1 + ((j as u32 * 7919 + v as u32 * 104_729) % 1000) as u16)
                .collect();
            let call = Call::SetWeights { netuid, dests, weights, version_key: 0 };
            calls.push((Origin::Signed(hotkey(netuid, v)), call));
        }
    }
    batch(&mut chain, calls);
    chain
}

/// Copies the files of a chain directory (flat: chain.sqlite and its WAL/SHM, if any).
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("read setup dir") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy setup file");
    }
}

fn main() {
    let subnets = env("DAY_SUBNETS", 128) as u16;
    let uids = env("DAY_UIDS", 256) as u16;
    let blocks = env("DAY_BLOCKS", 7200);
    let validators = uids.min(64);
    let root_stake = env("DAY_ROOT_STAKE", 100_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let cached = std::env::var_os("DAY_SETUP_CACHE")
        .map(|c| std::path::PathBuf::from(c).join(format!("{subnets}x{uids}-{root_stake}")));
    let setup = Instant::now();
    let mut chain = match &cached {
        Some(c) if c.join("chain.sqlite").exists() => {
            copy_dir(c, dir.path());
            Chain::open(dir.path()).expect("open cached setup")
        }
        _ => {
            let chain = set_up(dir.path(), subnets, uids, validators, root_stake);
            if let Some(c) = &cached {
                // Closing the connection checkpoints the WAL into chain.sqlite.
                drop(chain);
                std::fs::create_dir_all(c).expect("setup cache dir");
                copy_dir(dir.path(), c);
            }
            Chain::open(dir.path()).expect("reopen")
        }
    };
    let setup_s = setup.elapsed().as_secs_f64();
    let permits: usize =
        chain.neurons(1).expect("neurons").iter().filter(|n| n.validator_permit).count();
    println!(
        "setup: {subnets} subnets x {uids} uids, {validators} validators each ({permits} permits on subnet 1), root stake {root_stake} TAO: {setup_s:.1} s{}",
        if cached.is_some() { " (setup cache)" } else { "" }
    );

    let epochs_before = epochs_run(&chain, subnets);
    let issuance_before = chain.total_issuance().expect("ti");
    let cpu_before = cpu_seconds();
    let t = Instant::now();
    let head = chain.advance(blocks).expect("advance");
    let elapsed = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu_before).map(|((u1, s1), (u0, s0))| (u1 - u0, s1 - s0));
    let epochs = epochs_run(&chain, subnets) - epochs_before;
    let minted = chain.total_issuance().expect("ti") - issuance_before;
    let chain_buys: u64 = (1..=subnets)
        .map(|n| chain.subnet_emission(n).expect("emission").protocol_alpha)
        .filter(|&a| a > 0)
        .count() as u64;
    let db = std::fs::metadata(dir.path().join("chain.sqlite")).map(|m| m.len()).unwrap_or(0);
    println!(
        "advance({blocks}): {elapsed:.2} s  ({:.2} ms/block), {epochs} epochs, head {}, minted {} TAO, {chain_buys} subnets with chain buys, db {} MB",
        elapsed * 1e3 / blocks as f64,
        head.number,
        minted / TAO,
        db / 1_000_000
    );
    if let Some((user, sys)) = cpu {
        println!("advance CPU time: {user:.2} s user + {sys:.2} s system");
    }
    chain.check_invariants_now().expect("invariants");
    println!("invariants hold after the day");
}
