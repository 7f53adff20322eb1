//! Store format versioning: a chain directory written with another state encoding (format 1 =
//! JSON values, which recorded no format) is refused on open with a hint to reset, is never
//! misread or changed, and `Chain::recreate` (what `taoctl chain reset` runs) rebuilds it.

use local_chain::genesis::DEV_BALANCE;
use local_chain::{AccountId, Chain, ChainError};

fn alice() -> AccountId {
    AccountId::from_dev_seed("//Alice").unwrap()
}

/// Rewrites (or with None deletes) the recorded store format, as an older taoctl left it.
fn set_format(dir: &std::path::Path, v: Option<&str>) {
    let db = rusqlite::Connection::open(dir.join("chain.sqlite")).unwrap();
    match v {
        Some(v) => db.execute("UPDATE meta SET v = ?1 WHERE k = 'state_format'", [v]).unwrap(),
        None => db.execute("DELETE FROM meta WHERE k = 'state_format'", []).unwrap(),
    };
}

fn state_rows(dir: &std::path::Path) -> Vec<(Vec<u8>, Vec<u8>)> {
    let db = rusqlite::Connection::open(dir.join("chain.sqlite")).unwrap();
    let mut stmt = db.prepare("SELECT k, v FROM state ORDER BY k").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

fn refused(r: Result<Chain, ChainError>, found: &str) {
    let e = r.err().expect("an old-format chain must not open");
    assert!(matches!(e, ChainError::Dir { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains(&format!("storage format {found}")), "{msg}");
    assert!(msg.contains("reads format 2"), "{msg}");
    assert!(msg.contains("taoctl chain reset"), "{msg}");
}

#[test]
fn new_chains_record_the_format_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let mut chain = Chain::create(dir.path(), "dev").unwrap();
    chain.advance(3).unwrap();
    drop(chain);
    let chain = Chain::open(dir.path()).unwrap();
    assert_eq!(chain.head().unwrap().number, 3);
    assert_eq!(chain.balance(&alice()).unwrap(), DEV_BALANCE);
    let chain = Chain::open_or_create(dir.path(), "demo").unwrap();
    assert_eq!(chain.head().unwrap().number, 3);
}

#[test]
fn old_format_is_refused_untouched_and_reset_rebuilds_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut chain = Chain::create(dir.path(), "dev").unwrap();
    chain.advance(2).unwrap();
    drop(chain);

    set_format(dir.path(), None);
    let before = state_rows(dir.path());
    refused(Chain::open(dir.path()), "1");
    refused(Chain::open_or_create(dir.path(), "dev"), "1");
    assert_eq!(state_rows(dir.path()), before, "a refused open changes nothing");

    // A format from a newer build is refused the same way.
    let mut chain = Chain::recreate(dir.path(), "dev").unwrap();
    chain.advance(1).unwrap();
    drop(chain);
    set_format(dir.path(), Some("3"));
    refused(Chain::open(dir.path()), "3");

    // `recreate` (taoctl chain reset) rebuilds from genesis in the current format.
    let chain = Chain::recreate(dir.path(), "dev").unwrap();
    assert_eq!(chain.head().unwrap().number, 0);
    drop(chain);
    let chain = Chain::open(dir.path()).unwrap();
    assert_eq!(chain.head().unwrap().number, 0);
    assert_eq!(chain.balance(&alice()).unwrap(), DEV_BALANCE);
    chain.check_invariants_now().unwrap();
}

#[test]
fn recreate_on_an_empty_directory_creates() {
    let dir = tempfile::tempdir().unwrap();
    let chain = Chain::recreate(&dir.path().join("fresh"), "dev").unwrap();
    assert_eq!(chain.head().unwrap().number, 0);
    assert_eq!(chain.balance(&alice()).unwrap(), DEV_BALANCE);
}
