//! The lobby PC's systemd unit, as a bank's security review reads it: the
//! exposure score systemd itself gives it, no way to switch to a login
//! prompt, and nothing writable but the kiosk's own settings and state.

use std::path::Path;
use std::process::Command;

fn unit() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/elder-kiosk.service")
}

#[test]
fn systemd_rates_the_unit_at_most_3() {
    let out = Command::new("systemd-analyze")
        .args(["security", "--offline=yes", "--no-pager"])
        .arg(unit())
        .output()
        .expect("systemd-analyze runs (Debian package systemd; ./x test installs it)");
    let text = String::from_utf8_lossy(&out.stdout);
    let score: f64 = text
        .lines()
        .find_map(|l| l.split("Overall exposure level for elder-kiosk.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no score in:\n{text}{}", String::from_utf8_lossy(&out.stderr)));
    assert!(score <= 3.0, "exposure {score} (at most 3.0):\n{text}");
}

#[test]
fn no_way_out_and_nothing_writable_but_the_kiosks_own_files() {
    let text = std::fs::read_to_string(unit()).expect("unit");
    let value =
        |key: &str| text.lines().filter_map(|l| l.strip_prefix(key)).map(str::to_owned).collect::<Vec<_>>().join(" ");
    let exec = value("ExecStart=");
    assert!(exec.starts_with("/usr/bin/cage -- "), "cage without -s (no VT switching): {exec}");
    assert_eq!(value("ProtectSystem="), "strict");
    let writable = value("ReadWritePaths=");
    assert!(!writable.is_empty() && writable.split(' ').all(|p| p.contains("/elder-kiosk")), "{writable}");
    assert!(!writable.contains("/srv/elder-kiosk"), "the content belongs to the staff group: {writable}");
    assert_eq!(value("UMask="), "0077");
    // What the Debian package adds to the PC (deploy/check-package.sh installs it
    // for real): the keys that do nothing, and content owned by the staff group.
    let debian = unit().with_file_name("debian");
    let read = |name: &str| std::fs::read_to_string(debian.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(read("sysctl.conf").contains("kernel.sysrq = 0"));
    assert!(read("logind.conf").contains("HandlePowerKey=ignore"));
    let postinst = read("postinst");
    for step in ["ctrl-alt-del.target", "root:kiosk-staff", "/srv/elder-kiosk/content"] {
        assert!(postinst.contains(step), "postinst does `{step}`");
    }
    for script in ["postinst", "postrm"] {
        let syntax = Command::new("sh").arg("-n").arg(debian.join(script)).status().expect("sh");
        assert!(syntax.success(), "{script} parses");
    }
}
