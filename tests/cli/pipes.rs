//! Pipes and signals: `qlik … | head -1` exits 0 quietly in every output format, and Ctrl-C
//! during a listing exits 130 without a panic message.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::support;

use qlik_emulator::{BackgroundServer, Faults};

fn emulator(items: usize, latency_ms: u64) -> BackgroundServer {
    support::emulator(
        items,
        Faults {
            latency_ms,
            ..Faults::default()
        },
    )
}

fn qlik_bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("qlik")
}

#[test]
fn head_1_exits_0_quietly_in_every_format() {
    let server = emulator(400, 0);
    let dir = tempfile::tempdir().unwrap();
    for format in [
        &["-o", "json"][..],
        &["-o", "jsonl"][..],
        &["-o", "yaml"][..],
        &["-o", "table"][..],
        &["-q"][..],
    ] {
        for cmd in [&["item", "ls", "--all"][..], &["item", "get"][..]] {
            let mut args: Vec<String> = cmd.iter().map(|s| s.to_string()).collect();
            if cmd[1] == "get" {
                // Many ids: a long multi-object output.
                args.extend(server.item_ids().into_iter().take(100));
                args.extend(["--tier1-per-minute".into(), "0".into()]);
            }
            args.extend(format.iter().map(|s| s.to_string()));
            // The real shell pipeline; pipefail reports qlik's status, not head's.
            let out = Command::new("bash")
                .arg("-c")
                .arg(r#"set -o pipefail; "$QLIK" "$@" 2>"$ERR" | head -1"#)
                .arg("qlik")
                .args(&args)
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .env("QLIK", qlik_bin())
                .env("ERR", dir.path().join("err"))
                .env("QLIK_CONFIG_DIR", dir.path())
                .env("QLIK_SERVER", server.base_url())
                .env("QLIK_API_KEY", server.api_key())
                .output()
                .unwrap();
            let err = std::fs::read_to_string(dir.path().join("err")).unwrap();
            let label = format!("{:?}", &args[..args.len().min(4)]);
            assert_eq!(out.status.code(), Some(0), "{label} {format:?}: {err}");
            assert_eq!(err, "", "{label} {format:?}: stderr not quiet");
            assert_eq!(
                String::from_utf8_lossy(&out.stdout).lines().count(),
                1,
                "{label} {format:?}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn sigint_during_a_listing_exits_130_without_a_panic_message() {
    let server = emulator(2000, 150);
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "yaml", "table"] {
        let mut child = support::qlik_process(&[
            ("QLIK_SERVER", server.base_url()),
            ("QLIK_API_KEY", server.api_key()),
        ])
        .env("QLIK_CONFIG_DIR", dir.path())
        .args(["item", "ls", "--all", "-o", format])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
        // The first bytes are out: the listing is under way.
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        assert!(!first.is_empty(), "{format}");
        let before = server.requests().len();
        assert!(support::interrupt(child.id()));
        // Read no more until it has ended: its next write is held by the full pipe, so it can
        // only end through the interrupt, not by finishing the output while the signal is on
        // its way. (Bounded: a run that does not end is killed and fails the test.)
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("{format}: still running 30 s after SIGINT");
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let out = child.wait_with_output().unwrap();
        drop(stdout);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{format}: {err}");
        assert!(!err.contains("panicked"), "{format}: {err}");
        assert!(!err.contains("Broken pipe"), "{format}: {err}");
        assert!(
            server.requests().len() <= before + 2,
            "{format}: it stopped listing"
        );
    }
}
