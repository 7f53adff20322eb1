//! Clap declarations only: the command tree, global options and every `…Args` struct.
//! Doc comments here are the `--help` text and the man pages; no logic and no I/O live here.

pub mod chain;
pub mod config;
pub mod dev;
pub mod hparams;
pub mod monitor;
pub mod stake;
pub mod subnets;
pub mod wallet;
pub mod weights;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// The terminal wallet and operator console for Bittensor.
///
/// Every command works offline against the embedded chain (the default network), and the same
/// commands speak to a remote subtensor node with `--network`.
#[derive(Debug, Parser)]
#[command(name = "taoctl", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Network: `embedded` (default, offline), `finney`, `test`, `local` (ws://127.0.0.1:9944),
    /// `archive`, or any ws:// / wss:// URL.
    #[arg(long, global = true, env = "TAOCTL_NETWORK", value_name = "NETWORK")]
    pub network: Option<String>,
    /// Directory of the embedded chain [default: $XDG_DATA_HOME/taoctl/chain].
    #[arg(long, global = true, env = "TAOCTL_CHAIN_DIR", value_name = "DIR")]
    pub chain_dir: Option<PathBuf>,
    /// Root of the wallets directory (btcli layout) [default: ~/.bittensor/wallets; also read from
    /// BT_WALLET_PATH].
    #[arg(long, global = true, env = "TAOCTL_WALLET_PATH", value_name = "DIR")]
    pub wallet_path: Option<PathBuf>,
    /// Wallet name [default: `default`].
    #[arg(short = 'w', long, global = true, env = "TAOCTL_WALLET", value_name = "NAME")]
    pub wallet: Option<String>,
    /// Hotkey name within the wallet [default: `default`].
    #[arg(short = 'H', long, global = true, env = "TAOCTL_HOTKEY", value_name = "NAME")]
    pub hotkey: Option<String>,
    /// Print one JSON envelope on stdout instead of tables (prose still goes to stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// Answer yes to every confirmation (scripts). Without a terminal nothing is ever prompted.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Less prose on stderr.
    #[arg(short = 'q', long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More detail on stderr (e.g. how long the command took).
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Config file [default: $XDG_CONFIG_HOME/taoctl/config.toml].
    #[arg(long, global = true, env = "TAOCTL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Disable colours (also honoured: the NO_COLOR environment variable).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Read the key password from the first line of FILE instead of prompting.
    /// (TAOCTL_PASSWORD is also read, but is unsafe: other processes can see the environment.)
    #[arg(long, global = true, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// On a node, how long a write waits: until its block is `included` (best block, default)
    /// or `finalized`. The embedded chain's blocks are final at once.
    #[arg(long, global = true, env = "TAOCTL_WAIT", value_name = "WHEN")]
    pub wait: Option<Wait>,
}

/// How long a submitted transaction is waited for on a node (`--wait`).
#[derive(Debug, Clone, Copy, clap::ValueEnum, Default, PartialEq, Eq)]
pub enum Wait {
    /// Until it is in a best block.
    #[default]
    Included,
    /// Until that block is finalized.
    Finalized,
}

/// The command groups.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Wallets and keys: create, restore, import/export, sign; balances and transfers.
    #[command(subcommand)]
    Wallet(wallet::WalletCommand),
    /// Stake: add, remove, move, transfer, swap, unstake-all, list — with exact previews; child
    /// hotkeys (`child`) and root-dividend claims (`claim-root`, `set-claim`).
    ///
    /// Units: `add` takes TAO; `remove`, `move`, `transfer` and `swap` take alpha of the origin
    /// subnet. Every write first shows one preview (amount in, expected out, spot and effective
    /// price, price impact, swap fee, transaction fee, the limit price submitted and the worst
    /// case it allows, the partial-fill policy), computed by running the exact call on the
    /// chain's own code in the block it would land in.
    ///
    /// Safe staking is on by default with a tolerance of 0.5 % (`--tolerance 0.5`): add, remove
    /// and swap are submitted as the chain's `*_limit` calls with that limit price; move,
    /// transfer and unstake-all have no limit call on chain, so taoctl re-simulates them right
    /// before submitting (after the password prompt) and refuses if the result got worse than
    /// the tolerance allows. `--partial` allows partial fills, `--unsafe` turns protection off.
    #[command(subcommand)]
    Stake(stake::StakeCommand),
    /// Subnets: list, show (metagraph), create, register, start, identity, costs, price.
    #[command(subcommand)]
    Subnets(subnets::SubnetsCommand),
    /// Validator weights: set, commit, reveal (from a local commit journal), status.
    #[command(subcommand, visible_alias = "wt")]
    Weights(weights::WeightsCommand),
    /// Subnet hyperparameters: values, units, defaults, who may set them.
    #[command(subcommand, visible_alias = "sudo")]
    Hparams(hparams::HparamsCommand),
    /// Full-screen live monitor of subnets, prices, emissions, metagraphs and your positions.
    Monitor(monitor::MonitorArgs),
    /// Drive the embedded chain: create it, inspect it, move time forward.
    #[command(subcommand)]
    Chain(chain::ChainCommand),
    /// A narrated tour on a fresh, private embedded chain: wallet, faucet, subnet, registration,
    /// a stake with its preview, an epoch, emissions.
    ///
    /// Examples:
    ///   taoctl demo
    ///   taoctl demo --keep /tmp/tour
    Demo(DemoArgs),
    /// Read and change taoctl's configuration file.
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Developer tools: run the chain's consensus and pool arithmetic on vector files.
    #[command(subcommand)]
    Dev(dev::DevCommand),
    /// Regenerate shell completions and man pages (maintainers).
    #[command(hide = true)]
    Generate(GenerateArgs),
}

/// `taoctl demo`
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Keep the demo chain and wallet in DIR (default: a temporary directory, removed after).
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

/// `taoctl generate`
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Repository root: completions go to DIR/completions, man pages to DIR/man.
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub out_dir: PathBuf,
}
