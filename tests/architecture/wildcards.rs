//! No catch-all arm (`_ =>` or a bare binding) in a `match` over a message or
//! an effect: a new kind must be a compile error where it is to be handled,
//! not slip silently into a default.

use std::path::Path;
use syn::visit::Visit;

/// The enums whose new variants must reach every match by name.
pub const GUARDED: &[&str] =
    &["Msg", "Press", "StaffMsg", "StaffAction", "Observation", "VoiceChange", "Effect", "Speak", "Counted", "PinEdit"];

/// Every catch-all arm over a guarded enum in one file, as "file:line: Enum".
pub fn catch_alls(file: &Path, text: &str) -> Result<Vec<String>, String> {
    let ast = syn::parse_file(text).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut finder = Finder { file, found: Vec::new() };
    finder.visit_file(&ast);
    Ok(finder.found)
}

struct Finder<'a> {
    file: &'a Path,
    found: Vec<String>,
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_expr_match(&mut self, m: &'ast syn::ExprMatch) {
        let named: Vec<String> = m.arms.iter().flat_map(|arm| guarded_in(&arm.pat)).collect();
        if let Some(enum_name) = named.first() {
            for arm in m.arms.iter().filter(|arm| is_catch_all(&arm.pat)) {
                let line = syn::spanned::Spanned::span(&arm.pat).start().line;
                self.found.push(format!("{}:{line}: a catch-all arm over {enum_name}", self.file.display()));
            }
        }
        syn::visit::visit_expr_match(self, m);
    }
}

/// `_`, or a name binding everything (`other =>`), possibly behind `|`.
fn is_catch_all(pat: &syn::Pat) -> bool {
    match pat {
        syn::Pat::Wild(_) => true,
        syn::Pat::Ident(p) => p.subpat.is_none() && !starts_upper(&p.ident.to_string()),
        syn::Pat::Or(or) => or.cases.iter().any(is_catch_all),
        syn::Pat::Paren(p) => is_catch_all(&p.pat),
        _ => false,
    }
}

fn starts_upper(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// The guarded enums a pattern names at its top (`Press::Back`,
/// `Effect::Speech(..)`, `Msg::Staff(StaffMsg::PinEnter)` names Msg).
fn guarded_in(pat: &syn::Pat) -> Vec<String> {
    let path = match pat {
        syn::Pat::Path(p) => Some(&p.path),
        syn::Pat::TupleStruct(p) => Some(&p.path),
        syn::Pat::Struct(p) => Some(&p.path),
        syn::Pat::Or(or) => return or.cases.iter().flat_map(guarded_in).collect(),
        syn::Pat::Paren(p) => return guarded_in(&p.pat),
        syn::Pat::Reference(p) => return guarded_in(&p.pat),
        _ => None,
    };
    let Some(path) = path else { return Vec::new() };
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    // `Press::Back` → "Press"; `crate::kiosk::Press::Back` → "Press".
    let enum_name = segments.len().checked_sub(2).and_then(|i| segments.get(i));
    enum_name.filter(|name| GUARDED.contains(&name.as_str())).cloned().into_iter().collect()
}
