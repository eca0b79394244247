//! Value parsers whose refusals are one line, `error: <why>`, exit 2, quoting the value cut
//! short (clap's own message would quote it whole and add a usage block).

use std::ffi::OsStr;

use clap::builder::TypedValueParser;
use clap::error::{Error, ErrorKind};

use crate::api::items;
use crate::api::{check_header, cut};

/// The longest `--server` value accepted.
pub const MAX_SERVER_LEN: usize = 1024;

/// A value parser from a function given the flag (`--timeout`, or `ID` for a positional)
/// and the value.
#[derive(Clone, Copy)]
pub struct Checked<T>(pub fn(&str, &str) -> Result<T, String>);

impl<T: Clone + Send + Sync + 'static> TypedValueParser for Checked<T> {
    type Value = T;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, Error> {
        let flag = match arg {
            Some(a) => match a.get_long() {
                Some(long) => format!("--{long}"),
                None => a.get_id().as_str().to_ascii_uppercase(),
            },
            None => "the value".to_string(),
        };
        let text = value.to_str().ok_or_else(|| {
            one_line(format!(
                "{flag} `{}` is not UTF-8",
                cut(&value.to_string_lossy(), 40)
            ))
        })?;
        (self.0)(&flag, text).map_err(one_line)
    }
}

/// The parser of `--fields`: checks the list as [`Fields::parse`](crate::output::Fields)
/// does, and offers the contract's item fields to the completion scripts (any other path is
/// accepted: an unknown one prints null).
#[derive(Clone, Copy)]
pub struct FieldList;

impl TypedValueParser for FieldList {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, Error> {
        let text = value
            .to_str()
            .ok_or_else(|| one_line("--fields is not UTF-8".to_string()))?;
        crate::output::Fields::parse(text).map_err(one_line)?;
        Ok(text.to_string())
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::output::ITEM_FIELDS
                .iter()
                .map(|f| clap::builder::PossibleValue::new(*f)),
        ))
    }
}

/// How a refused value is quoted: a plain number as it is (cut), anything else not at all,
/// since a value typed in the wrong place may be an API key.
pub fn shown(s: &str) -> String {
    if is_plainly_not_secret(s) {
        format!("`{}`", cut(s, 40))
    } else {
        NOT_SHOWN.to_string()
    }
}

/// What stands for a value that is not quoted.
pub const NOT_SHOWN: &str = "(not shown: it may be a secret)";

/// A short number-like value (digits, `.`, `-`, `+`): never a key.
pub fn is_plainly_not_secret(value: &str) -> bool {
    value.len() <= 20
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'))
}

/// A value taken as it is (the command checks it, or the API takes any), for which shell
/// completions offer `self.0`: clap_complete reads a parser's possible values, clap's own
/// check of them only happens in its `PossibleValuesParser`. Use with `hide_possible_values`
/// when the help already names the values.
#[derive(Clone, Copy)]
pub struct Suggest(pub &'static [&'static str]);

impl TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            self.0.iter().map(|v| clap::builder::PossibleValue::new(*v)),
        ))
    }
}

/// An error clap prints as it is: not formatted with the command, so no usage block.
fn one_line(why: String) -> Error {
    Error::raw(ErrorKind::ValueValidation, format!("{why}\n"))
}

/// The headers of one `--headers` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headers(pub Vec<(String, String)>);

/// One `--headers` value, read as qlik-cli's flag library (pflag's `StringToString`) reads
/// it: with one `=`, the whole value is one `NAME=VALUE` (commas and all, `"` trimmed from
/// both ends); with more, a comma-separated list of `NAME=VALUE` entries in CSV (Go's
/// `encoding/csv`): an entry holding a comma is quoted whole, `"X-A=1,2",X-B=3`, and a `"`
/// inside a quoted entry is written `""`. Without `=`, `NAME:VALUE` (one header). Every
/// header is checked as the client will check it.
pub fn header(_flag: &str, s: &str) -> Result<Headers, String> {
    let entries: Vec<String> = match s.matches('=').count() {
        0 => {
            let (name, value) = s.split_once(':').ok_or_else(|| {
                format!(
                    "--headers takes NAME=VALUE, and a value without `=` or `:` was given {NOT_SHOWN}"
                )
            })?;
            return Ok(Headers(vec![one_header(name, value)?]));
        }
        1 => vec![s.trim_matches('"').to_string()],
        _ => csv_fields(s)?,
    };
    let mut headers = Vec::with_capacity(entries.len());
    for entry in &entries {
        let (name, value) = entry.split_once('=').ok_or_else(|| {
            format!("--headers: an entry of the list has no `=` (each is NAME=VALUE) {NOT_SHOWN}")
        })?;
        headers.push(one_header(name, value)?);
    }
    Ok(Headers(headers))
}

/// One header, its name and value trimmed, checked.
fn one_header(name: &str, value: &str) -> Result<(String, String), String> {
    let (name, value) = (name.trim(), value.trim());
    if name.is_empty() {
        return Err(format!("--headers: a header has an empty name {NOT_SHOWN}"));
    }
    check_header(name, value)
        .map_err(|why| format!("--headers: {}", crate::hints::header_refusal(&why)))?;
    Ok((name.to_string(), value.to_string()))
}

/// The fields of one CSV record as Go's `encoding/csv` reads them (comma-separated; a field
/// that starts with `"` is quoted, ends at the next lone `"`, and holds `""` as `"`; a `"`
/// anywhere else is refused). The errors never quote the value: it may hold a secret.
fn csv_fields(s: &str) -> Result<Vec<String>, String> {
    let mut fields = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => {
                        return Err(format!(
                            "--headers: a quoted entry has no closing `\"` {NOT_SHOWN}"
                        ));
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            match chars.next() {
                None => {
                    fields.push(field);
                    return Ok(fields);
                }
                Some(',') => fields.push(field),
                Some(_) => {
                    return Err(format!(
                        "--headers: text after the closing `\"` of a quoted entry (a `\"` inside one is written `\"\"`) {NOT_SHOWN}"
                    ));
                }
            }
        } else {
            loop {
                match chars.next() {
                    None => {
                        fields.push(field);
                        return Ok(fields);
                    }
                    Some(',') => {
                        fields.push(field);
                        break;
                    }
                    Some('"') => {
                        return Err(format!(
                            "--headers: a `\"` inside an entry that is not quoted; quote the whole entry, e.g. '\"X-A=1,2\",X-B=3' {NOT_SHOWN}"
                        ));
                    }
                    Some(c) => field.push(c),
                }
            }
        }
    }
}

/// `--server`: short enough to quote, on one line (the URL itself is checked later).
pub fn server(flag: &str, s: &str) -> Result<String, String> {
    if s.len() > MAX_SERVER_LEN {
        return Err(format!(
            "{flag} `{}` is {} bytes, longer than the {MAX_SERVER_LEN} a server URL may have",
            cut(s, 40),
            s.len()
        ));
    }
    if s.chars().any(char::is_control) {
        return Err(format!(
            "{flag} `{}` contains a control character",
            cut(s, 100)
        ));
    }
    Ok(s.to_string())
}

/// Seconds between `min` and `max`.
fn seconds(flag: &str, s: &str, min: f64, max: f64) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && (min..=max).contains(&v) => Ok(v),
        _ => Err(format!(
            "{flag} must be a number of seconds from {min} to {max}, not {}",
            shown(s)
        )),
    }
}

/// `--timeout`: 1 ms to a day.
pub fn timeout(flag: &str, s: &str) -> Result<f64, String> {
    seconds(flag, s, 0.001, 86_400.0)
}

/// `--interval`: 1 ms to an hour.
pub fn interval(flag: &str, s: &str) -> Result<f64, String> {
    seconds(flag, s, 0.001, 3_600.0)
}

/// The most `--retry` allows.
pub const MAX_RETRY: u32 = 10;

/// `--retry`: 0 to [`MAX_RETRY`].
pub fn retry(flag: &str, s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(n) if n <= MAX_RETRY => Ok(n),
        _ => Err(format!(
            "{flag} must be a whole number from 0 to {MAX_RETRY}, not {}",
            shown(s)
        )),
    }
}

/// `--limit`: a whole number (its range is checked with the other paging flags).
pub fn limit(flag: &str, s: &str) -> Result<i64, String> {
    s.trim()
        .parse::<i64>()
        .map_err(|_| format!("{flag} must be a whole number, not {}", shown(s)))
}

/// The most `--concurrency` allows.
pub const MAX_CONCURRENCY: u16 = 64;

/// `--concurrency`: 1 to [`MAX_CONCURRENCY`].
pub fn concurrency(flag: &str, s: &str) -> Result<u16, String> {
    match s.trim().parse::<u16>() {
        Ok(n) if (1..=MAX_CONCURRENCY).contains(&n) => Ok(n),
        _ => Err(format!(
            "{flag} must be a whole number from 1 to {MAX_CONCURRENCY}, not {}",
            shown(s)
        )),
    }
}

/// The most `--max-pages` allows.
pub const MAX_PAGES: u64 = 1_000_000;

/// `--max-pages`: 1 to [`MAX_PAGES`].
pub fn max_pages(flag: &str, s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=MAX_PAGES).contains(&n) => Ok(n),
        _ => Err(format!(
            "{flag} must be a whole number from 1 to {MAX_PAGES}, not {}",
            shown(s)
        )),
    }
}

/// `--tier1-per-minute`/`--tier2-per-minute`: requests per minute, 0 for no limit.
pub fn per_minute(flag: &str, s: &str) -> Result<u32, String> {
    s.trim().parse::<u32>().map_err(|_| {
        format!(
            "{flag} must be a whole number of requests per minute (0 for no limit), not {}",
            shown(s)
        )
    })
}

/// An item id given as an argument.
pub fn item_id(_flag: &str, s: &str) -> Result<String, String> {
    items::item_id(s)?;
    Ok(s.to_string())
}

/// An item id, or `-` for standard input.
pub fn item_id_or_stdin(flag: &str, s: &str) -> Result<String, String> {
    if s == "-" {
        return Ok(s.to_string());
    }
    item_id(flag, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_bounds() {
        assert_eq!(timeout("--timeout", "2.5"), Ok(2.5));
        assert_eq!(interval("--interval", "0.001"), Ok(0.001));
        for bad in ["0", "1e-300", "-1", "NaN", "inf", "86401", "x", ""] {
            assert!(timeout("--timeout", bad).is_err(), "{bad}");
        }
        assert!(interval("--interval", "3601").is_err());
        assert_eq!(retry("--retry", "0"), Ok(0));
        assert_eq!(retry("--retry", "10"), Ok(10));
        for bad in ["11", "-1", "4294967296", "1.5", ""] {
            assert!(retry("--retry", bad).is_err(), "{bad}");
        }
        let e = retry("--retry", &"9".repeat(100_000)).unwrap_err();
        assert!(e.len() < 200, "{e}");
        assert_eq!(limit("--limit", "-5"), Ok(-5));
        assert!(limit("--limit", "ten").is_err());
        assert_eq!(concurrency("--concurrency", "64"), Ok(64));
        for bad in ["0", "65", "-1", "x"] {
            assert!(concurrency("--concurrency", bad).is_err(), "{bad}");
        }
        // A value that is not a plain number may be a key typed in the wrong place.
        assert_eq!(
            retry("--retry", "eyJhbGciOi.secret").unwrap_err(),
            "--retry must be a whole number from 0 to 10, not (not shown: it may be a secret)"
        );
        assert_eq!(
            retry("--retry", "11").unwrap_err(),
            "--retry must be a whole number from 0 to 10, not `11`"
        );
        assert!(
            !header("--headers", "tok3n-value")
                .unwrap_err()
                .contains("tok3n")
        );
        assert_eq!(per_minute("--tier1-per-minute", "0"), Ok(0));
        assert!(per_minute("--tier1-per-minute", "-1").is_err());
    }

    #[test]
    fn headers() {
        let pairs = |v: &[(&str, &str)]| {
            Ok(Headers(
                v.iter()
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect(),
            ))
        };
        assert_eq!(
            header("--headers", "X-Team = data"),
            pairs(&[("X-Team", "data")])
        );
        assert_eq!(
            header("--headers", "X-Team:data"),
            pairs(&[("X-Team", "data")])
        );
        // qlik-cli's (pflag's) map: one `=` is one header, commas and all.
        assert_eq!(header("--headers", "X-A=1,2"), pairs(&[("X-A", "1,2")]));
        assert_eq!(header("--headers", "\"X-A=1,2\""), pairs(&[("X-A", "1,2")]));
        assert_eq!(
            header("--headers", "X-A=1,X-B=2"),
            pairs(&[("X-A", "1"), ("X-B", "2")])
        );
        assert_eq!(
            header("--headers", "\"X-A=1,2\",X-B=a\"\"b,\"X-C=say \"\"hi\"\"\""),
            Err(
                "--headers: a `\"` inside an entry that is not quoted; quote the whole entry, e.g. '\"X-A=1,2\",X-B=3' (not shown: it may be a secret)"
                    .into()
            )
        );
        assert_eq!(
            header("--headers", "\"X-A=1,2\",X-B=3,\"X-C=say \"\"hi\"\"\""),
            pairs(&[("X-A", "1,2"), ("X-B", "3"), ("X-C", "say \"hi\"")])
        );
        assert_eq!(
            header("--headers", "X-Token=abc=="),
            pairs(&[("X-Token", "abc==")])
        );
        assert_eq!(
            header("--headers", "X-A=1, X-B=2,"),
            Err(
                "--headers: an entry of the list has no `=` (each is NAME=VALUE) (not shown: it may be a secret)"
                    .into()
            )
        );
        for bad in [
            "X-A=1,Host=x",
            "X-A=1,X-B=2,Authorization=Bearer x",
            "\"X-A=1,X-B=2",
            "\"X-A=1\"x,X-B=2",
            "X-A=1,=2",
            "novalue",
            "=x",
            "Content-Length=0",
            "host=evil",
            "X A=b",
            "X-A=a\r\nb",
        ] {
            assert!(header("--headers", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn servers() {
        assert!(server("--server", "https://t.eu.qlikcloud.com").is_ok());
        assert!(server("--server", "https://t\n").is_err());
        let e = server("--server", &format!("https://{}", "a".repeat(100_000))).unwrap_err();
        assert!(e.len() < 200, "{e}");
    }
}
