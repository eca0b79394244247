//! A stateful local emulator of the Qlik Cloud Items API.
//!
//! It follows `items.openapi.json` (the official contract) and the service's documented
//! behaviour beyond it. It is an independent implementation: it shares no code with the
//! `qlik` client, so a misreading in one cannot hide in the other.
//!
//! Beyond the Items API it serves OAuth machine-to-machine credentials after
//! `oauth.openapi.json` (`POST /oauth/token` for the client-credentials grant, `POST
//! /oauth/revoke`; the tokens are accepted wherever the API key is) and `GET
//! /api/v1/users/me` after `users.openapi.json`.
//!
//! The modules: [`seed`](crate) data generation and fixtures, the store with one index per
//! sort order, query parsing and filters, keyset paging with opaque cursors, the handlers,
//! OAuth clients and tokens, rate limits, fault injection and TLS.
//!
//! Semantics chosen where the contract is silent:
//! - `PUT` answers 409 when the update would give the item the same `resourceType` and
//!   `resourceId` as another item (the contract lists 409 without saying when).
//! - `PUT` ignores omitted fields and unsets a string field sent as `""`; `name` cannot be
//!   empty; `resourceAttributes`/`resourceCustomAttributes` are replaced whole.
//! - An access token shares its client's rate-limit budget (an API key has its own); an
//!   expired or revoked token gets the 401 a wrong key gets.
//! - `GET /api/v1/users/{id}` answers only the user the credential acts as (404 otherwise):
//!   the emulator knows no other user.
//! - `GET .../publisheditems` lists an item's published copies as items; since the contract
//!   types that operation's entries as its collection body, each also carries that body's
//!   required `type` (`public`) and `itemCount` (0).
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
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use anyhow::Context;

mod error;
mod faults;
mod fixture;
mod handlers;
mod model;
mod oauth;
mod paging;
mod query;
mod ratelimit;
mod render;
mod rng;
mod seed;
mod server;
mod state;
mod store;
mod time;
mod tls;

pub use time::ManualClock;

use state::Shared;

/// The development API key the emulator accepts when none is given.
pub const DEFAULT_API_KEY: &str = "qlik-emulator-dev-key";
/// The name of the user every accepted key acts as (`GET /api/v1/users/me`).
pub const EMULATOR_USER_NAME: &str = "Emulator User";
/// That user's email address.
pub const EMULATOR_USER_EMAIL: &str = "emulator@example.com";
/// The id of the OAuth client the emulator accepts when none is given.
pub const DEFAULT_CLIENT_ID: &str = "qlik-emulator-client";
/// That client's secret (public, like [`DEFAULT_API_KEY`]).
pub const DEFAULT_CLIENT_SECRET: &str = "qlik-emulator-client-secret";
/// How long an access token lives unless [`Config::token_ttl_secs`] says otherwise.
pub const DEFAULT_TOKEN_TTL_SECS: u64 = 3600;
/// The most OAuth clients one emulator takes.
pub const MAX_OAUTH_CLIENTS: usize = 1000;

/// An OAuth client's credentials, for the client-credentials grant of `POST /oauth/token`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuthClient {
    pub id: String,
    pub secret: String,
}

impl OAuthClient {
    pub fn new(id: impl Into<String>, secret: impl Into<String>) -> OAuthClient {
        OAuthClient {
            id: id.into(),
            secret: secret.into(),
        }
    }
    /// The fixture client: [`DEFAULT_CLIENT_ID`] with [`DEFAULT_CLIENT_SECRET`].
    pub fn fixture() -> OAuthClient {
        OAuthClient::new(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)
    }
}

/// Why a list of OAuth clients cannot be served: an empty or oversized id or secret, an id
/// with characters other than visible ASCII, a secret with control characters, an id given
/// twice, or more than [`MAX_OAUTH_CLIENTS`] clients. The message names the client by its id,
/// never by its secret.
pub fn check_oauth_clients(clients: &[OAuthClient]) -> Result<(), String> {
    if clients.len() > MAX_OAUTH_CLIENTS {
        return Err(format!(
            "{} OAuth clients given; at most {MAX_OAUTH_CLIENTS} are served",
            clients.len()
        ));
    }
    for (i, c) in clients.iter().enumerate() {
        if c.id.is_empty() || c.id.len() > 256 || !c.id.bytes().all(|b| (0x21..=0x7e).contains(&b))
        {
            return Err(
                "an OAuth client id must be 1 to 256 visible ASCII characters (no spaces)".into(),
            );
        }
        if c.secret.is_empty() || c.secret.len() > 1024 || c.secret.chars().any(char::is_control) {
            return Err(format!(
                "the secret of OAuth client `{}` must be 1 to 1024 bytes without control characters",
                c.id
            ));
        }
        if clients[..i].iter().any(|o| o.id == c.id) {
            return Err(format!("OAuth client `{}` is given twice", c.id));
        }
    }
    Ok(())
}

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
    /// Fraction of requests answered 429 with `Retry-After: 0` (a transient rate limit that
    /// does not block the tier).
    pub error_429: f64,
    /// `Retry-After` seconds of the injected 503s and 429s (default: 1 for 503, 0 for 429).
    pub retry_after_secs: Option<u64>,
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
    /// The OAuth clients `POST /oauth/token` accepts (default: the fixture client,
    /// [`OAuthClient::fixture`]); empty accepts none. Their access tokens are accepted as
    /// `Authorization: Bearer TOKEN` wherever the API key is.
    pub oauth_clients: Vec<OAuthClient>,
    /// How long an access token lives, in seconds (at least 1).
    pub token_ttl_secs: u64,
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
    /// Read time from this clock instead of the system's (rate-limit windows, `updatedAt`).
    pub clock: Option<ManualClock>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            api_key: DEFAULT_API_KEY.to_string(),
            read_only_key: None,
            oauth_clients: vec![OAuthClient::fixture()],
            token_ttl_secs: DEFAULT_TOKEN_TTL_SECS,
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
            clock: None,
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
    shared: Arc<Shared>,
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
    /// Current item ids, in the default order (+createdAt).
    pub fn item_ids(&self) -> Vec<String> {
        self.shared.item_ids()
    }
    /// How many items there are now.
    pub fn item_count(&self) -> usize {
        self.shared.read().len()
    }
    /// An item as GET would return it.
    pub fn item(&self, id: &str) -> Option<serde_json::Value> {
        self.shared.item(id)
    }
    /// `{"usageMetricsEnabled": ..}`.
    pub fn settings(&self) -> serde_json::Value {
        self.shared.settings()
    }
    /// Every request answered so far (a long-running server keeps the last 500,000 to
    /// 1,000,000).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests()
    }
    /// How many requests `/oauth/token` has received, whatever their answer.
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests.load(Ordering::SeqCst)
    }
    /// The OAuth clients served.
    pub fn oauth_clients(&self) -> &[OAuthClient] {
        &self.shared.clients
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
    check_oauth_clients(&config.oauth_clients).map_err(anyhow::Error::msg)?;
    if config.token_ttl_secs == 0 {
        anyhow::bail!("the token lifetime must be at least 1 second");
    }
    let data = match &config.data {
        Some(path) => fixture::load(path)?,
        None => seed::generate(config.items, config.seed),
    };
    let store = store::Store::new(data);
    let listener = tokio::net::TcpListener::bind((config.host, config.port))
        .await
        .with_context(|| format!("cannot listen on {}:{}", config.host, config.port))?;
    let addr = listener.local_addr()?;
    let (tls, tls_cert_path) = if config.tls {
        let (acceptor, path) = tls::setup(config.tls_cert_path.as_deref(), addr.port())?;
        (Some(acceptor), Some(path))
    } else {
        (None, None)
    };
    let shown_ip = match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        ip if ip.is_unspecified() => IpAddr::V6(std::net::Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let scheme = if config.tls { "https" } else { "http" };
    let base_url = format!("{scheme}://{}", SocketAddr::new(shown_ip, addr.port()));
    let shared = Arc::new(Shared {
        store: RwLock::new(store),
        base_url: base_url.clone(),
        api_key: config.api_key.clone(),
        read_only_key: config.read_only_key.clone(),
        clients: config.oauth_clients.clone(),
        token_ttl_secs: config.token_ttl_secs,
        tokens: Mutex::new(oauth::Tokens::new(config.seed)),
        token_requests: AtomicU64::new(0),
        clock: match config.clock {
            Some(c) => time::Clock::Manual(c),
            None => time::Clock::System,
        },
        rate: Mutex::new(ratelimit::RateLimiter::new(
            config.tier1_per_minute,
            config.tier2_per_minute,
            config.rate_window_secs,
        )),
        rate_headers: config.rate_headers,
        faults: config.faults.clone(),
        seed: config.seed,
        log: config.log,
        requests: Mutex::new(Vec::new()),
        counter: AtomicU64::new(0),
    });
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(server::accept_loop(listener, shared.clone(), tls, rx));
    Ok(Server {
        base_url,
        api_key: config.api_key,
        addr,
        tls_cert_path,
        shared,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// An emulator on its own thread with its own tokio runtime, for synchronous tests.
/// Dropping it stops the server.
pub struct BackgroundServer {
    base_url: String,
    api_key: String,
    tls_cert_path: Option<PathBuf>,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl BackgroundServer {
    /// Starts the emulator and returns once it is listening.
    pub fn start(config: Config) -> anyhow::Result<BackgroundServer> {
        type Ready = anyhow::Result<(String, String, Option<PathBuf>, Arc<Shared>)>;
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<Ready>();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("qlik-emulator".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e.into()));
                        return;
                    }
                };
                rt.block_on(async move {
                    match start(config).await {
                        Ok(server) => {
                            let info = (
                                server.base_url.clone(),
                                server.api_key.clone(),
                                server.tls_cert_path.clone(),
                                server.shared.clone(),
                            );
                            let _ = ready_tx.send(Ok(info));
                            let _ = stop_rx.await;
                            server.shutdown().await;
                        }
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                        }
                    }
                });
            })
            .context("cannot start the emulator thread")?;
        let (base_url, api_key, tls_cert_path, shared) = ready_rx
            .recv()
            .context("the emulator thread ended before it was listening")??;
        Ok(BackgroundServer {
            base_url,
            api_key,
            tls_cert_path,
            shared,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }
    /// e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
    pub fn api_key(&self) -> &str {
        &self.api_key
    }
    pub fn tls_cert_path(&self) -> Option<&std::path::Path> {
        self.tls_cert_path.as_deref()
    }
    /// Current item ids, in the default order (+createdAt).
    pub fn item_ids(&self) -> Vec<String> {
        self.shared.item_ids()
    }
    /// An item as GET would return it.
    pub fn item(&self, id: &str) -> Option<serde_json::Value> {
        self.shared.item(id)
    }
    /// `{"usageMetricsEnabled": ..}`.
    pub fn settings(&self) -> serde_json::Value {
        self.shared.settings()
    }
    /// Every request answered so far (a long-running server keeps the last 500,000 to
    /// 1,000,000).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests()
    }
    /// How many requests `/oauth/token` has received, whatever their answer.
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests.load(Ordering::SeqCst)
    }
    /// The OAuth clients served.
    pub fn oauth_clients(&self) -> &[OAuthClient] {
        &self.shared.clients
    }
}

impl Drop for BackgroundServer {
    fn drop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
