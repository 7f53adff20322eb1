//! Epoch benchmark: times `run_epoch` on the 256-uid / 64-permit dense edge vector, as Yuma3 (the
//! target case), as Yuma3 with liquid alpha, and as the file's own Yuma2 configuration.
//! `cargo bench -p local-chain --bench epoch` (std `Instant` only, no bench framework).
//! `EPOCH_BENCH_ONLY=yuma3` (or another variant name) times just that variant, e.g. under `perf record`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use local_chain::epoch::vector::document_inputs;
use local_chain::epoch::{EpochInput, run_epoch};

// The allocator `taoctl` (and the day bench) run with, so the per-epoch allocations cost what they do there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FILE: &str = "tests/data/yuma/edge_max_size_256x64_dense_yuma2.json";

/// Runs the epoch repeatedly for about `budget` (after a warm-up) and returns (min, median) per call.
fn time(input: &EpochInput, budget: Duration) -> (Duration, Duration, usize) {
    for _ in 0..3 {
        black_box(run_epoch(black_box(input)));
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < budget || samples.len() < 10 {
        let t = Instant::now();
        black_box(run_epoch(black_box(input)));
        samples.push(t.elapsed());
    }
    samples.sort();
    (samples[0], samples[samples.len() / 2], samples.len())
}

/// Formats a duration as milliseconds with three decimals, in integer arithmetic.
fn millis(d: Duration) -> String {
    let us = d.as_micros();
    format!("{}.{:03}", us / 1000, us % 1000)
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let text = std::fs::read_to_string(&path).expect("read benchmark vector");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("parse benchmark vector");
    let base = document_inputs(&doc).expect("vector input").into_iter().next().expect("one input");

    let mut yuma3 = base.clone();
    yuma3.hyperparams.yuma3_enabled = true;
    yuma3.hyperparams.liquid_alpha_enabled = false;
    let mut yuma3_liquid = yuma3.clone();
    yuma3_liquid.hyperparams.liquid_alpha_enabled = true;
    let mut yuma2 = base;
    yuma2.hyperparams.yuma3_enabled = false;

    let budget = Duration::from_secs(2);
    let only = std::env::var("EPOCH_BENCH_ONLY").ok();
    println!("run_epoch on {FILE} (n = {})", yuma3.n);
    for (name, input) in
        [("yuma3", &yuma3), ("yuma3+liquid_alpha", &yuma3_liquid), ("yuma2", &yuma2)]
    {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let (min, median, runs) = time(input, budget);
        println!(
            "{name:>20}: median {} ms, min {} ms over {runs} runs",
            millis(median),
            millis(min)
        );
    }
}
