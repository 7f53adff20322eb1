//! `taoctl monitor` declarations.

use clap::Args;

/// Full-screen live monitor: subnets, prices, emissions, a subnet's metagraph, your positions
/// and chain events. On the embedded chain it can also drive time.
///
/// Keys: arrows/hjkl move, Tab switches pane, Enter drills into a subnet, Esc goes back, `/`
/// filters, `s`/`S` sort, space pauses, `.` steps one block, `+`/`-` change speed, `?` help,
/// `q` quits.
///
/// Examples:
///   taoctl monitor
///   taoctl monitor --speed 5 --netuid 1
#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// Embedded chain: produce N blocks per second (0 = only follow what other processes write).
    #[arg(long, value_name = "N")]
    pub speed: Option<u32>,
    /// Open this subnet's drill-down at start.
    #[arg(long)]
    pub netuid: Option<u16>,
    /// Seconds between polls when following.
    #[arg(long, default_value_t = 1, value_name = "SECONDS")]
    pub interval: u64,
    /// Show synthetic data (256 subnets) instead of a chain: for screenshots and terminal tests.
    #[arg(long, hide = true)]
    pub demo_data: bool,
}
