//! taoctl: parse the command line, resolve the context, run one command, map the result to an
//! exit code. Only this file and `output.rs` write to the terminal.

mod amount;
mod chain;
mod cli;
mod commands;
mod config;
mod confirm;
mod context;
mod error;
mod journal;
mod keys;
mod output;
mod password;
mod paths;
mod tui;

use clap::Parser;

// mimalloc: the embedded chain allocates many small keys and rows per block; glibc malloc was
// about a sixth of a simulated day's CPU time (docs/benchmarks-chain.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let cli = cli::Cli::parse();
    let name = commands::command_name(&cli.command);
    let json = cli.global.json;
    let verbose = cli.global.verbose;
    let started = std::time::Instant::now();
    let result =
        context::Ctx::resolve(&cli.global).and_then(|ctx| commands::run(&ctx, cli.command, &name));
    if verbose > 0 {
        eprintln!("{name}: {:.1} ms", started.elapsed().as_secs_f64() * 1000.0);
    }
    if let Err(err) = result {
        output::emit_error(json, &name, &err);
        std::process::exit(err.kind.exit_code());
    }
}
