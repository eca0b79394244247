//! A string that must never be printed: API keys, OAuth client secrets, access tokens.

#![allow(dead_code)]

use std::fmt;

/// An API key. `Debug` and `Display` print a mask, so the key cannot leak through logs,
/// error messages or `{:?}`. Read it only where it goes on the wire: [`Secret::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The key itself, for the `Authorization` header and the credentials file only.
    pub fn expose(&self) -> &str {
        &self.0
    }
    /// A masked form for display: the last four characters at most, e.g. `****abcd`.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() < 12 {
            return "****".to_string();
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("****{tail}")
    }
}

/// Checks an API key before it is saved: not empty, at most [`MAX_KEY_BYTES`], and only
/// visible ASCII (what an `Authorization` header can carry). The message never holds the key.
///
/// [`MAX_KEY_BYTES`]: crate::limits::MAX_KEY_BYTES
pub fn check_api_key(key: &str) -> Result<(), String> {
    check_token_text("the API key", "key", key)
}

/// Checks an OAuth client secret as [`check_api_key`] checks a key.
pub fn check_client_secret(secret: &str) -> Result<(), String> {
    check_token_text("the client secret", "secret", secret)
}

/// Checks an OAuth client id: the same rules (it travels in a JSON body, but a client id is
/// never anything else than visible ASCII).
pub fn check_client_id(id: &str) -> Result<(), String> {
    check_token_text("the client id", "client id", id)
}

/// `what` (e.g. `the API key`) must be non-empty visible ASCII of at most
/// [`MAX_KEY_BYTES`](crate::limits::MAX_KEY_BYTES); `alone` names it in `give the … alone`.
fn check_token_text(what: &str, alone: &str, key: &str) -> Result<(), String> {
    use crate::limits::{MAX_KEY_BYTES, human_bytes};
    if key.is_empty() {
        return Err(format!("{what} is empty"));
    }
    if key.len() > MAX_KEY_BYTES {
        return Err(format!(
            "{what} is longer than {}; give the {alone} alone",
            human_bytes(MAX_KEY_BYTES)
        ));
    }
    if key.chars().any(char::is_whitespace) {
        return Err(format!(
            "{what} has spaces or line breaks inside; give the {alone} alone"
        ));
    }
    if key.chars().any(char::is_control) {
        return Err(format!(
            "{what} has control characters inside; give the {alone} alone"
        ));
    }
    if !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(format!(
            "{what} has characters other than ASCII letters, digits and punctuation"
        ));
    }
    Ok(())
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("****")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_formats_the_key() {
        let s = Secret::new("sentinel-key-0123456789");
        assert!(!format!("{s:?} {s}").contains("sentinel"));
        assert_eq!(s.masked(), "****6789");
        assert_eq!(Secret::new("short").masked(), "****");
        assert_eq!(s.expose(), "sentinel-key-0123456789");
    }

    #[test]
    fn keys_are_visible_ascii_of_bounded_length() {
        assert!(check_api_key("eyJhbGciOi.JIUzI1-NiJ9_x~").is_ok());
        let long = "k".repeat(crate::limits::MAX_KEY_BYTES + 1);
        for bad in [
            "",
            "sentinel with space",
            "sentinel\u{7}bell",
            "sentinel\u{1b}[2Jx",
            "sentinel\u{85}",
            "sentinelé",
            "sentinel\u{200b}",
            long.as_str(),
        ] {
            let e = check_api_key(bad).unwrap_err();
            assert!(e.starts_with("the API key "), "{e}");
            assert!(!e.contains("sentinel") && !e.contains("kkk"), "{e}");
        }
        assert!(check_api_key(&long[1..]).is_ok());
    }
}
