//! Server URLs: plain http, normalisation and the refused forms.

use super::*;

#[test]
fn plain_http_is_refused_except_loopback_or_when_allowed() {
    let dir = profiles_dir();
    let env = env_with(dir.path(), &[("QLIK_API_KEY", "k")]);
    for loopback in [
        "http://127.0.0.1:8080",
        "http://127.9.8.7",
        "http://[::1]:3000/",
        "http://localhost:1",
        "http://LOCALHOST",
    ] {
        let s = ok(&flags(Some(loopback), None), &env);
        assert!(s.server.starts_with("http://"), "{loopback}");
    }
    for remote in [
        "http://10.0.0.1",
        "http://tenant.eu.qlikcloud.com",
        "http://[::2]",
        "http://localhost.evil.com",
        "http://128.0.0.1",
    ] {
        let e = err(&flags(Some(remote), None), &env);
        assert!(
            matches!(e, ConfigError::InvalidServer { .. }),
            "{remote}: {e:?}"
        );
        assert_eq!(e.exit_code(), 2);
        assert!(text(&e).contains("QLIK_ALLOW_HTTP=1"), "{e}");
    }
    let env = env_with(
        dir.path(),
        &[("QLIK_API_KEY", "k"), ("QLIK_ALLOW_HTTP", "1")],
    );
    assert_eq!(
        ok(&flags(Some("http://10.0.0.1"), None), &env).server,
        "http://10.0.0.1"
    );
    // The profile's allow_http, and loopback in a profile.
    let s = ok(&flags(None, Some("lan")), &env_with(dir.path(), &[]));
    assert_eq!(s.server, "http://10.1.2.3");
    let s = ok(&flags(None, Some("local")), &env_with(dir.path(), &[]));
    assert_eq!(s.server, "http://127.0.0.1:8080");
    // allow_http belongs to the profile's server, but --server with --profile keeps it too.
    let e = err(
        &flags(Some("http://10.9.9.9"), Some("prod")),
        &env_with(dir.path(), &[]),
    );
    assert!(matches!(e, ConfigError::InvalidServer { .. }));
}

#[test]
fn server_urls_are_normalised_and_checked() {
    let n = |s: &str| normalize_server(s).map_err(|e| text(&e));
    assert_eq!(
        n("tenant.eu.qlikcloud.com").unwrap(),
        "https://tenant.eu.qlikcloud.com"
    );
    assert_eq!(
        n(" HTTPS://T.example.COM/ ").unwrap(),
        "https://t.example.com"
    );
    assert_eq!(n("http://[::1]:80").unwrap(), "http://[::1]:80");
    // The API's own path is dropped, and parse_server says so; any other path is refused.
    for with_api in [
        "https://h:8443/api/v1",
        "https://h:8443/api/v1/",
        "H:8443/API/V1//",
    ] {
        assert_eq!(
            parse_server(with_api).unwrap(),
            ("https://h:8443".to_string(), true),
            "{with_api}"
        );
    }
    assert_eq!(
        parse_server("https://h/").unwrap(),
        ("https://h".to_string(), false)
    );
    for (bad, fixed) in [
        ("https://h:8443/base/", "https://h:8443"),
        ("https://h/api", "https://h"),
        ("https://h/api/v1/items", "https://h"),
        ("https://h/api/v2", "https://h"),
        ("https://h/x/api/v1", "https://h"),
        ("https://h/?x=1", "https://h"),
        ("https://h/api/v1?x=1", "https://h"),
        ("https://h#top", "https://h"),
    ] {
        let e = normalize_server(bad).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{bad}");
        let hint = e.hint().unwrap_or_default();
        assert!(hint.contains(SERVER_FORM), "{bad}: {hint}");
        assert!(
            hint.ends_with(&format!("here that is {fixed}")),
            "{bad}: {hint}"
        );
    }
    for bad in [
        "",
        "ftp://h",
        "https://",
        "https://:80",
        "https://user:pw@h",
        "https://h:notaport",
        "https://h:99999",
        "https://h?x=1",
        "https://h#f",
        "https://h x",
        "https://[::1",
    ] {
        assert!(n(bad).is_err(), "accepted {bad:?}");
    }
}

/// A refused URL is named in the error without what may be a secret in it: a user and
/// password, a query or a fragment.
#[test]
fn a_refused_url_is_shown_without_its_secrets() {
    for (raw, shown) in [
        (
            "https://user:hunter2@t.example.com",
            "https://****@t.example.com",
        ),
        ("t.example.com/x?apikey=SECRET", "t.example.com/x?****"),
        ("https://t.example.com#SECRET", "https://t.example.com#****"),
        ("ftp://a:SECRET@h/p?SECRET", "ftp://****@h/p?****"),
    ] {
        let e = crate::config::parse_server(raw).unwrap_err();
        let text = e.to_string();
        assert!(text.contains(&format!("`{shown}`")), "{raw}: {text}");
        assert!(
            !text.contains("SECRET") && !text.contains("hunter2"),
            "{text}"
        );
    }
}
