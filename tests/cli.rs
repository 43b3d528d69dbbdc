//! The staff commands as a clerk runs them: exit codes and printed lines.

use std::process::Command;

const KIOSK: &str = env!("CARGO_BIN_EXE_kiosk");
const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content");

#[test]
fn check_accepts_the_bundled_content() {
    let out = Command::new(KIOSK).args(["check", BUNDLED]).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("OK: the content can be shown (0 warning(s))."), "{stdout}");
}

#[test]
fn check_refuses_broken_content_and_names_every_problem() {
    let dir = tempfile::tempdir().expect("temp");
    for file in kiosk::content::files() {
        std::fs::copy(format!("{BUNDLED}/{file}"), dir.path().join(file)).expect("copy");
    }
    // No images folder in the copy: the glasses picture is missing too.
    let fraud = std::fs::read_to_string(dir.path().join("fraud.toml")).expect("read");
    std::fs::write(dir.path().join("fraud.toml"), fraud.replacen("icon = \"lock\"", "icon = \"lok\"", 1))
        .expect("write");
    let out = Command::new(KIOSK).arg("check").arg(dir.path()).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line_of = |file: &str, needle: &str| {
        let text = std::fs::read_to_string(dir.path().join(file)).expect("read");
        text.lines().position(|l| l.contains(needle)).expect("in the file") + 1
    };
    let lok = format!(
        "fraud.toml:{}:8: error: unknown value \"lok\" — did you mean `lock`?",
        line_of("fraud.toml", "\"lok\"")
    );
    assert!(stdout.contains(&lok), "{lok}\n{stdout}");
    let image = format!(
        "facilities.toml:{}:9: error: image file \"images/glasses.png\" not found",
        line_of("facilities.toml", "image = \"images/glasses.png\"")
    );
    assert!(stdout.contains(&image), "{image}\n{stdout}");
    assert!(stdout.contains("2 error(s), 0 warning(s)."), "{stdout}");
}

#[test]
fn schema_command_writes_one_schema_per_file() {
    let dir = tempfile::tempdir().expect("temp");
    let out = Command::new(KIOSK).arg("schema").arg(dir.path()).output().expect("runs");
    assert!(out.status.success());
    let schema = std::fs::read_to_string(dir.path().join("fraud.schema.json")).expect("written");
    let json: serde_json::Value = serde_json::from_str(&schema).expect("valid JSON");
    assert!(json["properties"]["topic"].is_object(), "{schema}");
}

fn set_pin(settings: &std::path::Path, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(KIOSK)
        .args(["set-pin", "--settings"])
        .arg(settings)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    child.wait_with_output().expect("output")
}

#[test]
fn set_pin_stores_only_an_argon2_hash_and_keeps_other_settings() {
    let dir = tempfile::tempdir().expect("temp");
    let settings = dir.path().join("settings.toml");
    std::fs::write(&settings, "kiosk_id = \"幸福路-大堂1\"\n").expect("write");
    let out = set_pin(&settings, "24681357\n");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&settings).expect("read");
    assert!(text.contains("pin_hash = \"$argon2id$"), "{text}");
    assert!(!text.contains("24681357"));
    assert!(text.contains("kiosk_id = \"幸福路-大堂1\""), "{text}");
    let out = set_pin(&settings, "12ab\n");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("a PIN is 6 to 12 digits"));
    // NIST SP 800-63B: the PINs guessed first are refused, and the old PIN stays.
    for weak in ["2468\n", "123456\n", "888888\n", "520520\n"] {
        let out = set_pin(&settings, weak);
        assert_eq!(out.status.code(), Some(1), "{weak}");
    }
    let after = std::fs::read_to_string(&settings).expect("read");
    assert_eq!(after, text, "a refused PIN changes nothing");
}
