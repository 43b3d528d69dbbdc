//! Head office publishes, the kiosk follows: a real HTTP server on 127.0.0.1
//! serves TUF repositories made here, and each check installs good content
//! and refuses everything else — tampered files, rolled-back or expired
//! metadata, the wrong key, a hanging server, content with errors — keeping
//! what was on screen.

#[path = "fleet_update/helpers.rs"]
mod helpers;
#[path = "fleet_update/repo.rs"]
mod repo;
mod support;

use std::time::{Duration, Instant};

use helpers::*;
use kiosk::fleet::Outcome;
use kiosk::ui::sections::fraud;

#[test]
fn good_updates_are_installed_and_everything_else_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);

    // A good update: installed, and this branch's own branch.toml wins.
    block(repo::publish(&root, &keys, &content(d, "版本一"), &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));
    assert!(kiosk.shows("版本一"));
    let branch = std::fs::read_to_string(kiosk.store.current_link().join("branch.toml")).expect("branch");
    assert!(branch.contains("示例银行本地支行"), "the local branch.toml wins");
    let picture = kiosk.store.current_link().join("images/glasses.png");
    assert!(picture.is_file(), "a picture published by its name alone is put under images/");
    let recording = kiosk.store.current_link().join(RECORDING);
    assert!(recording.is_file(), "a recording published by its name alone is put under narration/");
    assert_eq!(kiosk.check(), Ok(Outcome::UpToDate(1)), "nothing new: nothing done");
    let v1 = d.join("v1-metadata");
    copy(&served.join("metadata"), &v1);

    // A target changed after signing (a fake hotline pushed in between).
    block(repo::publish(&root, &keys, &content(d, "版本二"), &served, 2, repo::in_days(1)));
    tamper(&served.join("targets"), "fraud.toml");
    let refused = kiosk.check();
    assert!(refused.is_err(), "a tampered file is refused: {refused:?}");
    assert_eq!(kiosk.version(), Some(1), "the old content stays");

    // A good version 3, then the server rolls back to version 1's metadata.
    block(repo::publish(&root, &keys, &content(d, "版本三"), &served, 3, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(3)));
    copy(&v1, &served.join("metadata"));
    let rolled_back = kiosk.check();
    assert!(rolled_back.is_err(), "older metadata is refused: {rolled_back:?}");
    assert!(kiosk.shows("版本三"));
    // Also after a restart: what was trusted is kept on disk (the datastore).
    let restarted = Kiosk::new(d, &root, &url);
    let after_restart = restarted.check();
    assert!(after_restart.is_err(), "older metadata is refused after a restart too: {after_restart:?}");
    assert_eq!(restarted.version(), Some(3));

    // Expired metadata (a freeze attack): refused.
    block(repo::publish(&root, &keys, &content(d, "版本四"), &served, 4, repo::in_days(-1)));
    let expired = kiosk.check();
    assert!(expired.as_ref().is_err_and(|e| e.contains("xpired")), "expired metadata is refused: {expired:?}");
    assert_eq!(kiosk.version(), Some(3));

    // Signed, but with a mistake in it: refused with file:line:col for staff.
    let broken = content(d, "版本五");
    let fraud = std::fs::read_to_string(broken.join("fraud.toml")).expect("read");
    std::fs::write(broken.join("fraud.toml"), fraud.replacen("title = \"版本五\"", "titel = \"版本五\"", 1))
        .expect("w");
    block(repo::publish(&root, &keys, &broken, &served, 5, repo::in_days(1)));
    match kiosk.check() {
        Ok(Outcome::Refused { version: 5, problems }) => {
            assert!(problems.iter().any(|p| p.starts_with("fraud.toml:") && p.contains("titel")), "{problems:?}")
        }
        other => panic!("content with errors is refused, not {other:?}"),
    }
    assert_eq!(kiosk.version(), Some(3));

    // The same repository signed with another key: not head office's.
    let other_keys = repo::keys(d, "someone-else");
    let other_root = d.join("other-root.json");
    block(repo::root(&other_root, &other_keys));
    block(repo::publish(&other_root, &other_keys, &content(d, "假的"), &served, 6, repo::in_days(1)));
    let wrong_key = kiosk.check();
    assert!(wrong_key.is_err(), "another key is refused: {wrong_key:?}");
    assert!(kiosk.shows("版本三"));
}

#[test]
fn a_new_root_key_is_followed_and_the_old_key_no_longer_counts() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);
    block(repo::publish(&root, &keys, &content(d, "旧钥匙"), &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));

    // Head office replaces its key: root version 2, cross-signed by the old key.
    let new_keys = repo::keys(d, "head-office-2026");
    let root2 = d.join("root-2.json");
    let cross_signed = block(repo::rotate(&root, &keys, &new_keys, &root2));
    block(repo::publish(&root2, &new_keys, &content(d, "新钥匙"), &served, 2, repo::in_days(1)));
    std::fs::write(served.join("metadata/2.root.json"), cross_signed).expect("publish root 2");
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(2)), "the kiosk, shipped with root 1, follows to root 2");
    assert!(kiosk.shows("新钥匙"));

    // Content signed with the old key is no longer accepted.
    block(repo::publish(&root, &keys, &content(d, "旧钥匙再来"), &served, 3, repo::in_days(1)));
    std::fs::write(served.join("metadata/2.root.json"), std::fs::read(&root2).expect("root 2")).expect("keep");
    let old = kiosk.check();
    assert!(old.is_err(), "the retired key is refused: {old:?}");
    assert!(kiosk.shows("新钥匙"));
}

#[test]
fn too_few_signatures_are_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let _ = (repo::keys(d, "head-office-a"), repo::keys(d, "head-office-b"));
    let root = d.join("root.json");
    block(repo::root_needing_two(&root, d, "head-office-a", "head-office-b"));
    let served = d.join("repo");
    let url = serve(served.clone(), false);
    let kiosk = Kiosk::new(d, &root, &url);
    // Signed by both, then one signature taken off: what someone holding one key could make.
    let both = repo::sources(d, &["head-office-a", "head-office-b"]);
    block(repo::publish(&root, &both, &content(d, "只签了一个"), &served, 1, repo::in_days(1)));
    let timestamp = served.join("metadata/timestamp.json");
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(&timestamp).expect("read")).expect("json");
    json["signatures"].as_array_mut().expect("signatures").truncate(1);
    std::fs::write(&timestamp, serde_json::to_vec(&json).expect("json")).expect("write");
    let one = kiosk.check();
    assert!(one.is_err(), "one signature where two are needed is refused: {one:?}");
    assert_eq!(kiosk.version(), None);
}

#[test]
fn a_hanging_server_gives_up_in_time_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let keys = repo::keys(d, "head-office");
    let root = d.join("root.json");
    block(repo::root(&root, &keys));
    let url = serve(d.join("repo"), true);
    let kiosk = Kiosk::new(d, &root, &url);
    let start = Instant::now();
    let result = kiosk.check();
    assert!(result.is_err(), "{result:?}");
    assert!(start.elapsed() < Duration::from_secs(15), "gave up after {:?}", start.elapsed());
    assert_eq!(kiosk.version(), None);
}

/// The whole kiosk in fleet mode: it starts on this PC's content, switches to
/// head office's version as soon as it is checked (the customer stays on the
/// page), staff see the version, and `kiosk content rollback` switches back.
#[test]
fn the_running_kiosk_follows_head_office_and_rolls_back() {
    use kiosk::kiosk::{Press, Screen};
    use support::*;

    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    block(repo::publish(&root, &keys, &content(d, "总行新版"), &served, 1, repo::in_days(1)));

    // This PC's own content (with real numbers, as in a lobby), and settings naming the repository.
    let local = content(d, "本机内容");
    let branch = std::fs::read_to_string(local.join("branch.toml")).expect("branch");
    std::fs::write(local.join("branch.toml"), branch.replace("placeholder = true\n", "")).expect("write");
    let files = kiosk::staff::StaffFiles { settings: d.join("settings.toml"), state_dir: d.join("state") };
    let mut settings = kiosk::staff::SettingsFile::load(&files.settings);
    settings.settings.fleet.repository = Some(url.to_string());
    settings.settings.fleet.root = Some(root.clone());
    settings.save().expect("settings");
    let mut cfg = config();
    cfg.content_dir = local;
    cfg.staff_files = Some(files.clone());
    kiosk::app::fleet::follow(&mut cfg, &files);
    let mut h = harness_with(LANDSCAPE, cfg, false);
    apply(&mut h, Press::Open(Screen::List(fraud::ID)));
    apply(&mut h, Press::Open(fraud::topic("safe-account")));
    let switched = wait_until(&mut h, Duration::from_secs(20), |h| shows(h, "总行新版"));
    assert!(switched, "head office's version is on screen");
    assert_eq!(h.state().session().screen(), &fraud::topic("safe-account"), "on the same page");

    let status = kiosk::fleet::Status::load(&files.state_dir.join("fleet"));
    assert_eq!((status.version, status.problem.clone()), (Some(1), None), "{status:?}");
    assert_eq!(kiosk::app::fleet::command(&files, "rollback"), std::process::ExitCode::SUCCESS);
    assert!(wait_until(&mut h, Duration::from_secs(30), |h| shows(h, "本机内容")), "rolled back at once");
}
