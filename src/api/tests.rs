//! The client's unit tests: URLs, links, `Retry-After`, backoff.

mod examples {
    use std::time::{Duration, SystemTime};

    use super::super::retry::parse_retry_after;
    use super::super::*;
    use crate::secret::Secret;

    fn client(base: &str) -> Client {
        Client::new(ClientConfig::new(base, Secret::new("k"))).unwrap()
    }

    #[test]
    fn segments_are_encoded_whole() {
        assert_eq!(segment("abc-1_2.3~"), "abc-1_2.3~");
        assert_eq!(segment("a/b?c#d e"), "a%2Fb%3Fc%23d%20e");
        assert_eq!(segment(".."), "%2E%2E");
        assert_eq!(segment("é"), "%C3%A9");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            with_query(
                "/api/v1/items",
                &[
                    ("sort", "+name".into()),
                    ("resourceType", "app[qvd,]".into())
                ]
            ),
            "/api/v1/items?sort=%2Bname&resourceType=app%5Bqvd%2C%5D"
        );
        assert_eq!(with_query("/x", &[("name", "a b".into())]), "/x?name=a%20b");
        assert_eq!(with_query("/x", &[]), "/x");
    }

    #[test]
    fn links_stay_on_the_configured_server() {
        let c = client("http://127.0.0.1:8080");
        let page = "/api/v1/items?limit=100";
        assert_eq!(
            c.link_path(
                page,
                "https://evil.example.com/api/v1/items?next=abc&limit=100"
            )
            .unwrap(),
            "/api/v1/items?next=abc&limit=100"
        );
        assert_eq!(
            c.link_path(page, "/api/v1/items?next=x").unwrap(),
            "/api/v1/items?next=x"
        );
        let url = c.url("/api/v1/items?next=x").unwrap();
        assert_eq!(url.as_str(), "http://127.0.0.1:8080/api/v1/items?next=x");
    }

    /// Relative links resolve against the page's URL (RFC 3986), dot segments removed.
    #[test]
    fn links_resolve_against_the_page() {
        for base in ["http://127.0.0.1:8080", "http://127.0.0.1:8080/base/"] {
            let c = client(base);
            let page = "/api/v1/items/a%2Fb/collections?next=c1&limit=100";
            for (href, path) in [
                ("?next=c2", "/api/v1/items/a%2Fb/collections?next=c2"),
                (
                    "collections?next=c2",
                    "/api/v1/items/a%2Fb/collections?next=c2",
                ),
                ("./collections", "/api/v1/items/a%2Fb/collections"),
                ("../../admin/keys", "/api/v1/admin/keys"),
                ("/api/v1/items/../../admin/keys", "/api/admin/keys"),
                ("/api/v1/items/%2e%2e/users?x=1", "/api/v1/users?x=1"),
                ("c2", "/api/v1/items/a%2Fb/c2"),
                ("", "/api/v1/items/a%2Fb/collections?next=c1&limit=100"),
                ("#frag", "/api/v1/items/a%2Fb/collections?next=c1&limit=100"),
            ] {
                assert_eq!(
                    c.link_path(page, href).as_deref(),
                    Some(path),
                    "{base} {href}"
                );
            }
            assert_eq!(c.link_path(page, "http://[::1"), None);
        }
        // Outside a base path, a link's path is kept as it is (and found outside the listing).
        let c = client("http://127.0.0.1:8080/base");
        assert_eq!(
            c.link_path("/api/v1/items", "/basement/x").as_deref(),
            Some("/basement/x")
        );
    }

    /// Plain http needs TLS only through an https proxy named in the environment handed
    /// over, and never for loopback.
    #[test]
    fn tls_is_needed_by_https_or_an_https_proxy_given_in_the_config() {
        use super::super::urls::needs_tls;
        let url = |s: &str| url::Url::parse(s).unwrap();
        let env = |name: &str, value: &str| vec![(name.to_string(), value.to_string())];
        assert!(needs_tls(&url("https://tenant.example"), &[]));
        assert!(!needs_tls(&url("http://tenant.example"), &[]));
        assert!(needs_tls(
            &url("http://tenant.example"),
            &env("HTTP_PROXY", " HTTPS://proxy:3128")
        ));
        assert!(needs_tls(
            &url("http://tenant.example"),
            &env("all_proxy", "https://proxy")
        ));
        assert!(!needs_tls(
            &url("http://tenant.example"),
            &env("HTTP_PROXY", "http://proxy:3128")
        ));
        assert!(!needs_tls(
            &url("http://tenant.example"),
            &env("HTTPS_PROXY", "https://proxy")
        ));
        assert!(!needs_tls(
            &url("http://127.0.0.1:8080"),
            &env("HTTP_PROXY", "https://proxy")
        ));
    }

    #[test]
    fn bad_server_urls_are_errors() {
        for s in ["tenant.qlikcloud.com", "ftp://x", "http://", ""] {
            assert!(
                Client::new(ClientConfig::new(s, Secret::new("k"))).is_err(),
                "{s}"
            );
        }
    }

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("0.5", now),
            Some(Duration::from_millis(500))
        );
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(
            parse_retry_after(&later, now),
            Some(Duration::from_secs(30))
        );
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-3", now), None);
    }

    #[test]
    fn backoff_grows_with_jitter_and_cap() {
        let c = client("http://127.0.0.1:1");
        for attempt in 0..20 {
            let d = c.backoff(attempt);
            let full = Duration::from_millis(250)
                .saturating_mul(1 << attempt.min(16))
                .min(Duration::from_secs(20));
            assert!(d >= full / 2 && d <= full, "{attempt}: {d:?}");
        }
    }
}

mod properties {
    use super::super::*;
    use crate::secret::Secret;
    use proptest::prelude::*;

    /// Built once: a client loads the system's roots.
    fn client() -> &'static Client {
        static CLIENT: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
        CLIENT.get_or_init(|| {
            Client::new(ClientConfig::new(
                "https://tenant.example.invalid/base",
                Secret::new("k"),
            ))
            .unwrap()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

        #[test]
        fn links_are_followed_on_the_configured_server_only(
            host in "[a-z]{1,10}\\.(invalid|com)",
            port in proptest::option::of(1u16..),
            path in "(/[a-z0-9._%-]{0,8}){0,4}",
            query in "[a-z0-9=&%+]{0,20}",
        ) {
            let client = client();
            let port = port.map(|p| format!(":{p}")).unwrap_or_default();
            for href in [
                format!("https://{host}{port}{path}?{query}"),
                format!("http://{host}{port}{path}"),
                format!("//{host}{path}"),
                format!("{path}?{query}"),
            ] {
                if let Some(p) = client.link_path("/api/v1/items?limit=100", &href)
                    && let Ok(url) = client.url(&p)
                {
                    prop_assert_eq!(url.host_str(), Some("tenant.example.invalid"));
                    prop_assert_eq!(url.scheme(), "https");
                    prop_assert!(url.path().starts_with("/base"), "{href} -> {url}");
                }
            }
        }

        #[test]
        fn an_id_is_one_segment_or_refused(id in ".{1,16}") {
            let client = client();
            let path = format!("/api/v1/items/{}", segment(&id));
            match client.url(&path) {
                Ok(url) => {
                    prop_assert_eq!(url.path(), format!("/base{path}"));
                    let last = url.path_segments().unwrap().next_back().unwrap().to_string();
                    prop_assert_eq!(percent_encoding::percent_decode_str(&last).decode_utf8_lossy(), id);
                }
                Err(_) => prop_assert!(id == "." || id == "..", "{id:?} refused"),
            }
        }
    }
}
