//! The lock of the config directory and its timeout.

use super::*;

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
