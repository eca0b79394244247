//! URLs: the configured server, the path and query of each request on it (percent-encoded,
//! refused when too long or when an id would change the path), and paging links kept on it.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use url::Url;

use super::guard::{self, MAX_URL_LEN, cut};
use super::{ApiError, Client};

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
pub(super) fn needs_tls(base: &Url, proxy_env: &[(String, String)]) -> bool {
    base.scheme() != "http"
        || (!guard::is_loopback(base)
            && proxy_env
                .iter()
                .filter(|(name, _)| PROXY_VARS.contains(&name.as_str()))
                .any(|(_, v)| v.trim().to_ascii_lowercase().starts_with("https")))
}

impl Client {
    /// The configured server, e.g. `https://tenant.eu.qlikcloud.com`.
    pub fn base_url(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    /// The server and where it came from, for messages: `https://h (profile "prod")`.
    pub(super) fn server_label(&self) -> String {
        match &self.config.origin {
            Some(origin) => format!("{} ({origin})", self.base_url()),
            None => self.base_url().to_string(),
        }
    }

    /// `host:port` of the configured server, the port always shown.
    pub(super) fn host_port(&self) -> String {
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
    pub(super) fn url(&self, path_and_query: &str) -> Result<Url, ApiError> {
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
}

pub(super) fn parse_base(s: &str) -> Result<Url, ApiError> {
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
