//! Finding things in the content: phones, numbers in text and the
//! languages offered.

use super::folder::Content;
use super::model::{BASE_LANGUAGE, Phone};

impl Content {
    pub fn phone(&self, id: &str) -> Option<&Phone> {
        self.branch.phones.iter().find(|p| p.id.value == id)
    }

    /// `text` with each `{phone-id}` replaced by that phone's number, so a
    /// number is written once, in `branch.toml`. A placeholder number becomes
    /// the phone's name when `samples` is off (the lobby never shows one).
    pub fn expand(&self, text: &str, lang: &str, samples: bool) -> String {
        if !text.contains('{') {
            return text.to_owned();
        }
        let mut out = text.to_owned();
        for phone in &self.branch.phones {
            let key = format!("{{{}}}", phone.id.value);
            if out.contains(&key) {
                let name = || phone.text.get(lang).map(|t| t.name.value.clone()).unwrap_or_default();
                let shown = if phone.placeholder && !samples { name() } else { phone.number.value.clone() };
                out = out.replace(&key, &shown);
            }
        }
        out
    }

    /// Every phone number the branch lists (speech reads these digit by digit).
    pub fn phone_numbers(&self) -> Vec<String> {
        self.branch.phones.iter().map(|p| p.number.value.clone()).collect()
    }

    /// Languages offered, as plain tags, base language first if none given.
    pub fn languages(&self) -> Vec<String> {
        let langs: Vec<String> = self.branch.branch.languages.iter().map(|l| l.value.clone()).collect();
        if langs.is_empty() { vec![BASE_LANGUAGE.to_owned()] } else { langs }
    }
}
