//! The staff screens: the PIN pad and the staff panel. Reached only through
//! the hidden corner; the app fills in `StaffView` (the UI does no I/O).

use super::icons;
use super::page::{Block, Choice, Tone};
use super::staff_view::StaffView;
use super::view::View;
use super::widgets::ButtonKind;
use crate::i18n::FluentValue;
use crate::kiosk::{Msg, StaffAction, StaffMsg};

fn button(icon: &'static str, label: String, msg: impl Into<Msg>) -> Choice {
    Choice { icon: Some(icon), label, msg: msg.into(), kind: ButtonKind::Normal, selected: false }
}

pub fn pin_pad(view: &View, staff: &StaffView) -> Vec<Block> {
    let dots = "●".repeat(staff.pin_digits) + &"○".repeat(4usize.saturating_sub(staff.pin_digits));
    // One line above the keys, so the pad fits a 768-pixel-high screen whole:
    // the prompt (or why the last PIN failed) and the digits typed so far.
    let prompt = staff.pin_note.clone().unwrap_or_else(|| view.t("staff-pin-title"));
    let mut out = vec![Block::Title(format!("{prompt}  {dots}"))];
    let digit = |d: u8| Choice {
        icon: None,
        label: d.to_string(),
        msg: StaffMsg::PinDigit(d).into(),
        kind: ButtonKind::Normal,
        selected: false,
    };
    let mut keys: Vec<Choice> = (1..=9).map(digit).collect();
    keys.push(button(icons::BACK, view.t("staff-pin-erase"), StaffMsg::PinErase));
    keys.push(digit(0));
    keys.push(Choice { kind: ButtonKind::Primary, ..button(icons::OK, view.t("staff-pin-enter"), StaffMsg::PinEnter) });
    out.push(Block::Choices(keys));
    out
}

pub fn panel(view: &View, staff: &StaffView) -> Vec<Block> {
    let para = |t: String| Block::Paragraph(t, Tone::Normal);
    let mut out = vec![Block::Title(view.t("staff-title"))];
    out.extend(staff.notes.iter().map(|n| Block::Paragraph(n.clone(), Tone::Warning)));

    out.push(Block::Heading(view.t("staff-content")));
    if staff.problems.is_empty() {
        out.push(para(view.t("staff-content-ok")));
    } else {
        let n = FluentValue::from(staff.problems.len());
        out.push(Block::Paragraph(view.t_with("staff-content-problems", &[("count", n)]), Tone::Warning));
        out.extend(staff.problems.iter().map(|p| Block::Bullet(p.clone(), Tone::Warning)));
    }
    out.push(Block::Heading(view.t("staff-speech")));
    out.push(para(staff.speech.clone()));
    out.push(Block::Heading(view.t("staff-today")));
    out.extend(staff.today.iter().map(|l| para(l.clone())));

    out.push(Block::Heading(view.t("staff-settings")));
    out.extend(staff.settings_message.iter().map(|m| Block::Paragraph(m.clone(), Tone::Warning)));
    let mut settings: Vec<Choice> = staff
        .settings
        .iter()
        .map(|s| Choice { selected: s.on == Some(true), ..button(s.icon, s.label.clone(), s.action.clone()) })
        .collect();
    for (lang, offered) in &staff.languages {
        let state = view.t(if *offered { "staff-offered" } else { "staff-not-offered" });
        let name = view.i18n.text(lang, "language-name");
        let label =
            view.t_with("staff-language", &[("name", FluentValue::from(name)), ("state", FluentValue::from(state))]);
        settings.push(button(icons::LANGUAGE, label, StaffMsg::Action(StaffAction::ToggleLanguage(lang.clone()))));
    }
    out.push(Block::Choices(settings));

    out.push(Block::Heading(view.t("staff-actions")));
    let mut actions = vec![
        button(icons::RELOAD, view.t("staff-reload"), StaffMsg::Action(StaffAction::ReloadContent)),
        button(icons::READ, view.t("staff-test-speech"), StaffMsg::Action(StaffAction::TestSpeech)),
        button(icons::KEYPAD, view.t("staff-speech-how-to"), StaffMsg::Action(StaffAction::SpeechHowTo)),
        button(icons::EXPORT, view.t("staff-export"), StaffMsg::Action(StaffAction::ExportStats)),
    ];
    if staff.kiosk_mode {
        actions.push(button(icons::EXIT, view.t("staff-leave"), StaffMsg::Action(StaffAction::LeaveKiosk)));
    }
    out.push(Block::Choices(actions));
    out.extend(staff.message.iter().map(|m| Block::Paragraph(m.clone(), Tone::Warning)));
    out
}
