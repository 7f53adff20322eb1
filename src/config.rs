//! taoctl's configuration file (TOML): loading, validation and atomic saving.
//!
//! Precedence, highest first: command-line flag, environment variable, this file, built-in default.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{CliError, ErrorKind, Result, io_error};

/// Every key the config file may hold. Unknown keys are rejected so a typo is not silently ignored.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chain_dir: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wallet_path: Option<PathBuf>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wallet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hotkey: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no_color: Option<bool>,
}

/// The keys `config get/set/unset` accept, in display order.
pub const KEYS: &[&str] = &["network", "chain_dir", "wallet_path", "wallet", "hotkey", "no_color"];

impl Config {
    /// Loads the file; a missing file is an empty config, a malformed one is an error naming it.
    pub fn load(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(io_error("read config file", path, &e)),
        };
        toml::from_str(&text).map_err(|e| {
            CliError::new(ErrorKind::Input, format!("config file `{}` is invalid: {e}", path.display()))
                .with_hint(format!(
                    "fix or remove the file; valid keys: {}; `taoctl config path` shows which file is used",
                    KEYS.join(", ")
                ))
        })
    }

    /// Writes the file atomically, creating its directory.
    pub fn save(&self, path: &Path) -> Result<()> {
        let text = toml::to_string(self)
            .map_err(|e| CliError::internal(format!("cannot encode config: {e}")))?;
        // Same atomic write as key files: temp file, fsync, rename, fsync the directory.
        keystore::atomic::write_atomic(path, text.as_bytes(), true).map_err(|e| {
            CliError::new(ErrorKind::Internal, format!("cannot write config file: {e}"))
        })
    }

    /// The value of one key as text, or None when unset.
    pub fn get(&self, key: &str) -> Result<Option<String>> {
        let p = |p: &Option<PathBuf>| p.as_ref().map(|p| p.display().to_string());
        Ok(match check_key(key)? {
            "network" => self.network.clone(),
            "chain_dir" => p(&self.chain_dir),
            "wallet_path" => p(&self.wallet_path),
            "wallet" => self.wallet.clone(),
            "hotkey" => self.hotkey.clone(),
            _ => self.no_color.map(|b| b.to_string()),
        })
    }

    /// Sets one key, validating the value.
    pub fn set(&mut self, key: &str, value: &str) -> Result<()> {
        match check_key(key)? {
            "network" => {
                crate::context::Network::parse(value)?;
                self.network = Some(value.to_string());
            }
            "chain_dir" => self.chain_dir = Some(PathBuf::from(value)),
            "wallet_path" => self.wallet_path = Some(PathBuf::from(value)),
            "wallet" => self.wallet = Some(value.to_string()),
            "hotkey" => self.hotkey = Some(value.to_string()),
            _ => {
                self.no_color = Some(value.parse().map_err(|_| {
                    CliError::input(format!("`{value}` is not a valid value for no_color"))
                        .with_hint("use `true` or `false`")
                })?)
            }
        }
        Ok(())
    }

    /// Removes one key.
    pub fn unset(&mut self, key: &str) -> Result<()> {
        match check_key(key)? {
            "network" => self.network = None,
            "chain_dir" => self.chain_dir = None,
            "wallet_path" => self.wallet_path = None,
            "wallet" => self.wallet = None,
            "hotkey" => self.hotkey = None,
            _ => self.no_color = None,
        }
        Ok(())
    }
}

fn check_key(key: &str) -> Result<&'static str> {
    KEYS.iter().copied().find(|k| *k == key).ok_or_else(|| {
        CliError::input(format!("unknown config key `{key}`"))
            .with_hint(format!("valid keys: {}", KEYS.join(", ")))
    })
}
