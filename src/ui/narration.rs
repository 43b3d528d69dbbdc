//! Every text the kiosk reads aloud on its customer screens, per language, in
//! reading order, each with a name for its recording (`kiosk narration`,
//! `kiosk check`). The texts come from the same blocks and `said_texts` the
//! page reader uses, so a recording made from this list is one the reader plays.

use std::collections::{HashMap, HashSet};

use super::laid::said_texts;
use super::overlays::{call_staff_blocks, offer_help_blocks};
use super::page::Block;
use super::screens::blocks;
use super::staff_view::StaffView;
use super::view::{Sources, View};
use crate::content::{Content, QuizFile};
use crate::i18n::I18n;
use crate::kiosk::self_check::SelfCheck;
use crate::kiosk::{Screen, Session, SessionDefaults, TextSize, ThemeKind};
use crate::speech::Voice;

/// A text read aloud and the name its recording takes (`<name>.<language>.<fingerprint>.wav`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readable {
    pub name: String,
    pub text: String,
}

/// The texts read aloud in `lang`, each once (a text on several screens takes
/// the first one's name).
pub fn readable(i18n: &I18n, content: &Content, lang: &str) -> Vec<Readable> {
    let defaults = SessionDefaults {
        language: lang.to_owned(),
        text_size: TextSize::default(),
        theme: ThemeKind::default(),
        voice: Voice::DEFAULT,
    };
    let mut session = Session::new(defaults, 0.0);
    let situations = content.part::<QuizFile>().map_or(0, |q| q.situations.len());
    session.self_check = SelfCheck::in_order(situations);
    let (pictures, staff, languages) = (HashMap::new(), StaffView::default(), Vec::new());
    let sources = Sources { i18n, content, pictures: &pictures, staff: &staff, languages: &languages };
    let view = View::new(sources, &session);

    let mut screens: Vec<(String, Screen)> =
        super::catalogue::customer_screens(content).into_iter().map(|s| (s.key().replace(':', "-"), s)).collect();
    for step in 0..situations {
        for (answer, said) in [(None, "question"), (Some(true), "yes"), (Some(false), "no")] {
            screens.push((format!("self-check-{}-{said}", step + 1), Screen::SelfCheck { step, answer }));
        }
    }
    let mut pages: Vec<(String, Vec<Block>)> = screens.into_iter().map(|(key, s)| (key, blocks(&view, &s))).collect();
    // The dialogs' words are read aloud too (the idle warning's countdown changes every second).
    pages.push(("call-staff".to_owned(), call_staff_blocks(&view, None)));
    pages.push(("offer-help".to_owned(), offer_help_blocks(&view)));
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (key, page) in pages {
        let texts = page.iter().flat_map(|b| said_texts(&view, b)).collect::<Vec<_>>();
        for (n, text) in texts.into_iter().enumerate() {
            if !text.trim().is_empty() && seen.insert(text.clone()) {
                out.push(Readable { name: format!("{key}-{}", n + 1), text });
            }
        }
    }
    out
}
