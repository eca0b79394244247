//! Bulk writes under rate limits and faults: `qlik item rm` against the emulator with small
//! budgets and short windows, and with injected 503s.

use crate::support;

use qlik_emulator::{BackgroundServer, Config, Faults};
use support::{Run, qlik, run_emulated};

/// `qlik item rm - --yes EXTRA` with every id of the emulator on standard input.
fn rm_all(server: &BackgroundServer, extra: &[&str]) -> Run {
    let ids = server.item_ids().join("\n");
    let args: Vec<&str> = ["item", "rm", "-", "--yes"]
        .iter()
        .chain(extra)
        .copied()
        .collect();
    run_emulated(server, &args, &[], Some(ids.as_bytes()))
}

fn count_status(server: &BackgroundServer, status: u16) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.status == status)
        .count()
}

#[test]
fn rate_headers_are_followed_without_a_429() {
    // 10 deletes per 1 s window, announced in Ratelimit-* headers; the client is not told.
    let server = BackgroundServer::start(Config {
        items: 25,
        tier1_per_minute: 0,
        tier2_per_minute: 600,
        rate_window_secs: 1,
        ..Config::default()
    })
    .unwrap();
    let r = rm_all(&server, &["--tier2-per-minute", "0", "--concurrency", "4"]);
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("deleted 25 of 25"), "{}", r.err);
    assert!(server.item_ids().is_empty());
    assert_eq!(count_status(&server, 429), 0, "{}", r.err);
    assert_eq!(count_status(&server, 204), 25);
}

#[test]
fn a_429_pauses_every_worker_and_no_id_is_lost() {
    // The same budget without headers, and the client not told the rate: the 429s'
    // Retry-After pauses the tier, and every id is deleted in the end.
    let server = BackgroundServer::start(Config {
        items: 25,
        tier1_per_minute: 0,
        tier2_per_minute: 600,
        rate_window_secs: 1,
        rate_headers: false,
        ..Config::default()
    })
    .unwrap();
    let r = rm_all(
        &server,
        &["--tier2-per-minute", "0", "--retry", "5", "-o", "jsonl"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(server.item_ids().is_empty(), "{}", r.err);
    assert_eq!(count_status(&server, 204), 25);
    assert!(
        count_status(&server, 429) > 0,
        "no 429 met: the test proves nothing"
    );
    assert_eq!(r.out.lines().count(), 25);
    assert!(
        r.out.lines().all(|l| l.contains(r#""status":"deleted""#)),
        "{}",
        r.out
    );
}

#[test]
fn injected_503s_do_not_lose_a_delete() {
    let server = BackgroundServer::start(Config {
        items: 500,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults: Faults {
            error_503: 0.1,
            ..Faults::default()
        },
        ..Config::default()
    })
    .unwrap();
    let r = rm_all(
        &server,
        &[
            "--tier2-per-minute",
            "0",
            "--concurrency",
            "8",
            "--interval",
            "0.01",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("deleted 500 of 500"), "{}", r.err);
    assert!(server.item_ids().is_empty());
    assert!(
        count_status(&server, 503) > 10,
        "too few faults to prove anything"
    );
}

#[test]
fn multi_id_get_takes_the_bulk_flags() {
    let server = BackgroundServer::start(Config {
        items: 12,
        tier1_per_minute: 600,
        rate_window_secs: 1,
        tier2_per_minute: 0,
        ..Config::default()
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let vars = [
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ];
    let ids = server.item_ids();
    let out = qlik(dir.path(), &vars)
        .args([
            "item",
            "get",
            "-q",
            "--concurrency",
            "2",
            "--tier1-per-minute",
            "0",
        ])
        .args(&ids)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let got: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(got, ids);
    assert_eq!(count_status(&server, 429), 0);
}

#[cfg(unix)]
#[test]
fn ctrl_c_finishes_in_flight_deletes_and_reports() {
    use std::io::Write;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let server = BackgroundServer::start(Config {
        items: 200,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults: Faults {
            latency_ms: 20,
            ..Faults::default()
        },
        ..Config::default()
    })
    .unwrap();
    let ids = server.item_ids();
    let dir = tempfile::tempdir().unwrap();
    let mut child = support::qlik_process(&[
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ])
    .env("QLIK_CONFIG_DIR", dir.path())
    .args([
        "item",
        "rm",
        "-",
        "--yes",
        "--tier2-per-minute",
        "0",
        "--concurrency",
        "2",
    ])
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(ids.join("\n").as_bytes())
        .unwrap();
    // Wait until deletes are under way (a condition, bounded), then interrupt.
    let deadline = Instant::now() + Duration::from_secs(20);
    while server
        .requests()
        .iter()
        .filter(|r| r.method == "DELETE")
        .count()
        < 6
    {
        assert!(Instant::now() < deadline, "no deletes started");
        std::thread::sleep(Duration::from_millis(2));
    }
    assert!(support::interrupt(child.id()));
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    let gone = ids.len() - server.item_ids().len();
    assert!(gone > 0 && gone < ids.len(), "{gone} deleted");
    assert!(
        err.contains(&format!("deleted {gone} of {}", ids.len())),
        "{err}"
    );
    assert!(err.contains("not tried (interrupted)"), "{err}");
    // Nothing was cut off mid-way: every delete sent was answered.
    let deletes = server
        .requests()
        .iter()
        .filter(|r| r.method == "DELETE")
        .count();
    assert_eq!(deletes, gone);
}
