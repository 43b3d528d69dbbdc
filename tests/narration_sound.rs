//! Recordings played for real, in turn with the real voice: the speech
//! thread, speech-dispatcher and espeak-ng for the text, SoX for recordings
//! (written to files here instead of the sound card, to be measured). Two
//! recordings 20 dB apart come out at one loudness; the customer's speed
//! changes a recording's length, not its pitch; stop ends it at once.

mod support;

use std::path::Path;
use std::time::Duration;

use kiosk::content::narration::{Narration, Recording, TARGET_LUFS};
use kiosk::speech::{Engine, Event, Output, Sound, Speech, Status, TtsEngine, Utterance, Voice};
use support::sound::{measured, write_voice_like};
use support::speechd::headless_speech_dispatcher;
use support::wait_for;

const QUIET: &str = "这是一段轻声的录音。";
const LOUD: &str = "这是一段大声的录音。";

/// RMS level in dB of a WAV file's samples: a plain measure, apart from the
/// loudness meter the kiosk uses to set the gain.
fn rms_db(path: &Path) -> f64 {
    let mut reader = hound::WavReader::open(path).expect("a WAV file");
    let full = f64::from(1_u32 << (reader.spec().bits_per_sample - 1));
    let samples: Vec<f64> = reader.samples::<i32>().map(|s| f64::from(s.expect("sample")) / full).collect();
    let mean = samples.iter().map(|s| s * s).sum::<f64>() / samples.len().max(1) as f64;
    10.0 * mean.max(1e-12).log10()
}

/// A named pipe fed a WAV header and then a tenth of a second of tone at a
/// time, for as long as anyone reads it: a recording that never ends.
fn endless_recording(path: &Path) -> Recording {
    let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).expect("path");
    // SAFETY: a plain system call on a path we own.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    let fifo = path.to_path_buf();
    std::thread::spawn(move || {
        use std::io::Write;
        let Ok(mut pipe) = std::fs::OpenOptions::new().write(true).open(&fifo) else { return };
        let mut header = Vec::new();
        for part in [
            &b"RIFF"[..],
            &u32::MAX.to_le_bytes(),
            b"WAVEfmt ",
            &16u32.to_le_bytes(),
            &1u16.to_le_bytes(),
            &1u16.to_le_bytes(),
            &16_000u32.to_le_bytes(),
            &32_000u32.to_le_bytes(),
            &2u16.to_le_bytes(),
            &16u16.to_le_bytes(),
            b"data",
            &(u32::MAX - 36).to_le_bytes(),
        ] {
            header.extend_from_slice(part);
        }
        let tone: Vec<u8> =
            (0..1600).flat_map(|i| (((i as f32 * 0.1178).sin() * 3000.0) as i16).to_le_bytes()).collect();
        // Ends when the reader is gone (the write fails).
        let _ = pipe.write_all(&header);
        while pipe.write_all(&tone).is_ok() {
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    Recording { path: path.to_path_buf(), gain_db: 0.0, headroom_db: 0.0, seconds: 3600.0 }
}

fn sound(r: &Recording) -> Option<Sound> {
    Some(Sound { path: r.path.clone(), gain_db: r.gain_db, headroom_db: r.headroom_db })
}

fn say_and_wait(speech: &Speech, utterance: Utterance, seen: &mut Vec<u64>) {
    let id = utterance.id;
    speech.say(utterance);
    let done = wait_for(Duration::from_secs(30), || {
        let events: Vec<u64> = speech.take_events().into_iter().map(|Event::Done(id)| id).collect();
        seen.extend(&events);
        events.contains(&id).then_some(())
    });
    assert!(done.is_some(), "utterance {id} never finished; finished so far: {seen:?}");
}

/// Child processes of this test named `sox`.
fn sox_children() -> usize {
    let me = std::process::id().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else { return 0 };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter(|stat| stat.contains("(sox)") && stat.split(") ").nth(1).and_then(|r| r.split(' ').nth(1)) == Some(&me))
        .count()
}

#[test]
fn recordings_play_in_turn_with_the_voice_at_one_loudness_and_the_customers_speed() {
    let home = tempfile::tempdir().expect("temp home");
    headless_speech_dispatcher(home.path());
    let played = tempfile::tempdir().expect("played");
    let out = played.path().to_path_buf();
    let speech = Speech::start(move || {
        TtsEngine::with_player("zh-CN", Output::Files(out.clone())).map(|e| Box::new(e) as Box<dyn Engine>)
    });
    let status = wait_for(Duration::from_secs(30), || Some(speech.status()).filter(|s| *s != Status::Starting));
    assert_eq!(status, Some(Status::Ready), "speech-dispatcher did not start");

    // Recorded 20 dB apart, as two staff members with two phones might.
    let content = tempfile::tempdir().expect("content");
    let folder = content.path().join("narration");
    let fp = kiosk::content::narration::fingerprint;
    write_voice_like(&folder.join(format!("quiet.zh-CN.{}.wav", fp(QUIET))), 2.0, 0.05);
    write_voice_like(&folder.join(format!("loud.zh-CN.{}.wav", fp(LOUD))), 2.0, 0.5);
    let mut problems = Vec::new();
    let narration = Narration::scan(content.path(), &mut problems);
    assert!(problems.is_empty(), "{problems:#?}");
    let (quiet, loud) =
        (narration.find("zh-CN", QUIET).expect("quiet").clone(), narration.find("zh-CN", LOUD).expect("loud").clone());

    // Voice, recording, voice, recording: each in turn, each reported done.
    let mut seen = Vec::new();
    let voice = |id, text: &str| Utterance::spoken(id, "zh-CN", text, Voice::DEFAULT);
    let recorded =
        |id, r: &Recording, v: Voice| Utterance { recording: sound(r), ..Utterance::spoken(id, "zh-CN", "", v) };
    say_and_wait(&speech, voice(1, "第一句，由语音朗读。"), &mut seen);
    say_and_wait(&speech, recorded(2, &quiet, Voice::DEFAULT), &mut seen);
    say_and_wait(&speech, voice(3, "第三句，又由语音朗读。"), &mut seen);
    say_and_wait(&speech, recorded(4, &loud, Voice::DEFAULT), &mut seen);
    assert_eq!(seen, [1, 2, 3, 4], "in order, one at a time");
    let p = played.path();
    assert!(!p.join("1.wav").exists() && !p.join("3.wav").exists(), "texts were read by the voice, not played");

    // One loudness, measured on what was played.
    let (q_in, l_in) = (rms_db(&quiet.path), rms_db(&loud.path));
    let (q_out, l_out) = (rms_db(&p.join("2.wav")), rms_db(&p.join("4.wav")));
    assert!(l_in - q_in > 19.0, "recorded {:.1} dB apart", l_in - q_in);
    assert!((l_out - q_out).abs() < 1.0, "played {q_out:.1} and {l_out:.1} dB RMS");
    for file in ["2.wav", "4.wav"] {
        let lufs = measured(&p.join(file)).lufs;
        assert!((lufs - TARGET_LUFS).abs() < 1.0, "{file}: {lufs:.1} LUFS, target {TARGET_LUFS}");
    }

    // Slowest: the same recording, 1.25 times as long (tempo 0.8, pitch kept).
    let slow = Voice { rate: Voice::MIN_RATE, ..Voice::DEFAULT };
    say_and_wait(&speech, recorded(5, &quiet, slow), &mut seen);
    let (before, after) = (measured(&quiet.path).seconds, measured(&p.join("5.wav")).seconds);
    assert!((after / before - 1.25).abs() < 0.05, "{before:.2} s played in {after:.2} s");
    // Quietest volume step: 6 dB under the one loudness.
    say_and_wait(&speech, recorded(6, &quiet, Voice { volume: 0, ..Voice::DEFAULT }), &mut seen);
    let lower = q_out - rms_db(&p.join("6.wav"));
    assert!((lower - 6.0).abs() < 1.0, "{lower:.1} dB quieter");

    // Stop: the player ends at once and never reports the recording done.
    // (Written to a file, a recording plays faster than real time; one that
    // never ends is a pipe the test keeps feeding.)
    let endless = endless_recording(&p.join("endless.wav"));
    speech.say(recorded(7, &endless, Voice::DEFAULT));
    assert!(wait_for(Duration::from_secs(10), || (sox_children() > 0).then_some(())).is_some(), "sox plays");
    speech.stop();
    assert!(wait_for(Duration::from_secs(10), || (sox_children() == 0).then_some(())).is_some(), "sox stopped");
    say_and_wait(&speech, voice(8, "停了。"), &mut seen);
    assert_eq!(&seen[seen.len() - 1..], [8], "the stopped recording is not reported done: {seen:?}");
    assert!(!seen.contains(&7));
}
