//! Turns parser and serde messages into sentences a branch clerk can act on.

use std::ops::Range;

use super::diagnostic::{Diagnostic, Severity, SourceFile};

pub fn syntax_error(source: &SourceFile, error: &toml::de::Error) -> Diagnostic {
    let message = error.message().trim().replace('\n', " ");
    source.diagnostic(
        error.span(),
        Severity::Error,
        format!("this line is not valid TOML: {message}"),
        "check the quotes, brackets and `=` signs on this line; text must be in \"double quotes\"",
    )
}

/// Errors from decoding a parsed value into the content model.
pub fn data_error(source: &SourceFile, error: &toml::de::Error, item: Range<usize>) -> Diagnostic {
    let raw = error.message().trim();
    let span = error.span().or(Some(item));
    let (message, help) = explain(raw);
    source.diagnostic(span, Severity::Error, message, help)
}

fn explain(raw: &str) -> (String, String) {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let (field, expected) = split_name(rest);
        let names = backticked(expected);
        return (format!("unknown field `{field}`"), did_you_mean(field, names.iter().map(String::as_str)));
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, expected) = split_name(rest);
        let names = backticked(expected);
        return (format!("unknown value \"{value}\""), did_you_mean(value, names.iter().map(String::as_str)));
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let (field, _) = split_name(rest);
        return (format!("missing field `{field}`"), format!("add a `{field} = ...` line to this item"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, "another type"));
        return (format!("wrong type: found {found}, expected {expected}"), type_hint(expected).to_owned());
    }
    if raw.starts_with("invalid value") || raw.contains("out of range") {
        return (raw.to_owned(), "write a whole number of days, e.g. `days = 15`".to_owned());
    }
    (raw.to_owned(), "compare this item with the one above it".to_owned())
}

fn type_hint(expected: &str) -> &'static str {
    if expected.contains("string") {
        "put text in double quotes, e.g. \"96110\""
    } else if expected.contains("sequence") || expected.contains("Vec") {
        "write a list in square brackets, e.g. [\"first\", \"second\"]"
    } else if expected.contains("integer") || expected.contains("u32") {
        "write a whole number without quotes, e.g. 15"
    } else if expected.contains("map") || expected.contains("struct") {
        "this must be a table with its own fields; compare with the item above"
    } else {
        "compare this value with the same field in the item above"
    }
}

/// `name`, rest` → (name, rest)
fn split_name(rest: &str) -> (&str, &str) {
    rest.split_once('`').unwrap_or((rest, ""))
}

fn backticked(text: &str) -> Vec<String> {
    text.split('`').skip(1).step_by(2).map(str::to_owned).collect()
}

/// "did you mean `title`?" when a known name is close, else the list of names.
pub fn did_you_mean<'n>(typed: &str, known: impl Iterator<Item = &'n str> + Clone) -> String {
    let best = known
        .clone()
        .map(|name| (strsim::jaro_winkler(typed, name), name))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let list = known.map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    match best {
        Some((_, name)) => format!("did you mean `{name}`?"),
        None if list.is_empty() => "remove it".to_owned(),
        None => format!("allowed here: {list}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let known = ["title", "signs", "todo"];
        assert_eq!(did_you_mean("titel", known.iter().copied()), "did you mean `title`?");
        assert_eq!(did_you_mean("zzz", known.iter().copied()), "allowed here: `title`, `signs`, `todo`");
    }
}
