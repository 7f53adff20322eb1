//! Terminal setup and teardown. The terminal is restored on every exit path: normal return
//! and `?` errors (the guard's `Drop`), and panics (a hook that restores before the default
//! hook prints, so the message is readable). Ctrl-C arrives as a key in raw mode (see `event`).

use std::io::{self, IsTerminal, Stdout, stdout};
use std::panic;
use std::sync::Once;

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

/// Owns the terminal while the monitor runs; dropping it restores the terminal.
pub struct TerminalGuard {
    pub terminal: Tui,
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = restore();
    }
}

/// Switches to raw mode and the alternate screen with mouse capture.
pub fn enter() -> io::Result<TerminalGuard> {
    if !stdout().is_terminal() {
        return Err(io::Error::other("the monitor needs an interactive terminal on stdout"));
    }
    install_panic_hook();
    enable_raw_mode()?;
    let setup = execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
        .and_then(|()| Terminal::new(CrosstermBackend::new(stdout())));
    match setup {
        Ok(mut terminal) => {
            terminal.hide_cursor()?;
            terminal.clear()?;
            Ok(TerminalGuard { terminal })
        }
        Err(e) => {
            let _ = restore();
            Err(e)
        }
    }
}

/// Undoes `enter`. Safe to call more than once (the panic hook and the guard may both run).
pub fn restore() -> io::Result<()> {
    let raw = disable_raw_mode();
    execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen, Show)?;
    raw
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let _ = restore();
            previous(info);
        }));
    });
}
