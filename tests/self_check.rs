//! "这是骗局吗？": walked by touch and by keypad alone, in Chinese and English,
//! with what is shown and what is spoken; a broken quiz file is reported with
//! file:line:col; a visit's answers go with the visit.

mod support;

use egui::Key;
use egui_kittest::Harness;
use kiosk::app::KioskApp;
use kiosk::content::Situation;
use kiosk::kiosk::{IdlePolicy, Screen};
use kiosk::speech::RecordingEngine;
use kiosk::ui::sections::fraud;
use support::*;

/// The situation on screen now, from the bundled quiz.
fn shown_situation(h: &Harness<'static, KioskApp>) -> Situation {
    let Screen::SelfCheck { step, .. } = h.state().session().screen().clone() else {
        panic!("not on the self-check: {:?}", h.state().session().screen())
    };
    let index = h.state().session().self_check.situation(step).expect("a situation");
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    content.part::<kiosk::content::QuizFile>().expect("quiz.toml").situations[index].clone()
}

/// The bundled phone book: id and number.
fn phones() -> Vec<(String, String)> {
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    content.branch.phones.iter().map(|p| (p.id.value.clone(), p.number.value.clone())).collect()
}

/// The situation and its answer as shown: every `{id}` is the number (written
/// out here from the phone book, not by the kiosk's own code).
fn text(situation: &Situation, lang: &str) -> (String, String) {
    let t = situation.text.get(lang).expect("text in this language");
    let expand =
        |s: &str| phones().iter().fold(s.to_owned(), |s, (id, number)| s.replace(&format!("{{{id}}}"), number));
    (expand(&t.situation), expand(&t.answer))
}

/// As the speech engine gets it: the numbers in this test's quiz (110, 96110, 12333) digit by digit.
fn spoken(text: &str, lang: &str) -> String {
    let words: [&str; 10] = if lang == "zh-CN" {
        ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    } else {
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    };
    let join = if lang == "zh-CN" { "" } else { " " };
    let mut numbers: Vec<String> = ["96110", "12333", "110"].iter().map(|n| (*n).to_owned()).collect();
    numbers.sort_by_key(|n| std::cmp::Reverse(n.len()));
    numbers.iter().fold(text.to_owned(), |t, n| {
        let said: Vec<&str> = n.bytes().map(|d| words[usize::from(d - b'0')]).collect();
        t.replace(n.as_str(), &said.join(join))
    })
}

#[test]
fn by_touch_in_chinese_each_answer_is_explained_and_spoken() {
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(LANDSCAPE, config, false);
    tap(&mut h, "这是骗局吗？");
    let mut seen = Vec::new();
    for _ in 0..3 {
        let situation = shown_situation(&h);
        let (says, why) = text(&situation, "zh-CN");
        assert!(shows(&h, &says), "the situation is on screen: {says}");
        let heard = recorder.said().last().cloned().unwrap_or_default();
        assert_eq!(heard, spoken(&format!("zh-CN: 这是骗局吗？ {says}"), "zh-CN"), "the question is read aloud");
        // Answer wrongly on purpose: the truth is still told, kindly.
        tap(&mut h, if *situation.scam { "不是骗局" } else { "是骗局" });
        let verdict = if *situation.scam { "要小心：这是骗局。" } else { "放心：这不是骗局。" };
        assert!(shows(&h, verdict) && shows(&h, &why), "{verdict} {why}");
        let heard = recorder.said().last().cloned().unwrap_or_default();
        assert_eq!(heard, spoken(&format!("zh-CN: {says} {verdict} {why}"), "zh-CN"));
        assert_eq!(
            has_button(&h, "看看这种骗局"),
            situation.topic.is_some(),
            "a link to the scam page when there is one"
        );
        seen.push(situation.id.value.clone());
        tap(&mut h, "下一个");
    }
    let shown = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!((shown, seen.len()), (3, 3), "a new situation each time: {seen:?}");
}

#[test]
fn the_link_opens_the_matching_scam_page() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "这是骗局吗？");
    // Find a situation that links to a scam (most do).
    for _ in 0..14 {
        if shown_situation(&h).topic.is_some() {
            break;
        }
        tap(&mut h, "是骗局");
        tap(&mut h, "下一个");
    }
    let topic = shown_situation(&h).topic.expect("a linked situation").value;
    tap(&mut h, "是骗局");
    tap(&mut h, "看看这种骗局");
    assert_eq!(h.state().session().screen(), &fraud::topic(&topic));
}

#[test]
fn by_keypad_alone_in_english() {
    let (config, recorder) = config_with_speech();
    let mut h = harness_with(PORTRAIT, config, false);
    tap(&mut h, "English");
    let press = |h: &mut Harness<'static, KioskApp>, key: Key| {
        h.key_press(key);
        h.run();
        pass_time(h, 1.0);
    };
    let focus_until = |h: &mut Harness<'static, KioskApp>, recorder: &RecordingEngine, wanted: &str| {
        for _ in 0..20 {
            press(h, Key::Num8);
            if recorder.said().last().is_some_and(|s| s == wanted) {
                return;
            }
        }
        panic!("the focus never reached {wanted:?}: {:#?}", recorder.said());
    };
    press(&mut h, Key::Num5); // speech mode starts
    focus_until(&mut h, &recorder, "en-US: Is this a scam?, button");
    press(&mut h, Key::Num5);
    let situation = shown_situation(&h);
    let (says, why) = text(&situation, "en-US");
    assert_eq!(recorder.said().last().cloned(), Some(spoken(&format!("en-US: Is this a scam? {says}"), "en-US")));
    let (button, verdict) = if *situation.scam {
        ("en-US: It is a scam, button", "Right: this is a scam.")
    } else {
        ("en-US: It is not, button", "Right: this is not a scam.")
    };
    focus_until(&mut h, &recorder, button);
    press(&mut h, Key::Enter);
    assert_eq!(recorder.said().last().cloned(), Some(spoken(&format!("en-US: {says} {verdict} {why}"), "en-US")));
    focus_until(&mut h, &recorder, "en-US: Next one, button");
    press(&mut h, Key::Num5);
    assert!(matches!(h.state().session().screen(), Screen::SelfCheck { step: 1, answer: None }));
}

#[test]
fn nothing_of_the_self_check_outlives_the_visit() {
    let mut h = harness(LANDSCAPE);
    tap(&mut h, "这是骗局吗？");
    tap(&mut h, "是骗局");
    let order = h.state().session().self_check.clone();
    pass_time(&mut h, IdlePolicy::default().warn_after + 1.0);
    pass_time(&mut h, IdlePolicy::default().countdown + 1.0);
    assert_eq!(h.state().session().screen(), &Screen::Home);
    assert_ne!(h.state().session().self_check, order, "the order is gone with the visit");
    assert_eq!(h.state().session().self_check.situation(0), None);
}

/// Loads a copy of the bundled content with `from` replaced by `to` in quiz.toml.
fn problems_after(from: &str, to: &str) -> Vec<String> {
    let dir = content_copy();
    let quiz = dir.path().join("quiz.toml");
    let text = std::fs::read_to_string(&quiz).expect("read");
    assert!(text.contains(from), "the bundled quiz has {from:?}");
    std::fs::write(&quiz, text.replacen(from, to, 1)).expect("write");
    let loaded = kiosk::content::load(dir.path(), &[]);
    assert_eq!(loaded.content.is_none(), loaded.error_count() > 0, "content with errors is not shown");
    loaded.diagnostics.iter().map(ToString::to_string).collect()
}

/// "quiz.toml:12:9: error: …" → (line, column).
fn position(problem: &str) -> (usize, usize) {
    let parts: Vec<&str> = problem.split(':').collect();
    assert_eq!(parts[0], "quiz.toml", "{problem}");
    (parts[1].parse().expect("line"), parts[2].parse().expect("column"))
}

#[test]
fn a_broken_quiz_file_is_reported_with_file_line_and_column() {
    let bundled = std::fs::read_to_string(kiosk::paths::content_dir().join("quiz.toml")).expect("read");
    let line_of = |needle: &str| bundled.lines().position(|l| l.contains(needle)).expect("in the file") + 1;
    // A link to a scam that does not exist: a warning (the link is left out).
    let link = problems_after("topic = \"fake-police\"", "topic = \"fake-polise\"");
    assert_eq!(link.len(), 1, "{link:?}");
    assert!(link[0].contains("warning") && link[0].contains("did you mean `fake-police`"), "{}", link[0]);
    assert_eq!(position(&link[0]), (line_of("topic = \"fake-police\""), 9));
    // An answer that is neither true nor false: an error, the quiz is refused.
    let answer = problems_after("scam = false", "scam = \"no\"");
    assert_eq!(answer.len(), 1, "{answer:?}");
    assert!(answer[0].contains("error"), "{}", answer[0]);
    assert_eq!(position(&answer[0]).0, line_of("scam = false"), "{}", answer[0]);
}
