//! The shape of `src/`: small files, short functions, and imports that point
//! one way — between the top-level modules, and between the files of each
//! module (a module's `mod.rs` may use its files; its files never use it back).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 400;
const MAX_FN_LINES: usize = 80;

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file's code without its inline test module and without comments.
fn code_lines(text: &str) -> Vec<&str> {
    text.lines().take_while(|l| l.trim() != "#[cfg(test)]").filter(|l| !l.trim_start().starts_with("//")).collect()
}

/// Module path of a file, e.g. `src/app/desk.rs` → ["app", "desk"].
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src()).unwrap_or(file);
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// Paths a file names: `crate::a::b`, `super::a` (resolved against the file's
/// own module), and in a `mod.rs` the child modules it uses by name.
fn referenced_paths(file: &Path, children: &BTreeSet<String>) -> BTreeSet<Vec<String>> {
    let text = read(file);
    let me = module_of(file);
    let is_mod_file = file.file_name().is_some_and(|n| n == "mod.rs" || n == "lib.rs");
    let mut out = BTreeSet::new();
    for line in code_lines(&text) {
        let line = line.trim();
        if line.starts_with("mod ") || line.starts_with("pub mod ") || line.starts_with("pub(crate) mod ") {
            continue;
        }
        for (i, _) in line.match_indices("crate::") {
            if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            out.extend(expand(&line[i + "crate::".len()..]));
        }
        for (i, _) in line.match_indices("super::") {
            if line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let parent = &me[..me.len().saturating_sub(1)];
            for rest in expand(&line[i + "super::".len()..]) {
                out.insert([parent, &rest].concat());
            }
        }
        if is_mod_file {
            for child in children {
                let used = line.match_indices(&format!("{child}::")).any(|(i, _)| {
                    !line[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':')
                        || line[..i].ends_with("self::")
                });
                if used {
                    let mut path = me.clone();
                    path.push(child.clone());
                    out.insert(path);
                }
            }
        }
    }
    out
}

/// `a::b::C` → [[a, b, C]]; `{a::B, C}` → [[a, B], [C]] (one level of braces).
fn expand(rest: &str) -> Vec<Vec<String>> {
    let Some(inner) = rest.strip_prefix('{') else { return vec![segments(rest)] };
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.push(segments(inner[start..i].trim()));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(segments(inner[start..i].trim()));
                start = i + 1;
            }
            _ => {}
        }
    }
    if !inner.contains('}') {
        // A `use` spread over lines: its first name is enough here.
        out.push(segments(inner.trim()));
    }
    out
}

fn segments(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    for seg in rest.split("::") {
        let name: String = seg.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if name.is_empty() {
            break;
        }
        out.push(name);
        if !seg.chars().all(|c| c.is_alphanumeric() || c == '_') {
            break;
        }
    }
    out
}

/// Every module (by path) that has its own file.
fn modules(files: &[PathBuf]) -> BTreeSet<Vec<String>> {
    files.iter().map(|f| module_of(f)).collect()
}

/// Finds a cycle in a graph, if any.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut c = stack[at..].to_vec();
            c.push(node.to_owned());
            return Some(c);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, stack, done) {
                return Some(c);
            }
        }
        stack.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

fn all_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    assert!(files.len() > 20, "found the sources");
    files
}

#[test]
fn no_file_is_longer_than_400_lines() {
    let long: Vec<String> = all_files()
        .iter()
        .map(|f| (f, read(f).lines().count()))
        .filter(|(_, n)| *n > MAX_FILE_LINES)
        .map(|(f, n)| format!("{}: {n} lines", f.display()))
        .collect();
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines:\n{}", long.join("\n"));
}

/// rustfmt puts a function's closing brace at the indentation of its `fn`.
fn long_functions(file: &Path) -> Vec<String> {
    let text = read(file);
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_fn = trimmed.starts_with("fn ") || (trimmed.starts_with("pub") && trimmed.contains(" fn "));
        if !is_fn || trimmed.starts_with("//") {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let end = lines[start..].iter().position(|l| {
            let t = l.trim_start();
            (l.len() - t.len() == indent && t.starts_with('}'))
                || (t.ends_with(';') && !t.contains('{') && indent == l.len() - t.len())
        });
        if let Some(len) = end.map(|e| e + 1)
            && len > MAX_FN_LINES
        {
            out.push(format!("{}:{}: {len} lines: {}", file.display(), start + 1, trimmed));
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_80_lines() {
    let long: Vec<String> = all_files().iter().flat_map(|f| long_functions(f)).collect();
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines:\n{}", long.join("\n"));
}

fn top_level_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = all_files();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let me = module_of(file);
        let Some(top) = me.first() else { continue };
        for path in referenced_paths(file, &BTreeSet::new()) {
            if let Some(other) = path.first().filter(|o| *o != top) {
                graph.entry(top.clone()).or_default().insert(other.clone());
            }
        }
    }
    graph
}

#[test]
fn top_level_modules_depend_one_way() {
    let graph = top_level_graph();
    assert!(graph.get("ui").is_some_and(|d| d.contains("kiosk")), "the check reads imports: {graph:?}");
    assert_eq!(cycle(&graph), None, "modules that import each other: {graph:?}");
}

/// The layers of the README: the UI does no I/O and knows nothing of staff
/// files; policy and the domain know nothing of the UI or the app.
#[test]
fn lower_layers_know_nothing_of_higher_ones() {
    let graph = top_level_graph();
    let forbidden: [(&str, &[&str]); 9] = [
        ("render", &["app", "cli", "ui", "kiosk", "staff", "worker", "content", "speech", "i18n", "metrics", "fleet"]),
        ("metrics", &["app", "cli", "ui", "kiosk", "staff", "worker", "content", "speech", "i18n"]),
        ("ui", &["app", "cli", "staff", "worker", "paths"]),
        ("kiosk", &["app", "cli", "ui", "staff", "worker", "content", "i18n"]),
        ("content", &["app", "cli", "ui", "kiosk", "staff", "worker", "speech", "i18n"]),
        ("speech", &["app", "cli", "ui", "kiosk", "staff", "worker", "content", "i18n"]),
        ("i18n", &["app", "cli", "ui", "kiosk", "staff", "worker", "content", "speech"]),
        ("staff", &["app", "cli", "ui", "worker"]),
        ("worker", &["app", "cli", "ui"]),
    ];
    let mut wrong = Vec::new();
    for (module, not) in forbidden {
        for dep in graph.get(module).into_iter().flatten() {
            if not.contains(&dep.as_str()) {
                wrong.push(format!("{module} → {dep}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers: {wrong:?}");
}

#[test]
fn files_of_one_module_depend_one_way() {
    let files = all_files();
    let mods = modules(&files);
    let mut problems = Vec::new();
    let mut checked = 0;
    for parent in mods.iter().filter(|m| !m.is_empty()) {
        // The parent's own file and its direct children, by name.
        let children: BTreeSet<String> = mods
            .iter()
            .filter(|m| m.len() == parent.len() + 1 && m.starts_with(parent))
            .filter_map(|m| m.last().cloned())
            .collect();
        if children.is_empty() {
            continue;
        }
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files.iter().filter(|f| {
            let m = module_of(f);
            m == *parent || (m.len() == parent.len() + 1 && m.starts_with(parent))
        }) {
            let me = module_of(file);
            let name = if me == *parent { "mod".to_owned() } else { me.last().cloned().unwrap_or_default() };
            for path in referenced_paths(file, &children) {
                if path.len() < parent.len() || !path.starts_with(parent) {
                    continue;
                }
                let to = match path.get(parent.len()) {
                    Some(target) if children.contains(target) => target.clone(),
                    _ => "mod".to_owned(),
                };
                if to != name {
                    graph.entry(name.clone()).or_default().insert(to);
                }
            }
        }
        checked += 1;
        if let Some(c) = cycle(&graph) {
            problems.push(format!("{}: {}", parent.join("::"), c.join(" → ")));
        }
    }
    assert!(checked >= 5, "checked {checked} modules");
    assert!(problems.is_empty(), "files that import each other:\n{}", problems.join("\n"));
}

/// Which rooms of `module` each room uses: every file under `src/<module>/<room>/`
/// (or `<room>.rs`) counts for its room.
fn rooms_graph(module: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in all_files() {
        let me = module_of(&file);
        let Some(room) = me.get(1).filter(|_| me[0] == module) else { continue };
        for path in referenced_paths(&file, &BTreeSet::new()) {
            if let Some(other) = path.get(1).filter(|o| path[0] == module && *o != room) {
                graph.entry(room.clone()).or_default().insert(other.clone());
            }
        }
    }
    graph
}

/// The app's rooms (README, `src/app/mod.rs`): the shells run the app, the app
/// runs effects, effects use the device; nothing points back.
#[test]
fn the_app_rooms_point_one_way() {
    let graph = rooms_graph("app");
    assert!(graph.get("kiosk_app").is_some_and(|d| d.contains("effects")), "the check reads imports: {graph:?}");
    let forbidden: [(&str, &[&str]); 3] = [
        ("device", &["shell", "kiosk_app", "effects", "config", "drawn"]),
        ("effects", &["shell", "kiosk_app", "drawn"]),
        ("kiosk_app", &["shell"]),
    ];
    let mut wrong = Vec::new();
    for (room, not) in forbidden {
        for dep in graph.get(room).into_iter().flatten() {
            if not.contains(&dep.as_str()) {
                wrong.push(format!("app::{room} → app::{dep}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the app's rooms: {wrong:?}");
    assert_eq!(cycle(&graph), None, "rooms that import each other: {graph:?}");
}

#[path = "architecture/wildcards.rs"]
mod wildcards;

#[test]
fn no_catch_all_arm_over_messages_or_effects() {
    let mut found = Vec::new();
    for file in all_files() {
        found.extend(wildcards::catch_alls(&file, &read(&file)).unwrap_or_else(|e| panic!("{e}")));
    }
    assert!(found.is_empty(), "name every variant, so a new one is a compile error here:\n{}", found.join("\n"));
}

/// The check itself finds what it is for (a planted catch-all, nested,
/// behind `|`, or bound to a name) and leaves a match over other things alone.
#[test]
fn the_catch_all_check_finds_a_planted_one() {
    let planted = r#"
        fn a(p: Press) { match p { Press::Back => {}, _ => {} } }
        fn b(e: Effect) -> u8 { if true { match e { Effect::Speech(Speak::Stop) => 1, other => 2 } } else { 0 } }
        fn c(m: crate::kiosk::Msg) { match m { crate::kiosk::Msg::Customer(_) | _ => {} } }
        fn d(x: Option<u8>) { match x { Some(_) => {}, _ => {} } }
        fn e(p: Press) { match p { Press::Back => {}, Press::Home | Press::Read => {} } }
    "#;
    let found = wildcards::catch_alls(Path::new("planted.rs"), planted).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        found,
        [
            "planted.rs:2: a catch-all arm over Press",
            "planted.rs:3: a catch-all arm over Effect",
            "planted.rs:4: a catch-all arm over Msg",
        ]
    );
}

/// Colour literals in a file's code: `Color32::from_rgb(…)`, `Color32::WHITE`, …
/// (egui's `Color32::PLACEHOLDER` is a marker, not a colour: text laid out
/// before its colour is chosen).
fn colour_literals(text: &str) -> Vec<String> {
    let literal = regex::Regex::new(r"\b(Color32|Rgba)::([A-Z][A-Z_]*|from_[a-z_]+)\b").expect("regex");
    code_lines(text)
        .iter()
        .flat_map(|line| literal.find_iter(line).map(|m| m.as_str().to_owned()).collect::<Vec<_>>())
        .filter(|m| m != "Color32::PLACEHOLDER")
        .collect()
}

/// Colours live in the tokens (`src/ui/theme.rs`); the renderer, which draws
/// whatever egui hands it, is the one other place that may name one.
#[test]
fn no_colour_literals_outside_the_tokens() {
    let mut found = Vec::new();
    for file in all_files() {
        let module = module_of(&file);
        if module == ["ui", "theme"] || module.first().is_some_and(|m| m == "render") {
            continue;
        }
        found.extend(colour_literals(&read(&file)).into_iter().map(|c| format!("{}: {c}", file.display())));
    }
    assert!(found.is_empty(), "colours belong in src/ui/theme.rs:\n{}", found.join("\n"));
    let planted = "let a = Color32::from_rgb(1, 2, 3);\nlet b = egui::Color32::WHITE;\nlet c = Color32::PLACEHOLDER;";
    assert_eq!(colour_literals(planted), ["Color32::from_rgb", "Color32::WHITE"], "the check finds planted ones");
}

/// Size literals in a file's code: a decimal number other than 0, 1 and 2
/// (none, all, halves and doubles), a corner radius given as a number, or a
/// constant of its own.
fn size_literals(text: &str) -> Vec<String> {
    let number = regex::Regex::new(r"\b\d+\.\d+\b").expect("regex");
    let radius = regex::Regex::new(r"CornerRadius::same\(\d+\)").expect("regex");
    let constant = regex::Regex::new(r"\bconst [A-Z_]+: (f32|u8|\(f32, f32\))").expect("regex");
    let mut out = Vec::new();
    for line in code_lines(text) {
        let line = line.split("//").next().unwrap_or_default();
        out.extend(
            number
                .find_iter(line)
                .map(|m| m.as_str())
                .filter(|n| !["0.0", "1.0", "2.0"].contains(n))
                .map(str::to_owned),
        );
        out.extend(radius.find_iter(line).chain(constant.find_iter(line)).map(|m| m.as_str().to_owned()));
    }
    out
}

/// The screens' sizes (and the rules that shape the page) live in the tokens,
/// `src/ui/theme.rs`; the rest of the UI names them.
#[test]
fn no_size_literals_in_the_ui_outside_the_tokens() {
    let mut found = Vec::new();
    for file in all_files() {
        let module = module_of(&file);
        if module.first().is_none_or(|m| m != "ui") || module == ["ui", "theme"] {
            continue;
        }
        found.extend(size_literals(&read(&file)).into_iter().map(|c| format!("{}: {c}", file.display())));
    }
    assert!(found.is_empty(), "sizes belong in src/ui/theme.rs:\n{}", found.join("\n"));
    let planted = "let a = rect.expand(10.0); // 3.5 in a comment\nlet b = x * 2.0 + 0.0;\nconst PAD: f32 = 16.0;\nCornerRadius::same(4)";
    assert_eq!(
        size_literals(planted),
        ["10.0", "16.0", "const PAD: f32", "CornerRadius::same(4)"],
        "the check finds planted ones"
    );
}

/// The seam that makes a new section cheap: the content loader, model, schema
/// writer and checker know no section by name (file or type); each section's
/// file is declared in `content/sections/` and listed in `PARTS` there.
#[test]
fn the_content_loader_names_no_section() {
    let sections = src().join("content/sections");
    let mut named: Vec<String> =
        kiosk::content::files().iter().filter(|f| **f != "branch.toml").map(|f| format!("\"{f}\"")).collect();
    let mut files = Vec::new();
    rust_files(&sections, &mut files);
    for file in &files {
        for line in read(file).lines() {
            if let Some(rest) = line
                .strip_prefix("pub struct ")
                .filter(|r| r.split_whitespace().next().is_some_and(|n| n.ends_with("File")))
            {
                named.extend(rest.split_whitespace().next().map(str::to_owned));
            }
        }
    }
    assert!(named.len() >= 10, "found the sections' files and types: {named:?}");
    let mut offending = Vec::new();
    for entry in std::fs::read_dir(src().join("content")).expect("src/content").filter_map(Result::ok) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = read(&path);
        for name in named.iter().filter(|n| code_lines(&text).iter().any(|l| l.contains(n.as_str()))) {
            offending.push(format!("{} names {name}", path.display()));
        }
    }
    assert!(offending.is_empty(), "declare it in content/sections/ instead:\n{}", offending.join("\n"));
}
