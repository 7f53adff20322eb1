//! `taoctl chain init|status|advance|reset`: the embedded chain's lifecycle and clock.

mod faucet;
mod history;

use local_chain::chain::Chain;
use serde::Serialize;

use crate::chain::{self, ChainClient, errors::map};
use crate::cli::chain::{ChainAdvanceArgs, ChainCommand, ChainInitArgs, Preset};
use crate::context::{Ctx, Network};
use crate::error::{CliError, ErrorKind, Result};
use crate::output::{self, Human, Report};
use crate::{amount, confirm};

pub fn verb(c: &ChainCommand) -> &'static str {
    match c {
        ChainCommand::Init(_) => "init",
        ChainCommand::Status => "status",
        ChainCommand::Advance(_) => "advance",
        ChainCommand::Reset(_) => "reset",
        ChainCommand::Faucet(_) => "faucet",
        ChainCommand::Blocks(_) => "blocks",
        ChainCommand::Events(_) => "events",
    }
}

/// The chain head and headline numbers.
#[derive(Serialize)]
pub struct ChainStatusReport {
    pub network: String,
    pub chain_dir: Option<String>,
    pub block: u64,
    pub block_hash: String,
    pub timestamp_ms: u64,
    pub total_issuance_rao: u64,
    pub subnets: usize,
    /// Set by `init`/`reset`: the preset the chain was built from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// Set by `advance`: how many blocks were produced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advanced: Option<u64>,
}

impl Report for ChainStatusReport {
    fn human(&self) -> Human {
        let mut f = vec![("network", self.network.clone())];
        if let Some(d) = &self.chain_dir {
            f.push(("chain dir", d.clone()));
        }
        f.push(("block", format!("#{}", self.block)));
        f.push(("hash", self.block_hash.clone()));
        f.push(("issuance", format!("{} TAO", amount::fmt_tao(self.total_issuance_rao))));
        f.push(("subnets", self.subnets.to_string()));
        let mut h = Human::new().fields(f);
        if let Some(p) = &self.preset {
            h = h.note(format!("built a new chain from the `{p}` preset"));
        }
        if let Some(n) = self.advanced {
            h = h.note(format!("produced {n} blocks"));
        }
        h
    }
}

pub(super) fn require_embedded(ctx: &Ctx, what: &str) -> Result<()> {
    if ctx.network != Network::Embedded {
        return Err(CliError::input(format!(
            "`chain {what}` drives the embedded chain; it cannot be used with --network {}",
            ctx.network.name()
        ))
        .with_hint("drop --network (the embedded chain is the default)"));
    }
    Ok(())
}

fn preset_name(p: Preset) -> &'static str {
    match p {
        Preset::Dev => "dev",
        Preset::Demo => "demo",
    }
}

fn status(ctx: &Ctx, c: &dyn ChainClient) -> Result<ChainStatusReport> {
    let head = c.head()?;
    Ok(ChainStatusReport {
        network: c.network(),
        chain_dir: (ctx.network == Network::Embedded).then(|| ctx.chain_dir.display().to_string()),
        block: head.number,
        block_hash: head.hash.to_hex(),
        timestamp_ms: head.timestamp_ms,
        total_issuance_rao: c.total_issuance()?,
        subnets: c.subnets()?.len(),
        preset: None,
        advanced: None,
    })
}

pub fn run(ctx: &Ctx, cmd: ChainCommand, name: &str) -> Result<()> {
    let report = match cmd {
        ChainCommand::Faucet(a) => return faucet::run(ctx, &a, name),
        ChainCommand::Blocks(a) => return history::blocks(ctx, &a, name),
        ChainCommand::Events(a) => return history::events(ctx, &a, name),
        ChainCommand::Status => status(ctx, chain::connect(ctx)?.as_ref())?,
        ChainCommand::Init(ChainInitArgs { preset }) => {
            require_embedded(ctx, "init")?;
            if ctx.chain_dir.join("chain.sqlite").exists() {
                return Err(CliError::new(
                    ErrorKind::Conflict,
                    format!("`{}` already holds a chain", ctx.chain_dir.display()),
                )
                .with_hint(
                    "`taoctl chain reset --preset …` replaces it, or pick another --chain-dir",
                ));
            }
            std::fs::create_dir_all(&ctx.chain_dir).map_err(|e| {
                crate::error::io_error("create chain directory", &ctx.chain_dir, &e)
            })?;
            let c = Chain::create(&ctx.chain_dir, preset_name(preset)).map_err(map)?;
            let mut r = status(ctx, &chain::embedded::Embedded::from_chain(c))?;
            r.preset = Some(preset_name(preset).into());
            r
        }
        ChainCommand::Reset(ChainInitArgs { preset }) => {
            require_embedded(ctx, "reset")?;
            confirm::destructive(
                ctx,
                &format!(
                    "Delete every block and all state of the chain in {}?",
                    ctx.chain_dir.display()
                ),
            )?;
            std::fs::create_dir_all(&ctx.chain_dir).map_err(|e| {
                crate::error::io_error("create chain directory", &ctx.chain_dir, &e)
            })?;
            // `recreate` also rebuilds a chain written in an older storage format.
            let c = Chain::recreate(&ctx.chain_dir, preset_name(preset)).map_err(map)?;
            let mut r = status(ctx, &chain::embedded::Embedded::from_chain(c))?;
            r.preset = Some(preset_name(preset).into());
            r
        }
        ChainCommand::Advance(ChainAdvanceArgs { blocks, to_block }) => {
            require_embedded(ctx, "advance")?;
            let mut c = chain::connect(ctx)?;
            let head = c.head()?.number;
            let n = match (blocks, to_block) {
                (Some(n), _) => n,
                (None, Some(b)) if b > head => b - head,
                (None, Some(b)) => {
                    return Err(CliError::input(format!(
                        "block {b} is not ahead of the head (#{head})"
                    ))
                    .with_hint(format!("use a block number above {head}")));
                }
                (None, None) => 0,
            };
            if n == 0 {
                return Err(CliError::input("nothing to do: 0 blocks")
                    .with_hint("pass --blocks N with N ≥ 1"));
            }
            c.advance(n)?;
            let mut r = status(ctx, c.as_ref())?;
            r.advanced = Some(n);
            r
        }
    };
    output::emit(ctx.mode, name, &report)
}
