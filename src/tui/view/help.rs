//! The `?` overlay listing every key.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::widgets::{Clear, Row, Table};

use super::super::app::App;
use super::super::strings;
use super::Theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let want_h = u16::try_from(strings::HELP.len()).unwrap_or(u16::MAX).saturating_add(2);
    let popup = area.centered(
        Constraint::Length(area.width.saturating_sub(2).min(64)),
        Constraint::Length(area.height.saturating_sub(2).min(want_h)),
    );
    let rows = strings::HELP.iter().map(|(k, what)| Row::new([*k, *what]));
    let table = Table::new(rows, [Constraint::Length(16), Constraint::Fill(1)])
        .block(theme.block(format!(" {} · any key closes ", strings::TITLE_HELP), true));
    frame.render_widget(Clear, popup);
    frame.render_widget(table, popup);
}
