//! Command line: `kiosk` (desktop demo), `kiosk --kiosk` (lobby), `kiosk check`,
//! `kiosk schema`. Staff-facing output is plain English/Chinese-neutral text.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::{self, Severity};
use crate::paths;

#[derive(Parser, Debug)]
#[command(name = "kiosk", version, about = "长辈版 lobby kiosk for bank branches")]
pub struct Cli {
    /// Run as the lobby kiosk: full screen, no way out for customers.
    #[arg(long)]
    pub kiosk: bool,
    /// Content folder to show (default: the bundled demo content).
    #[arg(long, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Measure: draw this many frames continuously, print start-up and frame
    /// times, then quit (for the benchmark script; not for customers).
    #[arg(long, value_name = "FRAMES", hide = true)]
    pub bench_frames: Option<usize>,
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
    /// Write JSON Schemas of the content files, for editors with a TOML language server.
    Schema {
        /// Where to write them (default: `schema/` inside the bundled content folder).
        dir: Option<PathBuf>,
    },
}

/// Runs a staff command; `None` means "start the app".
pub fn run_command(cli: &Cli) -> Option<ExitCode> {
    match &cli.command {
        Some(Command::Check { dir }) => Some(check(&dir.clone().unwrap_or_else(paths::content_dir))),
        Some(Command::Schema { dir }) => {
            let dir = dir.clone().unwrap_or_else(|| paths::content_dir().join("schema"));
            Some(write_schemas(&dir))
        }
        None => None,
    }
}

pub fn check(dir: &Path) -> ExitCode {
    let loaded = content::load(dir, &paths::ui_languages());
    println!("Checking {}", dir.display());
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
