//! Benchmarks (harness = false, std::time only): open + read one subnet, and one signed
//! add_stake sealed durably. Results go to docs/benchmarks-chain.md.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use local_chain::types::dev_pair;
use local_chain::{AccountId, Call, Chain, TAO};

fn report(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let n = samples.len();
    let mean = samples.iter().sum::<Duration>() / n as u32;
    println!(
        "{name:<40} n={n:<4} mean={:>8.3} ms  p50={:>8.3} ms  p95={:>8.3} ms",
        mean.as_secs_f64() * 1e3,
        samples[n / 2].as_secs_f64() * 1e3,
        samples[n * 95 / 100].as_secs_f64() * 1e3
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut chain = Chain::create(dir.path(), "demo").expect("create");
    chain.advance(200).expect("advance");
    drop(chain);

    let mut open_read = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let c = Chain::open(dir.path()).expect("open");
        let s = c.subnet(1).expect("read").expect("subnet");
        std::hint::black_box(s);
        open_read.push(t.elapsed());
    }
    report("open + subnet(1)", open_read);

    let mut chain = Chain::open(dir.path()).expect("open");
    let pair = dev_pair("//Eve").expect("pair");
    let hotkey = AccountId::from_dev_seed("//Alice_hk").expect("hk");
    let mut stake = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        chain
            .sign_and_submit(&pair, Call::AddStake { hotkey, netuid: 1, amount_staked: TAO })
            .expect("stake");
        stake.push(t.elapsed());
    }
    report("signed add_stake sealed (fsync)", stake);
}
