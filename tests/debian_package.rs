//! The Debian package as a branch meets it: built with cargo-deb, rated by
//! lintian, then installed, upgraded and purged on a clean Debian 12 root by
//! `deploy/check-package.sh` (README "Setting up a lobby PC"), with the bill of
//! materials built beside it (`deploy/sbom.sh`). Needs root, debootstrap and a
//! Debian mirror, as CI has (`./x test` installs the tools).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(command: &mut Command) -> String {
    let out = command.output().unwrap_or_else(|e| panic!("{command:?}: {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{command:?} failed:\n{text}");
    text
}

/// Builds the package (the release build), and the same files again as a
/// newer version, for the upgrade.
fn packages() -> (PathBuf, PathBuf) {
    let dir = repo().join("target/debian-test");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("target/debian-test");
    // Each in a folder of its own: cargo-deb clears other packages from where it writes.
    let (old, new) = (dir.join("old/elder-kiosk.deb"), dir.join("new/elder-kiosk.deb"));
    for folder in ["old", "new"] {
        std::fs::create_dir_all(dir.join(folder)).expect("package folder");
    }
    run(Command::new("cargo").current_dir(repo()).args(["deb", "--locked", "--output"]).arg(&old));
    let version = run(Command::new("dpkg-deb").arg("-f").arg(&old).arg("Version"));
    let newer = format!("{}+upgrade", version.trim());
    run(Command::new("cargo")
        .current_dir(repo())
        .args(["deb", "--no-build", "--deb-version", &newer, "--output"])
        .arg(&new));
    (old, new)
}

#[test]
fn the_package_passes_lintian_and_installs_upgrades_and_purges_on_a_clean_debian() {
    let uid = run(Command::new("id").arg("-u"));
    assert_eq!(uid.trim(), "0", "installing on a debootstrap root needs root (CI runs as root)");
    let (old, new) = packages();
    let lintian = run(Command::new("lintian").args(["--fail-on", "error,warning", "--no-tag-display-limit"]).arg(&old));
    assert!(!lintian.contains("E: ") && !lintian.contains("W: "), "lintian:\n{lintian}");
    let sbom = old.with_extension("cdx.json");
    run(Command::new("bash").arg(repo().join("deploy/sbom.sh")).arg(&old).arg(&sbom));
    the_bill_of_materials_lists_every_crate_and_debian_dependency(&old, &sbom);
    // The clean root then shows that the Debian versions it lists are the ones a branch gets.
    let check = run(Command::new("bash").arg(repo().join("deploy/check-package.sh")).arg(&old).arg(&new).arg(&sbom));
    let dependencies = run(Command::new("dpkg-deb").arg("-f").arg(&old).arg("Depends")).split(", ").count();
    assert!(check.contains(&format!("the bill of materials names the {dependencies} Debian packages")), "{check}");
    assert!(check.contains("package check passed"), "{check}");
}

/// The crates cargo builds into the program, as `cargo tree` reads Cargo.lock
/// (not through cargo-cyclonedx): "name@version".
fn crates_built_into_the_program() -> BTreeSet<String> {
    let tree = run(Command::new("cargo").current_dir(repo()).args([
        "tree",
        "--locked",
        "--quiet",
        "-e",
        "normal,build",
        "--target",
        "x86_64-unknown-linux-gnu",
        "--prefix",
        "none",
        "-f",
        "{p}",
    ]));
    tree.lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some(format!("{}@{}", words.next()?, words.next()?.strip_prefix('v')?))
        })
        .collect()
}

fn text<'a>(component: &'a Value, field: &str) -> &'a str {
    component[field].as_str().unwrap_or_else(|| panic!("a component without {field}: {component}"))
}

fn the_bill_of_materials_lists_every_crate_and_debian_dependency(deb: &Path, sbom: &Path) {
    let text_of_sbom = std::fs::read_to_string(sbom).expect("the bill of materials");
    let bom: Value = serde_json::from_str(&text_of_sbom).expect("CycloneDX JSON");
    assert_eq!(bom["bomFormat"], "CycloneDX");
    assert_eq!(bom["specVersion"], "1.5");
    assert_eq!(bom["metadata"]["component"]["name"], "elder-kiosk");
    let components = bom["components"].as_array().expect("components");
    let of = |kind: &'static str| components.iter().filter(move |c| text(c, "purl").starts_with(kind));
    let has_licence = |c: &Value| c["licenses"].as_array().is_some_and(|l| !l.is_empty());
    let has_checksum = |c: &Value| c["hashes"][0]["alg"] == "SHA-256";

    let listed: BTreeSet<String> =
        of("pkg:cargo/").map(|c| format!("{}@{}", text(c, "name"), text(c, "version"))).collect();
    assert_eq!(listed, crates_built_into_the_program(), "the crates listed and the crates built differ");
    for c in of("pkg:cargo/") {
        assert!(has_licence(c), "no licence for {c}");
        // Every crate from crates.io carries its checksum; only the kiosk itself is local.
        assert!(has_checksum(c) || text(c, "name") == "elder-kiosk", "no checksum for {c}");
    }

    let depends = run(Command::new("dpkg-deb").arg("-f").arg(deb).arg("Depends"));
    let debian: Vec<&Value> = of("pkg:deb/debian/").collect();
    for dependency in depends.trim().split(", ") {
        let name = dependency.split_whitespace().next().expect("a package name");
        let listed = debian.iter().find(|c| text(c, "name") == name).unwrap_or_else(|| panic!("{name} is not listed"));
        assert!(has_licence(listed) && has_checksum(listed), "{listed}");
        if let Some(relation) = dependency.split_once('(') {
            let (op, version) = relation.1.trim_end_matches(')').split_once(' ').expect("a relation");
            let op = match op {
                ">=" => "ge",
                "<=" => "le",
                "=" => "eq",
                ">>" => "gt",
                "<<" => "lt",
                other => panic!("relation {other}"),
            };
            let meets = Command::new("dpkg")
                .args(["--compare-versions", text(listed, "version"), op, version.trim()])
                .status()
                .expect("dpkg");
            assert!(meets.success(), "{name} {} does not meet {dependency}", text(listed, "version"));
        }
    }
    assert_eq!(debian.len(), depends.trim().split(", ").count(), "Debian packages listed beyond the dependencies");
}
