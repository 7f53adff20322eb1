//! Tier 3 of issue #7: the shared scenario (`tests/scenario/mod.rs`) on the embedded chain —
//! wallet create/restore, transfer, burned registration, stake add/remove with limit prices,
//! weights, read-backs, and balances cross-checked against the chain's own ledger. The same
//! scenario runs on the real spec-218 runtime in `tests/remote_chopsticks.rs`.

mod scenario;

#[test]
fn scenario_on_the_embedded_chain() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let backend = scenario::Embedded::init(tmp.path());
    let shapes = scenario::run(tmp.path(), &backend);
    for step in
        ["wallet.transfer", "stake.add.limit", "stake.remove.limit", "weights.set", "subnets.show"]
    {
        assert!(shapes.contains_key(step), "{step} ran");
    }
}
