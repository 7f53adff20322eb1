//! The resolved run context: global flags merged with environment and config, then typed.

use std::io::IsTerminal;
use std::path::PathBuf;

use crate::cli::GlobalArgs;
use crate::config::Config;
use crate::error::{CliError, Result};
use crate::output::OutputMode;
use crate::paths;

/// Which chain the command talks to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Network {
    /// The in-process chain stored in `chain_dir`.
    Embedded,
    /// A subtensor node: a preset name (or "custom") and its URL.
    Remote { name: String, url: String },
}

impl Network {
    /// Parses `embedded`, a preset name, or a ws:// / wss:// URL.
    pub fn parse(s: &str) -> Result<Network> {
        let remote = |name: &str, url: &str| {
            Ok(Network::Remote { name: name.to_string(), url: url.to_string() })
        };
        match s {
            "embedded" => Ok(Network::Embedded),
            "finney" => remote("finney", "wss://entrypoint-finney.opentensor.ai:443"),
            "test" => remote("test", "wss://test.finney.opentensor.ai:443"),
            "local" => remote("local", "ws://127.0.0.1:9944"),
            "archive" => remote("archive", "wss://archive.chain.opentensor.ai:443"),
            url if url.starts_with("ws://") || url.starts_with("wss://") => remote("custom", url),
            other => Err(CliError::input(format!("unknown network `{other}`"))
                .with_hint("use embedded, finney, test, local, archive, or a ws:// / wss:// URL")),
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Network::Embedded => "embedded",
            Network::Remote { name, .. } => name,
        }
    }
}

/// Everything a command needs to know about how it was invoked.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub network: Network,
    pub chain_dir: PathBuf,
    pub wallet_path: PathBuf,
    pub wallet: String,
    pub hotkey: String,
    pub yes: bool,
    pub mode: OutputMode,
    pub config_path: PathBuf,
    pub password_file: Option<PathBuf>,
    /// Whether a person is at the keyboard: prompts are only ever shown when true.
    pub interactive: bool,
    /// `--wait finalized`: writes on a node wait for finality, not only inclusion.
    pub wait_finalized: bool,
}

impl Ctx {
    /// Merges flags (with their env vars, already applied by clap) over the config file.
    pub fn resolve(g: &GlobalArgs) -> Result<Ctx> {
        let config_path = g
            .config
            .clone()
            .map(|p| paths::expand_tilde(&p))
            .unwrap_or_else(paths::default_config_file);
        let cfg = Config::load(&config_path)?;
        let network =
            Network::parse(g.network.as_deref().or(cfg.network.as_deref()).unwrap_or("embedded"))?;
        let pick_path = |flag: &Option<PathBuf>,
                         conf: &Option<PathBuf>,
                         default: fn() -> PathBuf| {
            flag.as_ref().or(conf.as_ref()).map(|p| paths::expand_tilde(p)).unwrap_or_else(default)
        };
        let no_color = g.no_color
            || cfg.no_color.unwrap_or(false)
            || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Ok(Ctx {
            network,
            chain_dir: pick_path(&g.chain_dir, &cfg.chain_dir, paths::default_chain_dir),
            wallet_path: pick_path(&g.wallet_path, &cfg.wallet_path, paths::default_wallet_path),
            wallet: g.wallet.clone().or(cfg.wallet).unwrap_or_else(|| "default".into()),
            hotkey: g.hotkey.clone().or(cfg.hotkey).unwrap_or_else(|| "default".into()),
            yes: g.yes,
            mode: OutputMode { json: g.json, quiet: g.quiet, color: !no_color, silent: false },
            config_path,
            password_file: g.password_file.clone(),
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
            wait_finalized: g.wait == Some(crate::cli::Wait::Finalized),
        })
    }

    /// Prose for people on stderr (silenced by --quiet).
    pub fn note(&self, msg: &str) {
        crate::output::note(self.mode, msg);
    }
}
