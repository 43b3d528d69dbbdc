use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = kiosk::cli::Cli::parse();
    if let Some(code) = kiosk::cli::run_command(&cli) {
        return code;
    }
    kiosk::app::run(cli.app_config(started))
}
