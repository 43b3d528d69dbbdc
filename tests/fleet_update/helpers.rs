//! What the fleet tests share: a real HTTP server for a TUF repository (that
//! can hang, go slow, or hide files), head office's key and root, and a kiosk
//! with its own store and local `branch.toml`. Each test file uses a part.
#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use kiosk::fleet::{Outcome, Source, Store, check};
use url::Url;

use super::repo;

const BUNDLED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/content");

/// How the test server behaves; changeable while it runs.
#[derive(Clone, Default)]
pub struct Behaviour {
    /// Accept and never answer.
    pub hang: bool,
    /// Send files larger than 64 KiB at this many bytes a second.
    pub bytes_per_second: Option<usize>,
    /// Paths (e.g. "metadata/2.root.json") answered with 404.
    pub hidden: Vec<String>,
    /// Every path asked for, in order.
    pub seen: Arc<Mutex<Vec<String>>>,
}

/// Serves `dir` over HTTP (or, `hang`, accepts and never answers).
pub fn serve(dir: PathBuf, hang: bool) -> Url {
    serve_with(dir, Arc::new(Mutex::new(Behaviour { hang, ..Behaviour::default() })))
}

/// Serves `dir` over HTTP as `behaviour` says at each request.
pub fn serve_with(dir: PathBuf, behaviour: Arc<Mutex<Behaviour>>) -> Url {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("server");
    let url = format!("http://{}/", server.server_addr().to_ip().expect("ip"));
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let now = behaviour.lock().expect("behaviour").clone();
            if now.hang {
                std::mem::forget(request);
                continue;
            }
            let wanted = request.url().trim_start_matches('/').to_owned();
            now.seen.lock().expect("seen").push(wanted.clone());
            let bytes = std::fs::read(dir.join(&wanted)).ok().filter(|_| !now.hidden.contains(&wanted));
            // Each answer on its own thread, so a slow download does not hold up the next request.
            std::thread::spawn(move || {
                let _ = match (bytes, now.bytes_per_second) {
                    (None, _) => request.respond(tiny_http::Response::empty(404)),
                    (Some(b), Some(rate)) if b.len() > 64 * 1024 => {
                        let length = b.len();
                        let slow = Throttled { bytes: b, at: 0, rate };
                        request.respond(tiny_http::Response::new(200.into(), Vec::new(), slow, Some(length), None))
                    }
                    (Some(b), _) => request.respond(tiny_http::Response::from_data(b)),
                };
            });
        }
    });
    Url::parse(&url).expect("url")
}

/// Bytes handed out at `rate` a second, a tenth of a second's worth at a time.
struct Throttled {
    bytes: Vec<u8>,
    at: usize,
    rate: usize,
}

impl Read for Throttled {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = (self.rate / 10).min(buf.len()).min(self.bytes.len() - self.at);
        if n > 0 {
            std::thread::sleep(Duration::from_millis(100));
        }
        buf[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// The bundled content with the first scam's title changed to `title`.
pub fn content(dir: &Path, title: &str) -> PathBuf {
    let out = dir.join(format!("content-{}", fastrand::u32(..)));
    std::fs::create_dir_all(out.join("images")).expect("mkdir");
    for f in kiosk::content::files() {
        let text = std::fs::read_to_string(Path::new(BUNDLED).join(f)).expect("read");
        let text = text.replacen("title = \"“安全账户”骗局\"", &format!("title = \"{title}\""), 1);
        // Head office publishes real facilities: no demo samples.
        let text = text.replace("sample = true\n", "");
        std::fs::write(out.join(f), text).expect("write");
    }
    std::fs::copy(Path::new(BUNDLED).join("images/glasses.png"), out.join("images/glasses.png")).expect("png");
    crate::support::sound::write_voice_like(&out.join(RECORDING), 1.0, 0.2);
    out
}

/// A recording published with the content (of a text it does not show: only its travel is tested).
pub const RECORDING: &str = "narration/home-1.zh-CN.0a1b2c3d.wav";

pub struct Kiosk {
    pub source: Source,
    pub store: Store,
    pub branch: PathBuf,
}

impl Kiosk {
    pub fn new(dir: &Path, root: &Path, url: &Url) -> Self {
        let branch = dir.join("local-branch.toml");
        let local = std::fs::read_to_string(Path::new(BUNDLED).join("branch.toml")).expect("branch");
        // A lobby kiosk's own branch.toml: its name, and real numbers (no samples).
        let local = local.replacen("示例银行幸福路支行", "示例银行本地支行", 1).replace("placeholder = true\n", "");
        std::fs::write(&branch, local).expect("write");
        let source = Source {
            metadata: url.join("metadata/").expect("url"),
            targets: url.join("targets/").expect("url"),
            root: root.to_path_buf(),
            datastore: dir.join("datastore"),
            idle_timeout: Duration::from_secs(2),
            max_bytes: kiosk::fleet::MAX_BYTES,
        };
        Self { source, store: Store::open(&dir.join("fleet")).expect("store"), branch }
    }

    pub fn check(&self) -> Result<Outcome, String> {
        check(&self.source, &self.store, Some(&self.branch), &[])
    }

    pub fn report(&self) -> Result<kiosk::fleet::Report, kiosk::fleet::Failure> {
        kiosk::fleet::check_report(&self.source, &self.store, Some(&self.branch), &[])
    }

    /// The number customers are shown for `phone`, from the content on screen.
    pub fn number(&self, phone: &str) -> Option<String> {
        let loaded = kiosk::content::load(&self.store.current_link(), &[]);
        let content = loaded.content?;
        content.branch.phones.iter().find(|p| p.id.value == phone).map(|p| p.number.value.clone())
    }

    pub fn version(&self) -> Option<u64> {
        self.store.current().map(|c| c.version)
    }

    pub fn shows(&self, text: &str) -> bool {
        std::fs::read_to_string(self.store.current_link().join("fraud.toml")).is_ok_and(|t| t.contains(text))
    }
}

/// Runs one of the (async) repository helpers to the end.
pub fn block<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime").block_on(f)
}

/// Head office's key, its signed root.json, and the folder the server serves.
pub struct HeadOffice {
    pub keys: Vec<Box<dyn tough::key_source::KeySource>>,
    pub root: PathBuf,
    pub served: PathBuf,
    pub url: Url,
}

pub fn head_office(d: &Path) -> HeadOffice {
    let keys = repo::keys(d, "head-office");
    let root = d.join("root.json");
    block(repo::root(&root, &keys));
    let served = d.join("repo");
    let url = serve(served.clone(), false);
    HeadOffice { keys, root, served, url }
}

pub fn copy(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read").flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
    }
}

/// Changes one byte of every stored copy of `name` (consistent snapshots
/// store it under its hash).
pub fn tamper(targets: &Path, name: &str) {
    for entry in std::fs::read_dir(targets).expect("read").flatten() {
        if entry.file_name().to_string_lossy().ends_with(name) {
            let text = std::fs::read_to_string(entry.path()).expect("read");
            std::fs::write(entry.path(), text.replacen("96110", "96119", 1)).expect("write");
        }
    }
}
