//! The content folder vanishes under the running kiosk (deleted, or replaced
//! by a file): customers keep the last good content, staff see why, and the
//! folder is picked up again, without a restart, once it is back.

mod support;

use std::path::Path;
use std::time::Duration;

use kiosk::kiosk::Press;
use kiosk::ui::sections::fraud;
use support::*;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn a_deleted_or_replaced_content_folder_keeps_the_last_good_content() {
    let parent = tempfile::tempdir().expect("temp");
    let content = parent.path().join("content");
    copy_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content")), &content);
    let mut h = watching(&content);
    assert!(shows(&h, "“安全账户”骗局"));

    std::fs::remove_dir_all(&content).expect("delete the folder");
    assert!(
        wait_until(&mut h, Duration::from_secs(30), |h| !h.state().content_problems().is_empty()),
        "the loss is noticed"
    );
    let problem = h.state().content_problems()[0].to_string();
    assert!(problem.contains("file is missing"), "staff learn the files are gone: {problem}");
    assert!(shows(&h, "“安全账户”骗局"), "the customer keeps reading the last good content");
    apply(&mut h, Press::Back);
    apply(&mut h, Press::Open(fraud::topic("fake-police")));
    assert!(shows(&h, "冒充公检法"), "and can open other pages of it");

    // A file where the folder was: still the last good content.
    std::fs::write(&content, "not a folder").expect("a file in its place");
    let noticed = wait_until(&mut h, Duration::from_secs(30), |h| {
        h.state().content_problems().iter().any(|p| p.to_string().contains("directory"))
    });
    assert!(
        noticed,
        "staff learn that it is not a folder: {:?}",
        h.state().content_problems().first().map(ToString::to_string)
    );
    assert!(shows(&h, "冒充公检法"), "a file in the folder's place changes nothing on screen");

    // The folder comes back; a reload from the panel picks it up.
    std::fs::remove_file(&content).expect("remove the file");
    copy_dir(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content")), &content);
    assert!(
        wait_until(&mut h, Duration::from_secs(30), |h| h.state().content_problems().is_empty()),
        "noticed, without a restart, once it is back"
    );
    assert!(shows(&h, "冒充公检法"));
}

/// Loads `dir` on another thread; `None` if it has not finished within 20 s
/// (a blocking open of a FIFO never would).
fn load_within_deadline(dir: &Path) -> Option<Vec<String>> {
    let (tx, rx) = std::sync::mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        let loaded = kiosk::content::load_for(&dir, &[], true);
        let _ = tx.send(loaded.diagnostics.iter().map(ToString::to_string).collect());
    });
    rx.recv_timeout(Duration::from_secs(20)).ok()
}

#[test]
fn files_that_are_not_files_are_refused_without_waiting() {
    // A FIFO where a picture should be: opening it for reading would wait for a writer forever.
    let dir = content_copy();
    let picture = dir.path().join("images/glasses.png");
    std::fs::remove_file(&picture).expect("rm");
    rustix::fs::mkfifoat(rustix::fs::CWD, &picture, rustix::fs::Mode::from_raw_mode(0o600)).expect("mkfifo");
    let problems = load_within_deadline(dir.path()).expect("the check finishes");
    assert!(problems.iter().any(|p| p.starts_with("facilities.toml:") && p.contains("FIFO")), "{problems:?}");

    // A FIFO as a content file.
    let dir = content_copy();
    let quiz = dir.path().join("quiz.toml");
    std::fs::remove_file(&quiz).expect("rm");
    rustix::fs::mkfifoat(rustix::fs::CWD, &quiz, rustix::fs::Mode::from_raw_mode(0o600)).expect("mkfifo");
    let problems = load_within_deadline(dir.path()).expect("the check finishes");
    assert!(problems.iter().any(|p| p.starts_with("quiz.toml:") && p.contains("FIFO")), "{problems:?}");
}

#[test]
fn a_content_file_linked_from_outside_the_folder_is_refused() {
    let dir = content_copy();
    let outside = tempfile::tempdir().expect("temp");
    let elsewhere = outside.path().join("branch.toml");
    std::fs::copy(dir.path().join("branch.toml"), &elsewhere).expect("copy");
    std::fs::remove_file(dir.path().join("branch.toml")).expect("rm");
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("branch.toml")).expect("link");
    let problems = load_within_deadline(dir.path()).expect("the check finishes");
    assert!(
        problems.iter().any(|p| p.starts_with("branch.toml:") && p.contains("outside the content folder")),
        "{problems:?}"
    );
}
