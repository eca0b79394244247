//! What `profile add` and `profile update` read: the name, the server and the API key.

use std::io::IsTerminal;

use crate::config::{self, ConfigError};
use crate::limits;
use crate::secret::Secret;

/// A profile name as given on the command line, checked. A name too long to be one may be an
/// API key typed in the wrong place: it is not shown.
pub(super) fn check_name(name: &str) -> Result<(), ConfigError> {
    config::validate_profile_name(name).map_err(|e| {
        if name.chars().count() > 64 {
            ConfigError::Usage(format!("profile name (not shown): {e}"))
        } else {
            ConfigError::Usage(format!("profile name `{name}`: {e}"))
        }
    })
}

/// A server URL given to `profile add|update`, normalised, with a note when `/api/v1` was
/// dropped from it.
pub(super) fn server_arg(raw: &str) -> Result<String, ConfigError> {
    let (server, stripped) = config::parse_server(raw)?;
    if stripped {
        crate::error::note(config::api_path_note("--server", &server));
    }
    Ok(server)
}

pub(super) fn absolute(path: std::path::PathBuf) -> Result<std::path::PathBuf, ConfigError> {
    std::path::absolute(&path).map_err(|source| ConfigError::Io { path, source })
}

/// The API key: from stdin with `--api-key-stdin`, else from a hidden prompt on a terminal.
pub(super) fn read_api_key(name: &str, from_stdin: bool) -> anyhow::Result<Secret> {
    let key = if from_stdin {
        // Capped with room for surrounding blank space; a longer input is refused whole,
        // never cut to a key that would fail later.
        let bytes = limits::read_capped(std::io::stdin().lock(), 2 * limits::MAX_KEY_BYTES)
            .map_err(|e| match e {
                limits::ReadError::TooLarge(_) => ConfigError::Usage(format!(
                    "the API key on standard input is longer than {}; give the key alone",
                    limits::human_bytes(limits::MAX_KEY_BYTES)
                )),
                e => ConfigError::Usage(e.describe("the API key from standard input")),
            })?;
        String::from_utf8(bytes).map_err(|_| {
            ConfigError::Usage(
                "the API key has characters other than ASCII letters, digits and punctuation"
                    .to_string(),
            )
        })?
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(format!("API key for profile `{name}`"))
            .interact()
            .map_err(|e| anyhow::anyhow!("cannot read the API key: {e}"))?
    } else {
        return Err(ConfigError::Usage(
            "no terminal to ask for the API key: pipe it in with --api-key-stdin (it is never \
             taken from the command line)"
                .to_string(),
        )
        .into());
    };
    let key = key.trim();
    crate::secret::check_api_key(key).map_err(|e| ConfigError::Usage(e.to_string()))?;
    Ok(Secret::new(key))
}
