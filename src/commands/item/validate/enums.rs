//! The checks of a value against one of the contract's enums (`crate::api::items`).

use crate::error::usage;

/// A value that must be one of `allowed`.
pub fn one_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(usage(format!(
            "{flag} `{value}` is not one of: {}",
            allowed.join(", ")
        )))
    }
}

/// `--sort`: one of `allowed`, where a bare field means ascending (`name` is `+name`, as the
/// service's own default `+createdAt` reads). Returns the value to send.
pub fn sort(value: &str, allowed: &[&str]) -> anyhow::Result<String> {
    let full = if value.starts_with(['+', '-']) {
        value.to_string()
    } else {
        format!("+{value}")
    };
    match one_of("--sort", &full, allowed) {
        Ok(()) => Ok(full),
        // Name the value as given.
        Err(_) => one_of("--sort", value, allowed).map(|()| full),
    }
}

/// A comma list whose every entry must be one of `allowed`.
pub fn list_of(flag: &str, value: &str, allowed: &[&str]) -> anyhow::Result<()> {
    for part in value.split(',') {
        if part.is_empty() {
            return Err(usage(format!("{flag} `{value}` has an empty entry")));
        }
        one_of(flag, part, allowed)?;
    }
    Ok(())
}
