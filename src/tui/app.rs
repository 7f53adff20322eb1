//! The monitor's plain state: the latest snapshot, bounded history derived from all snapshots
//! seen, and what the user is looking at. No terminal handle and no I/O, so every behaviour is
//! testable by feeding `Action`s to `update::update`. The query methods here are what views read.

use std::cmp::Ordering;
use std::collections::{BTreeMap, VecDeque};

use super::poller::PollerConfig;
use super::source::{EventRow, NeuronRow, Request, Snapshot, SubnetRow};

/// Samples kept per subnet for the charts. 720 samples × (3 × 8 bytes) × 1024 subnets is under
/// 18 MB, so memory stays bounded however long the monitor runs.
pub const HISTORY_CAP: usize = 720;
/// Events kept for the event pane.
pub const EVENTS_CAP: usize = 500;
/// Blocks-per-second steps for `+`/`-`; 0 means "follow" (do not produce blocks).
pub const SPEEDS: [u32; 10] = [0, 1, 2, 5, 10, 20, 50, 100, 300, 1000];
/// Rows moved by PageUp/PageDown and three rows per wheel notch, as terminals usually do.
pub const PAGE: usize = 10;
pub const WHEEL: usize = 3;

/// A fixed-capacity FIFO: pushing past capacity drops the oldest sample.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ring<T> {
    buf: VecDeque<T>,
    cap: usize,
}

impl<T> Ring<T> {
    pub fn new(cap: usize) -> Self {
        Self { buf: VecDeque::with_capacity(cap.min(64)), cap: cap.max(1) }
    }

    pub fn push(&mut self, v: T) {
        if self.buf.len() == self.cap {
            self.buf.pop_front();
        }
        self.buf.push_back(v);
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        self.buf.back_mut()
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> + ExactSizeIterator {
        self.buf.iter()
    }
}

/// One chart sample of a subnet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sample {
    pub block: u64,
    pub price_rao: u64,
    pub tao_per_block_rao: u64,
}

/// Which screen is up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Drill(u16),
}

/// The tabs of a subnet drill-down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrillTab {
    Metagraph,
    Hyperparams,
    Pool,
}

impl DrillTab {
    pub const ALL: [DrillTab; 3] = [DrillTab::Metagraph, DrillTab::Hyperparams, DrillTab::Pool];

    pub fn index(self) -> usize {
        Self::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }
}

/// The focusable panes of the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Subnets,
    Positions,
    Events,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Subnets, Pane::Positions, Pane::Events];
}

/// Sortable subnet columns, in the order `s` cycles through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubnetCol {
    Netuid,
    Name,
    Price,
    Change,
    MovingPrice,
    Emission,
    TaoIn,
    AlphaIn,
    AlphaOut,
    MarketCap,
    BurnCost,
    Neurons,
    Epoch,
}

impl SubnetCol {
    pub const ALL: [SubnetCol; 13] = [
        SubnetCol::Netuid,
        SubnetCol::Name,
        SubnetCol::Price,
        SubnetCol::Change,
        SubnetCol::MovingPrice,
        SubnetCol::Emission,
        SubnetCol::TaoIn,
        SubnetCol::AlphaIn,
        SubnetCol::AlphaOut,
        SubnetCol::MarketCap,
        SubnetCol::BurnCost,
        SubnetCol::Neurons,
        SubnetCol::Epoch,
    ];
}

/// Sortable metagraph columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NeuronCol {
    Uid,
    Stake,
    Incentive,
    Dividends,
    Emission,
    LastUpdate,
}

impl NeuronCol {
    pub const ALL: [NeuronCol; 6] = [
        NeuronCol::Uid,
        NeuronCol::Stake,
        NeuronCol::Incentive,
        NeuronCol::Dividends,
        NeuronCol::Emission,
        NeuronCol::LastUpdate,
    ];
}

/// Cycles to the element after `cur` in `all`, wrapping.
pub fn next_of<T: Copy + PartialEq>(all: &[T], cur: T, back: bool) -> T {
    let n = all.len();
    let i = all.iter().position(|c| *c == cur).unwrap_or(0);
    let j = if back { (i + n - 1) % n.max(1) } else { (i + 1) % n.max(1) };
    all.get(j).copied().unwrap_or(cur)
}

/// How the monitor starts: decided by `run` from the options and the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AppConfig {
    pub no_color: bool,
    /// The source can produce blocks (embedded chain / fake).
    pub can_drive: bool,
    /// Blocks per second to drive at; 0 = follow.
    pub speed: u32,
    /// Open this subnet's drill-down at start.
    pub netuid: Option<u16>,
}

/// The whole UI state.
#[derive(Clone, Debug)]
pub struct App {
    pub no_color: bool,
    pub can_drive: bool,
    pub snapshot: Option<Snapshot>,
    /// First price seen per subnet, for the "change since start" column.
    pub start_price: BTreeMap<u16, u64>,
    /// First alpha seen per (netuid, hotkey), for "earned since start".
    pub start_alpha: BTreeMap<(u16, String), u64>,
    pub history: BTreeMap<u16, Ring<Sample>>,
    /// Newest first.
    pub events: VecDeque<EventRow>,
    pub screen: Screen,
    pub drill_tab: DrillTab,
    pub focus: Pane,
    pub selected_netuid: Option<u16>,
    pub subnet_sort: SubnetCol,
    pub subnet_desc: bool,
    pub subnet_filter: String,
    pub neuron_sel: usize,
    pub neuron_sort: NeuronCol,
    pub neuron_desc: bool,
    pub neuron_filter: String,
    pub hparam_scroll: usize,
    pub position_sel: usize,
    pub event_scroll: usize,
    /// Keys go to the filter prompt.
    pub filtering: bool,
    pub help: bool,
    pub paused: bool,
    /// Blocks per second while driving; 0 = follow.
    pub speed: u32,
    /// Countdown to the next block, ms.
    pub next_block_ms: u64,
    /// Time since the last snapshot arrived, ms (ticks add to it): with the snapshot's head
    /// age it tells how far the screen lags a live chain, even while a read hangs.
    pub since_snapshot_ms: u64,
    pub error: Option<String>,
    /// A one-off message (e.g. "cannot drive time"), cleared by the next key.
    pub notice: Option<String>,
    pub quit: bool,
}

impl App {
    pub fn new(cfg: AppConfig) -> Self {
        Self {
            no_color: cfg.no_color,
            can_drive: cfg.can_drive,
            snapshot: None,
            start_price: BTreeMap::new(),
            start_alpha: BTreeMap::new(),
            history: BTreeMap::new(),
            events: VecDeque::new(),
            screen: cfg.netuid.map_or(Screen::Overview, Screen::Drill),
            drill_tab: DrillTab::Metagraph,
            focus: Pane::Subnets,
            selected_netuid: cfg.netuid,
            subnet_sort: SubnetCol::Netuid,
            subnet_desc: false,
            subnet_filter: String::new(),
            neuron_sel: 0,
            neuron_sort: NeuronCol::Uid,
            neuron_desc: false,
            neuron_filter: String::new(),
            hparam_scroll: 0,
            position_sel: 0,
            event_scroll: 0,
            filtering: false,
            help: false,
            paused: false,
            speed: if cfg.can_drive { cfg.speed } else { 0 },
            next_block_ms: 0,
            since_snapshot_ms: 0,
            error: None,
            notice: None,
            quit: false,
        }
    }

    /// What the poller should fetch and how it should drive time.
    pub fn poller_config(&self) -> PollerConfig {
        PollerConfig { request: self.request(), paused: self.paused, speed: self.speed }
    }

    pub fn request(&self) -> Request {
        Request { netuid: self.drill_netuid() }
    }

    pub fn drill_netuid(&self) -> Option<u16> {
        match self.screen {
            Screen::Drill(n) => Some(n),
            Screen::Overview => None,
        }
    }

    /// The subnet the charts follow: the drilled one, else the selected row.
    pub fn chart_netuid(&self) -> Option<u16> {
        self.drill_netuid().or(self.selected_netuid)
    }

    pub fn subnet(&self, netuid: u16) -> Option<&SubnetRow> {
        self.snapshot.as_ref()?.subnets.iter().find(|s| s.netuid == netuid)
    }

    /// Price change since the monitor started, in parts per million (signed).
    pub fn price_change_ppm(&self, row: &SubnetRow) -> i64 {
        let start = self.start_price.get(&row.netuid).copied().unwrap_or(row.price_rao);
        if start == 0 {
            return 0;
        }
        let diff = i128::from(row.price_rao) - i128::from(start);
        i64::try_from(diff * 1_000_000 / i128::from(start)).unwrap_or(0)
    }

    /// Subnet rows after filter and sort, as the table shows them.
    pub fn visible_subnets(&self) -> Vec<&SubnetRow> {
        let Some(snap) = &self.snapshot else { return Vec::new() };
        let needle = self.subnet_filter.trim().to_lowercase();
        let mut rows: Vec<&SubnetRow> =
            snap.subnets.iter().filter(|r| subnet_matches(r, &needle)).collect();
        rows.sort_by(|a, b| {
            let ord = self.compare_subnets(a, b).then(a.netuid.cmp(&b.netuid));
            if self.subnet_desc { ord.reverse() } else { ord }
        });
        rows
    }

    fn compare_subnets(&self, a: &SubnetRow, b: &SubnetRow) -> Ordering {
        match self.subnet_sort {
            SubnetCol::Netuid => a.netuid.cmp(&b.netuid),
            SubnetCol::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            SubnetCol::Price => a.price_rao.cmp(&b.price_rao),
            SubnetCol::Change => self.price_change_ppm(a).cmp(&self.price_change_ppm(b)),
            SubnetCol::MovingPrice => a.moving_price_rao.cmp(&b.moving_price_rao),
            SubnetCol::Emission => a.emission_share_ppb.cmp(&b.emission_share_ppb),
            SubnetCol::TaoIn => a.tao_in.cmp(&b.tao_in),
            SubnetCol::AlphaIn => a.alpha_in.cmp(&b.alpha_in),
            SubnetCol::AlphaOut => a.alpha_out.cmp(&b.alpha_out),
            SubnetCol::MarketCap => a.market_cap.cmp(&b.market_cap),
            SubnetCol::BurnCost => a.burn_cost.cmp(&b.burn_cost),
            SubnetCol::Neurons => a.neurons.cmp(&b.neurons),
            SubnetCol::Epoch => a.blocks_to_epoch.cmp(&b.blocks_to_epoch),
        }
    }

    /// Index of the selected subnet in `visible_subnets()`.
    pub fn selected_index(&self, rows: &[&SubnetRow]) -> Option<usize> {
        let n = self.selected_netuid?;
        rows.iter().position(|r| r.netuid == n)
    }

    /// The drilled subnet's metagraph, when the latest snapshot carries it.
    pub fn metagraph(&self) -> Option<&[NeuronRow]> {
        let want = self.drill_netuid()?;
        match &self.snapshot.as_ref()?.metagraph {
            Some((n, rows)) if *n == want => Some(rows),
            _ => None,
        }
    }

    pub fn hyperparams(&self) -> Option<&[(String, String)]> {
        let want = self.drill_netuid()?;
        match &self.snapshot.as_ref()?.hyperparams {
            Some((n, rows)) if *n == want => Some(rows),
            _ => None,
        }
    }

    /// Metagraph rows after filter and sort.
    pub fn visible_neurons(&self) -> Vec<&NeuronRow> {
        let Some(rows) = self.metagraph() else { return Vec::new() };
        let needle = self.neuron_filter.trim().to_lowercase();
        let mut rows: Vec<&NeuronRow> =
            rows.iter().filter(|r| neuron_matches(r, &needle)).collect();
        rows.sort_by(|a, b| {
            let ord = match self.neuron_sort {
                NeuronCol::Uid => a.uid.cmp(&b.uid),
                NeuronCol::Stake => a.stake.cmp(&b.stake),
                NeuronCol::Incentive => a.incentive.cmp(&b.incentive),
                NeuronCol::Dividends => a.dividends.cmp(&b.dividends),
                NeuronCol::Emission => a.emission.cmp(&b.emission),
                NeuronCol::LastUpdate => a.last_update.cmp(&b.last_update),
            }
            .then(a.uid.cmp(&b.uid));
            if self.neuron_desc { ord.reverse() } else { ord }
        });
        rows
    }

    /// Alpha gained by a position since the monitor first saw it (emission and any stake added).
    pub fn earned_alpha(&self, netuid: u16, hotkey: &str, alpha: u64) -> i128 {
        let start = self.start_alpha.get(&(netuid, hotkey.to_string())).copied().unwrap_or(alpha);
        i128::from(alpha) - i128::from(start)
    }

    /// The table the filter prompt edits.
    pub fn active_filter(&self) -> &str {
        if self.drill_netuid().is_some() { &self.neuron_filter } else { &self.subnet_filter }
    }

    /// How old the head block on screen is now (live networks), ms.
    pub fn head_age_ms(&self) -> Option<u64> {
        let age = self.snapshot.as_ref()?.head_age_ms?;
        Some(age.saturating_add(self.since_snapshot_ms))
    }

    pub fn position_count(&self) -> usize {
        self.snapshot.as_ref().map_or(0, |s| s.positions.len())
    }
}

fn subnet_matches(r: &SubnetRow, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    let uid = needle.strip_prefix("sn").unwrap_or(needle);
    r.netuid.to_string() == uid
        || r.name.to_lowercase().contains(needle)
        || r.symbol.to_lowercase().contains(needle)
}

fn neuron_matches(r: &NeuronRow, needle: &str) -> bool {
    needle.is_empty()
        || r.uid.to_string() == needle
        || r.hotkey.to_lowercase().contains(needle)
        || r.coldkey.to_lowercase().contains(needle)
}
