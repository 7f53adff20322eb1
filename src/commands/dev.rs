//! `taoctl dev epoch|vectors`: the chain's consensus and pool arithmetic on vector files.
//!
//! Output is a raw JSON document per input (a stable contract for tooling), never the envelope.

use std::path::Path;
use std::time::Instant;

use crate::cli::dev::DevCommand;
use crate::error::{CliError, Result, io_error};
use crate::output;

pub fn verb(c: &DevCommand) -> &'static str {
    match c {
        DevCommand::Epoch { .. } => "epoch",
        DevCommand::Vectors { .. } => "vectors",
    }
}

fn read_json(path: &Path) -> Result<serde_json::Value> {
    let text = std::fs::read_to_string(path).map_err(|e| io_error("read", path, &e))?;
    serde_json::from_str(&text).map_err(|e| {
        CliError::input(format!("`{}` is not valid JSON: {e}", path.display()))
            .with_hint("pass a vector file such as tests/data/yuma/random_000.json")
    })
}

pub fn run(cmd: DevCommand) -> Result<()> {
    match cmd {
        DevCommand::Epoch { files, bench: None } => {
            for f in &files {
                let doc = read_json(f)?;
                let out = local_chain::epoch::vector::run_document(&doc).map_err(|e| {
                    CliError::input(format!("`{}`: {e}", f.display())).with_hint(
                        "the file must follow yuma-epoch-vector/v1 or yuma-epoch-sequence/v1",
                    )
                })?;
                output::emit_raw_json(&out)?;
            }
            Ok(())
        }
        DevCommand::Epoch { files, bench: Some(n) } => {
            let n = n.max(1);
            for f in &files {
                let doc = read_json(f)?;
                let inputs = local_chain::epoch::vector::document_inputs(&doc)
                    .map_err(|e| CliError::input(format!("`{}`: {e}", f.display())))?;
                let start = Instant::now();
                for _ in 0..n {
                    for input in &inputs {
                        std::hint::black_box(local_chain::epoch::run_epoch(std::hint::black_box(
                            input,
                        )));
                    }
                }
                let runs = u128::from(n) * inputs.len().max(1) as u128;
                let mean_ns = start.elapsed().as_nanos() / runs;
                output::emit_raw_json(&serde_json::json!({
                    "file": f.display().to_string(),
                    "epochs_per_iteration": inputs.len(),
                    "iterations": n,
                    "mean_ns_per_epoch": mean_ns as u64,
                    "mean_ms_per_epoch": format!("{:.3}", mean_ns as f64 / 1e6),
                }))?;
            }
            Ok(())
        }
        DevCommand::Vectors { family, file } => {
            if !local_chain::vectors::FAMILIES.contains(&family.as_str()) {
                return Err(CliError::input(format!("unknown vector family `{family}`"))
                    .with_hint(format!(
                        "families: {}",
                        local_chain::vectors::FAMILIES.join(", ")
                    )));
            }
            let cases = read_json(&file)?;
            let out = local_chain::vectors::run_family(&family, &cases).map_err(|e| {
                CliError::input(format!("`{}`: {e}", file.display()))
                    .with_hint(format!("families: {}", local_chain::vectors::FAMILIES.join(", ")))
            })?;
            output::emit_raw_json(&out)
        }
    }
}
