//! Plays recordings with SoX, the sound tool Debian ships (`sox`): `gain` for
//! the kiosk's one loudness and the customer's volume, `tempo -s` for their
//! speed with the pitch kept (it is made for speech). Each recording is its own
//! process, so stopping is killing it, and its end is its exit.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::engine::{Sound, Voice};
use super::events::{Event, Events};

/// Where recordings are played.
#[derive(Clone, Debug)]
pub enum Output {
    /// The sound card (SoX's default device).
    Speakers,
    /// `<folder>/<utterance id>.wav`, for tests to measure what was played.
    Files(PathBuf),
}

struct Playing {
    child: Arc<Mutex<Child>>,
    stopped: Arc<AtomicBool>,
}

pub struct Player {
    output: Output,
    playing: Option<Playing>,
}

/// Speed steps as tempo: the recording as made at 0.
fn tempo(voice: Voice) -> f32 {
    1.0 + 0.1 * f32::from(voice.rate.clamp(Voice::MIN_RATE, Voice::MAX_RATE))
}

/// Volume steps as gain on top of the loudness: the voice's quiet, medium, loud.
fn volume_db(voice: Voice) -> f32 {
    [-6.0, 0.0, 3.0][usize::from(voice.volume.min(Voice::MAX_VOLUME))]
}

impl Player {
    pub fn new(output: Output) -> Self {
        Self { output, playing: None }
    }

    /// Starts playing `sound` (stopping whatever played); `Done(id)` when it
    /// has played to its end. An error means it cannot be played at all.
    pub fn play(&mut self, id: u64, sound: &Sound, voice: Voice, events: &Events) -> Result<(), String> {
        self.stop();
        let mut command = Command::new("sox");
        command.arg("-q").arg(&sound.path);
        match &self.output {
            Output::Speakers => command.arg("-d"),
            Output::Files(folder) => command.arg(folder.join(format!("{id}.wav"))),
        };
        // Louder only as far as the recording's peaks allow: it never clips.
        let gain = format!("{:.2}", sound.gain_db + volume_db(voice).min(sound.headroom_db));
        command.args(["gain", &gain, "tempo", "-s", &format!("{:.2}", tempo(voice))]);
        let child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot run sox to play {}: {e}", sound.path.display()))?;
        let playing = Playing { child: Arc::new(Mutex::new(child)), stopped: Arc::new(AtomicBool::new(false)) };
        let (child, stopped, events) = (playing.child.clone(), playing.stopped.clone(), events.clone());
        std::thread::Builder::new()
            .name("recording".into())
            .spawn(move || {
                wait_for_exit(&child);
                if !stopped.load(Ordering::SeqCst) {
                    events.push(Event::Done(id));
                }
            })
            .map_err(|e| format!("cannot watch the player: {e}"))?;
        self.playing = Some(playing);
        Ok(())
    }

    pub fn stop(&mut self) {
        if let Some(playing) = self.playing.take() {
            playing.stopped.store(true, Ordering::SeqCst);
            if let Ok(mut child) = playing.child.lock() {
                // Already ended is fine.
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

impl Drop for Player {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Polls rather than blocks in `wait`, so `stop` can take the lock and kill.
fn wait_for_exit(child: &Mutex<Child>) {
    loop {
        match child.lock().map(|mut c| c.try_wait()) {
            Ok(Ok(None)) => {}
            Ok(Ok(Some(_)) | Err(_)) | Err(_) => return,
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
