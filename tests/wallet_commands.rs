//! End-to-end: every key-handling `taoctl wallet` command, human and `--json`, on temp wallet
//! directories. New taoctl-format keys use cheap Argon2 parameters (debug-only
//! `TAOCTL_TEST_INSECURE_KDF`) except in `real_kdf_key_locks_and_unlocks`.

mod wallet_support;

use wallet_support::{Env, VECTORS, manifest};

const PW: &str = "Str0ng-Pass!";
const ABANDON: &str =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const ABANDON_SS58: &str = "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH";

fn key<'a>(v: &'a serde_json::Value, role: &str) -> &'a serde_json::Value {
    v["data"]["keys"].as_array().unwrap().iter().find(|k| k["role"] == role).unwrap()
}

#[test]
fn create_list_show_sign_verify() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    // --json without --show-mnemonic: no mnemonic anywhere (no terminal), a warning instead.
    let out = env
        .cmd()
        .args(["wallet", "create", "-w", "alice", "--password-file", pwf, "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["command"], "wallet.create");
    let ck = key(&v, "coldkey");
    assert_eq!(ck["format"], "taoctl");
    assert!(ck.get("mnemonic").is_none());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("mnemonic was not shown"), "{stderr}");
    assert!(!stderr.contains("WRITE THESE WORDS"));
    let cold = ck["address"].as_str().unwrap().to_string();
    let hot = key(&v, "hotkey")["address"].as_str().unwrap().to_string();
    assert_eq!(key(&v, "hotkey")["format"], "plaintext");

    // list: a tree with addresses and formats, human and JSON.
    let (list, _) = env.human(&["wallet", "list"]);
    assert!(list.contains("alice") && list.contains(&cold) && list.contains("[taoctl]"), "{list}");
    assert!(
        list.contains("default") && list.contains(&hot) && list.contains("[plaintext]"),
        "{list}"
    );
    let l = env.json(&["wallet", "list"]);
    assert_eq!(l["command"], "wallet.list");
    let w = &l["data"]["wallets"][0];
    assert_eq!(w["name"], "alice");
    assert_eq!(w["address"], cold.as_str());
    assert_eq!(w["coldkey"]["format"], "taoctl");
    assert_eq!(w["hotkeys"][0]["key"]["format"], "plaintext");

    // show: format and the Argon2 cost are visible.
    let (show, _) = env.human(&["wallet", "show", "-w", "alice"]);
    assert!(show.contains("taoctl") && show.contains("argon2id") && show.contains(&hot), "{show}");
    let s = env.json(&["wallet", "show", "-w", "alice"]);
    assert_eq!(s["data"]["coldkey"]["format"], "taoctl");
    assert_eq!(s["data"]["watch_only"], false);

    // sign with the coldkey (password from the file) and verify, raw and <Bytes>-wrapped.
    let sig = env.json(&["wallet", "sign", "-w", "alice", "--password-file", pwf, "hello"]);
    assert_eq!(sig["data"]["address"], cold.as_str());
    assert_eq!(sig["data"]["signed"], "raw");
    let sig_raw = sig["data"]["signature"].as_str().unwrap().to_string();
    let ver = env.json(&["wallet", "verify", "hello", "--signature", &sig_raw, "--ss58", &cold]);
    assert_eq!(ver["data"]["valid"], true);
    assert_eq!(ver["data"]["signed"], "raw");
    // verify defaults to the wallet's coldkey.
    let (o, _) = env.human(&["wallet", "verify", "-w", "alice", "hello", "--signature", &sig_raw]);
    assert!(o.contains("valid signature"), "{o}");
    let wrapped = env.json(&[
        "wallet",
        "sign",
        "-w",
        "alice",
        "--password-file",
        pwf,
        "--bytes-wrapped",
        "hello",
    ]);
    let sig_w = wrapped["data"]["signature"].as_str().unwrap().to_string();
    let ver = env.json(&["wallet", "verify", "hello", "--signature", &sig_w, "--ss58", &cold]);
    assert_eq!(ver["data"]["signed"], "bytes-wrapped");
    // hex messages are the same bytes.
    let ver = env.json(&[
        "wallet",
        "verify",
        "--hex",
        "0x68656c6c6f",
        "--signature",
        &sig_raw,
        "--ss58",
        &cold,
    ]);
    assert_eq!(ver["data"]["valid"], true);
    // the hotkey signs without a password.
    let hs = env.json(&["wallet", "sign", "-w", "alice", "--use-hotkey", "hi"]);
    assert_eq!(hs["data"]["address"], hot.as_str());
    let hsig = hs["data"]["signature"].as_str().unwrap();
    env.json(&["wallet", "verify", "-w", "alice", "--use-hotkey", "hi", "--signature", hsig]);
    // a signature over another message, or by another key, is rejected (auth, 6).
    let (_, e) =
        env.fails(&["wallet", "verify", "hellO", "--signature", &sig_raw, "--ss58", &cold], 6);
    assert!(e.contains("NOT valid"), "{e}");
    env.fails(&["wallet", "verify", "hello", "--signature", &sig_raw, "--ss58", &hot], 6);
    let (_, e) =
        env.fails(&["wallet", "verify", "hello", "--signature", "0x1234", "--ss58", &cold], 3);
    assert!(e.contains("64"), "{e}");
}

#[test]
fn human_create_shows_the_mnemonic_once_and_it_restores_the_key() {
    let env = Env::new();
    let (out, err) =
        env.human(&["wallet", "create", "-w", "bob", "--no-password", "--words", "24"]);
    assert!(err.contains("WRITE THESE WORDS DOWN"), "{err}");
    assert!(err.contains("NOT encrypted"), "{err}");
    // The mnemonic is on stderr only, never on stdout.
    let line_words = |l: &str| {
        l.trim_start_matches('│')
            .trim_end_matches('│')
            .split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let mut lines = err.lines().skip_while(|l| !l.contains("Mnemonic of the coldkey")).skip(1);
    let mut words = line_words(lines.next().unwrap());
    words.extend(line_words(lines.next().unwrap()));
    assert_eq!(words.len(), 24, "{err}");
    let phrase = words.join(" ");
    assert!(!out.contains(&phrase), "the mnemonic must not be on stdout: {out}");
    let v = env.json(&["wallet", "show", "-w", "bob"]);
    let addr = v["data"]["address"].as_str().unwrap().to_string();
    let r = env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "bob2",
        "--mnemonic",
        &phrase,
        "--no-password",
    ]);
    assert_eq!(key(&r, "coldkey")["address"], addr.as_str());

    // --json --show-mnemonic puts both mnemonics in the JSON.
    let v = env.json(&["wallet", "create", "-w", "carol", "--no-password", "--show-mnemonic"]);
    let m = key(&v, "coldkey")["mnemonic"].as_str().unwrap().to_string();
    assert_eq!(m.split(' ').count(), 12);
    assert!(key(&v, "hotkey")["mnemonic"].is_string());
    let r =
        env.json(&["wallet", "regen-coldkey", "-w", "carol2", "--mnemonic", &m, "--no-password"]);
    assert_eq!(key(&r, "coldkey")["address"], key(&v, "coldkey")["address"]);
    // new-hotkey and new-coldkey add keys to an existing wallet.
    let h = env.json(&["wallet", "new-hotkey", "-w", "carol", "-H", "miner1"]);
    assert_eq!(key(&h, "hotkey")["name"], "miner1");
    let l = env.json(&["wallet", "list"]);
    let carol = l["data"]["wallets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["name"] == "carol")
        .unwrap()
        .clone();
    assert_eq!(carol["hotkeys"].as_array().unwrap().len(), 2);
    let c =
        env.json(&["wallet", "new-coldkey", "-w", "dave", "--no-password", "--btcli-compatible"]);
    assert_eq!(key(&c, "coldkey")["format"], "plaintext");
}

#[test]
fn real_kdf_key_locks_and_unlocks() {
    // The default Argon2id cost (192 MiB, t=2): one real taoctl-format key, locked and unlocked.
    let mut env = Env::new();
    env.real_kdf = true;
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    let v = env.json(&["wallet", "new-coldkey", "-w", "real", "--password-file", pwf]);
    assert_eq!(key(&v, "coldkey")["format"], "taoctl");
    let (show, _) = env.human(&["wallet", "show", "-w", "real"]);
    assert!(show.contains("argon2id m=192 MiB t=2 p=1"), "{show}");
    let s = env.json(&["wallet", "sign", "-w", "real", "--password-file", pwf, "msg"]);
    assert_eq!(s["data"]["address"], key(&v, "coldkey")["address"]);
    let bad = env.pw("bad", "Wrong-Pass-1");
    let before = env.snapshot();
    let (_, e) = env.fails(
        &["wallet", "sign", "-w", "real", "--password-file", bad.to_str().unwrap(), "msg"],
        6,
    );
    assert!(e.contains("wrong password"), "{e}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn regen_from_every_source_reproduces_the_vectors() {
    let env = Env::new();
    let m = manifest();
    for (i, v) in m["vectors"].as_array().unwrap().iter().enumerate() {
        let ck = &v["coldkey"];
        let want = ck["ss58"].as_str().unwrap();
        let mnemonic = v["mnemonic"].as_str().unwrap();
        let mfile = env.path().join(format!("m{i}.txt"));
        std::fs::write(&mfile, format!("{mnemonic}\n")).unwrap();
        let sources: [(&str, String); 4] = [
            ("--mnemonic", mnemonic.to_string()),
            ("--mnemonic-file", mfile.display().to_string()),
            ("--seed", ck["mini_secret_seed_hex"].as_str().unwrap().to_string()),
            ("--private-key", ck["private_key_64_hex"].as_str().unwrap().to_string()),
        ];
        for (j, (flag, value)) in sources.iter().enumerate() {
            let w = format!("v{i}s{j}");
            let r = env.json(&["wallet", "regen-coldkey", "-w", &w, flag, value, "--no-password"]);
            assert_eq!(r["command"], "wallet.regen-coldkey");
            assert_eq!(key(&r, "coldkey")["address"], want, "{flag} of {}", v["name"]);
            // The regenerated key signs like the original (verifies against the vector address).
            let s = env.json(&["wallet", "sign", "-w", &w, "x"]);
            env.json(&[
                "wallet",
                "verify",
                "x",
                "--signature",
                s["data"]["signature"].as_str().unwrap(),
                "--ss58",
                want,
            ]);
        }
        // The hotkey from its mnemonic.
        let hk = &v["hotkey"];
        let r = env.json(&[
            "wallet",
            "regen-hotkey",
            "-w",
            &format!("v{i}s0"),
            "--mnemonic",
            hk["mnemonic"].as_str().unwrap(),
        ]);
        assert_eq!(key(&r, "hotkey")["address"], hk["ss58"]);
    }
    // The recorded vector signatures verify through the CLI.
    let v0 = &m["vectors"][0]["coldkey"];
    let msg = m["sign_message_utf8"].as_str().unwrap();
    let r = env.json(&[
        "wallet",
        "verify",
        msg,
        "--signature",
        v0["signature_hex"].as_str().unwrap(),
        "--ss58",
        ABANDON_SS58,
    ]);
    assert_eq!(r["data"]["signed"], "raw");
    let sig = v0["signature_over_bytes_wrapped_message_hex"].as_str().unwrap();
    let r = env.json(&["wallet", "verify", msg, "--signature", sig, "--ss58", ABANDON_SS58]);
    assert_eq!(r["data"]["signed"], "bytes-wrapped");
    // URIs.
    for (uri, want) in m["derivation_checks"]["uri_addresses"].as_object().unwrap() {
        let w = format!("uri{}", want.as_str().unwrap().len() + uri.len());
        let r = env.json(&[
            "wallet",
            "regen-coldkey",
            "-w",
            &w,
            "--uri",
            uri,
            "--no-password",
            "--overwrite",
        ]);
        assert_eq!(key(&r, "coldkey")["address"], *want, "{uri}");
    }
    // polkadot-js JSON (its password from the password file), written in taoctl's format.
    let pj = &m["polkadotjs_json"];
    let pw = env.pw("pj", pj["password"].as_str().unwrap());
    let file = format!("{VECTORS}/{}", pj["file"].as_str().unwrap());
    let r = env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "pj",
        "--json-file",
        &file,
        "--password-file",
        pw.to_str().unwrap(),
    ]);
    assert_eq!(key(&r, "coldkey")["address"], pj["substrate_interface_address"]);
    assert_eq!(key(&r, "coldkey")["format"], "taoctl");
    let s = env.json(&["wallet", "sign", "-w", "pj", "--password-file", pw.to_str().unwrap(), "y"]);
    assert_eq!(s["data"]["address"], ABANDON_SS58);
}

#[test]
fn export_btcli_then_import_round_trip() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "src",
        "--mnemonic",
        ABANDON,
        "--password-file",
        pwf,
    ]);
    env.json(&["wallet", "new-hotkey", "-w", "src", "-H", "miner1"]);
    let hot = env.json(&["wallet", "show", "-w", "src"])["data"]["hotkeys"][0]["address"].clone();
    // Export to a btcli wallets root: $NACL coldkey under the same password, pub files, hotkeys.
    let out_root = env.path().join("btcli-root");
    let e = env.json(&[
        "wallet",
        "export",
        "-w",
        "src",
        "--format",
        "btcli",
        "--out",
        out_root.to_str().unwrap(),
        "--password-file",
        pwf,
    ]);
    assert_eq!(e["command"], "wallet.export");
    assert_eq!(key(&e, "coldkey")["format"], "nacl");
    let cold = std::fs::read(out_root.join("src/coldkey")).unwrap();
    assert!(cold.starts_with(b"$NACL"));
    assert!(out_root.join("src/coldkeypub.txt").is_file());
    assert!(
        out_root.join("src/hotkeys/miner1").is_file()
            && out_root.join("src/hotkeys/miner1pub.txt").is_file()
    );
    // Exporting again refuses (conflict) without touching the export.
    let before = std::fs::read(out_root.join("src/coldkey")).unwrap();
    env.fails(
        &[
            "wallet",
            "export",
            "-w",
            "src",
            "--format",
            "btcli",
            "--out",
            out_root.to_str().unwrap(),
            "--password-file",
            pwf,
        ],
        7,
    );
    assert_eq!(before, std::fs::read(out_root.join("src/coldkey")).unwrap());
    // Import it back: the coldkey becomes taoctl-format under the same password.
    let src_dir = out_root.join("src");
    let i = env.json(&[
        "wallet",
        "import",
        "-w",
        "back",
        src_dir.to_str().unwrap(),
        "--password-file",
        pwf,
    ]);
    assert_eq!(i["command"], "wallet.import");
    assert_eq!(key(&i, "coldkey")["address"], ABANDON_SS58);
    assert_eq!(key(&i, "coldkey")["format"], "taoctl");
    let back = env.json(&["wallet", "show", "-w", "back"]);
    assert_eq!(back["data"]["hotkeys"][0]["address"], hot);
    let s = env.json(&["wallet", "sign", "-w", "back", "--password-file", pwf, "m"]);
    assert_eq!(s["data"]["address"], ABANDON_SS58);
    // The source directory is untouched by the import.
    assert_eq!(before, std::fs::read(out_root.join("src/coldkey")).unwrap());
}

#[test]
fn import_official_btwallet_directory_and_keep_it_btcli_compatible() {
    let env = Env::new();
    let m = manifest();
    let pw = env.pw("pw", m["coldkey_password"].as_str().unwrap());
    let pwf = pw.to_str().unwrap();
    let v0 = &m["vectors"][0];
    let dir = format!("{VECTORS}/wallets/w_abandon12");
    // --btcli-compatible keeps the $NACL file as it is (no KDF run, no password needed).
    let i = env.json(&["wallet", "import", "-w", "kept", &dir, "--btcli-compatible"]);
    assert_eq!(key(&i, "coldkey")["format"], "nacl");
    assert_eq!(key(&i, "coldkey")["address"], v0["coldkey"]["ss58"]);
    assert_eq!(
        std::fs::read(env.wallets().join("kept/coldkey")).unwrap(),
        std::fs::read(format!("{dir}/coldkey")).unwrap()
    );
    let hk = i["data"]["keys"].as_array().unwrap().iter().find(|k| k["role"] == "hotkey").unwrap();
    assert_eq!(hk["address"], v0["hotkey"]["ss58"]);
    // Default: decrypted with its password and re-encrypted in taoctl's format.
    let i = env.json(&["wallet", "import", "-w", "mine", &dir, "--password-file", pwf]);
    assert_eq!(key(&i, "coldkey")["format"], "taoctl");
    let s = env.json(&["wallet", "sign", "-w", "mine", "--password-file", pwf, "m"]);
    assert_eq!(s["data"]["address"], v0["coldkey"]["ss58"]);
    // A wrong source password: auth error, nothing written.
    let bad = env.pw("bad", "Nope-Nope-1");
    let before = env.snapshot();
    env.fails(
        &["wallet", "import", "-w", "other", &dir, "--password-file", bad.to_str().unwrap()],
        6,
    );
    assert_eq!(before, env.snapshot());
}

#[test]
fn polkadot_js_export_then_import() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "a",
        "--mnemonic",
        ABANDON,
        "--password-file",
        pwf,
    ]);
    let out = env.path().join("exp/a.json");
    let e = env.json(&[
        "wallet",
        "export",
        "-w",
        "a",
        "--format",
        "polkadot-js",
        "--out",
        out.to_str().unwrap(),
        "--password-file",
        pwf,
    ]);
    assert_eq!(key(&e, "coldkey")["format"], "polkadot-js");
    let j: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(j["address"], ABANDON_SS58);
    assert_eq!(j["encoding"]["version"], "3");
    let i =
        env.json(&["wallet", "import", "-w", "b", out.to_str().unwrap(), "--password-file", pwf]);
    assert_eq!(key(&i, "coldkey")["address"], ABANDON_SS58);
    let s = env.json(&["wallet", "sign", "-w", "b", "--password-file", pwf, "m"]);
    assert_eq!(s["data"]["address"], ABANDON_SS58);
    // Hotkey export and the taoctl single-file export.
    env.json(&["wallet", "regen-hotkey", "-w", "a", "--uri", "//Bob"]);
    let hout = env.path().join("exp/hot.json");
    let e = env.json(&[
        "wallet",
        "export",
        "-w",
        "a",
        "--use-hotkey",
        "--format",
        "polkadot-js",
        "--out",
        hout.to_str().unwrap(),
        "--password-file",
        pwf,
    ]);
    assert_eq!(key(&e, "hotkey")["address"], "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty");
    let tout = env.path().join("exp/a.taoctl");
    env.json(&[
        "wallet",
        "export",
        "-w",
        "a",
        "--format",
        "taoctl",
        "--out",
        tout.to_str().unwrap(),
        "--password-file",
        pwf,
    ]);
    let t: serde_json::Value = serde_json::from_slice(&std::fs::read(&tout).unwrap()).unwrap();
    assert_eq!(t["format"], "taoctl-keystore");
    assert_eq!(t["key"]["ss58_address"], ABANDON_SS58);
    // An existing output is not replaced without --overwrite.
    let (_, err) = env.fails(
        &[
            "wallet",
            "export",
            "-w",
            "a",
            "--format",
            "taoctl",
            "--out",
            tout.to_str().unwrap(),
            "--password-file",
            pwf,
        ],
        7,
    );
    assert!(err.contains("already exists"), "{err}");
    // Importing a file that is not a polkadot-js export is an input error.
    env.fails(&["wallet", "import", "-w", "c", tout.to_str().unwrap()], 3);
}

#[test]
fn convert_between_formats_keeps_the_address_and_password() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "c",
        "--mnemonic",
        ABANDON,
        "--password-file",
        pwf,
    ]);
    // taoctl → btcli ($NACL, what btcli reads): same address, same password.
    let v = env.json(&["wallet", "convert", "-w", "c", "--to", "btcli", "--password-file", pwf]);
    assert_eq!(v["command"], "wallet.convert");
    assert_eq!(key(&v, "coldkey")["format"], "nacl");
    assert!(std::fs::read(env.wallets().join("c/coldkey")).unwrap().starts_with(b"$NACL"));
    let (l, _) = env.human(&["wallet", "list"]);
    assert!(l.contains("[nacl]"), "{l}");
    // Already in that format: nothing to do.
    let (_, e) = env.human(&["wallet", "convert", "-w", "c", "--to", "btcli"]);
    assert!(e.contains("already"), "{e}");
    // btcli → taoctl with a new password: the old one fails afterwards, the new one works.
    let new = env.pw("new", "N3w-Password!");
    let v = env.json(&[
        "wallet",
        "convert",
        "-w",
        "c",
        "--to",
        "taoctl",
        "--change-password",
        "--password-file",
        pwf,
        "--new-password-file",
        new.to_str().unwrap(),
    ]);
    assert_eq!(key(&v, "coldkey")["format"], "taoctl");
    assert_eq!(key(&v, "coldkey")["address"], ABANDON_SS58);
    env.fails(&["wallet", "sign", "-w", "c", "--password-file", pwf, "m"], 6);
    let s = env.json(&["wallet", "sign", "-w", "c", "--password-file", new.to_str().unwrap(), "m"]);
    assert_eq!(s["data"]["address"], ABANDON_SS58);
    // Converting with the wrong password changes nothing.
    let before = env.snapshot();
    env.fails(&["wallet", "convert", "-w", "c", "--to", "btcli", "--password-file", pwf], 6);
    assert_eq!(before, env.snapshot());
}

#[test]
fn change_password_replaces_the_password_only() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let new = env.pw("new", "An0ther-Secret");
    let (pwf, newf) = (pw.to_str().unwrap(), new.to_str().unwrap());
    env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "p",
        "--mnemonic",
        ABANDON,
        "--password-file",
        pwf,
    ]);
    let v = env.json(&[
        "wallet",
        "change-password",
        "-w",
        "p",
        "--password-file",
        pwf,
        "--new-password-file",
        newf,
    ]);
    assert_eq!(v["command"], "wallet.change-password");
    assert_eq!(key(&v, "coldkey")["format"], "taoctl");
    let (_, e) = env.fails(&["wallet", "sign", "-w", "p", "--password-file", pwf, "m"], 6);
    assert!(e.contains("wrong password"), "{e}");
    env.json(&["wallet", "sign", "-w", "p", "--password-file", newf, "m"]);
    // A weak new password is refused before anything is written.
    let weak = env.pw("weak", "short");
    let before = env.snapshot();
    let (_, e) = env.fails(
        &[
            "wallet",
            "change-password",
            "-w",
            "p",
            "--password-file",
            newf,
            "--new-password-file",
            weak.to_str().unwrap(),
        ],
        3,
    );
    assert!(e.contains("too weak"), "{e}");
    assert_eq!(before, env.snapshot());
    // No new password source and no terminal: auth error naming the way to give one.
    let (_, e) = env.fails(&["wallet", "change-password", "-w", "p", "--password-file", newf], 6);
    assert!(e.contains("--new-password-file"), "{e}");
    assert_eq!(before, env.snapshot());
    // An unencrypted key has no password to change.
    env.json(&["wallet", "regen-coldkey", "-w", "plain", "--uri", "//Bob", "--no-password"]);
    env.fails(&["wallet", "change-password", "-w", "plain", "--new-password-file", newf], 3);
}

#[test]
fn watch_only_pub_files() {
    let env = Env::new();
    let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
    let v = env.json(&["wallet", "regen-coldkeypub", "-w", "watch", "--ss58", alice]);
    assert_eq!(v["command"], "wallet.regen-coldkeypub");
    assert_eq!(key(&v, "coldkey")["format"], "public");
    let v = env.json(&[
        "wallet",
        "regen-hotkeypub",
        "-w",
        "watch",
        "-H",
        "hk",
        "--public-key",
        "0x66933bd1f37070ef87bd1198af3dacceb095237f803f3d32b173e6b425ed7972",
    ]);
    assert_eq!(key(&v, "hotkey")["address"], ABANDON_SS58);
    let s = env.json(&["wallet", "show", "-w", "watch"]);
    assert_eq!(s["data"]["watch_only"], true);
    assert_eq!(s["data"]["address"], alice);
    assert_eq!(s["data"]["hotkeys"][0]["address"], ABANDON_SS58);
    let (l, _) = env.human(&["wallet", "list"]);
    assert!(l.contains("watch-only"), "{l}");
    // Signing needs a secret.
    let (_, e) = env.fails(&["wallet", "sign", "-w", "watch", "m"], 3);
    assert!(e.contains("coldkey"), "{e}");
    // The pub file is not replaced without --overwrite; with it, it is.
    env.fails(&["wallet", "regen-coldkeypub", "-w", "watch", "--ss58", ABANDON_SS58], 7);
    env.json(&["wallet", "regen-coldkeypub", "-w", "watch", "--ss58", ABANDON_SS58, "--overwrite"]);
    // Completing a watch-only wallet with the matching secret is allowed.
    env.json(&["wallet", "regen-coldkey", "-w", "watch", "--mnemonic", ABANDON, "--no-password"]);
    // Bad public keys.
    let (_, e) = env.fails(
        &[
            "wallet",
            "regen-coldkeypub",
            "-w",
            "w2",
            "--ss58",
            "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQX",
        ],
        3,
    );
    assert!(e.contains("invalid SS58 address"), "{e}");
    env.fails(&["wallet", "regen-coldkeypub", "-w", "w2", "--public-key", "0x1234"], 3);
    assert!(!env.wallets().join("w2").join("coldkeypub.txt").exists());
}

#[test]
fn list_shows_unreadable_files_instead_of_failing() {
    let env = Env::new();
    assert!(env.human(&["wallet", "list"]).0.contains("no wallets"));
    env.json(&["wallet", "regen-coldkey", "-w", "ok", "--uri", "//Alice", "--no-password"]);
    let broken = env.wallets().join("broken");
    std::fs::create_dir_all(broken.join("hotkeys")).unwrap();
    std::fs::write(broken.join("coldkey"), b"garbage, not a key").unwrap();
    std::fs::write(broken.join("hotkeys/h"), b"{\"nope\": 1").unwrap();
    let (l, _) = env.human(&["wallet", "list"]);
    assert!(l.contains("broken") && l.contains("unreadable"), "{l}");
    assert!(
        l.contains("ok") && l.contains("5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"),
        "{l}"
    );
    let v = env.json(&["wallet", "list"]);
    let b = v["data"]["wallets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["name"] == "broken")
        .unwrap()
        .clone();
    assert!(b["coldkey"]["error"].as_str().unwrap().contains("not a recognised key file"), "{b}");
    // show of a wallet that does not exist: input error.
    let (_, e) = env.fails(&["wallet", "show", "-w", "nobody"], 3);
    assert!(e.contains("no wallet `nobody`"), "{e}");
}

// ---------------------------------------------------------------- refusals

#[test]
fn existing_key_is_refused_before_anything_is_generated_or_printed() {
    let env = Env::new();
    env.json(&["wallet", "create", "-w", "a", "--no-password"]);
    let before = env.snapshot();
    for args in [
        vec!["wallet", "create", "-w", "a", "--no-password"],
        vec!["wallet", "new-coldkey", "-w", "a", "--no-password"],
        vec!["wallet", "new-hotkey", "-w", "a"],
        vec!["wallet", "regen-coldkey", "-w", "a", "--mnemonic", ABANDON, "--no-password"],
        vec!["wallet", "regen-hotkey", "-w", "a", "--mnemonic", ABANDON],
    ] {
        let (out, err) = env.fails(&args, 7);
        assert!(err.contains("already exists") && err.contains("--overwrite"), "{args:?}: {err}");
        assert!(!err.contains("WRITE THESE WORDS") && !err.contains("Mnemonic"), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(before, env.snapshot(), "{args:?}");
    }
    // Even without a password source, the conflict is reported (not the missing password).
    let (_, err) = env.fails(&["wallet", "create", "-w", "a"], 7);
    assert!(err.contains("already exists"), "{err}");
    let e = env.json_fails(&["wallet", "create", "-w", "a", "--no-password"], 7);
    assert_eq!(e["code"], "conflict");
    // With --overwrite the keys are replaced.
    let v = env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "a",
        "--mnemonic",
        ABANDON,
        "--no-password",
        "--overwrite",
    ]);
    assert_eq!(key(&v, "coldkey")["address"], ABANDON_SS58);
}

#[test]
fn no_terminal_and_no_password_source_is_a_clear_auth_error() {
    let env = Env::new();
    let (_, e) = env.fails(&["wallet", "create", "-w", "x"], 6);
    assert!(
        e.contains("no terminal") && e.contains("--password-file") && e.contains("TAOCTL_PASSWORD"),
        "{e}"
    );
    assert!(!env.wallets().join("x").join("coldkey").exists());
    let e = env.json_fails(&["wallet", "create", "-w", "x"], 6);
    assert_eq!(e["code"], "auth");
    // Unlocking without a source.
    let pw = env.pw("pw", PW);
    env.json(&["wallet", "new-coldkey", "-w", "y", "--password-file", pw.to_str().unwrap()]);
    env.fails(&["wallet", "sign", "-w", "y", "m"], 6);
    // TAOCTL_PASSWORD is a source too.
    let out = env
        .cmd()
        .env("TAOCTL_PASSWORD", PW)
        .args(["wallet", "sign", "-w", "y", "m"])
        .output()
        .unwrap();
    assert!(out.status.success());
}

#[test]
fn wrong_or_empty_password() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    env.json(&["wallet", "new-coldkey", "-w", "z", "--password-file", pw.to_str().unwrap()]);
    let before = env.snapshot();
    let wrong = env.pw("wrong", "Wrong-Pass-9");
    let (_, e) = env
        .fails(&["wallet", "sign", "-w", "z", "--password-file", wrong.to_str().unwrap(), "m"], 6);
    assert!(e.contains("wrong password"), "{e}");
    let empty = env.pw("empty", "");
    let e = env.json_fails(
        &["wallet", "sign", "-w", "z", "--password-file", empty.to_str().unwrap(), "m"],
        6,
    );
    assert_eq!(e["code"], "auth");
    assert_eq!(before, env.snapshot());
    // An empty or weak password for a new key is refused and nothing is written.
    let (_, e) = env
        .fails(&["wallet", "create", "-w", "new", "--password-file", empty.to_str().unwrap()], 3);
    assert!(e.contains("too weak"), "{e}");
    assert_eq!(before, env.snapshot());
}

#[test]
fn invalid_mnemonics_name_the_problem() {
    let env = Env::new();
    let typo = ABANDON.replace("about", "abuot");
    let (_, e) =
        env.fails(&["wallet", "regen-coldkey", "-w", "m", "--mnemonic", &typo, "--no-password"], 3);
    assert!(e.contains("word 12") && e.contains("abuot"), "{e}");
    let bad_checksum = "abandon ".repeat(11) + "abandon";
    let (_, e) = env.fails(
        &["wallet", "regen-coldkey", "-w", "m", "--mnemonic", &bad_checksum, "--no-password"],
        3,
    );
    assert!(e.contains("checksum"), "{e}");
    let e =
        env.json_fails(&["wallet", "regen-hotkey", "-w", "m", "--mnemonic", "abandon abandon"], 3);
    assert!(e["message"].as_str().unwrap().contains("12, 15, 18, 21 or 24"), "{e}");
    let (_, e) =
        env.fails(&["wallet", "regen-coldkey", "-w", "m", "--seed", "0x12zz", "--no-password"], 3);
    assert!(e.contains("seed") && !e.contains("12zz"), "{e}");
    assert!(env.snapshot().is_empty());
}

#[test]
fn path_traversal_names_are_refused() {
    let env = Env::new();
    for args in [
        vec!["wallet", "create", "-w", "../evil", "--no-password"],
        vec!["wallet", "create", "-w", "a/b", "--no-password"],
        vec!["wallet", "create", "-w", "ok", "-H", "../../evil", "--no-password"],
        vec!["wallet", "regen-coldkeypub", "-w", "..", "--ss58", ABANDON_SS58],
        vec!["wallet", "new-hotkey", "-w", "ok", "-H", ".hidden"],
        vec!["wallet", "show", "-w", "/etc"],
    ] {
        let (_, e) = env.fails(&args, 3);
        assert!(e.contains("invalid name"), "{args:?}: {e}");
    }
    assert!(!env.path().join("evil").exists());
    assert!(env.snapshot().is_empty());
}

// ---------------------------------------------------------------- dry runs

/// The `keys` of a report with what only a generated key has (address, public key) removed.
fn shapes(v: &serde_json::Value) -> Vec<serde_json::Value> {
    let mut keys = v["keys"].as_array().unwrap().clone();
    for k in &mut keys {
        let k = k.as_object_mut().unwrap();
        k.remove("address");
        k.remove("public_key");
    }
    keys
}

#[test]
fn dry_runs_of_new_keys_generate_and_write_nothing() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    let w = env.wallets();
    let p = |rel: &str| w.join(rel).display().to_string();
    // No password source and no terminal: the dry run still answers (no new password is asked
    // for), names the files, and shows no address (there is no key yet) and no mnemonic, even
    // with --show-mnemonic. Not even the wallets root is created.
    let d =
        env.dry("wallet.create", &["wallet", "create", "-w", "a", "--show-mnemonic", "--dry-run"]);
    assert_eq!(d["wallet"], "a");
    assert_eq!(
        d["files"],
        serde_json::json!([
            p("a/coldkey"),
            p("a/coldkeypub.txt"),
            p("a/hotkeys/default"),
            p("a/hotkeys/defaultpub.txt")
        ])
    );
    for k in d["keys"].as_array().unwrap() {
        assert!(k["address"].is_null() && k["public_key"].is_null(), "{k}");
    }
    assert_eq!(
        (d["keys"][0]["format"].clone(), d["keys"][1]["format"].clone()),
        ("taoctl".into(), "plaintext".into())
    );
    assert!(!w.exists());
    // The formats follow the flags as in the real run.
    let d = env.dry(
        "wallet.new-coldkey",
        &[
            "wallet",
            "new-coldkey",
            "-w",
            "a",
            "--btcli-compatible",
            "--password-file",
            pwf,
            "--dry-run",
        ],
    );
    assert_eq!(d["keys"][0]["format"], "nacl");
    assert_eq!(d["files"], serde_json::json!([p("a/coldkey"), p("a/coldkeypub.txt")]));
    let d = env.dry(
        "wallet.new-coldkey",
        &["wallet", "new-coldkey", "-w", "a", "--no-password", "--dry-run"],
    );
    assert_eq!(d["keys"][0]["format"], "plaintext");
    let d =
        env.dry("wallet.new-hotkey", &["wallet", "new-hotkey", "-w", "a", "-H", "m1", "--dry-run"]);
    assert_eq!(d["keys"][0]["name"], "m1");
    assert_eq!(d["files"], serde_json::json!([p("a/hotkeys/m1"), p("a/hotkeys/m1pub.txt")]));
    // Human mode: a table with the placeholder, the files, and the dry-run note; no secret box.
    let before = env.tree();
    let (out, err) = env.human(&["wallet", "create", "-w", "a", "--no-password", "--dry-run"]);
    assert!(out.contains("(a new random key)") && out.contains(&p("a/coldkey")), "{out}");
    assert!(
        err.contains("dry run: nothing was written") && err.contains("NOT be encrypted"),
        "{err}"
    );
    assert!(!err.contains("WRITE THESE WORDS") && !err.contains("Mnemonic"), "{err}");
    assert_eq!(before, env.tree());
    // The dry run describes the keys the real run then writes (all but the random address).
    let dry = env.dry(
        "wallet.create",
        &["wallet", "create", "-w", "a", "--password-file", pwf, "--dry-run"],
    );
    let real = env.json(&["wallet", "create", "-w", "a", "--password-file", pwf])["data"].clone();
    assert_eq!(shapes(&dry), shapes(&real));
    assert!(real["keys"][0]["address"].is_string());

    // Refusals are those of the real run, with the same codes, and change nothing.
    let m = env.dry_fails(
        &["wallet", "create", "-w", "a", "--no-password", "--dry-run"],
        7,
        "conflict",
    );
    assert!(m.contains("already exists"), "{m}");
    env.dry_fails(&["wallet", "new-coldkey", "-w", "a", "--dry-run"], 7, "conflict");
    env.dry_fails(&["wallet", "new-hotkey", "-w", "a", "--dry-run"], 7, "conflict");
    let m = env.dry_fails(&["wallet", "create", "-w", "../evil", "--dry-run"], 3, "input");
    assert!(m.contains("invalid name"), "{m}");
    let m =
        env.dry_fails(&["wallet", "new-hotkey", "-w", "a", "-H", ".h", "--dry-run"], 3, "input");
    assert!(m.contains("invalid name"), "{m}");
    let weak = env.pw("weak", "short");
    let m = env.dry_fails(
        &["wallet", "create", "-w", "b", "--password-file", weak.to_str().unwrap(), "--dry-run"],
        3,
        "input",
    );
    assert!(m.contains("too weak"), "{m}");
    // With --overwrite the dry run passes, and still replaces nothing.
    let d = env.dry(
        "wallet.create",
        &["wallet", "create", "-w", "a", "--overwrite", "--no-password", "--dry-run"],
    );
    assert_eq!(d["keys"].as_array().unwrap().len(), 2);
}

#[test]
fn dry_runs_of_export_import_convert_and_change_password() {
    let env = Env::new();
    let pw = env.pw("pw", PW);
    let new = env.pw("new", "An0ther-Secret");
    let bad = env.pw("bad", "Wrong-Pass-9");
    let weak = env.pw("weak", "short");
    let (pwf, newf, badf, weakf) = (
        pw.to_str().unwrap(),
        new.to_str().unwrap(),
        bad.to_str().unwrap(),
        weak.to_str().unwrap(),
    );
    env.json(&[
        "wallet",
        "regen-coldkey",
        "-w",
        "src",
        "--mnemonic",
        ABANDON,
        "--password-file",
        pwf,
    ]);
    env.json(&["wallet", "regen-hotkey", "-w", "src", "-H", "miner1", "--uri", "//Bob"]);

    // export, one file: the dry run's key is the real run's (address, formats, path); the output
    // directory is not created by the dry run.
    let out = env.path().join("exp/a.json");
    let o = out.to_str().unwrap();
    let export = ["wallet", "export", "-w", "src", "--format", "polkadot-js", "--out", o];
    let mut a: Vec<&str> = export.to_vec();
    a.extend(["--password-file", pwf, "--dry-run"]);
    let dry = env.dry("wallet.export", &a);
    assert!(!env.path().join("exp").exists());
    assert_eq!(dry["files"], serde_json::json!([o]));
    assert_eq!(dry["keys"][0]["from_format"], "taoctl");
    assert_eq!(dry["keys"][0]["format"], "polkadot-js");
    a.pop();
    let real = env.json(&a)["data"].clone();
    assert_eq!(dry["keys"], real["keys"]);
    assert_eq!(real["keys"][0]["address"], ABANDON_SS58);
    // ...and refuses what the write refuses: the file exists now (7), a wrong password (6).
    a.push("--dry-run");
    env.dry_fails(&a, 7, "conflict");
    let mut wrong: Vec<&str> = export.to_vec();
    wrong.extend(["--overwrite", "--password-file", badf, "--dry-run"]);
    env.dry_fails(&wrong, 6, "auth");
    // A plaintext hotkey needs a new password to be exported: a weak one fails in the dry run too.
    let hout = env.path().join("exp/h.json");
    let h = hout.to_str().unwrap();
    let hot = [
        "wallet",
        "export",
        "-w",
        "src",
        "-H",
        "miner1",
        "--use-hotkey",
        "--format",
        "taoctl",
        "--out",
        h,
    ];
    let mut a: Vec<&str> = hot.to_vec();
    a.extend(["--password-file", weakf, "--dry-run"]);
    env.dry_fails(&a, 3, "input");
    let mut a: Vec<&str> = hot.to_vec();
    a.push("--dry-run");
    let d = env.dry("wallet.export", &a);
    assert_eq!(
        (d["keys"][0]["role"].clone(), d["keys"][0]["from_format"].clone()),
        ("hotkey".into(), "plaintext".into())
    );

    // export --format btcli: a whole wallet directory, every file named, nothing created.
    let root = env.path().join("btcli-root");
    let r = root.to_str().unwrap();
    let mut a = vec![
        "wallet",
        "export",
        "-w",
        "src",
        "--format",
        "btcli",
        "--out",
        r,
        "--password-file",
        pwf,
        "--dry-run",
    ];
    let dry = env.dry("wallet.export", &a);
    let f = |rel: &str| root.join(rel).display().to_string();
    assert_eq!(
        dry["files"],
        serde_json::json!([
            f("src/coldkey"),
            f("src/coldkeypub.txt"),
            f("src/hotkeys/miner1"),
            f("src/hotkeys/miner1pub.txt")
        ])
    );
    a.pop();
    let real = env.json(&a)["data"].clone();
    assert_eq!(dry["keys"], real["keys"]);
    assert_eq!(real["keys"][0]["format"], "nacl");
    a.push("--dry-run");
    env.dry_fails(&a, 7, "conflict");

    // import of that btcli directory: same keys as the real import; wrong password (6); an
    // existing target (7).
    let dir = root.join("src");
    let d = dir.to_str().unwrap();
    let mut a = vec!["wallet", "import", "-w", "back", d, "--password-file", pwf, "--dry-run"];
    let dry = env.dry("wallet.import", &a);
    assert_eq!(
        (dry["keys"][0]["from_format"].clone(), dry["keys"][0]["format"].clone()),
        ("nacl".into(), "taoctl".into())
    );
    assert!(!env.wallets().join("back").exists());
    env.dry_fails(
        &["wallet", "import", "-w", "back", d, "--password-file", badf, "--dry-run"],
        6,
        "auth",
    );
    a.pop();
    let real = env.json(&a)["data"].clone();
    assert_eq!(dry["keys"], real["keys"]);
    assert_eq!(dry["files"].as_array().unwrap().len(), 4);
    a.push("--dry-run");
    env.dry_fails(&a, 7, "conflict");
    // --btcli-compatible keeps the $NACL file: no password needed, none asked for.
    let d2 = env.dry(
        "wallet.import",
        &["wallet", "import", "-w", "kept", d, "--btcli-compatible", "--dry-run"],
    );
    assert_eq!(d2["keys"][0]["format"], "nacl");
    // A polkadot-js file; and a path that is nothing importable (3).
    let dry = env.dry(
        "wallet.import",
        &["wallet", "import", "-w", "pj", o, "--password-file", pwf, "--dry-run"],
    );
    assert_eq!(
        (dry["keys"][0]["address"].clone(), dry["keys"][0]["from_format"].clone()),
        (ABANDON_SS58.into(), "polkadot-js".into())
    );
    let nowhere = env.path().join("nowhere");
    let m = env.dry_fails(
        &["wallet", "import", "-w", "x", nowhere.to_str().unwrap(), "--dry-run"],
        3,
        "input",
    );
    assert!(m.contains("does not exist"), "{m}");

    // convert: the dry run names the target format and the file; a wrong password fails (6).
    let mut a = vec![
        "wallet",
        "convert",
        "-w",
        "src",
        "--to",
        "btcli",
        "--password-file",
        pwf,
        "--dry-run",
    ];
    let dry = env.dry("wallet.convert", &a);
    let ck = env.wallets().join("src/coldkey").display().to_string();
    assert_eq!(dry["files"], serde_json::json!([ck]));
    env.dry_fails(
        &["wallet", "convert", "-w", "src", "--to", "btcli", "--password-file", badf, "--dry-run"],
        6,
        "auth",
    );
    // --change-password without a new password source does not prompt; a weak one fails (3).
    env.dry(
        "wallet.convert",
        &[
            "wallet",
            "convert",
            "-w",
            "src",
            "--to",
            "btcli",
            "--change-password",
            "--password-file",
            pwf,
            "--dry-run",
        ],
    );
    env.dry_fails(
        &[
            "wallet",
            "convert",
            "-w",
            "src",
            "--to",
            "btcli",
            "--change-password",
            "--password-file",
            pwf,
            "--new-password-file",
            weakf,
            "--dry-run",
        ],
        3,
        "input",
    );
    a.pop();
    let real = env.json(&a)["data"].clone();
    assert_eq!(dry["keys"], real["keys"]);
    assert_eq!(real["keys"][0]["format"], "nacl");
    // Already in that format: nothing would change.
    let d = env
        .dry("wallet.convert", &["wallet", "convert", "-w", "src", "--to", "btcli", "--dry-run"]);
    assert_eq!(d["files"], serde_json::json!([]));

    // change-password: the old password is checked (6), the new one too (3); the key is the
    // real run's.
    let mut a = vec![
        "wallet",
        "change-password",
        "-w",
        "src",
        "--password-file",
        pwf,
        "--new-password-file",
        newf,
        "--dry-run",
    ];
    let dry = env.dry("wallet.change-password", &a);
    assert_eq!(dry["files"], serde_json::json!([ck]));
    env.dry_fails(
        &[
            "wallet",
            "change-password",
            "-w",
            "src",
            "--password-file",
            badf,
            "--new-password-file",
            newf,
            "--dry-run",
        ],
        6,
        "auth",
    );
    env.dry_fails(
        &[
            "wallet",
            "change-password",
            "-w",
            "src",
            "--password-file",
            pwf,
            "--new-password-file",
            weakf,
            "--dry-run",
        ],
        3,
        "input",
    );
    env.dry(
        "wallet.change-password",
        &["wallet", "change-password", "-w", "src", "--password-file", pwf, "--dry-run"],
    );
    env.dry_fails(
        &["wallet", "change-password", "-w", "src", "--use-hotkey", "-H", "miner1", "--dry-run"],
        3,
        "input",
    );
    a.pop();
    let real = env.json(&a)["data"].clone();
    assert_eq!(dry["keys"], real["keys"]);
    env.json(&["wallet", "sign", "-w", "src", "--password-file", newf, "m"]);
}
