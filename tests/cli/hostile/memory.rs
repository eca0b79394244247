//! Memory stays bounded on any answer and any input: answers are read up to a cap (after
//! decompression), input files and standard input up to theirs, special files are refused,
//! nesting has one limit in every format, and the table is linear in its input.

use std::io::Write;
use std::time::Duration;

use flate2::{Compress, Compression, FlushCompress};
use serde_json::{Value, json};

use super::support::{Mock, Reply, qlik};

/// Every child is killed after this long, so a regression fails instead of hanging.
const BOUND: Duration = Duration::from_secs(60);

struct Run {
    code: i32,
    out: Vec<u8>,
    err: String,
}

impl Run {
    fn out(&self) -> String {
        String::from_utf8_lossy(&self.out).into_owned()
    }
}

/// Runs `qlik args` against `url` with extra environment `vars` and `stdin`, bounded in time.
fn run(url: &str, vars: &[(&str, &str)], stdin: Option<Vec<u8>>, args: &[&str]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let mut env = vec![("QLIK_SERVER", url), ("QLIK_API_KEY", "k")];
    env.extend_from_slice(vars);
    let mut cmd = qlik(dir.path(), &env);
    cmd.args(args).timeout(BOUND);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        out: out.stdout,
        // An error printed as JSON (`-o json`) reads as its text lines.
        err: crate::support::as_text(&String::from_utf8_lossy(&out.stderr)),
    };
    assert!(!run.err.contains("panicked"), "{args:?}: {}", run.err);
    assert!(run.code != -1, "{args:?} was killed after {BOUND:?}");
    run
}

/// A gzip stream that inflates to `mib` MiB of zeros, about 1 KB per MiB. Only two MiB are
/// compressed: after the first, each MiB of zeros is the same run of back-references, so the
/// rest is that block repeated. The trailer's CRC is not that of the data: a reader that
/// stops at its cap never gets there, and one that does not fails anyway.
fn gzip_bomb(mib: usize) -> Vec<u8> {
    let zeros = vec![0u8; 1 << 20];
    let mut c = Compress::new(Compression::best(), false);
    let mut block = |flush| {
        let mut out = Vec::with_capacity(64 * 1024);
        let input = if flush == FlushCompress::Finish {
            &[][..]
        } else {
            &zeros[..]
        };
        c.compress_vec(input, &mut out, flush).unwrap();
        assert_eq!(c.total_in() % (1 << 20), 0);
        out
    };
    let first = block(FlushCompress::Full);
    let next = block(FlushCompress::Sync);
    let last = block(FlushCompress::Finish);
    // The fixed gzip header: deflate, no name, no time.
    let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    gz.extend_from_slice(&first);
    for _ in 1..mib {
        gz.extend_from_slice(&next);
    }
    gz.extend_from_slice(&last);
    gz.extend_from_slice(&0u32.to_le_bytes());
    gz.extend_from_slice(&((mib as u32) << 20).to_le_bytes());
    gz
}

fn gzip_reply(status: u16, body: Vec<u8>) -> Reply {
    Reply::body(status, body).header("Content-Encoding", "gzip")
}

/// The bomb itself is valid: inflated whole (by a reader with no cap) it is `mib` MiB of zeros.
#[test]
fn the_gzip_bomb_is_what_it_claims() {
    let gz = gzip_bomb(3);
    let mut inflated = Vec::new();
    std::io::copy(
        &mut flate2::read::DeflateDecoder::new(&gz[10..]),
        &mut inflated,
    )
    .unwrap();
    assert_eq!(inflated.len(), 3 << 20);
    assert!(inflated.iter().all(|b| *b == 0));
}

#[test]
fn a_gzip_bomb_stops_at_the_cap() {
    // 1.1 MB on the wire, 1 GiB inflated.
    let bomb = gzip_bomb(1024);
    assert!(bomb.len() < 2 << 20, "{}", bomb.len());
    let mock = Mock::start(move |_, _| gzip_reply(200, bomb.clone()));
    for args in [
        &["item", "get", "x"][..],
        &["item", "ls", "-o", "json"][..],
        &["item", "ls", "--raw"][..],
        &["item", "settings", "ls"][..],
    ] {
        let r = run(&mock.url, &[], None, args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert_eq!(
            r.err.lines().next().unwrap_or_default(),
            "error: the answer is larger than 64 MiB, the most read of one answer \
             (QLIK_MAX_RESPONSE_BYTES); it was not read further (HTTP 200)",
            "{args:?}"
        );
        assert!(r.out.is_empty(), "{args:?}");
    }
    // Not retried: one request per command.
    assert_eq!(mock.requests().len(), 4);
}

#[test]
fn the_cap_is_set_with_qlik_max_response_bytes() {
    let bomb = gzip_bomb(1024);
    let mock = Mock::start(move |_, _| gzip_reply(200, bomb.clone()));
    let r = run(
        &mock.url,
        &[("QLIK_MAX_RESPONSE_BYTES", "1048576")],
        None,
        &["item", "get", "x"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: the answer is larger than 1 MiB, the most read of one answer"),
        "{}",
        r.err
    );
    for bad in ["0", "-5", "1MiB", "lots"] {
        let r = run(
            &mock.url,
            &[("QLIK_MAX_RESPONSE_BYTES", bad)],
            None,
            &["item", "get", "x"],
        );
        assert_eq!(r.code, 2, "{bad}: {}", r.err);
        assert_eq!(
            r.err.lines().next().unwrap_or_default(),
            format!(
                "error: QLIK_MAX_RESPONSE_BYTES must be a number of bytes above 0, not `{bad}`"
            )
        );
    }
    assert_eq!(mock.requests().len(), 1, "a bad cap sends nothing");
}

#[test]
fn a_plain_body_over_the_cap_is_refused_and_one_at_the_cap_is_read() {
    let cap = 100_000usize;
    let item = |len: usize| {
        // `{"id":"a","name":"xxx…"}` of exactly `len` bytes.
        let name = "x".repeat(len - r#"{"id":"a","name":""}"#.len());
        json!({"id": "a", "name": name}).to_string().into_bytes()
    };
    let (at, over) = (item(cap), item(cap + 1));
    assert_eq!((at.len(), over.len()), (cap, cap + 1));
    let mock =
        Mock::start(move |n, _| Reply::body(200, if n == 0 { at.clone() } else { over.clone() }));
    let vars = [("QLIK_MAX_RESPONSE_BYTES", "100000")];
    let r = run(&mock.url, &vars, None, &["item", "get", "a", "-o", "json"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let v: Value = serde_json::from_slice(&r.out).unwrap();
    assert_eq!(v["name"].as_str().unwrap().len(), cap - 20);
    let r = run(&mock.url, &vars, None, &["item", "get", "a", "-o", "json"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: the answer is larger than 97.7 KiB, the most read of one answer"),
        "{}",
        r.err
    );
    assert!(r.out.is_empty());
}

/// A server that sends a body with no length and no end: reading stops at the cap.
#[test]
fn an_endless_body_stops_at_the_cap() {
    // One connection; it writes until the client hangs up (bounded: 1 GiB at most).
    let mock = Mock::bounded(1, |_, _| Reply::endless());
    let r = run(
        &mock.url,
        &[("QLIK_MAX_RESPONSE_BYTES", "1048576")],
        None,
        &["item", "get", "x", "--retry", "0"],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err.starts_with("error: the answer is larger than 1 MiB"),
        "{}",
        r.err
    );
}

#[test]
fn an_error_answer_over_the_cap_keeps_its_status() {
    // A 404 whose body is a gzip bomb, and a 500 of 10 MB of text: the status decides.
    let bomb = gzip_bomb(1024);
    let mock = Mock::start(move |n, _| {
        if n == 0 {
            gzip_reply(404, bomb.clone())
        } else {
            Reply::body(500, vec![b'{'; 10 << 20])
        }
    });
    let r = run(&mock.url, &[], None, &["item", "get", "x"]);
    assert_eq!(r.code, 3, "{}", r.err);
    assert!(r.err.starts_with("error: "), "{}", r.err);
    assert!(r.err.contains("HTTP 404"), "{}", r.err);
    let r = run(&mock.url, &[], None, &["item", "get", "x"]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(r.err.contains("HTTP 500"), "{}", r.err);
    assert!(r.err.len() < 2000, "{}", r.err.len());
}

/// An item whose `nested` member holds `levels` arrays: the item is `levels + 1` deep.
fn nested_item(levels: usize) -> String {
    format!(
        r#"{{"id":"deep","name":"n","resourceType":"app","nested":{}0{}}}"#,
        "[".repeat(levels),
        "]".repeat(levels)
    )
}

/// Serves `item` to `get` and, as the one item of a page, to `ls`.
fn serving(item: String) -> Mock {
    let page = format!(r#"{{"data":[{item}],"links":{{}}}}"#);
    Mock::start(move |_, r| {
        let body = if r.path.starts_with("/api/v1/items?") {
            page.clone()
        } else {
            item.clone()
        };
        Reply::body(200, body.into_bytes())
    })
}

const FORMATS: [&[&str]; 6] = [
    &["-o", "json"],
    &["-o", "jsonl"],
    &["-o", "yaml"],
    &["-o", "table"],
    &["-q"],
    &[],
];

#[test]
fn nesting_100_000_deep_is_refused_in_every_format() {
    let mock = serving(nested_item(100_000));
    for cmd in [&["item", "ls"][..], &["item", "get", "deep"][..]] {
        for format in FORMATS {
            let args = [cmd, format].concat();
            let r = run(&mock.url, &[], None, &args);
            assert_eq!(r.code, 1, "{args:?}: {}", r.err);
            assert!(
                r.err.starts_with(
                    "error: the service's answer is nested more than 127 levels deep; \
                     it is not printed"
                ),
                "{args:?}: {}",
                r.err
            );
            assert_eq!(r.err.lines().count(), 1, "{args:?}: {}", r.err);
            assert!(r.out.is_empty(), "{args:?}: {} bytes out", r.out.len());
        }
    }
}

#[test]
fn the_nesting_limit_is_the_same_for_ls_and_get() {
    // 127 levels are printed (and read back) in every format; 128 in none.
    let ok = serving(nested_item(126));
    let deep = serving(nested_item(127));
    for cmd in [&["item", "ls"][..], &["item", "get", "deep"][..]] {
        for format in FORMATS {
            let args = [cmd, format].concat();
            let r = run(&ok.url, &[], None, &args);
            assert_eq!(r.code, 0, "{args:?}: {}", r.err);
            assert!(r.out().contains("deep"), "{args:?}");
            let r = run(&deep.url, &[], None, &args);
            assert_eq!(r.code, 1, "{args:?}: {}", r.err);
            assert!(
                r.err.contains("nested more than 127 levels"),
                "{args:?}: {}",
                r.err
            );
            assert!(r.out.is_empty(), "{args:?}");
        }
    }
    // A later item too deep stops the page before any of it is written.
    let page = format!(
        r#"{{"data":[{{"id":"fine"}},{}],"links":{{}}}}"#,
        nested_item(200)
    );
    let mock = Mock::start(move |_, _| Reply::body(200, page.clone().into_bytes()));
    for format in FORMATS {
        let args = [&["item", "ls"][..], format].concat();
        let r = run(&mock.url, &[], None, &args);
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert!(r.out.is_empty(), "{args:?}: {}", r.out());
    }
}

/// A 32 MB name in the piped table: one line, whole, the columns aligned. The table is
/// linear in its input (it was quadratic, and wrapped cells wider than 65,535 columns); the
/// bound on the child only stops a regression from hanging.
#[test]
fn a_32_mb_name_is_one_line_of_the_piped_table() {
    let name = "n".repeat(32 << 20);
    let page = json!({
        "data": [
            {"id": "big", "name": name, "resourceType": "app", "ownerId": "o1"},
            {"id": "small", "name": "s", "resourceType": "qvd", "ownerId": "o2"}
        ],
        "links": {}
    })
    .to_string()
    .into_bytes();
    let mock = Mock::start(move |_, _| Reply::body(200, page.clone()));
    let r = run(&mock.url, &[], None, &["item", "ls", "-o", "table"]);
    assert_eq!(r.code, 0, "{}", r.err);
    let out = r.out();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{} lines", lines.len());
    let type_col = (32 << 20) + "ID     ".len() + 2;
    assert_eq!(lines[0].find("TYPE"), Some(type_col));
    assert!(lines[1].starts_with(&format!("big    {name}  app")));
    assert_eq!(lines[2].find("qvd"), Some(type_col));
    assert!(lines[2].ends_with("o2"), "{}", &lines[2][type_col..]);
}

/// A server that must not be asked anything.
fn untouched() -> Mock {
    Mock::start(|_, _| Reply::body(500, b"{}".to_vec()))
}

#[test]
fn update_and_patch_refuse_devices_and_directories() {
    let mock = untouched();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for (args, expected) in [
        (
            vec!["item", "update", "x", "-f", "/dev/zero"],
            "error: /dev/zero is a device, not a file".to_string(),
        ),
        (
            vec!["item", "update", "x", "-f", d],
            format!("error: {d} is a directory, not a file"),
        ),
        (
            vec!["item", "settings", "patch", "-f", "/dev/zero"],
            "error: /dev/zero is a device, not a file".to_string(),
        ),
        (
            vec!["--ca-cert", "/dev/zero", "item", "get", "x"],
            "error: the CA certificate /dev/zero is a device, not a file".to_string(),
        ),
        (
            vec!["--ca-cert", d, "item", "get", "x"],
            format!("error: the CA certificate {d} is a directory, not a file"),
        ),
    ] {
        let r = run(&mock.url, &[], None, &args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.err);
        assert_eq!(r.err.lines().next(), Some(expected.as_str()), "{args:?}");
        assert!(r.out.is_empty(), "{args:?}");
    }
    assert!(mock.requests().is_empty(), "nothing is sent");
}

#[test]
fn update_input_over_16_mib_is_refused() {
    let mock = untouched();
    // On standard input: 17 MiB of a JSON string that would be valid whole.
    let mut big = b"{\"name\":\"".to_vec();
    big.resize(17 << 20, b'a');
    big.extend_from_slice(b"\"}");
    let r = run(
        &mock.url,
        &[],
        Some(big.clone()),
        &["item", "update", "x", "-f", "-"],
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(
        r.err.lines().next(),
        Some("error: standard input is larger than 16 MiB, the most read; not read further")
    );
    // A file of the same size, and a named pipe that never ends.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::write(&file, &big).unwrap();
    let f = file.to_str().unwrap();
    let r = run(&mock.url, &[], None, &["item", "update", "x", "-f", f]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(
        r.err.lines().next(),
        Some(format!("error: {f} is larger than 16 MiB, the most read; not read further").as_str())
    );
    #[cfg(unix)]
    {
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let path = fifo.clone();
        // The writer stops when the reader closes, or after 64 MiB.
        let writer = std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(path).unwrap();
            let chunk = vec![b' '; 1 << 20];
            for _ in 0..64 {
                if w.write_all(&chunk).is_err() {
                    return;
                }
            }
        });
        let p = fifo.to_str().unwrap();
        let r = run(&mock.url, &[], None, &["item", "update", "x", "-f", p]);
        assert_eq!(r.code, 2, "{}", r.err);
        assert!(r.err.contains("is larger than 16 MiB"), "{}", r.err);
        writer.join().unwrap();
    }
    assert!(mock.requests().is_empty(), "nothing is sent");
}

/// `profile add … --api-key-stdin` with `stdin`; the saved files, if any.
fn add_profile(stdin: Vec<u8>) -> (Run, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[])
        .args([
            "profile",
            "add",
            "p",
            "--server",
            "https://127.0.0.1:9",
            "--api-key-stdin",
            "--no-verify",
        ])
        .write_stdin(stdin)
        .timeout(BOUND)
        .output()
        .unwrap();
    let files = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        out: out.stdout,
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    (run, files)
}

#[test]
fn a_key_on_stdin_is_refused_whole_when_too_long_or_not_visible_ascii() {
    // Over the cap: refused, not cut to 64 KiB and saved.
    let (r, files) = add_profile(b"sentinel".repeat(1 << 17));
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(
        r.err.lines().next(),
        Some("error: the API key on standard input is longer than 16 KiB; give the key alone")
    );
    assert!(files.is_empty(), "{files:?}");
    for (key, expected) in [
        (
            &b"sentinel\x1b[2Jkey"[..],
            "error: the API key has control characters inside; give the key alone",
        ),
        (
            &b"sentinel\x07key\n"[..],
            "error: the API key has control characters inside; give the key alone",
        ),
        (
            "sentinelcl\u{e9}".as_bytes(),
            "error: the API key has characters other than ASCII letters, digits and punctuation",
        ),
        (
            "sentinel\u{200b}key".as_bytes(),
            "error: the API key has characters other than ASCII letters, digits and punctuation",
        ),
        (
            &b"sentinel\xffkey"[..],
            "error: the API key has characters other than ASCII letters, digits and punctuation",
        ),
    ] {
        let (r, files) = add_profile(key.to_vec());
        assert_eq!(r.code, 2, "{key:?}: {}", r.err);
        assert_eq!(r.err.lines().next(), Some(expected), "{key:?}");
        assert!(!r.err.contains("sentinel"), "the key is echoed: {}", r.err);
        assert!(files.is_empty(), "{key:?}: {files:?}");
    }
    // A key of 16 KiB with its line break is saved.
    let (r, files) = add_profile([&b"k".repeat(16 << 10)[..], b"\n"].concat());
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!files.is_empty());
}

#[test]
fn ids_on_stdin_are_bounded_in_length_and_count() {
    let mock = untouched();
    let long = [&b"a".repeat(1025)[..], b"\n"].concat();
    let many: Vec<u8> = (0..100_001)
        .flat_map(|i| format!("id{i}\n").into_bytes())
        .collect();
    for (stdin, expected) in [
        (
            long,
            "error: standard input: line 1 is longer than 1 KiB; give one item id a line",
        ),
        (
            vec![0u8; 8 << 20],
            "error: standard input: line 1 is longer than 1 KiB; give one item id a line",
        ),
        (
            many,
            "error: standard input has more than 100000 item ids; give at most 100000 at a time",
        ),
    ] {
        let r = run(&mock.url, &[], Some(stdin), &["item", "rm", "-", "--yes"]);
        assert_eq!(r.code, 2, "{}", r.err);
        assert_eq!(r.err.lines().next(), Some(expected));
    }
    assert!(mock.requests().is_empty(), "nothing is sent");
}

#[test]
fn the_emulator_refuses_a_fixture_that_is_not_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for (path, expected) in [
        (
            "/dev/zero",
            "error: cannot start the emulator: the fixture /dev/zero is not a regular file"
                .to_string(),
        ),
        (
            d,
            format!("error: cannot start the emulator: the fixture {d} is not a regular file"),
        ),
    ] {
        let r = run(
            "http://127.0.0.1:9",
            &[],
            None,
            &["emulator", "start", "--port", "0", "--data", path],
        );
        assert_eq!(r.code, 1, "{path}: {}", r.err);
        assert_eq!(r.err.lines().next(), Some(expected.as_str()), "{path}");
    }
}

/// A json or yaml listing of several pages is held in a temporary file until whole; that
/// file has a cap too (`QLIK_MAX_HELD_BYTES`, 16 GiB by default), so a service that never
/// stops sending pages cannot fill the disk: past it the listing ends with an error, exit 1,
/// and nothing printed. A bad value is exit 2; jsonl, which is not held, is not capped.
#[test]
fn a_held_listing_stops_at_its_cap() {
    let server = crate::support::emulator(300, qlik_emulator::Faults::default());
    let cap = [("QLIK_MAX_HELD_BYTES", "20000")];
    for format in ["json", "yaml"] {
        let r = crate::support::run_env(&server, &["item", "ls", "--all", "-o", format], &cap);
        assert_eq!(r.code, 1, "{format}: {}", r.err);
        assert!(r.out.is_empty(), "{format}: {}", r.out);
        assert!(
            r.err.contains("the listing passed 19.5 KiB, the most a json or yaml listing is held until whole (QLIK_MAX_HELD_BYTES)"),
            "{format}: {}",
            r.err
        );
    }
    let r = crate::support::run_env(&server, &["item", "ls", "--all", "-o", "jsonl"], &cap);
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out.lines().count(), 300);
    let r = crate::support::run_env(
        &server,
        &["item", "ls", "--all"],
        &[("QLIK_MAX_HELD_BYTES", "lots")],
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err
            .contains("QLIK_MAX_HELD_BYTES must be a number of bytes above 0, not `lots`"),
        "{}",
        r.err
    );
}
