//! `taoctl stake child auto-parent` against a node: not supported yet, said by name (exit 3,
//! nothing submitted), because no runtime metadata in `../shared/metadata` (finney spec 365 and
//! 393, raonet spec 218) has `set_auto_parent_delegation_enabled` or its storage item, so there
//! is nothing to encode or test the call against offline. The second test fails as soon as a
//! metadata file there gains the call: then wire it like `set_children` (crates/remote).

use remote::mock::MockNode;

mod remote_support;
use remote_support::World;

#[test]
fn auto_parent_is_refused_by_name_on_a_node() {
    let Some(bytes) =
        remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), "finney-spec393.scale")
    else {
        return;
    };
    let node = MockNode::demo_world(bytes, 393).expect("mock node");
    let w = World { node, tmp: tempfile::tempdir().expect("tempdir") };
    for args in [
        &["wallet", "regen-coldkey", "--uri", "//Alice", "--no-password"][..],
        &["wallet", "regen-hotkey", "-H", "default", "--uri", "//Bob"][..],
    ] {
        w.cmd_at(None, args).assert().success();
    }
    for args in [
        &["stake", "child", "auto-parent"][..],
        &["stake", "child", "auto-parent", "--disable", "--yes"][..],
        &["stake", "child", "auto-parent", "--enable", "--dry-run"][..],
    ] {
        let (code, e) = w.fails(args);
        assert_eq!(code, 3, "{args:?}");
        let msg = e["error"]["message"].as_str().unwrap_or_default();
        assert!(msg.contains("auto-parent delegation is not supported against a node"), "{msg}");
        let hint = e["error"]["hint"].as_str().unwrap_or_default();
        assert!(hint.contains("--network embedded"), "{hint}");
    }
}

#[test]
fn no_shared_metadata_has_the_auto_parent_call_yet() {
    for name in ["finney-spec365.scale", "finney-spec393.scale", "subtensor-spec218-v15.scale"] {
        let Some(bytes) = remote::mock::shared_metadata(env!("CARGO_MANIFEST_DIR"), name) else {
            return;
        };
        // Call and storage names are stored as plain SCALE strings in the metadata.
        let has = |s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        assert!(has("set_children"), "{name}: the search itself works");
        assert!(
            !has("set_auto_parent_delegation_enabled") && !has("AutoParentDelegationEnabled"),
            "{name} now has auto-parent delegation: wire `stake child auto-parent` remotely"
        );
    }
}
