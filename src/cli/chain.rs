//! `taoctl chain …` declarations: the embedded chain's lifecycle and clock.

use clap::{Args, Subcommand, ValueEnum};

/// Drive the embedded chain (the default, offline network).
#[derive(Debug, Subcommand)]
pub enum ChainCommand {
    /// Create a new embedded chain in --chain-dir from a genesis preset.
    ///
    /// Examples:
    ///   taoctl chain init --preset demo
    ///   taoctl --chain-dir /tmp/c chain init --preset dev
    Init(ChainInitArgs),
    /// Show the chain head, issuance and subnet count.
    Status,
    /// Produce empty blocks (running emission and epochs as the chain does).
    ///
    /// Examples:
    ///   taoctl chain advance --blocks 10
    ///   taoctl chain advance --to-block 1000
    Advance(ChainAdvanceArgs),
    /// Delete the embedded chain and create it again from a preset.
    Reset(ChainInitArgs),
    /// Mint test TAO to an account (embedded chain only; signed by the dev sudo key).
    ///
    /// Examples:
    ///   taoctl chain faucet -w alice --amount 1000
    ///   taoctl chain faucet --ss58 5F3sa2TJAWMqDhXG6jhV4N8ko9SxwGy8TpaNS1repo5EYjQX
    Faucet(ChainFaucetArgs),
    /// List block headers (newest last).
    ///
    /// Examples:
    ///   taoctl chain blocks --limit 5
    Blocks(ChainBlocksArgs),
    /// List events, filtered by block range, subnet, account or kind.
    ///
    /// Examples:
    ///   taoctl chain events --netuid 1 --kind StakeAdded
    ///   taoctl chain events --mine --limit 20
    Events(ChainEventsArgs),
}

/// `chain faucet`.
#[derive(Debug, Args)]
pub struct ChainFaucetArgs {
    /// Recipient address [default: the selected wallet's coldkey].
    #[arg(long)]
    pub ss58: Option<String>,
    /// TAO to mint.
    #[arg(long, default_value = "1000")]
    pub amount: String,
    /// Show the balance the account would have without minting anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `chain blocks`.
#[derive(Debug, Args)]
pub struct ChainBlocksArgs {
    /// First block (inclusive) [default: the last --limit blocks].
    #[arg(long)]
    pub from: Option<u64>,
    /// Last block (inclusive) [default: the head].
    #[arg(long)]
    pub to: Option<u64>,
    /// At most this many blocks.
    #[arg(long, default_value_t = 10)]
    pub limit: u64,
}

/// `chain events`.
#[derive(Debug, Args)]
pub struct ChainEventsArgs {
    /// First block (inclusive).
    #[arg(long)]
    pub from_block: Option<u64>,
    /// Last block (inclusive).
    #[arg(long)]
    pub to_block: Option<u64>,
    /// Only events about this subnet.
    #[arg(long)]
    pub netuid: Option<u16>,
    /// Only events that mention this address.
    #[arg(long, conflicts_with = "mine")]
    pub account: Option<String>,
    /// Only events that mention the selected wallet's coldkey.
    #[arg(long)]
    pub mine: bool,
    /// Only events of this kind (e.g. StakeAdded, NeuronRegistered).
    #[arg(long)]
    pub kind: Option<String>,
    /// At most this many (the most recent).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

/// Genesis presets.
#[derive(Debug, Clone, Copy, ValueEnum, Default, PartialEq, Eq)]
pub enum Preset {
    /// Root network only; //Alice is sudo; dev accounts funded.
    Dev,
    /// Several live subnets with owners, validators, miners and stake.
    #[default]
    Demo,
}

/// `chain init` / `chain reset`.
#[derive(Debug, Args)]
pub struct ChainInitArgs {
    /// Genesis preset.
    #[arg(long, value_enum, default_value_t = Preset::Demo)]
    pub preset: Preset,
    /// Build the preset's genesis in a scratch directory and show it; --chain-dir is untouched.
    #[arg(long)]
    pub dry_run: bool,
}

/// `chain advance`.
#[derive(Debug, Args)]
pub struct ChainAdvanceArgs {
    #[command(flatten)]
    pub target: AdvanceTarget,
    /// Show how many blocks would be produced, and to which block, without producing them.
    #[arg(long)]
    pub dry_run: bool,
}

/// How far `chain advance` goes (exactly one).
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct AdvanceTarget {
    /// Number of blocks to produce.
    #[arg(long, value_name = "N")]
    pub blocks: Option<u64>,
    /// Produce blocks until the head is at block B.
    #[arg(long, value_name = "B")]
    pub to_block: Option<u64>,
}
