//! Durable storage: SQLite (WAL, `synchronous=FULL`) holding state as key→value rows, block
//! headers and events, plus the layered in-memory overlay (`Ext`) that a block executes against.
//!
//! Reads are lazy: `Ext::get` looks in the transaction layers, then the block overlay, then a
//! read cache, then SQLite. Nothing loads the whole state. A block's writes are committed in one
//! SQLite transaction together with its header and events (`Chain::advance` puts several empty
//! blocks in one transaction, staging their rows and writing each once at the batch's commit),
//! so a crash leaves the last committed block. Writers take `BEGIN IMMEDIATE` (with a busy timeout) so concurrent writer processes
//! serialize; readers see the last committed block (WAL snapshot isolation).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::codec::{self, Key};
use crate::error::{ChainError, DispatchError, DispatchResult};
use crate::event::{Event, EventRecord};
use crate::types::Hash;

/// A write set: key → Some(value) or None (deleted). BTreeMap so commits are deterministic.
pub type Changes = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// A typed view of rows ([`Ext::view`]), type-erased to be kept beside its rows.
type SharedView = Arc<dyn Any + Send + Sync>;

/// Rows of a prefix scan, in key order (shared between the scan cache and its readers).
pub type Rows = Arc<[(Vec<u8>, Vec<u8>)]>;

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
const CACHE_LIMIT: usize = 1_000_000;

fn db_err(e: rusqlite::Error) -> DispatchError {
    DispatchError::Storage(e.to_string())
}

/// FxHash-style hasher for the read cache: the keys are our own storage keys (not untrusted
/// input), and SipHash over every key of every read was a visible share of a simulated day.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl KeyHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        // murmur3's fmix64: the multiply-rotate rounds leave the low bits (the bucket index)
        // blind to differences in the high bytes of a word (a big-endian netuid, say).
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

type KeyMap<V> = HashMap<Vec<u8>, V, BuildHasherDefault<KeyHasher>>;

/// One overlay layer of an [`Ext`]: key → Some(value) or None (deleted), unordered, plus a
/// hash of each storage item it writes, so "does this layer touch that prefix?" is answered
/// without walking its rows in the common case that it does not.
#[derive(Default)]
struct Layer {
    rows: KeyMap<Option<Vec<u8>>>,
    items: Vec<u64>,
}

fn item_hash(item: &[u8]) -> u64 {
    let mut h = KeyHasher::default();
    h.write(item);
    h.finish()
}

impl Layer {
    fn insert(&mut self, k: Vec<u8>, v: Option<Vec<u8>>) {
        let h = item_hash(item_of(&k));
        if !self.items.contains(&h) {
            self.items.push(h);
        }
        self.rows.insert(k, v);
    }

    /// Whether a row under `prefix` (whose item hashes to `item`) was written in this layer.
    fn touches(&self, prefix: &[u8], item: u64) -> bool {
        self.items.contains(&item) && self.rows.keys().any(|k| k.starts_with(prefix))
    }

    /// Folds a newer layer into this one (its writes win).
    fn absorb(&mut self, newer: Layer) {
        for (k, v) in newer.rows {
            self.insert(k, v);
        }
    }
}

/// The item part of a key (`<item name> 0x00`), which groups cached scans for invalidation.
fn item_of(key: &[u8]) -> &[u8] {
    match key.iter().position(|&b| b == 0) {
        Some(i) => &key[..=i],
        None => key,
    }
}

/// A cache entry: the value (None = no row) and whether the open batch staged it.
#[derive(Default)]
struct Cached {
    value: Option<Vec<u8>>,
    staged: bool,
}

/// The SQLite database of one chain directory plus a read cache.
///
/// Inside an `advance` batch, blocks **stage** their writes here instead of writing them to
/// SQLite: the values go into the cache (key → value) and the keys into `staged`; the batch
/// writes each staged key once (its last value) right before its COMMIT. A row rewritten by
/// every block (pool, emission, balances) therefore costs one SQLite write per batch, not per
/// block; a rolled-back batch drops the staged values with the cache.
pub struct Store {
    conn: Connection,
    /// Committed values, and the values staged by the open batch: key → Some(v) | None.
    cache: RefCell<KeyMap<Cached>>,
    /// Keys staged by the open batch and not yet written to SQLite (values in `cache`), in
    /// order for scans and the flush.
    staged: RefCell<BTreeSet<Vec<u8>>>,
    /// Prefix scans over committed + staged rows: item → prefix → rows. A write drops the
    /// cached scans whose prefix covers its key (so the subnet list is scanned once, not every
    /// block, and one subnet's weights stay cached while another's change).
    scans: RefCell<KeyMap<KeyMap<Rows>>>,
    /// Typed views of cached scans ([`Ext::view`]): prefix → (the scan they were built from,
    /// the view). A view is used only while its scan is still the cached one.
    views: RefCell<KeyMap<(Rows, SharedView)>>,
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
        Ok(Store {
            conn,
            cache: RefCell::new(KeyMap::default()),
            staged: RefCell::new(BTreeSet::new()),
            scans: RefCell::new(KeyMap::default()),
            views: RefCell::new(KeyMap::default()),
            cached_head: Cell::new(None),
        })
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

    /// Commits the open transaction, writing the staged rows first.
    pub fn commit(&self) -> Result<(), ChainError> {
        self.flush_staged()?;
        self.conn.execute_batch("COMMIT")?;
        Ok(())
    }

    /// Rolls back the open transaction, if any. Staged rows die with it: the caller must clear
    /// the cache if anything was staged (`Chain::advance` does).
    pub fn rollback(&self) {
        if !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }

    /// The committed head (number, hash), if any block exists.
    pub fn head_row(&self) -> Result<Option<(u64, [u8; 32])>, ChainError> {
        let row: Option<(i64, Vec<u8>)> = self
            .conn
            .prepare_cached("SELECT number, hash FROM blocks ORDER BY number DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
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
            self.clear_cache();
            self.cached_head.set(head);
        }
        Ok(())
    }

    /// Raw committed value (cache, then SQLite).
    pub fn get_raw(&self, key: &[u8]) -> DispatchResult<Option<Vec<u8>>> {
        self.get_with(key, |v| v.map(<[u8]>::to_vec))
    }

    /// Runs `f` on the committed (or staged) value without copying it out of the cache.
    pub fn get_with<R>(&self, key: &[u8], f: impl FnOnce(Option<&[u8]>) -> R) -> DispatchResult<R> {
        if let Some(c) = self.cache.borrow().get(key) {
            return Ok(f(c.value.as_deref()));
        }
        // Not cached, so not staged either: SQLite holds the value.
        let v = self.load(key)?;
        let r = f(v.as_deref());
        let mut cache = self.cache.borrow_mut();
        if cache.len() >= CACHE_LIMIT {
            self.shrink_cache(&mut cache);
        }
        cache.insert(key.to_vec(), Cached { value: v, staged: false });
        Ok(r)
    }

    /// The value SQLite holds (bypassing the cache).
    fn load(&self, key: &[u8]) -> DispatchResult<Option<Vec<u8>>> {
        self.conn
            .prepare_cached("SELECT v FROM state WHERE k = ?1")
            .map_err(db_err)?
            .query_row(params![key], |r| r.get(0))
            .optional()
            .map_err(db_err)
    }

    /// Drops every cache entry except the staged ones (which exist nowhere else yet).
    fn shrink_cache(&self, cache: &mut KeyMap<Cached>) {
        if self.staged.borrow().is_empty() {
            cache.clear();
        } else {
            cache.retain(|_, c| c.staged);
        }
    }

    /// All committed (and staged) rows whose key starts with `prefix`, in key order.
    pub fn scan_prefix(&self, prefix: &[u8]) -> DispatchResult<Rows> {
        let item = item_of(prefix);
        if let Some(rows) = self.scans.borrow().get(item).and_then(|m| m.get(prefix)) {
            return Ok(rows.clone());
        }
        let mut rows = self.scan_sqlite(prefix)?;
        {
            let staged = self.staged.borrow();
            let in_range = staged
                .range(prefix.to_vec()..)
                .take_while(|k| k.starts_with(prefix))
                .collect::<Vec<_>>();
            if !in_range.is_empty() {
                let cache = self.cache.borrow();
                let mut merged: BTreeMap<Vec<u8>, Vec<u8>> = rows.into_iter().collect();
                for k in in_range {
                    match cache.get(k).and_then(|c| c.value.as_ref()) {
                        Some(v) => {
                            merged.insert(k.clone(), v.clone());
                        }
                        _ => {
                            merged.remove(k);
                        }
                    }
                }
                rows = merged.into_iter().collect();
            }
        }
        let rows: Rows = rows.into();
        self.scans
            .borrow_mut()
            .entry(item.to_vec())
            .or_default()
            .insert(prefix.to_vec(), rows.clone());
        Ok(rows)
    }

    /// The typed view of the committed (and staged) rows under `prefix` (see [`Ext::view`]).
    fn view<T: Any + Send + Sync>(
        &self,
        prefix: &[u8],
        build: impl FnOnce(&[(Vec<u8>, Vec<u8>)]) -> DispatchResult<T>,
    ) -> DispatchResult<Arc<T>> {
        let rows = self.scan_prefix(prefix)?;
        if let Some((built_from, view)) = self.views.borrow().get(prefix)
            && Arc::ptr_eq(built_from, &rows)
            && let Ok(view) = Arc::clone(view).downcast::<T>()
        {
            return Ok(view);
        }
        let view = Arc::new(build(&rows)?);
        let shared: SharedView = view.clone();
        self.views.borrow_mut().insert(prefix.to_vec(), (rows, shared));
        Ok(view)
    }

    fn scan_sqlite(&self, prefix: &[u8]) -> DispatchResult<Vec<(Vec<u8>, Vec<u8>)>> {
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

    /// Writes every staged row (its last value) into the open write transaction.
    fn flush_staged(&self) -> Result<(), ChainError> {
        let staged = std::mem::take(&mut *self.staged.borrow_mut());
        if staged.is_empty() {
            return Ok(());
        }
        let mut cache = self.cache.borrow_mut();
        let mut put =
            self.conn.prepare_cached("INSERT OR REPLACE INTO state (k, v) VALUES (?1, ?2)")?;
        let mut del = self.conn.prepare_cached("DELETE FROM state WHERE k = ?1")?;
        for k in &staged {
            match cache.get_mut(k) {
                Some(c) => {
                    c.staged = false;
                    match &c.value {
                        Some(v) => put.execute(params![k, v])?,
                        None => del.execute(params![k])?,
                    }
                }
                None => {
                    return Err(ChainError::Corrupt(format!(
                        "staged row {} missing from the cache",
                        codec::describe_key(k)
                    )));
                }
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

    /// Forgets the cached scans that cover any key of `changes`.
    fn invalidate_scans(&self, changes: &Changes) {
        let mut scans = self.scans.borrow_mut();
        if scans.is_empty() {
            return;
        }
        for k in changes.keys() {
            forget_scans_of(&mut scans, k);
        }
    }

    /// After a successful commit: fold the changes into the cache and remember the new head.
    pub fn committed(&self, changes: Changes, head: (u64, [u8; 32])) {
        self.invalidate_scans(&changes);
        let mut cache = self.cache.borrow_mut();
        if cache.len() + changes.len() >= CACHE_LIMIT {
            self.shrink_cache(&mut cache);
        }
        cache.extend(changes.into_iter().map(|(k, value)| (k, Cached { value, staged: false })));
        self.cached_head.set(Some(head));
    }

    /// A block of the open batch: drops its no-op writes (same bytes as the current value),
    /// makes the rest visible to later reads (cache) and stages them to be written to SQLite
    /// once, at the batch's [`Store::commit`]. Returns the block's changes root over the
    /// effective writes (see [`changes_root`]). One cache lookup per written key.
    pub fn stage(&self, changes: Changes) -> DispatchResult<Hash> {
        let mut cache = self.cache.borrow_mut();
        if cache.len() + changes.len() >= CACHE_LIMIT {
            self.shrink_cache(&mut cache);
        }
        let mut staged = self.staged.borrow_mut();
        let mut scans = self.scans.borrow_mut();
        let mut root = Vec::with_capacity(changes.len() * 96);
        for (k, value) in changes {
            match cache.get_mut(&k) {
                Some(c) => {
                    if c.value == value {
                        continue;
                    }
                    root_entry(&mut root, &k, value.as_deref());
                    c.value = value;
                    if !c.staged {
                        c.staged = true;
                        staged.insert(k.clone());
                    }
                }
                None => {
                    let old = self.load(&k)?;
                    if old == value {
                        cache.insert(k, Cached { value, staged: false });
                        continue;
                    }
                    root_entry(&mut root, &k, value.as_deref());
                    staged.insert(k.clone());
                    cache.insert(k.clone(), Cached { value, staged: true });
                }
            }
            forget_scans_of(&mut scans, &k);
        }
        Ok(Hash::of(&root))
    }

    /// Records the head the cache (with the staged blocks) now corresponds to.
    pub fn set_head(&self, head: (u64, [u8; 32])) {
        self.cached_head.set(Some(head));
    }

    /// Forgets everything cached and staged (after `reset`, a rollback, another writer).
    pub fn clear_cache(&self) {
        self.cache.borrow_mut().clear();
        self.staged.borrow_mut().clear();
        self.scans.borrow_mut().clear();
        self.views.borrow_mut().clear();
        self.cached_head.set(None);
    }
}

/// Drops the cached scans whose prefix covers `key` (only those: a write to one subnet's rows
/// keeps the other subnets' scans of the same item).
fn forget_scans_of(scans: &mut KeyMap<KeyMap<Rows>>, key: &[u8]) {
    if let Some(prefixes) = scans.get_mut(item_of(key)) {
        prefixes.retain(|prefix, _| !key.starts_with(prefix));
    }
}

/// Appends one write to a changes-root buffer: `len(k) u32 LE ++ k`, then `0x00` for a
/// deletion or `0x01 ++ len(v) u32 LE ++ v`.
fn root_entry(buf: &mut Vec<u8>, k: &[u8], v: Option<&[u8]>) {
    buf.extend_from_slice(&(k.len() as u32).to_le_bytes());
    buf.extend_from_slice(k);
    match v {
        None => buf.push(0),
        Some(v) => {
            buf.push(1);
            buf.extend_from_slice(&(v.len() as u32).to_le_bytes());
            buf.extend_from_slice(v);
        }
    }
}

/// A block's changes root: blake2_256 over its sorted write set as raw bytes (each write as
/// [`root_entry`]; deterministic, no re-encoding of the values).
pub fn changes_root(changes: &Changes) -> Hash {
    let size: usize =
        changes.iter().map(|(k, v)| 9 + k.len() + v.as_ref().map_or(0, |v| v.len())).sum();
    let mut buf = Vec::with_capacity(size);
    for (k, v) in changes {
        root_entry(&mut buf, k, v.as_deref());
    }
    Hash::of(&buf)
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
    /// layers[0] is the block overlay; each `transactional` call pushes one more. Hash maps
    /// (point reads and writes dominate); the write set is sorted once, in [`Ext::finish`].
    layers: Vec<Layer>,
    events: Vec<EventRecord>,
    /// The number of the block being built (or the head, for read-only views).
    pub now: u64,
    /// Index of the extrinsic being applied (None during on_initialize / genesis).
    pub phase: Option<u32>,
    /// `frame_system::parent_hash()`: the hash of the block before the one being built (read
    /// views: the head's hash). Seeds the root auto-claim picks (spec §1 step 8).
    pub parent_hash: Hash,
    /// Views of store rows this context has used (prefix → view), see [`Ext::view`].
    views: RefCell<Vec<(Vec<u8>, SharedView)>>,
}

impl<'s> Ext<'s> {
    /// A context over `store` for block `now`.
    pub fn new(store: &'s Store, now: u64) -> Ext<'s> {
        Ext {
            store,
            layers: vec![Layer::default()],
            events: Vec::new(),
            now,
            phase: None,
            parent_hash: Hash::default(),
            views: RefCell::new(Vec::new()),
        }
    }

    /// Raw value, newest layer first.
    pub fn get_raw(&self, key: &[u8]) -> DispatchResult<Option<Vec<u8>>> {
        self.get_with(key, |v| v.map(<[u8]>::to_vec))
    }

    /// Runs `f` on the value (newest layer first, then the store) without copying it.
    fn get_with<R>(&self, key: &[u8], f: impl FnOnce(Option<&[u8]>) -> R) -> DispatchResult<R> {
        for layer in self.layers.iter().rev() {
            if layer.rows.is_empty() {
                continue;
            }
            if let Some(v) = layer.rows.get(key) {
                return Ok(f(v.as_deref()));
            }
        }
        self.store.get_with(key, f)
    }

    /// Runs `f` on the raw value (None = no row) without copying it.
    pub fn get_raw_with<R>(
        &self,
        key: &Key,
        f: impl FnOnce(Option<&[u8]>) -> R,
    ) -> DispatchResult<R> {
        self.get_with(key.bytes(), f)
    }

    /// Typed value.
    pub fn get<T: DeserializeOwned>(&self, key: &Key) -> DispatchResult<Option<T>> {
        self.get_with(key.bytes(), |v| v.map(codec::decode).transpose())?
    }

    /// Typed value or a default (`ValueQuery`).
    pub fn get_or<T: DeserializeOwned>(&self, key: &Key, default: T) -> DispatchResult<T> {
        Ok(self.get(key)?.unwrap_or(default))
    }

    /// Whether a value exists.
    pub fn exists(&self, key: &Key) -> DispatchResult<bool> {
        self.get_with(key.bytes(), |v| v.is_some())
    }

    /// Writes a value.
    pub fn put<T: Serialize>(&mut self, key: &Key, v: &T) {
        self.top().insert(key.bytes().to_vec(), Some(codec::encode(v)));
    }

    /// Writes a value already encoded by `crate::codec` (its fast paths for hot rows).
    pub fn put_encoded(&mut self, key: &Key, bytes: Vec<u8>) {
        self.top().insert(key.bytes().to_vec(), Some(bytes));
    }

    /// Deletes a value.
    pub fn remove(&mut self, key: &Key) {
        self.top().insert(key.bytes().to_vec(), None);
    }

    fn top(&mut self) -> &mut Layer {
        // `layers` always holds at least the block overlay.
        let last = self.layers.len() - 1;
        &mut self.layers[last]
    }

    /// All (key, value) under a prefix, merged over every layer, in key order.
    pub fn scan_raw(&self, prefix: &Key) -> DispatchResult<Vec<(Vec<u8>, Vec<u8>)>> {
        let mut out = Vec::new();
        self.scan_with(prefix, |k, v| {
            out.push((k.to_vec(), v.to_vec()));
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `f(key, value)` for every row under a prefix, merged over every layer, in key
    /// order; values are borrowed (no copy) when no layer touches the prefix.
    fn scan_with(
        &self,
        prefix: &Key,
        mut f: impl FnMut(&[u8], &[u8]) -> DispatchResult,
    ) -> DispatchResult {
        let p = prefix.bytes();
        let rows = self.store.scan_prefix(p)?;
        let layered = self.touches(prefix);
        if !layered {
            for (k, v) in rows.iter() {
                f(k, v)?;
            }
            return Ok(());
        }
        let mut merged: BTreeMap<&[u8], Option<&[u8]>> =
            rows.iter().map(|(k, v)| (k.as_slice(), Some(v.as_slice()))).collect();
        // Oldest layer first, so newer layers win.
        for layer in &self.layers {
            for (k, v) in &layer.rows {
                if k.starts_with(p) {
                    merged.insert(k.as_slice(), v.as_deref());
                }
            }
        }
        for (k, v) in merged {
            if let Some(v) = v {
                f(k, v)?;
            }
        }
        Ok(())
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

    /// Whether this block (any open layer) has written a row under `prefix`.
    pub fn touches(&self, prefix: &Key) -> bool {
        let p = prefix.bytes();
        let item = item_hash(item_of(p));
        self.layers.iter().any(|l| l.touches(p, item))
    }

    /// A typed view built from every row under `prefix` (full keys, key order), shared while
    /// those rows are unchanged: the store keeps it beside its cached scan until a row under the
    /// prefix is written. When this block has written under the prefix, the view is built from the
    /// merged rows for this call only. `build` must depend on nothing but the rows.
    pub fn view<T: Any + Send + Sync>(
        &self,
        prefix: &Key,
        build: impl FnOnce(&[(Vec<u8>, Vec<u8>)]) -> DispatchResult<T>,
    ) -> DispatchResult<Arc<T>> {
        if self.touches(prefix) {
            return Ok(Arc::new(build(&self.scan_raw(prefix)?)?));
        }
        // Untouched by this block, the store's rows under the prefix cannot change while this
        // context lives (blocks are staged or committed after it finishes): keep the view here
        // and skip the store's scan and view lookups on the next read.
        let p = prefix.bytes();
        if let Some(view) = self.views.borrow().iter().find(|(q, _)| q.as_slice() == p)
            && let Ok(view) = Arc::clone(&view.1).downcast::<T>()
        {
            return Ok(view);
        }
        let view = self.store.view(p, build)?;
        self.views.borrow_mut().push((p.to_vec(), view.clone()));
        Ok(view)
    }

    /// Calls `f(key suffix after the prefix, raw value)` for every row under a prefix, in key
    /// order (no copies when no layer touches the prefix; the caller decodes).
    pub fn scan_each(
        &self,
        prefix: &Key,
        mut f: impl FnMut(&[u8], &[u8]) -> DispatchResult,
    ) -> DispatchResult {
        let plen = prefix.bytes().len();
        self.scan_with(prefix, |k, v| f(&k[plen..], v))
    }

    /// Typed prefix scan: (key suffix after the prefix, value).
    pub fn scan<T: DeserializeOwned>(&self, prefix: &Key) -> DispatchResult<Vec<(Vec<u8>, T)>> {
        let plen = prefix.bytes().len();
        let mut out = Vec::new();
        self.scan_with(prefix, |k, v| {
            out.push((k[plen..].to_vec(), codec::decode(v)?));
            Ok(())
        })?;
        Ok(out)
    }

    /// Runs `f` in a nested layer: its writes and events are kept only if it returns Ok.
    pub fn transactional<R>(
        &mut self,
        f: impl FnOnce(&mut Ext<'s>) -> DispatchResult<R>,
    ) -> DispatchResult<R> {
        self.layers.push(Layer::default());
        let events_before = self.events.len();
        let result = f(self);
        let layer = self.layers.pop().unwrap_or_default();
        match result {
            Ok(r) => {
                self.top().absorb(layer);
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
            self.top().absorb(top);
        }
        let mut rows: Vec<(Vec<u8>, Option<Vec<u8>>)> =
            self.layers.pop().unwrap_or_default().rows.into_iter().collect();
        rows.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Keys are unique and sorted: BTreeMap builds from them in one pass.
        let changes: Changes = rows.into_iter().collect();
        (changes, self.events)
    }

    /// The store under this context.
    pub fn store(&self) -> &'s Store {
        self.store
    }
}
