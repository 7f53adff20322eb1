//! Writes a btcli wallet with this crate so the official Python tools can be pointed at it
//! (the interop check recorded in docs/keystore.md):
//! `$NACL` coldkey + `coldkeypub.txt` + plaintext `hotkeys/<hotkey>` + `hotkeys/<hotkey>pub.txt`,
//! plus a polkadot-js export of the coldkey at `<root>/<wallet>-polkadotjs.json`.
//!
//! Usage: write_btwallet <root> <wallet> <hotkey> <password> "<coldkey mnemonic>" "<hotkey mnemonic>"

use keystore::{Keypair, Protection, WalletRoot};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [root, wallet, hotkey, password, cold_phrase, hot_phrase] = args.as_slice() else {
        return Err("usage: write_btwallet <root> <wallet> <hotkey> <password> <cold mnemonic> <hot mnemonic>".into());
    };
    let w = WalletRoot::new(root).wallet(wallet)?;
    let cold = Keypair::from_phrase(cold_phrase)?;
    let hot = Keypair::from_phrase(hot_phrase)?;
    w.write_coldkey(&cold, Protection::Nacl { password }, false)?;
    w.write_hotkey(hotkey, &hot, Protection::Plain, false)?;
    let json = keystore::polkadotjs::export(&cold, password, wallet)?;
    keystore::atomic::write_atomic(
        &w.dir().with_file_name(format!("{wallet}-polkadotjs.json")),
        json.as_bytes(),
        false,
    )?;
    println!("coldkey {}", cold.address());
    println!("hotkey {}", hot.address());
    Ok(())
}
