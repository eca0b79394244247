//! The environment as [`resolve`](fn@super::resolve) and the profile commands read it, and the
//! config directory it names.

use std::path::PathBuf;

use super::error::ConfigError;

/// Reads environment variables; a closure so tests can give a fixed environment.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

/// The directory holding `config.toml` and `credentials.toml`: `QLIK_CONFIG_DIR`, else the
/// user config directory from `directories` (e.g. `~/.config/qlik` on Linux,
/// `~/Library/Application Support/qlik` on macOS, `%APPDATA%\qlik\config` on Windows).
pub fn config_dir(env: Env) -> Result<PathBuf, ConfigError> {
    if let Some(dir) = non_empty(env, "QLIK_CONFIG_DIR") {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "qlik")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or(ConfigError::NoConfigDir)
}

pub(super) fn non_empty(env: Env, key: &str) -> Option<String> {
    env(key).filter(|v| !v.trim().is_empty())
}

pub(super) fn truthy(value: Option<String>) -> bool {
    matches!(
        value
            .as_deref()
            .map(str::trim)
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("1" | "true" | "yes" | "on")
    )
}
