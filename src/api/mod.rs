//! A typed async client for the Qlik Cloud Items API.
//!
//! It never prints, knows no command-line types and reads no files: it is given a base URL,
//! a key, and its retry, timeout and TLS settings ([`ClientConfig`]). Requests are retried
//! with exponential backoff and jitter on 429 (honouring `Retry-After`), 502/503/504 and
//! connection failures. Paging links are followed by their path and query on the
//! configured server only, so the key never goes to another origin.

// Printing is the commands' job; this part returns values and writes where it is told.
#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{HeaderMap, HeaderValue};
use url::Url;

use crate::secret::Secret;

pub mod bulk;
mod error;
mod guard;
pub mod items;
mod pacer;
pub mod paging;

use pacer::{Pacer, Tier};

pub use error::{Advice, ApiError, ErrorKind};
pub use guard::{HeaderRefusal, MAX_URL_LEN, check_header, cut};

/// What the `-v` hook is told about each attempt. It never holds the key.
#[derive(Debug, Clone)]
pub struct LogEvent {
    pub method: String,
    pub url: String,
    /// `None` when no answer came (connection failure, timeout).
    pub status: Option<u16>,
    pub duration: Duration,
    pub trace_id: Option<String>,
    /// Why the attempt failed without a status, or the retry decision.
    pub note: Option<String>,
}

/// What the `-v` hook is told: each attempt, and why the pacer holds a request back.
#[derive(Debug, Clone, Copy)]
pub enum Log<'a> {
    Request(&'a LogEvent),
    /// One line, e.g. `pacer: tier 2 budget used up, waiting 4.2 s for the window to reset`.
    Pacer(&'a str),
}

/// Receives one [`Log::Request`] per attempt, and the pacer's [`Log::Pacer`] lines.
pub type Logger = Arc<dyn Fn(Log<'_>) + Send + Sync>;

/// Everything the client needs.
#[derive(Clone)]
pub struct ClientConfig {
    /// e.g. `https://tenant.eu.qlikcloud.com`.
    pub base_url: String,
    /// Where `base_url` came from, shown after it when no connection can be made, e.g.
    /// `profile "prod"` or `from --server`.
    pub origin: Option<String>,
    /// The hint for a 401 (the key was not accepted), naming where the key came from.
    pub auth_hint: Option<String>,
    pub api_key: Secret,
    /// Overall time for one attempt.
    pub timeout: Duration,
    /// Time to establish a connection.
    pub connect_timeout: Duration,
    /// Retries after the first attempt.
    pub retries: u32,
    /// First backoff delay; doubled for each retry, with jitter, up to `max_backoff`.
    pub backoff_base: Duration,
    pub max_backoff: Duration,
    /// Accept any certificate.
    pub insecure: bool,
    /// Extra trusted roots, PEM (a file's bytes).
    pub ca_certs_pem: Vec<Vec<u8>>,
    /// Extra headers for every request.
    pub headers: Vec<(String, String)>,
    /// Client-side pacing of reads (tier 1) and writes (tier 2), requests per minute.
    pub tier1_per_minute: Option<u32>,
    pub tier2_per_minute: Option<u32>,
    pub logger: Option<Logger>,
    /// The most bytes of one answer's body read, after decompression
    /// ([`MAX_RESPONSE_BYTES`] unless set). A larger answer is an error.
    pub max_response_bytes: usize,
    /// How the caller names the settings a message may point to.
    pub names: SettingNames,
    /// The [`PROXY_VARS`] set in the caller's environment, with their values: whether a
    /// plain-http server is reached through an https proxy (and so needs the trusted roots).
    /// The client reads no environment itself.
    pub proxy_env: Vec<(String, String)>,
}

/// The caller's names for settings of [`ClientConfig`], for the messages that point to them
/// (a flag, a variable); unnamed, a message leaves the pointer out.
#[derive(Debug, Clone, Default)]
pub struct SettingNames {
    /// The setting of `timeout`: `no answer within 60s from … (raise NAME)`.
    pub timeout: Option<String>,
    /// The setting of `max_response_bytes`: `… the most read of one answer (NAME); …`.
    pub max_response_bytes: Option<String>,
}

impl ClientConfig {
    pub fn new(base_url: impl Into<String>, api_key: Secret) -> ClientConfig {
        ClientConfig {
            base_url: base_url.into(),
            origin: None,
            auth_hint: None,
            api_key,
            timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(10),
            retries: 3,
            backoff_base: Duration::from_millis(250),
            max_backoff: Duration::from_secs(20),
            insecure: false,
            ca_certs_pem: Vec::new(),
            headers: Vec::new(),
            tier1_per_minute: None,
            tier2_per_minute: None,
            logger: None,
            max_response_bytes: MAX_RESPONSE_BYTES,
            names: SettingNames::default(),
            proxy_env: Vec::new(),
        }
    }
}

/// An answer with a success status.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    pub trace_id: Option<String>,
}

impl Response {
    /// The body as JSON.
    pub fn json(&self) -> Result<serde_json::Value, ApiError> {
        serde_json::from_slice(&self.body).map_err(|e| ApiError {
            trace_id: self.trace_id.clone(),
            status: Some(self.status),
            ..ApiError::other(if crate::limits::too_deep_json(&self.body) {
                crate::limits::too_deep()
            } else {
                format!("the service's answer is not valid JSON ({e})")
            })
        })
    }
}

/// The API client. Cheap to clone (one connection pool, kept alive).
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    base: Url,
    config: Arc<ClientConfig>,
    pacer: Arc<Pacer>,
}

/// The default cap on one answer's body after decompression: far above any real answer (a
/// page of 100 items is about 150 KB), low enough that a compressed bomb cannot exhaust memory.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;

/// The most bytes read of an error answer's body (status not 2xx): only its `title` and
/// `detail` are used, so a longer body is not read further and is treated as unreadable.
/// Real error bodies are a few hundred bytes; this is large enough that an oversized detail
/// (a megabyte, say) is still read, and shown cut, rather than dropped.
const MAX_ERROR_BODY_BYTES: usize = 4 * 1024 * 1024;

/// The longest `Retry-After` waited out; beyond it the request fails at once (exit 7).
pub const MAX_WAIT: Duration = Duration::from_secs(600);

/// Characters left as they are in a path segment (RFC 3986 unreserved).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes `id` as one path segment (`/` and `?` included).
pub fn segment(id: &str) -> String {
    let enc = utf8_percent_encode(id, SEGMENT).to_string();
    // `.` and `..` alone would be read as dot-segments.
    match enc.as_str() {
        "." => "%2E".into(),
        ".." => "%2E%2E".into(),
        _ => enc,
    }
}

/// Builds `path?k=v&…`, percent-encoding the values (`+` as `%2B`).
pub fn with_query(path: &str, pairs: &[(&str, String)]) -> String {
    if pairs.is_empty() {
        return path.to_string();
    }
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        ser.append_pair(k, v);
    }
    format!("{path}?{}", ser.finish().replace('+', "%20"))
}

/// The environment variables that may send a plain-http request through a proxy: the
/// caller reads them and hands them over in [`ClientConfig::proxy_env`].
pub const PROXY_VARS: [&str; 4] = ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"];

/// Whether requests to `base` can meet TLS: an https server, or an https proxy for http
/// (loopback is never proxied). `proxy_env` holds the [`PROXY_VARS`] that are set.
fn needs_tls(base: &Url, proxy_env: &[(String, String)]) -> bool {
    base.scheme() != "http"
        || (!guard::is_loopback(base)
            && proxy_env
                .iter()
                .filter(|(name, _)| PROXY_VARS.contains(&name.as_str()))
                .any(|(_, v)| v.trim().to_ascii_lowercase().starts_with("https")))
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, ApiError> {
        let base = parse_base(&config.base_url)?;
        let mut headers = HeaderMap::new();
        let mut auth = HeaderValue::from_str(&format!("Bearer {}", config.api_key.expose()))
            .map_err(|_| {
                ApiError::other("the API key contains characters not allowed in a header")
            })?;
        auth.set_sensitive(true);
        headers.insert(reqwest::header::AUTHORIZATION, auth);
        for (name, value) in &config.headers {
            let (n, v) = check_header(name, value).map_err(|r| ApiError::invalid(r.to_string()))?;
            headers.insert(n, v);
        }
        let mut builder = reqwest::Client::builder()
            .user_agent(concat!("qlik/", env!("CARGO_PKG_VERSION")))
            .default_headers(headers)
            .gzip(true)
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .pool_idle_timeout(Duration::from_secs(90))
            .tcp_keepalive(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::none());
        if guard::is_loopback(&base) {
            // A proxy would carry the key (in clear, for http) off the machine to reach a
            // server on it: loopback is never proxied, whatever HTTP_PROXY or ALL_PROXY say.
            builder = builder.no_proxy();
        }
        let mut roots = Vec::new();
        for pem in &config.ca_certs_pem {
            let certs = reqwest::Certificate::from_pem_bundle(pem)
                .map_err(|e| ApiError::other(format!("cannot read the CA certificate: {e}")))?;
            if certs.is_empty() {
                return Err(ApiError::other(
                    "the CA certificate file holds no PEM certificate",
                ));
            }
            roots.extend(certs);
        }
        if !roots.is_empty() {
            builder = builder.tls_certs_merge(roots);
        }
        if config.insecure {
            builder = builder.tls_danger_accept_invalid_certs(true);
        }
        if !needs_tls(&base, &config.proxy_env) {
            // Plain http: the system's trusted roots, whose loading costs most of a short
            // command's time, would never be used.
            builder = builder.tls_certs_only(std::iter::empty());
        }
        let http = builder
            .build()
            .map_err(|e| ApiError::other(format!("cannot set up the HTTP client: {e}")))?;
        let pacer_log = config
            .logger
            .clone()
            .map(|l| -> pacer::PacerLog { Arc::new(move |line: &str| l(Log::Pacer(line))) });
        let pacer = Arc::new(Pacer::new(
            config.tier1_per_minute,
            config.tier2_per_minute,
            pacer_log,
        ));
        Ok(Client {
            http,
            base,
            config: Arc::new(config),
            pacer,
        })
    }

    /// Ctrl-C: no request of this client (or its clones) starts any more, and every wait for
    /// the pacer or a retry ends at once with [`ErrorKind::Interrupted`] (or, for a retry,
    /// the failure it would have retried). Requests in flight go on.
    pub fn interrupt(&self) {
        self.pacer.close();
    }

    /// The configured server, e.g. `https://tenant.eu.qlikcloud.com`.
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The server and where it came from, for messages: `https://h (profile "prod")`.
    fn server_label(&self) -> String {
        match &self.config.origin {
            Some(origin) => format!("{} ({origin})", self.base_url()),
            None => self.base_url().to_string(),
        }
    }

    /// What a request that got no answer tells the user, and whether a retry may help. Read
    /// from the types in the error's causes (rustls's, hyper's, the OS's), not their text.
    fn no_answer(&self, e: &reqwest::Error) -> NoAnswer {
        let server = self.server_label();
        let fail = |kind, title: String, advice: Option<Advice>| {
            NoAnswer::Final(ApiError {
                kind,
                advice: advice.map(Box::new),
                ..ApiError::other(title)
            })
        };
        let host_port = self.host_port();
        let tls = causes(e).find_map(|c| c.downcast_ref::<rustls::Error>());
        if let Some(tls) = tls {
            return match tls {
                // The first bytes of the answer are not a TLS record: a plain HTTP server
                // answering the handshake with a text status line.
                rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType) => fail(
                    ErrorKind::Protocol,
                    format!("cannot connect to {server}: the server does not speak TLS (https)"),
                    Some(Advice::SpeaksPlainHttp {
                        host_port: host_port.clone(),
                    }),
                ),
                rustls::Error::InvalidCertificate(_)
                | rustls::Error::NoCertificatesPresented
                | rustls::Error::UnsupportedNameType => fail(
                    ErrorKind::Tls,
                    format!(
                        "cannot connect to {server}: its TLS certificate is not trusted ({})",
                        short(e)
                    ),
                    None,
                ),
                _ => fail(
                    ErrorKind::Protocol,
                    format!(
                        "cannot connect to {server}: the TLS handshake failed ({})",
                        short(e)
                    ),
                    None,
                ),
            };
        }
        if is_certificate_error(e) {
            return fail(
                ErrorKind::Tls,
                format!(
                    "cannot connect to {server}: its TLS certificate is not trusted ({})",
                    short(e)
                ),
                None,
            );
        }
        let hyper = causes(e).find_map(|c| c.downcast_ref::<hyper::Error>());
        if self.base.scheme() == "http"
            && let Some(h) = hyper
            && h.is_parse()
            && !h.is_parse_status()
            && !h.is_parse_too_large()
        {
            // The answer does not start with `HTTP/1.x`: a TLS server sends an alert record.
            return fail(
                ErrorKind::Protocol,
                format!(
                    "cannot connect to {server}: the answer is not plain HTTP ({})",
                    short(e)
                ),
                Some(Advice::NotPlainHttp { host_port }),
            );
        }
        NoAnswer::Transient(if e.is_timeout() {
            if e.is_connect() {
                format!(
                    "cannot connect to {server}: no connection within {:.0?}",
                    self.config.connect_timeout
                )
            } else {
                let raise = match &self.config.names.timeout {
                    Some(name) => format!(" (raise {name})"),
                    None => String::new(),
                };
                format!(
                    "no answer within {:.0?} from {server}{raise}",
                    self.config.timeout
                )
            }
        } else if e.is_dns() {
            format!(
                "cannot connect to {server}: the host name {} cannot be resolved ({})",
                self.base.host_str().unwrap_or_default(),
                short(e)
            )
        } else if e.is_connect() {
            let io = causes(e)
                .find_map(|c| c.downcast_ref::<std::io::Error>())
                .map(std::io::Error::kind);
            let reason = match io {
                Some(std::io::ErrorKind::ConnectionRefused) => "connection refused".into(),
                Some(std::io::ErrorKind::ConnectionReset) => "connection reset".into(),
                Some(std::io::ErrorKind::HostUnreachable) => "host unreachable".into(),
                Some(std::io::ErrorKind::NetworkUnreachable) => "network unreachable".into(),
                _ => short(e),
            };
            format!("cannot connect to {server}: {reason}")
        } else {
            format!("no answer from {server} ({})", short(e))
        })
    }

    /// `host:port` of the configured server, the port always shown.
    fn host_port(&self) -> String {
        let host = match self.base.host() {
            Some(url::Host::Ipv6(a)) => format!("[{a}]"),
            Some(h) => h.to_string(),
            None => String::new(),
        };
        match self.base.port_or_known_default() {
            Some(p) => format!("{host}:{p}"),
            None => host,
        }
    }

    /// The absolute URL for a path and query on the configured server.
    fn url(&self, path_and_query: &str) -> Result<Url, ApiError> {
        let mut url = self.base.clone();
        if path_and_query.len() > MAX_URL_LEN {
            return Err(too_long(self.base.as_str(), path_and_query));
        }
        let (path, query) = match path_and_query.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (path_and_query, None),
        };
        let prefix = self.base.path().trim_end_matches('/');
        let wanted = format!("{prefix}{path}");
        url.set_path(&wanted);
        // URL parsing reads `%2E%2E` and `%2E` as dot segments: an id of `..` or `.` would
        // otherwise reach another endpoint (`item rm ..` a DELETE of /api/v1/).
        if url.path() != wanted {
            return Err(ApiError::invalid(format!(
                "not sent: the path {} would become {} (an id of `.` or `..` cannot be sent)",
                cut(&wanted, 100),
                cut(url.path(), 100)
            )));
        }
        url.set_query(query);
        if url.as_str().len() > MAX_URL_LEN {
            return Err(too_long(self.base.as_str(), path_and_query));
        }
        Ok(url)
    }

    /// Turns a link found on the page fetched from `page` (a path and query on the configured
    /// server) into a path and query on the configured server. A relative link is resolved per
    /// RFC 3986 against that page's URL (so `?next=c2` keeps the page's path, and `.` and `..`
    /// segments are removed); the link's scheme, host and port are ignored, never followed.
    /// `None` when `href` is not a URL reference at all.
    pub fn link_path(&self, page: &str, href: &str) -> Option<String> {
        let url = self.url(page).ok()?.join(href).ok()?;
        let mut path = url.path().to_string();
        let prefix = self.base.path().trim_end_matches('/');
        if !prefix.is_empty()
            && let Some(rest) = path.strip_prefix(prefix)
            && rest.starts_with('/')
        {
            path = rest.to_string();
        }
        Some(match url.query() {
            Some(q) => format!("{path}?{q}"),
            None => path,
        })
    }

    /// The absolute URL of a path and query on the configured server (for `--dry-run`).
    pub fn full_url(&self, path_and_query: &str) -> String {
        self.url(path_and_query)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| path_and_query.to_string())
    }

    /// GET with retries; the answer must be a success.
    pub async fn get(&self, path_and_query: &str) -> Result<Response, ApiError> {
        self.send(reqwest::Method::GET, path_and_query, None).await
    }

    /// Sends a request with retries. `body` is sent as JSON.
    pub async fn send(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<Response, ApiError> {
        let url = self.url(path_and_query)?;
        // Everything but PATCH and POST may be repeated safely after a failure the server may
        // have seen; 429 means the request was not processed, so it is always retried.
        let idempotent = !matches!(method, reqwest::Method::PATCH | reqwest::Method::POST);
        let tier = Tier::of(&method);
        let mut attempt: u32 = 0;
        // The failure a retry was to cure, for when Ctrl-C cancels the retry.
        let mut last: Option<ApiError> = None;
        loop {
            let Ok(mut slot) = self.pacer.wait(tier).await else {
                return Err(last.unwrap_or_else(|| ApiError {
                    kind: ErrorKind::Interrupted,
                    ..ApiError::other("not sent: interrupted")
                }));
            };
            let started = Instant::now();
            let mut req = self.http.request(method.clone(), url.clone());
            if let Some(b) = body {
                req = req.json(b);
            }
            let sent = req.send().await;
            if let Err(e) = &sent {
                // A refused connection never reached the service; anything else may have.
                slot.unanswered(!e.is_connect());
            }
            let outcome = match sent {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let trace_id = resp
                        .headers()
                        .get("x-b3-traceid")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_string);
                    slot.answered(
                        rate_headers(resp.headers()).map(|(limit, remaining, reset)| {
                            (
                                limit,
                                remaining,
                                pacer::reset_instant(reset, SystemTime::now()),
                            )
                        }),
                    );
                    let retry_after = resp
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, SystemTime::now()));
                    let success = (200..300).contains(&status);
                    let cap = if success {
                        self.config.max_response_bytes
                    } else {
                        self.config.max_response_bytes.min(MAX_ERROR_BODY_BYTES)
                    };
                    match read_body(resp, cap).await {
                        Ok(body) => Attempt::Answer {
                            status,
                            body,
                            trace_id,
                            retry_after,
                        },
                        // An error answer too long to read whole: its status is what matters.
                        Err(BodyError::TooLarge) if !success => Attempt::Answer {
                            status,
                            body: Vec::new(),
                            trace_id,
                            retry_after,
                        },
                        Err(BodyError::TooLarge) => {
                            let err = ApiError {
                                status: Some(status),
                                trace_id: trace_id.clone(),
                                ..ApiError::other(format!(
                                    "the answer is larger than {}, the most read of one \
                                     answer{}; it was not read further",
                                    crate::limits::human_bytes(cap),
                                    match &self.config.names.max_response_bytes {
                                        Some(name) => format!(" ({name})"),
                                        None => String::new(),
                                    }
                                ))
                            };
                            self.log(
                                &method,
                                &url,
                                Some(status),
                                started.elapsed(),
                                trace_id,
                                Some(err.title.clone()),
                            );
                            return Err(err);
                        }
                        Err(BodyError::Cut(e)) => Attempt::Failed {
                            status: Some(status),
                            trace_id,
                            message: format!("the answer was cut short ({})", short(&e)),
                        },
                    }
                }
                Err(e) => match self.no_answer(&e) {
                    // Retrying cannot help: the certificate, or the protocol, is wrong.
                    NoAnswer::Final(err) => {
                        self.log(
                            &method,
                            &url,
                            None,
                            started.elapsed(),
                            None,
                            Some(err.title.clone()),
                        );
                        return Err(err);
                    }
                    NoAnswer::Transient(message) => Attempt::Failed {
                        status: None,
                        trace_id: None,
                        message,
                    },
                },
            };
            let elapsed = started.elapsed();
            let (error, wait_hint) = match outcome {
                Attempt::Answer {
                    status,
                    body,
                    trace_id,
                    ..
                } if (200..300).contains(&status) => {
                    self.log(&method, &url, Some(status), elapsed, trace_id.clone(), None);
                    return Ok(Response {
                        status,
                        body,
                        trace_id,
                    });
                }
                Attempt::Answer {
                    status,
                    body,
                    trace_id,
                    retry_after,
                } => {
                    // The key is masked in the server's text, should it echo it back.
                    let mut err =
                        error::from_response(status, &body, trace_id, self.config.api_key.expose());
                    if status == 401 {
                        err.advice = self
                            .config
                            .auth_hint
                            .as_deref()
                            .map(|words| Box::new(Advice::Given(words.into())));
                    }
                    // A wait longer than MAX_WAIT is not worth blocking a command for.
                    let too_long = retry_after.is_some_and(|d| d > MAX_WAIT);
                    if too_long
                        && status == 429
                        && let Some(d) = retry_after
                    {
                        err.advice = Some(Box::new(Advice::WaitTooLong {
                            secs: u32::try_from(d.as_secs()).unwrap_or(u32::MAX),
                        }));
                    }
                    let retryable = !too_long
                        && (status == 429 || (idempotent && err.kind == ErrorKind::Transient));
                    if status == 429
                        && !too_long
                        && let Some(d) = retry_after
                    {
                        // The service blocks the whole tier until then: hold every request.
                        self.pacer.pause(tier, d);
                    }
                    (
                        (err, retryable),
                        retry_after.filter(|_| status == 429 || status == 503),
                    )
                }
                Attempt::Failed {
                    status,
                    trace_id,
                    message,
                } => {
                    let err = ApiError {
                        kind: ErrorKind::Transient,
                        status,
                        trace_id,
                        ..ApiError::other(message)
                    };
                    ((err, idempotent), None)
                }
            };
            let (mut err, retryable) = error;
            if !retryable || attempt >= self.config.retries {
                err.retries = attempt;
                self.log(
                    &method,
                    &url,
                    err.status,
                    elapsed,
                    err.trace_id.clone(),
                    if err.status.is_none() {
                        Some(err.title.clone())
                    } else {
                        None
                    },
                );
                return Err(err);
            }
            let delay = wait_hint.unwrap_or_else(|| self.backoff(attempt));
            self.log(
                &method,
                &url,
                err.status,
                elapsed,
                err.trace_id.clone(),
                Some(format!(
                    "{}retrying in {:.1}s ({}/{})",
                    if err.status.is_none() {
                        format!("{}; ", err.title)
                    } else {
                        String::new()
                    },
                    delay.as_secs_f64(),
                    attempt + 1,
                    self.config.retries
                )),
            );
            // Ends early on Ctrl-C; the next wait for the pacer then returns `err`.
            self.pacer.sleep(delay).await;
            err.retries = attempt;
            last = Some(err);
            attempt += 1;
        }
    }

    /// Exponential backoff with jitter: a random delay between half and all of
    /// `base * 2^attempt`, capped.
    fn backoff(&self, attempt: u32) -> Duration {
        let full = self
            .config
            .backoff_base
            .saturating_mul(1u32 << attempt.min(16))
            .min(self.config.max_backoff);
        let half = full / 2;
        half + half.mul_f64(fastrand::f64())
    }

    fn log(
        &self,
        method: &reqwest::Method,
        url: &Url,
        status: Option<u16>,
        duration: Duration,
        trace_id: Option<String>,
        note: Option<String>,
    ) {
        if let Some(logger) = &self.config.logger {
            logger(Log::Request(&LogEvent {
                method: method.to_string(),
                url: url.to_string(),
                status,
                duration,
                trace_id,
                note,
            }));
        }
    }
}

/// Why a body was not read whole.
enum BodyError {
    /// Longer than the cap (after decompression).
    TooLarge,
    /// The connection failed or the body could not be decoded.
    Cut(reqwest::Error),
}

/// Reads a body chunk by chunk (decompressed as it comes), stopping as soon as it would pass
/// `cap` bytes. `Content-Length` is not trusted either way: a short one is no promise, and a
/// large one reserves nothing.
async fn read_body(mut resp: reqwest::Response, cap: usize) -> Result<Vec<u8>, BodyError> {
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Cut)? {
        if chunk.len() > cap - body.len() {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

enum Attempt {
    Answer {
        status: u16,
        body: Vec<u8>,
        trace_id: Option<String>,
        retry_after: Option<Duration>,
    },
    Failed {
        status: Option<u16>,
        trace_id: Option<String>,
        message: String,
    },
}

/// `Ratelimit-Limit`, `Ratelimit-Remaining` and `Ratelimit-Reset`, when all three are sent.
fn rate_headers(h: &HeaderMap) -> Option<(u64, u64, u64)> {
    let num = |name: &str| -> Option<u64> { h.get(name)?.to_str().ok()?.trim().parse().ok() };
    Some((
        num("ratelimit-limit")?,
        num("ratelimit-remaining")?,
        num("ratelimit-reset")?,
    ))
}

/// What to make of a request that got no answer.
enum NoAnswer {
    /// Give up at once with this error: a retry would meet the same.
    Final(ApiError),
    /// Retry (when the request may be repeated); this is what went wrong.
    Transient(String),
}

/// The causes of an error, outermost first, including the errors an `io::Error` wraps (whose
/// `source` skips them).
fn causes<'a>(
    e: &'a (dyn std::error::Error + 'static),
) -> impl Iterator<Item = &'a (dyn std::error::Error + 'static)> {
    let mut stack: Vec<&'a (dyn std::error::Error + 'static)> = vec![e];
    // Bounded: an error chain is a handful of links; 64 is far beyond any real one.
    let mut left = 64usize;
    std::iter::from_fn(move || {
        let next = stack.pop()?;
        left = left.checked_sub(1)?;
        if let Some(source) = next.source() {
            stack.push(source);
        }
        if let Some(inner) = next
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            stack.push(inner);
        }
        Some(next)
    })
}

/// Whether a failed request failed on the server's certificate, by the text of its causes:
/// the fallback for verifiers whose errors are not rustls's certificate errors.
fn is_certificate_error(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        let text = s.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("unknownissuer") {
            return true;
        }
        source = s.source();
    }
    false
}

/// The innermost cause of a reqwest error, which is the informative one.
fn short(e: &reqwest::Error) -> String {
    let mut source: &dyn std::error::Error = e;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

fn parse_base(s: &str) -> Result<Url, ApiError> {
    let shown = cut(s, 100);
    let url = Url::parse(s.trim()).map_err(|e| {
        ApiError::invalid(format!(
            "`{shown}` is not a server URL ({e}); expected e.g. https://tenant.eu.qlikcloud.com"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(ApiError::invalid(format!(
            "`{shown}` is not an http(s) server URL; expected e.g. https://tenant.eu.qlikcloud.com"
        )));
    }
    Ok(url)
}

/// The error for a URL over [`MAX_URL_LEN`]: its length, and the longest part of it (the
/// path, or one query value), cut.
fn too_long(base: &str, path_and_query: &str) -> ApiError {
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let longest = url::form_urlencoded::parse(query.as_bytes())
        .max_by_key(|(_, v)| v.len())
        .filter(|(_, v)| v.len() > path.len());
    let part = match longest {
        Some((k, v)) => format!(
            "the `{}` value alone is {} bytes: `{}`",
            cut(&k, 40),
            v.len(),
            cut(&v, 40)
        ),
        None => format!("the path alone is {} bytes: {}", path.len(), cut(path, 60)),
    };
    ApiError::invalid(format!(
        "not sent: the URL would be {} bytes, more than the {MAX_URL_LEN} allowed ({part})",
        base.trim_end_matches('/').len() + path_and_query.len()
    ))
}

/// `Retry-After`: delay-seconds (integer, or decimal as some services send) or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = v.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0).then(|| Duration::from_secs_f64(secs.min(1e6)));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: &str) -> Client {
        Client::new(ClientConfig::new(base, Secret::new("k"))).unwrap()
    }

    #[test]
    fn segments_are_encoded_whole() {
        assert_eq!(segment("abc-1_2.3~"), "abc-1_2.3~");
        assert_eq!(segment("a/b?c#d e"), "a%2Fb%3Fc%23d%20e");
        assert_eq!(segment(".."), "%2E%2E");
        assert_eq!(segment("é"), "%C3%A9");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            with_query(
                "/api/v1/items",
                &[
                    ("sort", "+name".into()),
                    ("resourceType", "app[qvd,]".into())
                ]
            ),
            "/api/v1/items?sort=%2Bname&resourceType=app%5Bqvd%2C%5D"
        );
        assert_eq!(with_query("/x", &[("name", "a b".into())]), "/x?name=a%20b");
        assert_eq!(with_query("/x", &[]), "/x");
    }

    #[test]
    fn links_stay_on_the_configured_server() {
        let c = client("http://127.0.0.1:8080");
        let page = "/api/v1/items?limit=100";
        assert_eq!(
            c.link_path(
                page,
                "https://evil.example.com/api/v1/items?next=abc&limit=100"
            )
            .unwrap(),
            "/api/v1/items?next=abc&limit=100"
        );
        assert_eq!(
            c.link_path(page, "/api/v1/items?next=x").unwrap(),
            "/api/v1/items?next=x"
        );
        let url = c.url("/api/v1/items?next=x").unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:8080/api/v1/items?next=x");
    }

    /// Relative links resolve against the page's URL (RFC 3986), dot segments removed.
    #[test]
    fn links_resolve_against_the_page() {
        for base in ["http://127.0.0.1:8080", "http://127.0.0.1:8080/base/"] {
            let c = client(base);
            let page = "/api/v1/items/a%2Fb/collections?next=c1&limit=100";
            for (href, path) in [
                ("?next=c2", "/api/v1/items/a%2Fb/collections?next=c2"),
                (
                    "collections?next=c2",
                    "/api/v1/items/a%2Fb/collections?next=c2",
                ),
                ("./collections", "/api/v1/items/a%2Fb/collections"),
                ("../../admin/keys", "/api/v1/admin/keys"),
                ("/api/v1/items/../../admin/keys", "/api/admin/keys"),
                ("/api/v1/items/%2e%2e/users?x=1", "/api/v1/users?x=1"),
                ("c2", "/api/v1/items/a%2Fb/c2"),
                ("", "/api/v1/items/a%2Fb/collections?next=c1&limit=100"),
                ("#frag", "/api/v1/items/a%2Fb/collections?next=c1&limit=100"),
            ] {
                assert_eq!(
                    c.link_path(page, href).as_deref(),
                    Some(path),
                    "{base} {href}"
                );
            }
            assert_eq!(c.link_path(page, "http://[::1"), None);
        }
        // Outside a base path, a link's path is kept as it is (and found outside the listing).
        let c = client("http://127.0.0.1:8080/base");
        assert_eq!(
            c.link_path("/api/v1/items", "/basement/x").as_deref(),
            Some("/basement/x")
        );
    }

    #[test]
    fn bad_server_urls_are_errors() {
        for s in ["tenant.qlikcloud.com", "ftp://x", "http://", ""] {
            assert!(
                Client::new(ClientConfig::new(s, Secret::new("k"))).is_err(),
                "{s}"
            );
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("0.5", now),
            Some(Duration::from_millis(500))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    #[test]
    fn backoff_grows_with_jitter_and_cap() {
        let c = client("http://127.0.0.1:1");
        for attempt in 0..20 {
            let d = c.backoff(attempt);
            let full = Duration::from_millis(250)
                .saturating_mul(1 << attempt.min(16))
                .min(Duration::from_secs(20));
            assert!(d >= full / 2 && d <= full, "{attempt}: {d:?}");
        }
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Built once: a client loads the system's roots.
    fn client() -> &'static Client {
        static CLIENT: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
        CLIENT.get_or_init(|| {
            Client::new(ClientConfig::new(
                "https://tenant.example.invalid/base",
                Secret::new("k"),
            ))
            .unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn links_are_followed_on_the_configured_server_only(
            host in "[a-z]{1,10}\\.(invalid|com)",
            port in proptest::option::of(1u16..),
            path in "(/[a-z0-9._%-]{0,8}){0,4}",
            query in "[a-z0-9=&%+]{0,20}",
        ) {
            let client = client();
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            for href in [
                format!("https://{host}{port}{path}?{query}"),
                format!("http://{host}{port}{path}"),
                format!("//{host}{path}"),
                format!("{path}?{query}"),
            ] {
                if let Some(p) = client.link_path("/api/v1/items?limit=100", &href)
                    && let Ok(url) = client.url(&p)
                {
                    prop_assert_eq!(url.host_str(), Some("tenant.example.invalid"));
                    prop_assert_eq!(url.scheme(), "https");
                    prop_assert!(url.path().starts_with("/base"), "{href} -> {url}");
                }
            }
        }

        #[test]
        fn an_id_is_one_segment_or_refused(id in ".{1,16}") {
            let client = client();
            let path = format!("/api/v1/items/{}", segment(&id));
            match client.url(&path) {
                Ok(url) => {
                    prop_assert_eq!(url.path(), format!("/base{path}"));
                    let last = url.path_segments().unwrap().next_back().unwrap().to_string();
                    prop_assert_eq!(percent_encoding::percent_decode_str(&last).decode_utf8_lossy(), id);
                }
                Err(_) => prop_assert!(id == "." || id == "..", "{id:?} refused"),
            }
        }
    }
}
