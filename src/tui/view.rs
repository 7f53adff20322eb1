//! Drawing: pure functions of `&App` into a ratatui `Frame`. Nothing here fetches data or
//! mutates state. The layout degrades by hiding panes as the terminal shrinks; tables drop their
//! least important columns first.

mod charts;
mod drill;
mod events;
mod help;
mod positions;
mod status;
mod subnets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::app::{App, Pane, Screen};
use super::strings;

/// Below this the monitor only says it is too small.
const MIN_WIDTH: u16 = 20;
const MIN_HEIGHT: u16 = 5;
/// Below this height only one pane is shown (plus the status bar).
const ONE_PANE_HEIGHT: u16 = 18;
/// At or above this width the bottom row shows chart, positions and events side by side.
const THREE_COLUMN_WIDTH: u16 = 110;
/// At or above this width the bottom row shows the chart beside one list.
const TWO_COLUMN_WIDTH: u16 = 70;
/// The drill-down shows the charts under its tab when at least this tall.
const DRILL_CHART_HEIGHT: u16 = 30;

/// Styles that collapse to bold/reverse when colours are off (NO_COLOR).
#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub no_color: bool,
}

impl Theme {
    pub fn of(app: &App) -> Self {
        Self { no_color: app.no_color }
    }

    fn fg(self, c: Color) -> Style {
        if self.no_color { Style::default() } else { Style::default().fg(c) }
    }

    pub fn header(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn selected(self) -> Style {
        if self.no_color {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default().bg(Color::DarkGray).add_modifier(Modifier::BOLD)
        }
    }

    pub fn up(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn down(self) -> Style {
        self.fg(Color::Red)
    }

    pub fn dim(self) -> Style {
        if self.no_color { Style::default() } else { Style::default().fg(Color::DarkGray) }
    }

    pub fn accent(self) -> Style {
        self.fg(Color::Cyan)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Style for a change: green up, red down (the glyph carries it without colour).
    pub fn change(self, ppm: i64) -> Style {
        match ppm.signum() {
            1 => self.up(),
            -1 => self.down(),
            _ => Style::default(),
        }
    }

    /// A pane border; the focused pane is bold (and cyan) so focus shows without colour.
    pub fn block(self, title: String, focused: bool) -> Block<'static> {
        let (style, kind) = if focused {
            (self.accent().add_modifier(Modifier::BOLD), BorderType::Thick)
        } else {
            (self.dim(), BorderType::Plain)
        };
        Block::bordered().border_type(kind).border_style(style).title(Line::from(title))
    }
}

/// One table column: header, width, and priority (0 = always shown; larger = dropped first).
#[derive(Clone, Copy, Debug)]
pub struct Col {
    pub title: &'static str,
    pub width: u16,
    pub priority: u8,
}

/// Indices of the columns that fit in `width` (one space between columns), most important
/// first, returned in display order.
pub fn fit_columns(cols: &[Col], width: u16) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cols.len()).collect();
    order.sort_by_key(|i| cols.get(*i).map_or(u8::MAX, |c| c.priority));
    let mut used: u16 = 0;
    let mut keep = Vec::new();
    for i in order {
        let Some(c) = cols.get(i) else { continue };
        let need = c.width + u16::from(!keep.is_empty());
        if used + need > width && !keep.is_empty() {
            continue;
        }
        used += need;
        keep.push(i);
    }
    keep.sort_unstable();
    keep
}

/// Draws the whole screen.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = Paragraph::new(strings::TOO_SMALL).style(Theme::of(app).dim());
        frame.render_widget(msg, area);
        return;
    }
    let [main, bar] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    status::render(app, frame, bar);
    if app.snapshot.is_none() {
        let msg = Paragraph::new(strings::WAITING).centered().block(Block::bordered());
        frame.render_widget(msg, main);
    } else {
        match app.screen {
            Screen::Overview => overview(app, frame, main),
            Screen::Drill(netuid) => drill_screen(app, frame, main, netuid),
        }
    }
    if app.help {
        help::render(app, frame, main);
    }
}

fn overview(app: &App, frame: &mut Frame, area: Rect) {
    if area.height < ONE_PANE_HEIGHT {
        // Only one pane fits: show the focused one.
        match app.focus {
            Pane::Subnets => subnets::render(app, frame, area),
            Pane::Positions => positions::render(app, frame, area),
            Pane::Events => events::render(app, frame, area),
        }
        return;
    }
    let bottom_h = (area.height * 2 / 5).clamp(8, 16);
    let [top, bottom] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(bottom_h)]).areas(area);
    subnets::render(app, frame, top);
    if area.width >= THREE_COLUMN_WIDTH {
        let [c, p, e] = Layout::horizontal([
            Constraint::Percentage(36),
            Constraint::Percentage(34),
            Constraint::Percentage(30),
        ])
        .areas(bottom);
        charts::render(app, frame, c);
        positions::render(app, frame, p);
        events::render(app, frame, e);
    } else if area.width >= TWO_COLUMN_WIDTH {
        let [c, side] =
            Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(bottom);
        charts::render(app, frame, c);
        if app.focus == Pane::Events {
            events::render(app, frame, side);
        } else {
            positions::render(app, frame, side);
        }
    } else {
        match app.focus {
            Pane::Subnets => charts::render(app, frame, bottom),
            Pane::Positions => positions::render(app, frame, bottom),
            Pane::Events => events::render(app, frame, bottom),
        }
    }
}

fn drill_screen(app: &App, frame: &mut Frame, area: Rect, netuid: u16) {
    if area.height >= DRILL_CHART_HEIGHT {
        let [top, bottom] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(12)]).areas(area);
        drill::render(app, frame, top, netuid);
        charts::render(app, frame, bottom);
    } else {
        drill::render(app, frame, area, netuid);
    }
}

#[cfg(test)]
mod tests {
    use super::super::action::Action;
    use super::super::app::{App, AppConfig};
    use super::super::fake::FakeSource;
    use super::super::source::{EventRow, Source};
    use super::super::update::update;
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    /// An app fed with `blocks` blocks of a `subnets`-subnet fake chain, one snapshot per block.
    fn fed_app(subnets: u16, blocks: u64) -> (App, FakeSource) {
        let mut app = App::new(AppConfig { can_drive: true, speed: 1, ..AppConfig::default() });
        let mut src = FakeSource::new(subnets);
        for i in 0..blocks {
            if i > 0 {
                src.step(1).ok();
            }
            let snap = src.poll(&app.request()).expect("fake never fails");
            update(&mut app, Action::Snapshot(Box::new(snap)));
        }
        (app, src)
    }

    fn refeed(app: &mut App, src: &mut FakeSource) {
        let snap = src.poll(&app.request()).expect("fake never fails");
        update(app, Action::Snapshot(Box::new(snap)));
    }

    fn draw(app: &App, w: u16, h: u16) -> String {
        let mut term = Terminal::new(TestBackend::new(w, h)).expect("test backend");
        term.draw(|f| render(app, f)).expect("draw");
        term.backend().to_string()
    }

    /// Snapshots one state at both standard sizes.
    macro_rules! snap_both {
        ($name:literal, $app:expr) => {
            insta::assert_snapshot!(concat!($name, "_120x40"), draw(&$app, 120, 40));
            insta::assert_snapshot!(concat!($name, "_80x24"), draw(&$app, 80, 24));
        };
    }

    #[test]
    fn subnets_screen() {
        let (mut app, _) = fed_app(32, 40);
        update(&mut app, Action::Down);
        update(&mut app, Action::Down);
        snap_both!("subnets", app);
    }

    #[test]
    fn subnets_sorted_by_change_descending() {
        let (mut app, _) = fed_app(32, 40);
        update(&mut app, Action::SortNext);
        update(&mut app, Action::SortNext);
        update(&mut app, Action::SortNext);
        update(&mut app, Action::SortReverse);
        snap_both!("subnets_sorted", app);
    }

    #[test]
    fn charts_after_many_blocks() {
        let (mut app, _) = fed_app(8, 200);
        update(&mut app, Action::Down);
        snap_both!("charts", app);
    }

    #[test]
    fn drill_metagraph() {
        let (mut app, mut src) = fed_app(16, 30);
        update(&mut app, Action::Down);
        update(&mut app, Action::Down);
        update(&mut app, Action::Enter);
        refeed(&mut app, &mut src);
        update(&mut app, Action::Down);
        snap_both!("drill_metagraph", app);
    }

    #[test]
    fn drill_loading() {
        let (mut app, _) = fed_app(4, 2);
        update(&mut app, Action::Enter);
        insta::assert_snapshot!("drill_loading_80x24", draw(&app, 80, 24));
    }

    #[test]
    fn drill_hyperparams() {
        let (mut app, mut src) = fed_app(16, 30);
        update(&mut app, Action::Down);
        update(&mut app, Action::Enter);
        refeed(&mut app, &mut src);
        update(&mut app, Action::Right);
        snap_both!("drill_hyperparams", app);
    }

    #[test]
    fn drill_pool() {
        let (mut app, mut src) = fed_app(16, 30);
        update(&mut app, Action::Down);
        update(&mut app, Action::Enter);
        refeed(&mut app, &mut src);
        update(&mut app, Action::Left);
        snap_both!("drill_pool", app);
    }

    #[test]
    fn positions_focused() {
        let (mut app, _) = fed_app(16, 60);
        update(&mut app, Action::NextPane);
        update(&mut app, Action::Down);
        snap_both!("positions", app);
    }

    #[test]
    fn events_focused() {
        let (mut app, _) = fed_app(16, 400);
        update(&mut app, Action::NextPane);
        update(&mut app, Action::NextPane);
        snap_both!("events", app);
    }

    #[test]
    fn help_overlay() {
        let (mut app, _) = fed_app(16, 5);
        update(&mut app, Action::ToggleHelp);
        snap_both!("help", app);
    }

    #[test]
    fn filter_prompt() {
        let (mut app, _) = fed_app(40, 5);
        update(&mut app, Action::FilterStart);
        for c in "apex".chars() {
            update(&mut app, Action::FilterInput(c));
        }
        snap_both!("filter", app);
    }

    #[test]
    fn paused_with_error_and_no_color() {
        let mut app =
            App::new(AppConfig { no_color: true, can_drive: true, ..AppConfig::default() });
        let mut src = FakeSource::new(8);
        refeed(&mut app, &mut src);
        update(&mut app, Action::TogglePause);
        update(&mut app, Action::SourceError("connection refused".to_string()));
        insta::assert_snapshot!("paused_error_120x40", draw(&app, 120, 40));
    }

    /// The bottom line of a drawn screen.
    fn status_line(app: &App, w: u16, h: u16) -> String {
        draw(app, w, h).lines().last().unwrap_or_default().to_string()
    }

    #[test]
    fn live_node_status_shows_head_age_and_reconnecting() {
        let mut app = App::new(AppConfig { can_drive: false, ..AppConfig::default() });
        let mut src = FakeSource::new(8);
        let mut snap = src.poll(&app.request()).expect("fake never fails");
        snap.network = "finney".to_string();
        snap.head_age_ms = Some(14_000);
        update(&mut app, Action::Snapshot(Box::new(snap.clone())));
        let line = status_line(&app, 120, 40);
        assert!(line.contains("finney ● connected"), "{line}");
        assert!(line.contains("head 14s ago"), "{line}");
        assert!(!line.contains("pause"), "no drive hints on a node: {line}");
        // Time passes with no new snapshot (a slow read): the age keeps growing on screen.
        update(&mut app, Action::Tick(50_000));
        let line = status_line(&app, 120, 40);
        assert!(line.contains("head 1m04s ago"), "{line}");
        // Keys that drive time say so plainly.
        update(&mut app, Action::Step);
        let line = status_line(&app, 200, 40);
        assert!(line.contains("unavailable on a node"), "{line}");
        update(
            &mut app,
            Action::SourceError("lost connection to finney: RPC error; reconnecting".to_string()),
        );
        insta::assert_snapshot!("live_reconnecting_120x40", draw(&app, 120, 40));
        let line = status_line(&app, 120, 40);
        assert!(line.contains("○ reconnecting"), "{line}");
        // A fresh snapshot clears the error and resets the age.
        snap.head_age_ms = Some(3_000);
        update(&mut app, Action::Snapshot(Box::new(snap)));
        let line = status_line(&app, 120, 40);
        assert!(line.contains("● connected") && line.contains("head 3s ago"), "{line}");
    }

    #[test]
    fn waiting_for_first_snapshot() {
        let app = App::new(AppConfig::default());
        insta::assert_snapshot!("waiting_80x24", draw(&app, 80, 24));
    }

    #[test]
    fn tiny_terminals_degrade_without_panicking() {
        let (mut app, mut src) = fed_app(64, 30);
        insta::assert_snapshot!("tiny_40x12", draw(&app, 40, 12));
        insta::assert_snapshot!("tiny_10x3", draw(&app, 10, 3));
        // Every screen at every small size must draw without panicking.
        let screens: [&[Action]; 6] = [
            &[],
            &[Action::ToggleHelp],
            &[Action::NextPane],
            &[Action::NextPane],
            &[Action::Enter],
            &[Action::Right, Action::Right],
        ];
        for actions in screens {
            for a in actions {
                update(&mut app, a.clone());
                refeed(&mut app, &mut src);
            }
            for w in [1u16, 5, 19, 20, 21, 30, 40, 60, 69, 70, 79, 109, 110, 200] {
                for h in [1u16, 4, 5, 6, 8, 12, 17, 18, 24, 29, 30, 60] {
                    let _ = draw(&app, w, h);
                }
            }
        }
    }

    #[test]
    fn no_color_has_no_colours() {
        let (mut app, _) = fed_app(16, 30);
        app.no_color = true;
        let mut term = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
        term.draw(|f| render(&app, f)).expect("draw");
        let buf = term.backend().buffer();
        assert!(buf.content.iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
        assert!(buf.content.iter().any(|c| c.modifier.contains(Modifier::REVERSED)));
    }

    #[test]
    fn long_event_text_and_odd_data_do_not_panic() {
        let (mut app, mut src) = fed_app(3, 3);
        let mut snap = src.poll(&app.request()).expect("fake never fails");
        snap.events.push(EventRow {
            block: u64::MAX,
            kind: "x".repeat(300),
            text: "é".repeat(500),
        });
        if let Some(s) = snap.subnets.first_mut() {
            s.name = "名".repeat(80);
            s.price_rao = u64::MAX;
            s.market_cap = u64::MAX;
            s.tempo = 0;
        }
        update(&mut app, Action::Snapshot(Box::new(snap)));
        let _ = draw(&app, 120, 40);
        let _ = draw(&app, 33, 9);
    }

    #[test]
    fn empty_filter_results_say_so() {
        let (mut app, mut src) = fed_app(8, 3);
        update(&mut app, Action::FilterStart);
        update(&mut app, Action::FilterInput('#'));
        assert!(draw(&app, 80, 24).contains(strings::NO_SUBNETS_MATCH));
        update(&mut app, Action::Back);
        update(&mut app, Action::Enter);
        refeed(&mut app, &mut src);
        update(&mut app, Action::FilterStart);
        update(&mut app, Action::FilterInput('#'));
        assert!(draw(&app, 80, 24).contains(strings::NO_NEURONS_MATCH));
    }

    #[test]
    fn fit_columns_keeps_priorities_in_order() {
        let cols = [
            Col { title: "a", width: 5, priority: 0 },
            Col { title: "b", width: 5, priority: 2 },
            Col { title: "c", width: 5, priority: 1 },
        ];
        assert_eq!(fit_columns(&cols, 100), vec![0, 1, 2]);
        assert_eq!(fit_columns(&cols, 11), vec![0, 2]);
        assert_eq!(fit_columns(&cols, 3), vec![0]);
    }
}
