//! How the kiosk fetches from head office: tough's HTTP transport (retries,
//! and resuming with a Range request where the server allows it), with no
//! deadline for a whole file — a 2 MiB picture on a branch's slow line may
//! take minutes — but an inactivity limit: a server that stops sending for
//! `idle` is given up, and the next check tries again.

use std::time::Duration;

use async_trait::async_trait;
use futures_util::StreamExt;
use tough::{HttpTransport, HttpTransportBuilder, Transport, TransportError, TransportErrorKind, TransportStream};
use url::Url;

/// The longest a single file may take at all: far beyond any real download,
/// so only the inactivity limit decides in practice.
const NO_REAL_DEADLINE: Duration = Duration::from_secs(6 * 60 * 60);

#[derive(Clone, Debug)]
pub struct IdleLimited {
    inner: HttpTransport,
    idle: Duration,
}

impl IdleLimited {
    pub fn new(idle: Duration) -> Self {
        let inner = HttpTransportBuilder::new()
            .timeout(NO_REAL_DEADLINE)
            .connect_timeout(idle)
            // A dropped connection is resumed from the last byte (Range) up to 4 more times.
            .tries(4)
            .initial_backoff(Duration::from_millis(200))
            .max_backoff(Duration::from_secs(2))
            .build();
        Self { inner, idle }
    }
}

#[async_trait]
impl Transport for IdleLimited {
    async fn fetch(&self, url: Url) -> Result<TransportStream, TransportError> {
        let idle = self.idle;
        let inner = self.inner.fetch(url.clone()).await?;
        // Each next chunk (the first one included: headers count as activity) must come within `idle`.
        let limited = futures_util::stream::unfold(Some(inner), move |state| {
            let url = url.clone();
            async move {
                let mut stream = state?;
                match tokio::time::timeout(idle, stream.next()).await {
                    Ok(Some(item)) => Some((item, Some(stream))),
                    Ok(None) => None,
                    Err(_) => {
                        let cause = std::io::Error::new(
                            std::io::ErrorKind::TimedOut,
                            format!("no data for {} s", idle.as_secs()),
                        );
                        Some((Err(TransportError::new_with_cause(TransportErrorKind::Other, url, cause)), None))
                    }
                }
            }
        });
        Ok(Box::pin(limited))
    }
}
