//! Faults lose nothing: listings over an emulator injecting 503s, 429s and dropped
//! connections return every id exactly once; a stalled server ends in the timeout's exit code
//! within the configured bound; a listing that fails for good halfway says where to resume
//! and leaves stdout made of whole pages.

use crate::support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use qlik_emulator::{BackgroundServer, Config, Faults};
use serde_json::{Value, json};
use support::{Mock, Reply, qlik};

fn faulty_emulator(items: usize, faults: Faults) -> BackgroundServer {
    BackgroundServer::start(Config {
        items,
        seed: 7,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        faults,
        ..Config::default()
    })
    .unwrap()
}

fn env(server: &BackgroundServer) -> Vec<(&str, &str)> {
    vec![
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
    ]
}

/// Asserts `ids` are exactly the emulator's ids, in order, none twice.
fn assert_exactly(ids: &[String], server: &BackgroundServer) {
    let expected = server.item_ids();
    assert_eq!(expected.len(), 5000);
    let unique: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "an id came twice");
    assert_eq!(ids, expected.as_slice());
}

#[test]
fn ls_all_over_5000_items_with_503s_429s_and_drops_loses_nothing() {
    let server = faulty_emulator(
        5000,
        Faults {
            error_503: 0.2,
            error_429: 0.1,
            drop: 0.05,
            // Honoured by the client; zero keeps the test quick.
            retry_after_secs: Some(0),
            ..Faults::default()
        },
    );
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "item",
        "ls",
        "--all",
        "-q",
        "--retry",
        "10",
        "--interval",
        "0.001",
    ];
    let out = qlik(dir.path(), &env(&server)).args(args).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_exactly(&ids, &server);
    // The faults did happen.
    let statuses: Vec<u16> = server.requests().iter().map(|r| r.status).collect();
    for s in [0, 429, 503] {
        assert!(statuses.contains(&s), "no {s} injected: {statuses:?}");
    }

    // The same with jsonl into a file.
    let file = dir.path().join("items.jsonl");
    let out = support::qlik_process(&env(&server))
        .env("QLIK_CONFIG_DIR", dir.path())
        .args([
            "item",
            "ls",
            "--all",
            "-o",
            "jsonl",
            "--retry",
            "10",
            "--interval",
            "0.001",
        ])
        .stdout(Stdio::from(std::fs::File::create(&file).unwrap()))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_exactly(&ids, &server);
}

#[test]
fn a_stalled_server_ends_in_the_timeout_exit_code_within_the_bound() {
    let server = faulty_emulator(
        5,
        Faults {
            latency_ms: 20_000,
            ..Faults::default()
        },
    );
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = qlik(dir.path(), &env(&server))
        .args([
            "item",
            "ls",
            "--timeout",
            "0.3",
            "--retry",
            "1",
            "--interval",
            "0.01",
        ])
        .output()
        .unwrap();
    let took = started.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("no answer within"), "{err}");
    // Two attempts of 0.3 s and a short pause; generous for a loaded machine.
    assert!(took < Duration::from_secs(4), "took {took:?}");
    assert!(took >= Duration::from_millis(600), "took {took:?}");
    assert_eq!(server.requests().len(), 0, "no answer was completed");
    assert_eq!(out.stdout, b"");
}

fn page(from: usize, next: Option<&str>) -> Value {
    let data: Vec<Value> = (from..from + 3)
        .map(|i| json!({"id": format!("item-{i}"), "name": format!("n{i}"), "resourceType": "app"}))
        .collect();
    let mut v = json!({"data": data, "links": {"self": {"href": "/api/v1/items"}}});
    if let Some(n) = next {
        v["links"]["next"] = json!({"href": format!("/api/v1/items?next={n}&limit=3")});
    }
    v
}

/// Two good pages, then 503 for good.
fn failing_halfway() -> Mock {
    Mock::start(|_, req| {
        if !req.path.contains("next=") {
            Reply::json(200, &page(0, Some("c1")))
        } else if req.path.contains("next=c1") {
            Reply::json(200, &page(3, Some("c2")))
        } else {
            Reply::json(
                503,
                &json!({"errors": [{"code": "HTTP-503", "title": "Service Unavailable"}]}),
            )
        }
    })
}

#[test]
fn a_listing_that_fails_halfway_says_where_to_resume_and_keeps_stdout_whole() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["jsonl", "json", "yaml", "table"] {
        let mock = failing_halfway();
        let out = qlik(
            dir.path(),
            &[("QLIK_SERVER", &mock.url), ("QLIK_API_KEY", "k")],
        )
        .args([
            "item",
            "ls",
            "--all",
            "-o",
            format,
            "--retry",
            "1",
            "--interval",
            "0.001",
        ])
        .output()
        .unwrap();
        let err = crate::support::as_text(&String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(7), "{format}: {err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(
            err.starts_with("error: ") && err.contains("HTTP 503"),
            "{format}: {err}"
        );
        assert!(
            err.contains("resume with --next c2"),
            "{format}: no cursor to resume from: {err}"
        );
        match format {
            "jsonl" => {
                // Whole lines only: the two pages that arrived.
                assert!(stdout.ends_with('\n'));
                let ids: Vec<String> = stdout
                    .lines()
                    .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].to_string())
                    .collect();
                assert_eq!(ids.len(), 6, "{stdout}");
            }
            "json" | "yaml" => {
                // One document: nothing at all rather than one that silently lacks the rest.
                assert!(stdout.is_empty(), "{format}: {stdout}");
            }
            _ => {}
        }
    }
}
