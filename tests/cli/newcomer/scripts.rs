//! Scripts and shells: `-f` takes what `get` and `settings ls` print (JSON or YAML),
//! `rm --ignore-not-found`, the confirmation on /dev/tty when the ids come from a pipe,
//! completions, and help that fits a screen.

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::json;

use crate::support::{emulator, json, qlik, run_stdin};

fn ok(server: &BackgroundServer, args: &[&str], stdin: &str) -> String {
    let r = run_stdin(server, args, stdin);
    assert_eq!(r.code, 0, "{args:?}: {}", r.err);
    r.out
}

/// The requests the server answered, as `METHOD path`.
fn requests(server: &BackgroundServer) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .map(|r| format!("{} {}", r.method, r.path_and_query))
        .collect()
}

/// No client-side pacing of deletes (the default, 100 a minute, spaces them 0.6 s apart).
const NO_PACING: &str = "--tier2-per-minute=0";

/// The fields of `ItemsUpdateItemRequestBody`.
const UPDATABLE: [&str; 11] = [
    "name",
    "description",
    "spaceId",
    "resourceId",
    "resourceLink",
    "resourceType",
    "resourceSubType",
    "resourceUpdatedAt",
    "thumbnailId",
    "resourceAttributes",
    "resourceCustomAttributes",
];

// ------------------------------------------------------------- -f round trip

#[test]
fn update_takes_the_json_that_get_prints_and_sends_only_the_body_fields() {
    let server = emulator(3, Faults::default());
    let id = server.item_ids()[0].clone();
    let got = ok(&server, &["item", "get", &id, "-o", "json"], "");
    let mut edited = json(&got);
    edited["name"] = json!("Renamed from a file");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("item.json");
    std::fs::write(&file, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
    let file = file.to_str().unwrap();

    // What would be sent: the body fields only, as the file has them.
    let dry = run_stdin(
        &server,
        &["item", "update", &id, "-f", file, "--dry-run"],
        "",
    );
    assert_eq!(dry.code, 0, "{}", dry.err);
    let body_text = dry.out.split_once('\n').unwrap().1;
    let body = json(body_text);
    let keys: Vec<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in &keys {
        assert!(
            UPDATABLE.contains(k),
            "`{k}` is not a body field: {body_text}"
        );
    }
    for k in ["name", "resourceType", "resourceAttributes", "spaceId"] {
        assert_eq!(body[k], edited[k], "{k}");
    }
    assert!(!dry.err.contains("ignored"), "only with -v: {}", dry.err);

    // With -v, the computed fields left out are named on stderr.
    let v = run_stdin(&server, &["item", "update", &id, "-f", file, "-v"], "");
    assert_eq!(v.code, 0, "{}", v.err);
    let line = v
        .err
        .lines()
        .find(|l| l.starts_with("ignored the fields the service computes: "))
        .unwrap_or_else(|| panic!("no list of ignored fields:\n{}", v.err));
    for k in [
        "id",
        "createdAt",
        "updatedAt",
        "links",
        "meta",
        "actions",
        "ownerId",
    ] {
        assert!(line.contains(k), "{k} missing from: {line}");
    }
    assert!(!line.contains("name"), "{line}");
    assert_eq!(json(&v.out)["name"], "Renamed from a file");
    assert_eq!(server.item(&id).unwrap()["name"], "Renamed from a file");
    // The file had resourceType: no lookup first, one PUT.
    let sent = requests(&server);
    assert_eq!(sent.last().unwrap(), &format!("PUT /api/v1/items/{id}"));
    assert_eq!(sent.iter().filter(|r| r.starts_with("PUT")).count(), 1);
}

#[test]
fn update_takes_yaml_by_extension_and_by_content_on_stdin() {
    let server = emulator(3, Faults::default());
    let id = server.item_ids()[1].clone();
    let yaml = ok(&server, &["item", "get", &id, "-o", "yaml"], "");
    assert!(yaml.starts_with("id: "), "{yaml}");
    let edited = yaml
        .lines()
        .map(|l| {
            if l.starts_with("name: ") {
                "name: From YAML".to_string()
            } else if l.starts_with("description: ") {
                "description: \"yes\"".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("item.yml");
    std::fs::write(&file, &edited).unwrap();
    let out = ok(
        &server,
        &["item", "update", &id, "-f", file.to_str().unwrap()],
        "",
    );
    assert_eq!(json(&out)["name"], "From YAML");
    assert_eq!(server.item(&id).unwrap()["description"], "yes");

    // Standard input: YAML recognised by its content.
    let out = ok(
        &server,
        &["item", "update", &id, "-f", "-"],
        "name: Piped YAML\nresourceType: app\n",
    );
    assert_eq!(json(&out)["name"], "Piped YAML");
    // Flags still win over the file.
    let out = ok(
        &server,
        &["item", "update", &id, "-f", "-", "--name", "Flag wins"],
        &edited,
    );
    assert_eq!(json(&out)["name"], "Flag wins");
}

#[test]
fn update_refuses_unknown_fields_lists_and_bad_yaml_before_sending() {
    let server = emulator(2, Faults::default());
    let id = server.item_ids()[0].clone();
    let cases: [(&str, &str, &str); 5] = [
        (
            r#"{"id":"x","name":"n","owner":"me"}"#,
            "-",
            "unknown field `owner`",
        ),
        ("name: n\nbogus: 1\n", "-", "unknown field `bogus`"),
        (r#"[{"name":"n"}]"#, "-", "a list of 1 item"),
        ("name: [unclosed\n", "-", "YAML"),
        (r#"{"name": "x""#, "-", "is not valid JSON or YAML"),
    ];
    for (stdin, file, expect) in cases {
        let r = run_stdin(&server, &["item", "update", &id, "-f", file], stdin);
        assert_eq!(r.code, 2, "{stdin}: {}", r.err);
        assert!(r.err.starts_with("error: "), "{}", r.err);
        assert_eq!(r.err.lines().count(), 1, "{}", r.err);
        assert!(r.err.contains(expect), "{stdin}: {}", r.err);
    }
    // A .json file is JSON only: YAML in it is an error, not guessed.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("body.json");
    std::fs::write(&file, "name: n\n").unwrap();
    let r = run_stdin(
        &server,
        &["item", "update", &id, "-f", file.to_str().unwrap()],
        "",
    );
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.contains("body.json is not valid JSON ("), "{}", r.err);
    assert!(server.requests().is_empty(), "{:?}", requests(&server));
}

#[test]
fn update_warns_when_the_file_is_another_item() {
    let server = emulator(2, Faults::default());
    let ids = server.item_ids();
    let mut got = json(&ok(&server, &["item", "get", &ids[0], "-o", "json"], ""));
    // Another item's resourceId would be a conflict (409): not copied.
    got.as_object_mut().unwrap().remove("resourceId");
    let r = run_stdin(
        &server,
        &["item", "update", &ids[1], "-f", "-"],
        &got.to_string(),
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err
            .contains(&format!("warning: the file holds item `{}`", ids[0])),
        "{}",
        r.err
    );
    assert_eq!(
        server.item(&ids[1]).unwrap()["name"],
        server.item(&ids[0]).unwrap()["name"]
    );
}

#[test]
fn settings_patch_takes_what_settings_ls_prints() {
    let server = emulator(1, Faults::default());
    let shown = ok(&server, &["item", "settings", "ls", "-o", "yaml"], "");
    assert_eq!(shown.trim(), "usageMetricsEnabled: true");
    let out = ok(
        &server,
        &["item", "settings", "patch", "-f", "-"],
        &shown.replace("true", "false"),
    );
    assert_eq!(json(&out)["usageMetricsEnabled"], false);
    assert_eq!(server.settings()["usageMetricsEnabled"], false);
    let out = ok(
        &server,
        &["item", "settings", "patch", "-f", "-"],
        r#"{"usageMetricsEnabled": true}"#,
    );
    assert_eq!(json(&out)["usageMetricsEnabled"], true);
    // The JSON Patch array in YAML works too.
    let out = ok(
        &server,
        &["item", "settings", "patch", "-f", "-"],
        "- op: replace\n  path: /usageMetricsEnabled\n  value: false\n",
    );
    assert_eq!(json(&out)["usageMetricsEnabled"], false);
    let before = server.requests().len();
    for (stdin, expect) in [
        (
            r#"{"usageMetricsEnabled": true, "x": 1}"#,
            "unknown setting `x`",
        ),
        (r#"{"usageMetricsEnabled": "yes"}"#, "takes true or false"),
        ("{}", "no setting given"),
    ] {
        let r = run_stdin(&server, &["item", "settings", "patch", "-f", "-"], stdin);
        assert_eq!(r.code, 2, "{stdin}: {}", r.err);
        assert!(r.err.contains(expect), "{stdin}: {}", r.err);
    }
    assert_eq!(server.requests().len(), before);
}

// ------------------------------------------------------------- rm --ignore-not-found

#[test]
fn rm_ignore_not_found_makes_the_cleanup_pipeline_idempotent() {
    let server = emulator(4, Faults::default());
    let ids = server.item_ids();
    let listed = ok(&server, &["item", "ls", "-q"], "");
    // Two of the listed ids are deleted by someone else before the pipeline runs.
    ok(
        &server,
        &["item", "rm", &ids[0], &ids[1], "--yes", NO_PACING],
        "",
    );
    let before = server.requests().len();
    let r = run_stdin(
        &server,
        &[
            "item",
            "rm",
            "-",
            "--yes",
            "--ignore-not-found",
            "-o",
            "json",
            NO_PACING,
        ],
        &listed,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err.contains("deleted 2 of 4") && r.err.contains("2 already gone"),
        "{}",
        r.err
    );
    assert!(!r.err.contains("error"), "no per-id errors: {}", r.err);
    let results = json(&r.out);
    let statuses: Vec<&str> = results
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["not found", "not found", "deleted", "deleted"]);
    assert!(server.item_ids().is_empty());
    assert_eq!(server.requests().len(), before + 4);

    // Run again: every id is gone, still exit 0; the camelCase alias works too.
    let r = run_stdin(
        &server,
        &["item", "rm", "-", "--yes", "--ignoreNotFound", NO_PACING],
        &listed,
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(
        r.err.contains("deleted 0 of 4") && r.err.contains("4 already gone"),
        "{}",
        r.err
    );
    // Without the flag the same run is exit 3, each id reported.
    let r = run_stdin(&server, &["item", "rm", "-", "--yes", NO_PACING], &listed);
    assert_eq!(r.code, 3, "{}", r.err);
    assert_eq!(
        r.err.matches(": not found (HTTP 404").count(),
        4,
        "{}",
        r.err
    );
}

#[test]
fn rm_ignore_not_found_takes_empty_input_as_nothing_to_do() {
    let server = emulator(2, Faults::default());
    for stdin in ["", "\n  \n"] {
        let r = run_stdin(
            &server,
            &["item", "rm", "-", "--yes", "--ignore-not-found"],
            stdin,
        );
        assert_eq!(r.code, 0, "{}", r.err);
        assert_eq!(r.out, "");
        assert!(r.err.contains("nothing to delete"), "{}", r.err);
        // Without the flag, empty input is still a usage error, with the way out named.
        let r = run_stdin(&server, &["item", "rm", "-", "--yes"], stdin);
        assert_eq!(r.code, 2, "{}", r.err);
        assert!(r.err.contains("--ignore-not-found"), "{}", r.err);
    }
    assert!(server.requests().is_empty());
    assert_eq!(server.item_ids().len(), 2);
}

#[test]
fn rm_ignore_not_found_still_fails_on_other_errors() {
    use crate::support::{Mock, Reply};
    let mock = Mock::start(|_, req| {
        if req.path.ends_with("/gone") {
            Reply::json(
                404,
                &json!({"errors":[{"code":"ITEMS-404","title":"Not found"}]}),
            )
        } else if req.path.contains("denied") {
            Reply::json(
                403,
                &json!({"errors":[{"code":"ITEMS-403","title":"Forbidden"}]}),
            )
        } else {
            Reply::new(204, Vec::new())
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let vars = [
        ("QLIK_SERVER", mock.url.as_str()),
        ("QLIK_API_KEY", "k-0123456789"),
    ];
    let rm = |ids: &[&str]| {
        let out = qlik(dir.path(), &vars)
            .args([
                "item",
                "rm",
                "--yes",
                "--ignore-not-found",
                "--retry",
                "0",
                NO_PACING,
            ])
            .args(ids)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // An id already gone is done; one refused is a failure: some failed, exit 6.
    let (code, err) = rm(&["gone", "denied"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("error: denied: Forbidden"), "{err}");
    assert!(!err.contains("gone: not found"), "{err}");
    assert!(err.contains("1 already gone, 1 failed"), "{err}");
    // Every id refused the same way: that failure's code.
    let (code, err) = rm(&["denied1", "denied2"]);
    assert_eq!(code, 4, "{err}");
    let (code, err) = rm(&["gone", "ok1", "denied"]);
    assert_eq!(code, 6, "{err}");
    let (code, err) = rm(&["gone", "ok1"]);
    assert_eq!(code, 0, "{err}");
}

// ------------------------------------------------------------- confirmation on /dev/tty

/// `qlik item rm - ARGS < FILE-OF-IDS` on a terminal, typing `typed`: the ids come from a
/// file, the answer from the terminal.
fn rm_from_file_on_a_terminal(
    server: &BackgroundServer,
    ids: &[String],
    args: &[&str],
    typed: &str,
) -> Option<crate::support::pty::Screen> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ids.txt");
    std::fs::write(&file, ids.join("\n") + "\n").unwrap();
    let mut all = vec!["item", "rm", "-", NO_PACING];
    all.extend_from_slice(args);
    let redirect = format!(
        " < {}",
        crate::support::pty::shell_quote(file.to_str().unwrap())
    );
    crate::support::pty::Terminal::new(dir.path(), &all)
        .server(server.base_url(), server.api_key())
        .input(typed)
        .redirect(&redirect)
        .run()
}

#[test]
fn rm_with_ids_on_stdin_asks_on_the_terminal() {
    let server = emulator(4, Faults::default());
    let ids = server.item_ids();
    let name = server.item(&ids[0]).unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    let Some(screen) = rm_from_file_on_a_terminal(&server, &ids[..2], &[], "y\n") else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(screen.text.contains("Delete 2 items: "), "{}", screen.text);
    assert!(screen.text.contains(&name), "{}", screen.text);
    assert!(screen.text.contains("[y/N]"), "{}", screen.text);
    assert!(screen.text.contains("deleted 2 of 2"), "{}", screen.text);
    assert_eq!(server.item_ids(), ids[2..].to_vec());
}

#[test]
fn rm_with_ids_on_stdin_deletes_nothing_when_the_terminal_says_no() {
    let server = emulator(3, Faults::default());
    let ids = server.item_ids();
    for typed in ["n\n", "\n"] {
        let Some(screen) = rm_from_file_on_a_terminal(&server, &ids, &[], typed) else {
            return;
        };
        assert_eq!(screen.code, 2, "{}", screen.text);
        assert!(screen.text.contains("Delete 3 items: "), "{}", screen.text);
        assert!(screen.text.contains("nothing deleted"), "{}", screen.text);
    }
    assert_eq!(server.item_ids(), ids);
    assert!(
        server.requests().iter().all(|r| r.method == "GET"),
        "only the names were read"
    );
}

// ------------------------------------------------------------- completions

/// A config directory with the profiles `prod` and `dev`.
fn two_profiles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "default_profile = \"prod\"\n\n[profiles.prod]\nserver = \"https://prod.example.com\"\n\n\
         [profiles.dev]\nserver = \"https://dev.example.com\"\n",
    )
    .unwrap();
    dir
}

/// What bash completes for the command line `words` (the last one being completed), with
/// the script `qlik completion bash` prints: the function it registers for `qlik` is called
/// as bash calls it. `None` when bash is missing (skipped, except under CI).
fn bash_completes(config_dir: &std::path::Path, words: &[&str]) -> Option<Vec<String>> {
    let found = std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(std::env::var_os("CI").is_none(), "bash is needed");
        eprintln!("skipped: bash is not installed");
        return None;
    }
    let script = qlik(config_dir, &[])
        .args(["completion", "bash"])
        .output()
        .unwrap();
    assert_eq!(script.status.code(), Some(0));
    let file = config_dir.join("qlik.bash");
    std::fs::write(&file, &script.stdout).unwrap();
    let bin = env!("CARGO_BIN_EXE_qlik");
    let quoted: Vec<String> = std::iter::once(bin)
        .chain(words.iter().copied())
        .map(crate::support::pty::shell_quote)
        .collect();
    let program = format!(
        r#"source {file}
fn=$(complete -p qlik | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
COMPREPLY=()
"$fn" "${{COMP_WORDS[0]}}" "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        file = crate::support::pty::shell_quote(file.to_str().unwrap()),
        words = quoted.join(" "),
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("QLIK_CONFIG_DIR", config_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reply: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    reply.sort();
    Some(reply)
}

#[test]
fn bash_completes_flag_values() {
    let dir = tempfile::tempdir().unwrap();
    let Some(reply) = bash_completes(dir.path(), &["item", "ls", "--spaceType", "sh"]) else {
        return;
    };
    assert_eq!(reply, ["shared"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--sort", ""]).unwrap();
    assert!(reply.contains(&"-updatedAt".to_string()), "{reply:?}");
    assert!(reply.contains(&"+recentlyUsed".to_string()), "{reply:?}");
    let reply = bash_completes(dir.path(), &["item", "collections", "X", "--type", "pu"]).unwrap();
    assert_eq!(reply, ["public", "publicgoverned"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--resourceType", "autom"]).unwrap();
    assert_eq!(
        reply,
        ["automation", "automl-deployment", "automl-experiment"]
    );
    let reply = bash_completes(dir.path(), &["item", "get", "X", "-o", "y"]).unwrap();
    assert_eq!(reply, ["yaml"]);
}

/// In a comma list, the entry after the last comma completes as the first does, behind the
/// entries before it (`--fields`, `--spaceType`, `--resourceType`, and the `--opt=` form).
#[test]
fn bash_completes_each_entry_of_a_comma_list() {
    let dir = tempfile::tempdir().unwrap();
    let Some(reply) = bash_completes(dir.path(), &["item", "ls", "--fields", "id,na"]) else {
        return;
    };
    assert_eq!(reply, ["id,name"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--fields", "id,name,meta.t"]).unwrap();
    assert_eq!(reply, ["id,name,meta.tags"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--fields", "=", "id,upd"]).unwrap();
    assert_eq!(reply, ["id,updatedAt", "id,updaterId"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--spaceType", "shared,m"]).unwrap();
    assert_eq!(reply, ["shared,managed"]);
    let reply = bash_completes(dir.path(), &["item", "ls", "--resourceType", "app,autom"]).unwrap();
    assert_eq!(
        reply,
        [
            "app,automation",
            "app,automl-deployment",
            "app,automl-experiment"
        ]
    );
    // The first entry completes as before.
    let reply = bash_completes(dir.path(), &["item", "ls", "--fields", "meta.is"]).unwrap();
    assert_eq!(reply, ["meta.isFavorited"]);
}

#[test]
fn free_values_are_still_accepted_where_the_api_takes_any() {
    let server = emulator(3, Faults::default());
    // A type the contract does not list yet: sent, with a warning.
    let r = run_stdin(
        &server,
        &["item", "ls", "--resourceType", "hologram", "-q"],
        "",
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert!(r.err.contains("warning: `hologram`"), "{}", r.err);
    // Lists and bare sort fields are values the completion lists do not spell out.
    ok(
        &server,
        &[
            "item",
            "ls",
            "--spaceType",
            "shared,managed",
            "--sort",
            "name",
        ],
        "",
    );
    // Values the contract does not list are still refused by the command's own check.
    let r = run_stdin(&server, &["item", "ls", "--sort", "size"], "");
    assert_eq!(r.code, 2, "{}", r.err);
    assert!(r.err.starts_with("error: --sort `size`"), "{}", r.err);
}

#[test]
fn bash_completes_profile_names() {
    let dir = two_profiles();
    let Some(reply) = bash_completes(dir.path(), &["profile", "use", ""]) else {
        return;
    };
    assert_eq!(reply, ["dev", "prod"]);
    for words in [
        &["profile", "rm", "d"][..],
        &["context", "show", "d"][..],
        &["profile", "update", "d"][..],
        &["item", "ls", "--profile", "d"][..],
        &["--context", "d"][..],
        &["--profile", "prod", "profile", "use", "d"][..],
        &["-o", "json", "profile", "use", "d"][..],
    ] {
        let reply = bash_completes(dir.path(), words).unwrap();
        assert_eq!(reply, ["dev"], "{words:?}");
    }
    // Not where a profile name does not go: `profile add` names a new one, and a second
    // argument is not a name.
    let reply = bash_completes(dir.path(), &["profile", "add", "d"]).unwrap();
    assert!(!reply.contains(&"dev".to_string()), "{reply:?}");
    let reply = bash_completes(dir.path(), &["profile", "use", "prod", "d"]).unwrap();
    assert!(!reply.contains(&"dev".to_string()), "{reply:?}");
    // Other commands still complete as before.
    let reply = bash_completes(dir.path(), &["item", "coll"]).unwrap();
    assert_eq!(reply, ["collections"]);
}

#[test]
fn the_completion_hook_lists_profile_names_only() {
    let dir = two_profiles();
    std::fs::write(
        dir.path().join("credentials.toml"),
        "[profiles.prod]\napi_key = \"sentinel-key-0123456789\"\n",
    )
    .unwrap();
    let out = qlik(dir.path(), &[])
        .args(["__complete", "profiles"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let mut names: Vec<&str> = text.lines().collect();
    names.sort();
    assert_eq!(names, ["dev", "prod"]);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("sentinel"));
    // No config at all: nothing, quietly.
    let empty = tempfile::tempdir().unwrap();
    let out = qlik(&empty.path().join("none"), &[])
        .args(["__complete", "profiles"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    // It is not a command: not in the help, not in the completions.
    let help = qlik(dir.path(), &[]).arg("--help").output().unwrap();
    assert!(!String::from_utf8_lossy(&help.stdout).contains("__complete"));
}

// ------------------------------------------------------------- help

fn help(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[]).args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{args:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The example lines (`  qlik …`) after the examples heading.
fn examples(text: &str) -> Vec<String> {
    let start = text
        .find("\nExample:\n")
        .or_else(|| text.find("\nExamples:\n"))
        .unwrap_or_else(|| panic!("no examples:\n{text}"));
    text[start..]
        .lines()
        .filter(|l| l.starts_with("  qlik "))
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn short_help_has_one_example_and_long_help_all() {
    for cmd in [
        &["item", "ls"][..],
        &["item", "get"][..],
        &["item", "update"][..],
        &["item", "rm"][..],
        &["item", "settings", "patch"][..],
        &["profile"][..],
        &["completion"][..],
        &["emulator", "exec"][..],
        &[][..],
    ] {
        let mut short_args = cmd.to_vec();
        short_args.push("-h");
        let short = help(&short_args);
        let mut long_args = cmd.to_vec();
        long_args.push("--help");
        let long = help(&long_args);
        let (one, all) = (examples(&short), examples(&long));
        assert_eq!(one.len(), 1, "{cmd:?} -h:\n{short}");
        assert!(short.contains("\nExample:\n"), "{cmd:?}");
        assert!(all.len() > 1, "{cmd:?} --help:\n{long}");
        assert!(all.contains(&one[0]), "{cmd:?}: {one:?} not in {all:?}");
        // The examples come once, after the options.
        assert_eq!(long.matches("Examples:").count(), 1, "{cmd:?}");
        assert!(
            long.rfind("Examples:") > long.find("Options:"),
            "{cmd:?}:\n{long}"
        );
    }
    // The one example does more than run the bare command.
    assert_ne!(examples(&help(&["item", "ls", "-h"]))[0], "qlik item ls");
}

#[test]
fn emulator_help_leaves_out_the_client_options_it_ignores() {
    for sub in ["start", "exec"] {
        for flag in ["-h", "--help"] {
            let text = help(&["emulator", sub, flag]);
            for client in [
                "--server",
                "--profile",
                "--output",
                "--json",
                "--verbose",
                "--insecure",
                "--ca-cert",
                "--timeout",
                "--retry",
                "--interval",
                "--headers",
            ] {
                assert!(
                    !text.contains(client),
                    "emulator {sub} {flag} lists {client}"
                );
            }
            assert!(!text.contains("Global options"), "{text}");
            assert!(
                text.contains("--items") && text.contains("--port"),
                "{text}"
            );
        }
    }
    // Still the client's: `qlik item ls --help` lists them.
    let text = help(&["item", "ls", "--help"]);
    assert!(text.contains("--server") && text.contains("Global options"));
    // Given anyway, they are accepted (and ignored), as before.
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(dir.path(), &[])
        .args([
            "emulator", "exec", "-v", "--items", "1", "--retry", "2", "--", "true",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
