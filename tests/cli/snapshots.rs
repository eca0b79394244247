//! Whole-output snapshots: what a user sees, all of it, kept under `tests/cli/snapshots/`.
//!
//! - the `--help` of every leaf command (the list is checked against docs/commands.md);
//! - tables on a terminal (under [`Terminal`]) and piped;
//! - every `-o` (table, wide, json, yaml, jsonl) and `-q` of `item ls`, `item get`,
//!   `item collections`, `item settings ls` and `profile ls`;
//! - the error and hint lines of the main classes of failure.
//!
//! Each snapshot holds the command, its exit code and both streams. Ports, times, trace ids and
//! temporary paths are replaced by placeholders ([`settings`]). A changed snapshot fails the
//! test; CONTRIBUTING.md says how to review and accept one. Under CI (`CI=true`) a mismatch
//! or a missing snapshot fails and nothing is written.

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::json;

use crate::support::pty::Terminal;
use crate::support::{Mock, Reply, Run, add_profile, dead_url, emulator, qlik, run_at, run_on};

/// The placeholders: what changes from run to run never reaches a snapshot.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.set_omit_expression(true);
    for (pattern, placeholder) in [
        // Loopback servers on ephemeral ports.
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        // Temporary directories (config directories, certificates).
        (
            r"(/private)?(/var/folders/[^ ]+?|/tmp)/\.tmp[A-Za-z0-9]+",
            "[TMP]",
        ),
        // Trace ids the emulator makes up per request.
        (r"trace [0-9a-f]{16,32}", "trace [TRACE]"),
        (
            r#""traceId": ?"[0-9a-f]{16,32}""#,
            r#""traceId": "[TRACE]""#,
        ),
    ] {
        s.add_filter(pattern, placeholder);
    }
    s
}

/// One run as a snapshot: the command, its exit code, and both streams.
fn shown(args: &[&str], r: &Run) -> String {
    format!(
        "$ qlik {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        r.code,
        r.out,
        r.err
    )
}

fn snapshot(name: &str, text: &str) {
    settings().bind(|| insta::assert_snapshot!(name, text));
}

/// An error snapshot: durations measured on this machine are placeholders too.
fn error_snapshot(name: &str, args: &[&str], r: &Run) {
    let mut s = settings();
    s.add_filter(r"\b\d+(\.\d+)? ?(ms|s)\b", "[DURATION]");
    s.bind(|| insta::assert_snapshot!(name, shown(args, r)));
}

/// The leaf commands, each as its words after `qlik`.
const LEAVES: &[&str] = &[
    "item ls",
    "item get",
    "item collections",
    "item publisheditems",
    "item update",
    "item edit",
    "item rm",
    "item settings ls",
    "item settings patch",
    "raw get",
    "raw post",
    "raw put",
    "raw patch",
    "raw delete",
    "profile add",
    "profile update",
    "profile ls",
    "profile use",
    "profile show",
    "profile rm",
    "profile clear",
    "profile rename",
    "profile import",
    "profile current",
    "auth status",
    "auth logout",
    "whoami",
    "emulator start",
    "emulator exec",
    "completion",
];

#[test]
fn the_leaf_commands_are_those_of_the_command_reference() {
    let reference =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/commands.md")).unwrap();
    let headings: Vec<&str> = reference
        .lines()
        .filter_map(|l| l.strip_prefix("## qlik "))
        .collect();
    // A leaf is a heading that no other heading extends.
    let leaves: Vec<&str> = headings
        .iter()
        .copied()
        .filter(|h| !headings.iter().any(|o| o.starts_with(&format!("{h} "))))
        .collect();
    assert_eq!(leaves, LEAVES, "snapshot the help of every leaf command");
}

#[test]
fn help_of_every_leaf_command() {
    let dir = tempfile::tempdir().unwrap();
    for leaf in LEAVES {
        let mut args: Vec<&str> = leaf.split(' ').collect();
        args.push("--help");
        let r = Run::of(qlik(dir.path(), &[]).args(&args).output().unwrap());
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        snapshot(
            &format!("help__{}", leaf.replace(' ', "_")),
            &shown(&args, &r),
        );
    }
}

/// The emulator with a few items, and an item that is in a collection.
fn seeded() -> (BackgroundServer, String) {
    let server = emulator(6, Faults::default());
    let id = server
        .item_ids()
        .into_iter()
        .find(|id| {
            server.item(id).unwrap()["collectionIds"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
        })
        .expect("an item in a collection");
    (server, id)
}

/// The output options in the order the snapshots name them.
const FORMATS: &[(&str, &[&str])] = &[
    ("table", &["-o", "table"]),
    ("wide", &["-o", "wide"]),
    ("json", &["-o", "json"]),
    ("yaml", &["-o", "yaml"]),
    ("jsonl", &["-o", "jsonl"]),
    ("quiet", &["-q"]),
];

#[test]
fn every_format_of_the_item_commands_piped() {
    let (server, id) = seeded();
    let commands: [(&str, Vec<&str>); 4] = [
        ("item_ls", vec!["item", "ls"]),
        ("item_get", vec!["item", "get", &id]),
        ("item_collections", vec!["item", "collections", &id]),
        ("item_settings_ls", vec!["item", "settings", "ls"]),
    ];
    for (name, command) in &commands {
        for (format, flags) in FORMATS {
            let args: Vec<&str> = command.iter().chain(flags.iter()).copied().collect();
            let r = run_on(&server, &args);
            snapshot(&format!("piped__{name}__{format}"), &shown(&args, &r));
        }
    }
}

/// A config directory with two profiles, the first the default.
fn two_profiles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, server) in [
        ("dev", "https://dev.example.qlikcloud.com"),
        ("prod", "https://prod.example.qlikcloud.com"),
    ] {
        add_profile(dir.path(), name, server, "sentinel-key-0123456789");
    }
    dir
}

#[test]
fn every_format_of_profile_ls_piped() {
    let dir = two_profiles();
    for (format, flags) in FORMATS {
        let args: Vec<&str> = ["profile", "ls"]
            .iter()
            .chain(flags.iter())
            .copied()
            .collect();
        let r = Run::of(qlik(dir.path(), &[]).args(&args).output().unwrap());
        assert!(!r.out.contains("sentinel-key"), "{}", r.out);
        snapshot(&format!("piped__profile_ls__{format}"), &shown(&args, &r));
    }
}

/// What a terminal of `cols` columns showed, lines ended by `\n`.
fn on_terminal(
    dir: &std::path::Path,
    server: Option<&BackgroundServer>,
    args: &[&str],
    cols: u16,
) -> Option<String> {
    let mut t = Terminal::new(dir, args).size(cols, 40);
    if let Some(server) = server {
        t = t.server(server.base_url(), server.api_key());
    }
    let screen = t.run()?;
    Some(format!(
        "$ qlik {}  # on a terminal of {cols} columns\nexit: {}\n--- terminal\n{}",
        args.join(" "),
        screen.code,
        screen.text.replace("\r\n", "\n")
    ))
}

#[test]
fn tables_on_a_terminal() {
    let (server, id) = seeded();
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Vec<&str>, u16); 6] = [
        ("item_ls_80", vec!["item", "ls"], 80),
        ("item_ls_160", vec!["item", "ls"], 160),
        ("item_ls_wide_80", vec!["item", "ls", "-o", "wide"], 80),
        ("item_get_80", vec!["item", "get", &id], 80),
        ("item_collections_80", vec!["item", "collections", &id], 80),
        ("item_settings_ls_80", vec!["item", "settings", "ls"], 80),
    ];
    for (name, args, cols) in &cases {
        let Some(text) = on_terminal(dir.path(), Some(&server), args, *cols) else {
            return;
        };
        snapshot(&format!("terminal__{name}"), &text);
    }
    let profiles = two_profiles();
    let Some(text) = on_terminal(profiles.path(), None, &["profile", "ls"], 80) else {
        return;
    };
    snapshot("terminal__profile_ls_80", &text);
}

#[test]
fn error_lines_of_each_class() {
    let server = emulator(3, Faults::default());
    let usage = ["item", "ls", "--limit", "0"];
    error_snapshot("error__usage", &usage, &run_on(&server, &usage));
    let unknown_flag = ["item", "ls", "--no-such-flag"];
    error_snapshot(
        "error__usage_unknown_flag",
        &unknown_flag,
        &run_on(&server, &unknown_flag),
    );
    let not_found = ["item", "get", "no-such-item"];
    error_snapshot("error__not_found", &not_found, &run_on(&server, &not_found));
    let ls = ["item", "ls"];
    error_snapshot(
        "error__auth_401",
        &ls,
        &run_at(server.base_url(), "wrong-key", &ls),
    );

    let limited = Mock::start(|_, _| {
        Reply::json(429, &json!({"errors": [{"title": "Too many requests"}]}))
            .header("Retry-After", "0")
    });
    let retried = ["item", "ls", "--retry", "1"];
    error_snapshot(
        "error__rate_limited",
        &retried,
        &run_at(&limited.url, "k", &retried),
    );

    let html = Mock::start(|_, _| {
        Reply::typed(
            200,
            "text/html",
            b"<!doctype html><html><body>Log in</body></html>".to_vec(),
        )
    });
    error_snapshot("error__server_html", &ls, &run_at(&html.url, "k", &ls));

    let unreachable = ["item", "ls", "--retry", "1", "--interval", "0.001"];
    error_snapshot(
        "error__unreachable",
        &unreachable,
        &run_at(&dead_url(), "k", &unreachable),
    );
}
