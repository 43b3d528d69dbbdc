//! A voice that is a speech-dispatcher output module named in the settings:
//! the voice contract. Any engine a bank licenses can be wrapped as one
//! (speech-dispatcher's generic module runs a command per text), and the
//! reference natural voice is one (deploy/voice/). The `tts` crate speaks with
//! speech-dispatcher's default module only, so this voice has its own SSIP
//! connection, set once to its module, beside the crate's.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use speech_dispatcher::{Connection, Mode, Notification, Priority};

use super::events::{Event, Events};

type Pending = Arc<Mutex<HashMap<u64, u64>>>;

pub struct ModuleVoice {
    connection: Connection,
    /// speech-dispatcher's message ids of texts still being read, to ours.
    pending: Pending,
}

// SAFETY: libspeechd's threaded mode may be called from any thread, and the
// connection is made and used on the speech thread only; `Send` lets the
// engine that owns it be boxed there.
unsafe impl Send for ModuleVoice {}

impl ModuleVoice {
    /// Connects with `module` for `lang` ("zh-CN": speech-dispatcher's "zh").
    /// Fails if speech-dispatcher has no such module.
    pub fn open(module: &str, lang: &str, events: &Events) -> Result<Self, String> {
        let failed = |what: &str| format!("voice {module}: {what} failed");
        let connection = Connection::open("elder-kiosk", "voice", "kiosk", Mode::Threaded)
            .map_err(|e| format!("voice {module}: no speech-dispatcher ({e})"))?;
        let modules = connection.list_output_modules().map_err(|_| failed("listing the modules"))?;
        if !modules.iter().any(|m| m == module) {
            return Err(format!("speech-dispatcher has no module \"{module}\" (it has {})", modules.join(", ")));
        }
        connection.set_output_module(module).map_err(|_| failed("choosing the module"))?;
        let primary = lang.split('-').next().unwrap_or(lang);
        connection.set_language(primary).map_err(|_| failed("setting the language"))?;
        for kind in [Notification::End, Notification::Cancel] {
            connection.set_notification_on(kind).map_err(|_| failed("asking for notifications"))?;
        }
        let pending = Pending::default();
        for cancelled in [false, true] {
            let (pending, events) = (pending.clone(), events.clone());
            // Runs on libspeechd's thread: only hand the news over.
            let report = Box::new(move |message: usize, _client: usize| {
                let ours = pending.lock().ok().and_then(|mut p| p.remove(&(message as u64)));
                if let Some(ours) = ours {
                    events.push(Event::Done(ours));
                }
            });
            if cancelled { connection.on_cancel(Some(report)) } else { connection.on_end(Some(report)) }
        }
        Ok(Self { connection, pending })
    }

    /// Reads `text` as utterance `id` at speech-dispatcher's `rate` and
    /// `volume` (-100..=100), interrupting this voice.
    pub fn speak(&mut self, id: u64, text: &str, rate: i32, volume: i32) -> Result<(), String> {
        self.stop();
        let _ = self.connection.set_voice_rate(rate);
        let _ = self.connection.set_volume(volume);
        // Held across `say`, so the end cannot be reported before it is noted.
        let mut pending = self.pending.lock().map_err(|_| "voice state lost".to_owned())?;
        let message = self.connection.say(Priority::Text, text).ok_or_else(|| "speech failed".to_owned())?;
        pending.insert(message, id);
        Ok(())
    }

    pub fn stop(&mut self) {
        let _ = self.connection.cancel();
    }
}
