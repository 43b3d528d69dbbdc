//! One screen drawn from given content and screen text, without the app: no
//! worker, no speech, no files. The seam for screen-level tests and
//! screenshots, as rerun's `TestContext` is for its views.

use std::collections::HashMap;

use egui::Ui;

use super::frame::{Frame, show};
use super::staff_view::StaffView;
use super::view::{Output, Sources, View};
use crate::content::Content;
use crate::i18n::I18n;
use crate::kiosk::{IdlePhase, IdlePolicy, Msg, PageKey, Press, Screen, Session, SessionDefaults, TextSize, ThemeKind};
use crate::speech::Voice;

pub struct Preview {
    pub content: Content,
    pub i18n: I18n,
    pub session: Session,
    pub staff: StaffView,
    /// Taps so far (not applied: a preview shows one screen).
    pub taps: Vec<Msg>,
    /// What the last frame showed.
    pub shown: Option<PageKey>,
}

impl Preview {
    /// `screen` in `language`, at standard size and calm colours.
    pub fn new(content: Content, i18n: I18n, language: &str, screen: Screen) -> Self {
        let defaults = SessionDefaults {
            language: language.to_owned(),
            text_size: TextSize::Standard,
            theme: ThemeKind::Calm,
            voice: Voice::DEFAULT,
        };
        let mut session = Session::new(defaults, 0.0);
        if screen != Screen::Home {
            let _ = session.apply(Press::Open(screen), 1.0, &IdlePolicy::default());
        }
        Self { content, i18n, session, staff: StaffView::default(), taps: Vec::new(), shown: None }
    }

    pub fn ui(&mut self, ui: &mut Ui) {
        let pictures = HashMap::new();
        let languages = self.content.languages();
        let sources = Sources {
            i18n: &self.i18n,
            content: &self.content,
            pictures: &pictures,
            staff: &self.staff,
            languages: &languages,
        };
        let view = View::new(sources, &self.session);
        let mut out = Output::default();
        self.shown =
            Some(show(ui, &view, &mut out, &self.session, &Frame { idle: IdlePhase::Active, slogan: 0, fade: 1.0 }));
        self.taps.extend(out.msgs);
    }
}
