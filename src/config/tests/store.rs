//! The profile files: parse errors, edits that keep comments, symlinks, special files, the
//! size cap.

use super::*;

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
        .upsert(
            "new",
            &profile,
            Some(&crate::config::Credential::ApiKey(Secret::new("key-new"))),
        )
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
            Some(&crate::config::Credential::ApiKey(Secret::new("k"))),
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

/// A key left in the credentials file under a name with no profile (a crash between the two
/// files' writes, or a hand edit) is not taken over by a new profile of that name added
/// without a credential: it may belong to another server. An existing profile updated
/// without a credential keeps its own.
#[test]
fn a_new_profile_does_not_take_over_a_leftover_key() {
    let dir = profiles_dir();
    write_credentials(
        dir.path(),
        &format!("{CREDENTIALS}\n[profiles.orphan]\napi_key = \"key-left-over\"\n"),
    );
    let mut store = Store::open_for_update(dir.path(), DEFAULT_LOCK_TIMEOUT).unwrap();
    let other = Profile {
        server: "https://other.example.com".into(),
        ..Profile::default()
    };
    store.upsert("orphan", &other, None).unwrap();
    store.upsert("prod", &other, None).unwrap();
    store.save().unwrap();
    drop(store);
    let reread = Store::open(dir.path()).unwrap();
    assert!(reread.credential("orphan").is_none());
    assert!(reread.api_key("prod").is_some(), "an update keeps the key");
    let creds = std::fs::read_to_string(dir.path().join(CREDENTIALS_FILE)).unwrap();
    assert!(!creds.contains("key-left-over"), "{creds}");
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
fn rename_moves_both_tables_with_their_comments_and_the_default() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(CONFIG_FILE),
        "default_profile = \"old\"\n\n[profiles.old]\n# the team's tenant\nserver = \"https://o.example.com\"\n",
    )
    .unwrap();
    write_credentials(dir.path(), "[profiles.old]\napi_key = \"key-old\"\n");
    let mut store = Store::open_for_update(dir.path(), DEFAULT_LOCK_TIMEOUT).unwrap();
    store.rename("old", "new").unwrap();
    store.save().unwrap();
    drop(store);
    let config = std::fs::read_to_string(dir.path().join(CONFIG_FILE)).unwrap();
    assert!(config.contains("default_profile = \"new\""), "{config}");
    assert!(
        config.contains("[profiles.new]\n# the team's tenant\nserver"),
        "{config}"
    );
    assert!(!config.contains("profiles.old"), "{config}");
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.api_key("new").unwrap().expose(), "key-old");
    assert!(store.profile("old").is_none() && store.api_key("old").is_none());
}
