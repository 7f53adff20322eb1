//! `taoctl dev …` declarations: developer commands with a stable, raw-JSON contract.

use std::path::PathBuf;

use clap::Subcommand;

/// Developer tools. Their stdout is always a raw JSON document (not the `taoctl/v1` envelope), so
/// tooling can diff it directly against reference vectors.
#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Run the Yuma Consensus epoch on `yuma-epoch-vector/v1` or `yuma-epoch-sequence/v1` files.
    ///
    /// Reads only each file's `input` and prints the computed `output` (for a sequence:
    /// `{"epochs":[...]}`). With several files, prints one JSON document per line.
    ///
    /// Examples:
    ///   taoctl dev epoch tests/data/yuma/random_000.json
    ///   taoctl dev epoch --bench 100 tests/data/yuma/edge_max_size_256x64_dense_yuma2.json
    Epoch {
        /// Vector files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Instead of printing outputs, run each epoch N times on the parsed input and print the
        /// mean time per epoch (JSON parsing excluded).
        #[arg(long, value_name = "N")]
        bench: Option<u32>,
    },
    /// Run the chain's pool and emission arithmetic on a list of `{"id","input"}` cases and print
    /// `[{"id","output"}]`.
    ///
    /// FAMILY is one of: swap, swap-limit, swap-injection, emission-block, emission-split,
    /// moving-price, coinbase-block.
    ///
    /// Examples:
    ///   taoctl dev vectors swap crates/local-chain/tests/data/pools/swap_cases.json
    Vectors {
        /// Vector family.
        family: String,
        /// File with a JSON list of cases.
        file: PathBuf,
    },
}
