//! `taoctl wallet …` declarations: keys, key files, balances and transfers.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// Create, import, export and inspect wallets; check balances and send TAO.
///
/// Wallets use the btcli layout (`<wallet-path>/<wallet>/coldkey`, `coldkeypub.txt`,
/// `hotkeys/<name>`), so btcli and the Python SDK read what taoctl writes and the other way
/// round. New coldkeys are written in taoctl's format (Argon2id + XChaCha20-Poly1305), which
/// btcli cannot read; pass --btcli-compatible to write btcli's `$NACL` format instead, or
/// convert later with `taoctl wallet convert --to btcli`.
#[derive(Debug, Subcommand)]
pub enum WalletCommand {
    /// Create a wallet: a new coldkey and a new hotkey (-H, default `default`).
    ///
    /// Nothing is generated when a key already exists (pass --overwrite to replace it).
    ///
    /// Examples:
    ///   taoctl wallet create -w alice
    ///   taoctl wallet create -w alice --btcli-compatible --words 24
    Create(NewKeyArgs),
    /// Create a new coldkey in a wallet.
    NewColdkey(NewKeyArgs),
    /// Create a new hotkey (-H) in a wallet. Hotkeys are written unencrypted, as miners and
    /// validators load them without a prompt.
    ///
    /// Examples:
    ///   taoctl wallet new-hotkey -w alice -H miner1
    NewHotkey(NewHotkeyArgs),
    /// Restore an existing coldkey from its mnemonic, seed, private key, polkadot-js JSON or a
    /// development URI. This recovers a key you already have; it does not make a new one.
    ///
    /// Examples:
    ///   taoctl wallet regen-coldkey -w alice --mnemonic-file words.txt
    ///   taoctl wallet regen-coldkey -w dev --uri //Alice --no-password
    RegenColdkey(RegenArgs),
    /// Restore an existing hotkey (-H) from its mnemonic, seed, private key, JSON or URI.
    RegenHotkey(RegenArgs),
    /// Write a watch-only coldkeypub.txt from an address or public key (no secret on the box).
    ///
    /// Examples:
    ///   taoctl wallet regen-coldkeypub -w watch --ss58 5Grw…
    RegenColdkeypub(RegenPubArgs),
    /// Write a watch-only hotkey pub file (-H) from an address or public key.
    RegenHotkeypub(RegenPubArgs),
    /// List wallets and hotkeys with addresses and each key file's format (no password needed).
    List,
    /// Show one wallet: coldkey, hotkeys, formats, files and addresses (no password needed).
    Show,
    /// Export the coldkey (or a hotkey) to another format.
    ///
    /// `btcli` writes a whole btcli wallet directory under OUT (a wallets root): `$NACL`
    /// coldkey, coldkeypub.txt and the hotkeys. `polkadot-js` and `taoctl` write one file.
    ///
    /// Examples:
    ///   taoctl wallet export -w alice --format polkadot-js --out alice.json
    ///   taoctl wallet export -w alice --format btcli --out ~/.bittensor/wallets
    Export(ExportArgs),
    /// Import a btcli wallet directory or a polkadot-js JSON file into wallet -w.
    ///
    /// The source is only read. The coldkey is re-encrypted in taoctl's format with the same
    /// password (or in `$NACL` with --btcli-compatible); hotkeys and pub files are copied.
    ///
    /// Examples:
    ///   taoctl wallet import -w alice ~/.bittensor/wallets/alice
    ///   taoctl wallet import -w alice alice.json
    Import(ImportArgs),
    /// Re-encrypt the coldkey in place in another format (atomic; same password unless
    /// --change-password).
    ///
    /// Examples:
    ///   taoctl wallet convert -w alice --to btcli
    Convert(ConvertArgs),
    /// Change the coldkey's (or a hotkey's) password, keeping its format (atomic).
    ChangePassword(ChangePasswordArgs),
    /// Sign a message with the coldkey (or the hotkey with --use-hotkey); prints the signature.
    ///
    /// Examples:
    ///   taoctl wallet sign -w alice "hello"
    ///   taoctl wallet sign -w alice --bytes-wrapped "hello"
    Sign(SignArgs),
    /// Verify a signature (over the raw message or over `<Bytes>message</Bytes>`).
    ///
    /// Examples:
    ///   taoctl wallet verify "hello" --signature 0x… --ss58 5Grw…
    Verify(VerifyArgs),
    /// Free balance and stake value of the wallet's coldkey, of every wallet, or of any address.
    ///
    /// Examples:
    ///   taoctl wallet balance -w alice
    ///   taoctl wallet balance --all
    ///   taoctl wallet balance --ss58 5Grw…
    Balance(BalanceArgs),
    /// Send TAO from the wallet's coldkey. Keeps the account alive unless --allow-death.
    ///
    /// Shows the fee and the resulting balances before signing.
    ///
    /// Examples:
    ///   taoctl wallet transfer -w alice --dest bob --amount 1.5
    ///   taoctl wallet transfer -w alice --dest 5FHn… --all --dry-run
    Transfer(TransferArgs),
    /// Every hotkey of the wallet: registrations per subnet with uid, stake, emission, immunity.
    Overview,
}

/// Options for creating keys.
#[derive(Debug, Args)]
pub struct NewKeyArgs {
    /// Number of mnemonic words: 12, 15, 18, 21 or 24.
    #[arg(long, default_value = "12", value_parser = ["12", "15", "18", "21", "24"])]
    pub words: String,
    /// Write the coldkey in the btcli `$NACL` format instead of taoctl's format.
    #[arg(long)]
    pub btcli_compatible: bool,
    /// Replace existing key files (make sure you have their mnemonics first).
    #[arg(long)]
    pub overwrite: bool,
    /// Do not encrypt the coldkey (not recommended outside tests and dev chains).
    #[arg(long)]
    pub no_password: bool,
    /// Include the mnemonic in the --json output (it is always shown once to a person).
    #[arg(long)]
    pub show_mnemonic: bool,
    /// Check the names and the target files and show where the new keys would go, generating
    /// and writing nothing (no new password is asked for; a --password-file is checked).
    #[arg(long)]
    pub dry_run: bool,
}

/// Options for creating a hotkey.
#[derive(Debug, Args)]
pub struct NewHotkeyArgs {
    /// Number of mnemonic words: 12, 15, 18, 21 or 24.
    #[arg(long, default_value = "12", value_parser = ["12", "15", "18", "21", "24"])]
    pub words: String,
    /// Replace an existing hotkey (make sure you have its mnemonic first).
    #[arg(long)]
    pub overwrite: bool,
    /// Include the mnemonic in the --json output (it is always shown once to a person).
    #[arg(long)]
    pub show_mnemonic: bool,
    /// Check the names and the target files and show where the new keys would go, generating
    /// and writing nothing (no new password is asked for; a --password-file is checked).
    #[arg(long)]
    pub dry_run: bool,
}

/// Sources for restoring a key (exactly one).
#[derive(Debug, Args)]
#[group(id = "source", required = true, multiple = false)]
pub struct RegenSource {
    /// The mnemonic (quote it). Prefer --mnemonic-file: command lines are visible to other users.
    #[arg(long, group = "source")]
    pub mnemonic: Option<String>,
    /// A file whose content is the mnemonic.
    #[arg(long, group = "source", value_name = "FILE")]
    pub mnemonic_file: Option<PathBuf>,
    /// A 32-byte seed (mini secret) as hex.
    #[arg(long, group = "source", value_name = "HEX")]
    pub seed: Option<String>,
    /// A 64-byte sr25519 private key as hex (btwallet `privateKey`).
    #[arg(long, group = "source", value_name = "HEX")]
    pub private_key: Option<String>,
    /// A polkadot-js JSON export (its password comes from the usual password sources).
    /// (`--json` is taken by the global JSON-output flag.)
    #[arg(long, group = "source", value_name = "FILE")]
    pub json_file: Option<PathBuf>,
    /// A secret URI such as //Alice or '<mnemonic>//hard/soft' (development keys).
    #[arg(long, group = "source", value_name = "URI")]
    pub uri: Option<String>,
}

/// `regen-coldkey` / `regen-hotkey`.
#[derive(Debug, Args)]
pub struct RegenArgs {
    #[command(flatten)]
    pub source: RegenSource,
    /// Write the coldkey in the btcli `$NACL` format instead of taoctl's format.
    #[arg(long)]
    pub btcli_compatible: bool,
    /// Replace existing key files.
    #[arg(long)]
    pub overwrite: bool,
    /// Do not encrypt the coldkey (hotkeys are never encrypted).
    #[arg(long)]
    pub no_password: bool,
    /// Check the source and the target and show the key that would be written, writing nothing
    /// (no new password is asked for).
    #[arg(long)]
    pub dry_run: bool,
}

/// `regen-coldkeypub` / `regen-hotkeypub`.
#[derive(Debug, Args)]
pub struct RegenPubArgs {
    /// SS58 address.
    #[arg(
        long,
        value_name = "ADDRESS",
        required_unless_present = "public_key",
        conflicts_with = "public_key"
    )]
    pub ss58: Option<String>,
    /// Public key as 0x + 64 hex digits.
    #[arg(long, value_name = "HEX")]
    pub public_key: Option<String>,
    /// Replace an existing pub file.
    #[arg(long)]
    pub overwrite: bool,
    /// Show the pub file that would be written, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// A btcli wallet directory (`$NACL` coldkey, pub files, hotkeys) under OUT.
    Btcli,
    /// One polkadot-js JSON v3 file (scrypt + xsalsa20-poly1305).
    PolkadotJs,
    /// One taoctl-format key file (Argon2id + XChaCha20-Poly1305).
    Taoctl,
}

/// `wallet export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Target format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (for btcli: a wallets root; the wallet directory is created inside it).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// Export the hotkey (-H) instead of the coldkey (polkadot-js and taoctl formats).
    #[arg(long)]
    pub use_hotkey: bool,
    /// Replace an existing output.
    #[arg(long)]
    pub overwrite: bool,
    /// Unlock the key and show the files and format the export would write, writing nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `wallet import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A btcli wallet directory or a polkadot-js JSON file.
    pub path: PathBuf,
    /// Keep the coldkey in the btcli `$NACL` format instead of taoctl's format.
    #[arg(long)]
    pub btcli_compatible: bool,
    /// Replace existing key files in the target wallet.
    #[arg(long)]
    pub overwrite: bool,
    /// Read and unlock the source and show the keys and formats the import would write, writing
    /// nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// Coldkey formats `convert` writes.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ColdkeyFormat {
    /// taoctl's format: Argon2id + XChaCha20-Poly1305, header authenticated.
    Taoctl,
    /// The btcli / bittensor-wallet `$NACL` format.
    Btcli,
}

/// `wallet convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// Target format.
    #[arg(long, value_enum)]
    pub to: ColdkeyFormat,
    /// Also set a new password (asked twice, or read from --new-password-file).
    #[arg(long)]
    pub change_password: bool,
    /// Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe).
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
    /// Unlock the coldkey and show the format it would be rewritten in, writing nothing (no new
    /// password is asked for; a --new-password-file is checked).
    #[arg(long)]
    pub dry_run: bool,
}

/// `wallet change-password`.
#[derive(Debug, Args)]
pub struct ChangePasswordArgs {
    /// Change the hotkey's (-H) password instead of the coldkey's.
    #[arg(long)]
    pub use_hotkey: bool,
    /// Read the new password from the first line of FILE (or set TAOCTL_NEW_PASSWORD, unsafe).
    #[arg(long, value_name = "FILE")]
    pub new_password_file: Option<PathBuf>,
    /// Check the old password and show the file that would be rewritten, writing nothing (no new
    /// password is asked for; a --new-password-file is checked).
    #[arg(long)]
    pub dry_run: bool,
}

/// `wallet sign`.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The message (UTF-8), or hex with --hex.
    pub message: String,
    /// The message is hex (with or without 0x).
    #[arg(long)]
    pub hex: bool,
    /// Sign `<Bytes>message</Bytes>`, as polkadot-js `signRaw` does.
    #[arg(long)]
    pub bytes_wrapped: bool,
    /// Sign with the hotkey (-H) instead of the coldkey.
    #[arg(long)]
    pub use_hotkey: bool,
}

/// `wallet verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The message (UTF-8), or hex with --hex.
    pub message: String,
    /// Signature as hex (0x + 128 hex digits).
    #[arg(long, value_name = "HEX")]
    pub signature: String,
    /// Address of the signer [default: the wallet's coldkey, or hotkey with --use-hotkey].
    #[arg(long, value_name = "ADDRESS")]
    pub ss58: Option<String>,
    /// The signer is the wallet's hotkey (-H) (when --ss58 is not given).
    #[arg(long)]
    pub use_hotkey: bool,
    /// The message is hex (with or without 0x).
    #[arg(long)]
    pub hex: bool,
}

/// `wallet balance`.
#[derive(Debug, Args)]
pub struct BalanceArgs {
    /// Every wallet under --wallet-path.
    #[arg(long, conflicts_with = "ss58")]
    pub all: bool,
    /// Any address (no wallet needed).
    #[arg(long, value_name = "ADDRESS")]
    pub ss58: Option<String>,
}

/// `wallet transfer`.
#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Destination: an SS58 address or the name of a local wallet.
    #[arg(long, value_name = "ADDRESS|WALLET")]
    pub dest: String,
    /// Amount in TAO (at most 9 decimals).
    #[arg(
        long,
        value_name = "TAO",
        allow_hyphen_values = true,
        required_unless_present = "all",
        conflicts_with = "all"
    )]
    pub amount: Option<String>,
    /// Send the whole free balance (minus the fee, and minus the existential deposit unless
    /// --allow-death).
    #[arg(long)]
    pub all: bool,
    /// Allow the sending account to drop below the existential deposit and be reaped.
    #[arg(long)]
    pub allow_death: bool,
    /// Show the transfer, fee and resulting balances without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}
