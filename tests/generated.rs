//! The checked-in completions and man pages must equal what `taoctl generate` writes now.
//! When this fails, run `cargo run -- generate` and commit the result.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;

fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for dir in ["completions", "man"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { continue };
        for e in entries.flatten() {
            let name = format!("{dir}/{}", e.file_name().to_string_lossy());
            out.insert(name, std::fs::read(e.path()).unwrap_or_default());
        }
    }
    out
}

#[test]
fn completions_and_man_pages_are_current() {
    let tmp = tempfile::tempdir().unwrap();
    Command::cargo_bin("taoctl")
        .unwrap()
        .args(["generate", "--out-dir"])
        .arg(tmp.path())
        .assert()
        .success();
    let fresh = read_tree(tmp.path());
    let committed = read_tree(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(fresh.len() >= 7, "generate wrote too few files: {:?}", fresh.keys());
    let fresh_names: Vec<_> = fresh.keys().collect();
    let committed_names: Vec<_> = committed.keys().collect();
    assert_eq!(fresh_names, committed_names, "file set differs; run `cargo run -- generate`");
    for (name, bytes) in &fresh {
        assert!(committed[name] == *bytes, "{name} is stale; run `cargo run -- generate`");
    }
}
