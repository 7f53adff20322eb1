//! `taoctl stake …` declarations: add, remove, move, transfer, swap, unstake-all, list, child
//! keys (`child get|set|revoke|take`) and root-dividend claims (`claim-root`, `set-claim`).

use clap::{Args, Subcommand};

/// The stake verbs (the group's help text is on `Command::Stake` in `cli.rs`).
#[derive(Debug, Subcommand)]
pub enum StakeCommand {
    /// Stake TAO on a hotkey in one or more subnets (amount in TAO, per hotkey and subnet).
    ///
    /// Examples:
    ///   taoctl stake add --netuid 1 --amount 10
    ///   taoctl stake add --netuids 1,2,3 --amount 5 --tolerance 1
    ///   taoctl stake add --netuid 2 --amount 5 --hotkey-ss58 5F... --partial
    ///   taoctl stake add --netuid 1 --amount 10 --all-hotkeys --dry-run
    #[command(verbatim_doc_comment)]
    Add(StakeAddArgs),
    /// Unstake alpha from a hotkey in one or more subnets (amount in alpha), receiving TAO.
    ///
    /// Examples:
    ///   taoctl stake remove --netuid 1 --amount 3.5
    ///   taoctl stake remove --netuids 1,2 --all
    ///   taoctl stake remove --netuid 1 --amount 3.5 --unsafe --yes
    #[command(verbatim_doc_comment)]
    Remove(StakeRemoveArgs),
    /// Move stake between your hotkeys and/or subnets (same coldkey; amount in alpha).
    ///
    /// Across subnets the chain sells on the origin and buys on the destination (one swap fee
    /// and slippage); on the same subnet it is a fee-free share transfer.
    ///
    /// Examples:
    ///   taoctl stake move --origin-netuid 1 --dest-netuid 1 --dest-hotkey 5F... --amount 2
    ///   taoctl stake move --origin-netuid 1 --dest-netuid 2 --amount 2 --tolerance 1
    #[command(verbatim_doc_comment)]
    Move(StakeMoveArgs),
    /// Transfer stake to another coldkey (it stays on the same hotkey; amount in alpha).
    ///
    /// Examples:
    ///   taoctl stake transfer --dest 5G... --origin-netuid 1 --dest-netuid 1 --amount 2
    ///   taoctl stake transfer --dest 5G... --origin-netuid 1 --dest-netuid 3 --all
    #[command(verbatim_doc_comment)]
    Transfer(StakeTransferArgs),
    /// Swap stake between subnets on the same hotkey (amount in alpha of the origin subnet).
    ///
    /// Examples:
    ///   taoctl stake swap --origin-netuid 1 --dest-netuid 2 --amount 3
    ///   taoctl stake swap --origin-netuid 1 --dest-netuid 2 --all --partial
    #[command(verbatim_doc_comment)]
    Swap(StakeSwapArgs),
    /// Unstake everything from a hotkey on every subnet (`unstake_all`), or with --alpha-only
    /// every non-root subnet and restake the TAO on root (`unstake_all_alpha`).
    ///
    /// Examples:
    ///   taoctl stake unstake-all
    ///   taoctl stake unstake-all --alpha-only --all-hotkeys --yes
    #[command(verbatim_doc_comment)]
    UnstakeAll(StakeUnstakeAllArgs),
    /// Stake positions of a coldkey: alpha, value at the spot price and at exit after slippage.
    ///
    /// Examples:
    ///   taoctl stake list
    ///   taoctl stake list --ss58 5F...
    ///   taoctl --json stake list
    #[command(verbatim_doc_comment)]
    List(StakeListArgs),
    /// Child hotkeys: lend a share of a hotkey's stake weight on a subnet to other hotkeys
    /// (they validate with it; the parent earns its share of their dividends, minus their
    /// childkey take).
    #[command(subcommand, visible_alias = "children")]
    Child(StakeChildCommand),
    /// Claim the root dividends your root stake has earned on subnets (`claim_root`).
    ///
    /// Shows what each root validator you stake to owes you per subnet, then claims on the
    /// subnets named (at most 5 per call). How the alpha is paid follows `stake set-claim`.
    ///
    /// Examples:
    ///   taoctl stake claim-root --dry-run
    ///   taoctl stake claim-root --netuids 1,3 --yes
    #[command(verbatim_doc_comment)]
    ClaimRoot(StakeClaimRootArgs),
    /// Choose how root dividends are claimed (`set_root_claim_type`): swap (sell the alpha and
    /// add the TAO to your root stake, the default), keep (stake the alpha on its subnet), or
    /// keep-subnets (keep on --netuids, swap elsewhere).
    ///
    /// Examples:
    ///   taoctl stake set-claim keep
    ///   taoctl stake set-claim keep-subnets --netuids 1,2
    #[command(verbatim_doc_comment)]
    SetClaim(StakeSetClaimArgs),
}

/// `stake child …` verbs (btcli names).
#[derive(Debug, Subcommand)]
pub enum StakeChildCommand {
    /// A hotkey's children, parents, pending change and childkey take on a subnet.
    ///
    /// Examples:
    ///   taoctl stake child get --netuid 1
    ///   taoctl stake child get --netuid 1 --hotkey-ss58 5F...
    #[command(verbatim_doc_comment)]
    Get(ChildGetArgs),
    /// Set a hotkey's children on a subnet (replaces the list). On a started subnet the change
    /// is scheduled and applies at the first epoch after a cooldown (7200 blocks by default).
    ///
    /// Examples:
    ///   taoctl stake child set --netuid 1 --children 5F...,5G... --proportions 0.5,0.25
    ///   taoctl stake child set --netuid 1 --children 5F... --proportions 1 --dry-run
    #[command(verbatim_doc_comment)]
    Set(ChildSetArgs),
    /// Remove all of a hotkey's children on a subnet (scheduled like `set`).
    ///
    /// Examples:
    ///   taoctl stake child revoke --netuid 1
    #[command(verbatim_doc_comment)]
    Revoke(ChildRevokeArgs),
    /// Show or set a hotkey's childkey take on a subnet: the share of its parents' dividends
    /// it keeps (0–18 %; raising it is allowed once per 216 000 blocks).
    ///
    /// Examples:
    ///   taoctl stake child take --netuid 1
    ///   taoctl stake child take --netuid 1 --take 0.09
    #[command(verbatim_doc_comment)]
    Take(ChildTakeArgs),
    /// Show or set whether a root validator hotkey is made a parent (100 %) of each new
    /// subnet's owner hotkey (`set_auto_parent_delegation_enabled`; on by default). Applies to
    /// subnets registered later, not to existing relations (revoke those with `child revoke`).
    ///
    /// Examples:
    ///   taoctl stake child auto-parent -H root
    ///   taoctl stake child auto-parent -H root --disable --dry-run
    #[command(verbatim_doc_comment)]
    AutoParent(ChildAutoParentArgs),
}

/// The hotkey a child-key command acts on.
#[derive(Debug, Args, Clone)]
pub struct ChildHotkeyArgs {
    /// The subnet.
    #[arg(long)]
    pub netuid: u16,
    /// Hotkey address (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58")]
    pub hotkey_ss58: Option<String>,
}

/// `stake child get`.
#[derive(Debug, Args)]
pub struct ChildGetArgs {
    #[command(flatten)]
    pub target: ChildHotkeyArgs,
}

/// `stake child set`.
#[derive(Debug, Args)]
pub struct ChildSetArgs {
    #[command(flatten)]
    pub target: ChildHotkeyArgs,
    /// Child hotkey addresses, comma-separated (at most 5).
    #[arg(long, value_name = "SS58,...", value_delimiter = ',', required = true)]
    pub children: Vec<String>,
    /// The share of the hotkey's stake each child gets, as fractions in the same order
    /// (0.25 = 25 %); they may add up to at most 1.
    #[arg(long, value_name = "FRACTION,...", value_delimiter = ',', required = true)]
    pub proportions: Vec<String>,
    /// Show the preview and the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `stake child revoke`.
#[derive(Debug, Args)]
pub struct ChildRevokeArgs {
    #[command(flatten)]
    pub target: ChildHotkeyArgs,
    /// Show the preview and the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `stake child take`.
#[derive(Debug, Args)]
pub struct ChildTakeArgs {
    #[command(flatten)]
    pub target: ChildHotkeyArgs,
    /// New take as a fraction (0.09 = 9 %); without it the current take is shown.
    #[arg(long, value_name = "FRACTION")]
    pub take: Option<String>,
    /// Show the preview and the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `stake child auto-parent`.
#[derive(Debug, Args)]
pub struct ChildAutoParentArgs {
    /// Root validator hotkey address (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58")]
    pub hotkey_ss58: Option<String>,
    /// Opt back in: become a parent of each new subnet's owner hotkey.
    #[arg(long, conflicts_with = "disable")]
    pub enable: bool,
    /// Opt out: new subnets' owner hotkeys no longer get this hotkey as a parent.
    #[arg(long)]
    pub disable: bool,
    /// Show the preview and the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `stake claim-root`.
#[derive(Debug, Args)]
pub struct StakeClaimRootArgs {
    /// Subnets to claim on, comma-separated (default: every subnet with something to claim,
    /// up to 5).
    #[arg(long, value_name = "NETUID,...", value_delimiter = ',')]
    pub netuids: Vec<u16>,
    /// Show what is owed and the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// How root dividends are claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ClaimKind {
    /// Sell the alpha and add the TAO to your root stake.
    Swap,
    /// Stake the alpha on its subnet.
    Keep,
    /// Keep on --netuids, swap elsewhere.
    KeepSubnets,
}

/// `stake set-claim`.
#[derive(Debug, Args)]
pub struct StakeSetClaimArgs {
    /// swap, keep or keep-subnets.
    #[arg(value_enum)]
    pub kind: ClaimKind,
    /// Subnets whose alpha is kept (keep-subnets only).
    #[arg(long, value_name = "NETUID,...", value_delimiter = ',')]
    pub netuids: Vec<u16>,
    /// Show the exact call without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// Slippage protection, shared by every stake write.
#[derive(Debug, Args, Clone)]
pub struct SafetyArgs {
    /// Price tolerance in percent (0.5 = 0.5 %). add/remove/swap submit a limit price this far
    /// from the spot price; move/transfer/unstake-all refuse if a fresh simulation right before
    /// submitting returns less than the preview minus this much.
    #[arg(long, value_name = "PERCENT", default_value = "0.5")]
    pub tolerance: String,
    /// Allow a partial fill up to the limit price (default: fill-or-kill, all or nothing).
    #[arg(long, conflicts_with = "unsafe_")]
    pub partial: bool,
    /// Submit without any price protection (plain add_stake/remove_stake/swap_stake; no
    /// client-side check).
    #[arg(long = "unsafe", id = "unsafe_")]
    pub unsafe_: bool,
    /// Show the preview and the exact call(s) without signing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// Which hotkeys a write acts on.
#[derive(Debug, Args, Clone)]
pub struct HotkeyArgs {
    /// Hotkey address to act on (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58", conflicts_with = "all_hotkeys")]
    pub hotkey_ss58: Option<String>,
    /// Every hotkey of the wallet (one leg per hotkey and subnet).
    #[arg(long)]
    pub all_hotkeys: bool,
}

/// `stake add`.
#[derive(Debug, Args)]
pub struct StakeAddArgs {
    /// Subnet id.
    #[arg(long, required_unless_present = "netuids", conflicts_with = "netuids")]
    pub netuid: Option<u16>,
    /// Several subnets, comma-separated (one leg per subnet).
    #[arg(long, value_delimiter = ',', value_name = "N,N,…")]
    pub netuids: Vec<u16>,
    /// TAO to stake per leg (at most 9 decimals).
    #[arg(long, value_name = "TAO")]
    pub amount: String,
    #[command(flatten)]
    pub hotkeys: HotkeyArgs,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake remove`.
#[derive(Debug, Args)]
pub struct StakeRemoveArgs {
    /// Subnet id.
    #[arg(long, required_unless_present = "netuids", conflicts_with = "netuids")]
    pub netuid: Option<u16>,
    /// Several subnets, comma-separated (one leg per subnet).
    #[arg(long, value_delimiter = ',', value_name = "N,N,…")]
    pub netuids: Vec<u16>,
    /// Alpha to unstake per leg (at most 9 decimals).
    #[arg(long, value_name = "ALPHA", required_unless_present = "all", conflicts_with = "all")]
    pub amount: Option<String>,
    /// Unstake the whole position of each leg.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub hotkeys: HotkeyArgs,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake move`.
#[derive(Debug, Args)]
pub struct StakeMoveArgs {
    /// Subnet the stake leaves.
    #[arg(long)]
    pub origin_netuid: u16,
    /// Subnet the stake lands in.
    #[arg(long)]
    pub dest_netuid: u16,
    /// Hotkey the stake leaves (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58")]
    pub origin_hotkey: Option<String>,
    /// Hotkey the stake lands on (default: the origin hotkey).
    #[arg(long, value_name = "SS58")]
    pub dest_hotkey: Option<String>,
    /// Alpha of the origin subnet to move.
    #[arg(long, value_name = "ALPHA", required_unless_present = "all", conflicts_with = "all")]
    pub amount: Option<String>,
    /// Move the whole position.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake transfer`.
#[derive(Debug, Args)]
pub struct StakeTransferArgs {
    /// Destination coldkey (SS58).
    #[arg(long, value_name = "SS58")]
    pub dest: String,
    /// Subnet the stake leaves.
    #[arg(long)]
    pub origin_netuid: u16,
    /// Subnet the stake lands in.
    #[arg(long)]
    pub dest_netuid: u16,
    /// Hotkey holding the stake (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58")]
    pub hotkey_ss58: Option<String>,
    /// Alpha of the origin subnet to transfer.
    #[arg(long, value_name = "ALPHA", required_unless_present = "all", conflicts_with = "all")]
    pub amount: Option<String>,
    /// Transfer the whole position.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake swap`.
#[derive(Debug, Args)]
pub struct StakeSwapArgs {
    /// Subnet the stake leaves.
    #[arg(long)]
    pub origin_netuid: u16,
    /// Subnet the stake lands in.
    #[arg(long)]
    pub dest_netuid: u16,
    /// Hotkey holding the stake (default: the wallet's hotkey chosen with -H).
    #[arg(long, value_name = "SS58")]
    pub hotkey_ss58: Option<String>,
    /// Alpha of the origin subnet to swap.
    #[arg(long, value_name = "ALPHA", required_unless_present = "all", conflicts_with = "all")]
    pub amount: Option<String>,
    /// Swap the whole position.
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake unstake-all`.
#[derive(Debug, Args)]
pub struct StakeUnstakeAllArgs {
    /// Keep root stake and restake the TAO from every other subnet on root
    /// (`unstake_all_alpha`).
    #[arg(long)]
    pub alpha_only: bool,
    #[command(flatten)]
    pub hotkeys: HotkeyArgs,
    #[command(flatten)]
    pub safety: SafetyArgs,
}

/// `stake list`.
#[derive(Debug, Args)]
pub struct StakeListArgs {
    /// Any coldkey address (default: the wallet's coldkey; no password needed).
    #[arg(long, value_name = "SS58")]
    pub ss58: Option<String>,
}
