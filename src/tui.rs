//! `taoctl monitor`: a full-screen live monitor of subnets, prices, emissions, a subnet's
//! metagraph, the user's positions and chain events. Built as model / messages / update / view:
//! a poller thread owns the data `Source` and sends snapshots over a channel; the UI loop turns
//! keys, snapshots and ticks into `Action`s for `update`, and `view::render` draws `&App`.

pub(crate) mod action;
pub(crate) mod app;
pub(crate) mod event;
pub mod fake;
pub(crate) mod format;
pub(crate) mod poller;
pub mod source;
pub(crate) mod strings;
pub(crate) mod terminal;
pub(crate) mod update;
pub(crate) mod view;

use std::io;
use std::time::{Duration, Instant};

use action::Action;
use app::{App, AppConfig};
use poller::{Msg, Poller};
use source::Source;

/// How `run` behaves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonitorOptions {
    /// Blocks per second to produce when the source can drive time (embedded chain); `None`
    /// just follows. Ignored for live networks.
    pub speed: Option<u32>,
    /// Open this subnet's drill-down at start.
    pub netuid: Option<u16>,
    /// Disable colours (also implied by a non-empty `NO_COLOR` environment variable).
    pub no_color: bool,
    /// How often to poll when following rather than driving time.
    pub poll_interval: Duration,
}

impl Default for MonitorOptions {
    fn default() -> Self {
        Self { speed: None, netuid: None, no_color: false, poll_interval: Duration::from_secs(1) }
    }
}

/// Longest wait for terminal input before checking poller messages and the tick.
const INPUT_WAIT: Duration = Duration::from_millis(50);
/// How often the countdown advances and the screen refreshes without input.
const TICK: Duration = Duration::from_millis(250);

/// Runs the monitor until the user quits. The terminal is restored on return, error or panic.
pub fn run(source: Box<dyn Source>, opts: MonitorOptions) -> io::Result<()> {
    let no_color = opts.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let can_drive = source.can_drive_time();
    let mut app = App::new(AppConfig {
        no_color,
        can_drive,
        speed: opts.speed.unwrap_or(0),
        netuid: opts.netuid,
    });
    let mut guard = terminal::enter()?;
    let poller = Poller::spawn(source, app.poller_config(), opts.poll_interval);
    let result = ui_loop(&mut app, &mut guard.terminal, &poller);
    poller.stop();
    drop(guard);
    result
}

fn ui_loop(app: &mut App, terminal: &mut terminal::Tui, poller: &Poller) -> io::Result<()> {
    let mut last_tick = Instant::now();
    let mut dirty = true;
    while !app.quit {
        if dirty {
            terminal.draw(|f| view::render(app, f))?;
            dirty = false;
        }
        let mut actions = Vec::new();
        while let Ok(msg) = poller.messages.try_recv() {
            actions.push(match msg {
                Msg::Snapshot(s) => Action::Snapshot(s),
                Msg::Error(e) => Action::SourceError(e),
            });
        }
        if crossterm::event::poll(INPUT_WAIT)? {
            let ev = crossterm::event::read()?;
            actions.extend(event::map_event(&ev, app.filtering));
        }
        let elapsed = last_tick.elapsed();
        if elapsed >= TICK {
            last_tick = Instant::now();
            actions.push(Action::Tick(u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX)));
        }
        for action in actions {
            dirty = true;
            if let Some(cmd) = update::update(app, action) {
                // A send error means the poller died; the app keeps showing the last data.
                let _ = poller.commands.send(cmd);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::IsTerminal;

    /// Manual end-to-end check in a real terminal (e.g. under tmux):
    /// `cargo test --bin taoctl tui::tests::interactive_fake -- --ignored --nocapture`.
    /// Without a terminal it returns at once.
    #[test]
    #[ignore = "interactive: needs a real terminal"]
    fn interactive_fake() {
        if !std::io::stdout().is_terminal() {
            return;
        }
        let opts = MonitorOptions { speed: Some(5), ..MonitorOptions::default() };
        let result = run(Box::new(fake::FakeSource::new(64)), opts);
        assert!(result.is_ok(), "{result:?}");
    }

    #[test]
    fn run_refuses_without_a_terminal() {
        if std::io::stdout().is_terminal() {
            return;
        }
        let result = run(Box::new(fake::FakeSource::new(2)), MonitorOptions::default());
        assert!(result.is_err());
    }
}
