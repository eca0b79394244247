//! The caps on what qlik reads: answers, files, standard input. Whatever the input, memory
//! stays bounded: input is read in pieces and reading stops at the cap, never trusting a
//! size announced beforehand.

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::Path;

/// The most bytes read from a body file or standard input (`-f FILE`, `-f -`): an update
/// body is a small JSON object.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The most bytes read from a `--ca-cert` file (a bundle of every public root is ~250 KB).
pub const MAX_CA_CERT_BYTES: usize = 16 * 1024 * 1024;

/// The longest API key accepted (a Qlik Cloud key is about 1 KB).
pub const MAX_KEY_BYTES: usize = 16 * 1024;

/// The longest line read as one item id from standard input (`item rm -`).
pub const MAX_ID_LINE_BYTES: usize = 1024;

/// The most item ids read from standard input (`item rm -`).
pub const MAX_STDIN_IDS: usize = 100_000;

/// The default cap on one answer's body after decompression: far above any real answer (a
/// page of 100 items is about 150 KB), low enough that a compressed bomb cannot exhaust memory.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024 * 1024;

/// The environment variable that sets the cap on one answer's body.
pub const MAX_RESPONSE_ENV: &str = "QLIK_MAX_RESPONSE_BYTES";

/// The deepest nesting of arrays and objects printed, in every format: serde_json's own
/// limit (128 containers refused, 127 read), which the parsed formats meet anyway.
pub const MAX_DEPTH: usize = 127;

/// The message for an answer nested deeper than [`MAX_DEPTH`].
pub fn too_deep() -> String {
    format!("the service's answer is nested more than {MAX_DEPTH} levels deep; it is not printed")
}

/// Whether valid JSON text nests arrays and objects more than `MAX_DEPTH` levels deep. One
/// pass, no allocation; brackets inside strings do not count.
pub fn too_deep_json(text: &[u8]) -> bool {
    // Text with no more opening brackets than the limit, counting those inside strings
    // too, cannot nest deeper than it: the usual case, counted at memchr's speed.
    if memchr::memchr2_iter(b'[', b'{', text)
        .take(MAX_DEPTH + 1)
        .count()
        <= MAX_DEPTH
    {
        return false;
    }
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'"' => {
                // To the closing quote, skipping escaped characters.
                i += 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', text.get(i..).unwrap_or_default()) {
                        Some(m) if text[i + m] == b'"' => {
                            i += m + 1;
                            break;
                        }
                        Some(m) => i += m + 2,
                        None => return false,
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
                i += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

/// Why a file or stream was not read whole.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// A directory, a device or a socket, with what it is.
    NotAFile(&'static str),
    /// More bytes than the cap.
    TooLarge(usize),
}

impl ReadError {
    /// What went wrong, for a message about `what` (a path, "standard input").
    pub fn describe(&self, what: &str) -> String {
        match self {
            ReadError::Io(e) => format!("cannot read {what}: {e}"),
            ReadError::NotAFile(kind) => format!("{what} is {kind}, not a file"),
            ReadError::TooLarge(cap) => format!(
                "{what} is larger than {}, the most read; not read further",
                human_bytes(*cap)
            ),
        }
    }
}

/// Reads `r` to its end, or fails as soon as it would pass `cap` bytes.
pub fn read_capped(r: impl Read, cap: usize) -> Result<Vec<u8>, ReadError> {
    let mut buf = Vec::new();
    let limit = u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1);
    r.take(limit).read_to_end(&mut buf).map_err(ReadError::Io)?;
    if buf.len() > cap {
        return Err(ReadError::TooLarge(cap));
    }
    Ok(buf)
}

/// Reads item ids, one a line (blank lines skipped, each trimmed), refusing a line longer
/// than `max_line` bytes or more than `max_ids` ids: a stream with no end or no line breaks
/// (`/dev/zero`, `yes`) is stopped, not read into memory. The error is a message for the user.
pub fn read_ids(
    mut r: impl io::BufRead,
    max_line: usize,
    max_ids: usize,
) -> Result<Vec<String>, IdsError> {
    let mut ids = Vec::new();
    let mut line = Vec::new();
    let limit = u64::try_from(max_line)
        .unwrap_or(u64::MAX)
        .saturating_add(2);
    for n in 1.. {
        line.clear();
        let read = (&mut r)
            .take(limit)
            .read_until(b'\n', &mut line)
            .map_err(|e| IdsError::Io(e.to_string()))?;
        if read == 0 {
            break;
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if text.len() > max_line {
            return Err(IdsError::Refused(format!(
                "standard input: line {n} is longer than {}; give one item id a line",
                human_bytes(max_line)
            )));
        }
        let text = std::str::from_utf8(text).map_err(|_| {
            IdsError::Refused(format!("standard input: line {n} is not UTF-8 text"))
        })?;
        let id = text.trim();
        if id.is_empty() {
            continue;
        }
        if ids.len() == max_ids {
            return Err(IdsError::Refused(format!(
                "standard input has more than {max_ids} item ids; give at most {max_ids} at a time"
            )));
        }
        ids.push(id.to_string());
    }
    Ok(ids)
}

/// Why ids could not be read.
#[derive(Debug)]
pub enum IdsError {
    /// Reading failed.
    Io(String),
    /// Too long a line, too many ids, not text.
    Refused(String),
}

/// Reads a file of at most `cap` bytes. Directories, devices (`/dev/zero`) and sockets are
/// refused; a pipe (a named FIFO, `<(command)`) is read up to the cap. What is checked is the
/// file that was opened, not the path.
pub fn read_file(path: &Path, cap: usize) -> Result<Vec<u8>, ReadError> {
    let file = File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(kind) = not_a_file(&meta) {
        return Err(ReadError::NotAFile(kind));
    }
    read_capped(file, cap)
}

/// What a file is when it is something qlik does not read.
fn not_a_file(meta: &std::fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    None
}

/// The cap on one answer's body: `QLIK_MAX_RESPONSE_BYTES` (a number of bytes above 0) when
/// set, else [`MAX_RESPONSE_BYTES`].
pub fn max_response_bytes(value: Option<&str>) -> Result<usize, String> {
    byte_count(MAX_RESPONSE_ENV, value, MAX_RESPONSE_BYTES)
}

/// The variable that sets [`MAX_HELD_BYTES`].
pub const MAX_HELD_ENV: &str = "QLIK_MAX_HELD_BYTES";

/// The most bytes a json or yaml listing of several pages may hold in its temporary file
/// until it is whole (about 8 million items as json): past it the listing ends with an
/// error, so that a service that never stops sending cannot fill the disk.
pub const MAX_HELD_BYTES: usize = 16 << 30;

/// The cap on a held listing: `QLIK_MAX_HELD_BYTES` (a number of bytes above 0) when set,
/// else [`MAX_HELD_BYTES`].
pub fn max_held_bytes(value: Option<&str>) -> Result<usize, String> {
    byte_count(MAX_HELD_ENV, value, MAX_HELD_BYTES)
}

/// A count of bytes above 0 from variable `name`, or `default` when it is unset or empty.
fn byte_count(name: &str, value: Option<&str>, default: usize) -> Result<usize, String> {
    let Some(v) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(default);
    };
    v.parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("{name} must be a number of bytes above 0, not `{v}`"))
}

/// A byte count for a message: `64 MiB`, `1.5 KiB`, `100 bytes`.
pub fn human_bytes(n: usize) -> String {
    const UNITS: [(usize, &str); 3] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")];
    for (size, unit) in UNITS {
        if n >= size {
            return if n.is_multiple_of(size) {
                format!("{} {unit}", n / size)
            } else {
                format!("{:.1} {unit}", n as f64 / size as f64)
            };
        }
    }
    format!("{n} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_counts_read_well() {
        assert_eq!(human_bytes(MAX_RESPONSE_BYTES), "64 MiB");
        assert_eq!(human_bytes(MAX_INPUT_BYTES), "16 MiB");
        assert_eq!(human_bytes(1536), "1.5 KiB");
        assert_eq!(human_bytes(100), "100 bytes");
        assert_eq!(human_bytes(3 << 30), "3 GiB");
    }

    #[test]
    fn reads_stop_at_the_cap() {
        assert_eq!(read_capped(&b"abcd"[..], 4).unwrap(), b"abcd");
        assert!(matches!(
            read_capped(&b"abcde"[..], 4),
            Err(ReadError::TooLarge(4))
        ));
        // An endless stream is cut at the cap plus one byte.
        assert!(matches!(
            read_capped(io::repeat(0), 1000),
            Err(ReadError::TooLarge(1000))
        ));
        assert!(matches!(
            read_capped(io::empty(), 0),
            Ok(v) if v.is_empty()
        ));
    }

    #[test]
    fn ids_are_read_line_by_line_within_bounds() {
        let ids = read_ids(&b" a \r\n\n\nb\nc"[..], 3, 3).unwrap();
        assert_eq!(ids, ["a", "b", "c"]);
        let refused = |r: Result<Vec<String>, IdsError>| match r {
            Err(IdsError::Refused(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            refused(read_ids(&b"abc\nabcd\n"[..], 3, 10)),
            "standard input: line 2 is longer than 3 bytes; give one item id a line"
        );
        assert_eq!(
            refused(read_ids(&b"a\nb\n\nc\n"[..], 3, 2)),
            "standard input has more than 2 item ids; give at most 2 at a time"
        );
        assert!(refused(read_ids(&b"\xff\n"[..], 3, 2)).contains("line 1 is not UTF-8"));
        // Endless input: no line breaks, or endless lines.
        let zeros = io::BufReader::new(io::repeat(0));
        assert!(refused(read_ids(zeros, 1024, 10)).contains("longer than 1 KiB"));
        let yes = io::BufReader::new(io::repeat(b'\n').take(1 << 20).chain(io::repeat(b'y')));
        assert!(refused(read_ids(yes, 1024, 10)).contains("longer than"));
        let lines = io::BufReader::new(Endless);
        assert!(refused(read_ids(lines, 1024, 10)).contains("more than 10 item ids"));
    }

    /// An endless `y\n y\n …`.
    struct Endless;

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            for pair in buf.chunks_mut(2) {
                pair[0] = b'y';
                if pair.len() == 2 {
                    pair[1] = b'\n';
                }
            }
            Ok(buf.len() - buf.len() % 2)
        }
    }

    #[test]
    fn special_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_file(dir.path(), 10),
            Err(ReadError::NotAFile("a directory"))
        ));
        #[cfg(unix)]
        assert!(matches!(
            read_file(Path::new("/dev/zero"), 10),
            Err(ReadError::NotAFile("a device"))
        ));
        let f = dir.path().join("f");
        std::fs::write(&f, "12345").unwrap();
        assert_eq!(read_file(&f, 5).unwrap(), b"12345");
        assert!(matches!(read_file(&f, 4), Err(ReadError::TooLarge(4))));
    }

    /// The limit is serde_json's: text it parses is never too deep, text it refuses for
    /// depth always is.
    #[test]
    fn the_depth_limit_is_serde_jsons() {
        for depth in 1..140 {
            for (open, close, inner) in [
                ("[", "]", "1"),
                ("{\"k\":", "}", "\"a]]}}\\\"[{\""),
                ("[\"[\",", "]", "{}"),
                ("[ ", " ]", "[]"),
            ] {
                let text = format!(
                    "{}{inner}{}",
                    open.repeat(depth - 1),
                    close.repeat(depth - 1)
                );
                let text = if depth == 1 { inner.to_string() } else { text };
                let parsed = serde_json::from_str::<serde_json::Value>(&text);
                let inner_depth = usize::from(inner.starts_with(['[', '{']));
                assert_eq!(
                    too_deep_json(text.as_bytes()),
                    parsed.is_err(),
                    "depth {} of {text:.40}",
                    depth - 1 + inner_depth
                );
            }
        }
        assert!(!too_deep_json(b""));
        assert!(!too_deep_json(b"\"unterminated [[["));
        assert!(too_deep_json("[".repeat(100_000).as_bytes()));
    }

    #[test]
    fn the_response_cap_parses() {
        assert_eq!(max_response_bytes(None).unwrap(), MAX_RESPONSE_BYTES);
        assert_eq!(max_response_bytes(Some(" ")).unwrap(), MAX_RESPONSE_BYTES);
        assert_eq!(max_response_bytes(Some("1000")).unwrap(), 1000);
        for bad in ["0", "-1", "64MiB", "x"] {
            let e = max_response_bytes(Some(bad)).unwrap_err();
            assert!(e.starts_with("QLIK_MAX_RESPONSE_BYTES must be"), "{e}");
        }
    }
}
