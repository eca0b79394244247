//! The typed error of the API client.

use std::fmt;

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
    pub code: Option<String>,
    /// The service's `title`, or a description of the failure.
    pub title: String,
    /// The service's `detail`.
    pub detail: Option<String>,
    /// The `X-B3-Traceid` of the answer.
    pub trace_id: Option<String>,
    /// How many retries were made before giving up.
    pub retries: u32,
    /// A `Retry-After` too long to wait for, in seconds.
    pub retry_after_secs: Option<u32>,
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
            retry_after_secs: None,
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

    /// A line of advice for the user, where one helps.
    pub fn hint(&self) -> Option<String> {
        match (self.kind, self.status) {
            (ErrorKind::Auth, Some(401)) => Some(
                "the API key was not accepted: check QLIK_API_KEY or the profile's key (`qlik profile show`)"
                    .into(),
            ),
            (ErrorKind::Auth, _) => {
                Some("the API key's user may not do this; ask a tenant admin for access".into())
            }
            (ErrorKind::Transient, Some(429)) if self.retry_after_secs.is_some() => Some(format!(
                "the service asks to wait {} s before the next request; try again then",
                self.retry_after_secs.unwrap_or_default()
            )),
            (ErrorKind::Transient, Some(429)) => Some(format!(
                "the service is rate limiting; gave up after {} retries (raise --retry, or slow down)",
                self.retries
            )),
            (ErrorKind::Tls, _) => Some(
                "trust the server's certificate with --ca-cert FILE (or, for a test server only, --insecure)"
                    .into(),
            ),
            (ErrorKind::Transient, _) if self.retries == 0 => Some(
                "this may be temporary: try again, or let qlik retry with --retry N".into(),
            ),
            (ErrorKind::Transient, _) => Some(format!(
                "gave up after {} retries; try again later or raise --retry",
                self.retries
            )),
            _ => None,
        }
    }
}

impl fmt::Display for ApiError {
    /// `<title>: <detail> (HTTP <status>, trace <id>)`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title)?;
        if let Some(detail) = self
            .detail
            .as_deref()
            .filter(|d| !d.is_empty() && *d != self.title)
        {
            write!(f, ": {detail}")?;
        }
        let mut extra = Vec::new();
        if let Some(status) = self.status {
            extra.push(format!("HTTP {status}"));
        }
        if let Some(trace) = &self.trace_id {
            extra.push(format!("trace {trace}"));
        }
        if !extra.is_empty() {
            write!(f, " ({})", extra.join(", "))?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// Builds the error for an answer with an error status from its body
/// (`{"errors":[{"code","title","detail"}]}`), falling back to the status text.
pub(crate) fn from_response(status: u16, body: &[u8], trace_id: Option<String>) -> ApiError {
    let mut code = None;
    let mut title = None;
    let mut detail = None;
    let mut service_shape = false;
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body)
        && let Some(first) = v.get("errors").and_then(|e| e.get(0))
    {
        service_shape = true;
        let s = |k: &str| first.get(k).and_then(|x| x.as_str()).map(str::to_string);
        code = s("code");
        title = s("title");
        detail = s("detail");
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
            detail = Some(text.chars().take(200).collect());
        }
    }
    ApiError {
        kind: ApiError::kind_of_status(status),
        status: Some(status),
        code,
        title,
        detail,
        trace_id,
        retries: 0,
        retry_after_secs: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_title_detail_status_trace() {
        let body =
            br#"{"errors":[{"code":"ITEMS-404","title":"Not found","detail":"item x not found"}]}"#;
        let e = from_response(404, body, Some("abc123".into()));
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert_eq!(e.code.as_deref(), Some("ITEMS-404"));
        assert_eq!(
            e.to_string(),
            "Not found: item x not found (HTTP 404, trace abc123)"
        );
    }

    #[test]
    fn falls_back_to_status_text_and_body() {
        let e = from_response(503, b"upstream\n down", None);
        assert_eq!(e.kind, ErrorKind::Transient);
        assert_eq!(
            e.to_string(),
            "Service Unavailable: upstream down (HTTP 503)"
        );
        let e = from_response(500, b"", None);
        assert_eq!(e.to_string(), "Internal Server Error (HTTP 500)");
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
