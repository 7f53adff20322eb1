//! The user's positions: alpha per (subnet, hotkey), its value at spot and after exit
//! slippage, and alpha gained since the monitor started.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use super::super::app::{App, Pane};
use super::super::format::{amount, short_key, signed_amount};
use super::super::strings;
use super::{Col, Theme, fit_columns};

const COLS: [Col; 7] = [
    Col { title: "SN", width: 4, priority: 0 },
    Col { title: "Hotkey", width: 13, priority: 3 },
    Col { title: "α", width: 9, priority: 1 },
    Col { title: "Spot τ", width: 9, priority: 0 },
    Col { title: "Exit τ", width: 9, priority: 1 },
    Col { title: "Slip", width: 6, priority: 2 },
    Col { title: "Δα start", width: 10, priority: 2 },
];

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let positions = app.snapshot.as_ref().map(|s| s.positions.as_slice()).unwrap_or_default();
    let spot: u128 = positions.iter().map(|p| u128::from(p.value_spot_rao)).sum();
    let exit: u128 = positions.iter().map(|p| u128::from(p.value_exit_rao)).sum();
    let title = format!(" {} {} ", strings::TITLE_POSITIONS, positions.len());
    let block = theme.block(title, app.focus == Pane::Positions);
    if positions.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::NO_POSITIONS).style(theme.dim()).block(block),
            area,
        );
        return;
    }
    let shown = fit_columns(&COLS, area.width.saturating_sub(4));
    let header =
        Row::new(shown.iter().filter_map(|i| COLS.get(*i).map(|c| c.title))).style(theme.header());
    let rows = positions.iter().map(|p| {
        let earned = app.earned_alpha(p.netuid, &p.hotkey, p.alpha);
        // Slippage of a full exit, in basis points of the spot value.
        let slip_bp = (u128::from(p.value_spot_rao.saturating_sub(p.value_exit_rao)) * 10_000)
            .checked_div(u128::from(p.value_spot_rao))
            .unwrap_or(0);
        Row::new(shown.iter().map(|i| match i {
            0 => Cell::from(p.netuid.to_string()),
            1 => Cell::from(short_key(&p.hotkey)),
            2 => Cell::from(amount(p.alpha)),
            3 => Cell::from(amount(p.value_spot_rao)),
            4 => Cell::from(amount(p.value_exit_rao)),
            5 => Cell::from(format!("{:.2}%", slip_bp as f64 / 100.0)),
            _ => Cell::from(Span::styled(
                signed_amount(earned),
                theme.change(i64::try_from(earned.signum()).unwrap_or(0)),
            )),
        }))
    });
    // A totals row under the positions; it is not selectable (selection clamps to positions).
    let total_cells = shown.iter().map(|i| match i {
        0 => Cell::from("Σ"),
        3 => Cell::from(amount(u64::try_from(spot).unwrap_or(u64::MAX))),
        4 => Cell::from(amount(u64::try_from(exit).unwrap_or(u64::MAX))),
        _ => Cell::from(""),
    });
    let rows = rows.chain(std::iter::once(Row::new(total_cells).style(theme.header())));
    let widths = shown.iter().filter_map(|i| COLS.get(*i).map(|c| Constraint::Length(c.width)));
    let focused = app.focus == Pane::Positions;
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(if focused { theme.selected() } else { Default::default() })
        .highlight_symbol(Line::from(if focused { "▶ " } else { "  " }));
    let mut state = TableState::default().with_selected(Some(app.position_sel));
    frame.render_stateful_widget(table, area, &mut state);
}
