//! The checks of the update body against the contract, before anything is sent.

use serde_json::{Map, Value};

use crate::error::usage;

use super::body::is_object_field;

/// Checks the body against the contract before anything is sent.
pub fn check(body: &Map<String, Value>) -> anyhow::Result<()> {
    for (k, v) in body {
        if is_object_field(k) {
            if !v.is_object() {
                return Err(usage(format!(
                    "{k} must be a JSON object, e.g. '{{\"key\":\"value\"}}'"
                )));
            }
        } else if !v.is_string() {
            return Err(usage(format!("{k} must be a string")));
        }
    }
    let s = |k: &str| body.get(k).and_then(Value::as_str).unwrap_or_default();
    if body.contains_key("name") && s("name").is_empty() {
        return Err(usage("name cannot be empty"));
    }
    if !s("resourceId").is_empty() && !s("resourceLink").is_empty() {
        return Err(usage(
            "resourceId and resourceLink cannot be set together; give one",
        ));
    }
    let t = s("resourceUpdatedAt");
    if !t.is_empty() && !is_rfc3339(t) {
        return Err(usage(format!(
            "resourceUpdatedAt `{t}` is not an RFC 3339 date-time, e.g. 2024-05-01T10:00:00Z"
        )));
    }
    let link = s("resourceLink");
    if !link.is_empty() && !is_absolute_uri(link) {
        return Err(usage(format!(
            "resourceLink `{link}` is not a URI, e.g. https://host/path"
        )));
    }
    if body.contains_key("resourceType") && s("resourceType").trim().is_empty() {
        return Err(usage("resourceType cannot be empty"));
    }
    Ok(())
}

/// Whether `s` reads as an absolute URI by the scheme rule of RFC 3986 section 3.1: a scheme
/// (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`), a colon and at least one character after
/// it, with no whitespace or control character anywhere. The rest is not checked: the service
/// decides what it accepts beyond that.
fn is_absolute_uri(s: &str) -> bool {
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s.as_bytes()[..colon];
    let scheme_ok = match scheme.split_first() {
        Some((first, tail)) => {
            first.is_ascii_alphabetic()
                && tail
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b))
        }
        None => false,
    };
    scheme_ok && colon + 1 < s.len()
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, with valid ranges.
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(part).ok()?.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day), Some(hour), Some(min), Some(sec)) = (
        digits(0..4),
        digits(5..7),
        digits(8..10),
        digits(11..13),
        digits(14..16),
        digits(17..19),
    ) else {
        return false;
    };
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    if day == 0 || day > days || hour > 23 || min > 59 || sec > 60 {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    match rest.as_bytes() {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => {
            let num = |x: &u8, y: &u8| -> Option<u32> {
                (x.is_ascii_digit() && y.is_ascii_digit())
                    .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
            };
            matches!((num(h1, h2), num(m1, m2)), (Some(h), Some(m)) if h <= 23 && m <= 59)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_uri_by_the_scheme_rule() {
        for ok in [
            "https://host/path",
            "http://127.0.0.1:8080/x?y=z#f",
            "mailto:someone@example.com",
            "urn:isbn:0451450523",
            "s3+ssh.v-2:x",
            "a:b",
            "HTTPS://HOST",
            "https://host/café",
        ] {
            assert!(is_absolute_uri(ok), "{ok}");
        }
        for bad in [
            "",
            "host/path",
            ":no-scheme",
            "https:",
            "1http://host",
            "-x:y",
            "ht_tp://host",
            "ht tp://host",
            "café:x",
            "https://host/a b",
            "https://host/\tx",
            "https://host/\u{7f}",
            "https://host/\u{a0}",
        ] {
            assert!(!is_absolute_uri(bad), "{bad:?}");
        }
    }

    #[test]
    fn rfc3339() {
        for ok in [
            "2024-05-01T10:00:00Z",
            "2024-02-29T23:59:59.123456+02:00",
            "2024-05-01t10:00:00-05:30",
        ] {
            assert!(is_rfc3339(ok), "{ok}");
        }
        for bad in [
            "2024-05-01",
            "2023-02-29T10:00:00Z",
            "2024-13-01T10:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T10:00:00",
            "2024-05-01T10:00:00.Z",
            "2024-05-01T10:00:00+0200",
            "yesterday",
            "2024-05-01T10:00:00Zjunk",
            "٢٠٢٤-05-01T10:00:00Z",
        ] {
            assert!(!is_rfc3339(bad), "{bad}");
        }
    }
}
