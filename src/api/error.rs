//! The typed error of the API client.

use std::fmt;

use crate::text;

/// The longest title or detail shown, in characters once escaped: a backstop for messages not
/// built by [`from_response`], whose server text is already cut at [`text::SERVER_TEXT_CAP`].
const MESSAGE_CAP: usize = 1000;

/// What kind of failure, for the exit code and the hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 400: the service rejected the request.
    BadRequest,
    /// 401/403: the key is wrong, expired, or may not do this.
    Auth,
    /// 404.
    NotFound,
    /// 409.
    Conflict,
    /// 429, 502/503/504 or a connection failure, still failing after the retries.
    Transient,
    /// The server's TLS certificate is not trusted (not retried).
    Tls,
    /// The server speaks another protocol than the URL says (plain HTTP to an `https://` URL,
    /// TLS to an `http://` one), or the TLS handshake failed: not retried.
    Protocol,
    /// The request cannot be built from what was given (a URL too long, a path that would
    /// change meaning, a header that is not allowed): nothing was sent.
    Invalid,
    /// Not sent: the command was interrupted (Ctrl-C) while the request waited its turn.
    Interrupted,
    /// Anything else: 500, an unreadable answer, a bad configuration.
    Other,
}

/// One failed API call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub kind: ErrorKind,
    /// HTTP status, when an answer came.
    pub status: Option<u16>,
    /// The service's error `code`, e.g. `ITEMS-404`.
    pub code: Option<Box<str>>,
    /// The service's `title`, or a description of the failure.
    pub title: String,
    /// The service's `detail`.
    pub detail: Option<String>,
    /// The `X-B3-Traceid` of the answer.
    pub trace_id: Option<String>,
    /// How many retries were made before giving up.
    pub retries: u32,
    /// What only the client could tell (the other scheme the server speaks, the caller's
    /// word on a refused key, a `Retry-After` too long to wait for), for the caller to word
    /// as a hint. Boxed, with `code`, to keep the error small: it is returned everywhere.
    pub advice: Option<Box<Advice>>,
}

/// A fact about a failure that the client alone knows and its caller may turn into advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Advice {
    /// The URL says `https`, and the server at `host_port` (`host:port`) answers the TLS
    /// handshake in plain HTTP.
    SpeaksPlainHttp { host_port: String },
    /// The URL says `http`, and the server at `host_port` does not answer in plain HTTP
    /// (a TLS server, perhaps).
    NotPlainHttp { host_port: String },
    /// A 429 whose `Retry-After`, `secs` seconds, is longer than [`super::MAX_WAIT`].
    WaitTooLong { secs: u32 },
    /// The caller's own words for a 401 ([`super::ClientConfig::auth_hint`]).
    Given(Box<str>),
    /// A walk ended because it had followed `pages` pages, the most it was given
    /// ([`super::paging::Follow::max_pages`]), and the service linked onward.
    PageCap { pages: u64 },
}

impl ApiError {
    pub(crate) fn other(title: impl Into<String>) -> ApiError {
        ApiError {
            kind: ErrorKind::Other,
            status: None,
            code: None,
            title: title.into(),
            detail: None,
            trace_id: None,
            retries: 0,
            advice: None,
        }
    }

    /// A request refused before sending (exit 2).
    pub(crate) fn invalid(title: impl Into<String>) -> ApiError {
        ApiError {
            kind: ErrorKind::Invalid,
            ..ApiError::other(title)
        }
    }

    /// Kind for an HTTP status that is an error.
    pub fn kind_of_status(status: u16) -> ErrorKind {
        match status {
            400 => ErrorKind::BadRequest,
            401 | 403 => ErrorKind::Auth,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            429 | 502 | 503 | 504 => ErrorKind::Transient,
            _ => ErrorKind::Other,
        }
    }
}

impl ApiError {
    /// The failure of one id of a multi-id command, after `ID: `: `not found (HTTP 404, trace
    /// …)` rather than the service's words, which name the id again; other failures in full.
    pub fn for_id(&self) -> String {
        match self.kind {
            ErrorKind::NotFound => format!("not found{}", self.extras()),
            _ => self.to_string(),
        }
    }

    /// ` (HTTP <status>, trace <id>)`, or nothing when neither is known.
    fn extras(&self) -> String {
        let mut extra = Vec::new();
        if let Some(status) = self.status {
            extra.push(format!("HTTP {status}"));
        }
        if let Some(trace) = &self.trace_id {
            extra.push(format!(
                "trace {}",
                text::one_line(trace, text::SHORT_TEXT_CAP)
            ));
        }
        if extra.is_empty() {
            String::new()
        } else {
            format!(" ({})", extra.join(", "))
        }
    }
}

impl fmt::Display for ApiError {
    /// `<title>: <detail> (HTTP <status>, trace <id>)`, on one line: the server's text is
    /// escaped ([`text::escape`]) and cut ([`text::cut`]), so it cannot drive the terminal or
    /// forge a line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let detail = self
            .detail
            .as_deref()
            .filter(|d| !d.trim().is_empty() && *d != self.title);
        match detail {
            Some(detail) => {
                // `Not found.` and `No item …` read `Not found: No item …`, not `Not found.: …`.
                let title = self.title.trim_end();
                let title = title.strip_suffix(['.', ':']).unwrap_or(title).trim_end();
                if !title.is_empty() {
                    write!(f, "{}: ", text::one_line(title, MESSAGE_CAP))?;
                }
                f.write_str(&text::one_line(detail, MESSAGE_CAP))?;
            }
            None => f.write_str(&text::one_line(&self.title, MESSAGE_CAP))?,
        }
        f.write_str(&self.extras())
    }
}

impl std::error::Error for ApiError {}

/// Builds the error for an answer with an error status from its body
/// (`{"errors":[{"code","title","detail"}]}`), falling back to the status text.
///
/// The server's text (code, title, detail, a non-JSON body, the trace id) has every occurrence
/// of `api_key` masked, and is cut at [`text::SERVER_TEXT_CAP`] characters
/// ([`text::SHORT_TEXT_CAP`] for the code and trace id): the key is masked before the cut, so
/// no piece of it survives at the edge.
pub(crate) fn from_response(
    status: u16,
    body: &[u8],
    trace_id: Option<String>,
    api_key: &str,
) -> ApiError {
    let clean = |s: &str, cap: usize| text::cut(&text::mask(s, api_key), cap).into_owned();
    let mut code = None;
    let mut title = None;
    let mut detail = None;
    let mut service_shape = false;
    let parsed = serde_json::from_slice::<serde_json::Value>(body).ok();
    if let Some(first) = parsed
        .as_ref()
        .and_then(|v| v.get("errors"))
        .and_then(|e| e.get(0))
    {
        service_shape = true;
        let s = |k: &str, cap: usize| first.get(k).and_then(|x| x.as_str()).map(|x| clean(x, cap));
        code = s("code", text::SHORT_TEXT_CAP);
        title = s("title", text::SERVER_TEXT_CAP);
        detail = s("detail", text::SERVER_TEXT_CAP);
    } else if let Some(v) = parsed.as_ref().filter(|v| v["error"].is_string()) {
        // OAuth's shape (RFC 6749, 5.2): `{"error": "invalid_client", "error_description"}`.
        service_shape = true;
        let s = |k: &str, cap: usize| v.get(k).and_then(|x| x.as_str()).map(|x| clean(x, cap));
        code = s("error", text::SHORT_TEXT_CAP);
        title = s("error_description", text::SERVER_TEXT_CAP).or_else(|| code.clone());
    }
    let title = title.unwrap_or_else(|| {
        reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("HTTP error")
            .to_string()
    });
    if !service_shape {
        // Not the service's error shape: show a short, single-line piece of the body.
        let text: String = String::from_utf8_lossy(body)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !text.is_empty() {
            detail = Some(clean(&text, text::SERVER_TEXT_CAP));
        }
    }
    ApiError {
        kind: ApiError::kind_of_status(status),
        status: Some(status),
        code: code.map(String::into_boxed_str),
        title,
        detail,
        trace_id: trace_id.map(|t| clean(&t, text::SHORT_TEXT_CAP)),
        retries: 0,
        advice: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_title_detail_status_trace() {
        let body =
            br#"{"errors":[{"code":"ITEMS-404","title":"Not found","detail":"item x not found"}]}"#;
        let e = from_response(404, body, Some("abc123".into()), "");
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.code.as_deref(), Some("ITEMS-404"));
        assert_eq!(
            e.to_string(),
            "Not found: item x not found (HTTP 404, trace abc123)"
        );
    }

    /// The service's titles end with a period (`Not found.`): not doubled with the colon.
    #[test]
    fn title_and_detail_are_joined_cleanly() {
        for (title, detail, shown) in [
            (
                "Not found.",
                "No item with id `x`.",
                "Not found: No item with id `x`.",
            ),
            (
                "Bad request:",
                "Malformed cursor.",
                "Bad request: Malformed cursor.",
            ),
            ("Conflict . ", "Taken.", "Conflict: Taken."),
            ("Not found.", "", "Not found."),
            ("Not found.", " ", "Not found."),
            ("Same.", "Same.", "Same."),
            (".", "d", "d"),
        ] {
            let body = serde_json::json!({"errors": [{"title": title, "detail": detail}]});
            let e = from_response(404, body.to_string().as_bytes(), None, "");
            assert_eq!(
                e.to_string(),
                format!("{shown} (HTTP 404)"),
                "{title:?} {detail:?}"
            );
        }
    }

    /// A line that starts with the id does not repeat it: `not found` with the status and
    /// trace; other failures in full.
    #[test]
    fn an_ids_failure_reads_after_the_id() {
        let body = br#"{"errors":[{"title":"Not found.","detail":"No item with id `x`."}]}"#;
        let e = from_response(404, body, Some("t1".into()), "");
        assert_eq!(e.for_id(), "not found (HTTP 404, trace t1)");
        let body = br#"{"errors":[{"title":"Forbidden.","detail":"No access."}]}"#;
        let e = from_response(403, body, None, "");
        assert_eq!(e.for_id(), "Forbidden: No access. (HTTP 403)");
        assert_eq!(
            ApiError {
                kind: ErrorKind::NotFound,
                ..ApiError::other("gone")
            }
            .for_id(),
            "not found"
        );
    }

    #[test]
    fn falls_back_to_status_text_and_body() {
        let e = from_response(503, b"upstream\n down", None, "");
        assert_eq!(e.kind, ErrorKind::Transient);
        assert_eq!(
            e.to_string(),
            "Service Unavailable: upstream down (HTTP 503)"
        );
        let e = from_response(500, b"", None, "");
        assert_eq!(e.to_string(), "Internal Server Error (HTTP 500)");
    }

    #[test]
    fn server_text_is_masked_then_cut_and_shown_on_one_line() {
        let key = "sentinel-api-key-0123456789abcdef";
        // The key straddles the cut: masked first, no piece of it is left.
        let detail = format!("{}{key}{}", "d".repeat(390), "e".repeat(1000));
        let body = serde_json::json!({"errors": [{
            "code": format!("C{key}"),
            "title": "T\u{1b}[2J\nhint: run this",
            "detail": detail,
        }]});
        let e = from_response(400, body.to_string().as_bytes(), Some(key.into()), key);
        let shown = e.to_string();
        assert!(!shown.contains("sentinel"), "{shown}");
        assert!(!e.code.as_deref().unwrap_or_default().contains("sentinel"));
        assert!(
            !shown.contains('\n') && !shown.contains('\u{1b}'),
            "{shown}"
        );
        assert!(
            shown.starts_with("T\\u{1b}[2J\\nhint: run this: ddd"),
            "{shown}"
        );
        assert!(shown.contains("dd****eee"), "{shown}");
        assert!(
            shown.ends_with("e… (995 more bytes) (HTTP 400, trace ****)"),
            "{shown}"
        );
        // A body that is not the service's: the same.
        let e = from_response(502, format!("x\u{9b}y {key}").as_bytes(), None, key);
        assert_eq!(e.to_string(), "Bad Gateway: x\\u{9b}y **** (HTTP 502)");
    }

    #[test]
    fn kinds() {
        for (s, k) in [
            (400, ErrorKind::BadRequest),
            (401, ErrorKind::Auth),
            (403, ErrorKind::Auth),
            (404, ErrorKind::NotFound),
            (409, ErrorKind::Conflict),
            (429, ErrorKind::Transient),
            (502, ErrorKind::Transient),
            (503, ErrorKind::Transient),
            (504, ErrorKind::Transient),
            (500, ErrorKind::Other),
        ] {
            assert_eq!(ApiError::kind_of_status(s), k, "{s}");
        }
    }
}
