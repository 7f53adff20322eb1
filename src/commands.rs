//! Dispatch: one module per command group; each returns a typed report that `output` renders.

pub mod chain;
pub mod config;
pub mod demo;
pub mod dev;
pub mod generate;
pub mod hparams;
pub mod monitor;
pub mod stake;
pub mod subnets;
pub mod tx;
pub mod wallet;
pub mod weights;

use crate::cli::Command;
use crate::context::Ctx;
use crate::error::Result;

/// The dotted command name used in the JSON envelope (`wallet.list`, `chain.status`, ...).
pub fn command_name(cmd: &Command) -> String {
    let noun = match cmd {
        Command::Chain(_) => "chain",
        Command::Config(_) => "config",
        Command::Hparams(_) => "hparams",
        Command::Demo(_) => "demo",
        Command::Monitor(_) => "monitor",
        Command::Dev(_) => "dev",
        Command::Generate(_) => "generate",
        Command::Wallet(_) => "wallet",
        Command::Stake(_) => "stake",
        Command::Subnets(_) => "subnets",
        Command::Weights(_) => "weights",
    };
    let verb = match cmd {
        Command::Chain(c) => chain::verb(c),
        Command::Config(c) => config::verb(c),
        Command::Hparams(c) => hparams::verb(c),
        Command::Demo(_) => "",
        Command::Monitor(_) => "",
        Command::Dev(c) => dev::verb(c),
        Command::Generate(_) => "",
        Command::Wallet(c) => wallet::verb(c),
        Command::Stake(c) => stake::verb(c),
        Command::Subnets(c) => subnets::verb(c),
        Command::Weights(c) => weights::verb(c),
    };
    if verb.is_empty() { noun.to_string() } else { format!("{noun}.{verb}") }
}

/// Runs one command to completion, rendering its report.
pub fn run(ctx: &Ctx, cmd: Command, name: &str) -> Result<()> {
    match cmd {
        Command::Chain(c) => chain::run(ctx, c, name),
        Command::Config(c) => config::run(ctx, c, name),
        Command::Hparams(c) => hparams::run(ctx, c, name),
        Command::Demo(a) => demo::run(ctx, &a, name),
        Command::Monitor(a) => monitor::run(ctx, &a),
        Command::Dev(c) => dev::run(c),
        Command::Generate(a) => generate::run(ctx, &a, name),
        Command::Wallet(c) => wallet::run(ctx, c, name),
        Command::Stake(c) => stake::run(ctx, c, name),
        Command::Subnets(c) => subnets::run(ctx, c, name),
        Command::Weights(c) => weights::run(ctx, c, name),
    }
}
