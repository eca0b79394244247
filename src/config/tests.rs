//! The precedence table of [`resolve`], file handling, and loader robustness.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::atomic::write_atomic;
use super::lock::DEFAULT_LOCK_TIMEOUT;
use super::read::{MAX_FILE_BYTES, parse_file, redact_quoted};
use super::store::{ConfigFile, CredentialsFile};
use super::*;

const CONFIG: &str = r#"# my profiles
default_profile = "prod"

[profiles.prod]
server = "https://prod.eu.qlikcloud.com"
output = "yaml"
tier1_per_minute = 500
tier2_per_minute = 50

[profiles.dev]
server = "https://dev.us.qlikcloud.com/"  # trailing slash on purpose
insecure = true
ca_cert = "/etc/dev-ca.pem"

[profiles.local]
server = "http://127.0.0.1:8080"

[profiles.lan]
server = "http://10.1.2.3"
allow_http = true

[profiles.nokey]
server = "https://nokey.example.com"
"#;

const CREDENTIALS: &str = r#"[profiles.prod]
api_key = "key-prod"

[profiles.dev]
api_key = "key-dev"

[profiles.local]
api_key = "key-local"

[profiles.lan]
api_key = "key-lan"
"#;

/// A config directory with [`CONFIG`] and [`CREDENTIALS`].
fn profiles_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(CONFIG_FILE), CONFIG).unwrap();
    write_credentials(dir.path(), CREDENTIALS);
    dir
}

/// A 0600 file without the fsyncs of [`write_atomic`] (for the many files of property tests).
fn write_private(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

fn write_credentials(dir: &Path, text: &str) {
    write_atomic(&dir.join(CREDENTIALS_FILE), text.as_bytes(), 0o600).unwrap();
}

/// A fixed environment: `QLIK_CONFIG_DIR` = `dir` plus `vars`.
fn env_with(dir: &Path, vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> + use<> {
    let mut map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    map.insert("QLIK_CONFIG_DIR".into(), dir.display().to_string());
    move |k| map.get(k).cloned()
}

/// The error line and its hint, as the user sees them.
fn text(e: &ConfigError) -> String {
    format!("{e}\nhint: {}", e.hint().unwrap_or_default())
}

fn flags(server: Option<&str>, profile: Option<&str>) -> Overrides {
    Overrides {
        server: server.map(str::to_string),
        profile: profile.map(str::to_string),
    }
}

fn ok(o: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> Settings {
    resolve(o, env).unwrap_or_else(|e| panic!("expected settings, got error: {e}"))
}

fn err(o: &Overrides, env: &dyn Fn(&str) -> Option<String>) -> ConfigError {
    match resolve(o, env) {
        Ok(s) => panic!("expected an error, got {s:?}"),
        Err(e) => e,
    }
}

// ---- the precedence table, row by row ----

#[test]
fn nothing_configured_says_how_to_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let e = err(&Overrides::default(), &env_with(dir.path(), &[]));
    assert_eq!(e.exit_code(), 4);
    let text = text(&e);
    for needle in [
        "QLIK_SERVER",
        "QLIK_API_KEY",
        "qlik profile add",
        "--api-key-stdin",
    ] {
        assert!(text.contains(needle), "{needle} missing from: {text}");
    }
}

#[test]
fn ci_needs_only_the_two_env_vars() {
    // No QLIK_CONFIG_DIR, no files: only the pair.
    let env = |k: &str| match k {
        "QLIK_SERVER" => Some("https://ci.eu.qlikcloud.com/".to_string()),
        "QLIK_API_KEY" => Some("key-ci".to_string()),
        "QLIK_CONFIG_DIR" => Some("/nonexistent/qlik-config-dir".to_string()),
        _ => None,
    };
    let s = ok(&Overrides::default(), &env);
    assert_eq!(s.server, "https://ci.eu.qlikcloud.com");
    assert_eq!(s.api_key.expose(), "key-ci");
    assert_eq!(s.source, Source::Env);
    assert_eq!(s.profile, None);
    assert_eq!(s.output, None);
}

#[test]
fn default_profile_is_the_last_resort() {
    let dir = profiles_dir();
    let s = ok(&Overrides::default(), &env_with(dir.path(), &[]));
    assert_eq!(s.server, "https://prod.eu.qlikcloud.com");
    assert_eq!(s.api_key.expose(), "key-prod");
    assert_eq!(s.source, Source::Profile("prod".into()));
    assert_eq!(s.output.as_deref(), Some("yaml"));
    assert_eq!(
        (s.tier1_per_minute, s.tier2_per_minute),
        (Some(500), Some(50))
    );
    assert!(!s.insecure);
}

#[test]
fn qlik_profile_beats_the_default_profile() {
    let dir = profiles_dir();
    let s = ok(
        &Overrides::default(),
        &env_with(dir.path(), &[("QLIK_PROFILE", "dev")]),
    );
    assert_eq!(s.server, "https://dev.us.qlikcloud.com");
    assert_eq!(s.api_key.expose(), "key-dev");
    assert_eq!(s.source, Source::Profile("dev".into()));
    assert!(s.insecure);
    assert_eq!(s.ca_cert.as_deref(), Some(Path::new("/etc/dev-ca.pem")));
    assert_eq!(s.output, None);
}

#[test]
fn env_server_and_key_beat_profiles() {
    let dir = profiles_dir();
    let env = env_with(
        dir.path(),
        &[
            ("QLIK_SERVER", "https://other.example.com"),
            ("QLIK_API_KEY", "key-env"),
            ("QLIK_PROFILE", "dev"),
        ],
    );
    let s = ok(&Overrides::default(), &env);
    assert_eq!(s.server, "https://other.example.com");
    assert_eq!(s.api_key.expose(), "key-env");
    assert_eq!(s.source, Source::Env);
    assert_eq!(s.profile, None);
    assert!(!s.insecure, "no profile settings for an unmatched server");
}

#[test]
fn profile_flag_beats_every_env_var() {
    let dir = profiles_dir();
    let env = env_with(
        dir.path(),
        &[
            ("QLIK_SERVER", "https://other.example.com"),
            ("QLIK_API_KEY", "key-env"),
            ("QLIK_PROFILE", "prod"),
        ],
    );
    let s = ok(&flags(None, Some("dev")), &env);
    assert_eq!(s.server, "https://dev.us.qlikcloud.com");
    assert_eq!(s.api_key.expose(), "key-dev");
    assert_eq!(s.source, Source::Profile("dev".into()));
}

#[test]
fn server_flag_beats_env_server_and_takes_the_env_key() {
    let dir = profiles_dir();
    let env = env_with(
        dir.path(),
        &[
            ("QLIK_SERVER", "https://other.example.com"),
            ("QLIK_API_KEY", "key-env"),
        ],
    );
    let s = ok(&flags(Some("flag.example.com"), None), &env);
    assert_eq!(s.server, "https://flag.example.com");
    assert_eq!(s.api_key.expose(), "key-env");
    assert_eq!(s.source, Source::Flags);
}

#[test]
fn server_flag_matching_a_profile_uses_its_key_and_settings() {
    let dir = profiles_dir();
    let s = ok(
        &flags(Some("HTTPS://Dev.US.qlikcloud.com///"), None),
        &env_with(dir.path(), &[]),
    );
    assert_eq!(s.server, "https://dev.us.qlikcloud.com");
    assert_eq!(s.api_key.expose(), "key-dev");
    assert_eq!(s.source, Source::Flags);
    assert_eq!(s.profile.as_deref(), Some("dev"));
    assert!(s.insecure);
}

#[test]
fn env_key_beats_the_matched_profiles_key() {
    let dir = profiles_dir();
    let env = env_with(dir.path(), &[("QLIK_API_KEY", "key-env")]);
    let s = ok(&flags(Some("https://dev.us.qlikcloud.com"), None), &env);
    assert_eq!(s.api_key.expose(), "key-env");
    assert_eq!(s.profile.as_deref(), Some("dev"));
}

#[test]
fn server_flag_without_any_key_is_no_credentials() {
    let dir = profiles_dir();
    let e = err(
        &flags(Some("https://unknown.example.com"), None),
        &env_with(dir.path(), &[]),
    );
    assert_eq!(e.exit_code(), 4);
    let text = text(&e);
    assert!(text.contains("QLIK_API_KEY"), "{text}");
    assert!(
        text.contains("qlik profile add NAME --server https://unknown.example.com"),
        "{text}"
    );
}

#[test]
fn server_flag_with_profile_flag_pairs_them() {
    let dir = profiles_dir();
    let env = env_with(dir.path(), &[("QLIK_API_KEY", "key-env")]);
    let s = ok(
        &flags(Some("https://alias.example.com"), Some("prod")),
        &env,
    );
    assert_eq!(s.server, "https://alias.example.com");
    assert_eq!(s.api_key.expose(), "key-prod");
    assert_eq!(s.source, Source::Flags);
    assert_eq!(s.tier1_per_minute, Some(500));
}

#[test]
fn env_server_alone_matching_a_profile_uses_its_key() {
    let dir = profiles_dir();
    let env = env_with(
        dir.path(),
        &[("QLIK_SERVER", "https://dev.us.qlikcloud.com")],
    );
    let s = ok(&Overrides::default(), &env);
    assert_eq!(s.api_key.expose(), "key-dev");
    assert_eq!(s.source, Source::Env);
    assert_eq!(s.profile.as_deref(), Some("dev"));
}

#[test]
fn a_trailing_api_path_is_dropped_with_a_note_wherever_the_server_comes_from() {
    let dir = profiles_dir();
    // QLIK_SERVER, and the profile it then matches.
    let env = env_with(
        dir.path(),
        &[("QLIK_SERVER", "https://dev.us.qlikcloud.com/api/v1/")],
    );
    let s = ok(&Overrides::default(), &env);
    assert_eq!(s.server, "https://dev.us.qlikcloud.com");
    assert_eq!(s.profile.as_deref(), Some("dev"));
    assert_eq!(s.notes.len(), 1, "{:?}", s.notes);
    assert!(
        s.notes[0].starts_with("QLIK_SERVER ends in /api/v1"),
        "{:?}",
        s.notes
    );
    // --server.
    let env = env_with(dir.path(), &[("QLIK_API_KEY", "k")]);
    let s = ok(&flags(Some("https://x.example.com/api/v1"), None), &env);
    assert_eq!(s.server, "https://x.example.com");
    assert!(
        s.notes[0].starts_with("--server ends in /api/v1"),
        "{:?}",
        s.notes
    );
    // Neither: no note.
    let s = ok(&flags(Some("https://x.example.com"), None), &env);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    // Another path is refused wherever it comes from.
    let e = err(&flags(Some("https://x.example.com/hub"), None), &env);
    assert_eq!(e.exit_code(), 2);
    let env = env_with(
        dir.path(),
        &[
            ("QLIK_SERVER", "https://x.example.com/hub"),
            ("QLIK_API_KEY", "k"),
        ],
    );
    assert_eq!(err(&Overrides::default(), &env).exit_code(), 2);
}

#[test]
fn env_server_alone_without_a_match_is_no_credentials() {
    let dir = profiles_dir();
    let env = env_with(dir.path(), &[("QLIK_SERVER", "https://x.example.com")]);
    let e = err(&Overrides::default(), &env);
    assert_eq!(e.exit_code(), 4);
    assert!(
        text(&e).contains("QLIK_SERVER is set but QLIK_API_KEY is not"),
        "{e}"
    );
}

#[test]
fn matching_prefers_qlik_profile_then_default_then_name_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "default_profile = \"b\"\n[profiles.a]\nserver = \"https://same.example.com\"\n\
         [profiles.b]\nserver = \"https://same.example.com\"\n\
         [profiles.c]\nserver = \"https://same.example.com\"\n",
    )
    .unwrap();
    write_credentials(
        dir.path(),
        "[profiles.a]\napi_key = \"ka\"\n[profiles.b]\napi_key = \"kb\"\n[profiles.c]\napi_key = \"kc\"\n",
    );
    let o = flags(Some("https://same.example.com"), None);
    assert_eq!(ok(&o, &env_with(dir.path(), &[])).api_key.expose(), "kb");
    assert_eq!(
        ok(&o, &env_with(dir.path(), &[("QLIK_PROFILE", "c")]))
            .api_key
            .expose(),
        "kc"
    );
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "[profiles.c]\nserver = \"https://same.example.com\"\n\
         [profiles.a]\nserver = \"https://same.example.com\"\n",
    )
    .unwrap();
    assert_eq!(ok(&o, &env_with(dir.path(), &[])).api_key.expose(), "ka");
}

#[test]
fn env_key_alone_with_a_profile_is_a_conflict() {
    let dir = profiles_dir();
    let e = err(
        &Overrides::default(),
        &env_with(dir.path(), &[("QLIK_API_KEY", "key-env")]),
    );
    assert!(matches!(e, ConfigError::Conflict(_)), "{e:?}");
    assert_eq!(e.exit_code(), 2);
    assert!(text(&e).contains("QLIK_SERVER"), "{e}");
    assert!(!text(&e).contains("key-env"));
}

#[test]
fn env_key_alone_without_profiles_says_qlik_server_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let e = err(
        &Overrides::default(),
        &env_with(dir.path(), &[("QLIK_API_KEY", "key-env")]),
    );
    assert_eq!(e.exit_code(), 4);
    assert!(
        text(&e).contains("QLIK_API_KEY is set but QLIK_SERVER is not"),
        "{e}"
    );
}

#[test]
fn empty_env_vars_count_as_unset() {
    let dir = profiles_dir();
    let env = env_with(
        dir.path(),
        &[
            ("QLIK_SERVER", ""),
            ("QLIK_API_KEY", " "),
            ("QLIK_PROFILE", ""),
        ],
    );
    let s = ok(&Overrides::default(), &env);
    assert_eq!(s.source, Source::Profile("prod".into()));
}

#[test]
fn unknown_profiles_are_exit_2() {
    let dir = profiles_dir();
    let e = err(&flags(None, Some("nope")), &env_with(dir.path(), &[]));
    assert!(matches!(&e, ConfigError::UnknownProfile(n) if n == "nope"));
    assert_eq!(e.exit_code(), 2);
    let e = err(
        &Overrides::default(),
        &env_with(dir.path(), &[("QLIK_PROFILE", "gone")]),
    );
    assert!(matches!(&e, ConfigError::UnknownProfile(n) if n == "gone"));
    let e = err(
        &flags(Some("https://x.example.com"), Some("nope")),
        &env_with(dir.path(), &[]),
    );
    assert!(matches!(&e, ConfigError::UnknownProfile(_)));
}

#[test]
fn dangling_default_profile_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(CONFIG_FILE), "default_profile = \"gone\"\n").unwrap();
    let e = err(&Overrides::default(), &env_with(dir.path(), &[]));
    assert!(matches!(&e, ConfigError::UnknownProfile(n) if n == "gone"));
}

#[test]
fn profiles_without_a_default_say_how_to_choose() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "[profiles.a]\nserver = \"https://a.example.com\"\n",
    )
    .unwrap();
    let e = err(&Overrides::default(), &env_with(dir.path(), &[]));
    assert_eq!(e.exit_code(), 4);
    assert!(text(&e).contains("qlik profile use NAME"), "{e}");
}

#[test]
fn profile_without_a_key_is_no_credentials() {
    let dir = profiles_dir();
    let e = err(&flags(None, Some("nokey")), &env_with(dir.path(), &[]));
    assert_eq!(e.exit_code(), 4);
    assert!(
        text(&e).contains("qlik profile update nokey --ask-api-key"),
        "{e}"
    );
}

#[test]
fn qlik_output_beats_the_profiles_output() {
    let dir = profiles_dir();
    let s = ok(
        &Overrides::default(),
        &env_with(dir.path(), &[("QLIK_OUTPUT", "jsonl")]),
    );
    assert_eq!(s.output.as_deref(), Some("jsonl"));
    let s = ok(
        &Overrides::default(),
        &env_with(
            dir.path(),
            &[
                ("QLIK_SERVER", "https://ci.example.com"),
                ("QLIK_API_KEY", "k"),
                ("QLIK_OUTPUT", "json"),
            ],
        ),
    );
    assert_eq!(s.output.as_deref(), Some("json"));
}

// ---- plain http ----

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

// ---- files ----

#[test]
fn invalid_toml_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "default_profile = \"a\"\n\n[profiles.a]\nserver = \n",
    )
    .unwrap();
    let e = err(&Overrides::default(), &env_with(dir.path(), &[]));
    match &e {
        ConfigError::Invalid { path, line, .. } => {
            assert_eq!(path, &dir.path().join(CONFIG_FILE));
            assert_eq!(*line, 4);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(e.exit_code(), 1);
    assert!(text(&e).contains("config.toml:4: "), "{e}");
}

#[test]
fn wrong_types_and_unknown_keys_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(CONFIG_FILE);
    std::fs::write(
        &path,
        "[profiles.a]\nserver = \"https://a\"\ntier1_per_minute = \"fast\"\n",
    )
    .unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Invalid { line: 3, .. }), "{e:?}");
    std::fs::write(
        &path,
        "[profiles.a]\nserver = \"https://a\"\nsever = \"x\"\n",
    )
    .unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Invalid { line: 3, .. }), "{e:?}");
    assert!(text(&e).contains("sever"), "{e}");
    std::fs::write(&path, b"[profiles.a]\nserver = \"\xff\"\n").unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Invalid { line: 2, .. }), "{e:?}");
}

#[test]
fn invalid_credentials_never_echo_the_key() {
    let dir = tempfile::tempdir().unwrap();
    write_credentials(
        dir.path(),
        "[profiles.a]\napi_key = \"sentinel-secret-123\nmore\"\n",
    );
    let e = Store::open(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Invalid { .. }), "{e:?}");
    assert!(!text(&e).contains("sentinel-secret-123"), "{e}");
    // A type error would quote the value: `profiles.api_key` should be a table.
    write_credentials(
        dir.path(),
        "[profiles]\napi_key = \"sentinel-secret-123\"\n",
    );
    let e = Store::open(dir.path()).unwrap_err();
    assert!(matches!(e, ConfigError::Invalid { line: 2, .. }), "{e:?}");
    assert!(!text(&e).contains("sentinel-secret-123"), "{e}");
    write_credentials(
        dir.path(),
        "[profiles.a]\napi_key = 'sentinel-secret-123'\nx = 1\n",
    );
    let e = Store::open(dir.path()).unwrap_err();
    assert!(!text(&e).contains("sentinel-secret-123"), "{e}");
}

#[test]
fn redaction_hides_quoted_parts() {
    assert_eq!(
        redact_quoted(r#"invalid type: string "abc", expected"#),
        r#"invalid type: string "****", expected"#
    );
    assert_eq!(redact_quoted("it's 'x"), "it'****'x");
    assert_eq!(redact_quoted("open \"abc"), "open \"****");
}

#[test]
fn upsert_keeps_comments_and_writes_credentials_0600() {
    let dir = profiles_dir();
    let mut store = Store::open_for_update(dir.path(), DEFAULT_LOCK_TIMEOUT).unwrap();
    let profile = Profile {
        server: "https://new.example.com".into(),
        output: Some("json".into()),
        ..Profile::default()
    };
    store
        .upsert("new", &profile, Some(&Secret::new("key-new")))
        .unwrap();
    store.set_default(Some("new"));
    store.save().unwrap();
    drop(store);

    let config = std::fs::read_to_string(dir.path().join(CONFIG_FILE)).unwrap();
    assert!(config.starts_with("# my profiles\n"), "{config}");
    assert!(config.contains("# trailing slash on purpose"), "{config}");
    assert!(config.contains("default_profile = \"new\""), "{config}");
    assert!(
        config
            .contains("[profiles.new]\nserver = \"https://new.example.com\"\noutput = \"json\"\n")
    );

    let reread = Store::open(dir.path()).unwrap();
    assert_eq!(reread.profile("new"), Some(&profile));
    assert_eq!(reread.api_key("new").unwrap().expose(), "key-new");
    assert_eq!(reread.api_key("prod").unwrap().expose(), "key-prod");
    assert_eq!(reread.default_profile(), Some("new"));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join(CREDENTIALS_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != CONFIG_FILE && n != CREDENTIALS_FILE && n != LOCK_FILE)
        .collect();
    assert!(leftovers.is_empty(), "left behind: {leftovers:?}");
}

#[cfg(unix)]
#[test]
fn symlinked_files_stay_symlinks() {
    use std::os::unix::fs::PermissionsExt;
    let dir = profiles_dir();
    let elsewhere = tempfile::tempdir().unwrap();
    for name in [CONFIG_FILE, CREDENTIALS_FILE] {
        let real = elsewhere.path().join(name);
        std::fs::rename(dir.path().join(name), &real).unwrap();
        std::os::unix::fs::symlink(&real, dir.path().join(name)).unwrap();
    }
    let mut store = Store::open_for_update(dir.path(), DEFAULT_LOCK_TIMEOUT).unwrap();
    store.remove("dev");
    store.save().unwrap();
    for name in [CONFIG_FILE, CREDENTIALS_FILE] {
        let link = std::fs::symlink_metadata(dir.path().join(name)).unwrap();
        assert!(link.file_type().is_symlink(), "{name} is no longer a link");
        let text = std::fs::read_to_string(elsewhere.path().join(name)).unwrap();
        assert!(!text.contains("[profiles.dev]"), "{name}: {text}");
        assert!(text.contains("[profiles.prod]"), "{name}: {text}");
    }
    let mode = std::fs::metadata(elsewhere.path().join(CREDENTIALS_FILE))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let mut files: Vec<_> = std::fs::read_dir(elsewhere.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    assert_eq!(files, [CONFIG_FILE, CREDENTIALS_FILE]);
}

#[test]
fn new_files_put_default_profile_first() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("a/b");
    let mut store = Store::open_for_update(&sub, DEFAULT_LOCK_TIMEOUT).unwrap();
    store
        .upsert(
            "x",
            &Profile {
                server: "https://x.example.com".into(),
                ..Profile::default()
            },
            Some(&Secret::new("k")),
        )
        .unwrap();
    store.set_default(Some("x"));
    store.save().unwrap();
    let config = std::fs::read_to_string(sub.join(CONFIG_FILE)).unwrap();
    assert_eq!(
        config,
        "default_profile = \"x\"\n\n[profiles.x]\nserver = \"https://x.example.com\"\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sub).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn remove_drops_profile_key_and_default() {
    let dir = profiles_dir();
    let mut store = Store::open_for_update(dir.path(), DEFAULT_LOCK_TIMEOUT).unwrap();
    assert!(store.remove("prod"));
    assert!(!store.remove("prod"));
    store.save().unwrap();
    drop(store);
    let reread = Store::open(dir.path()).unwrap();
    assert!(reread.profile("prod").is_none());
    assert!(reread.api_key("prod").is_none());
    assert_eq!(reread.default_profile(), None);
    assert!(reread.profile("dev").is_some());
    let creds = std::fs::read_to_string(dir.path().join(CREDENTIALS_FILE)).unwrap();
    assert!(!creds.contains("key-prod"), "{creds}");
}

#[test]
fn profile_names_are_checked() {
    for good in ["prod", "me@tenant", "a.b-c_d", "Ünïcode"] {
        assert!(validate_profile_name(good).is_ok(), "{good}");
    }
    for bad in ["", "a b", "a/b", "a]b", "x\n", &"x".repeat(65)] {
        assert!(validate_profile_name(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn exit_codes_follow_the_readme_table() {
    let io = ConfigError::Io {
        path: "p".into(),
        source: std::io::Error::other("x"),
    };
    assert_eq!(io.exit_code(), 1);
    assert_eq!(ConfigError::NoConfigDir.exit_code(), 1);
    assert_eq!(ConfigError::Conflict(String::new()).exit_code(), 2);
}

// ---- the loader never panics ----

#[test]
fn resolve_never_panics_on_arbitrary_flags_and_env() {
    let dir = profiles_dir();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let opt = |re: &'static str| proptest::option::of(re);
    let strategy = (
        opt(".{0,40}"),
        opt("prod|dev|nokey|lan|.{0,8}"),
        opt("https?://[a-z0-9.:]{0,20}|.{0,40}"),
        opt(".{0,20}"),
        opt("prod|dev|nokey|.{0,8}"),
        opt("1|0|.{0,3}"),
    );
    runner
        .run(
            &strategy,
            |(server, profile, env_server, env_key, env_profile, allow_http)| {
                let mut vars = Vec::new();
                for (k, v) in [
                    ("QLIK_SERVER", &env_server),
                    ("QLIK_API_KEY", &env_key),
                    ("QLIK_PROFILE", &env_profile),
                    ("QLIK_ALLOW_HTTP", &allow_http),
                ] {
                    if let Some(v) = v {
                        vars.push((k, v.as_str()));
                    }
                }
                let env = env_with(dir.path(), &vars);
                if let Ok(s) = resolve(&Overrides { server, profile }, &env) {
                    // Whatever resolves is usable: a normalised server and a key.
                    prop_assert_eq!(normalize_server(&s.server).ok(), Some(s.server.clone()));
                    prop_assert!(!s.api_key.expose().is_empty());
                }
                Ok(())
            },
        )
        .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn config_loader_never_panics_on_arbitrary_text(text in ".{0,200}") {
        let _ = parse_file::<ConfigFile>(Path::new("config.toml"), Some(text.into_bytes()));
    }

    #[test]
    fn loaders_never_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = parse_file::<ConfigFile>(Path::new("config.toml"), Some(bytes.clone()));
        let _ = parse_file::<CredentialsFile>(Path::new("credentials.toml"), Some(bytes));
    }

    #[test]
    fn loader_never_panics_on_toml_like_text(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("[profiles.a]".to_string()),
                Just("[profiles]".to_string()),
                Just("default_profile = \"a\"".to_string()),
                "[a-z_]{1,16} = (\"[^\"\\\\]{0,10}\"|[0-9]{1,12}|true|-1|\\[\\]|\\{\\})",
                "[\\[\\]=\"a-z .{}#\\n]{0,20}",
            ],
            0..8,
        ),
    ) {
        let text = lines.join("\n");
        let _ = parse_file::<ConfigFile>(Path::new("config.toml"), Some(text.clone().into_bytes()));
        let _ = parse_file::<CredentialsFile>(Path::new("credentials.toml"), Some(text.into_bytes()));
    }

    #[test]
    fn store_and_resolve_never_panic_on_arbitrary_files(config in ".{0,120}", creds in ".{0,120}") {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CONFIG_FILE), &config).unwrap();
        write_private(&dir.path().join(CREDENTIALS_FILE), &creds);
        let _ = resolve(&Overrides::default(), &env_with(dir.path(), &[]));
        if let Ok(mut store) = Store::open(dir.path()) {
            let _ = store.upsert("p", &Profile { server: "https://p".into(), ..Profile::default() }, Some(&Secret::new("k")));
            store.remove("a");
        }
    }

    #[test]
    fn server_normalisation_never_panics(raw in ".{0,60}", env_http in any::<bool>()) {
        if let Ok(server) = normalize_server(&raw) {
            let _ = check_scheme(&server, env_http);
            // Normalising is idempotent.
            prop_assert_eq!(normalize_server(&server).ok(), Some(server));
        }
    }
}

#[test]
fn saving_needs_the_lock() {
    let dir = profiles_dir();
    let mut store = Store::open(dir.path()).unwrap();
    store.remove("dev");
    let e = store.save().unwrap_err();
    assert_eq!(e.exit_code(), 1);
    assert!(
        text(&e).contains("without holding the lock"),
        "{}",
        text(&e)
    );
    assert!(Store::open(dir.path()).unwrap().profile("dev").is_some());
    // Nothing to write: nothing to refuse.
    let mut store = Store::open(dir.path()).unwrap();
    store.save().unwrap();
}

#[test]
fn the_lock_is_exclusive_and_its_wait_bounded() {
    let dir = profiles_dir();
    let short = Duration::from_millis(200);
    let held = Store::open_for_update(dir.path(), short).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join(LOCK_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let start = Instant::now();
    let e = Store::open_for_update(dir.path(), short).unwrap_err();
    assert!(start.elapsed() >= short, "{:?}", start.elapsed());
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    assert!(matches!(e, ConfigError::Locked { .. }), "{e:?}");
    assert_eq!(e.exit_code(), 1);
    let message = text(&e);
    assert!(
        message.contains(&dir.path().join(LOCK_FILE).display().to_string()),
        "{message}"
    );
    assert!(e.hint().unwrap().contains("QLIK_CONFIG_LOCK_TIMEOUT"));
    // Readers wait for the writer too.
    assert!(matches!(
        Store::read(dir.path(), short).unwrap_err(),
        ConfigError::Locked { .. }
    ));
    drop(held);
    // Readers share; a writer waits for them.
    let r1 = Store::read(dir.path(), short).unwrap();
    let r2 = Store::read(dir.path(), short).unwrap();
    drop((r1, r2));
    Store::open_for_update(dir.path(), short).unwrap();
}

#[test]
fn lock_timeout_comes_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let with = |v: &str| lock_timeout(&env_with(dir.path(), &[("QLIK_CONFIG_LOCK_TIMEOUT", v)]));
    assert_eq!(
        lock_timeout(&env_with(dir.path(), &[])).unwrap(),
        DEFAULT_LOCK_TIMEOUT
    );
    assert_eq!(with("").unwrap(), DEFAULT_LOCK_TIMEOUT);
    assert_eq!(with("0.25").unwrap(), Duration::from_millis(250));
    assert_eq!(with(" 0 ").unwrap(), Duration::ZERO);
    for bad in ["-1", "x", "NaN", "inf", "3601"] {
        let e = with(bad).unwrap_err();
        assert_eq!(e.exit_code(), 2, "{bad}");
    }
}

#[cfg(unix)]
#[test]
fn special_files_are_errors() {
    for name in [CONFIG_FILE, CREDENTIALS_FILE, LOCK_FILE] {
        let dir = tempfile::tempdir().unwrap();
        // A directory stands in for the FIFO here (hostile/config.rs has real FIFOs).
        std::fs::create_dir(dir.path().join(name)).unwrap();
        let e = Store::open_for_update(dir.path(), Duration::ZERO).unwrap_err();
        assert!(matches!(e, ConfigError::NotRegular { .. }), "{name}: {e:?}");
        assert!(text(&e).contains("not a regular file (it is a directory)"));
        assert_eq!(e.exit_code(), 1);
    }
    // A symlink to a device: refused, and never written through.
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/null", dir.path().join(CONFIG_FILE)).unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(text(&e).contains("(it is a device)"), "{}", text(&e));
    let e = write_atomic(&dir.path().join(CONFIG_FILE), b"x", 0o644).unwrap_err();
    assert!(matches!(e, ConfigError::NotRegular { .. }), "{e:?}");
    // A file where the directory should be.
    let file = dir.path().join("file");
    std::fs::write(&file, "").unwrap();
    let e = Store::open(&file).unwrap_err();
    assert!(text(&e).contains("is not a directory"), "{}", text(&e));
    let e = Store::open_for_update(&file, Duration::ZERO).unwrap_err();
    assert!(text(&e).contains("is not a directory"), "{}", text(&e));
}

#[test]
fn files_over_the_cap_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("# {}\n", "x".repeat(MAX_FILE_BYTES as usize));
    std::fs::write(dir.path().join(CONFIG_FILE), big).unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(text(&e).contains("larger than 1 MiB"), "{}", text(&e));
}

#[test]
fn unknown_profile_names_that_cannot_be_names_are_not_shown() {
    assert_eq!(
        ConfigError::UnknownProfile("prod".into()).to_string(),
        "unknown profile `prod`"
    );
    let key = format!("eyJ{}", "a".repeat(100));
    let shown = text(&ConfigError::UnknownProfile(key.clone()));
    assert!(!shown.contains(&key), "{shown}");
    assert!(shown.starts_with("unknown profile"), "{shown}");
}
