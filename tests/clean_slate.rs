//! A clean slate after every visit: once the kiosk resets itself, nothing of
//! the visit remains — screen, session, speech, focus, language, size, what a
//! screen reader sees — and nothing about it went to disk or the log beyond
//! the day's counts.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use kiosk::app::KioskApp;
use kiosk::kiosk::Press;
use kiosk::staff::StaffFiles;
use support::*;

/// What a customer (or the next one) could notice of a visit.
fn visible(h: &Harness<'static, KioskApp>) -> String {
    let s = h.state().session();
    let screens: Vec<_> = s.screens().collect();
    format!(
        "screens {screens:?} size {:?} theme {:?} lang {} overlay {:?} voice {:?} keys {} sound {} focus {:?} \
         self-check {:?} reading {:?}",
        s.text_size,
        s.theme,
        s.language,
        s.overlay,
        s.voice,
        s.speech_mode,
        s.sound_panel,
        s.focus,
        s.self_check,
        h.state().reading(),
    )
}

/// Every named thing on screen, as a screen reader lists it.
fn tree(h: &Harness<'static, KioskApp>) -> Vec<String> {
    h.query_all_by_label_contains("").map(|n| n.accesskit_node().label().unwrap_or_default()).collect()
}

/// Every file under `dir`, with its text.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap_or_else(|_| "<binary>".into());
                out.insert(path.strip_prefix(dir).unwrap_or(&path).display().to_string(), text);
            }
        }
    }
    out
}

/// Tables of whole numbers only: per day, per item, how many times.
fn only_counts(value: &toml::Value) -> bool {
    match value {
        toml::Value::Table(t) => t.values().all(only_counts),
        toml::Value::Integer(_) => true,
        _ => false,
    }
}

#[test]
fn after_an_idle_reset_nothing_of_the_visit_remains() {
    support::logs::capture();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut config, recorder) = config_with_speech();
    config.staff_files =
        Some(StaffFiles { settings: dir.path().join("settings.toml"), state_dir: dir.path().join("state") });
    let mut h = harness_with(LANDSCAPE, config, false);
    let (fresh, fresh_tree, files_before) = (visible(&h), tree(&h), files(dir.path()));
    support::logs::clear();

    // A visit: bigger text, high contrast, English, a scam read aloud with the
    // sound row open and slower, a page turned, the keypad, the self-check.
    tap(&mut h, "文字大小：标准");
    tap(&mut h, "换成高对比度");
    tap(&mut h, "English");
    tap(&mut h, "Scam warnings");
    tap(&mut h, "The \"safe account\" trick");
    tap(&mut h, "Sound");
    tap(&mut h, "Slower");
    apply(&mut h, Press::NextPage);
    apply(&mut h, Press::StartSpeechMode { title: None });
    apply(&mut h, Press::FocusNext { of: 3 });
    apply(&mut h, Press::Home);
    apply(&mut h, Press::StartSelfCheck { situations: 14 });
    apply(&mut h, Press::Answer(true));
    assert_ne!(visible(&h), fresh, "the visit changed what is shown");
    let heard_in_visit = recorder.said().len();
    assert!(heard_in_visit > 0, "the visit was read aloud");

    // Left alone: the warning, then the reset (before the attract screen).
    pass_time(&mut h, 121.0);
    assert_eq!(visible(&h), fresh, "session, speech and focus are as at start");
    assert_eq!(tree(&h), fresh_tree, "the screen reads exactly as at start");
    let spoken_after: Vec<String> = recorder.said().into_iter().skip(heard_in_visit).collect();
    assert!(
        spoken_after.iter().all(|s| !s.contains("safe account") && !s.contains("scam")),
        "nothing of the visit is read after it: {spoken_after:?}"
    );

    // On disk: only the day's counts, as numbers.
    let files_after = files(dir.path());
    let changed: Vec<&String> = files_after.keys().filter(|k| files_before.get(*k) != files_after.get(*k)).collect();
    assert!(files_before.keys().all(|k| files_after.contains_key(k)), "nothing was deleted");
    assert_eq!(changed.len(), 1, "one file changed, the day's counts: {changed:?}");
    let counts: toml::Table = files_after[changed[0]].parse().expect("the counts are TOML");
    assert_eq!(counts.keys().collect::<Vec<_>>(), ["days"], "{counts:?}");
    let text = &files_after[changed[0]];
    for private in ["safe account", "Slower", "high contrast", "self", "answer"] {
        assert!(!text.to_lowercase().contains(&private.to_lowercase()), "{private} is not recorded: {text}");
    }
    assert!(only_counts(&toml::Value::Table(counts)), "every value is a count, no times or text: {text}");

    // In the log: nothing at all about the visit.
    let lines = support::logs::lines();
    let ours: Vec<&String> = lines.iter().filter(|l| l.contains(" kiosk")).collect();
    assert!(ours.is_empty(), "the visit left log lines: {ours:?}");
}
