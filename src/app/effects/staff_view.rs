//! What the staff screens show, gathered from the desk, the content store and
//! speech, as plain words and values (no hash, no paths the UI could open).

use super::desk::{Desk, PinNote};
use crate::content::{ContentStore, FacilitiesFile};
use crate::i18n::{FluentValue, I18n};
use crate::kiosk::{Session, StaffAction};
use crate::speech::Status;
use crate::staff::alert::Delivery;
use crate::staff::setting_table::{self, Shown};
use crate::staff::stats;
use crate::ui::sections::SECTIONS;
use crate::ui::{SettingButton, StaffView};

pub struct Sources<'a> {
    pub desk: &'a Desk,
    pub session: &'a Session,
    pub i18n: &'a I18n,
    pub store: &'a ContentStore,
    pub speech: Status,
    /// Why facility pictures could not be shown, by facility id.
    pub picture_problems: &'a std::collections::HashMap<String, String>,
    /// The content's languages that have screen text.
    pub languages: &'a [String],
    pub kiosk_mode: bool,
    /// Why metrics are not served although staff turned them on.
    pub metrics_problem: Option<&'a str>,
    /// The screen's size, for sizes in millimetres.
    pub panel: crate::app::device::panel::PanelSize,
    /// Content from head office: the last update check (None: this PC only).
    pub fleet: Option<crate::fleet::Status>,
}

/// Built only while a staff screen is open.
pub fn build(src: &Sources) -> StaffView {
    if !src.session.screen().is_staff() {
        return StaffView::default();
    }
    let lang = &src.session.language;
    let t = |id: &str| src.i18n.text(lang, id);
    let tw = |id: &str, args: &[(&str, FluentValue<'_>)]| src.i18n.text_with(lang, id, args);
    let desk = src.desk;
    let pin_note = desk.pin_note.map(|n| match n {
        PinNote::Wrong { wait: 0 } => t("staff-pin-wrong"),
        PinNote::Wrong { wait } | PinNote::Locked { wait } => {
            tw("staff-pin-wait", &[("seconds", FluentValue::from(wait))])
        }
        PinNote::HardLocked => t("staff-pin-locked"),
        PinNote::NoPin => t("staff-pin-none"),
    });
    let mut problems: Vec<String> = src.store.diagnostics().iter().map(ToString::to_string).collect();
    problems.extend(src.picture_problems.values().cloned());
    let speech = match &src.speech {
        Status::Ready => t("staff-speech-ready"),
        Status::Starting => t("staff-speech-starting"),
        Status::Unavailable(reason) => {
            tw("staff-speech-unavailable", &[("reason", FluentValue::from(reason.as_str()))])
        }
    };
    let offered = desk.offered(src.languages);
    let languages = src.languages.iter().map(|l| (l.clone(), offered.contains(l))).collect();
    let mut notes: Vec<String> = desk.settings.note.iter().cloned().collect();
    notes.extend(src.metrics_problem.map(str::to_owned));
    if let Some(fleet) = &src.fleet {
        let version = FluentValue::from(fleet.version.unwrap_or(0));
        let checked = FluentValue::from(fleet.checked.clone().unwrap_or_else(|| t("staff-fleet-never")));
        notes.push(tw("staff-fleet", &[("version", version), ("checked", checked)]));
        if let Some(problem) = &fleet.problem {
            notes.push(tw("staff-fleet-problem", &[("problem", FluentValue::from(problem.as_str()))]));
        }
        problems.extend(fleet.refused.iter().cloned());
        // Which local lines were not taken: the signed number is what customers see.
        problems.extend(fleet.local_refused.iter().cloned());
        problems.extend(fleet.files_refused.iter().cloned());
    }
    notes.extend(sample_notes(src, &tw));
    notes.push(match src.panel {
        crate::app::device::panel::PanelSize::Setting(d) => {
            tw("staff-screen-setting", &[("inches", FluentValue::from(f64::from(d)))])
        }
        crate::app::device::panel::PanelSize::Monitor(d) => {
            tw("staff-screen-monitor", &[("inches", FluentValue::from(f64::from(d)))])
        }
        crate::app::device::panel::PanelSize::Unknown => t("staff-screen-unknown"),
    });
    match desk.alerts.delivery() {
        Delivery::Failed(e) => notes.push(tw("staff-alert-failed", &[("error", FluentValue::from(e))])),
        Delivery::Delivered => notes.push(t("staff-alert-delivered")),
        Delivery::Sending { .. } | Delivery::NotSent => {}
    }
    if !desk.answered.is_empty() {
        let reasons = FluentValue::from(desk.answered.join(", "));
        notes.push(tw("staff-calls-answered", &[("reasons", reasons)]));
    }
    StaffView {
        pin_digits: desk.pin_digits(),
        pin_note,
        problems,
        speech,
        today: today_lines(src),
        settings: setting_buttons(desk, &t, &tw),
        languages,
        notes,
        message: desk.message.clone(),
        settings_message: desk.settings_message.clone(),
        kiosk_mode: src.kiosk_mode,
    }
}

/// One button per entry of the settings table, its value in words.
fn setting_buttons(desk: &Desk, t: &dyn Fn(&str) -> String, tw: &TextWith) -> Vec<SettingButton> {
    let unset = desk.unset();
    setting_table::ENTRIES
        .iter()
        .map(|entry| {
            let shown = (entry.get)(desk.settings(), unset);
            let value = match shown {
                Shown::Number(n) => FluentValue::from(n),
                Shown::Word(id) => FluentValue::from(t(id)),
                Shown::On(on) => FluentValue::from(t(if on { "staff-on" } else { "staff-off" })),
            };
            SettingButton {
                icon: entry.icon,
                label: tw(entry.label, &[("value", value)]),
                on: match shown {
                    Shown::On(on) => Some(on),
                    Shown::Number(_) | Shown::Word(_) => None,
                },
                action: StaffAction::Setting(entry.key),
            }
        })
        .collect()
}

/// Today's counts, one line each.
fn today_lines(src: &Sources) -> Vec<String> {
    let lang = &src.session.language;
    let tw = |id: &str, args: &[(&str, FluentValue<'_>)]| src.i18n.text_with(lang, id, args);
    let today = src.desk.stats.as_ref().map(|s| s.day(&stats::today())).unwrap_or_default();
    let sum = |m: &std::collections::BTreeMap<String, u32>| m.values().sum::<u32>();
    let opened = SECTIONS.iter().filter_map(|s| s.id.tally).map(|tally| {
        let count = today.items.get(tally.stats_key).map_or(0, sum);
        tw(tally.staff_line, &[("count", FluentValue::from(count))])
    });
    let mut lines: Vec<String> = opened.collect();
    lines.push(tw("staff-today-calls", &[("count", FluentValue::from(today.call_staff))]));
    for (l, n) in &today.languages {
        let name = src.i18n.text(l, "language-name");
        lines.push(tw("staff-today-language", &[("name", FluentValue::from(name)), ("count", FluentValue::from(*n))]));
    }
    lines
}

/// Looks up a message with arguments in the panel's language.
type TextWith<'a> = dyn Fn(&str, &[(&str, FluentValue)]) -> String + 'a;

/// What staff must still replace before customers see it: sample phone
/// numbers and sample facilities (hidden from customers in the lobby).
fn sample_notes(src: &Sources, tw: &TextWith) -> Vec<String> {
    let mut out = Vec::new();
    let samples: Vec<&str> =
        src.store.content().branch.phones.iter().filter(|p| p.placeholder).map(|p| p.id.value.as_str()).collect();
    if src.kiosk_mode && !samples.is_empty() {
        // Customers never see them; staff must put the real numbers in.
        out.push(tw("staff-sample-numbers", &[("ids", FluentValue::from(samples.join(", ")))]));
    }
    let facilities = src.store.content().part::<FacilitiesFile>().map_or(&[][..], |f| &f.facilities);
    let sample_facilities: Vec<&str> =
        facilities.iter().filter(|f| f.is_sample()).map(|f| f.id.value.as_str()).collect();
    if src.kiosk_mode && !sample_facilities.is_empty() {
        // Hidden from customers until the branch writes what it really has.
        // The first few by name; `kiosk check --kiosk` lists every one with its line.
        let mut ids = sample_facilities.iter().take(5).copied().collect::<Vec<_>>().join(", ");
        if sample_facilities.len() > 5 {
            ids.push_str(", …");
        }
        let count = FluentValue::from(sample_facilities.len());
        out.push(tw("staff-sample-facilities", &[("count", count), ("ids", FluentValue::from(ids))]));
    }
    out
}
