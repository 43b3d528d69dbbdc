//! Checks of `transfer-check.toml`: one to six questions (a customer under
//! pressure will not answer more), numbers that exist, a calm screen that
//! never names a scam (it may be read aloud with a scammer listening on the
//! phone), and the usual text rules.

use super::at::At;
use super::model::{CallNotice, ListText, TransferCheckFile};
use super::validate::Checker;

/// At most this many questions.
pub const MAX_QUESTIONS: usize = 6;

/// Words the calm screen must not say, in any language: it is read aloud.
const UNSAID: [&str; 6] = ["骗", "騙", "诈", "詐", "scam", "fraud"];

const F: &str = "transfer-check.toml";

impl Checker<'_> {
    pub fn transfer_check(&mut self, t: &TransferCheckFile, phones: Option<&[&str]>) {
        if t.questions.is_empty() {
            self.error(F, 0..0, "no questions".into(), "add one `[[question]]` per red flag, up to six");
        }
        if let Some(extra) = t.questions.get(MAX_QUESTIONS) {
            self.error(
                F,
                extra.id.span.clone(),
                format!("{} questions; at most {MAX_QUESTIONS}", t.questions.len()),
                "someone being pressed on the phone will not answer more: keep the six most telling red flags",
            );
        }
        self.ids(F, "question", t.questions.iter().map(|q| &q.id));
        let endings = [TransferCheckFile::STOP, TransferCheckFile::ALL_CLEAR];
        for q in t.questions.iter().filter(|q| endings.contains(&q.id.as_str())) {
            self.error(
                F,
                q.id.span.clone(),
                format!("a question may not be called \"{}\": that is the name of a screen", q.id.value),
                "give the question another id, e.g. what it asks about",
            );
        }
        for q in &t.questions {
            self.texts(F, "question", &q.id, &q.text, |c, text| c.line(F, &text.question));
        }
        for (name, notice) in [("stop", &t.stop), ("all-clear", &t.all_clear)] {
            self.call_notice(name, notice, phones);
        }
        self.never_names_a_scam(&t.stop);
    }

    fn call_notice(&mut self, name: &str, notice: &CallNotice, phones: Option<&[&str]>) {
        self.calls(F, &notice.call, phones);
        let owner = At { value: name.to_owned(), span: notice.text.span.clone() };
        self.texts(F, name, &owner, &notice.text, |c, t| {
            c.title(F, &t.title);
            c.lines(F, &t.lines, "lines");
        });
    }

    fn never_names_a_scam(&mut self, stop: &CallNotice) {
        let said =
            |t: &ListText| std::iter::once(t.title.clone()).chain(t.lines.value.iter().cloned()).collect::<Vec<_>>();
        for line in stop.text.0.values().flat_map(said) {
            let lower = line.value.to_lowercase();
            if let Some(word) = UNSAID.iter().find(|w| lower.contains(*w)) {
                self.error(
                    F,
                    line.span.clone(),
                    format!(
                        "the calm screen says \"{word}\"; it may be read aloud while a scammer listens on the phone"
                    ),
                    "say what to do (don't transfer yet, a staff member is coming, hang up), not what you suspect",
                );
            }
        }
    }
}
