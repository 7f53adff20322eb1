//! The drill-down into one subnet: metagraph, hyperparameters and pool tabs.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState, Tabs};

use super::super::app::{App, DrillTab, NeuronCol};
use super::super::format::{amount, change, ppb_pct, prop, short_key, thousands};
use super::super::source::SubnetRow;
use super::super::strings;
use super::{Col, Theme, fit_columns};

const NEURON_COLS: [(Col, Option<NeuronCol>); 10] = [
    (Col { title: "UID", width: 4, priority: 0 }, Some(NeuronCol::Uid)),
    (Col { title: "Hotkey", width: 13, priority: 0 }, None),
    (Col { title: "Coldkey", width: 13, priority: 4 }, None),
    (Col { title: "Stake α", width: 9, priority: 0 }, Some(NeuronCol::Stake)),
    (Col { title: "VP", width: 2, priority: 2 }, None),
    (Col { title: "Incent", width: 6, priority: 1 }, Some(NeuronCol::Incentive)),
    (Col { title: "Divs", width: 6, priority: 1 }, Some(NeuronCol::Dividends)),
    (Col { title: "Emis α", width: 9, priority: 2 }, Some(NeuronCol::Emission)),
    (Col { title: "Upd", width: 5, priority: 3 }, Some(NeuronCol::LastUpdate)),
    (Col { title: "Imm", width: 3, priority: 3 }, None),
];

/// Amounts of TAO shown in the pool tab's stake-impact table.
const IMPACT_SIZES_TAO: [u64; 4] = [1, 10, 100, 1_000];

pub fn render(app: &App, frame: &mut Frame, area: Rect, netuid: u16) {
    let theme = Theme::of(app);
    let row = app.subnet(netuid);
    let name = row.map_or(String::new(), |r| format!("{} {}", r.symbol, r.name));
    let [tabs_area, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let titles = [strings::TITLE_METAGRAPH, strings::TITLE_HYPERPARAMS, strings::TITLE_POOL];
    let tabs = Tabs::new(titles)
        .select(app.drill_tab.index())
        .highlight_style(theme.selected())
        .style(theme.dim());
    let [label, tabs_rect] =
        Layout::horizontal([Constraint::Length(24), Constraint::Fill(1)]).areas(tabs_area);
    frame.render_widget(
        Paragraph::new(Span::styled(format!(" SN{netuid} {name}"), theme.header())),
        label,
    );
    frame.render_widget(tabs, tabs_rect);
    match app.drill_tab {
        DrillTab::Metagraph => metagraph(app, frame, body, theme),
        DrillTab::Hyperparams => hyperparams(app, frame, body, theme),
        DrillTab::Pool => pool(app, frame, body, theme, row),
    }
}

fn loading(frame: &mut Frame, area: Rect, theme: Theme, title: String) {
    let p =
        Paragraph::new(strings::LOADING_DRILL).style(theme.dim()).block(theme.block(title, true));
    frame.render_widget(p, area);
}

fn metagraph(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let arrow = if app.neuron_desc { "▼" } else { "▲" };
    let Some(all) = app.metagraph() else {
        return loading(frame, area, theme, format!(" {} ", strings::TITLE_METAGRAPH));
    };
    let rows = app.visible_neurons();
    let mut title = format!(" {} {}/{} ", strings::TITLE_METAGRAPH, rows.len(), all.len());
    if !app.neuron_filter.is_empty() {
        title.push_str(&format!("· /{} ", app.neuron_filter));
    }
    let block = theme.block(title, true);
    if rows.is_empty() {
        let p = Paragraph::new(strings::NO_NEURONS_MATCH).style(theme.dim()).block(block);
        frame.render_widget(p, area);
        return;
    }
    let block_now = app.snapshot.as_ref().map_or(0, |s| s.block);
    let specs: Vec<Col> = NEURON_COLS.iter().map(|(c, _)| *c).collect();
    let shown = fit_columns(&specs, area.width.saturating_sub(4));
    let header = Row::new(shown.iter().filter_map(|i| {
        let (c, key) = NEURON_COLS.get(*i)?;
        let mark = if *key == Some(app.neuron_sort) { arrow } else { "" };
        Some(Cell::from(format!("{}{mark}", c.title)))
    }))
    .style(theme.header());
    let tick = |b: bool| if b { "✓" } else { "·" };
    let body = rows.iter().map(|n| {
        Row::new(shown.iter().map(|i| match i {
            0 => Cell::from(n.uid.to_string()),
            1 => Cell::from(short_key(&n.hotkey)),
            2 => Cell::from(short_key(&n.coldkey)),
            3 => Cell::from(amount(n.stake)),
            4 => Cell::from(tick(n.permit)),
            5 => Cell::from(prop(n.incentive)),
            6 => Cell::from(prop(n.dividends)),
            7 => Cell::from(amount(n.emission)),
            8 => Cell::from(block_now.saturating_sub(n.last_update).to_string()),
            _ => Cell::from(tick(n.immune)),
        }))
    });
    let widths =
        shown.iter().filter_map(|i| NEURON_COLS.get(*i).map(|(c, _)| Constraint::Length(c.width)));
    let table = Table::new(body, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.selected())
        .highlight_symbol(Line::from("▶ "));
    let mut state = TableState::default().with_selected(Some(app.neuron_sel));
    frame.render_stateful_widget(table, area, &mut state);
}

fn hyperparams(app: &App, frame: &mut Frame, area: Rect, theme: Theme) {
    let Some(params) = app.hyperparams() else {
        return loading(frame, area, theme, format!(" {} ", strings::TITLE_HYPERPARAMS));
    };
    let title = format!(" {} {} ", strings::TITLE_HYPERPARAMS, params.len());
    let rows = params.iter().map(|(k, v)| Row::new([k.clone(), v.clone()]));
    let table = Table::new(rows, [Constraint::Length(32), Constraint::Fill(1)])
        .header(Row::new(["Name", "Value"]).style(theme.header()))
        .block(theme.block(title, true))
        .row_highlight_style(theme.selected());
    let mut state = TableState::default().with_selected(Some(app.hparam_scroll));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Alpha received for staking `tao` rao into a constant-product pool (ignores fees).
fn alpha_for(r: &SubnetRow, tao: u64) -> u64 {
    let k = u128::from(r.tao_in) * u128::from(r.alpha_in);
    let new_tao = u128::from(r.tao_in) + u128::from(tao);
    if new_tao == 0 {
        return 0;
    }
    u64::try_from(u128::from(r.alpha_in).saturating_sub(k / new_tao)).unwrap_or(0)
}

fn pool(app: &App, frame: &mut Frame, area: Rect, theme: Theme, row: Option<&SubnetRow>) {
    let block = theme.block(format!(" {} ", strings::TITLE_POOL), true);
    let Some(r) = row else {
        return loading(frame, area, theme, format!(" {} ", strings::TITLE_POOL));
    };
    let ppm = app.price_change_ppm(r);
    let kv = |k: &str, v: String| {
        Line::from(vec![Span::styled(format!("{k:<18}"), theme.dim()), Span::raw(v)])
    };
    let mut lines = vec![
        Line::from(vec![
            Span::styled(format!("{:<18}", "price"), theme.dim()),
            Span::raw(format!("{} τ/{}  ", amount(r.price_rao), r.symbol)),
            Span::styled(change(ppm), theme.change(ppm)),
            Span::styled(" since start", theme.dim()),
        ]),
        kv("moving price", format!("{} τ", amount(r.moving_price_rao))),
        kv("TAO in pool", format!("{} τ", amount(r.tao_in))),
        kv("alpha in pool", format!("{} {}", amount(r.alpha_in), r.symbol)),
        kv("alpha outstanding", format!("{} {}", amount(r.alpha_out), r.symbol)),
        kv("market cap", format!("{} τ", amount(r.market_cap))),
        kv(
            "emission",
            format!(
                "{} · {} τ/blk · {} {}/blk",
                ppb_pct(r.emission_share_ppb),
                amount(r.tao_per_block_rao),
                amount(r.alpha_per_block),
                r.symbol
            ),
        ),
        kv("tempo", format!("{} · next epoch in {} blocks", r.tempo, r.blocks_to_epoch)),
        kv("neurons", format!("{}/{}", r.neurons, r.max_neurons)),
        kv("registration", format!("{} τ", amount(r.burn_cost))),
        Line::from(""),
        Line::from(Span::styled("stake impact (before fees)", theme.header())),
    ];
    for tao in IMPACT_SIZES_TAO {
        let rao = tao.saturating_mul(1_000_000_000);
        let got = alpha_for(r, rao);
        // Price impact: how much worse than spot the average fill is, in basis points.
        let at_spot = u128::from(rao) * 1_000_000_000 / u128::from(r.price_rao.max(1));
        let impact_bp =
            (at_spot.saturating_sub(u128::from(got)) * 10_000).checked_div(at_spot).unwrap_or(0);
        lines.push(kv(
            &format!("  {} τ", thousands(tao)),
            format!("→ {} {}  impact {:.2}%", amount(got), r.symbol, impact_bp as f64 / 100.0),
        ));
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
