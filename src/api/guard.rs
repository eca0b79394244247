//! What the client refuses to build before anything is sent: URLs too long for any server,
//! extra headers that would break a request's framing or replace its credentials. Also
//! which hosts are loopback (never proxied) and how a long value is cut for a message.

use reqwest::header::{HeaderName, HeaderValue};
use url::{Host, Url};

/// The longest URL (scheme, host, path and query) the client sends. Servers commonly refuse
/// URLs over 8-16 KiB, and the HTTP stack cannot carry one over 64 KiB at all.
pub const MAX_URL_LEN: usize = 16 * 1024;

/// The longest extra header (name and value) accepted from `--headers`.
pub const MAX_HEADER_LEN: usize = 8 * 1024;

/// Headers `--headers` may not set: they frame the request or the connection (a wrong
/// `Content-Length` sends a body-less PUT), describe a body encoding the client does not
/// produce or read, or carry credentials that come from elsewhere. Lower case.
pub const FORBIDDEN_HEADERS: &[&str] = &[
    "accept-encoding",
    "authorization",
    "connection",
    "content-encoding",
    "content-length",
    "expect",
    "host",
    "keep-alive",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// The first `max` characters of `s`, followed by `…` when it was longer, its control
/// characters escaped: a value quoted in a message stays short and on one line.
pub fn cut(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars().take(max) {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if s.chars().nth(max).is_some() {
        out.push('…');
    }
    out
}

/// Why an extra header is refused. Shown (`Display`) on one line, the name cut; the
/// command line words some refusals its own way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderRefusal {
    /// Name and value together are `len` bytes, more than [`MAX_HEADER_LEN`]; `name` is cut.
    TooLong { name: String, len: usize },
    /// Not a header name; `name` is cut.
    BadName(String),
    /// `Authorization`: it comes from the API key.
    Authorization,
    /// `Proxy-Authorization`: the proxy's credentials go in its URL.
    ProxyAuthorization,
    /// A header the client sets itself, as it frames the request or the connection.
    Framing(String),
    /// The value of this header holds a control character (CR, LF or another).
    ControlChar(String),
    /// The value of this header is not a valid header value.
    BadValue(String),
}

impl std::fmt::Display for HeaderRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderRefusal::TooLong { name, len } => write!(
                f,
                "header `{name}` is {len} bytes, more than the {MAX_HEADER_LEN} allowed"
            ),
            HeaderRefusal::BadName(name) => write!(
                f,
                "`{name}` is not a valid header name (letters, digits and !#$%&'*+-.^_`|~, no spaces)"
            ),
            HeaderRefusal::Authorization => {
                f.write_str("the Authorization header comes from the API key")
            }
            HeaderRefusal::ProxyAuthorization => f.write_str(
                "Proxy-Authorization cannot be set; put the proxy's credentials in its URL",
            ),
            HeaderRefusal::Framing(name) => write!(
                f,
                "`{name}` cannot be set: the client sets it, as it frames the request or the connection"
            ),
            HeaderRefusal::ControlChar(name) => write!(
                f,
                "the value of header `{name}` contains a control character (CR, LF or another); a header is one line"
            ),
            HeaderRefusal::BadValue(name) => {
                write!(f, "the value of header `{name}` is not valid")
            }
        }
    }
}

/// Checks one extra header; the refusal is one line, the name and value cut.
pub fn check_header(name: &str, value: &str) -> Result<(HeaderName, HeaderValue), HeaderRefusal> {
    if name.len() + value.len() > MAX_HEADER_LEN {
        return Err(HeaderRefusal::TooLong {
            name: cut(name, 40),
            len: name.len() + value.len(),
        });
    }
    let n = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| HeaderRefusal::BadName(cut(name, 40)))?;
    if n == reqwest::header::AUTHORIZATION {
        return Err(HeaderRefusal::Authorization);
    }
    if n == reqwest::header::PROXY_AUTHORIZATION {
        return Err(HeaderRefusal::ProxyAuthorization);
    }
    if FORBIDDEN_HEADERS.contains(&n.as_str()) {
        return Err(HeaderRefusal::Framing(name.to_string()));
    }
    if value.chars().any(|c| c != '\t' && c.is_control()) {
        return Err(HeaderRefusal::ControlChar(name.to_string()));
    }
    let v = HeaderValue::from_str(value).map_err(|_| HeaderRefusal::BadValue(name.to_string()))?;
    Ok((n, v))
}

/// Whether a URL's host is loopback: `localhost`, 127.0.0.0/8 or `[::1]` (as the config's
/// check of plain http). Requests to it never go through a proxy, as in Go's net/http.
/// Names under `.localhost` are not included: the system resolver decides where they go.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.trim_end_matches('.').eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => {
            ip.is_loopback() || ip.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_keeps_short_values_and_marks_long_ones() {
        assert_eq!(cut("abc", 3), "abc");
        assert_eq!(cut("abcd", 3), "abc…");
        assert_eq!(cut("ééé", 2), "éé…");
        assert_eq!(cut("a\r\nb\"c", 9), "a\\r\\nb\"c");
        assert_eq!(cut(&"a".repeat(1 << 20), 5), "aaaaa…");
    }

    #[test]
    fn framing_and_credential_headers_are_refused() {
        for name in FORBIDDEN_HEADERS {
            for spelled in [name.to_string(), name.to_ascii_uppercase()] {
                assert!(check_header(&spelled, "x").is_err(), "{spelled}");
            }
        }
        assert!(check_header("X-Team", "data").is_ok());
        assert!(check_header("Accept", "application/json").is_ok());
        assert!(check_header("X-Tab", "a\tb").is_ok());
        assert!(check_header("X-Name", "Søren").is_ok());
        for (n, v) in [
            ("X A", "b"),
            ("", "b"),
            ("X-A", "a\r\nHost: evil"),
            ("X-A", "a\nb"),
            ("X-A", "a\0b"),
            ("X:A", "b"),
        ] {
            let e = check_header(n, v).unwrap_err().to_string();
            assert!(!e.contains('\n') && !e.contains('\r'), "{e:?}");
        }
        let long = "a".repeat(100_000);
        let e = check_header("X-A", &long).unwrap_err().to_string();
        assert!(e.len() < 200, "{e}");
        let e = check_header(&long, "b").unwrap_err().to_string();
        assert!(e.len() < 200, "{e}");
    }

    #[test]
    fn loopback_hosts() {
        for u in [
            "http://localhost:1",
            "http://LOCALHOST.:1",
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:80",
            "http://[::ffff:127.0.0.1]",
        ] {
            assert!(is_loopback(&Url::parse(u).unwrap()), "{u}");
        }
        for u in [
            "http://qlik.invalid",
            "https://tenant.eu.qlikcloud.com",
            "http://10.0.0.1",
            "http://0.0.0.0",
            "http://[::2]",
            "http://localhost.example.com",
            "http://app.localhost",
            "http://128.0.0.1",
        ] {
            assert!(!is_loopback(&Url::parse(u).unwrap()), "{u}");
        }
    }
}

#[cfg(test)]
mod url_cap {
    use crate::api::{Client, ClientConfig, ErrorKind};
    use crate::secret::Secret;

    #[test]
    fn a_url_up_to_the_cap_is_built_one_byte_more_is_refused() {
        let base = "http://127.0.0.1:1";
        let client = Client::new(ClientConfig::new(base, Secret::new("k"))).unwrap();
        let path = "/api/v1/items?name=";
        let fill = super::MAX_URL_LEN - base.len() - path.len();
        let url = client.url(&format!("{path}{}", "a".repeat(fill))).unwrap();
        assert_eq!(url.as_str().len(), super::MAX_URL_LEN);
        let e = client
            .url(&format!("{path}{}", "a".repeat(fill + 1)))
            .unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid);
        assert!(e.title.len() < 200, "{}", e.title);
        assert!(e.title.contains("the `name` value alone"), "{}", e.title);
        let e = client.url("/api/v1/items/%2E%2E").unwrap_err();
        assert_eq!(e.kind, ErrorKind::Invalid);
    }
}
