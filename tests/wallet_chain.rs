//! End-to-end: `taoctl wallet balance|transfer|overview` on a temporary embedded chain (the
//! `demo` preset, where //Alice … //Ferdie are funded and //Charlie's hotkeys are registered).

mod wallet_support;

use wallet_support::Env;

const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
const PW: &str = "Str0ng-Pass!";
const ED: u64 = 500;

/// rao as a TAO string with 9 decimals.
fn tao(rao: u64) -> String {
    format!("{}.{:09}", rao / 1_000_000_000, rao % 1_000_000_000)
}

fn setup() -> Env {
    let env = Env::new();
    env.json(&["wallet", "regen-coldkey", "-w", "alice", "--uri", "//Alice", "--no-password"]);
    env
}

fn free(env: &Env, wallet: &str) -> u64 {
    let v = env.json(&["wallet", "balance", "-w", wallet]);
    v["data"]["balances"][0]["free_rao"].as_u64().unwrap()
}

fn head(env: &Env) -> u64 {
    env.json(&["chain", "status"])["data"]["block"].as_u64().unwrap()
}

#[test]
fn balance_of_wallet_all_wallets_and_any_address() {
    let env = setup();
    let v = env.json(&["wallet", "balance", "-w", "alice"]);
    assert_eq!(v["command"], "wallet.balance");
    let row = &v["data"]["balances"][0];
    assert_eq!(row["address"], ALICE);
    let (f, s) = (row["free_rao"].as_u64().unwrap(), row["staked_rao"].as_u64().unwrap());
    assert!(f > 900_000_000_000_000, "{row}");
    assert!(s > 0, "Alice stakes in the demo preset: {row}");
    assert_eq!(row["total_rao"].as_u64().unwrap(), f + s);
    // Human table.
    let (o, _) = env.human(&["wallet", "balance", "-w", "alice"]);
    assert!(o.contains("alice") && o.contains(ALICE) && o.contains("staked"), "{o}");
    // Any address, no wallet needed.
    let v = env.json(&["wallet", "balance", "--ss58", BOB]);
    assert_eq!(v["data"]["balances"][0]["address"], BOB);
    assert!(v["data"]["balances"][0]["free_rao"].as_u64().unwrap() > 0);
    // --all: every wallet (a watch-only one included, a broken one shown with its error).
    env.json(&["wallet", "regen-coldkeypub", "-w", "bobwatch", "--ss58", BOB]);
    std::fs::create_dir_all(env.wallets().join("empty")).unwrap();
    let v = env.json(&["wallet", "balance", "--all"]);
    let rows = v["data"]["balances"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().any(|r| r["wallet"] == "bobwatch" && r["address"] == BOB));
    assert!(rows.iter().any(|r| r["wallet"] == "empty" && r["error"].is_string()));
    let sum: u64 = rows.iter().map(|r| r["total_rao"].as_u64().unwrap()).sum();
    assert_eq!(v["data"]["total_rao"].as_u64().unwrap(), sum);
    // A bad --ss58 fails before touching any chain.
    let (_, e) = env.fails(
        &["wallet", "balance", "--ss58", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQ"],
        3,
    );
    assert!(e.contains("invalid SS58 address"), "{e}");
    // A wallet without a coldkey.
    let (_, e) = env.fails(&["wallet", "balance", "-w", "nobody"], 3);
    assert!(e.contains("nobody"), "{e}");
}

#[test]
fn transfer_moves_exactly_the_amount_and_charges_exactly_the_fee_shown() {
    let env = setup();
    let pw = env.pw("pw", PW);
    let pwf = pw.to_str().unwrap();
    env.json(&["wallet", "new-coldkey", "-w", "bob", "--password-file", pwf]);
    let a0 = free(&env, "alice");
    // Dry run: the preview, nothing signed, nothing changes.
    let block0 = head(&env);
    let d = env.json(&[
        "wallet",
        "transfer",
        "-w",
        "alice",
        "--dest",
        "bob",
        "--amount",
        "1.5",
        "--dry-run",
    ]);
    assert_eq!(d["command"], "wallet.transfer");
    let dd = &d["data"];
    assert_eq!(dd["dry_run"], true);
    assert_eq!(dd["call"], "transfer_keep_alive");
    assert_eq!(dd["to_wallet"], "bob");
    assert_eq!(dd["amount_rao"], 1_500_000_000u64);
    let fee = dd["fee_rao"].as_u64().unwrap();
    assert!(fee > 0);
    assert_eq!(dd["from_before_rao"].as_u64().unwrap(), a0);
    assert_eq!(dd["from_after_rao"].as_u64().unwrap(), a0 - 1_500_000_000 - fee);
    assert_eq!(head(&env), block0);
    assert_eq!(free(&env, "alice"), a0);
    // Human dry run shows the fee and both balances.
    let (o, e) = env.human(&[
        "wallet",
        "transfer",
        "-w",
        "alice",
        "--dest",
        "bob",
        "--amount",
        "1.5",
        "--dry-run",
    ]);
    assert!(o.contains("fee") && o.contains("1.5000") && o.contains("→"), "{o}");
    assert!(e.contains("dry run"), "{e}");
    // Without --yes and without a terminal: refused before signing.
    env.fails(&["wallet", "transfer", "-w", "alice", "--dest", "bob", "--amount", "1.5"], 9);
    assert_eq!(head(&env), block0);
    // The real transfer: exactly the amount moves, exactly the shown fee is charged.
    let t = env
        .json(&["wallet", "transfer", "-w", "alice", "--dest", "bob", "--amount", "1.5", "--yes"]);
    let td = &t["data"];
    assert_eq!(td["dry_run"], false);
    assert_eq!(td["fee_rao"].as_u64().unwrap(), fee);
    assert_eq!(td["block"].as_u64().unwrap(), block0 + 1);
    assert_eq!(free(&env, "alice"), a0 - 1_500_000_000 - fee);
    assert_eq!(free(&env, "bob"), 1_500_000_000);
    assert_eq!(td["from_after_rao"].as_u64().unwrap(), a0 - 1_500_000_000 - fee);
    assert_eq!(td["to_after_rao"].as_u64().unwrap(), 1_500_000_000);

    // Bob sends back by address with his (encrypted) key: keep-alive refuses to reap him.
    let b0 = free(&env, "bob");
    let e = env.json_fails(
        &[
            "wallet",
            "transfer",
            "-w",
            "bob",
            "--dest",
            ALICE,
            "--amount",
            "1.5",
            "--yes",
            "--password-file",
            pwf,
        ],
        4,
    );
    assert_eq!(e["chain_error"], "InsufficientBalance");
    let most = b0 - fee - ED; // the most that keeps the account alive
    let over = tao(most + 1);
    let e = env.json_fails(
        &[
            "wallet",
            "transfer",
            "-w",
            "bob",
            "--dest",
            ALICE,
            "--amount",
            &over,
            "--yes",
            "--password-file",
            pwf,
        ],
        4,
    );
    assert_eq!(e["chain_error"], "Expendability");
    assert!(e["message"].as_str().unwrap().contains("reap"), "{e}");
    assert!(e["hint"].as_str().unwrap().contains("--allow-death"), "{e}");
    assert_eq!(free(&env, "bob"), b0);
    // --all keeps the existential deposit; with --allow-death the account is emptied.
    let t = env.json(&[
        "wallet",
        "transfer",
        "-w",
        "bob",
        "--dest",
        "alice",
        "--all",
        "--yes",
        "--password-file",
        pwf,
    ]);
    assert_eq!(t["data"]["call"], "transfer_all");
    assert_eq!(t["data"]["amount_rao"].as_u64().unwrap(), b0 - fee - ED);
    assert_eq!(free(&env, "bob"), ED);
    // Now nothing is left to send while keeping the account.
    env.fails(
        &[
            "wallet",
            "transfer",
            "-w",
            "bob",
            "--dest",
            "alice",
            "--all",
            "--yes",
            "--password-file",
            pwf,
        ],
        4,
    );

    // allow-death with an amount leaving dust: the dust is burned and the account reaped.
    env.json(&["wallet", "transfer", "-w", "alice", "--dest", "bob", "--amount", "1", "--yes"]);
    let b1 = free(&env, "bob");
    let amount = b1 - fee - 100; // leaves 100 rao < ED
    let t = env.json(&[
        "wallet",
        "transfer",
        "-w",
        "bob",
        "--dest",
        "alice",
        "--amount",
        &tao(amount),
        "--allow-death",
        "--yes",
        "--password-file",
        pwf,
    ]);
    assert_eq!(t["data"]["call"], "transfer_allow_death");
    assert_eq!(t["data"]["dust_burned_rao"], 100);
    assert_eq!(free(&env, "bob"), 0);
}

#[test]
fn transfer_bad_input_leaves_the_chain_unchanged() {
    let env = setup();
    env.json(&["wallet", "regen-coldkey", "-w", "bob", "--uri", "//Bob", "--no-password"]);
    let block0 = head(&env);
    let a0 = free(&env, "alice");
    let t = |args: &[&str], code: i32| -> String {
        let mut full = vec!["wallet", "transfer", "-w", "alice", "--yes"];
        full.extend_from_slice(args);
        env.fails(&full, code).1
    };
    let e = t(&["--dest", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ", "--amount", "1"], 3);
    assert!(e.contains("invalid SS58 address") && e.contains("checksum"), "{e}");
    let e = t(&["--dest", "nosuchwallet", "--amount", "1"], 3);
    assert!(e.contains("nor is it a wallet"), "{e}");
    let e = t(&["--dest", "../bob", "--amount", "1"], 3);
    assert!(e.contains("--dest"), "{e}");
    for (amount, why) in [
        ("1.0000000001", "more than 9 decimals"),
        ("0", "greater than zero"),
        ("-1", "negative"),
        ("0.000000000", "greater than zero"),
        ("abc", "not a decimal"),
    ] {
        let e = t(&["--dest", "bob", "--amount", amount], 3);
        assert!(e.contains(why), "{amount}: {e}");
    }
    let e = t(&["--dest", "alice", "--amount", "1"], 3);
    assert!(e.contains("sender itself"), "{e}");
    // More than the balance.
    let e = t(&["--dest", "bob", "--amount", "99999999"], 4);
    assert!(e.contains("insufficient balance"), "{e}");
    // Would reap the account without --allow-death.
    let fee = env.json(&[
        "wallet",
        "transfer",
        "-w",
        "alice",
        "--dest",
        "bob",
        "--amount",
        "1",
        "--dry-run",
    ])["data"]["fee_rao"]
        .as_u64()
        .unwrap();
    let reap = a0 - fee - 100;
    let e = t(&["--dest", "bob", "--amount", &tao(reap)], 4);
    assert!(
        e.contains("Expendability") && e.contains("reap") && e.contains("--allow-death"),
        "{e}"
    );
    // Endowing a new account below the existential deposit.
    let e = env.json_fails(
        &[
            "wallet",
            "transfer",
            "-w",
            "alice",
            "--dest",
            "5EPCUjPxiHAcNooYipQFWr9NmmXJKpNG5RhcntXwbtUySrgH",
            "--amount",
            "0.0000001",
            "--yes",
        ],
        4,
    );
    assert_eq!(e["chain_error"], "ExistentialDeposit");
    // Amount and --all are exclusive; one of them is required (usage errors, exit 2).
    t(&["--dest", "bob", "--amount", "1", "--all"], 2);
    t(&["--dest", "bob"], 2);
    assert_eq!(head(&env), block0);
    assert_eq!(free(&env, "alice"), a0);
}

#[test]
fn overview_lists_registrations_per_hotkey() {
    let env = Env::new();
    env.json(&["wallet", "regen-coldkey", "-w", "charlie", "--uri", "//Charlie", "--no-password"]);
    env.json(&["wallet", "regen-hotkey", "-w", "charlie", "-H", "hk1", "--uri", "//Charlie_hk1"]);
    env.json(&["wallet", "regen-hotkey", "-w", "charlie", "-H", "hk2", "--uri", "//Charlie_hk2"]);
    env.json(&["wallet", "new-hotkey", "-w", "charlie", "-H", "spare"]);
    let v = env.json(&["wallet", "overview", "-w", "charlie"]);
    assert_eq!(v["command"], "wallet.overview");
    let hks = v["data"]["hotkeys"].as_array().unwrap();
    let by = |n: &str| hks.iter().find(|h| h["name"] == n).unwrap().clone();
    let hk1 = by("hk1");
    let regs = hk1["registrations"].as_array().unwrap();
    assert_eq!(regs.len(), 1, "{hk1}");
    assert_eq!(regs[0]["netuid"], 1);
    assert!(regs[0]["uid"].is_u64());
    assert!(regs[0]["stake_alpha"].as_u64().unwrap() > 0);
    assert_eq!(regs[0]["own_stake_alpha"], regs[0]["stake_alpha"]);
    assert!(regs[0]["immune"].is_boolean() && regs[0]["emission"].is_u64());
    assert_eq!(by("hk2")["registrations"][0]["netuid"], 2);
    assert!(by("spare")["registrations"].as_array().unwrap().is_empty());
    assert!(v["data"]["staked_rao"].as_u64().unwrap() > 0);
    let (o, _) = env.human(&["wallet", "overview", "-w", "charlie"]);
    assert!(o.contains("hk1") && o.contains("apex") && o.contains("not registered"), "{o}");
    // Watch-only wallets work too (no secret needed).
    env.json(&["wallet", "regen-coldkeypub", "-w", "watch", "--ss58", ALICE]);
    let v = env.json(&["wallet", "overview", "-w", "watch"]);
    assert_eq!(v["data"]["coldkey"], ALICE);
}
