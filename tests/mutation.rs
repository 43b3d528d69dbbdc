//! The bundled content files, mutated the way hand edits go wrong (a deleted
//! quote, a pasted fragment, a doubled or lost line, stray bytes), thousands of
//! times: the loader never panics, and every outcome is either content or
//! problems that each name a file, a line and a column within it.

use std::path::Path;

use kiosk::content::{files, load_with};
use proptest::prelude::*;

const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content");

/// Fragments people paste or leave behind in TOML.
const FRAGMENTS: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "[[",
    "=",
    "\n",
    "{",
    "}",
    ",",
    "#",
    "\\",
    "\r\n",
    "  ",
    "中文",
    "{police}",
    "[[topic]]\n",
    "\u{FEFF}",
    "\0",
    "\u{FFFD}",
    "1e999",
    "\"\"\"",
];

#[derive(Clone, Debug)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, fragment: usize },
    Byte { at: usize, byte: u8 },
    DoubleLine { line: usize },
    DropLine { line: usize },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 0..FRAGMENTS.len()).prop_map(|(at, fragment)| Edit::Insert { at, fragment }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
        any::<usize>().prop_map(|line| Edit::DoubleLine { line }),
        any::<usize>().prop_map(|line| Edit::DropLine { line }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let n = bytes.len().max(1);
    match *edit {
        Edit::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Edit::Insert { at, fragment } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, FRAGMENTS[fragment].bytes());
        }
        Edit::Byte { at, byte } => {
            if let Some(b) = bytes.get_mut(at % n) {
                *b = byte;
            }
        }
        Edit::DoubleLine { line } | Edit::DropLine { line } => {
            let mut lines: Vec<Vec<u8>> = bytes.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
            let i = line % lines.len();
            if matches!(edit, Edit::DoubleLine { .. }) {
                lines.insert(i, lines[i].clone());
            } else {
                lines.remove(i);
            }
            *bytes = lines.join(&b'\n');
        }
        Edit::Truncate { at } => bytes.truncate(at % n),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_file_gives_content_or_located_problems(file in 0..files().len() + 1, edits in prop::collection::vec(edit(), 1..4)) {
        // Every content file, quiz.toml included, and the staff's list of words to avoid.
        let name = files().get(file).copied().unwrap_or(kiosk::content::avoid_terms::FILE);
        let mut bytes = std::fs::read(Path::new(BUNDLED).join(name)).expect("bundled file");
        for e in &edits {
            apply(&mut bytes, e);
        }
        let loaded = load_with(Path::new(BUNDLED), &[(name, &bytes)], &[], false);
        prop_assert_eq!(loaded.content.is_some(), loaded.error_count() == 0, "content is withheld exactly when there is an error");
        let lines = bytes.split(|b| *b == b'\n').count();
        for d in &loaded.diagnostics {
            let known = files().contains(&d.file.as_str()) || d.file == kiosk::content::avoid_terms::FILE;
            prop_assert!(known || d.file.starts_with("images"), "names a content file: {}", d);
            prop_assert!(d.line >= 1 && d.column >= 1, "has a line and a column: {}", d);
            if d.file == name {
                prop_assert!(d.line <= lines + 1, "line {} of {} lines: {}", d.line, lines, d);
            }
            prop_assert!(!d.message.is_empty(), "says what is wrong: {}", d);
            if d.is_error() {
                prop_assert!(!d.help.is_empty(), "says how to fix it: {}", d);
            }
        }
    }
}
