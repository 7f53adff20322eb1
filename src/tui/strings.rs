//! All user-visible text of the monitor in one place, so wording stays consistent and the
//! snapshot tests show every change to it.

pub const TITLE_SUBNETS: &str = "Subnets";
pub const TITLE_POSITIONS: &str = "My positions";
pub const TITLE_EVENTS: &str = "Events";
pub const TITLE_PRICE: &str = "Price";
pub const TITLE_EMISSION: &str = "τ/blk";
pub const TITLE_METAGRAPH: &str = "Metagraph";
pub const TITLE_HYPERPARAMS: &str = "Hyperparameters";
pub const TITLE_POOL: &str = "Pool";
pub const TITLE_HELP: &str = "Keys";

pub const WAITING: &str = "waiting for the first snapshot…";
pub const NO_SUBNETS_MATCH: &str = "no subnet matches the filter";
pub const NO_NEURONS_MATCH: &str = "no neuron matches the filter";
pub const NO_POSITIONS: &str = "no stake held by the watched coldkeys";
pub const NO_EVENTS: &str = "no events yet";
pub const NO_HISTORY: &str = "collecting history…";
pub const LOADING_DRILL: &str = "loading subnet details…";
pub const TOO_SMALL: &str = "terminal too small";

pub const CONNECTED: &str = "connected";
pub const DISCONNECTED: &str = "disconnected";
pub const PAUSED: &str = "paused";
pub const FOLLOWING: &str = "following";
pub const RECONNECTING: &str = "reconnecting";
/// Status bar: the age of the head block on a live network ("head 12s ago").
pub const HEAD_AGE: &str = "head";
/// A head older than this (five 12 s blocks) is shown as lagging.
pub const LAG_WARN_MS: u64 = 60_000;
pub const CANNOT_DRIVE: &str = "unavailable on a node: pause/step/speed drive only the embedded chain; a live network makes its own blocks (space pauses refreshing)";

pub const HINTS: &str = "q quit  ? help  / filter  s sort  Tab pane  ⏎ open";
pub const HINTS_DRILL: &str = "Esc back  ←/→ tab  s sort  / filter  ? help";
pub const HINTS_DRIVE: &str = "␣ pause  . step  +/- speed";
pub const FILTER_PROMPT: &str = "filter: ";
pub const FILTER_HELP: &str = "⏎ keep  Esc clear";

/// The help overlay: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("↑ ↓  k j", "move the selection"),
    ("PgUp PgDn  g G", "page / jump to top, bottom"),
    ("Tab  Shift-Tab", "next / previous pane"),
    ("← →  h l", "previous / next tab (or pane)"),
    ("⏎", "open the selected subnet"),
    ("Esc", "back / close / clear filter"),
    ("/", "filter the table (name, symbol, netuid, key)"),
    ("s  S", "sort by next column / reverse order"),
    ("space", "pause / resume (a node: pause refreshing)"),
    (".", "produce one block (embedded chain only)"),
    ("+  -", "faster / slower (embedded chain only)"),
    ("mouse wheel", "scroll the focused table"),
    ("?", "toggle this help"),
    ("q  Ctrl-C", "quit"),
];
