//! How loud a recording is, as EBU R128 measures it (the broadcast standard:
//! integrated loudness in LUFS, true peak in dBTP), and how much of it is
//! clipped.

/// What a recording measured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Loudness {
    /// Integrated loudness, LUFS (-inf for silence).
    pub lufs: f64,
    /// True peak over all channels, dBTP.
    pub peak_db: f64,
    /// Share of samples at full scale: a clipped recording has runs of them.
    pub clipped: f64,
    pub seconds: f64,
}

/// Measures a WAV file's bytes (PCM or float).
pub fn measure(bytes: &[u8]) -> Result<Loudness, String> {
    let mut reader = hound::WavReader::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a WAV file the kiosk can read ({e})"))?;
    let spec = reader.spec();
    let samples: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader.samples::<f32>().collect::<Result<_, _>>(),
        hound::SampleFormat::Int => {
            let full = (1_i64 << (spec.bits_per_sample.clamp(1, 32) - 1)) as f32;
            reader.samples::<i32>().map(|s| s.map(|s| s as f32 / full)).collect::<Result<_, _>>()
        }
    }
    .map_err(|e| format!("the sound data is damaged ({e})"))?;
    let channels = u32::from(spec.channels.max(1));
    let frames = samples.len() as f64 / f64::from(channels);
    let seconds = frames / f64::from(spec.sample_rate.max(1));
    if seconds < 0.3 {
        return Err(format!("only {seconds:.1} s of sound"));
    }
    let mode = ebur128::Mode::I | ebur128::Mode::TRUE_PEAK;
    let mut meter = ebur128::EbuR128::new(channels, spec.sample_rate, mode).map_err(|e| format!("{e:?}"))?;
    meter.add_frames_f32(&samples).map_err(|e| format!("{e:?}"))?;
    let lufs = meter.loudness_global().map_err(|e| format!("{e:?}"))?;
    let peak = (0..channels).filter_map(|c| meter.true_peak(c).ok()).fold(0.0_f64, f64::max);
    let at_full_scale = samples.iter().filter(|s| s.abs() >= 0.999).count();
    Ok(Loudness {
        lufs,
        peak_db: 20.0 * peak.max(1e-9).log10(),
        clipped: at_full_scale as f64 / samples.len().max(1) as f64,
        seconds,
    })
}
