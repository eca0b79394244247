//! Server URL rules: what a server URL may be, how it is normalised (scheme added, trailing
//! slashes and a trailing `/api/v1` dropped, scheme and host lower-cased), and when plain
//! `http://` is allowed.

use super::error::ConfigError;

/// The form a server URL takes: the tenant's address alone.
pub const SERVER_FORM: &str = "https://TENANT.REGION.qlikcloud.com";

/// The API's own path. `qlik` adds it to every request, so a server URL ending in it (as one
/// copied from the API reference does) would make every call `/api/v1/api/v1/…`: a 404 a
/// script would read as "the item does not exist".
pub const API_PATH: &str = "/api/v1";

/// Normalises a server URL ([`parse_server`]), dropping a trailing `/api/v1` silently: for
/// comparing servers. Where a URL comes in from the user, call [`parse_server`] and say so.
pub fn normalize_server(raw: &str) -> Result<String, ConfigError> {
    parse_server(raw).map(|(server, _)| server)
}

/// Normalises a server URL: adds `https://` when no scheme is given, drops trailing slashes,
/// lower-cases scheme and host, and drops a trailing `/api/v1` (or `/api/v1/`, any case); the
/// `bool` says whether it did, so that the caller can say so. Anything that is not
/// `http(s)://host[:port]` then, such as another path, a query or a fragment, is refused
/// ([`ConfigError::InvalidServer`], exit 2) with a hint showing the accepted form.
pub fn parse_server(raw: &str) -> Result<(String, bool), ConfigError> {
    let invalid = |reason: &str, hint: Option<String>| ConfigError::InvalidServer {
        server: redacted(raw),
        reason: reason.to_string(),
        hint,
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(invalid("empty URL", Some(form_hint(None))));
    }
    if trimmed.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(invalid("URL contains whitespace", None));
    }
    let (scheme, rest) = match trimmed.split_once("://") {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => ("https".to_string(), trimmed),
    };
    if scheme != "https" && scheme != "http" {
        return Err(invalid(
            "only https:// (or http:// to loopback) is supported",
            Some(form_hint(None)),
        ));
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if authority.contains('@') {
        return Err(invalid(
            "credentials in the URL are not allowed; use an API key",
            None,
        ));
    }
    let host = host_of(authority).ok_or_else(|| invalid("no host name", None))?;
    if host.is_empty() {
        return Err(invalid("no host name", Some(form_hint(None))));
    }
    let port = &authority[authority.len() - port_suffix_len(authority)..];
    if let Some(p) = port.strip_prefix(':')
        && p.parse::<u16>().is_err()
    {
        return Err(invalid("bad port", None));
    }
    let base = format!(
        "{scheme}://{}{port}",
        authority[..authority.len() - port.len()].to_ascii_lowercase()
    );
    if tail.contains(['?', '#']) {
        return Err(invalid(
            "a server URL has no query or fragment",
            Some(form_hint(Some(&base))),
        ));
    }
    let path = tail.trim_end_matches('/');
    if path.is_empty() {
        return Ok((base, false));
    }
    if path.eq_ignore_ascii_case(API_PATH) {
        return Ok((base, true));
    }
    Err(invalid(
        &format!(
            "a server URL has no path (qlik adds {API_PATH} itself), and `{}` is one",
            crate::text::cut(path, 100)
        ),
        Some(form_hint(Some(&base))),
    ))
}

/// The hint under a refused server URL: the accepted form, and the URL given made to fit it
/// when that is known.
fn form_hint(fixed: Option<&str>) -> String {
    match fixed {
        Some(fixed) => format!(
            "give the tenant's address alone, in the form {SERVER_FORM}; here that is {fixed}"
        ),
        None => format!("give the tenant's address alone, in the form {SERVER_FORM}"),
    }
}

/// The note printed when a trailing `/api/v1` was dropped from the server URL `from` gave.
pub fn api_path_note(from: &str, server: &str) -> String {
    format!("{from} ends in {API_PATH}, which qlik adds itself; using {server} (without it)")
}

/// The note for a profile whose saved server ends in `/api/v1`, with how to fix it for good.
pub(super) fn profile_path_note(name: &str, server: &str) -> String {
    format!(
        "{}; fix the profile with `qlik profile update {} --server {}`",
        api_path_note(&format!("the server of profile `{name}`"), server),
        crate::shell::quote(name),
        crate::shell::quote(server)
    )
}

/// The host of `host[:port]` or `[v6][:port]`, without brackets.
fn host_of(authority: &str) -> Option<&str> {
    if let Some(rest) = authority.strip_prefix('[') {
        let end = rest.find(']')?;
        return Some(&rest[..end]);
    }
    Some(&authority[..authority.len() - port_suffix_len(authority)])
}

/// Length of a trailing `:port` in an authority (0 when there is none).
fn port_suffix_len(authority: &str) -> usize {
    let start = if authority.starts_with('[') {
        match authority.find(']') {
            Some(i) => i + 1,
            None => return 0,
        }
    } else {
        0
    };
    match authority[start..].rfind(':') {
        Some(i) => authority.len() - (start + i),
        None => 0,
    }
}

/// Whether a host name is loopback: `localhost`, `127.0.0.0/8` or `::1`.
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => false,
    }
}

/// `raw` as an error may show it: a user and password before `@` in the authority, and a
/// query or fragment (where a key may stand), replaced by `****`.
fn redacted(raw: &str) -> String {
    let (scheme, rest) = match raw.split_once("://") {
        Some((scheme, rest)) => (&raw[..scheme.len() + 3], rest),
        None => ("", raw),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => format!("****@{}", &authority[at + 1..]),
        None => authority.to_string(),
    };
    let tail = match tail.find(['?', '#']) {
        Some(q) => format!("{}****", &tail[..=q]),
        None => tail.to_string(),
    };
    format!("{scheme}{authority}{tail}")
}

/// Refuses plain `http://` to a host that is not loopback unless `allow_http`.
pub fn check_scheme(server: &str, allow_http: bool) -> Result<(), ConfigError> {
    let Some(rest) = server.strip_prefix("http://") else {
        return Ok(());
    };
    let authority = rest.split('/').next().unwrap_or("");
    let loopback = host_of(authority).is_some_and(is_loopback_host);
    if loopback || allow_http {
        return Ok(());
    }
    Err(ConfigError::InvalidServer {
        server: server.to_string(),
        reason: "plain http:// would send the API key unencrypted; use https://, or allow it \
                 with `allow_http = true` in the profile or QLIK_ALLOW_HTTP=1"
            .to_string(),
        hint: None,
    })
}
