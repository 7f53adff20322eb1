//! `update` is the only function that mutates `App`. It returns the command, if any, the loop
//! must pass to the poller (new request, pause/speed, single step), so the state machine stays
//! free of channels and threads.

use super::action::Action;
use super::app::{
    App, DrillTab, EVENTS_CAP, HISTORY_CAP, NeuronCol, PAGE, Pane, Ring, SPEEDS, Sample, Screen,
    SubnetCol, WHEEL, next_of,
};
use super::poller::Command;
use super::source::Snapshot;
use super::strings;

/// Applies one action. Returns a command for the poller when its configuration must change.
pub fn update(app: &mut App, action: Action) -> Option<Command> {
    match action {
        Action::Tick(ms) => {
            app.next_block_ms = app.next_block_ms.saturating_sub(ms);
            app.since_snapshot_ms = app.since_snapshot_ms.saturating_add(ms);
            return None;
        }
        Action::Resize => return None,
        Action::Snapshot(s) => {
            apply_snapshot(app, *s);
            return None;
        }
        Action::SourceError(e) => {
            app.error = Some(e);
            return None;
        }
        Action::Quit => {
            app.quit = true;
            return None;
        }
        _ => {}
    }
    app.notice = None;
    if app.help {
        // Any key closes the help overlay; `?` and Esc are the documented ones.
        app.help = false;
        return None;
    }
    if app.filtering {
        return filter_key(app, action);
    }
    match action {
        Action::Up => move_selection(app, -1),
        Action::Down => move_selection(app, 1),
        Action::PageUp => move_selection(app, -(PAGE as i64)),
        Action::PageDown => move_selection(app, PAGE as i64),
        Action::ScrollUp => move_selection(app, -(WHEEL as i64)),
        Action::ScrollDown => move_selection(app, WHEEL as i64),
        Action::Top => move_selection(app, i64::MIN / 2),
        Action::Bottom => move_selection(app, i64::MAX / 2),
        Action::Left | Action::PrevPane => cycle(app, true),
        Action::Right | Action::NextPane => cycle(app, false),
        Action::Enter => return enter(app),
        Action::Back => return back(app),
        Action::FilterStart => {
            app.filtering = true;
            if app.screen == Screen::Overview {
                app.focus = Pane::Subnets;
            } else {
                app.drill_tab = DrillTab::Metagraph;
            }
        }
        Action::SortNext | Action::SortReverse => sort(app, action == Action::SortReverse),
        Action::ToggleHelp => app.help = true,
        Action::TogglePause => {
            app.paused = !app.paused;
            return Some(Command::Configure(app.poller_config()));
        }
        Action::Step => {
            if !app.can_drive {
                app.notice = Some(strings::CANNOT_DRIVE.to_string());
                return None;
            }
            let was_paused = app.paused;
            app.paused = true;
            if !was_paused {
                // Pause first so the step is not followed by free-running blocks; the poller
                // applies commands in order.
                return Some(Command::Configure(app.poller_config()));
            }
            return Some(Command::Step(1));
        }
        Action::SpeedUp | Action::SpeedDown => {
            if !app.can_drive {
                app.notice = Some(strings::CANNOT_DRIVE.to_string());
                return None;
            }
            app.speed = next_speed(app.speed, action == Action::SpeedUp);
            return Some(Command::Configure(app.poller_config()));
        }
        _ => {}
    }
    None
}

/// The next speed step up or down (clamped at both ends).
pub fn next_speed(cur: u32, up: bool) -> u32 {
    if up {
        SPEEDS.iter().copied().find(|s| *s > cur).unwrap_or(cur)
    } else {
        SPEEDS.iter().rev().copied().find(|s| *s < cur).unwrap_or(cur)
    }
}

fn filter_key(app: &mut App, action: Action) -> Option<Command> {
    let drill = app.drill_netuid().is_some();
    let filter = if drill { &mut app.neuron_filter } else { &mut app.subnet_filter };
    match action {
        Action::FilterInput(c) => filter.push(c),
        Action::FilterBackspace => {
            filter.pop();
        }
        Action::FilterConfirm => app.filtering = false,
        Action::Back => {
            filter.clear();
            app.filtering = false;
        }
        _ => {}
    }
    clamp(app);
    None
}

fn enter(app: &mut App) -> Option<Command> {
    let target = match (app.screen, app.focus) {
        (Screen::Overview, Pane::Subnets) => app.selected_netuid,
        (Screen::Overview, Pane::Positions) => {
            app.snapshot.as_ref().and_then(|s| s.positions.get(app.position_sel)).map(|p| p.netuid)
        }
        _ => None,
    }?;
    app.screen = Screen::Drill(target);
    app.selected_netuid = Some(target);
    app.drill_tab = DrillTab::Metagraph;
    app.neuron_sel = 0;
    app.hparam_scroll = 0;
    app.neuron_filter.clear();
    Some(Command::Configure(app.poller_config()))
}

fn back(app: &mut App) -> Option<Command> {
    if !app.active_filter().is_empty() {
        if app.drill_netuid().is_some() {
            app.neuron_filter.clear();
        } else {
            app.subnet_filter.clear();
        }
        clamp(app);
        return None;
    }
    if app.screen != Screen::Overview {
        app.screen = Screen::Overview;
        app.focus = Pane::Subnets;
        return Some(Command::Configure(app.poller_config()));
    }
    None
}

fn cycle(app: &mut App, back: bool) {
    match app.screen {
        Screen::Drill(_) => app.drill_tab = next_of(&DrillTab::ALL, app.drill_tab, back),
        Screen::Overview => app.focus = next_of(&Pane::ALL, app.focus, back),
    }
}

fn sort(app: &mut App, reverse: bool) {
    let drill = app.drill_netuid().is_some();
    match (drill, reverse) {
        (false, false) => app.subnet_sort = next_of(&SubnetCol::ALL, app.subnet_sort, false),
        (false, true) => app.subnet_desc = !app.subnet_desc,
        (true, false) => {
            app.neuron_sort = next_of(&NeuronCol::ALL, app.neuron_sort, false);
            app.drill_tab = DrillTab::Metagraph;
        }
        (true, true) => app.neuron_desc = !app.neuron_desc,
    }
}

/// Moves within `0..len`, saturating at the ends.
fn step_index(cur: usize, delta: i64, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    let cur = i64::try_from(cur).unwrap_or(0);
    let max = i64::try_from(len - 1).unwrap_or(0);
    usize::try_from(cur.saturating_add(delta).clamp(0, max)).unwrap_or(0)
}

fn move_selection(app: &mut App, delta: i64) {
    match (app.screen, app.drill_tab, app.focus) {
        (Screen::Drill(_), DrillTab::Metagraph, _) => {
            let len = app.visible_neurons().len();
            app.neuron_sel = step_index(app.neuron_sel, delta, len);
        }
        (Screen::Drill(_), DrillTab::Hyperparams, _) => {
            let len = app.hyperparams().map_or(0, <[_]>::len);
            app.hparam_scroll = step_index(app.hparam_scroll, delta, len);
        }
        (Screen::Drill(_), DrillTab::Pool, _) => {}
        (Screen::Overview, _, Pane::Subnets) => {
            let rows = app.visible_subnets();
            let cur = app.selected_index(&rows).unwrap_or(0);
            let next = step_index(cur, delta, rows.len());
            app.selected_netuid = rows.get(next).map(|r| r.netuid);
        }
        (Screen::Overview, _, Pane::Positions) => {
            app.position_sel = step_index(app.position_sel, delta, app.position_count());
        }
        (Screen::Overview, _, Pane::Events) => {
            app.event_scroll = step_index(app.event_scroll, delta, app.events.len());
        }
    }
}

/// Keeps every selection inside its (possibly shrunk) list.
fn clamp(app: &mut App) {
    let rows = app.visible_subnets();
    let keep = app.selected_index(&rows).is_some();
    let first = rows.first().map(|r| r.netuid);
    if !keep && app.drill_netuid().is_none() {
        app.selected_netuid = first;
    }
    let neurons = app.visible_neurons().len();
    app.neuron_sel = app.neuron_sel.min(neurons.saturating_sub(1));
    let hp = app.hyperparams().map_or(0, <[_]>::len);
    app.hparam_scroll = app.hparam_scroll.min(hp.saturating_sub(1));
    app.position_sel = app.position_sel.min(app.position_count().saturating_sub(1));
    app.event_scroll = app.event_scroll.min(app.events.len().saturating_sub(1));
}

fn apply_snapshot(app: &mut App, mut snap: Snapshot) {
    for row in &snap.subnets {
        app.start_price.entry(row.netuid).or_insert(row.price_rao);
        let ring = app.history.entry(row.netuid).or_insert_with(|| Ring::new(HISTORY_CAP));
        let sample = Sample {
            block: snap.block,
            price_rao: row.price_rao,
            tao_per_block_rao: row.tao_per_block_rao,
        };
        // Re-polls of the same block (e.g. after a drill-down request) replace, not append.
        match ring.last_mut() {
            Some(last) if last.block >= snap.block => *last = sample,
            _ => ring.push(sample),
        }
    }
    // Subnets that disappeared (dissolved) release their history, keeping memory bounded.
    app.history.retain(|n, _| snap.subnets.iter().any(|r| r.netuid == *n));
    app.start_price.retain(|n, _| snap.subnets.iter().any(|r| r.netuid == *n));
    for p in &snap.positions {
        app.start_alpha.entry((p.netuid, p.hotkey.clone())).or_insert(p.alpha);
    }
    for e in &snap.events {
        app.events.push_front(e.clone());
        if app.event_scroll > 0 {
            // Keep the scrolled-to event in place as new ones arrive on top.
            app.event_scroll += 1;
        }
    }
    app.events.truncate(EVENTS_CAP);
    app.next_block_ms = if app.speed > 0 && !app.paused {
        u64::from(1_000 / app.speed.max(1))
    } else {
        snap.block_time_ms
    };
    app.error = None;
    app.since_snapshot_ms = 0;
    // Events now live in `app.events`; the stored snapshot need not hold them twice.
    snap.events = Vec::new();
    app.snapshot = Some(snap);
    clamp(app);
}

#[cfg(test)]
mod tests {
    use super::super::app::AppConfig;
    use super::super::fake::FakeSource;
    use super::super::source::{Request, Source, SubnetRow};
    use super::*;

    fn app_with(subnets: u16) -> (App, FakeSource) {
        let mut app = App::new(AppConfig { can_drive: true, ..AppConfig::default() });
        let mut src = FakeSource::new(subnets);
        feed(&mut app, &mut src);
        (app, src)
    }

    fn feed(app: &mut App, src: &mut FakeSource) {
        let snap = src.poll(&app.request()).expect("fake never fails");
        update(app, Action::Snapshot(Box::new(snap)));
    }

    fn netuids(app: &App) -> Vec<u16> {
        app.visible_subnets().iter().map(|r| r.netuid).collect()
    }

    #[test]
    fn first_snapshot_selects_first_row() {
        let (app, _) = app_with(5);
        assert_eq!(app.selected_netuid, Some(0));
        assert_eq!(netuids(&app), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn selection_saturates_at_both_ends() {
        let (mut app, _) = app_with(5);
        update(&mut app, Action::Up);
        assert_eq!(app.selected_netuid, Some(0));
        for _ in 0..10 {
            update(&mut app, Action::Down);
        }
        assert_eq!(app.selected_netuid, Some(4));
        update(&mut app, Action::Top);
        assert_eq!(app.selected_netuid, Some(0));
        update(&mut app, Action::Bottom);
        assert_eq!(app.selected_netuid, Some(4));
        update(&mut app, Action::ScrollUp);
        assert_eq!(app.selected_netuid, Some(1));
    }

    #[test]
    fn sort_cycles_columns_and_reverses() {
        let (mut app, _) = app_with(6);
        update(&mut app, Action::SortNext);
        assert_eq!(app.subnet_sort, SubnetCol::Name);
        update(&mut app, Action::SortNext);
        assert_eq!(app.subnet_sort, SubnetCol::Price);
        let prices: Vec<u64> = app.visible_subnets().iter().map(|r| r.price_rao).collect();
        assert!(prices.windows(2).all(|w| w[0] <= w[1]), "{prices:?}");
        update(&mut app, Action::SortReverse);
        let prices: Vec<u64> = app.visible_subnets().iter().map(|r| r.price_rao).collect();
        assert!(prices.windows(2).all(|w| w[0] >= w[1]), "{prices:?}");
        for _ in 0..SubnetCol::ALL.len() - 2 {
            update(&mut app, Action::SortNext);
        }
        assert_eq!(app.subnet_sort, SubnetCol::Netuid);
    }

    #[test]
    fn selection_follows_the_subnet_across_resorts() {
        let (mut app, _) = app_with(6);
        update(&mut app, Action::Down);
        update(&mut app, Action::Down);
        assert_eq!(app.selected_netuid, Some(2));
        update(&mut app, Action::SortReverse);
        assert_eq!(app.selected_netuid, Some(2));
        assert_eq!(netuids(&app).first(), Some(&5));
    }

    #[test]
    fn filter_matches_name_symbol_netuid_and_clamps_selection() {
        let (mut app, _) = app_with(20);
        update(&mut app, Action::Bottom);
        update(&mut app, Action::FilterStart);
        assert!(app.filtering);
        for c in "apex".chars() {
            update(&mut app, Action::FilterInput(c));
        }
        assert_eq!(netuids(&app), vec![1, 17]);
        assert_eq!(app.selected_netuid, Some(1));
        update(&mut app, Action::FilterConfirm);
        assert!(!app.filtering);
        assert_eq!(app.subnet_filter, "apex");
        update(&mut app, Action::Back);
        assert!(app.subnet_filter.is_empty());
        update(&mut app, Action::FilterStart);
        for c in "sn12".chars() {
            update(&mut app, Action::FilterInput(c));
        }
        assert_eq!(netuids(&app), vec![12]);
        update(&mut app, Action::FilterBackspace);
        update(&mut app, Action::FilterBackspace);
        update(&mut app, Action::FilterInput('9'));
        assert_eq!(netuids(&app), vec![9]);
        update(&mut app, Action::Back);
        assert!(!app.filtering && app.subnet_filter.is_empty());
    }

    #[test]
    fn filter_swallows_command_keys() {
        let (mut app, _) = app_with(3);
        update(&mut app, Action::FilterStart);
        update(&mut app, Action::FilterInput('q'));
        assert!(!app.quit);
        assert_eq!(app.subnet_filter, "q");
    }

    #[test]
    fn drill_down_and_back() {
        let (mut app, mut src) = app_with(6);
        update(&mut app, Action::Down);
        let cmd = update(&mut app, Action::Enter);
        assert_eq!(app.screen, Screen::Drill(1));
        assert!(
            matches!(cmd, Some(Command::Configure(c)) if c.request == Request { netuid: Some(1) })
        );
        assert!(app.metagraph().is_none(), "old snapshot has no metagraph");
        feed(&mut app, &mut src);
        assert_eq!(app.visible_neurons().len(), 64);
        update(&mut app, Action::Right);
        assert_eq!(app.drill_tab, DrillTab::Hyperparams);
        update(&mut app, Action::Right);
        update(&mut app, Action::Right);
        assert_eq!(app.drill_tab, DrillTab::Metagraph);
        for _ in 0..100 {
            update(&mut app, Action::Down);
        }
        assert_eq!(app.neuron_sel, 63);
        let cmd = update(&mut app, Action::Back);
        assert_eq!(app.screen, Screen::Overview);
        assert!(matches!(cmd, Some(Command::Configure(c)) if c.request.netuid.is_none()));
        assert_eq!(app.selected_netuid, Some(1));
    }

    #[test]
    fn metagraph_sort_and_filter() {
        let (mut app, mut src) = app_with(4);
        update(&mut app, Action::Enter);
        feed(&mut app, &mut src);
        update(&mut app, Action::SortNext);
        update(&mut app, Action::SortReverse);
        let stakes: Vec<u64> = app.visible_neurons().iter().map(|n| n.stake).collect();
        assert!(stakes.windows(2).all(|w| w[0] >= w[1]));
        update(&mut app, Action::FilterStart);
        update(&mut app, Action::FilterInput('7'));
        assert!(
            app.visible_neurons()
                .iter()
                .all(|n| n.uid == 7 || n.hotkey.contains('7') || n.coldkey.contains('7'))
        );
        assert_eq!(app.subnet_filter, "");
    }

    #[test]
    fn enter_on_a_position_opens_its_subnet() {
        let (mut app, _) = app_with(8);
        update(&mut app, Action::NextPane);
        assert_eq!(app.focus, Pane::Positions);
        update(&mut app, Action::Down);
        update(&mut app, Action::Enter);
        assert_eq!(app.screen, Screen::Drill(3));
    }

    #[test]
    fn history_ring_is_bounded_and_dedups_blocks() {
        let (mut app, mut src) = app_with(3);
        feed(&mut app, &mut src);
        assert_eq!(app.history.get(&1).map(Ring::len), Some(1), "same block replaces");
        for _ in 0..HISTORY_CAP + 50 {
            src.step(1).ok();
            feed(&mut app, &mut src);
        }
        assert_eq!(app.history.get(&1).map(Ring::len), Some(HISTORY_CAP));
        let blocks: Vec<u64> =
            app.history.get(&1).map(|r| r.iter().map(|s| s.block).collect()).unwrap_or_default();
        assert!(blocks.windows(2).all(|w| w[1] == w[0] + 1));
        assert!(app.events.len() <= EVENTS_CAP);
    }

    #[test]
    fn vanished_subnets_release_history() {
        let (mut app, _) = app_with(3);
        let mut snap = app.snapshot.clone().expect("fed");
        snap.subnets.retain(|s: &SubnetRow| s.netuid != 2);
        snap.block += 1;
        update(&mut app, Action::Snapshot(Box::new(snap)));
        assert!(!app.history.contains_key(&2));
    }

    #[test]
    fn pause_step_speed() {
        let mut app = App::new(AppConfig { can_drive: true, speed: 1, ..AppConfig::default() });
        let cmd = update(&mut app, Action::SpeedUp);
        assert_eq!(app.speed, 2);
        assert!(matches!(cmd, Some(Command::Configure(c)) if c.speed == 2));
        let cmd = update(&mut app, Action::Step);
        assert!(app.paused);
        assert!(matches!(cmd, Some(Command::Configure(c)) if c.paused));
        assert_eq!(update(&mut app, Action::Step), Some(Command::Step(1)));
        let cmd = update(&mut app, Action::TogglePause);
        assert!(!app.paused);
        assert!(matches!(cmd, Some(Command::Configure(c)) if !c.paused));
        for _ in 0..20 {
            update(&mut app, Action::SpeedUp);
        }
        assert_eq!(app.speed, 1000);
        for _ in 0..20 {
            update(&mut app, Action::SpeedDown);
        }
        assert_eq!(app.speed, 0, "slowest is follow");
        assert_eq!(next_speed(3, true), 5);
        assert_eq!(next_speed(3, false), 2);
        assert_eq!(next_speed(5000, false), 1000);
    }

    #[test]
    fn live_sources_refuse_to_drive() {
        let mut app = App::new(AppConfig { can_drive: false, speed: 5, ..AppConfig::default() });
        assert_eq!(app.speed, 0);
        assert_eq!(update(&mut app, Action::SpeedUp), None);
        assert_eq!(update(&mut app, Action::Step), None);
        assert_eq!(app.notice.as_deref(), Some(strings::CANNOT_DRIVE));
        update(&mut app, Action::Down);
        assert!(app.notice.is_none());
    }

    #[test]
    fn help_closes_on_any_key_and_quit_still_quits() {
        let (mut app, _) = app_with(3);
        update(&mut app, Action::ToggleHelp);
        assert!(app.help);
        update(&mut app, Action::Down);
        assert!(!app.help);
        assert_eq!(app.selected_netuid, Some(0), "the closing key is not also applied");
        update(&mut app, Action::ToggleHelp);
        update(&mut app, Action::Quit);
        assert!(app.quit);
    }

    #[test]
    fn errors_are_kept_until_next_snapshot_and_tick_counts_down() {
        let (mut app, mut src) = app_with(3);
        update(&mut app, Action::SourceError("rpc down".to_string()));
        assert_eq!(app.error.as_deref(), Some("rpc down"));
        update(&mut app, Action::Tick(2_000));
        assert_eq!(app.next_block_ms, 10_000);
        feed(&mut app, &mut src);
        assert!(app.error.is_none());
    }

    #[test]
    fn earned_alpha_since_start() {
        let (mut app, mut src) = app_with(8);
        src.step(10).ok();
        feed(&mut app, &mut src);
        let p = app.snapshot.as_ref().and_then(|s| s.positions.first()).cloned().expect("pos");
        assert!(app.earned_alpha(p.netuid, &p.hotkey, p.alpha) > 0);
    }
}
