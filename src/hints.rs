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
        Advice::PageCap { pages } => {
            format!("--max-pages {pages} was reached: raise it to follow more pages")
        }
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

/// The hint for an access token the service refused right after it was issued (a second 401).
pub fn token_refused(server: &str, profile: Option<&str>) -> String {
    let check = match profile {
        Some(p) => format!("`qlik auth status --profile {}`", crate::shell::quote(p)),
        None => "`qlik auth status`".to_string(),
    };
    format!(
        "a new access token of the OAuth client was refused by {server} too: check that the \
         client may use this API (its scopes, and its user's roles in the tenant) with {check}"
    )
}

/// The hint for an OAuth client the token endpoint refused.
pub fn client_refused(server: &str, client_id: &str, profile: Option<&str>) -> String {
    let fix = match profile {
        Some(p) => format!(
            "update it with `qlik profile update {} --client-id ID --client-secret-stdin`",
            crate::shell::quote(p)
        ),
        None => "check QLIK_CLIENT_ID and QLIK_CLIENT_SECRET".to_string(),
    };
    format!(
        "{server} did not accept OAuth client {}: check that the client id and secret are this \
         tenant's and the client is not deleted; {fix}",
        crate::text::one_line(client_id, 100)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::check_header;

    fn error(kind: ErrorKind, status: Option<u16>, retries: u32) -> ApiError {
        ApiError {
            kind,
            status,
            code: None,
            title: "t".into(),
            detail: None,
            trace_id: None,
            retries,
            advice: None,
        }
    }

    /// Each hint, word for word: the command line's text for the client's facts.
    #[test]
    fn api_hints_are_worded_from_the_facts() {
        for (e, hint) in [
            (
                error(ErrorKind::Auth, Some(401), 0),
                Some(
                    "the API key was not accepted: check QLIK_API_KEY or the profile's key (`qlik profile show`)",
                ),
            ),
            (
                error(ErrorKind::Auth, Some(403), 0),
                Some("the API key's user may not do this; ask a tenant admin for access"),
            ),
            (
                error(ErrorKind::Transient, Some(429), 3),
                Some(
                    "the service is rate limiting; gave up after 3 retries (raise --retry, or slow down)",
                ),
            ),
            (
                error(ErrorKind::Tls, None, 0),
                Some(
                    "trust the server's certificate with --ca-cert FILE (or, for a test server only, --insecure)",
                ),
            ),
            (
                error(ErrorKind::Transient, None, 0),
                Some("this may be temporary: try again, or let qlik retry with --retry N"),
            ),
            (
                error(ErrorKind::Transient, Some(503), 2),
                Some("gave up after 2 retries; try again later or raise --retry"),
            ),
            (error(ErrorKind::NotFound, Some(404), 0), None),
            (error(ErrorKind::Protocol, None, 0), None),
        ] {
            assert_eq!(api_hint(&e).as_deref(), hint, "{e:?}");
        }
    }

    /// The client's advice comes first, worded here.
    #[test]
    fn advice_is_worded_here() {
        let hp = "127.0.0.1:8080".to_string();
        for (advice, hint) in [
            (
                Advice::SpeaksPlainHttp {
                    host_port: hp.clone(),
                },
                "the server at 127.0.0.1:8080 speaks plain HTTP; use http://127.0.0.1:8080",
            ),
            (
                Advice::NotPlainHttp { host_port: hp },
                "the server at 127.0.0.1:8080 does not speak plain HTTP; if it serves HTTPS, use https://127.0.0.1:8080",
            ),
            (
                Advice::WaitTooLong { secs: 900 },
                "the service asks to wait 900 s before the next request; try again then",
            ),
            (Advice::Given("own words".into()), "own words"),
            (
                Advice::PageCap { pages: 4 },
                "--max-pages 4 was reached: raise it to follow more pages",
            ),
        ] {
            let e = ApiError {
                advice: Some(Box::new(advice)),
                ..error(ErrorKind::Auth, Some(401), 0)
            };
            assert_eq!(api_hint(&e).as_deref(), Some(hint));
        }
    }

    #[test]
    fn header_refusals_name_the_command_lines_ways() {
        let refusal = |n: &str, v: &str| header_refusal(&check_header(n, v).unwrap_err());
        assert_eq!(
            refusal("Authorization", "x"),
            "the Authorization header comes from the API key; set it with a profile or QLIK_API_KEY"
        );
        assert_eq!(
            refusal("proxy-authorization", "x"),
            "Proxy-Authorization cannot be set; put the proxy's credentials in its URL (HTTP_PROXY=http://user:password@host:port)"
        );
        assert_eq!(
            refusal("Host", "x"),
            "`Host` cannot be set: qlik sets it, as it frames the request or the connection"
        );
        assert_eq!(
            refusal("X-A", "a\nb"),
            "the value of header `X-A` contains a control character (CR, LF or another); a header is one line"
        );
        assert_eq!(
            refusal("X A", "b"),
            "`X A` is not a valid header name (letters, digits and !#$%&'*+-.^_`|~, no spaces)"
        );
    }
}
