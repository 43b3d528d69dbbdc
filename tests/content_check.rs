//! A clerk's mistakes in content files: each broken fixture must produce the exact
//! `file:line:column: level: message — help` line, and never a panic.

use std::fs;
use std::path::{Path, PathBuf};

use kiosk::content::{self, ContentStore, FacilitiesFile, FraudFile, Reload, RightsFile, TransferCheckFile};

const MINIMAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/minimal");
const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content");

fn ui_languages() -> Vec<String> {
    vec!["en-US".into(), "zh-CN".into(), "zh-HK".into()]
}

/// A private copy of a content folder that a test may break.
fn copy_of(source: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(Path::new(source), dir.path());
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

fn edit(dir: &Path, file: &str, change: impl FnOnce(String) -> String) {
    let path = dir.join(file);
    let text = fs::read_to_string(&path).expect("fixture is UTF-8");
    fs::write(path, change(text)).expect("write");
}

fn replace(dir: &Path, file: &str, from: &str, to: &str) {
    edit(dir, file, |text| {
        assert!(text.contains(from), "fixture {file} has no {from:?}");
        text.replacen(from, to, 1)
    });
}

fn problems(dir: &Path) -> Vec<String> {
    content::load(dir, &ui_languages()).diagnostics.iter().map(ToString::to_string).collect()
}

/// Runs one broken fixture and checks the expected line is reported and that
/// the content is refused (errors) or still shown (warnings).
fn expect(dir: &Path, expected: &str) {
    let loaded = content::load(dir, &ui_languages());
    let lines: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(lines.iter().any(|l| l == expected), "expected\n  {expected}\ngot\n  {}", lines.join("\n  "));
    let is_error = expected.contains(": error: ");
    assert_eq!(loaded.content.is_none(), is_error, "content refused iff there is an error: {lines:?}");
}

fn broken(file: &str, from: &str, to: &str, expected: &str) {
    let dir = copy_of(MINIMAL);
    replace(dir.path(), file, from, to);
    expect(dir.path(), expected);
}

// ------------------------------------------------------------ the good cases

#[test]
fn bundled_content_is_clean_and_complete() {
    let loaded = content::load(Path::new(BUNDLED), &ui_languages());
    let lines: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "bundled content has problems: {lines:#?}");
    let c = loaded.content.expect("bundled content loads");
    assert_eq!(c.branch.phones.len(), 9);
    let fraud = c.part::<FraudFile>().expect("fraud.toml");
    let facilities = c.part::<FacilitiesFile>().expect("facilities.toml");
    let rights = c.part::<RightsFile>().expect("rights.toml");
    assert!(fraud.topics.len() >= 33, "at least 33 scam types");
    assert!(facilities.facilities.len() >= 26, "at least 26 facilities");
    // Every emergency item names the ambulance number.
    let emergency = c.phone("emergency").map(|p| p.number.value.clone());
    assert_eq!(emergency.as_deref(), Some("120"));
    for id in ["aed", "first-aid"] {
        let text = facilities.facility(id).and_then(|f| f.text.get("zh-CN")).map(|t| t.ask.value.clone());
        assert!(text.is_some_and(|t| t.contains("{emergency}")), "{id} names {{emergency}}");
    }
    assert_eq!(rights.rights.len(), 8);
    // Bank, its answer, review, regulator, mediation, then arbitration or court.
    let steps: Vec<&str> = rights.steps.iter().map(|s| s.id.value.as_str()).collect();
    assert_eq!(steps, ["complain", "answer", "review", "nfra", "mediation", "court", "deadline"]);
    assert_eq!(c.languages(), ["zh-CN", "en-US", "zh-HK"]);
    // The demo's made-up numbers are marked as such.
    let samples: Vec<&str> = c.branch.phones.iter().filter(|p| p.placeholder).map(|p| p.id.value.as_str()).collect();
    assert_eq!(samples, ["bank", "mediation"]);
    // Order on screen is order in the file.
    assert_eq!(fraud.topics[0].id.value, "safe-account");
    assert_eq!(facilities.facilities[0].id.value, "glasses");
    // Every topic gives 2–4 signs and a number to call, in all three languages.
    for topic in &fraud.topics {
        for lang in ["zh-CN", "en-US", "zh-HK"] {
            let text = topic.text.0.get(lang).expect("translated");
            assert!((2..=4).contains(&text.signs.len()), "{} signs", topic.id.value);
        }
        assert!(!topic.call.is_empty());
    }
}

#[test]
fn minimal_fixture_is_clean() {
    assert_eq!(problems(Path::new(MINIMAL)), Vec::<String>::new());
}

#[test]
fn missing_english_falls_back_to_chinese_with_a_warning() {
    let dir = copy_of(MINIMAL);
    edit(dir.path(), "fraud.toml", |t| {
        t.replace("[topic.text.en-US]\ntitle = \"Safe account\"\nsigns = [\"You are told to move money.\"]\ntodo = [\"Hang up.\"]\n", "")
    });
    expect(
        dir.path(),
        "fraud.toml:11:6: warning: topic \"safe-account\" has no en-US translation; Chinese is shown instead — add a `text.en-US` block",
    );
    let c = content::load(dir.path(), &ui_languages()).content.expect("warnings do not block");
    let fraud = c.part::<FraudFile>().expect("fraud.toml");
    let topic = fraud.topic("safe-account").expect("topic");
    assert_eq!(topic.text.get("en-US").map(|t| t.title.as_str()), Some("安全账户"));
    // The slogan is still translated: fallback is item by item.
    assert_eq!(fraud.slogans[0].text.get("en-US").map(|t| t.title.as_str()), Some("Three Nos"));
}

#[test]
fn bom_and_crlf_from_windows_notepad_are_accepted() {
    let dir = copy_of(MINIMAL);
    edit(dir.path(), "fraud.toml", |t| format!("\u{feff}{}", t.replace('\n', "\r\n")));
    assert_eq!(problems(dir.path()), Vec::<String>::new());
    // Positions stay right with CRLF: break line 15 and look at the column.
    edit(dir.path(), "fraud.toml", |t| t.replacen("title = \"安全账户\"", "titel = \"安全账户\"", 1));
    expect(dir.path(), "fraud.toml:15:1: error: unknown field `titel` — did you mean `title`?");
}

#[test]
fn a_failed_reload_keeps_the_previous_content() {
    let dir = copy_of(MINIMAL);
    let mut store = ContentStore::open(dir.path(), ui_languages()).expect("loads");
    replace(dir.path(), "fraud.toml", "title = \"安全账户\"", "title = \"新标题\"");
    assert_eq!(store.reload(), Reload::Updated);
    assert_eq!(store.generation(), 1);
    let title = |s: &ContentStore| {
        s.content().part::<FraudFile>().and_then(|f| f.topics[0].text.get("zh-CN")).map(|t| t.title.value.clone())
    };
    assert_eq!(title(&store).as_deref(), Some("新标题"));

    replace(dir.path(), "fraud.toml", "title = \"新标题\"", "title = \"坏了");
    assert_eq!(store.reload(), Reload::KeptPrevious);
    assert_eq!(title(&store).as_deref(), Some("新标题"), "the last good content stays");
    assert_eq!(store.generation(), 1);
    assert!(store.diagnostics().iter().any(|d| d.is_error() && d.file == "fraud.toml" && d.line == 15));
}

#[test]
fn bundled_schemas_match_the_model() {
    for (name, text) in content::schema::all() {
        let path = PathBuf::from(BUNDLED).join("schema").join(&name);
        let bundled = fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(bundled, text, "{name} is stale: run `cargo run -- schema`");
    }
    for file in content::files() {
        let text = fs::read_to_string(PathBuf::from(BUNDLED).join(file)).expect("bundled file");
        let schema = file.replace(".toml", ".schema.json");
        assert!(text.starts_with(&format!("#:schema ./schema/{schema}\n")), "{file} names its schema");
    }
}

// --------------------------------------------------------- broken fixtures

#[test]
fn typo_in_a_field_name_suggests_the_right_one() {
    broken(
        "fraud.toml",
        "title = \"安全账户\"",
        "titel = \"安全账户\"",
        "fraud.toml:15:1: error: unknown field `titel` — did you mean `title`?",
    );
}

#[test]
fn missing_field() {
    broken(
        "fraud.toml",
        "todo = [\"马上挂电话。\"]\n",
        "",
        "fraud.toml:14:1: error: missing field `todo` — add a `todo = ...` line to this item",
    );
}

#[test]
fn number_without_quotes_is_a_wrong_type() {
    broken(
        "branch.toml",
        "number = \"110\"",
        "number = 110",
        "branch.toml:16:10: error: wrong type: found integer `110`, expected a string — put text in double quotes, e.g. \"96110\"",
    );
}

#[test]
fn text_where_a_list_is_expected() {
    broken(
        "fraud.toml",
        "signs = [\"让您转账到安全账户。\"]",
        "signs = \"让您转账到安全账户。\"",
        "fraud.toml:16:9: error: wrong type: found string \"让您转账到安全账户。\", expected a sequence — write a list in square brackets, e.g. [\"first\", \"second\"]",
    );
}

#[test]
fn duplicate_id() {
    let dir = copy_of(MINIMAL);
    edit(dir.path(), "facilities.toml", |t| format!("{t}\n{t}"));
    expect(
        dir.path(),
        "facilities.toml:15:6: error: facility id \"glasses\" is used twice (first on line 2) — give each item its own id",
    );
}

#[test]
fn unknown_phone_key() {
    broken(
        "fraud.toml",
        "call = [\"police\"]",
        "call = [\"polise\"]",
        "fraud.toml:13:9: error: no phone with id \"polise\" in branch.toml — did you mean `police`?",
    );
}

#[test]
fn unknown_icon_suggests_the_closest() {
    broken(
        "facilities.toml",
        "icon = \"glasses\"",
        "icon = \"glases\"",
        "facilities.toml:3:8: error: unknown value \"glases\" — did you mean `glasses`?",
    );
}

#[test]
fn unknown_section() {
    broken(
        "fraud.toml",
        "[[topic]]",
        "[[topics]]",
        "fraud.toml:14:2: error: `topic` should be a list of items, found table — write each item under its own `[[topic]]` line",
    );
    broken(
        "fraud.toml",
        "[[topic]]",
        "[[topics]]",
        "fraud.toml:10:3: error: unknown section `topics` — did you mean `topic`?",
    );
}

#[test]
fn syntax_error_unclosed_quote() {
    broken(
        "fraud.toml",
        "title = \"安全账户\"",
        "title = \"安全账户",
        "fraud.toml:15:14: error: this line is not valid TOML: invalid basic string, expected `\"` — check the quotes, brackets and `=` signs on this line; text must be in \"double quotes\"",
    );
}

#[test]
fn duplicate_key_in_one_table() {
    broken(
        "fraud.toml",
        "icon = \"lock\"",
        "icon = \"lock\"\nicon = \"shield\"",
        "fraud.toml:13:1: error: this line is not valid TOML: duplicate key — check the quotes, brackets and `=` signs on this line; text must be in \"double quotes\"",
    );
}

#[test]
fn image_missing() {
    broken(
        "facilities.toml",
        "images/dot.png",
        "images/dots.png",
        "facilities.toml:4:9: error: image file \"images/dots.png\" not found — copy the picture into the content folder, or fix the name (capital letters matter)",
    );
}

#[test]
fn image_path_leaving_the_folder() {
    broken(
        "facilities.toml",
        "images/dot.png",
        "../minimal/images/dot.png",
        "facilities.toml:4:9: error: the image path uses `..` to leave the content folder — use a path inside the content folder, e.g. \"images/glasses.png\"",
    );
}

#[test]
fn image_path_absolute() {
    broken(
        "facilities.toml",
        "images/dot.png",
        "/etc/passwd",
        "facilities.toml:4:9: error: the image path is absolute — use a path inside the content folder, e.g. \"images/glasses.png\"",
    );
}

#[cfg(unix)]
#[test]
fn image_symlink_out_of_the_folder() {
    let dir = copy_of(MINIMAL);
    let outside = tempfile::tempdir().expect("temp");
    fs::copy(dir.path().join("images/dot.png"), outside.path().join("dot.png")).expect("copy");
    fs::remove_file(dir.path().join("images/dot.png")).expect("rm");
    std::os::unix::fs::symlink(outside.path().join("dot.png"), dir.path().join("images/dot.png")).expect("link");
    expect(
        dir.path(),
        "facilities.toml:4:9: error: the image is a link to a file outside the content folder — copy the picture itself into the content folder",
    );
}

#[test]
fn image_that_is_not_a_picture() {
    let dir = copy_of(MINIMAL);
    fs::write(dir.path().join("images/dot.png"), b"this is not a picture").expect("write");
    expect(
        dir.path(),
        "facilities.toml:4:9: error: the file is not a PNG or JPEG picture — save the picture again as PNG or JPEG, at most 4096×4096 pixels",
    );
}

/// Found by the picture fuzzer: the `png` decoder panics on this file (its
/// palette is shorter than the image needs). A problem for staff, not a crash.
#[test]
fn a_picture_that_makes_its_decoder_panic() {
    let dir = copy_of(MINIMAL);
    let damaged = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pictures/palette-out-of-range.png");
    fs::copy(damaged, dir.path().join("images/dot.png")).expect("copy");
    expect(
        dir.path(),
        "facilities.toml:4:9: error: the picture is damaged (its decoder gave up) — save the picture again as PNG or JPEG, at most 4096×4096 pixels",
    );
}

#[test]
fn image_too_large_to_decode_safely() {
    let dir = copy_of(MINIMAL);
    image::RgbaImage::new(5000, 4).save(dir.path().join("images/dot.png")).expect("png");
    let loaded = content::load(dir.path(), &ui_languages());
    let d = &loaded.diagnostics[0];
    assert_eq!((d.file.as_str(), d.line, d.column), ("facilities.toml", 4, 9));
    assert!(d.message.starts_with("the picture cannot be decoded"), "{d}");
    assert!(loaded.content.is_none());
}

#[test]
fn text_too_long_for_large_print() {
    let long = "请".repeat(80);
    broken(
        "fraud.toml",
        "todo = [\"马上挂电话。\"]",
        &format!("todo = [\"{long}\"]"),
        "fraud.toml:17:9: error: text too long for the large-print screen (160 columns; a line may have 140, a Chinese character counts 2) — shorten it, or split it into two sentences",
    );
}

#[test]
fn title_too_long() {
    broken(
        "fraud.toml",
        "title = \"Safe account\"",
        "title = \"The very long name of a scam that will not fit\"",
        "fraud.toml:19:9: error: text too long for the large-print screen (46 columns; a title or name may have 40, a Chinese character counts 2) — shorten it, or split it into two sentences",
    );
}

#[test]
fn empty_text_and_empty_list() {
    broken(
        "fraud.toml",
        "todo = [\"Hang up.\"]",
        "todo = [\"  \"]",
        "fraud.toml:21:9: error: empty text — write the text between the quotes, or remove the line",
    );
    broken(
        "fraud.toml",
        "todo = [\"Hang up.\"]",
        "todo = []",
        "fraud.toml:21:8: error: `todo` is an empty list — write at least one sentence in `todo`",
    );
}

#[test]
fn phone_number_with_a_letter() {
    broken(
        "branch.toml",
        "number = \"110\"",
        "number = \"11O\"",
        "branch.toml:16:10: error: \"11O\" is not a phone number — use only digits, with `-` or spaces between groups, e.g. \"023-63661919\"",
    );
}

#[test]
fn id_that_is_not_a_short_word() {
    broken(
        "fraud.toml",
        "id = \"safe-account\"",
        "id = \"Safe Account\"",
        "fraud.toml:11:6: error: id \"Safe Account\" is not a short readable word — use small letters, digits and `-`, at most 32, e.g. \"safe-account\"",
    );
}

#[test]
fn language_without_screen_text() {
    broken(
        "branch.toml",
        "languages = [\"zh-CN\", \"en-US\"]",
        "languages = [\"zh-CN\", \"en-UK\"]",
        "branch.toml:2:23: error: the kiosk has no screen text for language \"en-UK\" — did you mean `en-US`?",
    );
}

#[test]
fn text_in_a_language_not_offered() {
    broken(
        "facilities.toml",
        "[facility.text.en-US]",
        "[facility.text.en-us]",
        "facilities.toml:2:6: warning: facility \"glasses\" has text for \"en-us\", which this branch does not offer — did you mean `en-US`?",
    );
}

#[test]
fn missing_chinese_block() {
    broken(
        "facilities.toml",
        "[facility.text.zh-CN]\nname = \"老花镜\"\nwhere = \"柜台上。\"\nask = \"直接拿。\"\n",
        "",
        "facilities.toml:2:6: error: facility \"glasses\" has no Simplified Chinese text — add a `text.zh-CN` block with the Chinese text",
    );
}

#[test]
fn zero_days() {
    broken(
        "rights.toml",
        "days = 15",
        "days = 0",
        "rights.toml:83:8: error: a time limit of 0 days — write the number of days the rule gives, e.g. `days = 15`",
    );
}

#[test]
fn negative_days() {
    broken(
        "rights.toml",
        "days = 15",
        "days = -3",
        "rights.toml:83:8: error: invalid value: integer `-3`, expected u32 — write a whole number of days, e.g. `days = 15`",
    );
}

// ------------------------------------------------------ files that are not text

fn with_file(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = copy_of(MINIMAL);
    fs::write(dir.path().join(name), bytes).expect("write");
    dir
}

#[test]
fn gbk_file_from_old_notepad() {
    // "[[topic]]\ntitle = \"安全\"" saved as GBK: 安 = B0 B2, 全 = C8 AB.
    let mut bytes = b"[[topic]]\nid = \"x\"\ntitle = \"".to_vec();
    bytes.extend_from_slice(&[0xB0, 0xB2, 0xC8, 0xAB]);
    bytes.extend_from_slice(b"\"\n");
    let dir = with_file("fraud.toml", &bytes);
    expect(
        dir.path(),
        "fraud.toml:3:10: error: text is not UTF-8 (it looks like GBK/ANSI, as older Windows Notepad saves it) — open it in Notepad, choose File > Save As, and pick the encoding \"UTF-8\"",
    );
}

#[test]
fn utf16_file() {
    let dir = with_file("fraud.toml", &[0xFF, 0xFE, b'[', 0, b'[', 0]);
    expect(
        dir.path(),
        "fraud.toml:1:1: error: file is saved as UTF-16 (\"Unicode\") — open it in Notepad, choose File > Save As, and pick the encoding \"UTF-8\"",
    );
}

#[test]
fn binary_garbage() {
    let dir = with_file("facilities.toml", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    expect(
        dir.path(),
        "facilities.toml:1:1: error: file contains binary data, not text — restore the file from the bundled content or your backup",
    );
}

#[test]
fn empty_file() {
    let dir = with_file("facilities.toml", b"");
    expect(
        dir.path(),
        "facilities.toml:1:1: error: no `[[facility]]` items in this file — add at least one `[[facility]]` item",
    );
}

#[test]
fn fifty_megabyte_file() {
    let dir = with_file("rights.toml", &vec![b'#'; 50 * 1024 * 1024]);
    expect(
        dir.path(),
        "rights.toml:1:1: error: file is too large (51200 KB; the limit is 1024 KB) — content files are short text files; check that you saved the right file here",
    );
}

#[test]
fn missing_file() {
    let dir = copy_of(MINIMAL);
    fs::remove_file(dir.path().join("branch.toml")).expect("rm");
    expect(
        dir.path(),
        "branch.toml:1:1: error: file is missing — restore `branch.toml` from the bundled content or from your backup",
    );
}

#[test]
fn deeply_nested_value_is_an_error_not_a_crash() {
    let nested = format!("x = {}{}\n", "[".repeat(5000), "]".repeat(5000));
    let dir = with_file("facilities.toml", nested.as_bytes());
    let lines = problems(dir.path());
    assert!(lines.iter().any(|l| l.starts_with("facilities.toml:1:") && l.contains(": error: ")), "{lines:?}");
}

#[test]
fn all_problems_of_all_files_in_one_run() {
    let dir = copy_of(MINIMAL);
    replace(dir.path(), "fraud.toml", "title = \"安全账户\"", "titel = \"安全账户\"");
    replace(dir.path(), "facilities.toml", "icon = \"glasses\"", "icon = \"glases\"");
    replace(dir.path(), "branch.toml", "number = \"110\"", "number = \"11O\"");
    replace(dir.path(), "rights.toml", "days = 15", "days = 0");
    replace(dir.path(), "quiz.toml", "scam = true", "scam = 1");
    replace(dir.path(), "transfer-check.toml", "question = \"Is someone", "questoin = \"Is someone");
    let files: Vec<String> =
        problems(dir.path()).iter().map(|l| l.split(':').next().unwrap_or("").to_owned()).collect();
    assert_eq!(
        files,
        ["branch.toml", "fraud.toml", "facilities.toml", "rights.toml", "quiz.toml", "transfer-check.toml"]
    );
}

#[test]
fn a_folder_without_the_transfer_check_still_loads_and_says_what_is_left_out() {
    let dir = copy_of(MINIMAL);
    fs::remove_file(dir.path().join("transfer-check.toml")).expect("rm");
    expect(
        dir.path(),
        "transfer-check.toml:1:1: warning: file is missing; the screens it holds are left out — copy `transfer-check.toml` from the bundled content (assets/content) and adapt it",
    );
    let c = content::load(dir.path(), &ui_languages()).content.expect("a warning does not block");
    assert!(c.part::<TransferCheckFile>().is_none());
}

#[test]
fn the_transfer_checks_calm_screen_never_names_a_scam_and_asks_at_most_six() {
    let dir = copy_of(MINIMAL);
    replace(dir.path(), "transfer-check.toml", "lines = [\"工作人员马上过来。\"]", "lines = [\"您可能遇到了诈骗。\"]");
    expect(
        dir.path(),
        "transfer-check.toml:12:10: error: the calm screen says \"骗\"; it may be read aloud while a scammer listens on the phone — say what to do (don't transfer yet, a staff member is coming, hang up), not what you suspect",
    );
    let dir = copy_of(MINIMAL);
    let question = "[[question]]\nid = \"q{n}\"\n[question.text.zh-CN]\nquestion = \"有人让您转账吗？\"\n[question.text.en-US]\nquestion = \"Is someone telling you to send money?\"\n\n";
    let seven: String = (1..=6).map(|n| question.replace("{n}", &n.to_string())).collect();
    edit(dir.path(), "transfer-check.toml", |t| format!("{seven}{t}"));
    expect(
        dir.path(),
        "transfer-check.toml:44:6: error: 7 questions; at most 6 — someone being pressed on the phone will not answer more: keep the six most telling red flags",
    );
    let dir = copy_of(MINIMAL);
    replace(dir.path(), "transfer-check.toml", "id = \"on-the-phone\"", "id = \"stop\"");
    expect(
        dir.path(),
        "transfer-check.toml:2:6: error: a question may not be called \"stop\": that is the name of a screen — give the question another id, e.g. what it asks about",
    );
}

#[test]
fn random_bytes_never_panic() {
    // A small deterministic fuzz: mangle the fixture files byte by byte.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..200 {
        let dir = copy_of(MINIMAL);
        let file = content::files()[round % 4];
        let mut bytes = fs::read(dir.path().join(file)).expect("read");
        for _ in 0..(1 + next() % 6) {
            let at = (next() as usize) % bytes.len().max(1);
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, b"[]\"=.\n#"[(next() % 7) as usize]),
            }
        }
        fs::write(dir.path().join(file), &bytes).expect("write");
        let loaded = content::load(dir.path(), &ui_languages());
        for d in &loaded.diagnostics {
            assert!(d.line >= 1 && d.column >= 1 && !d.message.is_empty(), "{d}");
        }
    }
}
