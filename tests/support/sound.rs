//! Sound files for tests: a stand-in for a person's recording, and what a
//! played file measured.

use std::path::Path;

/// `seconds` of a 300 Hz tone that swells four times a second, like speech,
/// at `amplitude` (full scale 1.0), as 16 kHz 16-bit mono WAV.
pub fn write_voice_like(path: &Path, seconds: f32, amplitude: f32) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: 16_000,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).expect("wav");
    let n = (seconds * 16_000.0) as usize;
    for i in 0..n {
        let t = i as f32 / 16_000.0;
        let swell = 0.5 + 0.5 * (std::f32::consts::TAU * 4.0 * t).sin();
        let s = amplitude * swell * (std::f32::consts::TAU * 300.0 * t).sin();
        w.write_sample((s * f32::from(i16::MAX)) as i16).expect("sample");
    }
    w.finalize().expect("finalize");
}

/// Loudness (EBU R128) and length of a WAV file, measured by the kiosk's own meter.
pub fn measured(path: &Path) -> kiosk::content::narration::Loudness {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    kiosk::content::narration::measure(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
