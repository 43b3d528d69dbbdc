//! The idle screen as a poster for the lobby: one message at a time, its main
//! line at least 120 px at 1080p (about 30 mm: legible from about 4 m), a
//! hotline larger still, the "on the phone? hang up first" line in the
//! rotation, no raw placeholder. (Every language, size and resolution is
//! checked for fit by the layout sweep, `tests/ui_layout.rs`.)

mod support;

use kiosk::kiosk::{IdlePolicy, ThemeKind};
use support::*;

/// Every poster message in turn, as (texts drawn, with their sizes), on a
/// kiosk whose first language and theme are these, at this resolution. Each
/// message must fit the screen with no character alone on a line.
fn posters_of(lang: &str, theme: ThemeKind, size: egui::Vec2) -> Vec<Vec<(String, f32)>> {
    let dir = tempfile::tempdir().expect("temp");
    let files = support::staff::staff_files(dir.path(), |s| {
        s.languages = vec![lang.to_owned()];
        s.theme = theme;
    });
    let mut cfg = config();
    cfg.staff_files = Some(files);
    cfg.kiosk_mode = true;
    let mut h = harness_with(size, cfg, false);
    pass_time(&mut h, 61.0);
    assert!(h.state().session().attract, "the poster is up");
    let slogans = h.state().content().part::<kiosk::content::FraudFile>().map_or(0, |f| f.slogans.len());
    assert!(slogans >= 6, "{slogans} messages");
    let policy = IdlePolicy::default();
    let mut out = Vec::new();
    for want in 0..slogans {
        // Fully faded in, at this message.
        let mut guard = 0;
        while {
            let (slot, fade) = policy.poster(h.state().clock().now());
            (slot % slogans, fade) != (want, 1.0)
        } {
            pass_time(&mut h, 0.5);
            guard += 1;
            assert!(guard < 200, "message {want} never came");
        }
        let audit = h.state().last_audit();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
        for (text, rect, _) in &audit.texts {
            assert!(screen.contains_rect(*rect), "{lang} {theme:?} {size:?}: {text:?} leaves the screen at {rect:?}");
        }
        assert!(audit.orphans.is_empty(), "{lang} {size:?}: a character alone: {:?}", audit.orphans);
        out.push(audit.fonts.iter().map(|(t, size, _)| (t.clone(), *size)).collect());
    }
    out
}

fn posters() -> Vec<Vec<(String, f32)>> {
    posters_of("zh-CN", ThemeKind::Calm, LANDSCAPE)
}

#[test]
fn every_message_fits_in_every_language_theme_and_resolution() {
    for lang in ["zh-CN", "en-US", "zh-HK"] {
        for theme in [ThemeKind::Calm, ThemeKind::HighContrast] {
            for size in RESOLUTIONS {
                let all = posters_of(lang, theme, size);
                let english = all.iter().flatten().any(|(t, _)| t.starts_with("Touch"));
                assert_eq!(english, lang == "en-US", "{lang}: the poster speaks the branch's first language");
                if size == LANDSCAPE {
                    assert!(all.iter().all(|t| t.first().is_some_and(|(_, s)| *s >= 120.0)), "{lang}: {all:?}");
                }
            }
        }
    }
}

#[test]
fn each_message_is_read_from_across_the_lobby() {
    let all = posters();
    for texts in &all {
        let (main, size) = texts.first().expect("a main line");
        assert!(*size >= 120.0, "main line {main:?} at {size} px");
        assert!(texts.iter().all(|(t, _)| !t.contains('{')), "a raw placeholder: {texts:?}");
        if let Some((_, number)) = texts.iter().find(|(t, _)| t == "96110") {
            assert!(number > size, "the hotline is larger still: {number} px vs {size} px");
        }
    }
    assert!(all.iter().any(|t| t.iter().any(|(s, _)| s == "96110")), "a hotline on some poster");
    let hang_up = all.iter().any(|t| t.iter().any(|(s, _)| s.contains("先挂断")));
    assert!(hang_up, "the on-the-phone line is in the rotation");
}

#[test]
fn a_touch_on_the_poster_only_wakes() {
    let mut h = harness(LANDSCAPE);
    pass_time(&mut h, 61.0);
    assert!(h.state().session().attract);
    let main = h.state().last_audit().targets.clone();
    assert!(main.is_empty(), "nothing on the poster can be pressed: {main:?}");
    let at = egui::pos2(LANDSCAPE.x / 2.0, LANDSCAPE.y / 2.0);
    touch_at(&mut h, at);
    assert!(!h.state().session().attract, "awake");
    assert_eq!(h.state().session().screen(), &kiosk::kiosk::Screen::Home, "and nothing beneath was pressed");
}
