//! `taoctl weights …` declarations: set weights, hash commit-reveal with a local commit journal,
//! and the status of both. The signer is the hotkey (`-H`).

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// Set, commit and reveal validator weights; the commit journal keeps salts across restarts.
#[derive(Debug, Subcommand)]
pub enum WeightsCommand {
    /// Set weights directly (subnets with commit-reveal off), signed by the hotkey
    ///
    /// Weights may be floats or integers; they are normalised to the chain's u16 form (the
    /// largest becomes 65535, exact integer rounding as the chain does) and shown with each
    /// uid's share before signing.
    ///
    /// Examples:
    ///   taoctl -w validator -H default weights set --netuid 1 --weights "0:0.5,3:0.25,4:0.25"
    ///   taoctl weights set --netuid 1 --file weights.json --dry-run
    ///   my-scorer | taoctl --yes --json weights set --netuid 1 --file -
    #[command(verbatim_doc_comment)]
    Set(WeightsSetArgs),
    /// Commit a hash of the weights (commit-reveal on) and record the salt in the journal
    ///
    /// The journal is `<chain-dir>/../journal/<network>.json` (by default
    /// `$XDG_DATA_HOME/taoctl/journal/<network>.json`), mode 0600; `weights reveal --pending`
    /// reveals from it when the reveal window opens.
    ///
    /// Examples:
    ///   taoctl weights commit --netuid 2 --weights "1:3,2:1"
    ///   taoctl --yes --json weights commit --netuid 2 --file scores.csv
    #[command(verbatim_doc_comment)]
    Commit(WeightsCommitArgs),
    /// Reveal committed weights from the journal; never waits for a window
    ///
    /// With --netuid, reveals the oldest due commit of the hotkey there (or --commit HASH).
    /// With --pending, reveals every due commit across subnets and reports what is not due yet
    /// (with the block its window opens) and what expired — the command to run from cron.
    ///
    /// Examples:
    ///   taoctl weights reveal --netuid 2
    ///   taoctl weights reveal --netuid 2 --commit 0x5f3a…
    ///   */5 * * * * taoctl -w validator --yes --json weights reveal --pending
    #[command(verbatim_doc_comment)]
    Reveal(WeightsRevealArgs),
    /// Journal entries with their state (committed, due, revealed, expired) checked against
    /// the chain's commits, and the hotkey's current on-chain weights
    ///
    /// Examples:
    ///   taoctl weights status
    ///   taoctl --json weights status --netuid 2
    #[command(verbatim_doc_comment)]
    Status(WeightsStatusArgs),
}

/// Where the weights come from (exactly one).
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct WeightsInput {
    /// Inline `uid:weight` pairs separated by commas, e.g. "0:0.5,3:2"; `-` reads stdin.
    #[arg(long, value_name = "PAIRS", allow_hyphen_values = true)]
    pub weights: Option<String>,
    /// A file of weights: JSON `{"uid": w, …}` or `[[uid, w], …]`, or CSV lines `uid,weight`
    /// (an optional header line is skipped); `-` reads stdin.
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// `weights set`.
#[derive(Debug, Args)]
pub struct WeightsSetArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    #[command(flatten)]
    pub input: WeightsInput,
    /// Version key sent with the weights [default: the subnet's `weights_version`].
    #[arg(long, value_name = "N")]
    pub version_key: Option<u64>,
    /// Validate and show the normalised weights without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `weights commit`.
#[derive(Debug, Args)]
pub struct WeightsCommitArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    #[command(flatten)]
    pub input: WeightsInput,
    /// Version key sent with the weights [default: the subnet's `weights_version`].
    #[arg(long, value_name = "N")]
    pub version_key: Option<u64>,
    /// Salt as comma-separated u16 values [default: 8 random values].
    #[arg(long, value_name = "U16,…")]
    pub salt: Option<String>,
    /// Validate and show the commit hash without signing or writing the journal.
    #[arg(long)]
    pub dry_run: bool,
}

/// `weights reveal`.
#[derive(Debug, Args)]
pub struct WeightsRevealArgs {
    /// Subnet id (required unless --pending; with --pending it narrows to one subnet).
    #[arg(long, required_unless_present = "pending")]
    pub netuid: Option<u16>,
    /// Reveal this commit (its hash, as `weights status` shows it; a unique prefix is enough).
    #[arg(long, value_name = "HASH", conflicts_with = "pending", requires = "netuid")]
    pub commit: Option<String>,
    /// Reveal every due commit in the journal across subnets.
    #[arg(long)]
    pub pending: bool,
    /// With --pending: every hotkey of the wallet, not just -H.
    #[arg(long, requires = "pending")]
    pub all_hotkeys: bool,
    /// Show what would be revealed without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `weights status`.
#[derive(Debug, Args)]
pub struct WeightsStatusArgs {
    /// Only this subnet.
    #[arg(long)]
    pub netuid: Option<u16>,
    /// Every journal entry of this network, whichever hotkey made it.
    #[arg(long)]
    pub all_hotkeys: bool,
}
