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
    read_secret(&API_KEY, name, from_stdin)
}

/// An OAuth client's secret: from stdin with `--client-secret-stdin`, else from a hidden
/// prompt on a terminal.
pub(super) fn read_client_secret(name: &str, from_stdin: bool) -> anyhow::Result<Secret> {
    read_secret(&CLIENT_SECRET, name, from_stdin)
}

/// An API key given on the command line with `--api-key` (qlik-cli's way): checked, never
/// shown, with a warning that it is visible to others.
pub(super) fn api_key_arg(key: &str, instead: &str) -> Result<Secret, ConfigError> {
    inline_secret(&API_KEY, "--api-key", key, instead)
}

/// An OAuth client secret given with `--client-secret` (`--oauth-client-secret`).
pub(super) fn client_secret_arg(secret: &str, instead: &str) -> Result<Secret, ConfigError> {
    inline_secret(&CLIENT_SECRET, "--client-secret", secret, instead)
}

fn inline_secret(
    kind: &SecretKind,
    flag: &str,
    value: &str,
    instead: &str,
) -> Result<Secret, ConfigError> {
    crate::error::warn(format!(
        "{} given with {flag} is visible to other users in the process list and is kept in \
         the shell history; instead, {instead}",
        kind.what
    ));
    let value = value.trim();
    (kind.check)(value).map_err(|e| ConfigError::Usage(format!("{flag}: {e}")))?;
    Ok(Secret::new(value))
}

/// A comment given with `--comment`, checked.
pub(super) fn comment_arg(comment: &str) -> Result<String, ConfigError> {
    let comment = comment.trim();
    config::check_comment(comment).map_err(|e| ConfigError::Usage(format!("--comment: {e}")))?;
    Ok(comment.to_string())
}

/// The words and rules of one kind of secret.
struct SecretKind {
    /// `the API key`
    what: &'static str,
    /// `API key` in the prompt
    prompt: &'static str,
    /// `key` in `give the key alone`
    alone: &'static str,
    /// The flag that reads it from stdin.
    flag: &'static str,
    check: fn(&str) -> Result<(), String>,
}

const API_KEY: SecretKind = SecretKind {
    what: "the API key",
    prompt: "API key",
    alone: "key",
    flag: "--api-key-stdin",
    check: crate::secret::check_api_key,
};

const CLIENT_SECRET: SecretKind = SecretKind {
    what: "the client secret",
    prompt: "OAuth client secret",
    alone: "secret",
    flag: "--client-secret-stdin",
    check: crate::secret::check_client_secret,
};

fn read_secret(kind: &SecretKind, name: &str, from_stdin: bool) -> anyhow::Result<Secret> {
    let what = kind.what;
    let key = if from_stdin {
        // Capped with room for surrounding blank space; a longer input is refused whole,
        // never cut to a key that would fail later.
        let bytes = limits::read_capped(std::io::stdin().lock(), 2 * limits::MAX_KEY_BYTES)
            .map_err(|e| match e {
                limits::ReadError::TooLarge(_) => ConfigError::Usage(format!(
                    "{what} on standard input is longer than {}; give the {} alone",
                    limits::human_bytes(limits::MAX_KEY_BYTES),
                    kind.alone
                )),
                e => ConfigError::Usage(e.describe(&format!("{what} from standard input"))),
            })?;
        String::from_utf8(bytes).map_err(|_| {
            ConfigError::Usage(format!(
                "{what} has characters other than ASCII letters, digits and punctuation"
            ))
        })?
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        dialoguer::Password::new()
            .with_prompt(format!("{} for profile `{name}`", kind.prompt))
            .interact()
            .map_err(|e| anyhow::anyhow!("cannot read {what}: {e}"))?
    } else {
        return Err(ConfigError::Usage(format!(
            "no terminal to ask for {what}: pipe it in with {} (it is never taken from the \
             command line)",
            kind.flag
        ))
        .into());
    };
    let key = key.trim();
    (kind.check)(key).map_err(ConfigError::Usage)?;
    Ok(Secret::new(key))
}

/// A client id given with `--client-id`, checked.
pub(super) fn client_id_arg(id: &str) -> Result<String, ConfigError> {
    let id = id.trim();
    crate::secret::check_client_id(id)
        .map_err(|e| ConfigError::Usage(format!("--client-id: {e}")))?;
    Ok(id.to_string())
}

/// A scope given with `--scope`, checked.
pub(super) fn scope_arg(scope: &str) -> Result<String, ConfigError> {
    config::check_scope(scope).map_err(|e| ConfigError::Usage(format!("--scope: {e}")))
}
