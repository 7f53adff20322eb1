//! Price and emission history of one subnet (the selected or drilled one), from the bounded
//! per-subnet ring buffers the app keeps.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph, Sparkline};

use super::super::app::App;
use super::super::format::{amount, change};
use super::super::strings;
use super::Theme;

/// Rao per TAO, for chart coordinates (display only).
const UNIT: f64 = 1_000_000_000.0;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let Some(netuid) = app.chart_netuid() else {
        frame.render_widget(Paragraph::new("").block(theme.block(String::new(), false)), area);
        return;
    };
    let row = app.subnet(netuid);
    let mut title = vec![Span::raw(format!(" {} · SN{netuid}", strings::TITLE_PRICE))];
    if let Some(r) = row {
        let ppm = app.price_change_ppm(r);
        title.push(Span::raw(format!(" {} {} τ ", r.symbol, amount(r.price_rao))));
        title.push(Span::styled(change(ppm), theme.change(ppm)));
        title.push(Span::raw(" "));
    }
    let block = theme.block(String::new(), false).title(Line::from(title));
    let history = app.history.get(&netuid);
    let samples = history.map_or(0, |h| h.len());
    if samples < 2 {
        frame.render_widget(
            Paragraph::new(strings::NO_HISTORY).style(theme.dim()).block(block),
            area,
        );
        return;
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let show_spark = inner.height >= 8;
    let [chart_area, spark_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(if show_spark { 3 } else { 0 })])
            .areas(inner);

    let points: Vec<(f64, f64)> = history
        .map(|h| h.iter().map(|s| (s.block as f64, s.price_rao as f64 / UNIT)).collect())
        .unwrap_or_default();
    let (x0, x1) = (points.first().map_or(0.0, |p| p.0), points.last().map_or(1.0, |p| p.0));
    let (mut y0, mut y1) =
        points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    if (y1 - y0).abs() < f64::EPSILON {
        // A flat line still needs a non-empty range to be drawn.
        y0 -= y0.abs() * 0.01 + 1e-9;
        y1 += y1.abs() * 0.01 + 1e-9;
    }
    let data = Dataset::default()
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme.accent())
        .data(&points);
    let label = |v: f64| Span::raw(format!("{v:.6}"));
    let chart = Chart::new(vec![data])
        .x_axis(
            Axis::default()
                .bounds([x0, x1.max(x0 + 1.0)])
                .labels([Span::raw(format!("#{x0}")), Span::raw(format!("#{x1}"))])
                .style(theme.dim()),
        )
        .y_axis(Axis::default().bounds([y0, y1]).labels([label(y0), label(y1)]).style(theme.dim()));
    frame.render_widget(chart, chart_area);

    if show_spark {
        let emis: Vec<u64> =
            history.map(|h| h.iter().map(|s| s.tao_per_block_rao).collect()).unwrap_or_default();
        // Newest samples at the right edge: keep only as many as fit.
        let width = usize::from(spark_area.width);
        let tail = emis.get(emis.len().saturating_sub(width)..).unwrap_or_default();
        let current = row.map_or(0, |r| r.tao_per_block_rao);
        // Bars show variation within the window (from its minimum), or it would be a flat
        // full bar: emission moves by fractions of a percent between blocks.
        let lo = tail.iter().copied().min().unwrap_or(0);
        let hi = tail.iter().copied().max().unwrap_or(0);
        let bars: Vec<u64> = tail.iter().map(|v| v - lo + u64::from(hi == lo)).collect();
        let spark_block = ratatui::widgets::Block::default().title(Line::from(format!(
            "{} {} · min {}",
            strings::TITLE_EMISSION,
            amount(current),
            amount(lo)
        )));
        let spark = Sparkline::default().block(spark_block).data(&bars).style(theme.up());
        frame.render_widget(spark, spark_area);
    }
}
