//! `deploy/publish.sh` refuses, before anything is signed: a version that is
//! not above the last published one, links, stray files, and one key for two
//! roles. (Signing itself needs tuftool, which head office installs.)

mod support;

use std::path::Path;
use std::process::Command;

fn publish(content: &Path, repo: &Path, version: &str, keys: (&str, &str)) -> (bool, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/publish.sh");
    let dir = repo.parent().expect("parent");
    for key in [keys.0, keys.1] {
        std::fs::write(dir.join(key), "not a real key").expect("key");
    }
    let out = Command::new("bash")
        .arg(script)
        .arg(content)
        .arg(dir.join("root.json"))
        .arg(dir.join(keys.0))
        .arg(dir.join(keys.1))
        .arg(repo)
        .arg(version)
        .env("KIOSK", env!("CARGO_BIN_EXE_kiosk"))
        .env("PATH", "/usr/bin:/bin")
        .output()
        .expect("bash");
    (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn publish_refuses_what_kiosks_must_never_get() {
    let outside = tempfile::tempdir().expect("temp");
    let repo = outside.path().join("repo");
    std::fs::create_dir_all(repo.join("metadata")).expect("mkdir");
    std::fs::write(repo.join("metadata/timestamp.json"), r#"{"signed": {"version": 5}, "signatures": []}"#)
        .expect("last");
    let keys = ("targets.pem", "online.pem");

    let content = support::content_copy();
    let (ok, why) = publish(content.path(), &repo, "5", keys);
    assert!(!ok && why.contains("not above the last published version 5"), "{why}");
    let (ok, why) = publish(content.path(), &repo, "4", keys);
    assert!(!ok && why.contains("not above"), "{why}");

    // Recordings are content; a folder inside narration/ is not (its names would be lost).
    support::sound::write_voice_like(&content.path().join("narration/home-1.zh-CN.0a1b2c3d.wav"), 1.0, 0.2);
    support::sound::write_voice_like(&content.path().join("narration/zh-CN/home-1.zh-CN.0a1b2c3d.wav"), 1.0, 0.2);
    let (ok, why) = publish(content.path(), &repo, "6", keys);
    assert!(!ok && why.contains("not content") && why.contains("narration/zh-CN"), "{why}");
    assert!(!why.contains("narration/home-1"), "a recording is content: {why}");
    std::fs::remove_dir_all(content.path().join("narration/zh-CN")).expect("rm");

    std::fs::write(content.path().join("notes.txt"), "PIN 274915").expect("stray");
    let (ok, why) = publish(content.path(), &repo, "6", keys);
    assert!(!ok && why.contains("not content") && why.contains("notes.txt"), "{why}");
    std::fs::remove_file(content.path().join("notes.txt")).expect("rm");

    std::os::unix::fs::symlink("/etc/passwd", content.path().join("images/passwd.png")).expect("link");
    let (ok, why) = publish(content.path(), &repo, "6", keys);
    assert!(!ok && why.contains("links are not published"), "{why}");
    std::fs::remove_file(content.path().join("images/passwd.png")).expect("rm");

    let (ok, why) = publish(content.path(), &repo, "6", ("same.pem", "same.pem"));
    assert!(!ok && why.contains("must be different keys"), "{why}");

    // All of that fixed, it goes on to `kiosk check --kiosk` (the demo's samples stop it there).
    let (ok, why) = publish(content.path(), &repo, "6", keys);
    assert!(!ok && why.contains("fix the problems above"), "{why}");
}
