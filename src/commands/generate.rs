//! `taoctl generate`: shell completions and man pages, derived from the clap definitions.
//!
//! The results are checked in (`completions/`, `man/`); `tests/generated.rs` fails when stale.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;
use serde::Serialize;

use crate::cli::{Cli, GenerateArgs};
use crate::context::Ctx;
use crate::error::{CliError, Result, io_error};
use crate::output::{self, Human, Report};

/// Files written.
#[derive(Serialize)]
pub struct GenerateReport {
    pub files: Vec<String>,
}

impl Report for GenerateReport {
    fn human(&self) -> Human {
        Human::new().note(format!("wrote {} files", self.files.len()))
    }
}

/// Every generated file as (relative path, contents), in a stable order.
pub fn render_all() -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell] {
        let mut cmd = Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "taoctl", &mut buf);
        let name = match shell {
            Shell::Bash => "taoctl.bash",
            Shell::Zsh => "_taoctl",
            Shell::Fish => "taoctl.fish",
            Shell::Elvish => "taoctl.elv",
            _ => "_taoctl.ps1",
        };
        files.push((format!("completions/{name}"), buf));
    }
    let mut cmd = Cli::command();
    cmd.build();
    man_pages(&cmd, "taoctl", &mut files)?;
    Ok(files)
}

/// One man page per command, named like git's (`taoctl-wallet-create.1`).
fn man_pages(cmd: &clap::Command, name: &str, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
    if cmd.is_hide_set() {
        return Ok(());
    }
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone().name(name.to_string()))
        .render(&mut buf)
        .map_err(|e| CliError::internal(format!("cannot render man page: {e}")))?;
    out.push((format!("man/{name}.1"), buf));
    for sub in cmd.get_subcommands() {
        if sub.get_name() != "help" {
            man_pages(sub, &format!("{name}-{}", sub.get_name()), out)?;
        }
    }
    Ok(())
}

pub fn run(ctx: &Ctx, args: &GenerateArgs, name: &str) -> Result<()> {
    let files = render_all()?;
    for dir in ["completions", "man"] {
        let d = args.out_dir.join(dir);
        // Remove stale pages of commands that no longer exist.
        if d.exists() {
            std::fs::remove_dir_all(&d).map_err(|e| io_error("clean", &d, &e))?;
        }
        std::fs::create_dir_all(&d).map_err(|e| io_error("create", &d, &e))?;
    }
    for (rel, bytes) in &files {
        let p = args.out_dir.join(rel);
        std::fs::write(&p, bytes).map_err(|e| io_error("write", Path::new(&p), &e))?;
    }
    let report = GenerateReport { files: files.into_iter().map(|(p, _)| p).collect() };
    output::emit(ctx.mode, name, &report)
}
