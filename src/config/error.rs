//! [`ConfigError`]: why no settings could be made, or a profile file could not be read or
//! written, with its `hint:` line and exit code.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{CONFIG_FILE, validate_profile_name};

/// Why no settings could be made.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// No flag, env or profile gives a server and key. Exit code 4. The hint (what is missing
    /// and how to set it up) is printed on its own `hint:` line, see [`ConfigError::hint`].
    #[error("no credentials")]
    NoCredentials { hint: String },
    /// `--profile`/`QLIK_PROFILE`/`default_profile` names a profile that does not exist. Exit 2.
    /// A name longer than any profile name may be an API key typed in the wrong place: it is
    /// not shown.
    #[error("{}", unknown_profile_message(.0))]
    UnknownProfile(String),
    /// A config or credentials file could not be parsed (names the file and line). Exit 1.
    #[error("{path}:{line}: {message}", path = path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// Reading or writing a file failed. Exit 1.
    #[error("{path}: {source}", path = path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The server URL is malformed, has a path (other than `/api/v1`), a query or a
    /// fragment, or is plain `http://` to a host that is not loopback without `allow_http`.
    /// Exit 2. `hint` shows the accepted form, where one helps.
    #[error("server `{server}`: {reason}")]
    InvalidServer {
        server: String,
        reason: String,
        hint: Option<String>,
    },
    /// A combination of settings that has no sensible meaning, e.g. `QLIK_API_KEY` without a
    /// server to send it to. Exit 2.
    #[error("{0}")]
    Conflict(String),
    /// A bad argument to a profile command (name, key, an existing profile). Exit 2.
    #[error("{0}")]
    Usage(String),
    /// Neither `QLIK_CONFIG_DIR` nor a home directory is known. Exit 1.
    #[error("cannot find the user config directory: set QLIK_CONFIG_DIR")]
    NoConfigDir,
    /// Another process held the lock of the config directory for longer than the lock timeout.
    /// Exit 1.
    #[error(
        "{path}: another qlik process is changing the profiles; gave up after waiting {secs:.1} s \
         for its lock",
        path = path.display(),
        secs = waited.as_secs_f64()
    )]
    Locked { path: PathBuf, waited: Duration },
    /// A FIFO, device, socket or directory where a regular file is expected (or a file where the
    /// config directory is expected). Exit 1.
    #[error("{path}: {what}", path = path.display())]
    NotRegular { path: PathBuf, what: String },
}

fn unknown_profile_message(name: &str) -> String {
    if validate_profile_name(name).is_ok() {
        format!("unknown profile `{name}`")
    } else {
        "unknown profile (the name is not shown: it is not a profile name, it may be a secret)"
            .to_string()
    }
}

impl ConfigError {
    /// What to do about it, for the `hint:` line under the error.
    pub fn hint(&self) -> Option<String> {
        match self {
            ConfigError::NoCredentials { hint } => Some(hint.clone()),
            ConfigError::UnknownProfile(_) => Some("`qlik profile ls` lists the profiles".into()),
            ConfigError::InvalidServer { hint, .. } => hint.clone(),
            ConfigError::Invalid { path, .. }
                if path.file_name().is_some_and(|n| n == CONFIG_FILE) =>
            {
                Some("fix the file by hand, or remove it and add the profiles again".into())
            }
            ConfigError::Locked { .. } => Some(
                "wait for the other qlik command to finish, or stop it if it hangs (the lock \
                 goes with the process; the lock file may stay); QLIK_CONFIG_LOCK_TIMEOUT sets \
                 the wait in seconds"
                    .into(),
            ),
            ConfigError::NotRegular { .. } => {
                Some("move it away: the profiles are kept in regular files".into())
            }
            _ => None,
        }
    }

    /// The process exit code for this error (README table).
    pub fn exit_code(&self) -> u8 {
        match self {
            ConfigError::NoCredentials { .. } => 4,
            ConfigError::UnknownProfile(_)
            | ConfigError::InvalidServer { .. }
            | ConfigError::Conflict(_)
            | ConfigError::Usage(_) => 2,
            ConfigError::Invalid { .. }
            | ConfigError::Io { .. }
            | ConfigError::NoConfigDir
            | ConfigError::Locked { .. }
            | ConfigError::NotRegular { .. } => 1,
        }
    }
}

/// [`ConfigError::NotRegular`] for a file of type `file_type`.
pub(super) fn not_regular(path: &Path, file_type: &std::fs::FileType) -> ConfigError {
    #[cfg(unix)]
    let kind = {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            "a FIFO"
        } else if file_type.is_socket() {
            "a socket"
        } else if file_type.is_char_device() || file_type.is_block_device() {
            "a device"
        } else if file_type.is_dir() {
            "a directory"
        } else if file_type.is_symlink() {
            "a symlink"
        } else {
            "a special file"
        }
    };
    #[cfg(not(unix))]
    let kind = if file_type.is_dir() {
        "a directory"
    } else if file_type.is_symlink() {
        "a symlink"
    } else {
        "a special file"
    };
    ConfigError::NotRegular {
        path: path.to_path_buf(),
        what: format!("not a regular file (it is {kind})"),
    }
}
