//! What "read this page" says is framed where it was painted: every text on a
//! reading page lies inside the region of something that is read (or is a
//! button's label), and every region read holds painted text. Checked on every
//! page of every customer screen, in all three languages, at every text size.

mod support;

use egui::Rect;
use kiosk::kiosk::{Press, Screen};
use kiosk::ui::Role;
use support::*;

/// A glyph box counts as inside a region when its centre is.
fn inside(glyphs: Rect, region: Rect) -> bool {
    region.expand(1.0).contains(glyphs.center())
}

/// Without Fluent's direction marks around placeables.
fn plain(said: &str) -> String {
    said.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

#[test]
fn every_text_is_read_where_it_is_painted() {
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    let screens: Vec<Screen> =
        kiosk::ui::catalogue::customer_screens(&content).into_iter().filter(|s| *s != Screen::Home).collect();
    let mut h = harness(LANDSCAPE);
    let mut problems = Vec::new();
    let mut checked = 0;
    for (lang, level) in [("zh-CN", 0), ("en-US", 1), ("zh-HK", 2)] {
        apply(&mut h, Press::SetLanguage(lang.into()));
        while kiosk::kiosk::TextSize::ALL.iter().position(|l| *l == h.state().session().text_size) != Some(level) {
            apply(&mut h, Press::NextTextSize);
        }
        for screen in &screens {
            apply(&mut h, Press::Home);
            apply(&mut h, Press::Open(screen.clone()));
            for page in 0..h.state().last_pages() {
                if page > 0 {
                    apply(&mut h, Press::NextPage);
                }
                let items: Vec<_> = h.state().items().iter().filter(|i| i.on_page).collect();
                let read: Vec<Rect> = items.iter().filter(|i| i.role != Role::Button).map(|i| i.rect).collect();
                let all: Vec<Rect> = items.iter().map(|i| i.rect).collect();
                // Texts on the page: not in the top or bottom bars.
                let audit = h.state().last_audit();
                let page_texts: Vec<_> = audit
                    .texts
                    .iter()
                    .filter(|(_, glyphs, _)| !audit.bars.iter().any(|bar| bar.intersects(*glyphs)))
                    .cloned()
                    .collect();
                let at = format!("{lang} size {level} {screen:?} page {}", page + 1);
                for (text, glyphs, _) in &page_texts {
                    if !all.iter().any(|r| inside(*glyphs, *r)) {
                        problems.push(format!("{at}: {text:?} painted at {glyphs:?}, outside what is read"));
                        continue;
                    }
                    // The frame it is in says it (a time limit is painted after a clock).
                    let painted = text.trim_start_matches('⏰').trim();
                    let says = items.iter().any(|i| inside(*glyphs, i.rect) && plain(&i.text).contains(painted));
                    if !says {
                        problems.push(format!("{at}: {text:?} is framed by regions that do not say it"));
                    }
                }
                for region in &read {
                    if !page_texts.iter().any(|(_, glyphs, _)| inside(*glyphs, *region)) {
                        problems.push(format!("{at}: a region read at {region:?} holds no painted text"));
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} regions checked");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
