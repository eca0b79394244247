//! What the client refuses to build before anything is sent: URLs too long for any server.
//! Also which hosts are loopback (never proxied) and how a long value is cut for a message.

use url::{Host, Url};

/// The longest URL (scheme, host, path and query) the client sends. Servers commonly refuse
/// URLs over 8-16 KiB, and the HTTP stack cannot carry one over 64 KiB at all.
pub const MAX_URL_LEN: usize = 16 * 1024;

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

/// Whether a URL's host is loopback: `localhost` (and names under `.localhost`), 127.0.0.0/8
/// or `[::1]`. Requests to it never go through a proxy, as in Go's net/http.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            d == "localhost" || d.ends_with(".localhost")
        }
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
    fn loopback_hosts() {
        for u in [
            "http://localhost:1",
            "http://LOCALHOST.:1",
            "http://app.localhost",
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
