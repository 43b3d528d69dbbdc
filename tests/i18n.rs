//! Screen text: every message the code uses exists in every language, no
//! language has messages nobody uses, and all languages use the same variables.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// id → variables the message uses, for one language.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(Path::new(LOCALES).join(lang)).expect("locale folder") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("ftl is UTF-8");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(out.insert(m.id.name.to_owned(), vars).is_none(), "{lang}: {} twice", m.id.name);
            }
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

fn languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(LOCALES)
        .expect("locales")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).expect("source"));
        }
    }
}

/// Ids passed straight to a look-up: `.t("id")`, `.t_with("id", …)`, `.text(lang, "id")`.
fn ids_looked_up(code: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(r#"\.(?:t|t_with|text|text_with)\((?:[^(),"]+,\s*)?"([a-z0-9-]+)""#).expect("regex");
    re.captures_iter(code).map(|c| c[1].to_owned()).collect()
}

/// Every string literal in the code that could be a message id.
fn id_like_literals(code: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(r#""([a-z][a-z0-9]*(?:-[a-z0-9]+)*)""#).expect("regex");
    re.captures_iter(code).map(|c| c[1].to_owned()).collect()
}

#[test]
fn three_languages_with_chinese_first_class() {
    assert_eq!(languages(), ["en-US", "zh-CN", "zh-HK"]);
}

#[test]
fn every_message_the_code_looks_up_exists_in_every_language() {
    let mut code = String::new();
    rust_sources(Path::new(SRC), &mut code);
    let used = ids_looked_up(&code);
    assert!(used.contains("page-of") && used.contains("call-staff"), "the scan finds look-ups: {used:?}");
    for lang in languages() {
        let have = messages(&lang);
        let missing: Vec<_> = used.iter().filter(|id| !have.contains_key(*id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn no_language_has_messages_the_code_never_uses() {
    let mut code = String::new();
    rust_sources(Path::new(SRC), &mut code);
    let literals = id_like_literals(&code);
    for lang in languages() {
        let unused: Vec<_> = messages(&lang).into_keys().filter(|id| !literals.contains(id)).collect();
        assert!(unused.is_empty(), "{lang} has unused messages {unused:?}");
    }
}

#[test]
fn all_languages_use_the_same_ids_and_variables() {
    let base = messages("zh-CN");
    for lang in languages() {
        let other = messages(&lang);
        assert_eq!(base.keys().collect::<Vec<_>>(), other.keys().collect::<Vec<_>>(), "{lang} ids");
        for (id, vars) in &base {
            assert_eq!(Some(vars), other.get(id), "{lang}: variables of {id}");
        }
    }
}

#[test]
fn numbers_and_durations_follow_the_language() {
    let i18n = kiosk::i18n::I18n::load(Path::new(LOCALES));
    use kiosk::i18n::FluentValue;
    let page =
        |lang| i18n.text_with(lang, "page-of", &[("page", FluentValue::from(2)), ("pages", FluentValue::from(3))]);
    assert_eq!(page("zh-CN"), "第 2 页，共 3 页");
    assert_eq!(page("en-US"), "Page 2 of 3");
    assert_eq!(page("zh-HK"), "第 2 頁，共 3 頁");
    let days = |lang, n: u32| i18n.text_with(lang, "days", &[("days", FluentValue::from(n))]);
    assert_eq!(days("zh-CN", 15), "15 天");
    assert_eq!(days("en-US", 15), "15 days");
    assert_eq!(days("en-US", 1), "1 day");
    // A language without a message falls back to Simplified Chinese, never to the id.
    assert_eq!(i18n.text("fr-FR", "nav-back"), "返回");
    assert!(i18n.problems.is_empty(), "{:?}", i18n.problems);
}
