//! Durable storage: SQLite (WAL, `synchronous=FULL`) holding state as key→value rows, block
//! headers and events, plus the layered in-memory overlay (`Ext`) that a block executes against.
//!
//! Reads are lazy: `Ext::get` looks in the transaction layers, then the block overlay, then a
//! read cache, then SQLite. Nothing loads the whole state. A block's writes are committed in one
//! SQLite transaction together with its header and events (`Chain::advance` puts several empty
//! blocks in one transaction), so a crash leaves the last committed
//! block. Writers take `BEGIN IMMEDIATE` (with a busy timeout) so concurrent writer processes
//! serialize; readers see the last committed block (WAL snapshot isolation).

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::codec::{self, Key};
use crate::error::{ChainError, DispatchError, DispatchResult};
use crate::event::{Event, EventRecord};

/// A write set: key → Some(value) or None (deleted). BTreeMap so commits are deterministic.
pub type Changes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS state (k BLOB PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blocks (number INTEGER PRIMARY KEY, hash BLOB NOT NULL,
    header TEXT NOT NULL, extrinsics TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (block INTEGER NOT NULL, idx INTEGER NOT NULL,
    extrinsic INTEGER, name TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (block, idx))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_by_name ON events (name, block);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
";

/// Cache entries before the cache is dropped (bounds memory for long-running processes).
const CACHE_LIMIT: usize = 200_000;

fn db_err(e: rusqlite::Error) -> DispatchError {
    DispatchError::Storage(e.to_string())
}

/// The SQLite database of one chain directory plus a read cache.
pub struct Store {
    conn: Connection,
    cache: RefCell<HashMap<Vec<u8>, Option<Vec<u8>>>>,
    /// (number, hash) of the head the cache is valid for.
    cached_head: Cell<Option<(u64, [u8; 32])>>,
}

impl Store {
    /// Opens (creating tables if needed) `dir/chain.sqlite`.
    pub fn open(dir: &Path) -> Result<Store, ChainError> {
        std::fs::create_dir_all(dir)?;
        let conn = Connection::open(dir.join("chain.sqlite"))?;
        // A generous timeout: writers queue behind each other instead of failing (SQLITE_BUSY).
        conn.busy_timeout(Duration::from_secs(60))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn, cache: RefCell::new(HashMap::new()), cached_head: Cell::new(None) })
    }

    /// The raw connection (for header/event queries).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Starts a write transaction (waits for other writers) and refreshes the cache.
    pub fn begin_write(&self) -> Result<(), ChainError> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        if let Err(e) = self.refresh() {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        Ok(())
    }

    /// Starts a read transaction (a consistent snapshot) and refreshes the cache.
    pub fn begin_read(&self) -> Result<(), ChainError> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        if let Err(e) = self.refresh() {
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(e);
        }
        Ok(())
    }

    /// Commits the open transaction.
    pub fn commit(&self) -> Result<(), ChainError> {
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    /// Rolls back the open transaction, if any.
    pub fn rollback(&self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// The committed head (number, hash), if any block exists.
    pub fn head_row(&self) -> Result<Option<(u64, [u8; 32])>, ChainError> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .query_row("SELECT number, hash FROM blocks ORDER BY number DESC LIMIT 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?;
        match row {
            None => Ok(None),
            Some((n, h)) => {
                let mut raw = [0u8; 32];
                if h.len() != 32 {
                    return Err(ChainError::Corrupt(format!(
                        "block {n} hash has {} bytes",
                        h.len()
                    )));
                }
                raw.copy_from_slice(&h);
                Ok(Some((n as u64, raw)))
            }
        }
    }

    /// Drops the cache if another process committed a block since we last looked.
    fn refresh(&self) -> Result<(), ChainError> {
        let head = self.head_row()?;
        if head != self.cached_head.get() {
            self.cache.borrow_mut().clear();
            self.cached_head.set(head);
        }
        Ok(())
    }

    /// Raw committed value (cache, then SQLite).
    pub fn get_raw(&self, key: &[u8]) -> DispatchResult<Option<Vec<u8>>> {
        if let Some(v) = self.cache.borrow().get(key) {
            return Ok(v.clone());
        }
        let v: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT v FROM state WHERE k = ?1")
            .map_err(db_err)?
            .query_row(params![key], |r| r.get(0))
            .optional()
            .map_err(db_err)?;
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(key.to_vec(), v.clone());
        Ok(v)
    }

    /// Runs `f` on the committed value (cache, then SQLite) without copying it out of the cache.
    pub fn get_with<R>(&self, key: &[u8], f: impl FnOnce(Option<&[u8]>) -> R) -> DispatchResult<R> {
        if let Some(v) = self.cache.borrow().get(key) {
            return Ok(f(v.as_deref()));
        }
        let v = self.get_raw(key)?;
        Ok(f(v.as_deref()))
    }

    /// All committed rows whose key starts with `prefix`, in key order.
    pub fn scan_prefix(&self, prefix: &[u8]) -> DispatchResult<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut out = Vec::new();
        match prefix_end(prefix) {
            Some(end) => {
                let mut stmt = self
                    .conn
                    .prepare_cached("SELECT k, v FROM state WHERE k >= ?1 AND k < ?2 ORDER BY k")
                    .map_err(db_err)?;
                let rows = stmt
                    .query_map(params![prefix, end], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(db_err)?;
                for row in rows {
                    out.push(row.map_err(db_err)?);
                }
            }
            None => {
                let mut stmt = self
                    .conn
                    .prepare_cached("SELECT k, v FROM state WHERE k >= ?1 ORDER BY k")
                    .map_err(db_err)?;
                let rows = stmt
                    .query_map(params![prefix], |r| Ok((r.get(0)?, r.get(1)?)))
                    .map_err(db_err)?;
                for row in rows {
                    out.push(row.map_err(db_err)?);
                }
            }
        }
        Ok(out)
    }

    /// Writes a block's state changes (inside the open write transaction).
    pub fn write_changes(&self, changes: &Changes) -> Result<(), ChainError> {
        let mut put =
            self.conn.prepare_cached("INSERT OR REPLACE INTO state (k, v) VALUES (?1, ?2)")?;
        let mut del = self.conn.prepare_cached("DELETE FROM state WHERE k = ?1")?;
        for (k, v) in changes {
            match v {
                Some(v) => put.execute(params![k, v])?,
                None => del.execute(params![k])?,
            };
        }
        Ok(())
    }

    /// Drops the writes that would not change the committed value (a block hook that rewrites
    /// a row with the same bytes): they are neither written to SQLite nor part of the block's
    /// write set. The committed value comes from the read cache (the writer read it first) or
    /// SQLite.
    pub fn drop_unchanged(&self, changes: &mut Changes) -> Result<(), ChainError> {
        let mut same = Vec::new();
        for (k, v) in changes.iter() {
            if self.get_with(k, |c| c == v.as_deref())? {
                same.push(k.clone());
            }
        }
        for k in same {
            changes.remove(&k);
        }
        Ok(())
    }

    /// After a successful commit: fold the changes into the cache and remember the new head.
    pub fn committed(&self, changes: Changes, head: (u64, [u8; 32])) {
        let mut cache = self.cache.borrow_mut();
        if cache.len() + changes.len() >= CACHE_LIMIT {
            cache.clear();
        }
        cache.extend(changes);
        self.cached_head.set(Some(head));
    }

    /// Forgets everything cached (after `reset`).
    pub fn clear_cache(&self) {
        self.cache.borrow_mut().clear();
        self.cached_head.set(None);
    }
}

/// Smallest byte string greater than every string with this prefix, if any.
fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

/// The execution context of one block: layered overlay over the committed state, the block
/// number being built, and the events emitted so far.
pub struct Ext<'s> {
    store: &'s Store,
    /// layers[0] is the block overlay; each `transactional` call pushes one more.
    layers: Vec<Changes>,
    events: Vec<EventRecord>,
    /// The number of the block being built (or the head, for read-only views).
    pub now: u64,
    /// Index of the extrinsic being applied (None during on_initialize / genesis).
    pub phase: Option<u32>,
}

impl<'s> Ext<'s> {
    /// A context over `store` for block `now`.
    pub fn new(store: &'s Store, now: u64) -> Ext<'s> {
        Ext { store, layers: vec![Changes::new()], events: Vec::new(), now, phase: None }
    }

    /// Raw value, newest layer first.
    pub fn get_raw(&self, key: &[u8]) -> DispatchResult<Option<Vec<u8>>> {
        for layer in self.layers.iter().rev() {
            if let Some(v) = layer.get(key) {
                return Ok(v.clone());
            }
        }
        self.store.get_raw(key)
    }

    /// Typed value.
    pub fn get<T: DeserializeOwned>(&self, key: &Key) -> DispatchResult<Option<T>> {
        match self.get_raw(key.bytes())? {
            Some(b) => codec::decode(&b).map(Some),
            None => Ok(None),
        }
    }

    /// Typed value or a default (`ValueQuery`).
    pub fn get_or<T: DeserializeOwned>(&self, key: &Key, default: T) -> DispatchResult<T> {
        Ok(self.get(key)?.unwrap_or(default))
    }

    /// Whether a value exists.
    pub fn exists(&self, key: &Key) -> DispatchResult<bool> {
        Ok(self.get_raw(key.bytes())?.is_some())
    }

    /// Writes a value.
    pub fn put<T: Serialize>(&mut self, key: &Key, v: &T) {
        self.top().insert(key.bytes().to_vec(), Some(codec::encode(v)));
    }

    /// Deletes a value.
    pub fn remove(&mut self, key: &Key) {
        self.top().insert(key.bytes().to_vec(), None);
    }

    fn top(&mut self) -> &mut Changes {
        // `layers` always holds at least the block overlay.
        let last = self.layers.len() - 1;
        &mut self.layers[last]
    }

    /// All (key, value) under a prefix, merged over every layer, in key order.
    pub fn scan_raw(&self, prefix: &Key) -> DispatchResult<Vec<(Vec<u8>, Vec<u8>)>> {
        let p = prefix.bytes();
        let mut merged: BTreeMap<Vec<u8>, Option<Vec<u8>>> =
            self.store.scan_prefix(p)?.into_iter().map(|(k, v)| (k, Some(v))).collect();
        for layer in &self.layers {
            for (k, v) in layer.range(p.to_vec()..) {
                if !k.starts_with(p) {
                    break;
                }
                merged.insert(k.clone(), v.clone());
            }
        }
        Ok(merged.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect())
    }

    /// Deletes every key under a prefix (all layers and committed rows); returns how many.
    pub fn remove_prefix(&mut self, prefix: &Key) -> DispatchResult<usize> {
        let keys: Vec<Vec<u8>> = self.scan_raw(prefix)?.into_iter().map(|(k, _)| k).collect();
        let n = keys.len();
        let top = self.top();
        for k in keys {
            top.insert(k, None);
        }
        Ok(n)
    }

    /// Typed prefix scan: (key suffix after the prefix, value).
    pub fn scan<T: DeserializeOwned>(&self, prefix: &Key) -> DispatchResult<Vec<(Vec<u8>, T)>> {
        let plen = prefix.bytes().len();
        self.scan_raw(prefix)?
            .into_iter()
            .map(|(k, v)| Ok((k[plen..].to_vec(), codec::decode(&v)?)))
            .collect()
    }

    /// Runs `f` in a nested layer: its writes and events are kept only if it returns Ok.
    pub fn transactional<R>(
        &mut self,
        f: impl FnOnce(&mut Ext<'s>) -> DispatchResult<R>,
    ) -> DispatchResult<R> {
        self.layers.push(Changes::new());
        let events_before = self.events.len();
        let result = f(self);
        let layer = self.layers.pop().unwrap_or_default();
        match result {
            Ok(r) => {
                self.top().extend(layer);
                Ok(r)
            }
            Err(e) => {
                self.events.truncate(events_before);
                Err(e)
            }
        }
    }

    /// Emits an event in the current phase.
    pub fn deposit_event(&mut self, event: Event) {
        self.events.push(EventRecord { extrinsic: self.phase, event });
    }

    /// Events emitted so far in this block.
    pub fn events(&self) -> &[EventRecord] {
        &self.events
    }

    /// Consumes the context: the block's write set and events.
    pub fn finish(mut self) -> (Changes, Vec<EventRecord>) {
        while self.layers.len() > 1 {
            let top = self.layers.pop().unwrap_or_default();
            self.top().extend(top);
        }
        let changes = self.layers.pop().unwrap_or_default();
        (changes, self.events)
    }

    /// The store under this context.
    pub fn store(&self) -> &'s Store {
        self.store
    }
}
