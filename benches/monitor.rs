//! Monitor benchmark (std::time only): mean time to render one full frame with 256 subnets into
//! a `TestBackend`, and peak memory after feeding an hour of blocks (18,000 snapshots from
//! `FakeSource`) through `update`. Targets: ≤ 16 ms per frame, ≤ 60 MB peak RSS.
//!
//! Run: `cargo bench --bench monitor`. The TUI lives in the binary, so its source is compiled
//! into this bench directly.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;

// The bench uses only part of the module (no terminal, no `run`, and its `#[cfg(test)]` modules
// compile without their `#[test]` functions under `--all-targets`), hence the allow.
#[allow(unused)]
#[path = "../src"]
mod src {
    pub mod tui;
}

use src::tui::action::Action;
use src::tui::app::{App, AppConfig};
use src::tui::fake::FakeSource;
use src::tui::source::Source;
use src::tui::update::update;
use src::tui::view::render;

const SUBNETS: u16 = 256;
const FRAMES: u32 = 500;
/// 300 blocks a minute for an hour: the embedded chain at full speed, or a long session.
const HOUR_OF_BLOCKS: u64 = 300 * 60;
/// One frame drawn per this many snapshots during the hour, as the UI loop would.
const DRAW_EVERY: u64 = 30;

/// (VmHWM, VmRSS) in kB from /proc/self/status, when available (Linux).
fn memory_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn feed(app: &mut App, src: &mut FakeSource) {
    match src.poll(&app.request()) {
        Ok(s) => {
            update(app, Action::Snapshot(Box::new(s)));
        }
        Err(e) => {
            update(app, Action::SourceError(e));
        }
    }
}

fn bench_frames(w: u16, h: u16) -> Duration {
    let mut app = App::new(AppConfig { can_drive: true, speed: 1, ..AppConfig::default() });
    let mut src = FakeSource::new(SUBNETS);
    for _ in 0..200 {
        let _ = src.step(1);
        feed(&mut app, &mut src);
    }
    let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
    // Warm-up frame, then alternate the selection so each frame differs.
    let _ = term.draw(|f| render(&app, f));
    let start = Instant::now();
    for i in 0..FRAMES {
        update(&mut app, if i % 50 < 25 { Action::Down } else { Action::Up });
        let _ = term.draw(|f| render(&app, f));
    }
    start.elapsed() / FRAMES
}

fn main() {
    for (w, h) in [(120, 40), (80, 24), (250, 70)] {
        let mean = bench_frames(w, h);
        println!(
            "render {w}x{h}, {SUBNETS} subnets, 200-sample history: mean {:.3} ms/frame over {FRAMES} frames",
            mean.as_secs_f64() * 1e3
        );
    }

    let (hwm0, rss0) = memory_kb();
    let mut app = App::new(AppConfig { can_drive: true, speed: 300, ..AppConfig::default() });
    let mut src = FakeSource::new(SUBNETS);
    let Ok(mut term) = Terminal::new(TestBackend::new(120, 40));
    let start = Instant::now();
    for block in 0..HOUR_OF_BLOCKS {
        let _ = src.step(1);
        // Spend every other 10 minutes drilled into a subnet so metagraphs are polled too.
        let drilled = (block / 3_000) % 2 == 1;
        if drilled != app.drill_netuid().is_some() {
            update(&mut app, if drilled { Action::Enter } else { Action::Back });
        }
        feed(&mut app, &mut src);
        if block % DRAW_EVERY == 0 {
            let _ = term.draw(|f| render(&app, f));
        }
    }
    let elapsed = start.elapsed();
    let (hwm, rss) = memory_kb();
    let events = app.events.len();
    let samples: usize = app.history.values().map(|r| r.len()).sum();
    println!(
        "hour of blocks: {HOUR_OF_BLOCKS} snapshots × {SUBNETS} subnets in {:.2} s; \
         history {samples} samples, {events} events kept",
        elapsed.as_secs_f64()
    );
    println!(
        "memory: peak (VmHWM) {:.1} MB, now (VmRSS) {:.1} MB; before the hour {:.1} MB / {:.1} MB",
        hwm as f64 / 1024.0,
        rss as f64 / 1024.0,
        hwm0 as f64 / 1024.0,
        rss0 as f64 / 1024.0
    );
}
