//! The client and its loop of attempts: wait for the pacer, try once, and on a failure
//! either give up or wait (see `retry.rs`) and try again.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{HeaderMap, HeaderValue};
use url::Url;

use super::failure::{BodyError, NoAnswer, read_body, short};
use super::guard::{self, check_header};
use super::pacer::{self, Pacer, Slot, Tier};
use super::retry::{Failure, rate_headers};
use super::urls::{needs_tls, parse_base};
use super::{
    ApiError, ClientConfig, ErrorKind, Log, LogEvent, MAX_ERROR_BODY_BYTES, Response, retry,
};

/// The API client. Cheap to clone (one connection pool, kept alive).
#[derive(Clone)]
pub struct Client {
    pub(super) http: reqwest::Client,
    pub(super) base: Url,
    pub(super) config: Arc<ClientConfig>,
    pub(super) pacer: Arc<Pacer>,
    /// The `Authorization` header of an API key (`None` with an OAuth client).
    pub(super) key_header: Option<HeaderValue>,
    /// The OAuth access token in use, shared by the clones (see `oauth.rs`).
    pub(super) bearer: Arc<tokio::sync::Mutex<super::oauth::Bearer>>,
}

/// One request, as each attempt sends it.
pub(super) struct Request<'a> {
    pub(super) method: reqwest::Method,
    pub(super) url: Url,
    pub(super) body: Option<&'a serde_json::Value>,
    /// A body sent as these bytes, as JSON (`Content-Type: application/json`), instead of `body`.
    pub(super) raw: Option<&'a [u8]>,
    /// Everything but PATCH and POST may be repeated safely after a failure the server may
    /// have seen; 429 means the request was not processed, so it is always retried.
    pub(super) idempotent: bool,
    pub(super) tier: Tier,
    /// The `Authorization` header sent, if any.
    pub(super) auth: Option<HeaderValue>,
    /// The most bytes of a success answer read, when lower than the client's.
    pub(super) cap: Option<usize>,
    /// A redirect (3xx) is an answer to return, with its `Location`, not a failure.
    pub(super) redirect_ok: bool,
}

/// What one attempt came to.
enum Outcome {
    /// A success answer.
    Done(Response),
    /// A failure that another attempt cannot cure (the certificate, the protocol, an answer
    /// too large to read).
    Final(ApiError),
    /// A failure that may be retried.
    Failed(Failure),
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, ApiError> {
        let base = parse_base(&config.base_url)?;
        let mut headers = HeaderMap::new();
        let key_header = match config.oauth {
            Some(_) => None,
            None => Some(
                super::oauth::bearer_header(config.api_key.expose()).map_err(|_| {
                    ApiError::other("the API key contains characters not allowed in a header")
                })?,
            ),
        };
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
            key_header,
            bearer: Arc::default(),
        })
    }

    /// Ctrl-C: no request of this client (or its clones) starts any more, and every wait for
    /// the pacer or a retry ends at once with [`ErrorKind::Interrupted`] (or, for a retry,
    /// the failure it would have retried). Requests in flight go on.
    pub fn interrupt(&self) {
        self.pacer.close();
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
        self.send_request(method, path_and_query, body, false).await
    }

    /// Sends a request with retries, its body these bytes as they are (JSON the caller has
    /// checked). PATCH and POST are retried only when the service cannot have processed them
    /// (a 429, a connection refused).
    pub async fn send_bytes(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        body: Option<&[u8]>,
    ) -> Result<Response, ApiError> {
        self.send_with(method, path_and_query, None, body, false)
            .await
    }

    /// [`send`](Self::send), where `redirect_ok` returns a redirect as an answer.
    pub(super) async fn send_request(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        body: Option<&serde_json::Value>,
        redirect_ok: bool,
    ) -> Result<Response, ApiError> {
        self.send_with(method, path_and_query, body, None, redirect_ok)
            .await
    }

    async fn send_with(
        &self,
        method: reqwest::Method,
        path_and_query: &str,
        body: Option<&serde_json::Value>,
        raw: Option<&[u8]>,
        redirect_ok: bool,
    ) -> Result<Response, ApiError> {
        let mut req = Request {
            url: self.url(path_and_query)?,
            idempotent: !matches!(method, reqwest::Method::PATCH | reqwest::Method::POST),
            tier: Tier::for_path(&method, path_and_query),
            method,
            body,
            raw,
            auth: None,
            cap: None,
            redirect_ok,
        };
        let (auth, generation) = self.authorization().await?;
        req.auth = Some(auth);
        match self.run(&req).await {
            // An access token the service no longer takes (expired, revoked): a new one,
            // once, and the request once more. A 401 means the request was not processed.
            Err(e) if e.status == Some(401) && self.config.oauth.is_some() => {
                req.auth = Some(self.renew(generation).await?);
                self.run(&req).await
            }
            other => other,
        }
    }

    /// Sends `req` with retries (the loop of attempts).
    pub(super) async fn run(&self, req: &Request<'_>) -> Result<Response, ApiError> {
        let mut attempt: u32 = 0;
        // The failure a retry was to cure, for when Ctrl-C cancels the retry.
        let mut last: Option<ApiError> = None;
        loop {
            let Ok(slot) = self.pacer.wait(req.tier).await else {
                return Err(last.unwrap_or_else(|| ApiError {
                    kind: ErrorKind::Interrupted,
                    ..ApiError::other("not sent: interrupted")
                }));
            };
            let started = Instant::now();
            let outcome = self.attempt(req, slot).await;
            let elapsed = started.elapsed();
            let Failure {
                mut err,
                retryable,
                wait,
            } = match outcome {
                Outcome::Done(resp) => {
                    let (status, trace) = (Some(resp.status), resp.trace_id.clone());
                    self.log(req, status, elapsed, trace, None);
                    return Ok(resp);
                }
                Outcome::Final(err) => {
                    let note = Some(err.title.clone());
                    self.log(req, err.status, elapsed, err.trace_id.clone(), note);
                    return Err(err);
                }
                Outcome::Failed(failure) => failure,
            };
            // Without a status, the log line says what went wrong.
            let what = err.status.is_none().then(|| err.title.clone());
            if !retryable || attempt >= self.config.retries {
                err.retries = attempt;
                self.log(req, err.status, elapsed, err.trace_id.clone(), what);
                return Err(err);
            }
            let delay = wait.unwrap_or_else(|| self.backoff(attempt));
            let note = format!(
                "{}retrying in {:.1}s ({}/{})",
                what.map(|w| format!("{w}; ")).unwrap_or_default(),
                delay.as_secs_f64(),
                attempt + 1,
                self.config.retries
            );
            self.log(req, err.status, elapsed, err.trace_id.clone(), Some(note));
            // Ends early on Ctrl-C; the next wait for the pacer then returns `err`.
            self.pacer.sleep(delay).await;
            err.retries = attempt;
            last = Some(err);
            attempt += 1;
        }
    }

    /// One attempt of `req`, in the place `slot` holds for it, told how it ended.
    async fn attempt(&self, req: &Request<'_>, mut slot: Slot) -> Outcome {
        let mut builder = self.http.request(req.method.clone(), req.url.clone());
        if let Some(b) = req.body {
            builder = builder.json(b);
        } else if let Some(bytes) = req.raw {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes.to_vec());
        }
        if let Some(auth) = &req.auth {
            builder = builder.header(reqwest::header::AUTHORIZATION, auth.clone());
        }
        let resp = match builder.send().await {
            Ok(resp) => resp,
            Err(e) => {
                // A refused connection never reached the service; anything else may have.
                slot.unanswered(!e.is_connect());
                return match self.no_answer(&e) {
                    // Retrying cannot help: the certificate, or the protocol, is wrong.
                    NoAnswer::Final(err) => Outcome::Final(err),
                    NoAnswer::Transient(message) => Outcome::Failed(Failure {
                        err: ApiError {
                            kind: ErrorKind::Transient,
                            ..ApiError::other(message)
                        },
                        retryable: req.idempotent,
                        wait: None,
                    }),
                };
            }
        };
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
            .and_then(|v| retry::parse_retry_after(v, SystemTime::now()));
        let location = resp
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .filter(|v| v.len() <= super::guard::MAX_URL_LEN)
            .map(str::to_string);
        let redirect = req.redirect_ok && (300..400).contains(&status);
        let success = (200..300).contains(&status);
        let cap = if success {
            req.cap.map_or(self.config.max_response_bytes, |c| {
                c.min(self.config.max_response_bytes)
            })
        } else {
            self.config.max_response_bytes.min(MAX_ERROR_BODY_BYTES)
        };
        let body = match read_body(resp, cap).await {
            Ok(body) => body,
            // An error answer too long to read whole: its status is what matters.
            Err(BodyError::TooLarge) if !success => Vec::new(),
            Err(BodyError::TooLarge) => {
                return Outcome::Final(ApiError {
                    status: Some(status),
                    trace_id,
                    ..ApiError::other(format!(
                        "the answer is larger than {}, the most read of one answer{}; it was \
                         not read further",
                        crate::limits::human_bytes(cap),
                        match &self.config.names.max_response_bytes {
                            Some(name) => format!(" ({name})"),
                            None => String::new(),
                        }
                    ))
                });
            }
            Err(BodyError::Cut(e)) => {
                return Outcome::Failed(Failure {
                    err: ApiError {
                        kind: ErrorKind::Transient,
                        status: Some(status),
                        trace_id,
                        ..ApiError::other(format!("the answer was cut short ({})", short(&e)))
                    },
                    retryable: req.idempotent,
                    wait: None,
                });
            }
        };
        if success || redirect {
            return Outcome::Done(Response {
                status,
                body,
                trace_id,
                location: location.filter(|_| redirect),
            });
        }
        Outcome::Failed(self.error_answer(
            status,
            &body,
            trace_id,
            retry_after,
            req.idempotent,
            req.tier,
        ))
    }

    /// Tells the `-v` hook about one attempt of `req`.
    fn log(
        &self,
        req: &Request<'_>,
        status: Option<u16>,
        duration: Duration,
        trace_id: Option<String>,
        note: Option<String>,
    ) {
        if let Some(logger) = &self.config.logger {
            logger(Log::Request(&LogEvent {
                method: req.method.to_string(),
                url: req.url.to_string(),
                status,
                duration,
                trace_id,
                note,
            }));
        }
    }
}
