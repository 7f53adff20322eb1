//! `taoctl subnets …` declarations: market table, metagraph, creation, registration, identity,
//! price history.

use clap::{Args, Subcommand};

/// Subnets: list and inspect them, create one, register a neuron, manage an owned subnet.
#[derive(Debug, Subcommand)]
pub enum SubnetsCommand {
    /// Every subnet: price, moving price, emission share, pool reserves, market cap, tempo
    /// countdown and registration (burn) cost.
    ///
    /// Examples:
    ///   taoctl subnets list
    ///   taoctl --json subnets list
    #[command(verbatim_doc_comment)]
    List,
    /// One subnet's header and metagraph (uid, hotkey, coldkey, stake, permit, incentive,
    /// dividends, emission, last update, immunity).
    ///
    /// Examples:
    ///   taoctl subnets show --netuid 1
    ///   taoctl --json subnets show --netuid 1
    #[command(verbatim_doc_comment, visible_alias = "metagraph")]
    Show(SubnetsNetuidArgs),
    /// Create a subnet: shows the lock cost first, then registers it with your hotkey as owner.
    ///
    /// Examples:
    ///   taoctl subnets create --name apex --dry-run
    ///   taoctl subnets create --name apex --github-repo https://github.com/me/apex --yes
    #[command(verbatim_doc_comment)]
    Create(SubnetsCreateArgs),
    /// Register the wallet's hotkey as a neuron on a subnet (burned registration).
    ///
    /// The burn cost is shown first and submitted as a limit (`register_limit`): the chain
    /// refuses if the cost rose above it. `--max-cost` sets a higher ceiling.
    ///
    /// Examples:
    ///   taoctl subnets register --netuid 1
    ///   taoctl subnets register --netuid 1 --max-cost 2 --yes
    #[command(verbatim_doc_comment)]
    Register(SubnetsRegisterArgs),
    /// The current neuron registration (burn) cost of a subnet.
    ///
    /// Examples:
    ///   taoctl subnets burn-cost --netuid 1
    #[command(verbatim_doc_comment)]
    BurnCost(SubnetsNetuidArgs),
    /// The current subnet creation (lock) cost.
    ///
    /// Examples:
    ///   taoctl subnets create-cost
    #[command(verbatim_doc_comment)]
    CreateCost,
    /// Start emission on a subnet you own (`start_call`).
    ///
    /// Examples:
    ///   taoctl subnets start --netuid 4
    #[command(verbatim_doc_comment)]
    Start(SubnetsStartArgs),
    /// Set the identity of a subnet you own (fields left out are cleared).
    ///
    /// Examples:
    ///   taoctl subnets set-identity --netuid 4 --name apex --subnet-url https://apex.ai
    #[command(verbatim_doc_comment)]
    SetIdentity(SubnetsSetIdentityArgs),
    /// Price history from the trades stored on the embedded chain: per block range, the trades,
    /// TAO volume, volume-weighted and last trade price; plus the current spot price.
    ///
    /// Examples:
    ///   taoctl subnets price --netuid 1
    ///   taoctl subnets price --netuid 1 --interval 100 --blocks 1000
    #[command(verbatim_doc_comment)]
    Price(SubnetsPriceArgs),
}

/// A command that takes one subnet.
#[derive(Debug, Args)]
pub struct SubnetsNetuidArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
}

/// Subnet identity fields (`SubnetIdentitiesV3`).
#[derive(Debug, Args, Clone, Default)]
pub struct IdentityArgs {
    /// Subnet name (≤ 256 bytes).
    #[arg(long)]
    pub name: Option<String>,
    /// GitHub repository URL.
    #[arg(long)]
    pub github_repo: Option<String>,
    /// Contact (e-mail or similar).
    #[arg(long)]
    pub subnet_contact: Option<String>,
    /// Web site.
    #[arg(long)]
    pub subnet_url: Option<String>,
    /// Discord handle (≤ 256 bytes).
    #[arg(long)]
    pub discord: Option<String>,
    /// Description.
    #[arg(long)]
    pub description: Option<String>,
    /// Logo URL.
    #[arg(long)]
    pub logo_url: Option<String>,
    /// Anything else.
    #[arg(long)]
    pub additional: Option<String>,
}

/// `subnets create`.
#[derive(Debug, Args)]
pub struct SubnetsCreateArgs {
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// Show the lock cost and the exact call without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `subnets register`.
#[derive(Debug, Args)]
pub struct SubnetsRegisterArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    /// Highest burn you accept, in TAO (default: the cost shown in the preview).
    #[arg(long, value_name = "TAO")]
    pub max_cost: Option<String>,
    /// Show the cost and the exact call without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `subnets start`.
#[derive(Debug, Args)]
pub struct SubnetsStartArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    /// Show the exact call and its effects without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `subnets set-identity`.
#[derive(Debug, Args)]
pub struct SubnetsSetIdentityArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// Show the exact call without signing.
    #[arg(long)]
    pub dry_run: bool,
}

/// `subnets price`.
#[derive(Debug, Args)]
pub struct SubnetsPriceArgs {
    /// Subnet id.
    #[arg(long)]
    pub netuid: u16,
    /// Blocks per sample.
    #[arg(long, default_value_t = 100, value_name = "BLOCKS")]
    pub interval: u64,
    /// How far back to look, in blocks from the head.
    #[arg(long, default_value_t = 7200, value_name = "BLOCKS")]
    pub blocks: u64,
}
