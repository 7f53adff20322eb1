//! Default locations: XDG data/config dirs and the btcli wallets root.

use std::path::PathBuf;

fn home() -> PathBuf {
    std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."))
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => home().join(fallback),
    }
}

/// `$XDG_DATA_HOME/taoctl/chain`: the embedded chain.
pub fn default_chain_dir() -> PathBuf {
    xdg("XDG_DATA_HOME", ".local/share").join("taoctl").join("chain")
}

/// `$XDG_CONFIG_HOME/taoctl/config.toml`.
pub fn default_config_file() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config").join("taoctl").join("config.toml")
}

/// `$BT_WALLET_PATH` (honoured for btcli users) or `~/.bittensor/wallets`.
pub fn default_wallet_path() -> PathBuf {
    match std::env::var_os("BT_WALLET_PATH") {
        Some(v) if !v.is_empty() => expand_tilde(&PathBuf::from(v)),
        _ => home().join(".bittensor").join("wallets"),
    }
}

/// Expands a leading `~/` as shells do; config files and BT_WALLET_PATH often contain one.
pub fn expand_tilde(p: &std::path::Path) -> PathBuf {
    match p.to_str().and_then(|s| s.strip_prefix("~/")) {
        Some(rest) => home().join(rest),
        None => p.to_path_buf(),
    }
}
