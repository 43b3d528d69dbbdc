//! Where the kiosk finds its bundled files. Looked up in the working
//! directory first (a kiosk deployed by `deploy/install.sh` runs from its
//! install folder), then where the Debian package puts them
//! (`/usr/share/elder-kiosk`, beside the program's `/usr/bin`), then in the
//! source tree it was built from (`cargo run`).

use std::path::PathBuf;

/// The Debian package's name: its files are under `/usr/share/<PACKAGE>`.
pub const PACKAGE: &str = "elder-kiosk";

fn bundled(relative: &str) -> PathBuf {
    let here = PathBuf::from(relative);
    if here.exists() {
        return here;
    }
    let packaged = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("share").join(PACKAGE).join(relative)));
    if let Some(packaged) = packaged.filter(|p| p.exists()) {
        return packaged;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The bundled demo content.
pub fn content_dir() -> PathBuf {
    bundled("assets/content")
}

/// A bundled sound, e.g. the call-staff chime.
pub fn sound(name: &str) -> PathBuf {
    bundled("assets/sounds").join(name)
}

/// Screen text in Fluent files, one folder per language.
pub fn locales_dir() -> PathBuf {
    bundled("locales")
}

/// The languages that have screen text: the folder names under `locales/`.
pub fn ui_languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(locales_dir())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    langs.sort();
    langs
}
