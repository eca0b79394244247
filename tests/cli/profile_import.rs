//! `qlik profile import` (alias `qlik context import`): qlik-cli's `contexts.yml` as profiles,
//! run as the real binary in a cleared environment with a temporary config directory. No key
//! of a fixture ever shows in a run's output.
//!
//! The fixtures are in the two shapes qlik-cli has written:
//! - the older one, corectl's (`pkg/dynconf/context.go` of qlik-oss/corectl, which qlik-cli grew
//!   out of): `current-context`, and `contexts` mapping a name to `server`, `headers` (the key
//!   as `Authorization: Bearer KEY`), `comment` and `certificates`;
//! - the newer one, with the fields of qlik-cli's `context create` flags as keys (qlik.dev's
//!   qlik-cli reference): `server-type`, `insecure`, `api-key`, `oauth-client-id`,
//!   `oauth-client-secret`.

use std::path::Path;

use qlik_emulator::Faults;

use crate::support::{self, Run, json, run_in};

const KEY: &str = "ctx-sentinel-key-8d41c07b";
const SECRET: &str = "ctx-sentinel-secret-2f9e66aa";
const CLIENT_ID: &str = "0123456789abcdef0123456789abcdef";

/// Runs in `cfg` and checks that neither fixture secret nor `extra_secret` shows.
fn run(cfg: &Path, args: &[&str], stdin: Option<&[u8]>, extra_secret: &str) -> Run {
    let r = run_in(cfg, &[], args, stdin);
    for secret in [KEY, SECRET, extra_secret]
        .into_iter()
        .filter(|s| !s.is_empty())
    {
        assert!(
            !r.out.contains(secret) && !r.err.contains(secret),
            "a key shows:\n--- stdout\n{}\n--- stderr\n{}",
            r.out,
            r.err
        );
    }
    r
}

/// The older, corectl-style shape: the key in an Authorization header.
fn corectl_style(server: &str, key: &str) -> String {
    format!(
        "current-context: me@tenant\n\
         contexts:\n  \
           me@tenant:\n    \
             server: {server}\n    \
             headers:\n      \
               Authorization: Bearer {key}\n    \
             comment: Production tenant\n  \
           other:\n    \
             server: https://other.eu.qlikcloud.com\n    \
             headers:\n      \
               authorization: Bearer {KEY}\n      \
               X-Qlik-Trace: a-header-value-not-to-show\n    \
             certificates: /home/me/certs\n"
    )
}

/// The newer shape: the fields of qlik-cli's `context create` flags.
fn newer_shape() -> String {
    format!(
        "contexts:\n  \
           cloud-key:\n    \
             server: tenant.us.qlikcloud.com\n    \
             server-type: cloud\n    \
             api-key: {KEY}\n    \
             comment: US tenant\n  \
           Bot Client:\n    \
             server: https://tenant.eu.qlikcloud.com\n    \
             server-type: cloud\n    \
             oauth-client-id: {CLIENT_ID}\n    \
             oauth-client-secret: {SECRET}\n    \
             insecure: true\n\
         current-context: cloud-key\n"
    )
}

fn write(dir: &Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("contexts.yml");
    std::fs::write(&path, text).unwrap();
    path
}

fn show(cfg: &Path, name: &str) -> serde_json::Value {
    let r = run(cfg, &["profile", "show", name, "-o", "json"], None, "");
    assert_eq!(r.code, 0, "{}", r.err);
    json(&r.out)
}

#[test]
fn corectl_style_contexts_import_and_the_profile_works_against_the_emulator() {
    let server = support::emulator(3, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let file = write(
        dir.path(),
        &corectl_style(server.base_url(), server.api_key()),
    );
    let from = file.to_str().unwrap();
    let r = run(
        &cfg,
        &["context", "import", "--from", from, "--yes"],
        None,
        server.api_key(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "", "the plan and the report go to stderr");
    assert!(r.err.contains("NAME"), "{}", r.err);
    assert!(r.err.contains("CREDENTIAL"), "{}", r.err);
    assert!(r.err.contains("Production tenant"), "{}", r.err);
    assert!(
        r.err.contains("Imported 2 profiles: `me@tenant`, `other`."),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("Default profile is now `me@tenant`"),
        "{}",
        r.err
    );
    // Other headers and certificates are named, never their values.
    assert!(
        r.err.contains("header `X-Qlik-Trace` is not imported"),
        "{}",
        r.err
    );
    assert!(!r.err.contains("a-header-value-not-to-show"), "{}", r.err);
    assert!(r.err.contains("certificates are not imported"), "{}", r.err);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(cfg.join("credentials.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let shown = show(&cfg, "me@tenant");
    assert_eq!(shown["kind"], "api-key");
    assert_eq!(shown["comment"], "Production tenant");
    assert_eq!(shown["default"], true);

    let r = run(
        &cfg,
        &["--profile", "me@tenant", "item", "ls", "--json"],
        None,
        server.api_key(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(json(&r.out).as_array().unwrap().len(), 3, "{}", r.out);
}

#[test]
fn newer_shape_maps_api_key_oauth_client_insecure_and_comment() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let file = write(dir.path(), &newer_shape());
    let r = run(
        &cfg,
        &["profile", "import", "--from", file.to_str().unwrap(), "-y"],
        None,
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("oauth-client"), "{}", r.err);
    // A name a profile cannot have is made into one, and said.
    assert!(r.err.contains("import (context `Bot Client`)"), "{}", r.err);

    let key = show(&cfg, "cloud-key");
    assert_eq!(key["server"], "https://tenant.us.qlikcloud.com");
    assert_eq!(key["kind"], "api-key");
    assert_eq!(key["comment"], "US tenant");
    assert_eq!(key["default"], true);
    let bot = show(&cfg, "Bot-Client");
    assert_eq!(bot["kind"], "oauth-client");
    assert_eq!(bot["client_id"], CLIENT_ID);
    assert_eq!(bot["insecure"], true);
    let credentials = std::fs::read_to_string(cfg.join("credentials.toml")).unwrap();
    assert!(credentials.contains(KEY) && credentials.contains(SECRET));
}

#[test]
fn clashes_are_skipped_by_default_and_renamed_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    support::add_profile(
        &cfg,
        "cloud-key",
        "https://mine.eu.qlikcloud.com",
        "my-own-key-123",
    );
    let file = write(dir.path(), &newer_shape());
    let from = file.to_str().unwrap();

    let r = run(
        &cfg,
        &["profile", "import", "--from", from, "--yes"],
        None,
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("skip: a profile has this name"), "{}", r.err);
    assert!(r.err.contains("1 context skipped"), "{}", r.err);
    assert!(
        r.err.contains("Imported 1 profile: `Bot-Client`."),
        "{}",
        r.err
    );
    let mine = show(&cfg, "cloud-key");
    assert_eq!(mine["server"], "https://mine.eu.qlikcloud.com");
    // A default was set already: the file's current-context does not replace it.
    assert_eq!(mine["default"], true);
    assert!(!r.err.contains("Default profile is now"), "{}", r.err);

    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            from,
            "--yes",
            "--on-clash",
            "rename",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err
            .contains("`cloud-key-imported`, `Bot-Client-imported`"),
        "{}",
        r.err
    );
    assert_eq!(
        show(&cfg, "cloud-key-imported")["server"],
        "https://tenant.us.qlikcloud.com"
    );
    assert_eq!(
        show(&cfg, "cloud-key")["server"],
        "https://mine.eu.qlikcloud.com"
    );
}

#[test]
fn without_yes_and_without_a_terminal_nothing_is_written_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let file = write(dir.path(), &newer_shape());
    let r = run(
        &cfg,
        &["profile", "import", "--from", file.to_str().unwrap()],
        Some(b"y\n"),
        "",
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err.starts_with(
            "error: refusing to import 2 profiles without confirmation: not on a terminal\n\
             hint: add --yes"
        ),
        "{}",
        r.err
    );
    assert!(!cfg.join("config.toml").exists());
}

#[test]
fn dry_run_shows_the_plan_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let file = write(dir.path(), &newer_shape());
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            file.to_str().unwrap(),
            "--dry-run",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("cloud-key"), "{}", r.err);
    assert!(
        r.err
            .contains("Dry run: 2 profiles would be imported; nothing was written."),
        "{}",
        r.err
    );
    assert!(!cfg.join("config.toml").exists());
    assert!(!cfg.join("credentials.toml").exists());
}

#[test]
fn on_a_terminal_the_import_is_confirmed_first() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    let file = write(dir.path(), &newer_shape());
    let from = file.to_str().unwrap();
    let args = ["profile", "import", "--from", from];
    let Some(screen) = support::pty::Terminal::new(&cfg, &args).input("n\n").run() else {
        return;
    };
    assert_eq!(screen.code, 2, "{}", screen.text);
    assert!(screen.text.contains("[y/N]"), "{}", screen.text);
    assert!(
        screen.text.contains("Nothing was imported."),
        "{}",
        screen.text
    );
    assert!(!cfg.join("config.toml").exists());

    let screen = support::pty::Terminal::new(&cfg, &args)
        .input("y\n")
        .run()
        .unwrap();
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(!screen.text.contains(KEY) && !screen.text.contains(SECRET));
    assert!(
        screen.text.contains("Imported 2 profiles"),
        "{}",
        screen.text
    );
    assert!(cfg.join("config.toml").exists());
}

#[test]
fn contexts_that_cannot_be_imported_are_reported_and_skipped_exit_6() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    // A key with a control character (BEL) in it, in YAML's double-quoted escape.
    let file = write(
        dir.path(),
        &format!(
            "contexts:\n  \
               good:\n    \
                 server: https://good.eu.qlikcloud.com\n    \
                 api-key: {KEY}\n  \
               no-server:\n    \
                 comment: forgot it\n  \
               not-a-url:\n    \
                 server: \"https://exa mple.com\"\n  \
               bell:\n    \
                 server: https://b.eu.qlikcloud.com\n    \
                 headers:\n      \
                   Authorization: \"Bearer {KEY}\\a\"\n  \
               qseow:\n    \
                 server: https://qseow.example.com/jwt\n    \
                 server-type: windows\n  \
               secret-in-url:\n    \
                 server: https://me:{SECRET}@s.eu.qlikcloud.com/?apikey={KEY}\n"
        ),
    );
    let from = file.to_str().unwrap();
    let r = run(
        &cfg,
        &["profile", "import", "--from", from, "--yes"],
        None,
        "",
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert!(r.err.contains("skip: no server"), "{}", r.err);
    assert!(r.err.contains("not-a-url"), "{}", r.err);
    assert!(r.err.contains("skip: API key:"), "{}", r.err);
    assert!(
        r.err
            .contains("skip: server-type `windows` is not Qlik Cloud"),
        "{}",
        r.err
    );
    // A URL with a password or a query in it is named without them (`run` checks no key shows).
    assert!(
        r.err.contains("https://****@s.eu.qlikcloud.com/?****"),
        "{}",
        r.err
    );
    assert!(r.err.contains("5 contexts skipped"), "{}", r.err);
    assert!(r.err.contains("Imported 1 profile: `good`."), "{}", r.err);
    assert!(!r.err.chars().any(|c| c == '\u{7}'), "{}", r.err);

    // When none can be imported: exit 1.
    let file = write(dir.path(), "contexts:\n  lone:\n    comment: no server\n");
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(r.err.contains("Nothing to import."), "{}", r.err);
}

#[test]
fn a_file_that_is_not_a_contexts_file_is_refused_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    for (text, expected) in [
        ("contexts: [\n", "is not a contexts file: YAML:"),
        ("- a\n- b\n", "is not a contexts file: it is not a mapping"),
        ("contexts: 3\n", "`contexts` is not a mapping of names"),
        // Some other YAML file: not taken for an empty contexts file (exit 0).
        ("foo: bar\n", "is not a contexts file: no `contexts`"),
    ] {
        let file = write(dir.path(), text);
        let r = run(
            &cfg,
            &[
                "profile",
                "import",
                "--from",
                file.to_str().unwrap(),
                "--yes",
            ],
            None,
            "",
        );
        assert_eq!(r.code, 2, "{text}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert!(r.err.contains(expected), "{text}: {}", r.err);
        assert!(
            r.err.contains("hint: qlik-cli keeps its contexts in"),
            "{}",
            r.err
        );
    }
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            dir.path().to_str().unwrap(),
            "--yes",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("is not a regular file"), "{}", r.err);
    assert!(!cfg.join("config.toml").exists());
    // An empty file, or one with no contexts in it, is nothing to import: exit 0.
    for text in ["", "contexts: {}\n", "current-context: \"\"\n"] {
        let file = write(dir.path(), text);
        let r = run(
            &cfg,
            &[
                "profile",
                "import",
                "--from",
                file.to_str().unwrap(),
                "--yes",
            ],
            None,
            "",
        );
        assert_eq!(r.code, 0, "{text:?}: {}", r.err);
        assert!(r.err.contains("nothing to import"), "{text:?}: {}", r.err);
    }
}

#[test]
fn the_default_file_is_in_the_home_directory() {
    let home = tempfile::tempdir().unwrap();
    let cfg = home.path().join("cfg");
    let home_str = home.path().to_str().unwrap();
    let r = support::run_in(
        &cfg,
        &[("HOME", home_str)],
        &["profile", "import", "--yes"],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("no contexts file at"), "{}", r.err);
    assert!(r.err.contains(".qlik/contexts.yml"), "{}", r.err);

    std::fs::create_dir(home.path().join(".qlik")).unwrap();
    std::fs::write(home.path().join(".qlik/contexts.yml"), newer_shape()).unwrap();
    let r = support::run_in(
        &cfg,
        &[("HOME", home_str)],
        &["profile", "import", "--yes"],
        None,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(!r.err.contains(KEY) && !r.err.contains(SECRET));
    assert!(r.err.contains("Imported 2 profiles"), "{}", r.err);
}

#[test]
fn text_from_the_file_reaches_the_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    // YAML double-quoted escapes: ESC and BEL in a name, a server, a comment and a header name.
    let file = write(
        dir.path(),
        &format!(
            "contexts:\n  \
               \"evil\\e]0;title\\a\":\n    \
                 server: \"https://t\\e[2J.example.com\"\n  \
               fine:\n    \
                 server: https://fine.eu.qlikcloud.com\n    \
                 comment: \"red \\e[31m text\"\n    \
                 headers:\n      \
                   \"X-\\e[1mBold\": value\n      \
                   Authorization: Bearer {KEY}\n"
        ),
    );
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert_eq!(support::raw_unsafe(&r.err), Vec::<char>::new(), "{}", r.err);
    assert!(r.err.contains("its comment is not kept"), "{}", r.err);
    assert!(r.err.contains("Imported 1 profile: `fine`."), "{}", r.err);
    assert_eq!(show(&cfg, "fine")["comment"], serde_json::Value::Null);
}

/// A key left in credentials.toml under a name with no profile is not taken over by the
/// profile an import creates under that name without a credential (the key may be another
/// server's): the profile has none, and the run says it needs one.
#[test]
fn an_imported_profile_does_not_take_over_a_leftover_key() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("cfg");
    std::fs::create_dir_all(&cfg).unwrap();
    let leftover = "leftover-key-0f3a9d";
    let creds = cfg.join("credentials.toml");
    std::fs::write(&creds, format!("[profiles.a]\napi_key = \"{leftover}\"\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let file = write(
        dir.path(),
        "contexts:\n  a:\n    server: https://other.eu.qlikcloud.com\n",
    );
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            file.to_str().unwrap(),
            "--yes",
        ],
        None,
        leftover,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("needs one before use"), "{}", r.err);
    let shown = show(&cfg, "a");
    assert!(
        shown["kind"].is_null() && shown["api_key"].is_null(),
        "{shown}"
    );
    let creds = std::fs::read_to_string(&creds).unwrap();
    assert!(!creds.contains(leftover), "{creds}");
}

/// Two contexts whose names make the same profile name (`x y` and `x-y`): the second is not
/// reported as clashing with a profile that does not exist. Skipped, it is a context that
/// cannot be imported (exit 6, with the reason); with `--on-clash rename` both are imported.
#[test]
fn contexts_that_make_the_same_profile_name_are_told_apart() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "contexts:\n  \"x y\":\n    server: https://a.eu.qlikcloud.com\n  \
         x-y:\n    server: https://b.eu.qlikcloud.com\n",
    );
    let from = file.to_str().unwrap();
    let cfg = dir.path().join("skip");
    let r = run(
        &cfg,
        &["profile", "import", "--from", from, "--yes"],
        None,
        "",
    );
    assert_eq!(r.code, 6, "{}", r.err);
    assert!(
        r.err.contains("is another context's in this file"),
        "{}",
        r.err
    );
    assert!(!r.err.contains("a profile has that name"), "{}", r.err);
    assert!(r.err.contains("Imported 1 profile: `x-y`."), "{}", r.err);
    let cfg = dir.path().join("rename");
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            from,
            "--yes",
            "--on-clash",
            "rename",
        ],
        None,
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err
            .contains("Imported 2 profiles: `x-y`, `x-y-imported`."),
        "{}",
        r.err
    );
    assert_eq!(
        show(&cfg, "x-y-imported")["server"],
        "https://b.eu.qlikcloud.com"
    );
}

/// The contexts file may be a pipe, as `--from <(ssh host cat ~/.qlik/contexts.yml)` gives:
/// read as a file is (it was refused as not a regular file).
#[cfg(unix)]
#[test]
fn a_pipe_is_read_as_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("contexts.fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        assert!(std::env::var_os("CI").is_none(), "mkfifo is needed");
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(
                fifo,
                "contexts:\n  piped:\n    server: https://p.eu.qlikcloud.com\n",
            )
            .unwrap();
        })
    };
    let cfg = dir.path().join("cfg");
    let r = run(
        &cfg,
        &[
            "profile",
            "import",
            "--from",
            fifo.to_str().unwrap(),
            "--yes",
        ],
        None,
        "",
    );
    writer.join().unwrap();
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("Imported 1 profile: `piped`."), "{}", r.err);
}
