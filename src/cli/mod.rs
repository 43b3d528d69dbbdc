//! Command line: `kiosk` (desktop demo), `kiosk --kiosk` (lobby), `kiosk check`,
//! `kiosk schema`, `kiosk narration`. Staff-facing output is plain English/Chinese-neutral text.

mod narration;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::app::AppConfig;
use crate::content::{self, Severity};
use crate::paths;
use crate::speech::{Engine, Speech, TtsEngine};
use crate::staff::StaffFiles;

#[derive(Parser, Debug)]
#[command(name = "kiosk", version, about = "长辈版 lobby kiosk for bank branches")]
pub struct Cli {
    /// Run as the lobby kiosk: full screen, no way out for customers. With
    /// `check`: check for a lobby kiosk (sample phone numbers are errors).
    #[arg(long, global = true)]
    pub kiosk: bool,
    /// Content folder to show (default: the bundled demo content).
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Settings file (default: the platform's config folder,
    /// ~/.config/elder-kiosk/settings.toml on Linux).
    #[arg(long, value_name = "FILE", global = true)]
    pub settings: Option<PathBuf>,
    /// Folder for the PIN lock and usage counts (default:
    /// ~/.local/share/elder-kiosk on Linux).
    #[arg(long, value_name = "DIR", global = true)]
    pub state: Option<PathBuf>,
    /// Measure: draw this many frames continuously, print start-up and frame
    /// times, then quit (for the benchmark script; not for customers).
    #[arg(long, value_name = "FRAMES", hide = true)]
    pub bench_frames: Option<usize>,
    /// Who draws the screen: `gl` (OpenGL, for a PC with a GPU), `cpu` (no GPU
    /// needed) or `auto`: `cpu` when OpenGL would run in software.
    #[arg(long, value_enum, default_value_t = crate::app::Renderer::Auto)]
    pub renderer: crate::app::Renderer,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check a content folder and list every problem as file:line:column.
    Check {
        /// The content folder (default: the bundled demo content).
        dir: Option<PathBuf>,
    },
    /// List, per language, the texts read aloud that have a person's
    /// recording, those still to record (with the file name each takes) and
    /// stale recordings (their text changed).
    Narration {
        /// The content folder (default: the bundled demo content).
        dir: Option<PathBuf>,
    },
    /// Write JSON Schemas of the content files, for editors with a TOML language server.
    Schema {
        /// Where to write them (default: `schema/` inside the bundled content folder).
        dir: Option<PathBuf>,
    },
    /// Set the staff PIN (4–12 digits), read from the terminal or standard input.
    /// Only its argon2 hash is stored, in the settings file.
    SetPin,
    /// Print the anonymous usage counts.
    Stats {
        /// As CSV: date,kind,item,count.
        #[arg(long)]
        csv: bool,
    },
    /// Content from head office: `status` (version on screen, last check) or
    /// `rollback` (back to the version before; the kiosk switches at once).
    Content {
        #[arg(value_parser = ["status", "rollback"])]
        action: String,
    },
}

impl Cli {
    /// Where the settings and state files are.
    pub fn staff_files(&self) -> StaffFiles {
        let mut files = StaffFiles::platform();
        if let Some(s) = &self.settings {
            files.settings = s.clone();
        }
        if let Some(d) = &self.state {
            files.state_dir = d.clone();
        }
        files
    }

    /// How to start the app: bundled content unless told otherwise, the real
    /// speech engine, this machine's staff files.
    pub fn app_config(&self, started: std::time::Instant) -> AppConfig {
        let mut config = AppConfig::bundled(self.kiosk);
        config.renderer = self.renderer;
        if let Some(frames) = self.bench_frames {
            config.bench(frames, started);
        }
        // The voice per language (settings' `[voices]`) is chosen once, at start.
        let voices = crate::staff::SettingsFile::load(&self.staff_files().settings).settings.voices;
        config.speech = Speech::start(move || {
            TtsEngine::new(crate::lang::BASE).map(|e| Box::new(e.with_voices(&voices)) as Box<dyn Engine>)
        });
        if let Some(dir) = &self.content {
            config.content_dir = dir.clone();
        }
        config.staff_files = Some(self.staff_files());
        config.monitor_diagonal_inches = crate::app::monitor_diagonal_inches();
        crate::app::fleet::follow(&mut config, &self.staff_files());
        config
    }
}

/// Runs a staff command; `None` means "start the app".
pub fn run_command(cli: &Cli) -> Option<ExitCode> {
    match &cli.command {
        Some(Command::Check { dir }) => Some(check(&dir.clone().unwrap_or_else(paths::content_dir), cli.kiosk)),
        Some(Command::Narration { dir }) => Some(narration::print(&dir.clone().unwrap_or_else(paths::content_dir))),
        Some(Command::Schema { dir }) => {
            let dir = dir.clone().unwrap_or_else(|| paths::content_dir().join("schema"));
            Some(write_schemas(&dir))
        }
        Some(Command::SetPin) => Some(set_pin(&cli.staff_files())),
        Some(Command::Stats { csv }) => Some(print_stats(&cli.staff_files().state_dir, *csv)),
        Some(Command::Content { action }) => Some(crate::app::fleet::command(&cli.staff_files(), action)),
        None => None,
    }
}

fn read_pin() -> std::io::Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("New staff PIN (4–12 digits): ")?;
        let again = rpassword::prompt_password("The same PIN again: ")?;
        if first != again {
            return Err(std::io::Error::other("the two PINs differ"));
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        Ok(line.trim().to_owned())
    }
}

fn set_pin(files: &StaffFiles) -> ExitCode {
    let settings = files.settings.as_path();
    let pin = match read_pin() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("PIN not set: {e}");
            return ExitCode::from(1);
        }
    };
    let hash = match crate::staff::pin::hash(&pin) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("PIN not set: {e}");
            return ExitCode::from(1);
        }
    };
    let mut file = crate::staff::SettingsFile::load(settings);
    if let Some(note) = &file.note {
        eprintln!("note: {note}");
    }
    file.settings.pin_hash = Some(hash);
    match file.save() {
        Ok(()) => {
            println!("PIN set (argon2 hash in {}).", settings.display());
            // A new PIN ends a lock from wrong tries (the only way out of the 10-try lock).
            match std::fs::remove_file(files.pin_lock()) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    eprintln!("the PIN lock could not be cleared ({}): {e}", files.pin_lock().display());
                    return ExitCode::from(1);
                }
                _ => {}
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("PIN not set: {e}");
            ExitCode::from(1)
        }
    }
}

fn print_stats(state_dir: &Path, csv: bool) -> ExitCode {
    let stats = crate::staff::stats::Stats::load(
        &StaffFiles { settings: Default::default(), state_dir: state_dir.to_owned() }.usage(),
    );
    let text = stats.to_csv(&crate::ui::sections::usage_kinds());
    if csv {
        print!("{text}");
    } else {
        println!("Usage counts in {} (date, kind, item, count):", state_dir.display());
        for line in text.lines().skip(1) {
            println!("  {}", line.replace(',', "  "));
        }
    }
    ExitCode::SUCCESS
}

pub fn check(dir: &Path, for_kiosk: bool) -> ExitCode {
    let mut loaded = content::load_for(dir, &paths::ui_languages(), for_kiosk);
    let purpose = if for_kiosk { " for a lobby kiosk" } else { "" };
    println!("Checking {}{purpose}", dir.display());
    if let Some(content) = &loaded.content {
        let i18n = crate::i18n::I18n::load(&paths::locales_dir());
        loaded.diagnostics.extend(narration::diagnostics(content, &i18n));
    }
    for d in &loaded.diagnostics {
        println!("{d}");
    }
    let errors = loaded.error_count();
    let warnings = loaded.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    if errors == 0 {
        println!("OK: the content can be shown ({warnings} warning(s)).");
        ExitCode::SUCCESS
    } else {
        println!(
            "{errors} error(s), {warnings} warning(s). The kiosk keeps showing its last good content until these are fixed."
        );
        ExitCode::from(1)
    }
}

fn write_schemas(dir: &Path) -> ExitCode {
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    for (name, text) in content::schema::all() {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::from(1);
        }
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
