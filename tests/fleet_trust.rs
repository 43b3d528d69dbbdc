//! Attacks on signed content, each performed on the real update path against
//! a real HTTP server: a local file that changes a signed number, a retired
//! key with hidden root files, a fast-forward and its recovery, a staff
//! rollback undone by the next check, a slow line, a huge signed length, and
//! names a PC cannot store.

#[path = "fleet_update/helpers.rs"]
mod helpers;
#[path = "fleet_update/repo.rs"]
mod repo;
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use helpers::*;
use kiosk::fleet::{Outcome, Reason};
use tough::schema::Target;

#[test]
fn a_local_file_cannot_change_a_signed_number() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);
    // Someone with write access to the branch's folder puts their own number on the anti-fraud line.
    let local = std::fs::read_to_string(&kiosk.branch).expect("read");
    std::fs::write(&kiosk.branch, local.replacen("number = \"96110\"", "number = \"400-666-8888\"", 1)).expect("w");
    let line = std::fs::read_to_string(&kiosk.branch)
        .expect("read")
        .lines()
        .position(|l| l == "id = \"anti-fraud\"")
        .expect("anti-fraud in the local file");
    block(repo::publish(&root, &keys, &content(d, "总行"), &served, 1, repo::in_days(1)));
    let report = kiosk.report().expect("a good version");
    assert_eq!(report.outcome, Outcome::Installed(1));
    assert_eq!(kiosk.number("anti-fraud").as_deref(), Some("96110"), "customers see the signed number");
    assert_eq!(report.local_refused_ids, ["anti-fraud"]);
    // The [[phone]] header above the id, as an editor shows it (lines count from 1).
    let expected = format!("branch.toml:{line}:");
    assert!(report.local_refused[0].starts_with(&expected), "{:?} names {expected}", report.local_refused);
    assert!(report.local_refused[0].contains("comes signed"), "{:?}", report.local_refused);
    // The branch's own facts still come from its file.
    let branch = std::fs::read_to_string(kiosk.store.current_link().join("branch.toml")).expect("branch");
    assert!(branch.contains("示例银行本地支行"), "the branch's own name is used");
}

#[test]
fn a_retired_key_stays_retired_when_the_new_roots_are_hidden() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys: key_a, root, served, .. } = head_office(d);
    let behaviour = Arc::new(Mutex::new(Behaviour::default()));
    let url = serve_with(served.clone(), behaviour.clone());
    let kiosk = Kiosk::new(d, &root, &url);
    block(repo::publish(&root, &key_a, &content(d, "钥匙A"), &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));
    // Head office retires key A: root version 2 trusts only key B.
    let key_b = repo::keys(d, "head-office-b");
    let root2 = d.join("root-2.json");
    let cross_signed = block(repo::rotate(&root, &key_a, &key_b, &root2));
    block(repo::publish(&root2, &key_b, &content(d, "钥匙B"), &served, 2, repo::in_days(1)));
    std::fs::write(served.join("metadata/2.root.json"), cross_signed).expect("root 2");
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(2)));

    // Whoever still holds key A hides the new roots and signs version 1000 with A.
    behaviour.lock().expect("b").hidden = vec!["metadata/2.root.json".into(), "metadata/3.root.json".into()];
    block(repo::publish(&root, &key_a, &content(d, "攻击者"), &served, 1000, repo::in_days(1)));
    let attack = kiosk.report();
    assert!(attack.as_ref().is_err_and(|f| f.reason == Reason::Signature), "key A is refused: {attack:?}");
    assert!(kiosk.shows("钥匙B") && kiosk.version() == Some(2), "nothing installed");
}

#[test]
fn a_fast_forward_is_recovered_by_rotating_keys() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);
    block(repo::publish(&root, &keys, &content(d, "正常"), &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));
    // An attacker with the online keys (or a typo) publishes version 2^40.
    let huge = 1u64 << 40;
    block(repo::publish(&root, &keys, &content(d, "快进"), &served, huge, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(huge)));
    // Head office rotates every key and publishes version 8.
    let new_keys = repo::keys(d, "head-office-new");
    let root2 = d.join("root-2.json");
    let cross_signed = block(repo::rotate(&root, &keys, &new_keys, &root2));
    std::fs::write(served.join("metadata/2.root.json"), cross_signed).expect("root 2");
    block(repo::publish(&root2, &new_keys, &content(d, "恢复"), &served, 8, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(8)), "the kiosk recovers");
    assert!(kiosk.shows("恢复"));
    assert_eq!(kiosk.check(), Ok(Outcome::UpToDate(8)));
    block(repo::publish(&root2, &new_keys, &content(d, "之后"), &served, 9, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(9)), "and follows from there");
}

#[test]
fn a_staff_rollback_holds_until_a_newer_version() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);
    block(repo::publish(&root, &keys, &content(d, "一"), &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));
    block(repo::publish(&root, &keys, &content(d, "二有问题"), &served, 2, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(2)));
    assert_eq!(kiosk.store.rollback().expect("rollback").version, 1);
    assert_eq!(kiosk.check(), Ok(Outcome::Held { signed: 2, held: 2 }), "version 2 stays off screen");
    assert!(kiosk.shows("一"));
    block(repo::publish(&root, &keys, &content(d, "三"), &served, 3, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(3)), "a newer publish ends the hold");
    assert_eq!(kiosk.store.hold(), None);
}

/// A PNG of about `bytes` that decodes (noise does not compress).
fn big_png(bytes: usize) -> Vec<u8> {
    let side = ((bytes / 3) as f64).sqrt() as u32;
    let pixels: Vec<u8> = (0..side * side * 3).map(|_| fastrand::u8(..)).collect();
    let image = image::RgbImage::from_raw(side, side, pixels).expect("image");
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).expect("png");
    out.into_inner()
}

#[test]
fn a_big_picture_on_a_slow_line_installs() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, .. } = head_office(d);
    // 50 KiB/s: a 2 MiB picture takes ~40 s, longer than any per-file deadline the kiosk had (20 s).
    let behaviour = Arc::new(Mutex::new(Behaviour { bytes_per_second: Some(50 * 1024), ..Behaviour::default() }));
    let url = serve_with(served.clone(), behaviour);
    let kiosk = Kiosk::new(d, &root, &url);
    let published = content(d, "慢线路");
    let picture = big_png(2 * 1024 * 1024);
    assert!(picture.len() >= 2 * 1024 * 1024 - 64 * 1024, "{} bytes", picture.len());
    std::fs::write(published.join("images/lobby-photo.png"), &picture).expect("picture");
    block(repo::publish(&root, &keys, &published, &served, 1, repo::in_days(1)));
    assert_eq!(kiosk.check(), Ok(Outcome::Installed(1)));
    let stored = std::fs::read(kiosk.store.current_link().join("images/lobby-photo.png")).expect("stored");
    assert_eq!(stored, picture);
}

#[test]
fn a_huge_signed_length_is_refused_before_any_byte() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let behaviour = Arc::new(Mutex::new(Behaviour::default()));
    let HeadOffice { keys, root, served, .. } = head_office(d);
    let url = serve_with(served.clone(), behaviour.clone());
    let kiosk = Kiosk::new(d, &root, &url);
    let small = d.join("video.png");
    std::fs::write(&small, b"not really 10 GiB").expect("w");
    let mut target = block(Target::from_path(&small)).expect("target");
    target.length = 10 * 1024 * 1024 * 1024;
    let extra = vec![("video.png".to_owned(), target, Some(b"not really 10 GiB".to_vec()))];
    block(repo::publish_extra(&root, &keys, &content(d, "太大"), &served, 1, repo::in_days(1), extra));
    let refused = kiosk.report();
    assert!(
        refused.as_ref().is_err_and(|f| f.reason == Reason::Disk && f.message.contains("at most 200 MiB")),
        "{refused:?}"
    );
    let seen = behaviour.lock().expect("b").seen.lock().expect("seen").clone();
    assert!(!seen.iter().any(|p| p.starts_with("targets/")), "no target was fetched: {seen:?}");
    let staged = std::fs::read_dir(d.join("fleet")).expect("store").flatten();
    assert!(!staged.into_iter().any(|e| e.file_name().to_string_lossy().starts_with("staging-")));
    assert_eq!(kiosk.version(), None);
}

#[test]
fn unusable_names_are_refused_one_by_one_and_the_rest_installs() {
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    let kiosk = Kiosk::new(d, &root, &url);
    let any = d.join("any.txt");
    std::fs::write(&any, b"x").expect("w");
    let target = block(Target::from_path(&any)).expect("target");
    let names = ["/etc/cron.d/evil".to_owned(), format!("{}.toml", "长".repeat(90)), "images".to_owned()];
    let extra = names.iter().map(|n| (n.clone(), target.clone(), None)).collect();
    block(repo::publish_extra(&root, &keys, &content(d, "名字"), &served, 1, repo::in_days(1), extra));
    let report = kiosk.report().expect("the good files install");
    assert_eq!(report.outcome, Outcome::Installed(1));
    assert!(kiosk.shows("名字"));
    assert_eq!(report.files_refused.len(), 3, "{:?}", report.files_refused);
    for (why, name) in ["absolute", "255", "folder"].iter().zip(&names) {
        assert!(
            report.files_refused.iter().any(|r| r.starts_with(name.as_str()) && r.contains(why)),
            "{name}: {why} in {:?}",
            report.files_refused
        );
    }
}

#[test]
fn a_panic_in_the_update_thread_is_reported_and_the_next_check_runs() {
    use std::sync::atomic::Ordering;
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    block(repo::publish(&root, &keys, &content(d, "线程"), &served, 1, repo::in_days(1)));
    let kiosk = Kiosk::new(d, &root, &url);
    let metrics = Arc::new(kiosk::metrics::KioskMetrics::new(&kiosk::ui::sections::item_metrics()));
    let (tx, rx) = std::sync::mpsc::channel();
    let seen = metrics.clone();
    let on_check: kiosk::fleet::sync::OnCheck = Box::new(move |status, failed| {
        seen.fleet.checked(status, failed);
        let _ = tx.send((status.clone(), failed));
    });
    kiosk::fleet::sync::PANIC_NEXT_CHECK.store(true, Ordering::SeqCst);
    let sync = kiosk::fleet::Sync {
        source: kiosk.source.clone(),
        store_root: d.join("fleet"),
        local_branch: Some(kiosk.branch.clone()),
        languages: Vec::new(),
        every: Duration::from_millis(100),
        on_check: Some(on_check),
    };
    let _status = sync.start();
    let (first, why) = rx.recv_timeout(Duration::from_secs(30)).expect("the first check reports");
    assert_eq!(why, Some(Reason::Panic));
    assert!(first.problem.as_deref().is_some_and(|p| p.contains("runs again")), "{first:?}");
    let (second, why) = rx.recv_timeout(Duration::from_secs(30)).expect("the thread lives on");
    assert_eq!((second.version, why), (Some(1), None), "{second:?}");
    let text = metrics.encode();
    assert!(text.contains("kiosk_fleet_check_failures_total{reason=\"panic\"} 1"), "{text}");
    assert!(text.contains("kiosk_fleet_version 1"), "{text}");
    assert!(text.contains("kiosk_fleet_last_success_timestamp_seconds "), "{text}");
}

/// A lobby kiosk follows only what root's trust file names; its staff panel
/// and `/metrics` name the local line that tried to change a signed number.
#[test]
fn a_lobby_kiosk_follows_the_trust_file_and_tells_staff_what_was_refused() {
    use support::*;
    let dir = tempfile::tempdir().expect("temp");
    let d = dir.path();
    let HeadOffice { keys, root, served, url } = head_office(d);
    block(repo::publish(&root, &keys, &content(d, "总行"), &served, 1, repo::in_days(1)));
    let local = content(d, "本机");
    let branch = std::fs::read_to_string(local.join("branch.toml")).expect("branch");
    let changed =
        branch.replace("placeholder = true\n", "").replacen("number = \"96110\"", "number = \"400-666-8888\"", 1);
    std::fs::write(local.join("branch.toml"), changed).expect("write");
    let files = kiosk::staff::StaffFiles { settings: d.join("settings.toml"), state_dir: d.join("state") };
    // Staff settings name another repository: a lobby kiosk ignores them.
    let mut settings = kiosk::staff::SettingsFile::load(&files.settings);
    settings.settings.fleet.repository = Some(format!("http://{}/evil/", refused_address()));
    settings.save().expect("settings");
    let lobby = |trust: &std::path::Path| {
        let mut cfg = config();
        cfg.kiosk_mode = true;
        cfg.content_dir = local.clone();
        cfg.staff_files = Some(files.clone());
        kiosk::app::fleet::follow_with_trust(&mut cfg, &files, trust);
        cfg
    };
    assert!(lobby(&d.join("no-such-fleet.toml")).fleet_status.is_none(), "no trust file: no updates");
    let trust = d.join("fleet.toml");
    std::fs::write(&trust, format!("repository = \"{url}\"\nroot = \"{}\"\n", root.display())).expect("trust");
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&trust, std::fs::Permissions::from_mode(0o664)).expect("chmod");
        assert!(lobby(&trust).fleet_status.is_none(), "a trust file the staff group can write is refused");
        std::fs::set_permissions(&trust, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    let cfg = lobby(&trust);
    let metrics = cfg.metrics.clone();
    let mut h = harness_with(LANDSCAPE, cfg, false);
    let refused = wait_until(&mut h, Duration::from_secs(30), |_| {
        metrics.encode().contains("kiosk_fleet_local_overrides_refused{phone=\"anti-fraud\"} 1")
    });
    assert!(refused, "{}", metrics.encode());
    open_staff_panel(&mut h);
    let mut named = shows_containing(&h, "phone \"anti-fraud\" comes signed");
    while !named && has_button(&h, "下一页") {
        tap(&mut h, "下一页");
        named = shows_containing(&h, "phone \"anti-fraud\" comes signed");
    }
    assert!(named, "the staff panel names the refused line");
}
