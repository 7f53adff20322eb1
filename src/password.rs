//! Where key passwords come from: `--password-file`, `TAOCTL_PASSWORD` (documented as unsafe), or a
//! prompt when a person is at the terminal. Never a prompt without a terminal.

use std::io::IsTerminal;

use zeroize::Zeroizing;

use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result, io_error};

/// Env var read as a last resort before prompting. Unsafe: visible to other processes of the user.
pub const PASSWORD_ENV: &str = "TAOCTL_PASSWORD";

/// Why a password is wanted; decides the prompt text and whether it is asked twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose<'a> {
    /// Unlock an existing key (asked once).
    Unlock(&'a str),
    /// Encrypt a new key (asked twice, strength-checked).
    New(&'a str),
}

/// Minimum length of a new password; short passwords make the KDF moot.
const MIN_NEW_LEN: usize = 8;

/// Env var for the *new* password of `change-password` / `convert --change-password`.
pub const NEW_PASSWORD_ENV: &str = "TAOCTL_NEW_PASSWORD";

/// Obtains a password, or a clear `auth` error saying how to give one.
pub fn obtain(ctx: &Ctx, purpose: Purpose<'_>) -> Result<Zeroizing<String>> {
    if let Some(path) = &ctx.password_file {
        return check_new(purpose, first_line(path)?);
    }
    if let Ok(p) = std::env::var(PASSWORD_ENV) {
        return check_new(purpose, Zeroizing::new(p));
    }
    prompt(ctx, purpose, "pass --password-file FILE (first line is the password)", PASSWORD_ENV)
}

/// Obtains a second, new password (changing a password): `file` (`--new-password-file`),
/// `TAOCTL_NEW_PASSWORD`, or a prompt asked twice. Strength-checked.
pub fn obtain_new(
    ctx: &Ctx,
    what: &str,
    file: Option<&std::path::Path>,
) -> Result<Zeroizing<String>> {
    let purpose = Purpose::New(what);
    if let Some(path) = file {
        return check_new(purpose, first_line(path)?);
    }
    if let Ok(p) = std::env::var(NEW_PASSWORD_ENV) {
        return check_new(purpose, Zeroizing::new(p));
    }
    prompt(
        ctx,
        purpose,
        "pass --new-password-file FILE (first line is the password)",
        NEW_PASSWORD_ENV,
    )
}

fn first_line(path: &std::path::Path) -> Result<Zeroizing<String>> {
    let text = Zeroizing::new(
        std::fs::read_to_string(path).map_err(|e| io_error("read password file", path, &e))?,
    );
    Ok(Zeroizing::new(text.lines().next().unwrap_or("").to_string()))
}

fn prompt(
    ctx: &Ctx,
    purpose: Purpose<'_>,
    file_hint: &str,
    env: &str,
) -> Result<Zeroizing<String>> {
    if !ctx.interactive || !std::io::stdin().is_terminal() {
        return Err(CliError::new(
            ErrorKind::Auth,
            "a password is needed but there is no terminal to ask on",
        )
        .with_hint(format!("{file_hint} or set {env} (unsafe: visible to other processes)")));
    }
    let (prompt, confirm) = match purpose {
        Purpose::Unlock(what) => (format!("Password for {what}"), false),
        Purpose::New(what) => (format!("New password for {what}"), true),
    };
    let mut p = dialoguer::Password::new().with_prompt(prompt);
    if confirm {
        p = p.with_confirmation("Repeat the password", "the passwords do not match").validate_with(
            |s: &String| -> Result<(), String> { strength(s).map_err(|e| e.message) },
        );
    }
    let pw = p
        .interact()
        .map_err(|e| CliError::new(ErrorKind::Aborted, format!("password prompt failed: {e}")))?;
    Ok(Zeroizing::new(pw))
}

fn check_new(purpose: Purpose<'_>, pw: Zeroizing<String>) -> Result<Zeroizing<String>> {
    if let Purpose::New(_) = purpose {
        strength(&pw)?;
    }
    Ok(pw)
}

/// The strength rule for new passwords: at least 8 characters, not all one character class.
pub fn strength(pw: &str) -> Result<()> {
    let classes = [
        pw.chars().any(|c| c.is_ascii_lowercase()),
        pw.chars().any(|c| c.is_ascii_uppercase()),
        pw.chars().any(|c| c.is_ascii_digit()),
        pw.chars().any(|c| !c.is_ascii_alphanumeric()),
    ];
    if pw.chars().count() < MIN_NEW_LEN || classes.iter().filter(|b| **b).count() < 2 {
        return Err(CliError::input("the new password is too weak").with_hint(
            "use at least 8 characters mixing two of: lower case, upper case, digits, symbols",
        ));
    }
    Ok(())
}
