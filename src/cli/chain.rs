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
}

/// `chain advance`.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ChainAdvanceArgs {
    /// Number of blocks to produce.
    #[arg(long, value_name = "N")]
    pub blocks: Option<u64>,
    /// Produce blocks until the head is at block B.
    #[arg(long, value_name = "B")]
    pub to_block: Option<u64>,
}
