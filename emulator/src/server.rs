//! The HTTP layer: connections (plain or TLS), and for each request the trace id, injected
//! faults, authentication, rate limits, routing, timing headers, the log and the record.

use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioExecutor, TokioIo};
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot, watch};
use tokio_rustls::TlsAcceptor;

use crate::RecordedRequest;
use crate::error::ApiError;
use crate::faults::{self, Outcome};
use crate::handlers::{self, Answer};
use crate::oauth::{self, OAuthAnswer};
use crate::query::Params;
use crate::ratelimit::{Tier, Verdict};
use crate::rng::mix;
use crate::state::{Principal, Shared};

const MAX_BODY: usize = 1 << 20;

enum Route {
    List,
    Settings,
    Item(String),
    Collections(String),
    Published(String),
    /// `GET /api/v1/users/me`: a redirect to the user the credential acts as.
    Me,
    /// `GET /api/v1/users/{id}`: that user, when it is the one the credential acts as.
    User(String),
    /// `POST /oauth/token`: no key needed.
    Token,
    /// `POST /oauth/revoke`: no key needed.
    Revoke,
    NotFound,
}

fn route(path: &str) -> Route {
    match path {
        "/api/v1/users/me" => return Route::Me,
        "/oauth/token" => return Route::Token,
        "/oauth/revoke" => return Route::Revoke,
        _ => {}
    }
    if let Some(id) = path.strip_prefix("/api/v1/users/") {
        return match percent_encoding::percent_decode_str(id).decode_utf8() {
            Ok(id) if !id.is_empty() && !id.contains('/') => Route::User(id.into_owned()),
            _ => Route::NotFound,
        };
    }
    let Some(rest) = path.strip_prefix("/api/v1/items") else {
        return Route::NotFound;
    };
    if rest.is_empty() {
        return Route::List;
    }
    let Some(rest) = rest.strip_prefix('/') else {
        return Route::NotFound;
    };
    let segs: Vec<&str> = rest.split('/').collect();
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8()
            .ok()
            .map(|c| c.into_owned())
    };
    match segs.as_slice() {
        ["settings"] => Route::Settings,
        [id] if !id.is_empty() => decode(id).map_or(Route::NotFound, Route::Item),
        [id, "collections"] if !id.is_empty() => {
            decode(id).map_or(Route::NotFound, Route::Collections)
        }
        [id, "publisheditems"] if !id.is_empty() => {
            decode(id).map_or(Route::NotFound, Route::Published)
        }
        _ => Route::NotFound,
    }
}

fn bearer(req: &Request<Incoming>) -> Option<&str> {
    let v = req.headers().get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, key) = v.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| key.trim())
}

/// A response body: whole, or under an injected fault one that fails part-way ([`Truncated`]).
type Body = BoxBody<Bytes, std::io::Error>;

fn whole(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed()
}

fn json_response(status: u16, body: Vec<u8>) -> Response<Body> {
    let mut resp = Response::new(if status == 204 {
        whole(Bytes::new())
    } else {
        whole(body)
    });
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if status != 204 {
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
    }
    resp
}

/// A 301 to `location`, with the small HTML body the Users contract gives it.
fn redirect(location: &str) -> Response<Body> {
    let body = format!("<a href=\"{location}\">Moved Permanently</a>.\n");
    let mut resp = Response::new(whole(body));
    *resp.status_mut() = StatusCode::MOVED_PERMANENTLY;
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(location) {
        h.insert(header::LOCATION, v);
    }
    resp
}

fn error_response(e: &ApiError) -> Response<Body> {
    let mut resp = json_response(e.status, e.body());
    if let Some(secs) = e.retry_after {
        resp.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    resp
}

fn rate_headers(resp: &mut Response<Body>, limit: u64, remaining: u64, reset: i64) {
    let h = resp.headers_mut();
    h.insert("ratelimit-limit", HeaderValue::from(limit));
    h.insert("ratelimit-remaining", HeaderValue::from(remaining));
    h.insert("ratelimit-reset", HeaderValue::from(reset));
}

/// The OAuth endpoints: no key, a small body, JSON or form, answers never cached.
async fn process_oauth(sh: &Shared, route: Route, req: Request<Incoming>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let answer = if req.method() != Method::POST {
        oauth::method_not_allowed(req.method().as_str(), &path)
    } else {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        match http_body_util::Limited::new(req.into_body(), oauth::MAX_BODY)
            .collect()
            .await
        {
            Err(_) => oauth::body_too_large(),
            Ok(b) => match oauth::fields(content_type.as_deref(), &b.to_bytes()) {
                Err(e) => e,
                Ok(f) if matches!(route, Route::Token) => oauth::token(sh, &f),
                Ok(f) => oauth::revoke(sh, &f),
            },
        }
    };
    let OAuthAnswer { status, body } = answer;
    let mut resp = json_response(status, body);
    // RFC 6749 section 5.1: token answers must not be cached.
    let h = resp.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
    if status == 405 {
        h.insert(header::ALLOW, HeaderValue::from_static("POST"));
    }
    resp
}

async fn process(sh: &Shared, req: Request<Incoming>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let route = route(&path);
    if matches!(route, Route::Token | Route::Revoke) {
        return process_oauth(sh, route, req).await;
    }
    let method = req.method().clone();
    let tier = match method {
        Method::GET | Method::HEAD => Some(Tier::One),
        Method::PUT | Method::DELETE | Method::PATCH => Some(Tier::Two),
        _ => None,
    };
    // The rate-limit budget is the key's, or for an access token its client's.
    let (key, principal) = match bearer(&req) {
        None => {
            return error_response(&ApiError::unauthorized(
                "Send the API key or access token as `Authorization: Bearer KEY`.",
            ));
        }
        Some(k) if k == sh.api_key => (k.to_string(), Principal::Key),
        Some(k) if sh.read_only_key.as_deref() == Some(k) => {
            if tier == Some(Tier::Two) {
                return error_response(&ApiError::forbidden(
                    "This API key may only read; it cannot change items or settings.",
                ));
            }
            (k.to_string(), Principal::Key)
        }
        Some(k) => {
            let client = sh
                .tokens
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .client_of(k, sh.clock.now_ms());
            match client {
                Some(id) => (format!("oauth-client:{id}"), Principal::Client(id)),
                // An expired or revoked token is answered as a wrong key is.
                None => {
                    return error_response(&ApiError::unauthorized(
                        "The API key or access token is not valid.",
                    ));
                }
            }
        }
    };
    let mut headers = None;
    if let Some(tier) = tier {
        let verdict =
            sh.rate
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .check(&key, tier, sh.clock.now_ms());
        match verdict {
            Verdict::Off => {}
            Verdict::Allowed {
                limit,
                remaining,
                reset_epoch_s,
            } => headers = Some((limit, remaining, reset_epoch_s)),
            Verdict::Limited {
                limit,
                reset_epoch_s,
                retry_after_s,
            } => {
                let mut resp = error_response(&ApiError::rate_limited(retry_after_s));
                if sh.rate_headers {
                    rate_headers(&mut resp, limit, 0, reset_epoch_s);
                }
                return resp;
            }
        }
    }
    let params = Params::parse(req.uri().query());
    let body = if matches!(method, Method::PUT | Method::PATCH) {
        match http_body_util::Limited::new(req.into_body(), MAX_BODY)
            .collect()
            .await
        {
            Ok(b) => b.to_bytes(),
            Err(_) => {
                return error_response(&ApiError::bad_body(
                    "The body could not be read (at most 1 MiB is accepted).",
                ));
            }
        }
    } else {
        Bytes::new()
    };
    let answer: Answer = match (route, &method) {
        (Route::List, &Method::GET) => handlers::list_items(sh, &params),
        (Route::Settings, &Method::GET) => handlers::get_settings(sh),
        (Route::Settings, &Method::PATCH) => handlers::patch_settings(sh, &body),
        (Route::Settings, &Method::PUT) => handlers::put_item(sh, "settings", &body, &principal),
        (Route::Settings, &Method::DELETE) => handlers::delete_item(sh, "settings"),
        (Route::Item(id), &Method::GET) => handlers::get_item(sh, &id),
        (Route::Item(id), &Method::PUT) => handlers::put_item(sh, &id, &body, &principal),
        (Route::Item(id), &Method::DELETE) => handlers::delete_item(sh, &id),
        (Route::Collections(id), &Method::GET) => handlers::list_collections(sh, &id, &params),
        (Route::Published(id), &Method::GET) => handlers::list_published(sh, &id, &params),
        (Route::Me, &Method::GET) => {
            // As the Users contract has it: 301 to the user resource.
            let location = format!(
                "/api/v1/users/{}",
                percent_encoding::utf8_percent_encode(
                    &handlers::user_id(sh, &principal),
                    percent_encoding::NON_ALPHANUMERIC
                )
            );
            return redirect(&location);
        }
        (Route::User(id), &Method::GET) => handlers::get_user(sh, &principal, &id),
        (Route::NotFound, _) => Err(ApiError::not_found(format!("No such path: {path}"))),
        (_, m) => Err(ApiError::method_not_allowed(format!(
            "{m} is not supported on {path}."
        ))),
    };
    let mut resp = match answer {
        Ok((status, body)) => json_response(status, body),
        Err(e) => error_response(&e),
    };
    if let (Some((limit, remaining, reset)), true) = (headers, sh.rate_headers) {
        rate_headers(&mut resp, limit, remaining, reset);
    }
    resp
}

/// A body that sends its first half and then fails, so the client sees a cut-short answer.
struct Truncated(Option<Bytes>);

impl http_body::Body for Truncated {
    type Data = Bytes;
    type Error = std::io::Error;
    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        std::task::Poll::Ready(Some(match self.0.take() {
            Some(b) => Ok(http_body::Frame::data(b)),
            None => Err(std::io::Error::other("injected fault: body truncated")),
        }))
    }
}

async fn truncate(resp: Response<Body>) -> Response<Body> {
    let (mut parts, body) = resp.into_parts();
    let full = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    if full.is_empty() {
        return Response::from_parts(parts, whole(Bytes::new()));
    }
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(full.len()));
    let half = full.slice(..full.len() / 2);
    Response::from_parts(parts, Truncated(Some(half)).boxed())
}

/// Answers one request. `drop_conn` is notified when the connection is to be dropped.
pub async fn handle(
    sh: Arc<Shared>,
    req: Request<Incoming>,
    drop_conn: Arc<Notify>,
) -> Response<Body> {
    let started = Instant::now();
    let n = sh.counter.fetch_add(1, Ordering::SeqCst);
    let method = req.method().to_string();
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "/".to_string());
    let had_authorization = req.headers().contains_key(header::AUTHORIZATION);
    if req.uri().path() == "/oauth/token" {
        sh.token_requests.fetch_add(1, Ordering::SeqCst);
    }
    let plan = faults::plan(&sh.faults, sh.seed, n);
    let finish = |status: u16| {
        if sh.log {
            eprintln!(
                "{method} {path_and_query} {status} {:.2}ms",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
        sh.record(RecordedRequest {
            method: method.clone(),
            path_and_query: path_and_query.clone(),
            status,
            had_authorization,
        });
    };
    if plan.delay_ms > 0 {
        tokio::time::sleep(Duration::from_millis(plan.delay_ms)).await;
    }
    let mut resp = match plan.outcome {
        Outcome::Drop => {
            finish(0);
            drop_conn.notify_one();
            return std::future::pending().await;
        }
        Outcome::Error500 => error_response(&ApiError::internal()),
        Outcome::Error503 => {
            let mut e = ApiError::unavailable();
            if let Some(secs) = sh.faults.retry_after_secs {
                e.retry_after = Some(secs);
            }
            error_response(&e)
        }
        Outcome::Error429 => error_response(&ApiError::rate_limited(
            sh.faults.retry_after_secs.unwrap_or(0),
        )),
        Outcome::Normal => process(&sh, req).await,
    };
    let app_ms = started.elapsed().as_secs_f64() * 1000.0;
    let trace = format!(
        "{:016x}{:016x}",
        mix(n ^ sh.seed),
        mix(n.wrapping_add(0xB3))
    );
    let h = resp.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&trace) {
        h.insert("x-b3-traceid", v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("app;dur={app_ms:.3}")) {
        h.insert("server-timing", v);
    }
    finish(resp.status().as_u16());
    if plan.truncate {
        resp = truncate(resp).await;
    }
    resp
}

async fn serve_connection<I>(io: I, sh: Arc<Shared>, mut stop: watch::Receiver<bool>)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let drop_conn = Arc::new(Notify::new());
    let svc = {
        let drop_conn = drop_conn.clone();
        hyper::service::service_fn(move |req| {
            let sh = sh.clone();
            let d = drop_conn.clone();
            async move { Ok::<_, Infallible>(handle(sh, req, d).await) }
        })
    };
    let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
    let conn = builder.serve_connection(TokioIo::new(io), svc);
    let mut conn = std::pin::pin!(conn);
    let dropped = drop_conn.notified();
    let mut dropped = std::pin::pin!(dropped);
    let mut stopping = false;
    loop {
        tokio::select! {
            _ = conn.as_mut() => break,
            _ = dropped.as_mut() => break,
            _ = stop.changed(), if !stopping => {
                stopping = true;
                conn.as_mut().graceful_shutdown();
            }
        }
    }
}

/// Accepts connections until `stop` fires.
pub async fn accept_loop(
    listener: TcpListener,
    sh: Arc<Shared>,
    tls: Option<TlsAcceptor>,
    mut stop: oneshot::Receiver<()>,
) {
    let (conn_stop_tx, conn_stop_rx) = watch::channel(false);
    loop {
        tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let sh = sh.clone();
                let stop_rx = conn_stop_rx.clone();
                let tls = tls.clone();
                tokio::spawn(async move {
                    match tls {
                        Some(acceptor) => {
                            if let Ok(stream) = acceptor.accept(stream).await {
                                serve_connection(stream, sh, stop_rx).await;
                            }
                        }
                        None => serve_connection(stream, sh, stop_rx).await,
                    }
                });
            }
        }
    }
    let _ = conn_stop_tx.send(true);
}
