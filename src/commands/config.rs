//! `taoctl config get|set|unset|path`.

use serde::Serialize;

use crate::cli::config::ConfigCommand;
use crate::config::{Config, KEYS};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{self, Human, Report};

pub fn verb(c: &ConfigCommand) -> &'static str {
    match c {
        ConfigCommand::Get { .. } => "get",
        ConfigCommand::Set { .. } => "set",
        ConfigCommand::Unset { .. } => "unset",
        ConfigCommand::Path => "path",
    }
}

/// Config values (unset keys are null) and the file they came from.
#[derive(Serialize)]
pub struct ConfigReport {
    pub path: String,
    pub values: serde_json::Map<String, serde_json::Value>,
    /// `set`/`unset` only: true with `--dry-run` (the values shown were not written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dry_run: Option<bool>,
}

impl Report for ConfigReport {
    fn human(&self) -> Human {
        if self.values.is_empty() {
            return Human::new().text(&self.path);
        }
        let h = match self.dry_run {
            Some(true) => Human::new().note("dry run: the config file was not written"),
            _ => Human::new(),
        };
        h.fields(self.values.iter().map(|(k, v)| {
            (k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| "(unset)".into()))
        }))
    }
}

pub fn run(ctx: &Ctx, cmd: ConfigCommand, name: &str) -> Result<()> {
    let path = &ctx.config_path;
    let mut cfg = Config::load(path)?;
    let mut dry_run = None;
    let keys: Vec<&str> = match &cmd {
        ConfigCommand::Get { key: Some(k) } => vec![k.as_str()],
        ConfigCommand::Get { key: None } => KEYS.to_vec(),
        ConfigCommand::Set { key, value, dry_run: dry } => {
            cfg.set(key, value)?;
            if !dry {
                cfg.save(path)?;
            }
            dry_run = Some(*dry);
            vec![key.as_str()]
        }
        ConfigCommand::Unset { key, dry_run: dry } => {
            cfg.unset(key)?;
            if !dry {
                cfg.save(path)?;
            }
            dry_run = Some(*dry);
            vec![key.as_str()]
        }
        ConfigCommand::Path => vec![],
    };
    let mut values = serde_json::Map::new();
    for k in keys {
        values.insert(k.to_string(), cfg.get(k)?.map_or(serde_json::Value::Null, Into::into));
    }
    let report = ConfigReport { path: path.display().to_string(), values, dry_run };
    output::emit(ctx.mode, name, &report)
}
