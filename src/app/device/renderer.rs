//! Which renderer draws the kiosk: eframe + OpenGL where there is a GPU, our
//! CPU renderer where OpenGL would only run in software (Mesa's llvmpipe,
//! softpipe, swrast): pushing every full frame through software OpenGL costs a
//! lobby PC 40 ms and 50 MiB that the CPU renderer does not need.

use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Renderer {
    /// `cpu` without a GPU, `gl` with one.
    #[default]
    Auto,
    /// The CPU renderer (softbuffer): no GPU or OpenGL needed.
    Cpu,
    /// eframe with OpenGL (glow).
    Gl,
}

/// What `auto` chose and why, for the log.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    pub cpu: bool,
    pub why: String,
}

/// Names in a GL_RENDERER string that mean "drawn in software".
const SOFTWARE_GL: [&str; 4] = ["llvmpipe", "softpipe", "swrast", "software"];

pub fn is_software_gl(renderer_name: &str) -> bool {
    let name = renderer_name.to_lowercase();
    SOFTWARE_GL.iter().any(|s| name.contains(s))
}

/// Decides from what Mesa itself decides from: a forced software driver, or no
/// GPU render node (`/dev/dri/renderD*`) to draw with.
pub fn choose(asked: Renderer, env: impl Fn(&str) -> Option<String>, dri: &Path) -> Choice {
    let choice = |cpu: bool, why: &str| Choice { cpu, why: why.to_owned() };
    match asked {
        Renderer::Cpu => return choice(true, "--renderer cpu"),
        Renderer::Gl => return choice(false, "--renderer gl"),
        Renderer::Auto => {}
    }
    let set = |name: &str| env(name).is_some_and(|v| !v.is_empty() && v != "0" && v != "false");
    if set("LIBGL_ALWAYS_SOFTWARE") {
        return choice(true, "LIBGL_ALWAYS_SOFTWARE is set: OpenGL would run in software");
    }
    if let Some(driver) = env("GALLIUM_DRIVER").filter(|d| is_software_gl(d)) {
        return choice(true, &format!("GALLIUM_DRIVER={driver}: OpenGL would run in software"));
    }
    let has_render_node = std::fs::read_dir(dri)
        .map(|dir| dir.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false);
    if has_render_node {
        choice(false, "a GPU render node is present")
    } else {
        choice(true, &format!("no GPU: {} has no render node", dri.display()))
    }
}

/// Replaces this process with the same kiosk on the CPU renderer (same PID, so
/// systemd's watchdog follows it). Returns only if that failed.
pub fn restart_on_cpu() -> std::io::Error {
    use std::os::unix::process::CommandExt as _;
    match std::env::current_exe() {
        Ok(exe) => std::process::Command::new(exe).args(cpu_args(std::env::args_os().skip(1))).exec(),
        Err(e) => e,
    }
}

/// The same command line with `--renderer cpu` instead of any renderer given.
fn cpu_args(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut kept = Vec::new();
    let mut skip_value = false;
    for arg in args {
        let text = arg.to_string_lossy();
        if std::mem::take(&mut skip_value) {
            continue;
        }
        skip_value = text == "--renderer";
        if !skip_value && !text.starts_with("--renderer=") {
            kept.push(arg);
        }
    }
    kept.extend(["--renderer".into(), "cpu".into()]);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn a_machine_without_a_render_node_draws_on_the_cpu() {
        let empty = tempfile::tempdir().expect("temp dir");
        assert!(choose(Renderer::Auto, env(&[]), empty.path()).cpu);
        assert!(choose(Renderer::Auto, env(&[]), &empty.path().join("missing")).cpu);
    }

    #[test]
    fn a_gpu_draws_with_opengl_unless_software_is_forced() {
        let dri = tempfile::tempdir().expect("temp dir");
        std::fs::write(dri.path().join("renderD128"), "").expect("fake node");
        assert!(!choose(Renderer::Auto, env(&[]), dri.path()).cpu);
        assert!(!choose(Renderer::Auto, env(&[("LIBGL_ALWAYS_SOFTWARE", "0")]), dri.path()).cpu);
        assert!(choose(Renderer::Auto, env(&[("LIBGL_ALWAYS_SOFTWARE", "1")]), dri.path()).cpu);
        assert!(choose(Renderer::Auto, env(&[("GALLIUM_DRIVER", "llvmpipe")]), dri.path()).cpu);
        assert!(!choose(Renderer::Auto, env(&[("GALLIUM_DRIVER", "iris")]), dri.path()).cpu);
    }

    #[test]
    fn the_command_line_wins() {
        let dri = tempfile::tempdir().expect("temp dir");
        assert!(!choose(Renderer::Gl, env(&[("LIBGL_ALWAYS_SOFTWARE", "1")]), dri.path()).cpu);
        std::fs::write(dri.path().join("renderD128"), "").expect("fake node");
        assert!(choose(Renderer::Cpu, env(&[]), dri.path()).cpu);
    }

    #[test]
    fn the_restart_keeps_every_argument_but_the_renderer() {
        let args = |list: &[&str]| list.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let restart = |list: &[&str]| cpu_args(args(list).into_iter());
        let expected = args(&["--kiosk", "--content", "/srv/c", "--renderer", "cpu"]);
        assert_eq!(restart(&["--kiosk", "--content", "/srv/c"]), expected);
        assert_eq!(restart(&["--kiosk", "--renderer", "auto", "--content", "/srv/c"]), expected);
        assert_eq!(restart(&["--renderer=auto", "--kiosk", "--content", "/srv/c"]), expected);
    }

    #[test]
    fn software_opengl_is_recognised_by_its_name() {
        assert!(is_software_gl("llvmpipe (LLVM 15.0.6, 256 bits)"));
        assert!(is_software_gl("softpipe"));
        assert!(!is_software_gl("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    }
}
