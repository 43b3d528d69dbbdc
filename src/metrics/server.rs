//! `/metrics` over HTTP on its own thread. Off unless staff turn it on; on
//! loopback unless staff name another address and allow it.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use super::kiosk_metrics::KioskMetrics;

pub const DEFAULT_ADDRESS: &str = "127.0.0.1:9477";

#[derive(Debug, PartialEq, Eq)]
pub enum ServeError {
    /// Not an address such as "127.0.0.1:9477".
    BadAddress(String),
    /// A non-loopback address without `allow_remote`.
    NotLoopback(String),
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
            Self::Bind(e) => write!(f, "cannot serve metrics: {e}"),
        }
    }
}

pub struct MetricsServer {
    server: Arc<tiny_http::Server>,
    address: SocketAddr,
}

impl MetricsServer {
    /// Starts serving `metrics` on `address` (port 0 picks a free port).
    pub fn start(address: &str, allow_remote: bool, metrics: Arc<KioskMetrics>) -> Result<Self, ServeError> {
        let wanted: SocketAddr = address.parse().map_err(|_| ServeError::BadAddress(address.to_owned()))?;
        if !allow_remote && !is_loopback(wanted.ip()) {
            return Err(ServeError::NotLoopback(address.to_owned()));
        }
        let server = Arc::new(tiny_http::Server::http(wanted).map_err(|e| ServeError::Bind(e.to_string()))?);
        let address = server.server_addr().to_ip().unwrap_or(wanted);
        let serving = server.clone();
        std::thread::Builder::new()
            .name("metrics".into())
            .spawn(move || serve(&serving, &metrics))
            .map_err(|e| ServeError::Bind(e.to_string()))?;
        log::info!("serving metrics on http://{address}/metrics");
        Ok(Self { server, address })
    }

    /// Where it listens (with the real port when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }
}

impl Drop for MetricsServer {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

fn is_loopback(ip: IpAddr) -> bool {
    ip.is_loopback()
}

fn serve(server: &tiny_http::Server, metrics: &KioskMetrics) {
    for request in server.incoming_requests() {
        let path = request.url().split('?').next().unwrap_or("");
        let response = if path == "/metrics" && *request.method() == tiny_http::Method::Get {
            let header = tiny_http::Header::from_bytes(
                "Content-Type",
                "application/openmetrics-text; version=1.0.0; charset=utf-8",
            );
            let mut response = tiny_http::Response::from_string(metrics.encode());
            if let Ok(h) = header {
                response = response.with_header(h);
            }
            response
        } else {
            tiny_http::Response::from_string("not found: the kiosk serves /metrics only\n").with_status_code(404)
        };
        if let Err(e) = request.respond(response) {
            log::debug!("metrics response not sent: {e}");
        }
    }
}
