//! The commit journal: every weights commit with its salt, so a later process (cron, after a
//! reboot) can reveal it. One JSON file per network at `<chain-dir>/../journal/<network>.json`
//! (with the default chain dir: `$XDG_DATA_HOME/taoctl/journal/<network>.json`), written
//! atomically with mode 0600 because salts are secret until revealed.
//!
//! Every change is a read-modify-write under an exclusive lock on a sibling `.lock` file, so a
//! cron reveal and an interactive commit never lose each other's entries.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::context::{Ctx, Network};
use crate::error::{CliError, ErrorKind, Result};

/// Journal format version.
const VERSION: u32 = 1;
/// Finished (revealed/expired/failed) entries kept as history; older ones are dropped.
const KEEP_FINISHED: usize = 200;

/// Where an entry stands, as last recorded here (`weights status` re-checks the chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recorded {
    /// Written just before `commit_weights` was submitted; confirmed once the chain has it.
    Submitting,
    /// On chain, waiting for its reveal window.
    Committed,
    /// Revealed (the weights are set).
    Revealed,
    /// The reveal window passed without a reveal.
    Expired,
}

impl Recorded {
    pub fn finished(self) -> bool {
        matches!(self, Recorded::Revealed | Recorded::Expired)
    }
}

/// One commit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub netuid: u16,
    /// The hotkey's SS58 address.
    pub hotkey: String,
    /// Wallet and hotkey names at commit time (informational; the address is authoritative).
    pub wallet: String,
    pub hotkey_name: String,
    pub uids: Vec<u16>,
    /// The normalised u16 weights, exactly as hashed and to be revealed.
    pub weights: Vec<u16>,
    pub salt: Vec<u16>,
    pub version_key: u64,
    /// 0x-hex BlakeTwo256 commit hash.
    pub commit_hash: String,
    pub commit_block: Option<u64>,
    pub commit_epoch: Option<u64>,
    /// Reveal window (first and last block a reveal may land in), as estimated at commit.
    pub reveal_from_block: Option<u64>,
    pub reveal_until_block: Option<u64>,
    pub status: Recorded,
    pub reveal_block: Option<u64>,
    /// Unix seconds when the entry was written.
    pub created_at: u64,
}

/// The file's content.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    pub version: u32,
    pub network: String,
    pub entries: Vec<Entry>,
}

/// The journal file of the context's network.
pub fn path(ctx: &Ctx) -> PathBuf {
    let base = ctx.chain_dir.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    base.join("journal").join(format!("{}.json", file_stem(&ctx.network)))
}

fn file_stem(n: &Network) -> String {
    match n {
        Network::Embedded => "embedded".into(),
        Network::Remote { name, url } if name == "custom" => {
            let host: String = url
                .split("://")
                .nth(1)
                .unwrap_or(url)
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '_' })
                .collect();
            format!("custom-{host}")
        }
        Network::Remote { name, .. } => name.clone(),
    }
}

fn storage(msg: String) -> CliError {
    CliError::new(ErrorKind::Storage, msg)
}

/// Reads the journal (empty if the file does not exist yet).
pub fn load(ctx: &Ctx) -> Result<Journal> {
    load_at(&path(ctx), ctx.network.name())
}

fn load_at(p: &Path, network: &str) -> Result<Journal> {
    let empty = || Journal { version: VERSION, network: network.to_string(), entries: vec![] };
    let text = match std::fs::read_to_string(p) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(empty()),
        Err(e) => {
            return Err(storage(format!("cannot read the commit journal `{}`: {e}", p.display())));
        }
    };
    let j: Journal = serde_json::from_str(&text).map_err(|e| {
        storage(format!("the commit journal `{}` is damaged: {e}", p.display())).with_hint(
            "restore it from a backup; without its salts the listed commits cannot be revealed",
        )
    })?;
    if j.version != VERSION {
        return Err(storage(format!(
            "the commit journal `{}` has version {} (this taoctl reads {VERSION})",
            p.display(),
            j.version
        ))
        .with_hint("use the taoctl version that wrote it"));
    }
    Ok(j)
}

/// Applies `f` to the freshest journal under an exclusive lock and writes it back atomically.
pub fn update<T>(ctx: &Ctx, f: impl FnOnce(&mut Journal) -> T) -> Result<T> {
    let p = path(ctx);
    let dir = p.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    keystore::atomic::create_private_dir(&dir).map_err(|e| storage(e.to_string()))?;
    let lock_path = p.with_extension("lock");
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| storage(format!("cannot open `{}`: {e}", lock_path.display())))?;
    lock.lock().map_err(|e| storage(format!("cannot lock `{}`: {e}", lock_path.display())))?;
    let mut j = load_at(&p, ctx.network.name())?;
    let out = f(&mut j);
    prune(&mut j);
    let mut text = serde_json::to_string_pretty(&j)
        .map_err(|e| CliError::internal(format!("cannot encode the journal: {e}")))?;
    text.push('\n');
    keystore::atomic::write_atomic(&p, text.as_bytes(), true)
        .map_err(|e| storage(format!("cannot write the commit journal `{}`: {e}", p.display())))?;
    drop(lock);
    Ok(out)
}

/// Keeps every open entry and the newest [`KEEP_FINISHED`] finished ones.
fn prune(j: &mut Journal) {
    let finished = j.entries.iter().filter(|e| e.status.finished()).count();
    let mut drop = finished.saturating_sub(KEEP_FINISHED);
    j.entries.retain(|e| {
        if drop > 0 && e.status.finished() {
            drop -= 1;
            false
        } else {
            true
        }
    });
}

/// Unix seconds now.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
