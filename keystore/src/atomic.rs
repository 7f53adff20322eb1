//! Crash-safe file writes: temp file in the destination directory (0600), write, fsync, rename
//! (or link, to refuse clobbering atomically), fsync the directory. A crash at any point leaves
//! either the old file or the new one, never a partial key. Directories are created 0700.

use std::cell::Cell;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::error::{KeystoreError, Result};
use crate::random;

/// The steps of an atomic write, in order (used by the fault-injection hook).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WriteStep {
    /// Create the temp file next to the target.
    CreateTemp,
    /// Write the data into the temp file.
    Write,
    /// fsync the temp file.
    SyncFile,
    /// Rename (or link) the temp file over / onto the target.
    Rename,
    /// fsync the directory so the rename survives a power cut.
    SyncDir,
}

impl WriteStep {
    /// All steps in order.
    pub const ALL: [WriteStep; 5] = [
        WriteStep::CreateTemp,
        WriteStep::Write,
        WriteStep::SyncFile,
        WriteStep::Rename,
        WriteStep::SyncDir,
    ];
}

/// Test-only fault injection. Thread-local, so parallel tests do not disturb each other, and
/// inert unless a test sets it. Not part of the supported API.
#[doc(hidden)]
pub mod fault {
    use super::*;

    /// How an injected fault behaves.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Mode {
        /// The step fails with an I/O error and the writer cleans up as it would for real.
        Error,
        /// The process "dies" just before the step: no cleanup at all.
        Crash,
    }

    thread_local! {
        pub(super) static FAIL_AT: Cell<Option<(WriteStep, Mode)>> = const { Cell::new(None) };
    }

    /// Make the next atomic writes on this thread fail at `step` (None = no fault).
    pub fn fail_at(step: Option<(WriteStep, Mode)>) {
        FAIL_AT.with(|f| f.set(step));
    }
}

/// Err if a fault is injected at `step`; `Crash` is reported as `Err(true)` so no cleanup runs.
fn injected(step: WriteStep) -> std::result::Result<(), (bool, io::Error)> {
    match fault::FAIL_AT.with(Cell::get) {
        Some((s, mode)) if s == step => Err((
            mode == fault::Mode::Crash,
            io::Error::other(format!("injected fault at {step:?}")),
        )),
        _ => Ok(()),
    }
}

/// Create `dir` and missing parents with mode 0700.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        b.mode(0o700);
    }
    b.create(dir).map_err(|e| KeystoreError::io("create directory", dir, e))
}

fn temp_path(target: &Path) -> Result<PathBuf> {
    let name = target.file_name().and_then(|n| n.to_str()).unwrap_or("key");
    let tag: [u8; 6] = random::array()?;
    // A leading dot keeps the temp file out of wallet listings if a crash leaves it behind.
    Ok(target.with_file_name(format!(".{name}.tmp-{}", hex::encode(tag))))
}

fn open_temp(path: &Path) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        o.mode(0o600);
    }
    o.open(path)
}

/// Atomically write `data` to `path` (creating its directory 0700). With `overwrite` false the
/// final step fails with [`KeystoreError::Exists`] if the target appeared meanwhile.
pub fn write_atomic(path: &Path, data: &[u8], overwrite: bool) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    if !overwrite && path.exists() {
        return Err(KeystoreError::Exists { path: path.to_owned() });
    }
    let tmp = temp_path(path)?;
    match write_steps(path, &tmp, &dir, data, overwrite) {
        Ok(()) => Ok(()),
        Err((crashed, err)) => {
            if !crashed {
                // Best effort: the temp file may not exist, or the rename already consumed it.
                let _ = fs::remove_file(&tmp);
            }
            Err(err)
        }
    }
}

fn write_steps(
    path: &Path,
    tmp: &Path,
    dir: &Path,
    data: &[u8],
    overwrite: bool,
) -> std::result::Result<(), (bool, KeystoreError)> {
    let io_err = |op: &'static str, p: &Path| {
        let p = p.to_owned();
        move |(crash, e): (bool, io::Error)| (crash, KeystoreError::io(op, p, e))
    };
    let plain = |r: io::Result<()>| r.map_err(|e| (false, e));

    injected(WriteStep::CreateTemp).map_err(io_err("create temporary file", tmp))?;
    let mut file =
        open_temp(tmp).map_err(|e| (false, e)).map_err(io_err("create temporary file", tmp))?;

    injected(WriteStep::Write).map_err(io_err("write", tmp))?;
    plain(file.write_all(data)).map_err(io_err("write", tmp))?;

    injected(WriteStep::SyncFile).map_err(io_err("sync", tmp))?;
    plain(file.sync_all()).map_err(io_err("sync", tmp))?;
    drop(file);

    injected(WriteStep::Rename).map_err(io_err("replace", path))?;
    if overwrite {
        plain(fs::rename(tmp, path)).map_err(io_err("replace", path))?;
    } else {
        // link() refuses an existing target atomically, unlike a check followed by rename().
        match fs::hard_link(tmp, path) {
            Ok(()) => {
                let _ = fs::remove_file(tmp);
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err((false, KeystoreError::Exists { path: path.to_owned() }));
            }
            // File systems without hard links: fall back to check-then-rename.
            Err(_) => {
                if path.exists() {
                    return Err((false, KeystoreError::Exists { path: path.to_owned() }));
                }
                plain(fs::rename(tmp, path)).map_err(io_err("create", path))?;
            }
        }
    }

    injected(WriteStep::SyncDir).map_err(io_err("sync directory", dir))?;
    plain(File::open(dir).and_then(|d| d.sync_all())).map_err(io_err("sync directory", dir))?;
    Ok(())
}
