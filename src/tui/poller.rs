//! The data-collection thread: it alone owns the `Source`, polls it on a schedule (and drives
//! time on an embedded chain), and reports over a channel. Drawing never waits on the chain.

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::source::{Request, Snapshot, Source};

/// Poller → UI.
#[derive(Debug)]
pub enum Msg {
    Snapshot(Box<Snapshot>),
    Error(String),
}

/// UI → poller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// New request / pause / speed: applied and followed by an immediate poll.
    Configure(PollerConfig),
    /// Produce this many blocks now (single-step), then poll.
    Step(u64),
    Stop,
}

/// What to fetch and how to drive time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PollerConfig {
    pub request: Request,
    pub paused: bool,
    /// Blocks per second; 0 = follow (poll only).
    pub speed: u32,
}

/// Shortest gap between two driven steps: faster speeds step several blocks at once so the
/// poller never spins and the UI gets at most ~20 snapshots a second.
const MIN_STEP_GAP: Duration = Duration::from_millis(50);

/// Longest `Poller::stop` waits for the thread. An embedded-chain step commits within it; a
/// remote read may not (it is bounded by the node's request timeout instead).
const STOP_WAIT: Duration = Duration::from_secs(2);

/// A running poller: send `Command`s, receive `Msg`s.
pub struct Poller {
    pub commands: Sender<Command>,
    pub messages: Receiver<Msg>,
    handle: Option<JoinHandle<()>>,
}

impl Poller {
    /// Starts the thread. `follow_every` is the poll interval when not driving time.
    pub fn spawn(source: Box<dyn Source>, config: PollerConfig, follow_every: Duration) -> Self {
        let (cmd_tx, cmd_rx) = mpsc::channel();
        let (msg_tx, msg_rx) = mpsc::channel();
        let handle = thread::Builder::new()
            .name("taoctl-monitor-poller".to_string())
            .spawn(move || poll_loop(source, config, follow_every, &cmd_rx, &msg_tx))
            .ok();
        Self { commands: cmd_tx, messages: msg_rx, handle }
    }

    /// Asks the thread to stop and waits for it to finish its current poll or step — at most
    /// `STOP_WAIT`: a read hanging on a slow node must not keep `q` from quitting (the thread
    /// is then left to end with the process; a node read holds nothing that needs closing).
    pub fn stop(mut self) {
        let _ = self.commands.send(Command::Stop);
        if let Some(h) = self.handle.take() {
            let start = Instant::now();
            while !h.is_finished() && start.elapsed() < STOP_WAIT {
                thread::sleep(Duration::from_millis(10));
            }
            if h.is_finished() {
                let _ = h.join();
            }
        }
    }
}

/// (gap between steps, blocks per step) for a speed in blocks per second.
fn cadence(speed: u32) -> (Duration, u64) {
    let speed = u64::from(speed.max(1));
    let gap_ms = (1_000 / speed).max(u64::try_from(MIN_STEP_GAP.as_millis()).unwrap_or(50));
    let blocks = (speed * gap_ms / 1_000).max(1);
    (Duration::from_millis(gap_ms), blocks)
}

fn poll_loop(
    mut source: Box<dyn Source>,
    mut config: PollerConfig,
    follow_every: Duration,
    commands: &Receiver<Command>,
    messages: &Sender<Msg>,
) {
    let can_drive = source.can_drive_time();
    let mut due = Instant::now();
    let mut poll_now = true;
    loop {
        if poll_now {
            poll_now = false;
            let msg = match source.poll(&config.request) {
                Ok(s) => Msg::Snapshot(Box::new(s)),
                Err(e) => Msg::Error(e),
            };
            if messages.send(msg).is_err() {
                return;
            }
        }
        let driving = can_drive && config.speed > 0;
        let wait = due.saturating_duration_since(Instant::now());
        match commands.recv_timeout(if config.paused { Duration::from_secs(3600) } else { wait }) {
            Ok(Command::Configure(c)) => {
                config = c;
                poll_now = true;
            }
            Ok(Command::Step(n)) => {
                if can_drive && let Err(e) = source.step(n) {
                    let _ = messages.send(Msg::Error(e));
                }
                poll_now = true;
            }
            Ok(Command::Stop) | Err(RecvTimeoutError::Disconnected) => return,
            Err(RecvTimeoutError::Timeout) => {
                if config.paused {
                    continue;
                }
                if driving {
                    let (gap, blocks) = cadence(config.speed);
                    if let Err(e) = source.step(blocks) {
                        let _ = messages.send(Msg::Error(e));
                    }
                    due = Instant::now() + gap;
                } else {
                    due = Instant::now() + follow_every;
                }
                poll_now = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fake::FakeSource;
    use super::*;

    fn next_snapshot(p: &Poller) -> Option<Box<Snapshot>> {
        loop {
            match p.messages.recv_timeout(Duration::from_secs(5)).ok()? {
                Msg::Snapshot(s) => return Some(s),
                Msg::Error(_) => {}
            }
        }
    }

    #[test]
    fn cadence_batches_fast_speeds() {
        assert_eq!(cadence(1), (Duration::from_millis(1_000), 1));
        assert_eq!(cadence(10), (Duration::from_millis(100), 1));
        assert_eq!(cadence(1_000), (Duration::from_millis(50), 50));
    }

    #[test]
    fn steps_on_command_and_honours_requests() {
        let cfg = PollerConfig { paused: true, ..PollerConfig::default() };
        let p = Poller::spawn(Box::new(FakeSource::new(4)), cfg, Duration::from_secs(60));
        let first = next_snapshot(&p).map(|s| s.block);
        let _ = p.commands.send(Command::Step(3));
        let second = next_snapshot(&p).map(|s| s.block);
        assert_eq!(second, first.map(|b| b + 3));
        let cfg = PollerConfig { request: Request { netuid: Some(2) }, ..cfg };
        let _ = p.commands.send(Command::Configure(cfg));
        let third = next_snapshot(&p);
        assert_eq!(third.and_then(|s| s.metagraph.map(|m| m.0)), Some(2));
        p.stop();
    }

    #[test]
    fn drives_time_when_running() {
        let cfg = PollerConfig { speed: 1_000, ..PollerConfig::default() };
        let p = Poller::spawn(Box::new(FakeSource::new(2)), cfg, Duration::from_secs(60));
        let a = next_snapshot(&p).map_or(0, |s| s.block);
        let b = next_snapshot(&p).map_or(0, |s| s.block);
        assert!(b > a, "{a} -> {b}");
        p.stop();
    }
}
