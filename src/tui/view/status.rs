//! The bottom status bar: network, block, time to next block, connection, drive state, and
//! either the key hints, the filter prompt, an error or a notice.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::super::app::App;
use super::super::format::{age as age_text, millis, thousands};
use super::super::strings;
use super::Theme;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let mut spans = Vec::new();
    if let Some(s) = &app.snapshot {
        let (dot, state, style) = if s.connected && app.error.is_none() {
            ("●", strings::CONNECTED, theme.up())
        } else if app.can_drive {
            ("○", strings::DISCONNECTED, theme.error())
        } else {
            // A live source keeps retrying; the error text says when.
            ("○", strings::RECONNECTING, theme.error())
        };
        spans.push(Span::styled(format!(" {} ", s.network), theme.header()));
        spans.push(Span::styled(format!("{dot} {state} "), style));
        spans.push(Span::raw(format!("#{} ", thousands(s.block))));
        if let Some(age) = app.head_age_ms() {
            // A head older than a few blocks means the node (or this view) lags the chain.
            let style = if age > strings::LAG_WARN_MS { theme.error() } else { theme.dim() };
            spans
                .push(Span::styled(format!("{} {} ago ", strings::HEAD_AGE, age_text(age)), style));
        }
        if app.next_block_ms > 0 && !app.paused {
            spans.push(Span::styled(format!("next {} ", millis(app.next_block_ms)), theme.dim()));
        }
    }
    let (drive, style) = if app.paused {
        (format!("⏸ {} ", strings::PAUSED), theme.error())
    } else if app.speed > 0 {
        (format!("▶ {} blk/s ", app.speed), theme.accent())
    } else {
        (format!("▶ {} ", strings::FOLLOWING), theme.dim())
    };
    spans.push(Span::styled(drive, style.add_modifier(Modifier::BOLD)));
    spans.push(Span::styled("│ ", theme.dim()));
    if app.filtering {
        spans.push(Span::styled(strings::FILTER_PROMPT, theme.header()));
        spans.push(Span::raw(format!("{}▏ ", app.active_filter())));
        spans.push(Span::styled(strings::FILTER_HELP, theme.dim()));
    } else if let Some(e) = &app.error {
        spans.push(Span::styled(format!("error: {e}"), theme.error()));
    } else if let Some(n) = &app.notice {
        spans.push(Span::styled(n.clone(), theme.header()));
    } else {
        let hints =
            if app.drill_netuid().is_some() { strings::HINTS_DRILL } else { strings::HINTS };
        spans.push(Span::styled(hints, theme.dim()));
        if app.can_drive {
            spans.push(Span::styled(format!("  {}", strings::HINTS_DRIVE), theme.dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
