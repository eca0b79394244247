//! Exit codes and the messages of errors that may quote user input.

use super::*;

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
