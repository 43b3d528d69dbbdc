//! Counts the pages of every reading item at every text size, language and
//! resolution, as the app lays them out: `cargo run --example page_counts`.
//! Prints one table row per (resolution, language, size): min–max pages of the
//! scams, the facilities, and the two long rights pages.

#[path = "../tests/support/mod.rs"]
mod support;

use kiosk::kiosk::{Press, Screen};
use kiosk::ui::sections::{facilities, fraud, rights::RightsPart};
use support::*;

fn range(v: &[usize]) -> String {
    let (lo, hi) = (v.iter().min().copied().unwrap_or(0), v.iter().max().copied().unwrap_or(0));
    if lo == hi { format!("{lo}") } else { format!("{lo}–{hi}") }
}

fn main() {
    let content = kiosk::content::load(&kiosk::paths::content_dir(), &[]).content.expect("bundled content");
    let topics: Vec<Screen> = content
        .part::<kiosk::content::FraudFile>()
        .into_iter()
        .flat_map(|f| &f.topics)
        .map(|t| fraud::topic(&t.id.value))
        .collect();
    let facilities: Vec<Screen> = content
        .part::<kiosk::content::FacilitiesFile>()
        .into_iter()
        .flat_map(|f| &f.facilities)
        .map(|f| facilities::facility(&f.id.value))
        .collect();
    println!("| screen | lang | size | scams | facilities | eight rights | how to complain |");
    println!("|---|---|---|---|---|---|---|");
    let panels = [("1920×1080", LANDSCAPE, None), ("1080×1920", PORTRAIT, None), ("1366×768", SMALL, None)];
    let panels = panels.into_iter().chain([("1366×768 21.5\"", SMALL, Some(PANEL_INCHES))]);
    for (name, res, inches) in panels {
        for lang in ["zh-CN", "en-US"] {
            for level in 0..3 {
                let mut h = match inches {
                    Some(i) => harness_on_panel(res, i),
                    None => harness(res),
                };
                apply(&mut h, Press::SetLanguage(lang.into()));
                for _ in 0..level {
                    apply(&mut h, Press::NextTextSize);
                }
                let mut count = |screens: &[Screen]| -> Vec<usize> {
                    screens
                        .iter()
                        .map(|s| {
                            apply(&mut h, Press::Open(s.clone()));
                            let pages = h.state().last_pages();
                            apply(&mut h, Press::Back);
                            pages
                        })
                        .collect()
                };
                let t = count(&topics);
                if std::env::var_os("VERBOSE").is_some() {
                    let over: Vec<String> = topics
                        .iter()
                        .zip(&t)
                        .filter(|(_, p)| **p > 1 + level)
                        .map(|(s, p)| format!("{s:?}={p}"))
                        .collect();
                    eprintln!("{name} {lang} {level}: {}", over.join(" "));
                }
                let f = count(&facilities);
                let e = count(&[RightsPart::EightRights.screen()]);
                let s = count(&[RightsPart::Steps.screen()]);
                println!(
                    "| {name} | {lang} | {level} | {} | {} | {} | {} |",
                    range(&t),
                    range(&f),
                    range(&e),
                    range(&s)
                );
            }
        }
    }
}
