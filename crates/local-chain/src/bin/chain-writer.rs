//! Test-only helper process for the crash and concurrency tests (`tests/chain_durability.rs`).
//!
//! `chain-writer <dir> write <from-seed> <to-seed> <count|0=forever>`: seals one transfer of
//! 1 TAO per block. `chain-writer <dir> advance <total|0=forever> <step>`: `Chain::advance(step)`
//! in a loop (batched empty blocks; creates a `demo` chain if none). `chain-writer <dir> read <rounds>`: repeatedly reads the head and checks
//! invariants and head monotonicity. Exit code 0 = ok, 1 = check failed, 2 = usage/error.
//! It prints nothing: the exit code is the whole interface.

use std::path::Path;
use std::process::ExitCode;

use local_chain::{AccountId, Call, Chain, Origin, TAO};

fn run(args: &[String]) -> Result<bool, String> {
    let dir = Path::new(args.get(1).ok_or("dir")?);
    match args.get(2).map(String::as_str) {
        Some("write") => {
            let from = AccountId::from_dev_seed(args.get(3).ok_or("from")?)?;
            let to = AccountId::from_dev_seed(args.get(4).ok_or("to")?)?;
            let count: u64 = args.get(5).ok_or("count")?.parse().map_err(|_| "count")?;
            let mut chain = Chain::open_or_create(dir, "dev").map_err(|e| e.to_string())?;
            let mut i = 0;
            while count == 0 || i < count {
                chain
                    .submit_dev(
                        Origin::Signed(from),
                        Call::TransferKeepAlive { dest: to, value: TAO },
                    )
                    .map_err(|e| e.to_string())?;
                i += 1;
            }
            Ok(true)
        }
        Some("advance") => {
            let total: u64 = args.get(3).ok_or("total")?.parse().map_err(|_| "total")?;
            let step: u64 = args.get(4).ok_or("step")?.parse().map_err(|_| "step")?;
            let mut chain = Chain::open_or_create(dir, "demo").map_err(|e| e.to_string())?;
            let mut done = 0;
            while total == 0 || done < total {
                let k = if total == 0 { step } else { step.min(total - done) };
                chain.advance(k).map_err(|e| e.to_string())?;
                done += k;
            }
            Ok(true)
        }
        Some("read") => {
            let rounds: u64 = args.get(3).ok_or("rounds")?.parse().map_err(|_| "rounds")?;
            let chain = Chain::open(dir).map_err(|e| e.to_string())?;
            let mut last = 0;
            for _ in 0..rounds {
                let head = chain.head().map_err(|e| e.to_string())?.number;
                if head < last {
                    return Ok(false);
                }
                last = head;
                if chain.check_invariants_now().is_err() {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        _ => Err("usage: chain-writer <dir> write|advance|read ...".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(_) => ExitCode::from(2),
    }
}
