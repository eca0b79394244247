//! The loader never panics, whatever the flags, environment or files.

use super::*;

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
                    prop_assert!(!s.credential.key().unwrap().expose().is_empty());
                }
                Ok(())
            },
        )
        .unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

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
            let _ = store.upsert("p", &Profile { server: "https://p".into(), ..Profile::default() }, Some(&crate::config::Credential::ApiKey(Secret::new("k"))));
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
