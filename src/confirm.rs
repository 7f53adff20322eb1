//! Confirmations: asked only when a person is at the terminal; `--yes` answers them; without a
//! terminal and without `--yes` a destructive step is refused (scripts never hang on a prompt).

use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};

/// Asks before something that cannot be undone.
pub fn destructive(ctx: &Ctx, question: &str) -> Result<()> {
    ask(ctx, question, ErrorKind::Conflict)
}

/// Asks before signing a transaction.
pub fn submit(ctx: &Ctx, question: &str) -> Result<()> {
    ask(ctx, question, ErrorKind::Aborted)
}

fn ask(ctx: &Ctx, question: &str, refusal: ErrorKind) -> Result<()> {
    if ctx.yes {
        return Ok(());
    }
    if !ctx.interactive {
        return Err(CliError::new(refusal, format!("{question} (not confirmed)"))
            .with_hint("pass --yes to confirm when running without a terminal"));
    }
    let ok = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| CliError::new(ErrorKind::Aborted, format!("prompt failed: {e}")))?;
    if ok { Ok(()) } else { Err(CliError::new(ErrorKind::Aborted, "cancelled")) }
}
