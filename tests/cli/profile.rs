//! `qlik profile …` and `qlik context …`, run as the real binary in a cleared environment with
//! a temporary config directory. Every run is checked for the sentinel API key.

use std::path::Path;
use std::process::Output;

use assert_cmd::Command;

const SENTINEL: &str = "sentinel-api-key-5f3a9c2e71b4";
const SENTINEL_MASK: &str = "****71b4";

fn qlik(dir: &Path) -> Command {
    crate::support::qlik(dir, &[])
}

/// Runs, checks the exit code, and checks that the sentinel key appears in neither stream.
fn run(cmd: &mut Command, code: i32) -> (String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    );
    assert_eq!(
        status.code(),
        Some(code),
        "exit status\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
    );
    assert!(!stdout.contains(SENTINEL), "key on stdout: {stdout}");
    assert!(!stderr.contains(SENTINEL), "key on stderr: {stderr}");
    (stdout, stderr)
}

fn add(dir: &Path, name: &str, server: &str, extra: &[&str]) -> (String, String) {
    run(
        qlik(dir)
            .args([
                "profile",
                "add",
                name,
                "--server",
                server,
                "--api-key-stdin",
                "--no-verify",
            ])
            .args(extra)
            .write_stdin(format!("{SENTINEL}\n")),
        0,
    )
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn add_from_stdin_then_ls_show_current() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let (out, err) = add(&cfg, "prod", "tenant.eu.qlikcloud.com/", &[]);
    assert_eq!(out, "");
    assert!(
        err.contains("Saved profile `prod` for https://tenant.eu.qlikcloud.com"),
        "{err}"
    );
    assert!(err.contains(SENTINEL_MASK), "{err}");
    assert!(err.contains("default profile"), "{err}");

    let (out, _) = run(qlik(&cfg).args(["profile", "ls"]), 0);
    assert_eq!(
        json(&out),
        serde_json::json!([{"name": "prod", "server": "https://tenant.eu.qlikcloud.com", "default": true, "comment": null}])
    );

    let (out, _) = run(qlik(&cfg).args(["profile", "show"]), 0);
    let shown = json(&out);
    assert_eq!(shown["name"], "prod");
    assert_eq!(shown["api_key"], SENTINEL_MASK);
    assert_eq!(shown["default"], true);

    let (out, _) = run(qlik(&cfg).args(["profile", "current"]), 0);
    assert_eq!(out, "prod\n");

    let creds = std::fs::read_to_string(cfg.join("credentials.toml")).unwrap();
    assert!(creds.contains(SENTINEL), "the key is stored: {creds}");
    let config = std::fs::read_to_string(cfg.join("config.toml")).unwrap();
    assert!(!config.contains(SENTINEL), "{config}");
}

#[test]
fn context_aliases_use_qlik_cli_verbs() {
    let dir = tempfile::tempdir().unwrap();
    run(
        qlik(dir.path())
            .args([
                "context",
                "create",
                "me@cloud",
                "--server",
                "https://t.example.com",
            ])
            .args(["--api-key-stdin", "--no-verify"])
            .write_stdin(SENTINEL),
        0,
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "get", "me@cloud"]), 0);
    assert_eq!(json(&out)["server"], "https://t.example.com");
    let (out, _) = run(qlik(dir.path()).args(["context", "list"]), 0);
    assert_eq!(json(&out)[0]["name"], "me@cloud");
    run(qlik(dir.path()).args(["context", "remove", "me@cloud"]), 0);
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out), serde_json::json!([]));
}

#[test]
fn use_switches_the_default_and_keeps_comments() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    let (_, err) = add(
        dir.path(),
        "b",
        "https://b.example.com",
        &["--output", "yaml"],
    );
    assert!(!err.contains("default profile"), "{err}");
    let config_path = dir.path().join("config.toml");
    let text = std::fs::read_to_string(&config_path).unwrap();
    std::fs::write(&config_path, format!("# hand-written note\n{text}")).unwrap();

    run(qlik(dir.path()).args(["profile", "use", "b"]), 0);
    let (out, _) = run(qlik(dir.path()).args(["profile", "current"]), 0);
    assert_eq!(out, "b\n");
    let (out, _) = run(qlik(dir.path()).args(["profile", "ls"]), 0);
    let list = json(&out);
    assert_eq!(list[0]["default"], false);
    assert_eq!(list[1]["default"], true);
    let text = std::fs::read_to_string(&config_path).unwrap();
    assert!(text.starts_with("# hand-written note\n"), "{text}");
    assert!(text.contains("default_profile = \"b\""), "{text}");

    // QLIK_PROFILE beats the default for `current` and `show`.
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_PROFILE", "a")
            .args(["profile", "current"]),
        0,
    );
    assert_eq!(out, "a\n");
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_PROFILE", "b")
            .args(["profile", "show"]),
        0,
    );
    assert_eq!(json(&out)["output"], "yaml");
}

#[test]
fn add_with_default_and_force() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    add(dir.path(), "b", "https://b.example.com", &["--default"]);
    let (out, _) = run(qlik(dir.path()).args(["profile", "current"]), 0);
    assert_eq!(out, "b\n");

    let (_, err) = run(
        qlik(dir.path())
            .args(["profile", "add", "a", "--server", "https://c.example.com"])
            .args(["--api-key-stdin", "--no-verify"])
            .write_stdin(SENTINEL),
        2,
    );
    assert!(err.contains("profile `a` exists; add --force"), "{err}");
    let (_, err) = add(dir.path(), "a", "https://c.example.com", &["--force"]);
    assert!(err.contains("Replaced profile `a`"), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["profile", "show", "a"]), 0);
    assert_eq!(json(&out)["server"], "https://c.example.com");
}

#[test]
fn rm_removes_profile_and_key() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    add(dir.path(), "b", "https://b.example.com", &[]);
    let (_, err) = run(qlik(dir.path()).args(["profile", "rm", "a"]), 0);
    assert!(err.contains("Removed profile `a`"), "{err}");
    assert!(err.contains("no default profile now"), "{err}");
    let creds = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(!creds.contains("[profiles.a]"), "{creds}");
    assert!(creds.contains("[profiles.b]"), "{creds}");
    let (out, _) = run(qlik(dir.path()).args(["profile", "ls"]), 0);
    assert_eq!(
        json(&out),
        serde_json::json!([{"name": "b", "server": "https://b.example.com", "default": false, "comment": null}])
    );
    let (_, err) = run(qlik(dir.path()).args(["profile", "rm", "a"]), 2);
    assert!(err.contains("error: unknown profile `a`"), "{err}");
}

#[test]
fn unknown_profiles_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    for args in [
        &["profile", "use", "nope"][..],
        &["profile", "show", "nope"],
        &["context", "get", "nope"],
        &["profile", "rm", "nope"],
    ] {
        let (_, err) = run(qlik(dir.path()).args(args), 2);
        assert!(err.contains("unknown profile `nope`"), "{args:?}: {err}");
    }
    let (_, err) = run(
        qlik(dir.path())
            .env("QLIK_PROFILE", "gone")
            .args(["profile", "current"]),
        2,
    );
    assert!(err.contains("unknown profile `gone`"), "{err}");
}

#[test]
fn no_profile_in_use_exits_4_with_set_up_instructions() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["profile", "current"][..], &["profile", "show"]] {
        let (out, err) = run(qlik(dir.path()).args(args), 4);
        assert_eq!(out, "");
        assert!(err.starts_with("error: no credentials\nhint: "), "{err}");
        assert!(err.contains("QLIK_SERVER and QLIK_API_KEY"), "{err}");
        assert!(err.contains("qlik profile add NAME --server"), "{err}");
        assert_eq!(err.lines().count(), 2, "error and hint: {err}");
    }
    // With the environment pair, `current` names no profile and says why.
    let (out, err) = run(
        qlik(dir.path())
            .env("QLIK_SERVER", "https://ci.example.com")
            .env("QLIK_API_KEY", SENTINEL)
            .args(["profile", "current"]),
        0,
    );
    assert_eq!(out, "");
    assert!(err.contains("QLIK_SERVER and QLIK_API_KEY"), "{err}");
}

#[test]
fn the_key_needs_a_terminal_or_stdin_unless_given_with_api_key() {
    let dir = tempfile::tempdir().unwrap();
    // --api-key and --api-key-stdin are one or the other; clap's refusal names no key.
    let (_, err) = run(
        qlik(dir.path())
            .args([
                "profile",
                "add",
                "a",
                "--server",
                "https://a.example.com",
                "--api-key",
                SENTINEL,
                "--api-key-stdin",
            ])
            .write_stdin(SENTINEL),
        2,
    );
    assert!(err.contains("--api-key"), "{err}");
    // No terminal (stdin is not one under the test harness) and no --api-key-stdin.
    let (_, err) = run(
        qlik(dir.path()).args(["profile", "add", "a", "--server", "https://a.example.com"]),
        2,
    );
    assert!(err.contains("--api-key-stdin"), "{err}");
    // Empty or multi-word keys.
    for bad in ["", "\n  \n", "two words"] {
        run(
            qlik(dir.path())
                .args(["profile", "add", "a", "--server", "https://a.example.com"])
                .args(["--api-key-stdin", "--no-verify"])
                .write_stdin(bad),
            2,
        );
    }
    assert!(!dir.path().join("config.toml").exists());
    assert!(!dir.path().join("credentials.toml").exists());
}

#[test]
fn bad_names_and_servers_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for (name, server, needle) in [
        (
            "a b",
            "https://a.example.com",
            "not allowed in a profile name",
        ),
        ("a", "http://10.0.0.1", "--allow-http"),
        ("a", "ftp://a.example.com", "https://"),
        (
            "a",
            "https://user:pw@a.example.com",
            "credentials in the URL",
        ),
    ] {
        let (_, err) = run(
            qlik(dir.path())
                .args([
                    "profile",
                    "add",
                    name,
                    "--server",
                    server,
                    "--api-key-stdin",
                    "--no-verify",
                ])
                .write_stdin(SENTINEL),
            2,
        );
        assert!(
            err.contains(needle) || err.contains("allow_http"),
            "{server}: {err}"
        );
    }
    add(dir.path(), "lan", "http://10.0.0.1", &["--allow-http"]);
    add(dir.path(), "local", "http://127.0.0.1:8080", &[]);
}

#[cfg(unix)]
#[test]
fn credentials_are_0600_and_written_without_leftovers() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("new-dir");
    add(&cfg, "a", "https://a.example.com", &[]);
    add(
        &cfg,
        "b",
        "https://b.example.com",
        &["--tier1-per-minute", "10"],
    );
    run(qlik(&cfg).args(["profile", "use", "b"]), 0);
    run(qlik(&cfg).args(["profile", "rm", "a"]), 0);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&cfg.join("credentials.toml")), 0o600);
    assert_eq!(mode(&cfg), 0o700);
    // .lock serializes the changes of concurrent `qlik profile` commands.
    assert_eq!(mode(&cfg.join(".lock")), 0o600);
    assert_eq!(files_in(&cfg), [".lock", "config.toml", "credentials.toml"]);
}

#[cfg(unix)]
#[test]
fn loose_credentials_permissions_are_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    let creds = dir.path().join("credentials.toml");
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (out, err) = run(qlik(dir.path()).args(["profile", "ls"]), 0);
    assert_eq!(json(&out)[0]["name"], "a");
    assert!(err.contains("warning: "), "{err}");
    assert!(err.contains("readable by others (mode 644)"), "{err}");
    assert!(err.contains("chmod 600"), "{err}");
    // Rewriting the file tightens it again.
    add(dir.path(), "b", "https://b.example.com", &[]);
    let mode = std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn bad_toml_names_file_and_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "default_profile = \"a\"\n\n[profiles.a\nserver = \"https://a.example.com\"\n",
    )
    .unwrap();
    let (out, err) = run(qlik(dir.path()).args(["profile", "ls"]), 1);
    assert_eq!(out, "");
    let expected = format!("error: {}:3: ", dir.path().join("config.toml").display());
    assert!(err.starts_with(&expected), "{err}");
    assert_eq!(err.lines().count(), 2, "error and hint: {err}");
    assert!(err.contains("\nhint: fix the file"), "{err}");

    std::fs::write(dir.path().join("config.toml"), "").unwrap();
    std::fs::write(
        dir.path().join("credentials.toml"),
        format!("[profiles]\napi_key = \"{SENTINEL}\"\n"),
    )
    .unwrap();
    let (_, err) = run(qlik(dir.path()).args(["profile", "current"]), 1);
    assert!(err.contains("credentials.toml:2: "), "{err}");
}

#[test]
fn add_stores_every_option() {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, "not checked here").unwrap();
    let (_, err) = add(
        dir.path(),
        "full",
        "https://full.example.com:8443/api/v1/",
        &[
            "-o",
            "jsonl",
            "--insecure",
            "--ca-cert",
            ca.to_str().unwrap(),
            "--tier1-per-minute",
            "600",
            "--tier2-per-minute",
            "60",
        ],
    );
    assert!(err.contains("warning: TLS certificates"), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["profile", "show", "full"]), 0);
    let shown = json(&out);
    assert_eq!(shown["server"], "https://full.example.com:8443");
    assert_eq!(shown["output"], "jsonl");
    assert_eq!(shown["insecure"], true);
    assert_eq!(shown["ca_cert"], ca.to_str().unwrap());
    assert_eq!(shown["tier1_per_minute"], 600);
    assert_eq!(shown["tier2_per_minute"], 60);
    assert_eq!(shown["allow_http"], false);
    run(
        qlik(dir.path())
            .args([
                "profile",
                "add",
                "x",
                "-s",
                "https://x.example.com",
                "-o",
                "xml",
            ])
            .args(["--api-key-stdin", "--no-verify"])
            .write_stdin(SENTINEL),
        2,
    );
}

#[test]
fn ls_and_show_follow_the_output_options() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "prod", "https://prod.example.com", &[]);
    add(
        dir.path(),
        "me@dev",
        "https://dev.example.com",
        &["-o", "yaml"],
    );

    // A table on a terminal (QLIK_FORCE_TTY stands in for one).
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_FORCE_TTY", "1")
            .args(["profile", "ls"]),
        0,
    );
    assert_eq!(
        out,
        "NAME    SERVER                    DEFAULT  COMMENT\n\
         me@dev  https://dev.example.com\n\
         prod    https://prod.example.com  *\n"
    );
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_FORCE_TTY", "1")
            .env("COLUMNS", "200")
            .args(["profile", "show", "me@dev"]),
        0,
    );
    assert!(out.starts_with("SETTING  "), "{out}");
    assert!(
        out.contains(&format!("\napi_key           {SENTINEL_MASK}\n")),
        "{out}"
    );
    assert!(out.contains("\noutput            yaml\n"), "{out}");
    assert!(!out.contains("ca_cert"), "unset fields are left out: {out}");

    // -o, --json and QLIK_OUTPUT, on a terminal or not.
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_FORCE_TTY", "1")
            .args(["profile", "ls", "--json"]),
        0,
    );
    assert_eq!(json(&out)[1]["name"], "prod");
    let (out, _) = run(qlik(dir.path()).args(["profile", "ls", "-o", "jsonl"]), 0);
    let lines: Vec<_> = out.lines().map(json).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["name"], "me@dev");
    let (out, _) = run(
        qlik(dir.path())
            .env("QLIK_OUTPUT", "yaml")
            .args(["profile", "show", "prod"]),
        0,
    );
    assert!(out.contains("name: prod\n"), "{out}");
    assert!(out.contains("output: null\n"), "{out}");
    assert!(
        out.contains(&format!("api_key: \"{SENTINEL_MASK}\"\n")),
        "{out}"
    );
    let (_, err) = run(
        qlik(dir.path())
            .env("QLIK_OUTPUT", "xml")
            .args(["profile", "ls"]),
        2,
    );
    assert!(err.contains("unknown output format `xml`"), "{err}");
}

/// `profile current` names what commands would use, by the one precedence: the environment's
/// server beats the default profile, and a profile with that server is the one in use.
#[test]
fn current_follows_the_precedence_commands_use() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "a", "https://a.example.com", &[]);
    add(dir.path(), "b", "https://b.example.com", &["--default"]);
    // The environment's server and key, no profile with that server: no profile in use.
    let (out, err) = run(
        qlik(dir.path())
            .env("QLIK_SERVER", "https://ci.example.com")
            .env("QLIK_API_KEY", SENTINEL)
            .args(["profile", "current"]),
        0,
    );
    assert_eq!(out, "", "the default profile is not in use: {err}");
    assert_eq!(
        err,
        "No profile in use: commands use QLIK_SERVER and QLIK_API_KEY.\n"
    );
    // QLIK_SERVER naming profile a's server: a's key and settings are used.
    let (out, err) = run(
        qlik(dir.path())
            .env("QLIK_SERVER", "https://a.example.com")
            .args(["profile", "current"]),
        0,
    );
    assert_eq!(out, "a\n");
    assert!(
        err.starts_with("note: the server comes from QLIK_SERVER; profile `a`"),
        "{err}"
    );
    // The same with --server, and --profile beats the default.
    let (out, _) = run(
        qlik(dir.path()).args(["profile", "current", "--server", "a.example.com"]),
        0,
    );
    assert_eq!(out, "a\n");
    let (out, err) = run(
        qlik(dir.path()).args(["profile", "current", "--profile", "a"]),
        0,
    );
    assert_eq!((out.as_str(), err.as_str()), ("a\n", ""));
    let (out, _) = run(qlik(dir.path()).args(["profile", "current"]), 0);
    assert_eq!(out, "b\n");
}

/// The warning `--api-key` and `--client-secret` give, whatever the command.
const VISIBLE: &str = "is visible to other users in the process list and is kept in the shell \
                       history; instead, pipe it in with";

#[test]
fn api_key_flag_saves_with_a_warning_and_never_echoes_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err) = run(
        qlik(dir.path()).args([
            "context",
            "create",
            "me@cloud",
            "--server",
            "https://t.example.com",
            "--api-key",
            SENTINEL,
            "--no-verify",
            "-v",
        ]),
        0,
    );
    assert_eq!(out, "");
    assert!(
        err.starts_with(&format!(
            "warning: the API key given with --api-key {VISIBLE} --api-key-stdin"
        )),
        "{err}"
    );
    assert!(err.contains(SENTINEL_MASK), "{err}");
    let credentials = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(credentials.contains(SENTINEL), "{credentials}");

    // A key that cannot be one is refused without showing it.
    let (_, err) = run(
        qlik(dir.path()).args([
            "profile",
            "add",
            "bad",
            "--server",
            "https://t.example.com",
            "--api-key",
            &format!("{SENTINEL} and more"),
            "--no-verify",
        ]),
        2,
    );
    assert!(
        err.contains("error: --api-key: the API key has spaces or line breaks inside"),
        "{err}"
    );
    let (_, err) = run(
        qlik(dir.path()).args([
            "profile",
            "update",
            "me@cloud",
            "--api-key",
            SENTINEL,
            "--ask-api-key",
        ]),
        2,
    );
    assert!(err.contains("cannot be used with"), "{err}");
}

#[test]
fn api_key_flag_is_checked_against_the_server() {
    let server = crate::support::emulator(1, qlik_emulator::Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let r = crate::support::run_in(
        dir.path(),
        &[],
        &[
            "context",
            "create",
            "emu",
            "--server",
            server.base_url(),
            "--api-key",
            server.api_key(),
            "-v",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.err.contains(server.api_key()) && !r.out.contains(server.api_key()));
    assert!(
        r.err.contains("warning: the API key given with --api-key"),
        "{}",
        r.err
    );
    let r = crate::support::run_in(
        dir.path(),
        &[],
        &["--profile", "emu", "item", "ls", "--json"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);

    // A wrong key is refused (exit 4) and nothing is saved.
    let r = crate::support::run_in(
        dir.path(),
        &[],
        &[
            "profile",
            "add",
            "wrong",
            "--server",
            server.base_url(),
            "--api-key",
            SENTINEL,
        ],
        None,
    );
    assert_eq!(r.code, 4, "{}", r.err);
    assert!(
        !r.err.contains(SENTINEL) && !r.out.contains(SENTINEL),
        "{}",
        r.err
    );
    let (out, _) = run(qlik(dir.path()).args(["profile", "ls"]), 0);
    assert_eq!(json(&out).as_array().unwrap().len(), 1);
}

#[test]
fn oauth_client_flags_of_qlik_cli_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let id = "0123456789abcdef0123456789abcdef";
    let (_, err) = run(
        qlik(dir.path()).args([
            "context",
            "create",
            "bot",
            "--server",
            "https://t.example.com",
            "--oauth-client-id",
            id,
            "--oauth-client-secret",
            SENTINEL,
            "--no-verify",
        ]),
        0,
    );
    assert!(
        err.starts_with(&format!(
            "warning: the client secret given with --client-secret {VISIBLE} \
             --client-secret-stdin"
        )),
        "{err}"
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "get", "bot"]), 0);
    let shown = json(&out);
    assert_eq!(shown["kind"], "oauth-client");
    assert_eq!(shown["client_id"], id);
    assert_eq!(shown["client_secret"], SENTINEL_MASK);

    // The secret alone, on update, replaces the client's secret.
    let other = "another-client-secret-0000";
    let (_, err) = run(
        qlik(dir.path()).args([
            "context",
            "update",
            "bot",
            "--oauth-client-secret",
            other,
            "--no-verify",
        ]),
        0,
    );
    assert!(!err.contains(other), "{err}");
    assert!(
        err.contains("--client-secret-stdin, or use --ask-client-secret"),
        "{err}"
    );
    let credentials = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(credentials.contains(other) && !credentials.contains(SENTINEL));
    // The secret needs a client.
    run(
        qlik(dir.path()).args([
            "profile",
            "add",
            "x",
            "--server",
            "https://t.example.com",
            "--client-secret",
            SENTINEL,
        ]),
        2,
    );
}

#[test]
fn comment_is_stored_shown_changed_and_unset() {
    let dir = tempfile::tempdir().unwrap();
    add(
        dir.path(),
        "local",
        "https://t.example.com",
        &["--comment", "Local tenant"],
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out)[0]["comment"], "Local tenant");
    let (out, _) = run(qlik(dir.path()).args(["context", "ls", "-o", "table"]), 0);
    assert!(out.starts_with("NAME   SERVER"), "{out}");
    assert!(out.contains("COMMENT"), "{out}");
    assert!(out.contains("Local tenant"), "{out}");

    let (_, err) = run(
        qlik(dir.path()).args(["context", "update", "local", "--comment", "Renamed one"]),
        0,
    );
    assert!(err.contains("comment Renamed one"), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["context", "get", "local"]), 0);
    assert_eq!(json(&out)["comment"], "Renamed one");

    run(
        qlik(dir.path()).args(["profile", "update", "local", "--unset", "comment"]),
        0,
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "get", "local"]), 0);
    assert_eq!(json(&out)["comment"], serde_json::Value::Null);
    let config = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(!config.contains("comment"), "{config}");

    // A comment is one line.
    let (_, err) = run(
        qlik(dir.path()).args(["profile", "update", "local", "--comment", "two\nlines"]),
        2,
    );
    assert!(
        err.starts_with("error: --comment: a comment is one line"),
        "{err}"
    );
}

#[test]
fn rm_takes_several_names_and_removes_none_when_one_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a", "b", "c"] {
        add(dir.path(), name, "https://t.example.com", &[]);
    }
    let (_, err) = run(
        qlik(dir.path()).args(["context", "rm", "a", "nope", "b", "gone"]),
        2,
    );
    assert_eq!(
        err.lines().next(),
        Some("error: no profile named `nope`, `gone`; nothing was removed"),
        "{err}"
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out).as_array().unwrap().len(), 3);
    // A key pasted among the names is not shown.
    let pasted = format!("{SENTINEL}==");
    let (_, err) = run(qlik(dir.path()).args(["context", "rm", "a", &pasted]), 2);
    assert!(err.contains("(a name not shown"), "{err}");

    let (_, err) = run(qlik(dir.path()).args(["context", "rm", "a", "b", "a"]), 0);
    assert!(
        err.contains("Removed profile `a`.\nRemoved profile `b`.\n"),
        "{err}"
    );
    assert!(err.contains("There is no default profile now"), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out)[0]["name"], "c");
    let credentials = std::fs::read_to_string(dir.path().join("credentials.toml")).unwrap();
    assert!(!credentials.contains("[profiles.a]"), "{credentials}");
    assert!(credentials.contains("[profiles.c]"), "{credentials}");
}

#[test]
fn clear_leaves_no_default_profile() {
    let dir = tempfile::tempdir().unwrap();
    add(dir.path(), "prod", "https://t.example.com", &[]);
    let (out, err) = run(qlik(dir.path()).args(["context", "clear"]), 0);
    assert_eq!(out, "");
    assert!(err.contains("`prod` is no longer the default"), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out)[0]["default"], false);
    // Commands now need a profile named.
    run(qlik(dir.path()).args(["profile", "current"]), 4);
    let (_, err) = run(qlik(dir.path()).args(["context", "clear"]), 0);
    assert!(
        err.contains("There was no default profile; nothing changed."),
        "{err}"
    );
    let config = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(!config.contains("default_profile"), "{config}");
}

#[test]
fn rename_keeps_the_credential_and_the_default() {
    let dir = tempfile::tempdir().unwrap();
    add(
        dir.path(),
        "me@cloud",
        "https://t.example.com",
        &["--comment", "kept"],
    );
    add(dir.path(), "other", "https://o.example.com", &[]);
    let (_, err) = run(
        qlik(dir.path()).args(["context", "rename", "me@cloud", "prod"]),
        0,
    );
    assert!(
        err.contains("Renamed profile `me@cloud` to `prod`."),
        "{err}"
    );
    assert!(err.contains("It is still the default profile."), "{err}");
    let (out, _) = run(qlik(dir.path()).args(["context", "get"]), 0);
    let shown = json(&out);
    assert_eq!(shown["name"], "prod");
    assert_eq!(shown["api_key"], SENTINEL_MASK);
    assert_eq!(shown["comment"], "kept");
    assert_eq!(shown["default"], true);
    run(qlik(dir.path()).args(["context", "get", "me@cloud"]), 2);

    // A clash, an unknown profile and a bad name: exit 2, nothing changed.
    let (_, err) = run(
        qlik(dir.path()).args(["context", "rename", "prod", "other"]),
        2,
    );
    assert!(err.starts_with("error: profile `other` exists"), "{err}");
    run(qlik(dir.path()).args(["context", "rename", "nope", "x"]), 2);
    run(
        qlik(dir.path()).args(["context", "rename", "prod", "a b"]),
        2,
    );
    let (out, _) = run(qlik(dir.path()).args(["context", "ls"]), 0);
    assert_eq!(json(&out)[0]["name"], "other");
    assert_eq!(json(&out)[1]["name"], "prod");
}
