//! Reading the profile files: only regular files (or symlinks to them), at most
//! [`MAX_FILE_BYTES`], parsed with `toml` (typed, with file:line errors) and `toml_edit` (to be
//! edited with the comments kept), with quoted parts of errors in `credentials.toml` redacted.

use std::io::Read;
use std::path::Path;

use super::CREDENTIALS_FILE;
use super::error::{ConfigError, not_regular};

/// The largest `config.toml` or `credentials.toml` read (1 MiB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Checks that `dir`, when it exists, is a directory (or a symlink to one).
pub(super) fn check_dir(dir: &Path) -> Result<(), ConfigError> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(ConfigError::NotRegular {
            path: dir.to_path_buf(),
            what: "the config directory is not a directory".to_string(),
        }),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(ConfigError::Io {
            path: dir.to_path_buf(),
            source,
        }),
    }
}

/// Reads a regular file (or a symlink to one) of at most [`MAX_FILE_BYTES`]; `None` when it is
/// missing. Anything else is refused before it is opened, since opening a FIFO for reading
/// blocks until a writer comes.
pub fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, ConfigError> {
    let io = |source| ConfigError::Io {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() => return Err(not_regular(path, &meta.file_type())),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    }
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    let file_type = file.metadata().map_err(io)?.file_type();
    if !file_type.is_file() {
        return Err(not_regular(path, &file_type));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ConfigError::NotRegular {
            path: path.to_path_buf(),
            what: format!(
                "larger than {} MiB: not a profile file",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        });
    }
    Ok(Some(bytes))
}

/// Warns on stderr when the credentials file can be read by group or others.
#[cfg(unix)]
pub(super) fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            eprintln!(
                "warning: {} is readable by others (mode {mode:o}); run `chmod 600 {}`",
                path.display(),
                path.display()
            );
        }
    }
}

#[cfg(not(unix))]
pub(super) fn warn_if_readable_by_others(_path: &Path) {}

/// Parses a file's text (`None`: missing file) into its typed form and its editable document.
pub(super) fn parse_file<T: Default + serde::de::DeserializeOwned>(
    path: &Path,
    bytes: Option<Vec<u8>>,
) -> Result<(T, toml_edit::DocumentMut), ConfigError> {
    parse_file_inner(path, bytes).map_err(|e| match e {
        // A parse message may quote a value; in the credentials file that may be a key.
        ConfigError::Invalid {
            path,
            line,
            message,
        } if path.file_name().is_some_and(|n| n == CREDENTIALS_FILE) => ConfigError::Invalid {
            path,
            line,
            message: redact_quoted(&message),
        },
        e => e,
    })
}

/// Replaces the contents of every double-quoted or single-quoted part of `message` with `****`.
pub(super) fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut open: Option<char> = None;
    for c in message.chars() {
        match open {
            Some(q) if c == q => {
                out.push_str("****");
                out.push(c);
                open = None;
            }
            Some(_) => {}
            None => {
                out.push(c);
                if c == '"' || c == '\'' {
                    open = Some(c);
                }
            }
        }
    }
    if open.is_some() {
        out.push_str("****");
    }
    out
}

fn parse_file_inner<T: Default + serde::de::DeserializeOwned>(
    path: &Path,
    bytes: Option<Vec<u8>>,
) -> Result<(T, toml_edit::DocumentMut), ConfigError> {
    let Some(bytes) = bytes else {
        return Ok((T::default(), toml_edit::DocumentMut::new()));
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return Err(ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                message: "not valid UTF-8".to_string(),
            });
        }
    };
    let typed: T = toml::from_str(&text).map_err(|e| ConfigError::Invalid {
        path: path.to_path_buf(),
        line: line_of(&text, e.span().map(|s| s.start)),
        message: one_line(e.message()),
    })?;
    let doc = text
        .parse::<toml_edit::DocumentMut>()
        .map_err(|e| ConfigError::Invalid {
            path: path.to_path_buf(),
            line: line_of(&text, e.span().map(|s| s.start)),
            message: one_line(e.message()),
        })?;
    Ok((typed, doc))
}

fn line_of(text: &str, offset: Option<usize>) -> usize {
    let offset = offset.unwrap_or(0).min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}
