//! The content folder vanishes under the running kiosk (deleted, or replaced
//! by a file): customers keep the last good content, staff see why, and the
//! folder is picked up again, without a restart, once it is back.

mod support;

use std::path::Path;
use std::time::Duration;

use kiosk::kiosk::{Intent, Screen};
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
    let mut cfg = config();
    cfg.content_dir = content.clone();
    cfg.watch_content = true;
    let mut h = harness_with(LANDSCAPE, cfg, false);
    apply(&mut h, Intent::Open(Screen::FraudList));
    apply(&mut h, Intent::Open(Screen::Topic("safe-account".into())));
    assert!(shows(&h, "“安全账户”骗局"));

    std::fs::remove_dir_all(&content).expect("delete the folder");
    assert!(
        wait_until(&mut h, Duration::from_secs(3), |h| !h.state().content_problems().is_empty()),
        "the loss is noticed"
    );
    let problem = h.state().content_problems()[0].to_string();
    assert!(problem.contains("file is missing"), "staff learn the files are gone: {problem}");
    assert!(shows(&h, "“安全账户”骗局"), "the customer keeps reading the last good content");
    apply(&mut h, Intent::Back);
    apply(&mut h, Intent::Open(Screen::Topic("fake-police".into())));
    assert!(shows(&h, "冒充公检法"), "and can open other pages of it");

    // A file where the folder was: still the last good content.
    std::fs::write(&content, "not a folder").expect("a file in its place");
    let noticed = wait_until(&mut h, Duration::from_secs(3), |h| {
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
        wait_until(&mut h, Duration::from_secs(3), |h| h.state().content_problems().is_empty()),
        "noticed, without a restart, once it is back"
    );
    assert!(shows(&h, "冒充公检法"));
}
