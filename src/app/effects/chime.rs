//! The call-staff chime on the kiosk itself: a short bundled sound played by
//! the system's player on its own thread (nothing waits for it).

use std::process::{Command, Stdio};

pub fn play() {
    let sound = crate::paths::sound("chime.wav");
    let spawned = std::thread::Builder::new().name("chime".into()).spawn(move || {
        // aplay (ALSA) is on every Debian desktop; paplay when PulseAudio runs.
        for player in ["aplay", "paplay"] {
            let mut cmd = Command::new(player);
            if player == "aplay" {
                cmd.arg("-q");
            }
            let ok = cmd.arg(&sound).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success());
            if ok {
                return;
            }
        }
        log::warn!("could not play the call-staff chime {}", sound.display());
    });
    if let Err(e) = spawned {
        log::warn!("cannot start the chime: {e}");
    }
}
