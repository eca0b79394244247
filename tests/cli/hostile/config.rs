//! Profiles are never lost: concurrent writers, special files, a lock held by a hung process;
//! and an API key typed as an argument is never echoed by a parse error.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[allow(unused_imports)]
use super::support;

/// Longest any one `qlik` here may take before it counts as hung (and is killed).
const BOUND: Duration = Duration::from_secs(60);

struct Out {
    code: i32,
    out: String,
    err: String,
}

/// `qlik ARGS` with a cleared environment, the config directory `dir` and `vars`, started with
/// `stdin` piped in.
fn spawn(dir: &Path, vars: &[(&str, &str)], args: &[&str], stdin: Option<&str>) -> Child {
    let mut cmd = support::qlik_process(vars);
    cmd.env("QLIK_CONFIG_DIR", dir)
        .args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        // A process that fails before reading its input closes the pipe: not an error here.
        let mut pipe = child.stdin.take().unwrap();
        let _ = pipe.write_all(text.as_bytes());
    }
    child
}

/// Waits for `child` up to `bound`; past it, kills it and fails the test.
fn finish(mut child: Child, bound: Duration, what: &str) -> Out {
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > bound {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {bound:?}, killed");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut out = String::new();
    let mut err = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("panicked"), "{what}: {err}");
    Out {
        code: status.code().unwrap_or(-1),
        out,
        err,
    }
}

fn run(dir: &Path, vars: &[(&str, &str)], args: &[&str], stdin: Option<&str>) -> Out {
    finish(
        spawn(dir, vars, args, stdin),
        BOUND,
        &format!("qlik {args:?}"),
    )
}

fn add_args(name: &str, server: &str) -> Vec<String> {
    [
        "profile",
        "add",
        name,
        "--server",
        server,
        "--api-key-stdin",
        "--no-verify",
    ]
    .map(String::from)
    .to_vec()
}

fn key_of(name: &str, version: u32) -> String {
    format!("key-{name}-v{version}-0123456789")
}

/// Runs every command at once, each in its own process; every one must exit 0.
fn all_at_once(dir: &Path, commands: &[(Vec<String>, Option<String>)]) {
    let children: Vec<_> = commands
        .iter()
        .map(|(args, stdin)| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            (args.clone(), spawn(dir, &[], &args, stdin.as_deref()))
        })
        .collect();
    for (args, child) in children {
        let r = finish(child, BOUND, &format!("{args:?}"));
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
    }
}

/// Both files as tables: (default profile, profile -> server, profile -> key). Fails unless
/// they agree: every profile has its key and every key its profile.
fn profiles(
    dir: &Path,
) -> (
    Option<String>,
    BTreeMap<String, String>,
    BTreeMap<String, String>,
) {
    let read = |name: &str| -> toml::Table {
        std::fs::read_to_string(dir.join(name))
            .map(|t| t.parse().unwrap())
            .unwrap_or_default()
    };
    let config = read("config.toml");
    let credentials = read("credentials.toml");
    let table = |doc: &toml::Table, field: &str| -> BTreeMap<String, String> {
        doc.get("profiles")
            .and_then(|p| p.as_table())
            .map(|p| {
                p.iter()
                    .map(|(name, t)| (name.clone(), t[field].as_str().unwrap().to_string()))
                    .collect()
            })
            .unwrap_or_default()
    };
    let servers = table(&config, "server");
    let keys = table(&credentials, "api_key");
    assert_eq!(
        servers.keys().collect::<Vec<_>>(),
        keys.keys().collect::<Vec<_>>(),
        "config.toml and credentials.toml disagree"
    );
    let default = config
        .get("default_profile")
        .and_then(|d| d.as_str())
        .map(String::from);
    (default, servers, keys)
}

#[test]
fn eight_concurrent_adds_four_rounds_lose_no_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut expected = BTreeMap::new();
    for round in 0..4 {
        let commands: Vec<_> = (0..8)
            .map(|i| {
                let name = format!("r{round}-p{i}");
                let server = format!("https://t{round}{i}.example.com");
                expected.insert(name.clone(), (server.clone(), key_of(&name, 1)));
                (add_args(&name, &server), Some(key_of(&name, 1)))
            })
            .collect();
        all_at_once(dir.path(), &commands);
    }
    let (default, servers, keys) = profiles(dir.path());
    assert_eq!(servers.len(), 32, "{:?}", servers.keys());
    for (name, (server, key)) in &expected {
        assert_eq!(servers.get(name), Some(server), "{name}");
        assert_eq!(keys.get(name), Some(key), "{name}");
    }
    assert!(servers.contains_key(&default.unwrap()));
    // `profile ls` sees all of them.
    let r = run(dir.path(), &[], &["profile", "ls", "--json"], None);
    assert_eq!(r.code, 0, "{}", r.err);
    let list: serde_json::Value = serde_json::from_str(&r.out).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 32);
}

#[test]
fn concurrent_add_rm_use_and_replace_keep_the_files_in_step() {
    let dir = tempfile::tempdir().unwrap();
    // Stable profiles s0..s7 (s0 the default) and removable ones x0..x7.
    let mut setup = Vec::new();
    for i in 0..8 {
        for prefix in ["s", "x"] {
            let name = format!("{prefix}{i}");
            setup.push((
                add_args(&name, &format!("https://{name}.example.com")),
                Some(key_of(&name, 1)),
            ));
        }
    }
    for (args, key) in &setup {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = run(dir.path(), &[], &args, key.as_deref());
        assert_eq!(r.code, 0, "{}", r.err);
    }
    assert_eq!(profiles(dir.path()).0.as_deref(), Some("s0"));

    for round in 0..2 {
        let mut commands = Vec::new();
        for i in 0..8 {
            let new = format!("n{round}-{i}");
            commands.push((
                add_args(&new, &format!("https://{new}.example.com")),
                Some(key_of(&new, 1)),
            ));
            if round == 0 {
                commands.push((vec!["profile".into(), "rm".into(), format!("x{i}")], None));
            }
            commands.push((vec!["profile".into(), "use".into(), format!("s{i}")], None));
            let mut replace = add_args(&format!("s{i}"), &format!("https://s{i}-new.example.com"));
            replace.push("--force".into());
            commands.push((replace, Some(key_of(&format!("s{i}"), 2 + round))));
        }
        all_at_once(dir.path(), &commands);
    }

    let (default, servers, keys) = profiles(dir.path());
    let mut expected: Vec<String> = (0..8).map(|i| format!("s{i}")).collect();
    for round in 0..2 {
        expected.extend((0..8).map(|i| format!("n{round}-{i}")));
    }
    expected.sort();
    assert_eq!(servers.keys().cloned().collect::<Vec<_>>(), expected);
    for i in 0..8 {
        let name = format!("s{i}");
        assert_eq!(servers[&name], format!("https://s{i}-new.example.com"));
        assert_eq!(keys[&name], key_of(&name, 3), "the last replacement wins");
    }
    let default = default.unwrap();
    assert!(default.starts_with('s'), "{default}");
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_at_a_profile_file_is_an_error_not_a_hang() {
    // Kill after a bound: a hang fails the test instead of stalling it.
    let bound = Duration::from_secs(10);
    for name in ["credentials.toml", "config.toml", ".lock"] {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join(name);
        mkfifo(&fifo);
        let mut cases: Vec<(Vec<&str>, Option<&str>)> = vec![
            (
                vec![
                    "profile",
                    "add",
                    "p",
                    "--server",
                    "https://p.example.com",
                    "--api-key-stdin",
                    "--no-verify",
                ],
                Some("key-0123456789"),
            ),
            (vec!["profile", "rm", "p"], None),
            (vec!["profile", "use", "p"], None),
            (vec!["profile", "ls"], None),
            (vec!["profile", "show", "p"], None),
            (vec!["item", "ls", "--profile", "p"], None),
        ];
        if name != ".lock" {
            cases.push((vec!["item", "ls"], None));
        }
        for (args, stdin) in cases {
            let what = format!("{name}: {args:?}");
            let r = finish(spawn(dir.path(), &[], &args, stdin), bound, &what);
            assert_eq!(r.code, 1, "{what}: {}", r.err);
            let first = r.err.lines().next().unwrap_or_default();
            assert_eq!(
                first,
                format!(
                    "error: {}: not a regular file (it is a FIFO)",
                    fifo.display()
                ),
                "{what}"
            );
            assert_eq!(r.out, "", "{what}");
        }
        // Still a FIFO: nothing replaced it.
        use std::os::unix::fs::FileTypeExt;
        let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
        assert!(kind.is_fifo(), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn a_config_dir_that_is_a_file_or_a_link_to_a_device_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "").unwrap();
    for args in [
        &[
            "profile",
            "add",
            "p",
            "-s",
            "p.example.com",
            "--api-key-stdin",
            "--no-verify",
        ][..],
        &["profile", "ls"][..],
    ] {
        let r = run(&file, &[], args, Some("key-0123456789"));
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert_eq!(
            r.err.lines().next().unwrap(),
            format!(
                "error: {}: the config directory is not a directory",
                file.display()
            )
        );
    }
    // credentials.toml linked to a device: refused, and the device is not replaced.
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("credentials.toml")).unwrap();
    let r = run(
        dir.path(),
        &[],
        &[
            "profile",
            "add",
            "p",
            "-s",
            "p.example.com",
            "--api-key-stdin",
            "--no-verify",
        ],
        Some("key-0123456789"),
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: /dev/zero: not a regular file (it is a device)")
            || r.err
                .contains("credentials.toml: not a regular file (it is a device)"),
        "{}",
        r.err
    );
    assert!(std::fs::symlink_metadata("/dev/zero").is_ok());
}

#[cfg(unix)]
#[test]
fn symlinked_profile_files_keep_working() {
    let dir = tempfile::tempdir().unwrap();
    let real = tempfile::tempdir().unwrap();
    for name in ["config.toml", "credentials.toml"] {
        std::fs::write(real.path().join(name), "").unwrap();
        std::os::unix::fs::symlink(real.path().join(name), dir.path().join(name)).unwrap();
    }
    let commands: Vec<_> = (0..4)
        .map(|i| {
            let name = format!("l{i}");
            (
                add_args(&name, &format!("https://{name}.example.com")),
                Some(key_of(&name, 1)),
            )
        })
        .collect();
    all_at_once(dir.path(), &commands);
    let r = run(dir.path(), &[], &["profile", "rm", "l3"], None);
    assert_eq!(r.code, 0, "{}", r.err);
    let (_, servers, _) = profiles(dir.path());
    assert_eq!(servers.keys().collect::<Vec<_>>(), ["l0", "l1", "l2"]);
    for name in ["config.toml", "credentials.toml"] {
        let meta = std::fs::symlink_metadata(dir.path().join(name)).unwrap();
        assert!(meta.file_type().is_symlink(), "{name} is no longer a link");
    }
    let creds = std::fs::read_to_string(real.path().join("credentials.toml")).unwrap();
    assert!(creds.contains(&key_of("l0", 1)), "{creds}");
}

/// Holds `dir/.lock` the way another `qlik` would.
fn hold_lock(dir: &Path) -> std::fs::File {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(dir.join(".lock"))
        .unwrap();
    file.lock().unwrap();
    file
}

#[test]
fn a_held_lock_is_waited_for_then_the_change_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let lock = hold_lock(dir.path());
    let child = spawn(
        dir.path(),
        &[],
        &[
            "profile",
            "add",
            "p",
            "--server",
            "https://p.example.com",
            "--api-key-stdin",
            "--no-verify",
        ],
        Some("key-0123456789"),
    );
    // Hold the lock for a moment: the writer must not get past it meanwhile.
    let mut child = child;
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "profile add did not wait for the lock"
    );
    assert!(!dir.path().join("config.toml").exists());
    drop(lock);
    let r = finish(child, BOUND, "profile add after the lock is released");
    assert_eq!(r.code, 0, "{}", r.err);
    let (default, servers, keys) = profiles(dir.path());
    assert_eq!(default.as_deref(), Some("p"));
    assert_eq!(servers["p"], "https://p.example.com");
    assert_eq!(keys["p"], "key-0123456789");
}

#[test]
fn a_lock_held_past_the_bound_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[],
        &[
            "profile",
            "add",
            "a",
            "-s",
            "a.example.com",
            "--api-key-stdin",
            "--no-verify",
        ],
        Some("key-0123456789"),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let before = std::fs::read(dir.path().join("config.toml")).unwrap();
    let _lock = hold_lock(dir.path());
    let lock_path = dir.path().join(".lock");
    for args in [
        &[
            "profile",
            "add",
            "p",
            "-s",
            "p.example.com",
            "--api-key-stdin",
            "--no-verify",
        ][..],
        &["profile", "rm", "a"][..],
        &["profile", "use", "a"][..],
        &["profile", "ls"][..],
    ] {
        let start = Instant::now();
        let r = run(
            dir.path(),
            &[("QLIK_CONFIG_LOCK_TIMEOUT", "0.3")],
            args,
            Some("key-0123456789"),
        );
        let took = start.elapsed();
        assert_eq!(r.code, 1, "{args:?}: {}", r.err);
        assert!(
            r.err.starts_with(&format!(
                "error: {}: another qlik process is changing the profiles; gave up after \
                 waiting 0.3 s for its lock",
                lock_path.display()
            )),
            "{args:?}: {}",
            r.err
        );
        assert!(r.err.contains("\nhint: "), "{}", r.err);
        assert!(took >= Duration::from_millis(300), "{args:?}: {took:?}");
        assert!(took < Duration::from_secs(20), "{args:?}: {took:?}");
    }
    assert_eq!(
        std::fs::read(dir.path().join("config.toml")).unwrap(),
        before
    );
    // A bad timeout is a usage error.
    let r = run(
        dir.path(),
        &[("QLIK_CONFIG_LOCK_TIMEOUT", "soon")],
        &["profile", "ls"],
        None,
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err.starts_with("error: QLIK_CONFIG_LOCK_TIMEOUT"),
        "{}",
        r.err
    );
}

#[test]
fn a_key_typed_as_an_argument_is_never_echoed() {
    // As long as a real key (a JWT): longer than any profile name.
    const KEY: &str = "eyJhbGciOiJFUzM4NCIsImtpZCI6IjAxMjM0NTY3ODkifQ.SENTINEL-KEY-7f3a9c.c2lnbmF0dXJlMDEyMzQ1Njc4OQ";
    let dir = tempfile::tempdir().unwrap();
    let r = run(
        dir.path(),
        &[],
        &[
            "profile",
            "add",
            "a",
            "-s",
            "a.example.com",
            "--api-key-stdin",
            "--no-verify",
        ],
        Some("key-0123456789"),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let files = |dir: &Path| {
        ["config.toml", "credentials.toml"].map(|f| std::fs::read(dir.join(f)).unwrap())
    };
    let before = files(dir.path());
    let server = "https://x.example.com";
    let cases: Vec<Vec<&str>> = vec![
        vec!["profile", "add", "p", "--server", server, KEY],
        vec!["profile", "add", "p", "--server", server, "--", KEY],
        vec!["profile", "add", "p", KEY, "--server", server],
        vec![
            "context",
            "create",
            "p",
            "-s",
            server,
            "--api-key-stdin",
            "--no-verify",
            KEY,
        ],
        vec![
            "profile",
            "add",
            "p",
            "-s",
            server,
            "--tier1-per-minute",
            KEY,
        ],
        vec![
            "profile",
            "add",
            "p",
            "-s",
            server,
            "--tier2-per-minute",
            KEY,
        ],
        vec!["profile", "add", "p", "-s", server, "-o", KEY],
        vec!["profile", "add", KEY, "-s", server, "--api-key-stdin"],
        vec!["profile", "use", "a", KEY],
        vec!["profile", "rm", "a", KEY],
        vec!["profile", "show", "a", KEY],
        vec!["profile", "ls", KEY],
        vec!["profile", KEY],
        vec![KEY],
        vec!["item", "ls", KEY],
        vec!["item", "ls", "--retry", KEY],
        vec!["item", "ls", "--timeout", KEY],
        vec!["item", "ls", "--profile", KEY],
        vec!["--profile", KEY, "item", "get", "x"],
    ];
    for args in cases {
        let r = run(dir.path(), &[], &args, Some("key-0123456789"));
        assert!(
            !r.out.contains("SENTINEL") && !r.err.contains("SENTINEL"),
            "{args:?} echoed the key:\n{}{}",
            r.out,
            r.err
        );
        assert!(matches!(r.code, 2), "{args:?}: {} {}", r.code, r.err);
        assert!(r.err.starts_with("error: "), "{args:?}: {}", r.err);
        assert!(
            r.err.lines().skip(1).all(|l| l.starts_with("hint: ")),
            "{args:?}: {}",
            r.err
        );
    }
    assert_eq!(files(dir.path()), before, "nothing was written");

    // The stray key after `profile add` gets a hint on where keys go.
    let r = run(
        dir.path(),
        &[],
        &["profile", "add", "p", "--server", server, KEY],
        None,
    );
    assert_eq!(
        r.err.lines().next(),
        Some("error: unexpected argument (not shown: it may be a secret)")
    );
    assert!(r.err.contains("--api-key-stdin"), "{}", r.err);

    // A mistyped command that is a plain word is named; one that could be a key is not.
    let r = run(dir.path(), &[], &["item", "lst"], None);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.err.lines().next(),
        Some("error: unrecognized subcommand 'lst'"),
        "{}",
        r.err
    );
    assert!(
        r.err.contains("hint: a similar subcommand exists: 'ls'"),
        "{}",
        r.err
    );
    let r = run(dir.path(), &[], &["context", "init"], None);
    assert_eq!(
        r.err.lines().collect::<Vec<_>>()[..2],
        [
            "error: unrecognized subcommand 'init'",
            "hint: qlik-cli's `context init` is `qlik context create NAME --server URL` here: it asks for the API key on a terminal"
        ],
        "{}",
        r.err
    );

    // Errors that echo nothing secret keep clap's wording.
    let r = run(dir.path(), &[], &["item", "ls", "--retry", "11"], None);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.err,
        "error: --retry must be a whole number from 0 to 10, not `11`\n"
    );
    let r = run(dir.path(), &[], &["item", "ls", "--api-key=x"], None);
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .starts_with("error: unexpected argument '--api-key' found"),
        "{}",
        r.err
    );
}
