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
