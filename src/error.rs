//! The binary's error type and its stable classification into exit codes.
//!
//! Library crates return their own typed errors; commands convert them here, adding the hint a
//! user needs. `main` renders a `CliError` once (text on stderr, or the JSON error envelope).

use std::fmt;

/// What kind of failure this was; each kind has a stable exit code and a stable JSON `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or an unexpected I/O failure.
    Internal,
    /// Malformed or inconsistent input: an address, an amount, a file, an unknown name.
    Input,
    /// The chain rejected the transaction (insufficient balance, rate limit, slippage...).
    Chain,
    /// A node could not be reached or answered badly.
    Network,
    /// Wrong password, or no way to get one.
    Auth,
    /// Refused to overwrite or destroy something without an explicit flag.
    Conflict,
    /// Stored data is corrupt or unreadable.
    Storage,
    /// The user declined a confirmation.
    Aborted,
}

impl ErrorKind {
    /// The documented process exit code (README "Exit codes"). 2 is clap's usage error.
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Input => 3,
            ErrorKind::Chain => 4,
            ErrorKind::Network => 5,
            ErrorKind::Auth => 6,
            ErrorKind::Conflict => 7,
            ErrorKind::Storage => 8,
            ErrorKind::Aborted => 9,
        }
    }

    /// The JSON `error.code` string.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::Internal => "internal",
            ErrorKind::Input => "input",
            ErrorKind::Chain => "chain",
            ErrorKind::Network => "network",
            ErrorKind::Auth => "auth",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Storage => "storage",
            ErrorKind::Aborted => "aborted",
        }
    }
}

/// An error as the user sees it: what failed (naming the value), and how to fix it.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The chain's own error name (e.g. `NotEnoughBalanceToStake`), when the chain rejected a call.
    pub chain_error: Option<String>,
}

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError { kind, message: message.into(), hint: None, chain_error: None }
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Input, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn with_chain_error(mut self, name: impl Into<String>) -> Self {
        self.chain_error = Some(name.into());
        self
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// Reading or writing a file the user named: an input problem when it is missing, else I/O.
pub fn io_error(what: &str, path: &std::path::Path, err: &std::io::Error) -> CliError {
    let kind = match err.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::PermissionDenied => ErrorKind::Input,
        _ => ErrorKind::Internal,
    };
    CliError::new(kind, format!("cannot {what} `{}`: {err}", path.display()))
}

pub type Result<T, E = CliError> = std::result::Result<T, E>;
