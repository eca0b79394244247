//! The precedence table of [`resolve`], row by row.

use super::*;

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
    assert_eq!(s.credential.key().unwrap().expose(), "key-ci");
    assert_eq!(s.source, Source::Env);
    assert_eq!(s.profile, None);
    assert_eq!(s.output, None);
}

#[test]
fn default_profile_is_the_last_resort() {
    let dir = profiles_dir();
    let s = ok(&Overrides::default(), &env_with(dir.path(), &[]));
    assert_eq!(s.server, "https://prod.eu.qlikcloud.com");
    assert_eq!(s.credential.key().unwrap().expose(), "key-prod");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-dev");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-env");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-dev");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-env");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-dev");
    assert_eq!(s.source, Source::Flags);
    assert_eq!(s.profile.as_deref(), Some("dev"));
    assert!(s.insecure);
}

#[test]
fn env_key_beats_the_matched_profiles_key() {
    let dir = profiles_dir();
    let env = env_with(dir.path(), &[("QLIK_API_KEY", "key-env")]);
    let s = ok(&flags(Some("https://dev.us.qlikcloud.com"), None), &env);
    assert_eq!(s.credential.key().unwrap().expose(), "key-env");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-prod");
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
    assert_eq!(s.credential.key().unwrap().expose(), "key-dev");
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
    assert_eq!(
        ok(&o, &env_with(dir.path(), &[]))
            .credential
            .key()
            .unwrap()
            .expose(),
        "kb"
    );
    assert_eq!(
        ok(&o, &env_with(dir.path(), &[("QLIK_PROFILE", "c")]))
            .credential
            .key()
            .unwrap()
            .expose(),
        "kc"
    );
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "[profiles.c]\nserver = \"https://same.example.com\"\n\
         [profiles.a]\nserver = \"https://same.example.com\"\n",
    )
    .unwrap();
    assert_eq!(
        ok(&o, &env_with(dir.path(), &[]))
            .credential
            .key()
            .unwrap()
            .expose(),
        "ka"
    );
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
