//! `taoctl monitor`: wires the TUI to a chain through the `ChainClient` seam.

mod source;

use std::time::Duration;

use crate::chain;
use crate::cli::monitor::MonitorArgs;
use crate::context::Ctx;
use crate::error::{CliError, ErrorKind, Result};
use crate::{keys, tui};

pub fn run(ctx: &Ctx, a: &MonitorArgs) -> Result<()> {
    if ctx.mode.json {
        return Err(CliError::input("`monitor` is a full-screen view and has no JSON output")
            .with_hint(
                "for scripts, poll `taoctl --json subnets list` or `taoctl --json stake list`",
            ));
    }
    if !std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        return Err(CliError::input("`monitor` needs a terminal on stdout")
            .with_hint("run it in a terminal; for scripts use `taoctl --json subnets list`"));
    }
    let opts = tui::MonitorOptions {
        // Synthetic data only moves when stepped, so it runs at 1 block/s unless told otherwise.
        speed: if a.demo_data { Some(a.speed.unwrap_or(1)) } else { a.speed },
        netuid: a.netuid,
        no_color: !ctx.mode.color,
        poll_interval: Duration::from_secs(a.interval.max(1)),
    };
    let src: Box<dyn tui::source::Source> = if a.demo_data {
        Box::new(tui::fake::FakeSource::new(256))
    } else {
        // The coldkey is optional: without a wallet the positions pane stays empty.
        let coldkey = keys::coldkey_account(ctx).ok();
        Box::new(source::ChainSource::new(chain::connect(ctx)?, coldkey))
    };
    tui::run(src, opts)
        .map_err(|e| CliError::new(ErrorKind::Internal, format!("terminal error: {e}")))
}
