//! `Chain`: the public handle over a chain directory — create/open/reset, block production
//! (`submit`, `advance`), and the read API the CLI uses.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, params};

use crate::block::{BlockExtrinsic, BlockHeader};
use crate::calls;
use crate::currency::{self, Existence};
use crate::error::{ChainError, DispatchError};
use crate::event::{Event, EventRecord, StoredEvent};
use crate::extrinsic::{Call, Origin, SignedExtrinsic};
use crate::info::{EventFilter, HyperparamValue, NeuronInfo, Receipt, StakePosition, SubnetInfo};
use crate::storage::{Changes, Ext, Store};
use crate::types::{AccountId, Balance, BlockNumber, Hash, NetUid};
use crate::{genesis, hparams, invariants, queries, state};

/// Most empty blocks per SQLite transaction in [`Chain::advance`]: a day. Rows rewritten every
/// block or epoch (pools, emission, neurons, bonds, the stake of everyone paid) are then written
/// to SQLite once per batch, not once per block; a crash loses at most the open batch and leaves
/// the last committed block.
pub const ADVANCE_BATCH: u64 = 7200;

/// A batch also commits once it has run this long, so other processes (a monitor, a second
/// terminal) see a long advance move every few seconds. Only where the commits fall depends on
/// the clock; the blocks and the state do not.
pub const ADVANCE_BATCH_TIME: std::time::Duration = std::time::Duration::from_secs(5);

/// A handle on one chain directory. Cheap to open; reads are lazy.
pub struct Chain {
    dir: PathBuf,
    store: Store,
    genesis_hash: Hash,
    /// Check invariants after every block (tests turn this on; costs a full state pass).
    check_invariants: bool,
}

/// What a block should contain.
enum Pending {
    Signed(SignedExtrinsic),
    Dev(Origin, Call),
}

/// How one extrinsic ended.
struct Applied {
    fee: Balance,
    result: Result<(), DispatchError>,
    events: Vec<Event>,
}

impl Chain {
    /// Creates a new chain in `dir` from a genesis preset (`dev` or `demo`). Fails if `dir`
    /// already holds a chain.
    pub fn create(dir: &Path, preset: &str) -> Result<Chain, ChainError> {
        let store = Store::open(dir)?;
        if store.head_row()?.is_some() {
            return Err(ChainError::Dir {
                path: dir.display().to_string(),
                reason: "already holds a chain (use `open` or `reset`)".into(),
            });
        }
        let genesis_hash = Self::write_genesis(&store, preset)?;
        Ok(Chain { dir: dir.to_path_buf(), store, genesis_hash, check_invariants: false })
    }

    /// Opens an existing chain.
    pub fn open(dir: &Path) -> Result<Chain, ChainError> {
        if !dir.join("chain.sqlite").exists() {
            return Err(ChainError::Dir {
                path: dir.display().to_string(),
                reason: "holds no chain".into(),
            });
        }
        let store = Store::open(dir)?;
        Self::check_format(&store, dir)?;
        let genesis_hash = Self::read_genesis_hash(&store)?;
        Ok(Chain { dir: dir.to_path_buf(), store, genesis_hash, check_invariants: false })
    }

    /// Opens `dir` whatever its storage format (or creates it) and rebuilds it from `preset`
    /// in one transaction: `taoctl chain reset`, the way out of an older store format.
    pub fn recreate(dir: &Path, preset: &str) -> Result<Chain, ChainError> {
        let store = Store::open(dir)?;
        if store.head_row()?.is_none() {
            drop(store);
            return Self::create(dir, preset);
        }
        let mut chain = Chain {
            dir: dir.to_path_buf(),
            store,
            genesis_hash: Hash::default(),
            check_invariants: false,
        };
        chain.reset(preset)?;
        Ok(chain)
    }

    /// Refuses a chain whose state rows were written in another value encoding (reading them
    /// would misdecode every row).
    fn check_format(store: &Store, dir: &Path) -> Result<(), ChainError> {
        let found: Option<String> = store
            .conn()
            .query_row("SELECT v FROM meta WHERE k = 'state_format'", [], |r| r.get(0))
            .optional()?;
        if found.as_deref() == Some(crate::codec::STATE_FORMAT) {
            return Ok(());
        }
        Err(ChainError::Dir {
            path: dir.display().to_string(),
            reason: format!(
                "holds a chain in storage format {} but this taoctl reads format {}; run \
                 `taoctl chain reset` to rebuild it from genesis (its blocks and state are \
                 discarded)",
                found.as_deref().unwrap_or("1"),
                crate::codec::STATE_FORMAT
            ),
        })
    }

    /// Opens `dir`, creating it from `preset` if it holds no chain yet.
    pub fn open_or_create(dir: &Path, preset: &str) -> Result<Chain, ChainError> {
        let store = Store::open(dir)?;
        if store.head_row()?.is_some() {
            Self::check_format(&store, dir)?;
            let genesis_hash = Self::read_genesis_hash(&store)?;
            return Ok(Chain {
                dir: dir.to_path_buf(),
                store,
                genesis_hash,
                check_invariants: false,
            });
        }
        drop(store);
        Self::create(dir, preset)
    }

    /// Wipes the chain and rebuilds it from `preset`, in one transaction.
    pub fn reset(&mut self, preset: &str) -> Result<(), ChainError> {
        self.store.begin_write()?;
        let r = self.store.conn().execute_batch(
            "DELETE FROM state; DELETE FROM blocks; DELETE FROM events; DELETE FROM meta;",
        );
        if let Err(e) = r {
            self.store.rollback();
            return Err(e.into());
        }
        self.store.clear_cache();
        match Self::genesis_in_tx(&self.store, preset) {
            Ok(h) => {
                self.genesis_hash = h;
                Ok(())
            }
            Err(e) => {
                self.store.rollback();
                self.store.clear_cache();
                Err(e)
            }
        }
    }

    /// Turns the after-every-block invariant check on (for tests).
    pub fn set_check_invariants(&mut self, on: bool) {
        self.check_invariants = on;
    }

    /// The chain directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The genesis hash (part of every signing payload).
    pub fn genesis_hash(&self) -> Hash {
        self.genesis_hash
    }

    fn read_genesis_hash(store: &Store) -> Result<Hash, ChainError> {
        let h: Option<Vec<u8>> = store
            .conn()
            .query_row("SELECT hash FROM blocks WHERE number = 0", [], |r| r.get(0))
            .optional()?;
        let h = h.ok_or_else(|| ChainError::Corrupt("no genesis block".into()))?;
        let mut raw = [0u8; 32];
        if h.len() != 32 {
            return Err(ChainError::Corrupt("genesis hash length".into()));
        }
        raw.copy_from_slice(&h);
        Ok(Hash(raw))
    }

    fn write_genesis(store: &Store, preset: &str) -> Result<Hash, ChainError> {
        store.begin_write()?;
        // A concurrent creator may have won the race.
        if store.head_row()?.is_some() {
            store.rollback();
            return Self::read_genesis_hash(store);
        }
        match Self::genesis_in_tx(store, preset) {
            Ok(h) => Ok(h),
            Err(e) => {
                store.rollback();
                Err(e)
            }
        }
    }

    /// Builds genesis state inside the open write transaction and commits block 0.
    fn genesis_in_tx(store: &Store, preset: &str) -> Result<Hash, ChainError> {
        let mut ext = Ext::new(store, 0);
        genesis::build(&mut ext, preset)?;
        let (changes, events) = ext.finish();
        store
            .conn()
            .execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('preset', ?1)", params![preset])?;
        store.conn().execute(
            "INSERT OR REPLACE INTO meta (k, v) VALUES ('state_format', ?1)",
            params![crate::codec::STATE_FORMAT],
        )?;
        let header = Self::commit_block(store, 0, Hash::default(), &[], changes, &events)?;
        Ok(header.hash)
    }

    /// Writes state changes, header and events into the open write transaction and commits it
    /// (one SQLite transaction per block); only then does the read cache learn the changes.
    fn commit_block(
        store: &Store,
        number: BlockNumber,
        parent: Hash,
        xts: &[BlockExtrinsic],
        changes: Changes,
        events: &[EventRecord],
    ) -> Result<BlockHeader, ChainError> {
        store.write_changes(&changes)?;
        let root = crate::storage::changes_root(&changes);
        let header = Self::write_block(store, number, parent, xts, root, events)?;
        store.commit()?;
        store.committed(changes, (number, header.hash.0));
        Ok(header)
    }

    /// Writes the header and events into the open write transaction (the caller writes or
    /// stages the state changes).
    fn write_block(
        store: &Store,
        number: BlockNumber,
        parent: Hash,
        xts: &[BlockExtrinsic],
        changes_root: Hash,
        events: &[EventRecord],
    ) -> Result<BlockHeader, ChainError> {
        let xts_json = crate::codec::encode_json(&xts);
        let header = BlockHeader::new(
            number,
            parent,
            Hash::of(&xts_json),
            changes_root,
            xts.len() as u32,
            events.len() as u32,
        );
        store
            .conn()
            .prepare_cached(
                "INSERT INTO blocks (number, hash, header, extrinsics) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![
                number as i64,
                header.hash.0.to_vec(),
                String::from_utf8_lossy(&crate::codec::encode_json(&header)).into_owned(),
                String::from_utf8_lossy(&xts_json).into_owned()
            ])?;
        {
            let mut stmt = store.conn().prepare_cached(
                "INSERT INTO events (block, idx, extrinsic, name, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (i, rec) in events.iter().enumerate() {
                stmt.execute(params![
                    number as i64,
                    i as i64,
                    rec.extrinsic.map(|x| x as i64),
                    rec.event.name(),
                    String::from_utf8_lossy(&crate::codec::encode_json(&rec.event)).into_owned()
                ])?;
            }
        }
        Ok(header)
    }

    /// Produces one block holding `pending`. An invalid extrinsic (bad proof, nonce, fee) or a
    /// failing dev call aborts the block: nothing is written.
    fn produce(
        &mut self,
        pending: Vec<Pending>,
    ) -> Result<(BlockHeader, Vec<Applied>), ChainError> {
        self.store.begin_write()?;
        let r = self.produce_in_tx(pending, true);
        if r.is_err() {
            self.store.rollback();
            // The cache may hold values of the aborted block's reads only; they are committed
            // values, so it stays valid. Writes never reach the cache before commit.
        }
        r
    }

    /// Builds the next block inside the open write transaction. `commit`: commit the
    /// transaction with the block (one durable transaction per block); otherwise the block's
    /// header and events are written into the open transaction and its state changes are
    /// staged in the store (`advance` batches write them at the batch's commit) — the caller
    /// must clear the cache if the transaction is rolled back.
    fn produce_in_tx(
        &mut self,
        pending: Vec<Pending>,
        commit: bool,
    ) -> Result<(BlockHeader, Vec<Applied>), ChainError> {
        let (head, parent) =
            self.store.head_row()?.ok_or_else(|| ChainError::Corrupt("no genesis block".into()))?;
        let number = head + 1;
        let mut ext = Ext::new(&self.store, number);
        ext.parent_hash = Hash(parent);
        crate::block::on_initialize(&mut ext)?;
        let mut applied = Vec::new();
        let mut xts = Vec::new();
        for (i, p) in pending.into_iter().enumerate() {
            ext.phase = Some(i as u32);
            let before = ext.events().len();
            let (fee, result) = match &p {
                Pending::Signed(xt) => {
                    let fee = self.pre_dispatch(&mut ext, xt).map_err(ChainError::Invalid)?;
                    let signer = xt.signer;
                    let result =
                        ext.transactional(|e| calls::dispatch(e, Origin::Signed(signer), &xt.call));
                    let ev = match &result {
                        Ok(()) => Event::ExtrinsicSuccess { who: signer, fee },
                        Err(error) => {
                            Event::ExtrinsicFailed { who: signer, fee, error: error.clone() }
                        }
                    };
                    ext.deposit_event(ev);
                    (fee, result)
                }
                Pending::Dev(origin, call) => {
                    ext.transactional(|e| calls::dispatch(e, *origin, call))
                        .map_err(ChainError::from)?;
                    (0, Ok(()))
                }
            };
            if let Err(DispatchError::Storage(s)) = &result {
                return Err(ChainError::Corrupt(s.clone()));
            }
            let events = ext.events()[before..].iter().map(|r| r.event.clone()).collect();
            applied.push(Applied { fee, result, events });
            xts.push(match p {
                Pending::Signed(xt) => BlockExtrinsic::Signed(xt),
                Pending::Dev(origin, call) => BlockExtrinsic::Dev {
                    origin: match origin {
                        Origin::Signed(a) => Some(a),
                        Origin::Root => None,
                    },
                    call,
                },
            });
        }
        ext.phase = None;
        if self.check_invariants {
            invariants::check(&ext)
                .map_err(|e| ChainError::Corrupt(format!("invariant broken: {e}")))?;
        }
        let (mut changes, events) = ext.finish();
        let header = if commit {
            self.store.drop_unchanged(&mut changes)?;
            Self::commit_block(&self.store, number, Hash(parent), &xts, changes, &events)?
        } else {
            let root = self.store.stage(changes)?;
            let header = Self::write_block(&self.store, number, Hash(parent), &xts, root, &events)?;
            self.store.set_head((number, header.hash.0));
            header
        };
        Ok((header, applied))
    }

    /// Transaction validity + fee (spec §4.7): signature, nonce, fee withdrawal (keep-alive),
    /// nonce bump. Runs outside the call's transactional layer, so it sticks even if the call
    /// fails — as on the real chain.
    fn pre_dispatch(&self, ext: &mut Ext, xt: &SignedExtrinsic) -> Result<Balance, DispatchError> {
        if !xt.verify(&self.genesis_hash) {
            return Err(DispatchError::BadProof);
        }
        let expected = state::nonce(ext, &xt.signer)?;
        if xt.nonce != expected {
            return Err(DispatchError::InvalidNonce { expected, actual: xt.nonce });
        }
        let fee = xt.call.fee();
        currency::burn_from(ext, &xt.signer, fee, Existence::KeepAlive)
            .map_err(|_| DispatchError::Payment { fee })?;
        let recycled = state::global(ext, state::Global::TotalFeesRecycled)?;
        state::set_global(ext, state::Global::TotalFeesRecycled, recycled.saturating_add(fee));
        state::set_nonce(ext, &xt.signer, expected + 1);
        Ok(fee)
    }

    /// Seals a signed extrinsic into a new block (instant seal). `Ok` = the call succeeded;
    /// `Failed` = included but failed (fee charged); `Invalid` = rejected, nothing changed.
    pub fn submit(&mut self, xt: SignedExtrinsic) -> Result<Receipt, ChainError> {
        let (header, mut applied) = self.produce(vec![Pending::Signed(xt)])?;
        let a = applied.pop().ok_or_else(|| ChainError::Corrupt("empty block".into()))?;
        match a.result {
            Ok(()) => Ok(Receipt {
                block: header.number,
                block_hash: header.hash,
                extrinsic_index: 0,
                fee: a.fee,
                events: a.events,
            }),
            Err(error) => Err(ChainError::Failed { error, block: header.number, fee: a.fee }),
        }
    }

    /// Dev path: runs `call` as `origin` with no signature, nonce or fee, sealed in a new block.
    /// If it fails nothing is written and no block is produced.
    pub fn submit_dev(&mut self, origin: Origin, call: Call) -> Result<Receipt, ChainError> {
        let (header, mut applied) = self.produce(vec![Pending::Dev(origin, call)])?;
        let a = applied.pop().ok_or_else(|| ChainError::Corrupt("empty block".into()))?;
        Ok(Receipt {
            block: header.number,
            block_hash: header.hash,
            extrinsic_index: 0,
            fee: 0,
            events: a.events,
        })
    }

    /// Dev path: several calls in one block, all-or-nothing.
    pub fn submit_dev_batch(
        &mut self,
        calls: Vec<(Origin, Call)>,
    ) -> Result<BlockHeader, ChainError> {
        let (header, _) =
            self.produce(calls.into_iter().map(|(o, c)| Pending::Dev(o, c)).collect())?;
        Ok(header)
    }

    /// Signs `call` with `pair` at the account's current nonce and submits it.
    pub fn sign_and_submit(
        &mut self,
        pair: &sp_core::sr25519::Pair,
        call: Call,
    ) -> Result<Receipt, ChainError> {
        let who = AccountId::from(sp_core::Pair::public(pair));
        let nonce = self.nonce(&who)?;
        self.submit(SignedExtrinsic::sign(pair, nonce, &self.genesis_hash, call))
    }

    /// Produces `n` empty blocks (each runs on_initialize); returns the new head.
    ///
    /// Empty blocks are committed in batches (at most [`ADVANCE_BATCH`] blocks or
    /// [`ADVANCE_BATCH_TIME`] of work per SQLite transaction; each block is still written
    /// whole: state changes, header, events). A crash or an error rolls back only the open
    /// batch, so the database always ends at a whole committed block; other processes see the
    /// chain move a batch at a time. On an error the blocks of earlier batches stay committed
    /// and the error is returned.
    pub fn advance(&mut self, n: u64) -> Result<BlockHeader, ChainError> {
        let mut head = self.head()?;
        let mut left = n;
        while left > 0 {
            let done;
            (head, done) = self.advance_batch(left.min(ADVANCE_BATCH))?;
            left -= done;
        }
        Ok(head)
    }

    /// Up to `k` (≥ 1) empty blocks in one write transaction (fewer if the batch runs out of
    /// time); returns the new head and how many blocks were produced.
    fn advance_batch(&mut self, k: u64) -> Result<(BlockHeader, u64), ChainError> {
        self.store.begin_write()?;
        let started = std::time::Instant::now();
        let r = (|| {
            let mut head = None;
            let mut done = 0;
            while done < k {
                head = Some(self.produce_in_tx(Vec::new(), false)?.0);
                done += 1;
                if started.elapsed() >= ADVANCE_BATCH_TIME {
                    break;
                }
            }
            self.store.commit()?;
            let head = head.ok_or_else(|| ChainError::Corrupt("empty advance batch".into()))?;
            Ok((head, done))
        })();
        if r.is_err() {
            self.store.rollback();
            // The cache already holds the rolled-back blocks' writes: forget it.
            self.store.clear_cache();
        }
        r
    }

    // ------------------------------------------------------------------ reads

    /// Runs `f` over a read-only view of the head state (one SQLite read snapshot).
    pub fn read<R>(
        &self,
        f: impl FnOnce(&Ext) -> Result<R, DispatchError>,
    ) -> Result<R, ChainError> {
        self.store.begin_read()?;
        let (now, hash) = self.store.head_row().ok().flatten().unwrap_or_default();
        let mut ext = Ext::new(&self.store, now);
        ext.parent_hash = Hash(hash);
        let r = f(&ext);
        self.store.rollback();
        r.map_err(ChainError::from)
    }

    /// Runs `f` with a **mutable scratch** context over the head state (as the next block,
    /// without on_initialize). Nothing it writes is ever committed: previews, what-ifs and
    /// property tests that dispatch many calls without producing blocks.
    pub fn scratch<R>(
        &self,
        f: impl FnOnce(&mut Ext) -> Result<R, DispatchError>,
    ) -> Result<R, ChainError> {
        self.read(|head| {
            let mut ext = Ext::new(head.store(), head.now + 1);
            ext.parent_hash = head.parent_hash;
            f(&mut ext)
        })
    }

    /// The head block's header.
    pub fn head(&self) -> Result<BlockHeader, ChainError> {
        let (n, _) =
            self.store.head_row()?.ok_or_else(|| ChainError::Corrupt("no blocks".into()))?;
        self.block(n)?.ok_or_else(|| ChainError::Corrupt("head block missing".into()))
    }

    /// One block header.
    pub fn block(&self, number: BlockNumber) -> Result<Option<BlockHeader>, ChainError> {
        let text: Option<String> = self
            .store
            .conn()
            .query_row("SELECT header FROM blocks WHERE number = ?1", params![number as i64], |r| {
                r.get(0)
            })
            .optional()?;
        text.map(|t| serde_json::from_str(&t).map_err(|e| ChainError::Corrupt(e.to_string())))
            .transpose()
    }

    /// Headers in a range (inclusive), ascending.
    pub fn blocks(
        &self,
        range: RangeInclusive<BlockNumber>,
    ) -> Result<Vec<BlockHeader>, ChainError> {
        let mut stmt = self.store.conn().prepare(
            "SELECT header FROM blocks WHERE number >= ?1 AND number <= ?2 ORDER BY number",
        )?;
        let rows = stmt.query_map(
            params![*range.start() as i64, (*range.end()).min(i64::MAX as u64) as i64],
            |r| r.get::<_, String>(0),
        )?;
        rows.map(|t| serde_json::from_str(&t?).map_err(|e| ChainError::Corrupt(e.to_string())))
            .collect()
    }

    /// The extrinsics of one block.
    pub fn block_extrinsics(&self, number: BlockNumber) -> Result<Vec<BlockExtrinsic>, ChainError> {
        let text: Option<String> = self
            .store
            .conn()
            .query_row(
                "SELECT extrinsics FROM blocks WHERE number = ?1",
                params![number as i64],
                |r| r.get(0),
            )
            .optional()?;
        match text {
            None => Ok(Vec::new()),
            Some(t) => serde_json::from_str(&t).map_err(|e| ChainError::Corrupt(e.to_string())),
        }
    }

    /// Events matching `filter`, ascending by (block, index).
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, ChainError> {
        let from = filter.from_block.unwrap_or(0).min(i64::MAX as u64) as i64;
        let to = filter.to_block.unwrap_or(u64::MAX).min(i64::MAX as u64) as i64;
        let mut stmt = self.store.conn().prepare(
            "SELECT block, idx, extrinsic, body FROM events WHERE block >= ?1 AND block <= ?2 \
             AND (?3 IS NULL OR name = ?3) ORDER BY block, idx",
        )?;
        let rows = stmt.query_map(params![from, to, filter.name], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<i64>>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let needle = filter.account.map(|a| hex::encode(a.0));
        let mut out = Vec::new();
        for row in rows {
            let (block, idx, xt, body) = row?;
            if let Some(n) = &needle
                && !body.contains(n.as_str())
            {
                continue;
            }
            let event =
                serde_json::from_str(&body).map_err(|e| ChainError::Corrupt(e.to_string()))?;
            out.push(StoredEvent {
                block: block as u64,
                index: idx as u32,
                extrinsic: xt.map(|x| x as u32),
                event,
            });
        }
        if let Some(limit) = filter.limit {
            let skip = out.len().saturating_sub(limit);
            out.drain(..skip);
        }
        Ok(out)
    }

    /// Free balance (rao).
    pub fn balance(&self, who: &AccountId) -> Result<Balance, ChainError> {
        self.read(|e| state::free(e, who))
    }

    /// Next nonce of an account.
    pub fn nonce(&self, who: &AccountId) -> Result<u64, ChainError> {
        self.read(|e| state::nonce(e, who))
    }

    /// Total issuance (rao).
    pub fn total_issuance(&self) -> Result<Balance, ChainError> {
        self.read(state::total_issuance)
    }

    /// Every subnet, by netuid.
    pub fn subnets(&self) -> Result<Vec<SubnetInfo>, ChainError> {
        self.read(|e| {
            let mut out = Vec::new();
            for n in state::netuids(e)? {
                if let Some(s) = queries::subnet_info(e, n)? {
                    out.push(s);
                }
            }
            Ok(out)
        })
    }

    /// One subnet.
    pub fn subnet(&self, netuid: NetUid) -> Result<Option<SubnetInfo>, ChainError> {
        self.read(|e| queries::subnet_info(e, netuid))
    }

    /// Neurons of a subnet, by uid.
    pub fn neurons(&self, netuid: NetUid) -> Result<Vec<NeuronInfo>, ChainError> {
        self.read(|e| queries::neurons(e, netuid))
    }

    /// Stake positions of a coldkey.
    pub fn stake_of(&self, coldkey: &AccountId) -> Result<Vec<StakePosition>, ChainError> {
        self.read(|e| queries::stake_of(e, coldkey))
    }

    /// Hyperparameters of a subnet.
    pub fn hyperparams(&self, netuid: NetUid) -> Result<Vec<HyperparamValue>, ChainError> {
        self.read(|e| {
            if !state::subnet_exists(e, netuid)? {
                return Err(DispatchError::SubnetNotExists);
            }
            Ok(hparams::all(e, netuid)?
                .into_iter()
                .map(|(p, v)| HyperparamValue {
                    param: p,
                    name: p.name(),
                    value: v,
                    who: p.spec().who,
                })
                .collect())
        })
    }

    /// Global parameters.
    pub fn globals(&self) -> Result<Vec<(state::Global, u64)>, ChainError> {
        self.read(|e| state::Global::ALL.iter().map(|&g| Ok((g, state::global(e, g)?))).collect())
    }

    /// Current subnet registration (lock) cost (`get_network_registration_cost`).
    pub fn network_lock_cost(&self) -> Result<Balance, ChainError> {
        self.read(calls::subnets::lock_cost)
    }

    /// The owner coldkey of a hotkey.
    pub fn hotkey_owner(&self, hotkey: &AccountId) -> Result<Option<AccountId>, ChainError> {
        self.read(|e| state::owner_of(e, hotkey))
    }

    /// blake2_256 over every committed state row (tests: "state unchanged").
    pub fn state_hash(&self) -> Result<Hash, ChainError> {
        let mut stmt = self.store.conn().prepare("SELECT k, v FROM state ORDER BY k")?;
        let mut rows = stmt.query([])?;
        let mut buf = Vec::new();
        while let Some(r) = rows.next()? {
            let k: Vec<u8> = r.get(0)?;
            let v: Vec<u8> = r.get(1)?;
            buf.extend_from_slice(&(k.len() as u32).to_le_bytes());
            buf.extend_from_slice(&k);
            buf.extend_from_slice(&(v.len() as u32).to_le_bytes());
            buf.extend_from_slice(&v);
        }
        Ok(Hash::of(&buf))
    }

    /// Every committed state row as (readable key, raw value), in key order (tests: "exactly
    /// these items changed"; debugging). Costs a full state pass.
    pub fn state_dump(&self) -> Result<std::collections::BTreeMap<String, Vec<u8>>, ChainError> {
        let mut stmt = self.store.conn().prepare("SELECT k, v FROM state ORDER BY k")?;
        let rows =
            stmt.query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
        let mut out = std::collections::BTreeMap::new();
        for row in rows {
            let (k, v) = row?;
            out.insert(crate::codec::describe_key(&k), v);
        }
        Ok(out)
    }

    /// Runs `call` as `origin` on the head state as if in the next block, **without**
    /// on_initialize, and returns the readable keys whose values it changes and its events.
    /// Nothing is committed (tests: "a call changes exactly what the spec says").
    pub fn call_effects(
        &self,
        origin: Origin,
        call: &Call,
    ) -> Result<(std::collections::BTreeSet<String>, Vec<Event>), ChainError> {
        self.read(|head| {
            let store = head.store();
            let mut ext = Ext::new(store, head.now + 1);
            ext.transactional(|e| calls::dispatch(e, origin, call))?;
            let (changes, events) = ext.finish();
            let mut keys = std::collections::BTreeSet::new();
            for (k, v) in changes {
                if store.get_raw(&k)? != v {
                    keys.insert(crate::codec::describe_key(&k));
                }
            }
            Ok((keys, events.into_iter().map(|r| r.event).collect()))
        })
    }

    /// Runs every invariant over the committed state.
    pub fn check_invariants_now(&self) -> Result<(), ChainError> {
        self.read(|e| invariants::check(e).map_err(DispatchError::Storage))
    }
}
