//! A string that must never be printed: API keys.

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
}
