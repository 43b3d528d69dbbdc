//! `kiosk narration` (what is recorded, missing and stale, per language) and
//! the recording warnings `kiosk check` adds: both need the texts the screens
//! read aloud, which only the UI knows.

use std::path::Path;
use std::process::ExitCode;

use crate::content::narration::{Report, Wanted, audit};
use crate::content::{self, BRANCH, Content, Diagnostic, Severity, SourceFile};
use crate::i18n::I18n;
use crate::paths;
use crate::ui::narration::{Readable, readable};

fn report(content: &Content, i18n: &I18n, lang: &str) -> (Vec<Readable>, Report) {
    let texts = readable(i18n, content, lang);
    let wanted: Vec<Wanted> = texts.iter().map(|r| Wanted { name: &r.name, text: &r.text }).collect();
    let report = audit(&content.narration, lang, &wanted);
    (texts, report)
}

fn offered(content: &Content) -> Vec<String> {
    content.branch.branch.languages.iter().map(|l| l.value.clone()).collect()
}

/// Stale recordings in any language; texts without a recording in the
/// languages the branch asked recordings for (`narration` in branch.toml).
pub fn diagnostics(content: &Content, i18n: &I18n) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for lang in offered(content) {
        let (_, report) = report(content, i18n, &lang);
        for stale in &report.stale {
            let help = match &stale.replace_with {
                Some(file) => {
                    format!("record the new text as `{file}` (`kiosk narration` shows it) and delete this one")
                }
                None => "delete it: no screen reads its text any more".to_owned(),
            };
            let message = "stale: its text changed since it was recorded, so it is not played".to_owned();
            out.push(warning(&stale.shown, 1, 1, message, help));
        }
        let asked = content.branch.branch.narration.iter().find(|a| a.value == lang);
        if let (Some(asked), false) = (asked, report.missing.is_empty()) {
            let source = content::read_text(&content.dir.join(BRANCH))
                .map(|text| SourceFile { name: BRANCH.to_owned(), text })
                .ok();
            let (line, column) = source.map_or((1, 1), |s| s.line_col(asked.span.start));
            let message = format!("{} of the texts read aloud in {lang} have no recording yet", report.missing.len());
            let help = "`kiosk narration` lists them, with the file name each recording takes";
            out.push(warning(BRANCH, line, column, message, help.to_owned()));
        }
    }
    out
}

fn warning(file: &str, line: usize, column: usize, message: String, help: String) -> Diagnostic {
    Diagnostic { file: file.to_owned(), line, column, severity: Severity::Warning, message, help }
}

/// Prints, per language offered, what is recorded, what to record next (file
/// name and text) and what is stale.
pub fn print(dir: &Path) -> ExitCode {
    let loaded = content::load(dir, &paths::ui_languages());
    let Some(content) = loaded.content else {
        println!("The content in {} has errors: run `kiosk check` first.", dir.display());
        return ExitCode::from(1);
    };
    let i18n = I18n::load(&paths::locales_dir());
    println!("Recordings in {}/{}/", dir.display(), content::narration::FOLDER);
    for lang in offered(&content) {
        let (texts, report) = report(&content, &i18n, &lang);
        let (recorded, missing, stale) = (report.recorded.len(), report.missing.len(), report.stale.len());
        println!("\n{lang}: {recorded} of {} recorded, {missing} missing, {stale} stale", texts.len());
        for (file, text) in &report.missing {
            println!("  missing  {file}  {text}");
        }
        for s in &report.stale {
            let instead = s.replace_with.as_ref().map(|f| format!(" (record {f} instead)")).unwrap_or_default();
            println!("  stale    {}{instead}", s.shown);
        }
    }
    ExitCode::SUCCESS
}
