//! `taoctl monitor`: wires the TUI to a chain through the `ChainClient` seam.

mod source;

use std::time::Duration;

use crate::chain;
use crate::chain::remote::{self, Remote};
use crate::cli::monitor::MonitorArgs;
use crate::context::{Ctx, Network};
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
        let src = source::ChainSource::new(chain::connect(ctx)?, coldkey);
        match &ctx.network {
            Network::Embedded => Box::new(src),
            Network::Remote { name, url } => {
                if a.speed.is_some_and(|s| s > 0) {
                    ctx.note("--speed is ignored on a node: the monitor follows the blocks the network makes");
                }
                // A node that drops the connection is re-opened (1 s, 2 s, … 30 s apart),
                // without the connect-time notes that would print over the full-screen view.
                let (name, url) = (name.clone(), url.clone());
                let connect: source::Connect = Box::new(move || {
                    let r = Remote::open(&name, &url, remote::connect_options())?;
                    Ok(Box::new(r) as Box<dyn chain::ChainClient>)
                });
                Box::new(src.with_reconnect(connect, Duration::from_secs(1)))
            }
        }
    };
    tui::run(src, opts)
        .map_err(|e| CliError::new(ErrorKind::Internal, format!("terminal error: {e}")))
}
