//! The event pane: recent chain events, newest first, scrollable.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, Paragraph};

use super::super::app::{App, Pane};
use super::super::strings;
use super::Theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let title = format!(" {} {} ", strings::TITLE_EVENTS, app.events.len());
    let block = theme.block(title, app.focus == Pane::Events);
    if app.events.is_empty() {
        frame.render_widget(
            Paragraph::new(strings::NO_EVENTS).style(theme.dim()).block(block),
            area,
        );
        return;
    }
    let visible = usize::from(area.height.saturating_sub(2));
    let items = app.events.iter().skip(app.event_scroll).take(visible).map(|e| {
        ListItem::new(Line::from(vec![
            Span::styled(format!("#{} ", e.block), theme.dim()),
            Span::styled(format!("{:<8} ", e.kind), theme.accent()),
            Span::raw(e.text.clone()),
        ]))
    });
    frame.render_widget(List::new(items).block(block), area);
}
