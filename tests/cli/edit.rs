//! `qlik item edit ID` end to end: the real binary against the emulator (or the scripted
//! mock), with an editor that is a shell script written by the test. Each run counts its
//! opens and keeps a copy of the file it was given (`seen1`, `seen2`, …).

use crate::support;

use std::path::PathBuf;

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::{Value, json};
use support::{Mock, Reply, Run, json};

/// A test's directory: the config directory, TMPDIR (where the edited file goes), and the
/// editor's records.
struct Bench {
    dir: tempfile::TempDir,
}

impl Bench {
    fn new() -> Bench {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("tmp")).unwrap();
        std::fs::create_dir(dir.path().join("config")).unwrap();
        Bench { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// An editor script: counts its runs in `count`, copies the file it gets to `seenN`, its
    /// arguments to `argsN`, the file's and its directory's modes to `modeN`, then runs
    /// `body` (`$n` is the run, `$1` the file; `$f` the file, whatever the arguments).
    fn editor(&self, body: &str) -> String {
        let d = self.dir.path().display();
        let script = format!(
            "#!/bin/sh\n\
             for f; do :; done\n\
             n=$(cat '{d}/count' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{d}/count'\n\
             cp \"$f\" '{d}/seen'$n\n\
             printf '%s\\n' \"$@\" > '{d}/args'$n\n\
             (stat -c %a \"$f\"; stat -c %a \"$(dirname \"$f\")\") > '{d}/mode'$n 2>/dev/null\n\
             {body}\n"
        );
        let path = self.path("editor.sh");
        std::fs::write(&path, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        path.display().to_string()
    }

    fn count(&self) -> usize {
        std::fs::read_to_string(self.path("count"))
            .map(|s| s.trim().parse().unwrap())
            .unwrap_or(0)
    }

    fn seen(&self, n: usize) -> String {
        std::fs::read_to_string(self.path(&format!("seen{n}"))).unwrap()
    }

    /// The one file kept: in the one directory left in TMPDIR.
    fn kept(&self) -> PathBuf {
        let left = self.left();
        assert_eq!(left.len(), 1, "{left:?}");
        std::fs::read_dir(&left[0])
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
    }

    /// The files left in TMPDIR.
    fn left(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.path("tmp"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    }

    /// `qlik ARGS` against `url` with EDITOR (or the given variables) and TMPDIR set.
    fn run(&self, url: &str, key: &str, vars: &[(&str, &str)], args: &[&str]) -> Run {
        let tmp = self.path("tmp").display().to_string();
        let mut all = vec![
            ("QLIK_SERVER", url),
            ("QLIK_API_KEY", key),
            ("TMPDIR", tmp.as_str()),
        ];
        all.extend_from_slice(vars);
        let run = support::run_in(&self.path("config"), &all, args, None);
        assert!(
            !run.out.contains(key) && !run.err.contains(key),
            "the key leaked: {}\n{}",
            run.out,
            run.err
        );
        run
    }

    fn edit(&self, server: &BackgroundServer, editor: &str, args: &[&str]) -> Run {
        self.run(
            server.base_url(),
            server.api_key(),
            &[("EDITOR", editor)],
            args,
        )
    }
}

/// The key given to the mock.
const KEY: &str = "mock-key-5d2e81";

fn emulator() -> BackgroundServer {
    support::emulator(3, Faults::default())
}

fn methods(server: &BackgroundServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .map(|r| format!("{} {}", r.method, r.path_and_query))
        .collect()
}

/// Rewrites the file with sed (portably: no `sed -i`).
fn sed(expr: &str) -> String {
    format!("sed '{expr}' \"$f\" > \"$f.new\" && cat \"$f.new\" > \"$f\" && rm \"$f.new\"")
}

#[test]
fn a_changed_name_is_sent_alone_with_the_type_and_shows_in_get() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let before = server.item(&id).unwrap();
    let b = Bench::new();
    let ed = b.editor(&sed("s/^name: .*$/name: Edited by sed/"));
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!(r.code, 0, "{}", r.err);
    // Piped: the updated item, as update prints it.
    assert_eq!(json(&r.out)["name"], json!("Edited by sed"));
    assert_eq!(
        methods(&server),
        [
            format!("GET /api/v1/items/{id}"),
            format!("PUT /api/v1/items/{id}")
        ]
    );
    let after = server.item(&id).unwrap();
    assert_eq!(after["name"], json!("Edited by sed"));
    for same in [
        "description",
        "spaceId",
        "resourceId",
        "resourceCustomAttributes",
    ] {
        assert_eq!(after[same], before[same], "{same}");
    }
    let got = support::ok(&server, &["item", "get", &id, "--jq", ".name"]);
    assert_eq!(got, "Edited by sed\n");

    // The file: YAML under a header that says what is editable and how to cancel; 0600 in a
    // private directory, removed afterwards.
    let seen = b.seen(1);
    assert!(seen.starts_with(&format!("# Editing item {id}.")), "{seen}");
    assert!(
        seen.contains("# Editable: name, description, spaceId"),
        "{seen}"
    );
    assert!(seen.contains("To cancel, empty the file"), "{seen}");
    assert!(seen.contains("\nresourceType: "), "{seen}");
    assert!(
        !seen.contains("\nid: ") && !seen.contains("createdAt"),
        "{seen}"
    );
    let modes = std::fs::read_to_string(b.path("mode1")).unwrap();
    if !modes.is_empty() {
        assert_eq!(modes, "600\n700\n");
    }
    assert!(b.left().is_empty(), "{:?}", b.left());
}

#[test]
fn the_body_sent_is_only_what_changed() {
    let item = json!({"id": "item-1", "name": "Old", "description": "d", "resourceType": "app",
                      "resourceId": "r1", "resourceAttributes": {"a": 1}, "createdAt": "2024-01-01T00:00:00Z"});
    let answer = item.clone();
    let mock = Mock::start(move |_, _| Reply::json(200, &answer));
    let b = Bench::new();
    let ed = b.editor(&sed("s/^description: .*$/description: New text/"));
    let r = b.run(
        &mock.url,
        KEY,
        &[("EDITOR", &ed)],
        &["item", "edit", "item-1", "-q"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.out, "item-1\n");
    let seen = mock.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].line(), "PUT /api/v1/items/item-1");
    let body: Value = serde_json::from_slice(&seen[1].body).unwrap();
    assert_eq!(
        body,
        json!({"description": "New text", "resourceType": "app"})
    );

    // --raw: the answer to the PUT as received; -o yaml: as update prints it.
    let odd = "{\"id\" : \"item-1\",\"name\":\"Old\",  \"resourceType\":\"app\"}";
    let mock = Mock::start(move |_, r| {
        if r.method == "GET" {
            Reply::json(200, &item)
        } else {
            Reply::body(200, odd)
        }
    });
    let r = b.run(
        &mock.url,
        KEY,
        &[("EDITOR", &ed)],
        &["item", "edit", "item-1", "--raw"],
    );
    assert_eq!((r.code, r.out), (0, format!("{odd}\n")), "{}", r.err);
    let r = b.run(
        &mock.url,
        KEY,
        &[("EDITOR", &ed)],
        &["item", "edit", "item-1", "-o", "yaml"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.out.starts_with("id: item-1\nname: Old\n"), "{}", r.out);
}

#[test]
fn nothing_changed_sends_nothing() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    for (editor, format) in [(b.editor("true"), "yaml"), ("true".to_string(), "json")] {
        let r = b.edit(&server, &editor, &["item", "edit", &id, "--format", format]);
        assert_eq!(r.code, 0, "{}", r.err);
        assert_eq!(r.out, "");
        assert_eq!(r.err, "No changes.\n");
    }
    assert_eq!(methods(&server), vec![format!("GET /api/v1/items/{id}"); 2]);
    assert!(b.left().is_empty(), "{:?}", b.left());
}

#[test]
fn an_emptied_file_cancels_and_a_failing_editor_sends_nothing() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    let ed = b.editor(": > \"$f\"");
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!((r.code, r.out.as_str()), (0, ""), "{}", r.err);
    assert_eq!(r.err, "Edit cancelled.\n");
    // Comments alone are empty too.
    let ed = b.editor("printf '# nothing\\n\\n' > \"$f\"");
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!((r.code, r.err.as_str()), (0, "Edit cancelled.\n"));

    // An editor that fails (vi's :cq) sends nothing, whatever it wrote: exit 1.
    let ed = b.editor(&format!("{}\nexit 3", sed("s/^name: .*$/name: Not sent/")));
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!(r.code, 1, "{}", r.err);
    assert_eq!(r.out, "");
    assert!(
        r.err.starts_with("error: the editor `") && r.err.contains("exited with status 3"),
        "{}",
        r.err
    );
    assert!(r.err.contains("nothing was sent"), "{}", r.err);
    // An editor that cannot be run.
    let r = b.edit(
        &server,
        "no-such-editor-here --wait",
        &["item", "edit", &id],
    );
    assert_eq!(r.code, 1, "{}", r.err);
    assert!(
        r.err
            .contains("cannot run the editor `no-such-editor-here --wait` (from EDITOR)"),
        "{}",
        r.err
    );
    assert!(r.err.contains("hint: set VISUAL or EDITOR"), "{}", r.err);
    assert!(
        methods(&server).iter().all(|m| m.starts_with("GET ")),
        "{:?}",
        methods(&server)
    );
    assert_ne!(server.item(&id).unwrap()["name"], json!("Not sent"));
    assert!(b.left().is_empty(), "{:?}", b.left());
}

#[test]
fn an_invalid_edit_is_reopened_with_the_error_on_top() {
    let server = emulator();
    let id = server.item_ids()[1].clone();
    let cases = [
        ("name: [unclosed", "the file cannot be read: YAML"),
        ("name: x\\nowner: me", "unknown field `owner`"),
        ("name: x\\nid: other", "`id` cannot be edited"),
        ("name: 5", "name must be a string"),
        ("name: \"\"", "name cannot be empty"),
        (
            "resourceUpdatedAt: yesterday",
            "resourceUpdatedAt `yesterday` is not an RFC 3339",
        ),
        ("resourceType: \"app,qvapp\"", "give one type"),
        ("- a list", "the file must hold one object"),
    ];
    for (i, (bad, why)) in cases.iter().enumerate() {
        let b = Bench::new();
        let fixed = format!("fixed {i}");
        let ed = b.editor(&format!(
            "if [ $n = 1 ]; then printf '%b\\n' '{bad}' > \"$f\"; else printf '# kept\\nname: {fixed}\\n' > \"$f\"; fi"
        ));
        let r = b.edit(&server, &ed, &["item", "edit", &id, "-q"]);
        assert_eq!(r.code, 0, "{bad}: {}", r.err);
        assert_eq!(b.count(), 2, "{bad}");
        let second = b.seen(2);
        let first_line = second.lines().next().unwrap();
        assert!(first_line.starts_with("# error: "), "{bad}: {second}");
        assert!(first_line.contains(why), "{bad}: {first_line}");
        // Below the error, what the user saved.
        assert!(
            second.ends_with(&format!("{}\n", bad.replace("\\n", "\n"))),
            "{second}"
        );
        assert!(r.err.contains(why), "{bad}: {}", r.err);
        assert_eq!(r.out, format!("{id}\n"));
        assert_eq!(server.item(&id).unwrap()["name"], json!(fixed));
        assert!(b.left().is_empty(), "{:?}", b.left());
    }
    // Each was sent once, when fixed.
    let puts = methods(&server)
        .iter()
        .filter(|m| m.starts_with("PUT "))
        .count();
    assert_eq!(puts, cases.len());
}

#[test]
fn an_invalid_file_saved_unchanged_gives_up_and_keeps_it() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    let ed = b.editor("if [ $n = 1 ]; then printf 'name: x\\nowner: me\\n' > \"$f\"; fi");
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(b.count(), 2);
    assert!(r.err.contains("error: unknown field `owner`"), "{}", r.err);
    assert!(r.err.contains("nothing was sent"), "{}", r.err);
    let kept = b.kept();
    assert!(r.err.contains(&kept.display().to_string()), "{}", r.err);
    assert_eq!(
        std::fs::read_to_string(&kept).unwrap(),
        "name: x\nowner: me\n"
    );
    assert_eq!(methods(&server), [format!("GET /api/v1/items/{id}")]);

    // An editor that never fixes it: ten opens, then the same end.
    let b = Bench::new();
    let ed = b.editor("printf 'name: x\\nowner: run %s\\n' $n > \"$f\"");
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(b.count(), 10);
    assert_eq!(b.left().len(), 1);
}

/// A save that cannot be read back (not UTF-8: Latin-1 from an editor so set) ends the edit
/// with the file kept as saved, byte for byte, rather than rewritten with the error alone.
#[test]
fn an_unreadable_save_is_kept_as_saved() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    let ed = b.editor("printf 'name: caf\\351\\n' > \"$f\"");
    let r = b.edit(&server, &ed, &["item", "edit", &id]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert_eq!(b.count(), 1, "not reopened");
    assert!(r.err.contains("nothing was sent"), "{}", r.err);
    let kept = b.kept();
    assert_eq!(std::fs::read(&kept).unwrap(), b"name: caf\xe9\n");
    assert_eq!(methods(&server), [format!("GET /api/v1/items/{id}")]);
}

#[test]
fn a_failed_send_keeps_the_file_and_says_where() {
    let item = json!({"id": "item-1", "name": "Old", "resourceType": "app"});
    for (status, code) in [(409, 5), (500, 1), (404, 3)] {
        let answer = item.clone();
        let mock = Mock::start(move |i, _| {
            if i == 0 {
                Reply::json(200, &answer)
            } else {
                Reply::json(
                    status,
                    &json!({"errors": [{"title": "refused", "code": "X"}]}),
                )
            }
        });
        let b = Bench::new();
        let ed = b.editor(&sed("s/^name: .*$/name: Kept edit/"));
        let r = b.run(
            &mock.url,
            KEY,
            &[("EDITOR", &ed)],
            &["item", "edit", "item-1", "--retry", "0"],
        );
        assert_eq!(r.code, code, "{status}: {}", r.err);
        assert_eq!(r.out, "");
        let left = b.left();
        assert_eq!(left.len(), 1, "{left:?}");
        let kept = left[0].join("item-item-1.yaml");
        let text = std::fs::read_to_string(&kept).unwrap();
        assert!(text.contains("\nname: Kept edit\n"), "{text}");
        assert!(
            r.err
                .contains(&format!("hint: the edit is kept in {}", kept.display())),
            "{}",
            r.err
        );
        assert!(r.err.contains("qlik item update item-1 -f "), "{}", r.err);
        // The kept file is a body `item update -f` takes.
        let again = b.run(
            &mock.url,
            KEY,
            &[],
            &[
                "item",
                "update",
                "item-1",
                "-f",
                &kept.display().to_string(),
                "--dry-run",
            ],
        );
        assert_eq!(again.code, 0, "{}", again.err);
        assert!(
            again.out.contains("\"name\": \"Kept edit\""),
            "{}",
            again.out
        );
    }
}

#[test]
fn json_format_dry_run_and_an_editor_with_arguments() {
    let server = emulator();
    let id = server.item_ids()[2].clone();
    let b = Bench::new();
    let ed = b.editor(&sed("s/^  \"name\": \".*\",$/  \"name\": \"From JSON\",/"));
    // VISUAL beats EDITOR; its words are split as a shell splits them.
    let visual = format!("'{ed}' --wait \"two words\"");
    let r = b.run(
        server.base_url(),
        server.api_key(),
        &[("VISUAL", &visual), ("EDITOR", "false")],
        &["item", "edit", &id, "--format", "json", "--dry-run"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    let args = std::fs::read_to_string(b.path("args1")).unwrap();
    let args: Vec<&str> = args.lines().collect();
    assert_eq!(&args[..2], ["--wait", "two words"]);
    assert!(args[2].ends_with(&format!("item-{id}.json")), "{args:?}");
    let seen = b.seen(1);
    assert!(seen.starts_with('{'), "{seen}");
    assert_eq!(
        json(&seen)["resourceType"],
        server.item(&id).unwrap()["resourceType"]
    );
    // The dry run prints the request and sends nothing but the GET.
    let url = format!("{}/api/v1/items/{id}", server.base_url());
    assert!(r.out.starts_with(&format!("PUT {url}\n{{")), "{}", r.out);
    let body = json(r.out.split_once('\n').unwrap().1);
    assert_eq!(body["name"], json!("From JSON"));
    assert_eq!(body.as_object().unwrap().len(), 2, "{body}");
    assert_eq!(methods(&server), [format!("GET /api/v1/items/{id}")]);

    // A JSON file that is not valid is reopened with `//` lines on top, which are ignored.
    let b = Bench::new();
    let ed = b.editor(&format!(
        "if [ $n = 1 ]; then printf '{{\"name\": }}' > \"$f\"; else {}; fi",
        sed("s/^{\"name\": }$/{\"name\": \"Fixed JSON\"}/")
    ));
    let r = b.edit(
        &server,
        &ed,
        &["item", "edit", &id, "--format", "json", "-q"],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        b.seen(2)
            .starts_with("// error: the file cannot be read: JSON"),
        "{}",
        b.seen(2)
    );
    assert_eq!(server.item(&id).unwrap()["name"], json!("Fixed JSON"));
}

#[test]
fn bad_input_is_refused_before_anything_is_sent() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    let r = b.edit(&server, "code 'unclosed", &["item", "edit", &id]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: EDITOR cannot be read as a command line"),
        "{}",
        r.err
    );
    let r = b.edit(&server, "true", &["item", "edit", &id, "--format", "toml"]);
    assert_eq!(r.code, 2, "{}", r.err);
    let r = b.edit(&server, "true", &["item", "edit", &id, "-q", "--raw"]);
    assert_eq!(r.code, 2, "{}", r.err);
    // No VISUAL or EDITOR and no terminal (a script): vi is not started to wait for ever.
    let r = b.edit(&server, "", &["item", "edit", &id]);
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(
        r.err
            .starts_with("error: no editor to run: VISUAL and EDITOR are not set"),
        "{}",
        r.err
    );
    assert!(server.requests().is_empty());
    // An unknown item: exit 3, no editor.
    let ed = b.editor("true");
    let r = b.edit(&server, &ed, &["item", "edit", "no-such-item"]);
    assert_eq!(r.code, 3, "{}", r.err);
    assert_eq!(b.count(), 0);
}

/// The file's path in the output is escaped: TMPDIR may hold anything.
#[test]
fn a_kept_path_is_escaped() {
    let mock = Mock::start(|i, _| {
        if i == 0 {
            Reply::json(
                200,
                &json!({"id": "i1", "name": "n", "resourceType": "app"}),
            )
        } else {
            Reply::json(409, &json!({"errors": [{"title": "conflict"}]}))
        }
    });
    let b = Bench::new();
    let odd = b.path("tmp").join("a\u{1b}[31mb");
    std::fs::create_dir(&odd).unwrap();
    let ed = b.editor(&sed("s/^name: .*$/name: m/"));
    let tmp = odd.display().to_string();
    let r = support::run_in(
        &b.path("config"),
        &[
            ("QLIK_SERVER", &mock.url),
            ("QLIK_API_KEY", KEY),
            ("TMPDIR", &tmp),
            ("EDITOR", &ed),
        ],
        &["item", "edit", "i1"],
        None,
    );
    assert_eq!(r.code, 5, "{}", r.err);
    assert!(!r.err.contains('\u{1b}'), "{:?}", r.err);
    assert!(r.err.contains("hint: the edit is kept in "), "{}", r.err);
}

/// On a terminal the editor has it for input and output, also when qlik's stdout goes to a
/// file: the editor then draws on stderr's terminal, and the file gets the item alone.
#[test]
fn the_editor_gets_the_terminal_and_stdout_stays_the_data() {
    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    let rec = b.path("tty");
    let ed = b.editor(&format!(
        "[ -t 0 ] && echo in >> '{r}'; [ -t 1 ] && echo out >> '{r}'; echo EDITOR-SCREEN; {}",
        sed("s/^name: .*$/name: On a terminal/"),
        r = rec.display()
    ));
    let out = b.path("out.json");
    let tmp = b.path("tmp").display().to_string();
    let Some(screen) = support::pty::Terminal::new(&b.path("config"), &["item", "edit", &id])
        .server(server.base_url(), server.api_key())
        .var("EDITOR", &ed)
        .var("TMPDIR", &tmp)
        .redirect(&format!(
            " > {}",
            support::pty::shell_quote(&out.display().to_string())
        ))
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert_eq!(std::fs::read_to_string(&rec).unwrap(), "in\nout\n");
    assert!(screen.text.contains("EDITOR-SCREEN"), "{}", screen.text);
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(!written.contains("EDITOR-SCREEN"), "{written}");
    assert_eq!(json(&written)["name"], json!("On a terminal"));
}

/// Ctrl-C while the editor runs is the editor's (vi reads it as a key): qlik lives on, and
/// sends the edit once the editor exits.
#[cfg(unix)]
#[test]
fn ctrl_c_while_the_editor_runs_does_not_end_qlik() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;

    let server = emulator();
    let id = server.item_ids()[0].clone();
    let b = Bench::new();
    // Says it is ready (on its stdout, which is qlik's stderr here), then waits for a line.
    let ed = b.editor(&format!(
        "trap '' INT; echo EDITOR-READY; read go; {}",
        sed("s/^name: .*$/name: After Ctrl-C/")
    ));
    let tmp = b.path("tmp").display().to_string();
    let mut child = support::qlik_process(&[
        ("QLIK_SERVER", server.base_url()),
        ("QLIK_API_KEY", server.api_key()),
        ("EDITOR", &ed),
        ("TMPDIR", &tmp),
    ])
    .env("QLIK_CONFIG_DIR", b.path("config"))
    .args(["item", "edit", &id, "-q"])
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while line.trim() != "EDITOR-READY" {
        line.clear();
        assert!(
            err.read_line(&mut line).unwrap() > 0,
            "the editor never ran"
        );
    }
    assert!(support::interrupt(child.id()));
    child.stdin.take().unwrap().write_all(b"go\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut err, &mut rest).unwrap();
    assert_eq!(out.status.code(), Some(0), "{rest}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{id}\n"));
    assert_eq!(server.item(&id).unwrap()["name"], json!("After Ctrl-C"));
}
