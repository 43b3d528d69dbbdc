//! Plain-language rules for what customers read, checked on every line: short
//! sentences, and phone numbers only from the phone book (`{phone-id}`).

use super::at::At;
use super::validate::Checker;

impl Checker<'_> {
    /// Warnings for one line of customer text, in `self.lang`.
    pub(super) fn copy_rules(&mut self, file: &str, text: &At<String>) {
        let span = text.span.clone();
        if let Some((sentence, n, max)) = long_sentence(text, &self.lang) {
            let unit = if crate::lang::primary(&self.lang) == "zh" { "Chinese characters" } else { "words" };
            self.warning(
                file,
                span.clone(),
                format!("a sentence of {n} {unit} is hard to read at once (at most {max}): \"{sentence}\""),
                "split it into two short sentences",
            );
        }
        if file != "branch.toml"
            && let Some(number) = written_number(text, &self.phone_numbers)
        {
            self.warning(
                file,
                span.clone(),
                format!("the phone number {number} is written here; numbers belong in branch.toml"),
                "write the phone's id in braces, e.g. {police}, and the screen shows its number",
            );
        }
        if let Some(at) = stray_brace(text) {
            let start = self.offset_in_source(file, &span, &text[..at]);
            self.error(
                file,
                start..start,
                "a brace `{` or `}` that is not around a phone id; customers would see it as it is".into(),
                "write a phone's id in braces, e.g. {anti-fraud}, or remove the brace",
            );
        }
        let lang = self.lang.clone();
        let found: Vec<(usize, String, String)> =
            self.avoid.find(&lang, text).into_iter().map(|(at, t, i)| (at, t.to_owned(), i.to_owned())).collect();
        for (at, term, instead) in found {
            let start = self.offset_in_source(file, &span, &text[..at]);
            self.warning(
                file,
                start..start,
                format!("\"{term}\" is on the list of words to avoid in {lang}"),
                format!("write \"{instead}\" instead; the list is in avoid-terms.toml"),
            );
        }
        for name in references(text) {
            if !self.phone_ids.contains(&name) {
                let ids = self.phone_ids.clone();
                let help = super::wording::did_you_mean(&name, ids.iter().map(String::as_str));
                self.error(file, span.clone(), format!("{{{name}}} names no phone in branch.toml"), help);
            }
        }
    }
}

impl Checker<'_> {
    /// Where in the file the text after `before` starts: inside the quoted
    /// string at `span`, found by its characters (the file may escape quotes).
    fn offset_in_source(&self, file: &str, span: &std::ops::Range<usize>, before: &str) -> usize {
        let Some(raw) = self.sources.get(file).and_then(|s| s.text.get(span.clone())) else {
            return span.start;
        };
        // Skip the opening quote, then as many characters as came before the term.
        let skip = before.chars().count() + 1;
        raw.char_indices().nth(skip).map_or(span.start, |(i, _)| span.start + i)
    }
}

/// The byte offset of a `{` or `}` that does not enclose a phone id.
pub fn stray_brace(text: &str) -> Option<usize> {
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('{', Some(o)) => return Some(o),
            ('{', None) => open = Some(i),
            ('}', None) => return Some(i),
            ('}', Some(o)) if i == o + 1 => return Some(o),
            ('}', Some(_)) => open = None,
            _ => {}
        }
    }
    open
}

/// A Chinese sentence longer than this is hard to take in at once.
pub const MAX_CJK_CHARS: usize = 30;
/// Likewise an English one.
pub const MAX_WORDS: usize = 20;

/// The sentences of a line, split after 。！？；.!?;
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '！' | '？' | '；' | '.' | '!' | '?' | ';') {
            out.push(&text[start..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out.into_iter().map(str::trim).filter(|s| !s.is_empty()).collect()
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// The first sentence that is too long, with its length and the limit.
pub fn long_sentence(text: &str, lang: &str) -> Option<(String, usize, usize)> {
    for s in sentences(text) {
        if crate::lang::primary(lang) == "zh" {
            let n = s.chars().filter(|c| is_cjk(*c)).count();
            if n > MAX_CJK_CHARS {
                return Some((s.to_owned(), n, MAX_CJK_CHARS));
            }
        } else {
            let n = s.split_whitespace().count();
            if n > MAX_WORDS {
                return Some((s.to_owned(), n, MAX_WORDS));
            }
        }
    }
    None
}

/// A phone number written into text: one of the phone book's numbers, or any
/// run of five or more digits (dashes and spaces between groups allowed).
pub fn written_number(text: &str, phone_book: &[String]) -> Option<String> {
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let known: Vec<String> = phone_book.iter().map(|n| digits(n)).collect();
    let mut runs = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (!current.is_empty() && c == '-') {
            current.push(c);
        } else if !current.is_empty() {
            runs.push(current.trim_end_matches('-').to_owned());
            current.clear();
        }
    }
    runs.into_iter().find(|run| {
        let d = digits(run);
        d.len() >= 5 || known.contains(&d)
    })
}

/// `{name}` references in a text, for checking they name phones.
pub fn references(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                if close > 0 {
                    out.push(after[..close].to_owned());
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_measured_one_by_one() {
        assert_eq!(long_sentence("马上挂电话。一分钱也不转。", "zh-CN"), None);
        let long = "对方说您的账户或者社保卡有问题所以要您马上把钱转到他说的那个所谓安全账户里去";
        assert!(long_sentence(long, "zh-HK").is_some_and(|(_, n, max)| n > max));
        assert_eq!(long_sentence("Hang up. Do not move any money.", "en-US"), None);
        let words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone";
        assert!(long_sentence(words, "en-US").is_some());
    }

    #[test]
    fn phone_numbers_belong_in_the_phone_book() {
        let book = vec!["110".to_owned(), "023-63661919".to_owned()];
        assert_eq!(written_number("挂掉电话，自己打 110 问清楚。", &book).as_deref(), Some("110"));
        assert_eq!(written_number("call 95588 now", &book).as_deref(), Some("95588"));
        assert_eq!(written_number("收到答复后 30 天内", &book), None);
        assert_eq!(written_number("打 {police} 问清楚", &book), None);
        assert_eq!(references("打 {police} 或 {anti-fraud}"), vec!["police".to_owned(), "anti-fraud".to_owned()]);
    }

    #[test]
    fn a_brace_outside_a_phone_id_is_found() {
        assert_eq!(stray_brace("打 {police} 或 {anti-fraud}"), None);
        // Byte offsets: "call " is five bytes.
        assert_eq!(stray_brace("call {police"), Some(5));
        assert_eq!(stray_brace("call police}"), Some(11));
        assert_eq!(stray_brace("{}"), Some(0));
        assert_eq!(stray_brace("{{police}}"), Some(0));
    }
}
