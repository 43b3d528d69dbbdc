//! A clerk edits the content while the kiosk runs: real files, real watcher.

mod support;

use std::path::Path;
use std::time::Duration;

use kiosk::kiosk::Screen;
use kiosk::ui::sections::fraud;
use support::*;

/// Saves like most editors: write a temporary file, then rename it over the old one.
fn save_by_rename(dir: &Path, file: &str, text: &str) {
    let tmp = dir.join(format!(".{file}.swp"));
    std::fs::write(&tmp, text).expect("write temp");
    std::fs::rename(&tmp, dir.join(file)).expect("rename");
}

#[test]
fn a_saved_edit_shows_on_the_same_page_and_a_broken_one_changes_nothing() {
    let dir = content_copy();
    let mut h = watching(dir.path());
    assert!(shows(&h, "“安全账户”骗局"));

    let original = std::fs::read_to_string(dir.path().join("fraud.toml")).expect("read");
    let edited = original.replacen("title = \"“安全账户”骗局\"", "title = \"当心“安全账户”\"", 1);
    save_by_rename(dir.path(), "fraud.toml", &edited);
    assert!(
        wait_until(&mut h, Duration::from_secs(30), |h| shows(h, "当心“安全账户”")),
        "the edit shows, without a restart"
    );
    assert_eq!(h.state().session().screen(), &fraud::topic("safe-account"), "the customer stays on the page");

    // Windows Notepad: in place, with a byte-order mark, and a mistake.
    let broken = format!("\u{feff}{}", edited.replacen("title = \"当心“安全账户”\"", "titel = \"坏了\"", 1));
    std::fs::write(dir.path().join("fraud.toml"), broken).expect("write");
    let reported = wait_until(&mut h, Duration::from_secs(30), |h| !h.state().content_problems().is_empty());
    assert!(reported, "the broken save is noticed");
    let problem = h.state().content_problems()[0].to_string();
    assert!(problem.starts_with("fraud.toml:") && problem.contains("unknown field `titel`"), "{problem}");
    assert!(shows(&h, "当心“安全账户”"), "the last good content stays on screen");
    assert!(!shows(&h, "坏了") && !shows(&h, &problem), "customers never see the error");

    // Removing the item the customer is reading sends them back to the list.
    let without = edited.replacen("id = \"safe-account\"", "id = \"safe-account-2\"", 1);
    save_by_rename(dir.path(), "fraud.toml", &without);
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| h.state().session().screen() == &Screen::List(fraud::ID)));
}
