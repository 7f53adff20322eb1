//! `taoctl demo`: a narrated tour on a fresh, throw-away embedded chain.
//!
//! Each step is a real taoctl command line, parsed and run in-process exactly as if the user had
//! typed it, so the tour shows the commands to copy and their real output.

use std::path::PathBuf;

use clap::Parser;
use serde::Serialize;

use crate::chain;
use crate::cli::{Cli, DemoArgs};
use crate::context::Ctx;
use crate::error::{CliError, Result};
use crate::output::{self, Human, Report};

/// One step of the tour as it ran.
#[derive(Serialize)]
pub struct DemoStep {
    pub command: String,
    pub ok: bool,
}

/// `taoctl demo --json`: what ran, and where the chain and wallets were.
#[derive(Serialize)]
pub struct DemoReport {
    pub dir: Option<String>,
    pub steps: Vec<DemoStep>,
}

impl Report for DemoReport {
    fn human(&self) -> Human {
        let h = Human::new().note(format!(
            "\nThat was the tour: {} commands, all on a private chain. Run any of them yourself;\n`taoctl --help` lists the rest.",
            self.steps.len()
        ));
        match &self.dir {
            Some(d) => h.note(format!(
                "The chain and the demo wallet are kept in {d}: add `--chain-dir {d}/chain --wallet-path {d}/wallets` to keep exploring."
            )),
            None => h,
        }
    }
}

/// One step of the tour.
enum Step {
    /// Narration and a command line (without the demo's own path flags).
    Run(&'static str, Vec<String>),
    /// Like `Run`, but the chain is expected to refuse with this error: the tour shows the refusal.
    Refused(&'static str, Vec<String>, &'static str),
    /// Narration, then `chain advance` past the next epoch of this subnet.
    NextEpoch(&'static str, u16),
}

/// The tour.
fn script() -> Vec<Step> {
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
    use Step::{NextEpoch, Refused, Run};
    vec![
        Run(
            "A fresh embedded chain: the root network and three live subnets, with validators, miners and stake.",
            s(&["chain", "status"]),
        ),
        Run(
            "Create a wallet: a coldkey (holds funds) and a hotkey (runs neurons). Demo keys are throw-away, so no password.",
            s(&["-w", "demo", "wallet", "create", "--no-password"]),
        ),
        Run(
            "Fund it from the embedded chain's faucet.",
            s(&["-w", "demo", "chain", "faucet", "--amount", "1000"]),
        ),
        Run(
            "The market: each subnet's alpha token trades against TAO in its own pool.",
            s(&["subnets", "list"]),
        ),
        Run(
            "Creating a subnet locks TAO; the cost is shown before anything is signed.",
            s(&["subnets", "create-cost"]),
        ),
        Refused(
            "The chain allows one new subnet per 7,200 blocks network-wide, and the demo subnets were just created: taoctl checks before signing, so the refusal costs nothing.",
            s(&["-w", "demo", "-y", "subnets", "create", "--name", "demo-subnet"]),
            "NetworkTxRateLimitExceeded",
        ),
        Run(
            "Register the hotkey as a neuron on subnet 1 (the burn cost is shown and submitted as a limit).",
            s(&["-w", "demo", "-y", "subnets", "register", "--netuid", "1"]),
        ),
        Refused(
            "Stake 100 TAO on subnet 1. The preview shows what you would get, the price impact, the fees and the limit price. Safe staking is on by default (0.5 % tolerance), and 100 TAO would move this small pool's price far more, so taoctl stops before signing.",
            s(&["-w", "demo", "-y", "stake", "add", "--netuid", "1", "--amount", "100"]),
            "SlippageTooHigh",
        ),
        Run(
            "With --partial the chain fills as much as the limit price allows; the preview says how much, and the chain then does exactly that.",
            s(&[
                "-w",
                "demo",
                "-y",
                "stake",
                "add",
                "--netuid",
                "1",
                "--amount",
                "100",
                "--partial",
            ]),
        ),
        Run(
            "Your positions, valued at spot and at exit after slippage.",
            s(&["-w", "demo", "stake", "list"]),
        ),
        Run(
            "Subnet 1 before its epoch: stake, validator permits, last weights.",
            s(&["subnets", "show", "--netuid", "1"]),
        ),
        NextEpoch(
            "Move time to the next epoch: every block emits TAO and alpha into the pools, and the demo's validators set their weights during the tempo.",
            1,
        ),
        NextEpoch(
            "One more tempo: at this epoch Yuma Consensus turns those weights into incentive for miners and dividends for validators (and their stakers).",
            1,
        ),
        Run(
            "After the epoch: incentive, dividends and emission per neuron.",
            s(&["subnets", "show", "--netuid", "1"]),
        ),
        Run("Your stake earned its share of the emission.", s(&["-w", "demo", "stake", "list"])),
        Run(
            "What happened, block by block.",
            s(&["chain", "events", "--netuid", "1", "--limit", "8"]),
        ),
    ]
}

pub fn run(ctx: &Ctx, args: &DemoArgs, name: &str) -> Result<()> {
    let (dir, keep) = match &args.keep {
        Some(d) => (d.clone(), true),
        None => (std::env::temp_dir().join(format!("taoctl-demo-{}", std::process::id())), false),
    };
    if dir.join("chain").join("chain.sqlite").exists() {
        return Err(CliError::new(
            crate::error::ErrorKind::Conflict,
            format!("`{}` already holds a demo chain", dir.display()),
        )
        .with_hint("pass another --keep DIR, or delete that directory"));
    }
    let result = tour(ctx, &dir);
    if !keep {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let steps = result?;
    let report = DemoReport { dir: keep.then(|| dir.display().to_string()), steps };
    output::emit(ctx.mode, name, &report)
}

fn tour(ctx: &Ctx, dir: &std::path::Path) -> Result<Vec<DemoStep>> {
    let base: Vec<String> = vec![
        "taoctl".into(),
        "--chain-dir".into(),
        path(dir.join("chain")),
        "--wallet-path".into(),
        path(dir.join("wallets")),
        "--config".into(),
        path(dir.join("config.toml")),
    ];
    step(ctx, &with(&base, &["chain", "init", "--preset", "demo"]), true)?;
    let mut steps = Vec::new();
    for (i, st) in script().into_iter().enumerate() {
        let (say, cmd, refusal) = match st {
            Step::Run(say, cmd) => (say, cmd, None),
            Step::Refused(say, cmd, err) => (say, cmd, Some(err)),
            Step::NextEpoch(say, netuid) => {
                let blocks = blocks_to_epoch(&base, netuid)?;
                (
                    say,
                    vec!["chain".into(), "advance".into(), "--blocks".into(), blocks.to_string()],
                    None,
                )
            }
        };
        if !ctx.mode.json && !ctx.mode.quiet {
            ctx.note(&format!("\n── {}. {say}\n$ taoctl {}", i + 1, cmd.join(" ")));
        }
        let argv: Vec<String> = base.iter().cloned().chain(cmd.iter().cloned()).collect();
        let ok = match (step(ctx, &argv, false), refusal) {
            (Ok(()), None) => true,
            (Err(e), Some(want)) if e.chain_error.as_deref() == Some(want) => {
                if !ctx.mode.json && !ctx.mode.quiet {
                    ctx.note(&format!("refused as expected: {}", e.message));
                }
                false
            }
            (Err(e), _) => return Err(e),
            (Ok(()), Some(want)) => {
                return Err(CliError::internal(format!(
                    "demo: expected the chain to refuse with {want}"
                )));
            }
        };
        steps.push(DemoStep { command: format!("taoctl {}", cmd.join(" ")), ok });
    }
    Ok(steps)
}

fn with(base: &[String], more: &[&str]) -> Vec<String> {
    base.iter().cloned().chain(more.iter().map(|s| (*s).to_string())).collect()
}

/// Blocks to produce so that `netuid`'s next epoch has run.
fn blocks_to_epoch(base: &[String], netuid: u16) -> Result<u64> {
    let cli = Cli::try_parse_from(with(base, &["chain", "status"]))
        .map_err(|e| CliError::internal(format!("demo script: {e}")))?;
    let c = chain::connect(&Ctx::resolve(&cli.global)?)?;
    let head = c.head()?.number;
    let s = c.subnet(netuid)?.ok_or_else(|| CliError::internal("demo: subnet 1 is missing"))?;
    let next = s.last_epoch_block.saturating_add(u64::from(s.tempo));
    Ok(next.saturating_sub(head).max(1) + 1)
}

/// Runs one command line in-process with the demo's output settings.
fn step(outer: &Ctx, argv: &[String], silent: bool) -> Result<()> {
    let cli =
        Cli::try_parse_from(argv).map_err(|e| CliError::internal(format!("demo script: {e}")))?;
    let name = super::command_name(&cli.command);
    let mut ctx = Ctx::resolve(&cli.global)?;
    ctx.mode.color = outer.mode.color;
    ctx.mode.silent = silent || outer.mode.json;
    ctx.mode.quiet = outer.mode.quiet;
    ctx.interactive = false;
    super::run(&ctx, cli.command, &name).map_err(|mut e| {
        e.message = format!("demo step `{}` failed: {}", argv[7..].join(" "), e.message);
        e
    })
}

fn path(p: PathBuf) -> String {
    p.display().to_string()
}
