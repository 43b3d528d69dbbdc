//! What staff see of recordings: `kiosk check` warns of a stale recording
//! (its text changed), an unreadable, too quiet or clipped one, and — only
//! where the branch asked for recordings — texts still without one, each at
//! file:line:column with what to do; `kiosk narration` lists what to record.

mod support;

use std::path::Path;
use std::process::Command;

use kiosk::content::narration::fingerprint;
use support::sound::write_voice_like;

const KIOSK: &str = env!("CARGO_BIN_EXE_kiosk");
const SIGN: &str = "让您把钱转到一个“安全账户”。";
const OLD_SIGN: &str = "让您把钱转到“安全账户”。";

fn kiosk(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let out = Command::new(KIOSK).args(args).arg(dir).output().expect("runs");
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
}

fn recording(dir: &Path, file: &str) -> std::path::PathBuf {
    dir.join("narration").join(file)
}

#[test]
fn check_warns_of_a_stale_recording_and_says_which_file_to_record_instead() {
    let dir = support::content_copy();
    // topic-safe-account-4 was recorded when the sign read differently.
    let stale = format!("topic-safe-account-4.zh-CN.{}.wav", fingerprint(OLD_SIGN));
    write_voice_like(&recording(dir.path(), &stale), 1.5, 0.2);
    let (code, out) = kiosk(&["check"], dir.path());
    assert_eq!(code, Some(0), "a warning, not an error: {out}");
    let expected = format!(
        "narration/{stale}:1:1: warning: stale: its text changed since it was recorded, so it is not played — \
         record the new text as `topic-safe-account-4.zh-CN.{}.wav`",
        fingerprint(SIGN)
    );
    assert!(out.contains(&expected), "{expected}\n{out}");
    assert!(out.contains("OK: the content can be shown (1 warning(s))."), "{out}");

    // Recorded again for the new text: no warning.
    std::fs::remove_file(recording(dir.path(), &stale)).expect("rm");
    let fresh = format!("topic-safe-account-4.zh-CN.{}.wav", fingerprint(SIGN));
    write_voice_like(&recording(dir.path(), &fresh), 1.5, 0.2);
    let (_, out) = kiosk(&["check"], dir.path());
    assert!(out.contains("(0 warning(s))"), "{out}");
}

#[test]
fn check_warns_of_recordings_that_cannot_be_played_well() {
    let dir = support::content_copy();
    let name = |n: &str| format!("{n}.zh-CN.{}.wav", fingerprint(SIGN));
    write_voice_like(&recording(dir.path(), &name("quiet")), 1.5, 0.005);
    // Twice full scale: every swell is cut off.
    write_voice_like(&recording(dir.path(), &name("clipped")), 1.5, 1.0);
    let clipped = std::fs::read(recording(dir.path(), &name("clipped"))).expect("read");
    let mut loud = clipped.clone();
    // Past the 44-byte header, push every sample to full scale where it is loud.
    for pair in loud[44..].chunks_exact_mut(2) {
        let s = i16::from_le_bytes([pair[0], pair[1]]);
        let s = s.saturating_mul(2);
        pair.copy_from_slice(&s.to_le_bytes());
    }
    std::fs::write(recording(dir.path(), &name("clipped")), loud).expect("write");
    std::fs::write(recording(dir.path(), &name("broken")), b"RIFF....WAVEnot sound").expect("write");
    std::fs::write(recording(dir.path(), "sign.wav"), &clipped).expect("write");
    // As a clerk might sort them: a folder per language.
    std::fs::create_dir_all(recording(dir.path(), "zh-CN")).expect("mkdir");
    let (code, out) = kiosk(&["check"], dir.path());
    assert_eq!(code, Some(0), "{out}");
    for (file, says) in [
        (name("quiet"), "warning: too quiet"),
        (name("clipped"), "warning: clipped"),
        (name("broken"), "warning: not a WAV file the kiosk can read"),
        ("sign.wav".to_owned(), "warning: not named like a recording"),
        ("zh-CN".to_owned(), "warning: a folder: recordings in it are never played"),
    ] {
        let line = format!("narration/{file}:1:1: {says}");
        assert!(out.contains(&line), "{line}\n{out}");
    }
}

#[test]
fn missing_recordings_are_warned_of_only_where_the_branch_asked_for_them() {
    let dir = support::content_copy();
    let (_, out) = kiosk(&["check"], dir.path());
    assert!(!out.contains("no recording yet"), "not asked for: {out}");

    let branch = dir.path().join("branch.toml");
    let text = std::fs::read_to_string(&branch).expect("read");
    let asked = text.replacen("languages = [", "narration = [\"zh-HK\"]\nlanguages = [", 1);
    std::fs::write(&branch, &asked).expect("write");
    let line = asked.lines().position(|l| l.starts_with("narration = ")).expect("written") + 1;
    let (code, out) = kiosk(&["check"], dir.path());
    assert_eq!(code, Some(0), "{out}");
    let (_, listing) = kiosk(&["narration"], dir.path());
    let missing = listing
        .lines()
        .find_map(|l| {
            l.strip_prefix("zh-HK: 0 of ")?.split_once(" recorded, ")?.1.split_once(" missing")?.0.parse::<usize>().ok()
        })
        .expect("a zh-HK line in the listing");
    assert!(missing > 100, "{listing}");
    let expected =
        format!("branch.toml:{line}:14: warning: {missing} of the texts read aloud in zh-HK have no recording yet");
    assert!(out.contains(&expected), "{expected}\n{out}");
    assert!(!out.contains("in zh-CN have no recording"), "zh-CN was not asked for: {out}");
}

#[test]
fn the_narration_listing_names_what_is_recorded_missing_and_stale() {
    let dir = support::content_copy();
    let recorded = format!("topic-safe-account-4.zh-CN.{}.wav", fingerprint(SIGN));
    write_voice_like(&recording(dir.path(), &recorded), 1.5, 0.2);
    let stale = format!("gone.zh-CN.{}.wav", fingerprint("一句早就删掉的话"));
    write_voice_like(&recording(dir.path(), &stale), 1.5, 0.2);
    let (code, out) = kiosk(&["narration"], dir.path());
    assert_eq!(code, Some(0), "{out}");
    let zh_cn = out.lines().find(|l| l.starts_with("zh-CN: ")).expect("a zh-CN line");
    assert!(zh_cn.starts_with("zh-CN: 1 of ") && zh_cn.ends_with(" 1 stale"), "{zh_cn}");
    assert!(!out.contains(&format!("missing  {recorded}")), "{out}");
    let next = format!(
        "missing  topic-safe-account-3.zh-CN.{}.wav  对方说您的账户或社保卡“有问题”。",
        fingerprint("对方说您的账户或社保卡“有问题”。")
    );
    assert!(out.contains(&next), "{next}\n{out}");
    assert!(out.contains(&format!("stale    narration/{stale}")), "{out}");
    // The dialogs' words are listed too.
    let dialog = "请在这里稍等，不用走开。";
    let line = format!("missing  call-staff-2.zh-CN.{}.wav  {dialog}", fingerprint(dialog));
    assert!(out.contains(&line), "{line}\n{out}");
    let en = out.lines().find(|l| l.starts_with("en-US: ")).expect("an en-US line");
    assert!(en.starts_with("en-US: 0 of "), "{en}");
}
