//! Everything that can change the monitor's state: user intents mapped from keys and mouse, and
//! data arriving from the poller. `update::update` is the only consumer.

use super::source::Snapshot;

/// One state change request. Keys never mutate state directly; they become one of these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Left / `h`: previous tab in a drill-down, previous pane otherwise.
    Left,
    /// Right / `l`: next tab in a drill-down, next pane otherwise.
    Right,
    NextPane,
    PrevPane,
    /// Enter: open the selected subnet (or the subnet of the selected position).
    Enter,
    /// Esc: close help, cancel a filter, or leave a drill-down.
    Back,
    FilterStart,
    FilterInput(char),
    FilterBackspace,
    /// Enter while typing a filter: keep it and return to navigation.
    FilterConfirm,
    SortNext,
    SortReverse,
    ToggleHelp,
    TogglePause,
    Step,
    SpeedUp,
    SpeedDown,
    /// Mouse wheel; scrolls the focused table by a few rows.
    ScrollUp,
    ScrollDown,
    /// Time passed (milliseconds) — drives the next-block countdown.
    Tick(u64),
    /// The terminal changed size; nothing to store, but the loop redraws.
    Resize,
    Snapshot(Box<Snapshot>),
    /// The source failed; the message is shown and the last data stays on screen.
    SourceError(String),
}
