//! The subnet market table: one row per subnet, sortable and filterable.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use super::super::app::{App, Pane, SubnetCol};
use super::super::format::{amount, change, ppb_pct};
use super::super::source::SubnetRow;
use super::super::strings;
use super::{Col, Theme, fit_columns};

/// Columns with the sort key they display (None: not sortable).
const COLS: [(Col, Option<SubnetCol>); 15] = [
    (Col { title: "SN", width: 4, priority: 0 }, Some(SubnetCol::Netuid)),
    (Col { title: "Name", width: 14, priority: 0 }, Some(SubnetCol::Name)),
    (Col { title: "Price τ", width: 10, priority: 0 }, Some(SubnetCol::Price)),
    (Col { title: "Δ start", width: 8, priority: 1 }, Some(SubnetCol::Change)),
    (Col { title: "EMA τ", width: 10, priority: 3 }, Some(SubnetCol::MovingPrice)),
    (Col { title: "Emis", width: 7, priority: 1 }, Some(SubnetCol::Emission)),
    (Col { title: "τ/blk", width: 8, priority: 4 }, None),
    (Col { title: "α/blk", width: 7, priority: 6 }, None),
    (Col { title: "τ in", width: 9, priority: 2 }, Some(SubnetCol::TaoIn)),
    (Col { title: "α in", width: 9, priority: 4 }, Some(SubnetCol::AlphaIn)),
    (Col { title: "α out", width: 9, priority: 5 }, Some(SubnetCol::AlphaOut)),
    (Col { title: "MCap τ", width: 9, priority: 3 }, Some(SubnetCol::MarketCap)),
    (Col { title: "Reg τ", width: 8, priority: 4 }, Some(SubnetCol::BurnCost)),
    (Col { title: "N", width: 7, priority: 5 }, Some(SubnetCol::Neurons)),
    (Col { title: "Epoch", width: 5, priority: 2 }, Some(SubnetCol::Epoch)),
];

/// The label of a subnet sort column for the title bar.
pub fn sort_label(col: SubnetCol) -> &'static str {
    COLS.iter().find(|(_, k)| *k == Some(col)).map_or("", |(c, _)| c.title)
}

fn cell(app: &App, theme: Theme, r: &SubnetRow, i: usize) -> Cell<'static> {
    match i {
        0 => Cell::from(r.netuid.to_string()),
        1 => Cell::from(format!("{} {}", r.symbol, r.name)),
        2 => Cell::from(amount(r.price_rao)),
        3 => {
            let ppm = app.price_change_ppm(r);
            Cell::from(Span::styled(change(ppm), theme.change(ppm)))
        }
        4 => Cell::from(amount(r.moving_price_rao)),
        5 => Cell::from(ppb_pct(r.emission_share_ppb)),
        6 => Cell::from(amount(r.tao_per_block_rao)),
        7 => Cell::from(amount(r.alpha_per_block)),
        8 => Cell::from(amount(r.tao_in)),
        9 => Cell::from(amount(r.alpha_in)),
        10 => Cell::from(amount(r.alpha_out)),
        11 => Cell::from(amount(r.market_cap)),
        12 => Cell::from(amount(r.burn_cost)),
        13 => Cell::from(format!("{}/{}", r.neurons, r.max_neurons)),
        _ => Cell::from(r.blocks_to_epoch.to_string()),
    }
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = Theme::of(app);
    let rows = app.visible_subnets();
    let total = app.snapshot.as_ref().map_or(0, |s| s.subnets.len());
    let arrow = if app.subnet_desc { "▼" } else { "▲" };
    let mut title = format!(
        " {} {}/{} · sort {} {arrow} ",
        strings::TITLE_SUBNETS,
        rows.len(),
        total,
        sort_label(app.subnet_sort)
    );
    if !app.subnet_filter.is_empty() {
        title.push_str(&format!("· /{} ", app.subnet_filter));
    }
    let block = theme.block(title, app.focus == Pane::Subnets);
    if rows.is_empty() {
        let p = Paragraph::new(strings::NO_SUBNETS_MATCH).style(theme.dim()).block(block);
        frame.render_widget(p, area);
        return;
    }
    let specs: Vec<Col> = COLS.iter().map(|(c, _)| *c).collect();
    // Two columns of the inner width go to the highlight symbol.
    let shown = fit_columns(&specs, area.width.saturating_sub(4));
    let header = Row::new(shown.iter().filter_map(|i| {
        let (c, key) = COLS.get(*i)?;
        let mark = if *key == Some(app.subnet_sort) { arrow } else { "" };
        Some(Cell::from(format!("{}{mark}", c.title)))
    }))
    .style(theme.header());
    let body = rows.iter().map(|r| Row::new(shown.iter().map(|i| cell(app, theme, r, *i))));
    let widths =
        shown.iter().filter_map(|i| COLS.get(*i).map(|(c, _)| Constraint::Length(c.width)));
    let table = Table::new(body, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .highlight_symbol(Line::from("▶ "));
    let mut state = TableState::default().with_selected(app.selected_index(&rows));
    frame.render_stateful_widget(table, area, &mut state);
}
