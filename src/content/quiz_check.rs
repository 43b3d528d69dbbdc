//! Checks of `quiz.toml`: enough situations, both answers represented, each
//! link to a scam page that exists, and the usual text rules.

use super::model::QuizFile;
use super::validate::Checker;
use super::wording::did_you_mean;

/// The self-check draws from at least this many situations.
pub const MIN_SITUATIONS: usize = 12;

impl Checker<'_> {
    pub fn quiz(&mut self, quiz: &QuizFile, topics: Option<&[&str]>) {
        const F: &str = "quiz.toml";
        if quiz.situations.len() < MIN_SITUATIONS {
            self.warning(
                F,
                0..0,
                format!("only {} situations; the self-check needs at least {MIN_SITUATIONS}", quiz.situations.len()),
                "add more [[situation]] blocks, scams and safe ones",
            );
        }
        if !quiz.situations.is_empty() && quiz.situations.iter().all(|s| *s.scam) {
            self.warning(
                F,
                0..0,
                "every situation is a scam".into(),
                "add some with `scam = false`: safe ones teach too",
            );
        }
        self.ids(F, "situation", quiz.situations.iter().map(|s| &s.id));
        for situation in &quiz.situations {
            if let (Some(topic), Some(topics)) = (&situation.topic, topics)
                && !topics.contains(&topic.as_str())
            {
                // A warning: the situation still works, without its link,
                // so removing a scam from fraud.toml does not block an update.
                let help = did_you_mean(topic, topics.iter().copied());
                let message = format!("no scam with id \"{}\" in fraud.toml; the link is left out", topic.value);
                self.warning(F, topic.span.clone(), message, help);
            }
            self.texts(F, "situation", &situation.id, &situation.text, |c, t| {
                c.line(F, &t.situation);
                c.line(F, &t.answer);
            });
        }
    }
}
