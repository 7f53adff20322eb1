//! `taoctl config …` declarations.

use clap::Subcommand;

/// Read and change the configuration file (TOML). Keys: network, chain_dir, wallet_path, wallet,
/// hotkey, no_color.
///
/// Examples:
///   taoctl config set network finney
///   taoctl config get wallet
///   taoctl config unset network
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print one value, or every value when no key is given.
    Get {
        /// Key to read.
        key: Option<String>,
    },
    /// Set a value.
    Set {
        /// Key to set.
        key: String,
        /// New value.
        value: String,
        /// Check the key and value and show the result without writing the file.
        #[arg(long)]
        dry_run: bool,
    },
    /// Remove a value (falls back to the default).
    Unset {
        /// Key to remove.
        key: String,
        /// Show the result without writing the file.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the path of the config file in use.
    Path,
}
