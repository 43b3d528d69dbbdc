//! `/metrics` over HTTP on its own thread. Off unless staff turn it on; on
//! loopback unless staff name another address, allow it, and give a bearer
//! token (Prometheus' `authorization` in its scrape config); HTTPS when they
//! give a certificate and key.
//!
//! The branch network is not trusted to be polite. hyper's HTTP/1 server on
//! one thread (no thread per connection) with limits: request headers at most
//! 8 KiB (a longer header gets 431 and the connection closes), headers within
//! 5 s, one request per connection, every connection closed after 10 s
//! whatever it does (a client that never reads its answers cannot hold it),
//! at most 512 silent connections and 64 served ones (see `accept_loop`), so
//! a crowd of idle connections cannot keep Prometheus out.

use std::collections::VecDeque;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response, StatusCode, body::Incoming, header};
use hyper_util::rt::{TokioIo, TokioTimer};

use super::kiosk_metrics::KioskMetrics;

pub const DEFAULT_ADDRESS: &str = "127.0.0.1:9477";
/// Connections served at once; the oldest is closed to make room.
pub const MAX_CONNECTIONS: usize = 64;
/// Connections that have not sent a byte yet; the oldest is closed to make
/// room. Well below the 1,024 files a service may open by default.
pub const MAX_SILENT: usize = 512;
/// hyper's smallest read buffer: request line and headers must fit in it.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;
/// Connections the kernel holds before they are accepted (capped by net.core.somaxconn).
const ACCEPT_QUEUE: u32 = 4096;
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
const CONNECTION_DEADLINE: Duration = Duration::from_secs(10);

#[derive(Debug, PartialEq, Eq)]
pub enum ServeError {
    /// Not an address such as "127.0.0.1:9477".
    BadAddress(String),
    /// A non-loopback address without `allow_remote`.
    NotLoopback(String),
    /// A non-loopback address without a bearer token.
    NoToken(String),
    Bind(String),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BadAddress(a) => write!(f, "metrics address {a:?} is not like \"{DEFAULT_ADDRESS}\""),
            Self::NotLoopback(a) => write!(
                f,
                "metrics address {a} is reachable from the network; set `allow_remote = true` under [metrics] to allow it"
            ),
            Self::NoToken(a) => write!(
                f,
                "metrics address {a} is reachable from the network; set `token_file` under [metrics] to a file holding the bearer token Prometheus sends"
            ),
            Self::Bind(e) => write!(f, "cannot serve metrics: {e}"),
        }
    }
}

/// Who may read `/metrics`, and how.
#[derive(Clone, Debug, Default)]
pub struct Access {
    pub allow_remote: bool,
    /// Required as `Authorization: Bearer <token>` when set.
    pub token: Option<String>,
    /// Serve HTTPS with this certificate and key.
    pub tls: Option<Arc<rustls::ServerConfig>>,
}

/// A TLS configuration from PEM files: the certificate chain and its private key.
pub fn tls_config(certificate: &std::path::Path, key: &std::path::Path) -> Result<Arc<rustls::ServerConfig>, String> {
    use rustls_pki_types::pem::PemObject;
    let named = |p: &std::path::Path, e: &dyn std::fmt::Display| format!("{}: {e}", p.display());
    let chain = rustls_pki_types::CertificateDer::pem_file_iter(certificate)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| named(certificate, &e))?;
    let key = rustls_pki_types::PrivateKeyDer::from_pem_file(key).map_err(|e| named(key, &e))?;
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_no_client_auth().with_single_cert(chain, key))
        .map_err(|e| named(certificate, &e))?;
    Ok(Arc::new(config))
}

pub struct MetricsServer {
    address: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl MetricsServer {
    /// Starts serving `metrics` on `address` (port 0 picks a free port).
    pub fn start(address: &str, access: Access, metrics: Arc<KioskMetrics>) -> Result<Self, ServeError> {
        let wanted: SocketAddr = address.parse().map_err(|_| ServeError::BadAddress(address.to_owned()))?;
        let remote = !is_loopback(wanted.ip());
        if remote && !access.allow_remote {
            return Err(ServeError::NotLoopback(address.to_owned()));
        }
        if remote && access.token.as_deref().is_none_or(str::is_empty) {
            return Err(ServeError::NoToken(address.to_owned()));
        }
        let bind = |e: std::io::Error| ServeError::Bind(e.to_string());
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(bind)?;
        // A deep accept queue: a burst of connections must not drop Prometheus' SYN (std's is 128).
        let listener = runtime.block_on(async {
            let socket =
                if wanted.is_ipv4() { tokio::net::TcpSocket::new_v4() } else { tokio::net::TcpSocket::new_v6() }?;
            socket.set_reuseaddr(true)?;
            socket.bind(wanted)?;
            socket.listen(ACCEPT_QUEUE)
        });
        let listener = listener.map_err(bind)?;
        let address = listener.local_addr().map_err(bind)?;
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let token: Option<Arc<str>> = access.token.map(Arc::from);
        let tls = access.tls.map(tokio_rustls::TlsAcceptor::from);
        std::thread::Builder::new()
            .name("metrics".into())
            .spawn(move || {
                runtime.block_on(async move {
                    tokio::select! {
                        () = accept_loop(listener, metrics, token, tls) => {}
                        _ = stopped => {}
                    }
                });
            })
            .map_err(bind)?;
        log::info!("serving metrics on http://{address}/metrics");
        Ok(Self { address, stop: Some(stop) })
    }

    /// Where it listens (with the real port when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}

impl Drop for MetricsServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn is_loopback(ip: IpAddr) -> bool {
    ip.is_loopback()
}

/// Connections that have sent nothing yet wait in a cheap lobby (a task and a
/// socket, no HTTP buffers); only those that send something are served, at
/// most `MAX_CONNECTIONS` at once, the oldest pushed out by a new one. A full
/// lobby closes its oldest *silent* connection: a crowd of idle connections
/// only ever pushes out each other, never a scrape that has already asked —
/// even one whose task has not run yet behind the crowd's.
async fn accept_loop(
    listener: tokio::net::TcpListener,
    metrics: Arc<KioskMetrics>,
    token: Option<Arc<str>>,
    tls: Option<tokio_rustls::TlsAcceptor>,
) {
    let (admit, mut admitted) = tokio::sync::mpsc::unbounded_channel::<Arc<tokio::net::TcpStream>>();
    let mut lobby = Lobby::default();
    let mut served: VecDeque<tokio::task::JoinHandle<()>> = VecDeque::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => lobby.enter(Arc::new(stream), &admit),
                Err(e) => {
                    // Out of file descriptors, most likely: let connections close, then go on.
                    log::debug!("metrics: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            Some(stream) = admitted.recv() => {
                let Some(stream) = lobby.leave(stream) else { continue };
                served.retain(|t| !t.is_finished());
                while served.len() >= MAX_CONNECTIONS {
                    served.pop_front().inspect(tokio::task::JoinHandle::abort);
                }
                let serving = serve_connection(stream, metrics.clone(), token.clone(), tls.clone());
                served.push_back(tokio::spawn(serving));
            }
        }
    }
}

type Admit = tokio::sync::mpsc::UnboundedSender<Arc<tokio::net::TcpStream>>;

#[derive(Default)]
struct Lobby {
    waiting: VecDeque<(Arc<tokio::net::TcpStream>, tokio::task::JoinHandle<()>)>,
}

impl Lobby {
    fn enter(&mut self, stream: Arc<tokio::net::TcpStream>, admit: &Admit) {
        if self.waiting.len() >= MAX_SILENT {
            self.waiting.retain(|(_, task)| !task.is_finished());
        }
        while self.waiting.len() >= MAX_SILENT {
            // The runtime has one thread: no task runs while this looks at the sockets.
            let silent = self.waiting.iter().position(|(s, _)| is_silent(s)).unwrap_or(0);
            if let Some((_, task)) = self.waiting.remove(silent) {
                task.abort();
            }
        }
        let task = tokio::spawn(wait_to_speak(stream.clone(), admit.clone()));
        self.waiting.push_back((stream, task));
    }

    /// Takes a connection that spoke out of the lobby (its entry may already
    /// be gone: a full lobby sweeps out entries whose task has finished).
    fn leave(&mut self, stream: Arc<tokio::net::TcpStream>) -> Option<tokio::net::TcpStream> {
        if let Some(at) = self.waiting.iter().position(|(s, _)| Arc::ptr_eq(s, &stream)) {
            self.waiting.remove(at);
        }
        Arc::try_unwrap(stream).ok()
    }
}

/// Nothing to read yet (a closed connection counts as silent: it is done).
fn is_silent(stream: &tokio::net::TcpStream) -> bool {
    !matches!(peek(stream), Ok(n) if n > 0)
}

/// Bytes waiting to be read (0: the client closed), without reading them or waiting.
fn peek(stream: &tokio::net::TcpStream) -> std::io::Result<usize> {
    let mut byte = [0u8; 1];
    let flags = rustix::net::RecvFlags::PEEK | rustix::net::RecvFlags::DONTWAIT;
    Ok(rustix::net::recv(stream, &mut byte, flags)?.0)
}

/// Hands the connection on once it has sent something; gives up after
/// `HEADER_TIMEOUT`. `readable()` may wake without data (tokio says so), so
/// each wake is checked with a peek that also clears a false readiness.
async fn wait_to_speak(stream: Arc<tokio::net::TcpStream>, admit: Admit) {
    let spoke = async {
        loop {
            stream.readable().await?;
            match stream.try_io(tokio::io::Interest::READABLE, || peek(&stream)) {
                Ok(n) => return Ok(n > 0),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                Err(e) => return Err(e),
            }
        }
    };
    if let Ok(Ok(true)) = tokio::time::timeout(HEADER_TIMEOUT, spoke).await {
        let _ = admit.send(stream);
    }
}

async fn serve_connection(
    stream: tokio::net::TcpStream,
    metrics: Arc<KioskMetrics>,
    token: Option<Arc<str>>,
    tls: Option<tokio_rustls::TlsAcceptor>,
) {
    let served = async {
        match tls {
            None => serve_http(stream, metrics, token).await,
            Some(acceptor) => {
                if let Ok(Ok(secure)) = tokio::time::timeout(HEADER_TIMEOUT, acceptor.accept(stream)).await {
                    serve_http(secure, metrics, token).await;
                }
            }
        }
    };
    let _ = tokio::time::timeout(CONNECTION_DEADLINE, served).await;
}

async fn serve_http<I>(io: I, metrics: Arc<KioskMetrics>, token: Option<Arc<str>>)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |request| {
        let answer = answer(&request, &metrics, token.as_deref());
        async move { Ok::<_, std::convert::Infallible>(answer) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_buf_size(MAX_HEADER_BYTES)
        .keep_alive(false)
        .serve_connection(TokioIo::new(io), service)
        .await;
}

fn answer(request: &Request<Incoming>, metrics: &KioskMetrics, token: Option<&str>) -> Response<Full<Bytes>> {
    let text = |status: StatusCode, body: &'static str| {
        let mut response = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
        *response.status_mut() = status;
        response
    };
    if let Some(token) = token {
        let sent = request.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
        if !same_secret(sent.strip_prefix("Bearer ").unwrap_or(""), token) {
            let mut refused = text(StatusCode::UNAUTHORIZED, "a bearer token is required\n");
            refused.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
            return refused;
        }
    }
    if request.uri().path() != "/metrics" || request.method() != hyper::Method::GET {
        return text(StatusCode::NOT_FOUND, "not found: the kiosk serves /metrics only\n");
    }
    let mut response = Response::new(Full::new(Bytes::from(metrics.encode())));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"),
    );
    response
}

/// Compares without stopping at the first difference, so the time taken
/// does not tell a guesser how much of the token was right.
fn same_secret(sent: &str, token: &str) -> bool {
    let (a, b) = (sent.as_bytes(), token.as_bytes());
    let differ = a.iter().zip(b).fold(a.len() ^ b.len(), |acc, (x, y)| acc | usize::from(x ^ y));
    differ == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn tokens_match_only_when_equal() {
        assert!(same_secret("s3cret-token", "s3cret-token"));
        assert!(!same_secret("s3cret-tokem", "s3cret-token"));
        assert!(!same_secret("s3cret", "s3cret-token"));
        assert!(!same_secret("", "s3cret-token"));
    }
}
