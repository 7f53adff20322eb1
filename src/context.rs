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

/// A ws:// / wss:// URL must name a host and, if it has one, a numeric port: a typo there is
/// bad input (exit 3), not an unreachable node.
fn check_node_url(url: &str) -> Result<()> {
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    // `[::1]:9944`: the port follows the closing bracket of an IPv6 host.
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((h, p)) => (h, p.strip_prefix(':')),
            None => ("", None),
        },
        None => match host_port.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        },
    };
    let bad = |why: &str| {
        Err(CliError::input(format!("--network `{url}` is not a usable node URL: {why}"))
            .with_hint("write it as ws://HOST:PORT or wss://HOST[:PORT], e.g. ws://127.0.0.1:9944"))
    };
    if host.is_empty() {
        return bad("it names no host");
    }
    if let Some(p) = port
        && p.parse::<u16>().is_err()
    {
        return bad(&format!("the port `{p}` is not a number from 0 to 65535"));
    }
    Ok(())
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
            url if url.starts_with("ws://") || url.starts_with("wss://") => {
                check_node_url(url)?;
                remote("custom", url)
            }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn node_urls_need_a_host_and_a_numeric_port() {
        for ok in
            ["ws://127.0.0.1:9944", "wss://node.example", "wss://a.b:443/path", "ws://[::1]:9944"]
        {
            assert!(Network::parse(ok).is_ok(), "{ok}");
        }
        for (bad, says) in [
            ("ws://", "no host"),
            ("ws://:9944", "no host"),
            ("ws://127.0.0.1:99999", "`99999`"),
            ("wss://node.example:port", "`port`"),
            ("ws://[::1", "no host"),
        ] {
            let e = Network::parse(bad).expect_err(bad);
            assert_eq!(e.kind, ErrorKind::Input, "{bad}");
            assert!(e.message.contains(bad) && e.message.contains(says), "{bad}: {}", e.message);
            assert!(e.hint.is_some(), "{bad}");
        }
    }
}
