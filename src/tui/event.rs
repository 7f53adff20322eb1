//! Maps terminal input (crossterm key and mouse events) to `Action`s. While the filter prompt
//! is open, printable keys are text, not commands.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

use super::action::Action;

/// The action for one terminal event, if it means anything here.
pub fn map_event(ev: &Event, filtering: bool) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => map_key(key, filtering),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(..) => Some(Action::Resize),
        _ => None,
    }
}

fn map_key(key: &KeyEvent, filtering: bool) -> Option<Action> {
    // Raw mode turns Ctrl-C into a key event instead of SIGINT, so it is handled here.
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            _ => None,
        };
    }
    if filtering {
        return match key.code {
            KeyCode::Char(c) => Some(Action::FilterInput(c)),
            KeyCode::Backspace => Some(Action::FilterBackspace),
            KeyCode::Enter => Some(Action::FilterConfirm),
            KeyCode::Esc => Some(Action::Back),
            KeyCode::Up => Some(Action::Up),
            KeyCode::Down => Some(Action::Down),
            _ => None,
        };
    }
    let action = match key.code {
        KeyCode::Char('q') => Action::Quit,
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Left | KeyCode::Char('h') => Action::Left,
        KeyCode::Right | KeyCode::Char('l') => Action::Right,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown => Action::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::Tab => Action::NextPane,
        KeyCode::BackTab => Action::PrevPane,
        KeyCode::Enter => Action::Enter,
        KeyCode::Esc => Action::Back,
        KeyCode::Char('/') => Action::FilterStart,
        KeyCode::Char('s') => Action::SortNext,
        KeyCode::Char('S') => Action::SortReverse,
        KeyCode::Char('?') => Action::ToggleHelp,
        KeyCode::Char(' ') => Action::TogglePause,
        KeyCode::Char('.') => Action::Step,
        KeyCode::Char('+' | '=') => Action::SpeedUp,
        KeyCode::Char('-' | '_') => Action::SpeedDown,
        _ => return None,
    };
    Some(action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyEventState, MouseEvent};

    fn key(code: KeyCode, mods: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers: mods,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn plain(c: char) -> Event {
        key(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn vim_and_arrow_keys_agree() {
        for (a, b) in [
            (plain('k'), key(KeyCode::Up, KeyModifiers::NONE)),
            (plain('j'), key(KeyCode::Down, KeyModifiers::NONE)),
            (plain('h'), key(KeyCode::Left, KeyModifiers::NONE)),
            (plain('l'), key(KeyCode::Right, KeyModifiers::NONE)),
        ] {
            assert_eq!(map_event(&a, false), map_event(&b, false));
            assert!(map_event(&a, false).is_some());
        }
    }

    #[test]
    fn command_keys() {
        let cases = [
            (plain('q'), Action::Quit),
            (key(KeyCode::Char('c'), KeyModifiers::CONTROL), Action::Quit),
            (key(KeyCode::Tab, KeyModifiers::NONE), Action::NextPane),
            (key(KeyCode::BackTab, KeyModifiers::SHIFT), Action::PrevPane),
            (key(KeyCode::Enter, KeyModifiers::NONE), Action::Enter),
            (key(KeyCode::Esc, KeyModifiers::NONE), Action::Back),
            (plain('/'), Action::FilterStart),
            (plain('s'), Action::SortNext),
            (key(KeyCode::Char('S'), KeyModifiers::SHIFT), Action::SortReverse),
            (plain('?'), Action::ToggleHelp),
            (plain(' '), Action::TogglePause),
            (plain('.'), Action::Step),
            (plain('+'), Action::SpeedUp),
            (plain('-'), Action::SpeedDown),
        ];
        for (ev, want) in cases {
            assert_eq!(map_event(&ev, false), Some(want), "{ev:?}");
        }
        assert_eq!(map_event(&plain('x'), false), None);
    }

    #[test]
    fn filter_mode_takes_text_but_ctrl_c_still_quits() {
        assert_eq!(map_event(&plain('q'), true), Some(Action::FilterInput('q')));
        assert_eq!(map_event(&plain('/'), true), Some(Action::FilterInput('/')));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map_event(&ctrl_c, true), Some(Action::Quit));
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(map_event(&enter, true), Some(Action::FilterConfirm));
    }

    #[test]
    fn wheel_scrolls_and_releases_are_ignored() {
        let wheel = |kind| {
            Event::Mouse(MouseEvent { kind, column: 0, row: 0, modifiers: KeyModifiers::NONE })
        };
        assert_eq!(map_event(&wheel(MouseEventKind::ScrollDown), false), Some(Action::ScrollDown));
        assert_eq!(map_event(&wheel(MouseEventKind::ScrollUp), false), Some(Action::ScrollUp));
        let release = Event::Key(KeyEvent {
            code: KeyCode::Char('q'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        assert_eq!(map_event(&release, false), None);
        assert_eq!(map_event(&Event::Resize(10, 10), false), Some(Action::Resize));
    }
}
