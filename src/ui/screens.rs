//! Each screen as a column of blocks, built from the content and the session's
//! language. Paging and drawing are done by `page`.

use super::cards::{choice, primary};
use super::icons;
use super::page::{Block, Choice};
use super::sections::{self, SECTIONS, Section};
use super::view::View;
use super::widgets::ButtonKind;
use crate::i18n::FluentValue;
use crate::kiosk::{Press, Screen, ThemeKind};

pub fn blocks(view: &View, screen: &Screen) -> Vec<Block> {
    let blocks = match screen {
        Screen::Home => home(view),
        Screen::List(id) => sections::find(*id).map(|s| (s.list)(view)).unwrap_or_default(),
        Screen::Item(id, item) => sections::find(*id).map(|s| (s.item)(view, item)).unwrap_or_default(),
        Screen::SelfCheck { step, answer } => sections::self_check::blocks(view, *step, *answer),
        Screen::StaffPin => super::staff::pin_pad(view, view.staff),
        Screen::Staff => super::staff::panel(view, view.staff),
    };
    // A screen with nothing to show (a section this build does not know)
    // shows home rather than a blank page.
    if blocks.is_empty() { home(view) } else { blocks }
}

fn home(view: &View) -> Vec<Block> {
    let lang = view.lang;
    // The greeting names the branch; it must fit with every button on one
    // screen, so hours and address stay off the home screen.
    let name = view.content.branch.branch.text.get(lang).map(|b| view.words(&b.name)).unwrap_or_default();
    let mut out = vec![Block::Title(view.t_with("home-title", &[("name", FluentValue::from(name))]))];
    let tile = |s: &Section| primary(s.icon, view.t(s.label), (s.open)(view.content));
    out.push(Block::Tiles(SECTIONS.iter().filter(|s| (s.offered)(view.content)).map(tile).collect()));
    out.push(Block::Choices(vec![
        choice(icons::TEXT_SIZE, text_size_label(view), Press::NextTextSize),
        choice(icons::CONTRAST, theme_label(view), Press::ToggleTheme),
    ]));
    let languages: Vec<Choice> = view
        .languages
        .iter()
        .cloned()
        .map(|l| Choice {
            icon: Some(icons::LANGUAGE),
            label: view.i18n.text(&l, "language-name"),
            selected: l == lang,
            msg: Press::SetLanguage(l).into(),
            kind: ButtonKind::Normal,
        })
        .collect();
    if languages.len() > 1 {
        out.push(Block::Choices(languages));
    }
    out
}

/// "文字大小：标准": the button says what the size is now; a tap moves to the next.
fn text_size_label(view: &View) -> String {
    let level = view.t(view.text_size.word_id());
    view.t_with("text-size-button", &[("level", FluentValue::from(level))])
}

/// Names the colours a tap switches to.
fn theme_label(view: &View) -> String {
    view.t(match view.theme {
        ThemeKind::Calm => "theme-to-high-contrast",
        ThemeKind::HighContrast => "theme-to-calm",
    })
}
