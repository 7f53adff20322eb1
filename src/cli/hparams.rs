//! `taoctl hparams …` declarations (alias `sudo`): subnet hyperparameters.

use clap::{Args, Subcommand};

/// Read and set subnet hyperparameters.
#[derive(Debug, Subcommand)]
pub enum HparamsCommand {
    /// Every hyperparameter of a subnet: value, unit, default, who may set it, what it does.
    ///
    /// Examples:
    ///   taoctl hparams get --netuid 1
    ///   taoctl --json hparams get --netuid 1 --param tempo
    Get(HparamsGetArgs),
    /// Set one hyperparameter (subnet owner, or the sudo key for root-only ones).
    ///
    /// Examples:
    ///   taoctl hparams set --netuid 1 --param kappa --value 32767
    ///   taoctl hparams set --netuid 1 --param liquid_alpha_enabled --value true --dry-run
    Set(HparamsSetArgs),
}

/// `hparams get`.
#[derive(Debug, Args)]
pub struct HparamsGetArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    /// Show only this parameter (snake_case name, as listed).
    #[arg(long)]
    pub param: Option<String>,
}

/// `hparams set`.
#[derive(Debug, Args)]
pub struct HparamsSetArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    /// Parameter name (snake_case, as `hparams get` lists it).
    #[arg(long)]
    pub param: String,
    /// New value: an integer, or true/false for switches.
    #[arg(long, allow_hyphen_values = true)]
    pub value: String,
    /// Sign as the chain's sudo key (root-only parameters; embedded chain: //Alice in the dev and
    /// demo presets) instead of the wallet's coldkey.
    #[arg(long)]
    pub sudo: bool,
    /// Show the call and checks without signing.
    #[arg(long)]
    pub dry_run: bool,
}
