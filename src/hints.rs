//! The command line's words for what the API client reports as facts: the hints after an
//! API error, and the refusal of a `--headers` value. The client (`src/api/`) names no flag,
//! variable or command; this module does, from the error's kind, status, retries and advice.

use crate::api::{Advice, ApiError, ErrorKind, HeaderRefusal};

/// The setting named after a timeout: `no answer within … (raise --timeout)`.
pub const TIMEOUT_SETTING: &str = "--timeout";

/// A line of advice for an API error, where one helps.
pub fn api_hint(e: &ApiError) -> Option<String> {
    if let Some(advice) = &e.advice {
        return Some(advice_hint(advice));
    }
    match (e.kind, e.status) {
        (ErrorKind::Auth, Some(401)) => Some(
            "the API key was not accepted: check QLIK_API_KEY or the profile's key (`qlik profile show`)"
                .into(),
        ),
        (ErrorKind::Auth, _) => {
            Some("the API key's user may not do this; ask a tenant admin for access".into())
        }
        (ErrorKind::Transient, Some(429)) => Some(format!(
            "the service is rate limiting; gave up after {} retries (raise --retry, or slow down)",
            e.retries
        )),
        (ErrorKind::Tls, _) => Some(
            "trust the server's certificate with --ca-cert FILE (or, for a test server only, --insecure)"
                .into(),
        ),
        (ErrorKind::Transient, _) if e.retries == 0 => {
            Some("this may be temporary: try again, or let qlik retry with --retry N".into())
        }
        (ErrorKind::Transient, _) => Some(format!(
            "gave up after {} retries; try again later or raise --retry",
            e.retries
        )),
        _ => None,
    }
}

fn advice_hint(advice: &Advice) -> String {
    match advice {
        Advice::SpeaksPlainHttp { host_port } => {
            format!("the server at {host_port} speaks plain HTTP; use http://{host_port}")
        }
        Advice::NotPlainHttp { host_port } => format!(
            "the server at {host_port} does not speak plain HTTP; if it serves HTTPS, use https://{host_port}"
        ),
        Advice::WaitTooLong { secs } => {
            format!("the service asks to wait {secs} s before the next request; try again then")
        }
        Advice::Given(words) => words.to_string(),
    }
}

/// Why a `--headers` value is refused, in the command line's words.
pub fn header_refusal(r: &HeaderRefusal) -> String {
    match r {
        HeaderRefusal::Authorization => {
            "the Authorization header comes from the API key; set it with a profile or QLIK_API_KEY"
                .into()
        }
        HeaderRefusal::ProxyAuthorization => "Proxy-Authorization cannot be set; put the proxy's credentials in its URL (HTTP_PROXY=http://user:password@host:port)".into(),
        HeaderRefusal::Framing(name) => format!(
            "`{name}` cannot be set: qlik sets it, as it frames the request or the connection"
        ),
        other => other.to_string(),
    }
}
