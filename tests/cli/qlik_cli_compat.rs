//! qlik-cli compatibility: every line of `tests/qlik_cli_compat/commands.txt` (command lines
//! of qlik-cli's documentation, kept as written there) runs unchanged against the emulator,
//! and ends as the file says: `ok` (exit 0, and the output of the kind named) or
//! `differs CODE "PHRASE"` (a documented difference: that exit code, and PHRASE in stderr;
//! with `--json`, the error printed as JSON, as qlik-cli does since 2.15).
//!
//! Each line runs in a fresh config directory, whose default profile `emulator` points at a
//! fresh emulator of its own (so writes cannot disturb other lines, in any order), from a
//! working directory holding `item.json` and `settings.json`. Placeholders of the
//! documentation are replaced by ids of that emulator's items first. One test reports every
//! line that fails, not only the first.

use std::path::Path;

use qlik_emulator::{BackgroundServer, Faults};
use serde_json::Value;

use crate::support::{self, RUN_BOUND, Run, add_profile, run_in};

/// The data file, read at build time.
const COMMANDS: &str = include_str!("../qlik_cli_compat/commands.txt");

/// Items seeded in each emulator (the same ones every time).
const ITEMS: usize = 30;

/// Lines run at once.
const WORKERS: usize = 4;

/// What the output of a line that succeeds must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Anything (exit 0 is the check).
    Any,
    /// Standard output is one JSON document.
    Json,
    /// Standard output is item ids, one a line.
    Ids,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Expect {
    Ok(Kind),
    Differs {
        code: i32,
        phrase: String,
        reason: String,
    },
}

#[derive(Debug, Clone)]
struct Entry {
    line: usize,
    expect: Expect,
    /// Profiles (qlik-cli's contexts) that exist before the line runs, besides `emulator`.
    given: Vec<String>,
    command: String,
    source: String,
}

/// Reads the data file: `EXPECTATION | COMMAND LINE | SOURCE URL` a line; `#` starts a
/// comment line. The command line may hold ` | ` itself: the expectation ends at the first
/// separator, the URL starts after the last.
fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let err = |m: &str| format!("commands.txt:{line}: {m}: {l}");
        let (expect_field, rest) = l.split_once(" | ").ok_or_else(|| err("no ` | `"))?;
        let (command, source) = rest
            .rsplit_once(" | ")
            .ok_or_else(|| err("needs EXPECTATION | COMMAND | URL"))?;
        let (expect, given) = parse_expectation(expect_field).map_err(|m| err(&m))?;
        let command = command.trim().to_string();
        let source = source.trim().to_string();
        if !command.starts_with("qlik ") {
            return Err(err("the command line does not start with `qlik `"));
        }
        if !(source.starts_with("https://qlik.dev/")
            || source.starts_with("https://github.com/qlik-oss/"))
        {
            return Err(err("the source is not a page of qlik.dev or qlik-oss"));
        }
        entries.push(Entry {
            line,
            expect,
            given,
            command,
            source,
        });
    }
    Ok(entries)
}

/// `ok [json|ids] [given=NAME]...` or `differs CODE "PHRASE" [given=NAME]...: REASON`.
fn parse_expectation(field: &str) -> Result<(Expect, Vec<String>), String> {
    let given_of = |words: &str| -> Result<Vec<String>, String> {
        words
            .split_whitespace()
            .map(|w| {
                w.strip_prefix("given=")
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .ok_or_else(|| format!("unknown word `{w}` in the expectation"))
            })
            .collect()
    };
    if let Some(rest) = field.strip_prefix("differs ") {
        let rest = rest.trim_start();
        let (code, rest) = rest
            .split_once(' ')
            .ok_or("differs needs CODE \"PHRASE\": REASON")?;
        let code: i32 = code
            .parse()
            .map_err(|_| format!("bad exit code `{code}`"))?;
        let rest = rest
            .trim_start()
            .strip_prefix('"')
            .ok_or("differs needs a \"PHRASE\" after the code")?;
        let (phrase, rest) = rest.split_once('"').ok_or("the PHRASE has no closing \"")?;
        let (words, reason) = rest.split_once(':').ok_or("differs needs `: REASON`")?;
        let reason = reason.trim();
        if phrase.is_empty() || reason.is_empty() {
            return Err("differs needs a PHRASE and a REASON".into());
        }
        let expect = Expect::Differs {
            code,
            phrase: phrase.to_string(),
            reason: reason.to_string(),
        };
        return Ok((expect, given_of(words)?));
    }
    let mut words = field.split_whitespace();
    if words.next() != Some("ok") {
        return Err("the expectation is neither `ok` nor `differs`".into());
    }
    let mut kind = Kind::Any;
    let mut given = Vec::new();
    for w in words {
        match w {
            "json" => kind = Kind::Json,
            "ids" => kind = Kind::Ids,
            _ => given.extend(given_of(w)?),
        }
    }
    Ok((Expect::Ok(kind), given))
}

/// Splits a command line into words as a POSIX shell does, for the syntax the documentation
/// uses: blanks separate words; '…' keeps everything; "…" keeps everything but `\"`, `\\`,
/// `\$` and `` \` ``; a backslash outside quotes keeps the next character. What a shell would
/// expand or redirect (`$`, `` ` ``, `|`, `;`, `&`, `<`, `>`, `(`, `)` outside single quotes)
/// is refused: the runner does no expansion, so such a line could not run as written.
fn split(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if let Some(w) = word.take() {
                    words.push(w);
                }
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => w.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => w.push(c),
                            Some(c) => {
                                w.push('\\');
                                w.push(c);
                            }
                            None => return Err("unterminated \"".into()),
                        },
                        Some(c @ ('$' | '`')) => {
                            return Err(format!("`{c}` inside \"…\" would be expanded"));
                        }
                        Some(c) => w.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            '\\' => {
                let next = chars.next().ok_or("a trailing backslash")?;
                word.get_or_insert_with(String::new).push(next);
            }
            '$' | '`' | '|' | ';' | '&' | '<' | '>' | '(' | ')' => {
                return Err(format!("`{c}`: shell syntax the runner does not expand"));
            }
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    if let Some(w) = word {
        words.push(w);
    }
    Ok(words)
}

/// Real values for the documentation's placeholders, from one emulator's items.
struct Ids {
    item: String,
    space: String,
    owner: String,
    resource: String,
    collection: String,
    dataset_space: String,
    dataset_name: String,
}

impl Ids {
    /// An app in a shared space that is in a collection, and a data set in a space.
    fn of(server: &BackgroundServer) -> Ids {
        let items: Vec<Value> = server
            .item_ids()
            .iter()
            .filter_map(|id| server.item(id))
            .collect();
        let s = |v: &Value, k: &str| v[k].as_str().unwrap_or_default().to_string();
        let app = items
            .iter()
            .find(|i| {
                i["resourceType"] == "app"
                    && !s(i, "spaceId").is_empty()
                    && i["collectionIds"].as_array().is_some_and(|c| !c.is_empty())
            })
            .expect("the seeded items hold an app in a space and a collection");
        let dataset = items
            .iter()
            .find(|i| i["resourceType"] == "dataset" && !s(i, "spaceId").is_empty())
            .expect("the seeded items hold a data set in a space");
        Ids {
            item: s(app, "id"),
            space: s(app, "spaceId"),
            owner: s(app, "ownerId"),
            resource: s(app, "resourceId"),
            collection: app["collectionIds"][0].as_str().unwrap().to_string(),
            dataset_space: s(dataset, "spaceId"),
            dataset_name: s(dataset, "name"),
        }
    }
}

/// The command line with the documentation's placeholders replaced: ids of the emulator's
/// items, its URL for the example tenant and its key for the example API key. (`$app` is the
/// shell variable of the changelog's example, holding an app's resource id; a bare `itemId`
/// word is the changelog's placeholder.)
fn substitute(command: &str, ids: &Ids, server: &BackgroundServer) -> String {
    let pairs = [
        ("<itemId>", ids.item.as_str()),
        ("<spaceId>", &ids.space),
        ("<ownerId>", &ids.owner),
        ("<resourceId>", &ids.resource),
        ("<collectionId>", &ids.collection),
        ("<SPACE_ID>", &ids.dataset_space),
        ("<DATA_FILE_NAME>", &ids.dataset_name),
        ("$app", &ids.resource),
        ("https://my-tenant.eu.qlikcloud.com", server.base_url()),
        ("MY-API-KEY", server.api_key()),
    ];
    let mut line = command.to_string();
    for (from, to) in pairs {
        line = line.replace(from, to);
    }
    line.split(' ')
        .map(|w| if w == "itemId" { ids.item.as_str() } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `s` is an item or collection id as the emulator makes them (24 hex digits).
fn is_id(s: &str) -> bool {
    s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Runs one line; `Err` says how it failed its expectation.
fn check(entry: &Entry) -> Result<(), String> {
    let server = support::emulator(ITEMS, Faults::default());
    let ids = Ids::of(&server);
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config");
    let work = dir.path().join("work");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::create_dir_all(&work).unwrap();
    std::fs::write(
        work.join("item.json"),
        r#"{"name": "From a file", "resourceType": "app"}"#,
    )
    .unwrap();
    std::fs::write(
        work.join("settings.json"),
        r#"[{"op": "replace", "path": "/usageMetricsEnabled", "value": false}]"#,
    )
    .unwrap();
    for name in std::iter::once("emulator").chain(entry.given.iter().map(String::as_str)) {
        add_profile(&cfg, name, server.base_url(), server.api_key());
    }
    let r = run_in(&cfg, &[], &["profile", "use", "emulator"], None);
    assert_eq!(r.code, 0, "profile use: {}", r.err);

    let line = substitute(&entry.command, &ids, &server);
    let words = split(&line).map_err(|e| format!("cannot split `{line}`: {e}"))?;
    let run = run_here(&cfg, &work, &words[1..]);
    let shown = |why: String| {
        format!(
            "{why}\n    exit {}; stdout: {}\n    stderr: {}",
            run.code,
            one_line(&run.out),
            one_line(&run.err)
        )
    };
    if run.out.contains(server.api_key()) || run.err.contains(server.api_key()) {
        return Err(shown("the API key shows in the output".into()));
    }
    match &entry.expect {
        Expect::Ok(kind) => {
            if run.code != 0 {
                return Err(shown("expected exit 0".into()));
            }
            match kind {
                Kind::Any => {}
                Kind::Json => {
                    if let Err(e) = serde_json::from_str::<Value>(&run.out) {
                        return Err(shown(format!("stdout is not one JSON document ({e})")));
                    }
                }
                Kind::Ids => {
                    if run.out.trim().is_empty() || !run.out.lines().all(is_id) {
                        return Err(shown("stdout is not ids, one a line".into()));
                    }
                }
            }
        }
        Expect::Differs { code, phrase, .. } => {
            if run.code != *code {
                return Err(shown(format!("expected exit {code}")));
            }
            if !run.err.contains(phrase.as_str()) {
                return Err(shown(format!("expected `{phrase}` on stderr")));
            }
            if *code == 2 && !server.requests().is_empty() {
                return Err(shown("exit 2, yet requests were sent".into()));
            }
            if asks_for_json(&words) {
                json_error(&run).map_err(shown)?;
            }
        }
    }
    Ok(())
}

/// Whether the words ask for JSON output: `--json`, or `-o`/`--output` `json` or `jsonl`.
fn asks_for_json(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        w == "--json"
            || matches!(w.as_str(), "-o" | "--output")
                && matches!(words.get(i + 1).map(String::as_str), Some("json" | "jsonl"))
            || matches!(
                w.as_str(),
                "-ojson" | "-ojsonl" | "--output=json" | "--output=jsonl"
            )
    })
}

/// With JSON output a failure is reported as JSON too, as qlik-cli does since 2.15: every line
/// of stderr that starts with `{` is a JSON object (notes and warnings stay text), and the last
/// has the error's title and the exit code of the run.
fn json_error(run: &Run) -> Result<(), String> {
    let objects: Vec<Value> = run
        .err
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).map_err(|e| format!("not a JSON error line ({e}): {l}")))
        .collect::<Result<_, _>>()?;
    let last = objects
        .last()
        .ok_or("with JSON output, the error is not a JSON object")?;
    if last["exitCode"] != run.code || !last["error"]["title"].is_string() {
        return Err(format!(
            "the last JSON error line lacks the title or exit code {}",
            run.code
        ));
    }
    Ok(())
}

/// `qlik ARGS` with the config directory `cfg`, from the working directory `work`.
fn run_here(cfg: &Path, work: &Path, args: &[String]) -> Run {
    let mut cmd = support::qlik(cfg, &[]);
    cmd.args(args).current_dir(work).timeout(RUN_BOUND);
    Run::of(cmd.output().unwrap())
}

/// The first 300 characters of `s`, on one line.
fn one_line(s: &str) -> String {
    let one: String = s.chars().map(|c| if c == '\n' { '⏎' } else { c }).collect();
    one.chars().take(300).collect()
}

#[test]
fn every_documented_qlik_cli_line_runs_as_the_data_file_says() {
    let entries = parse(COMMANDS).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        (40..=100).contains(&entries.len()),
        "{} lines in commands.txt",
        entries.len()
    );
    let chunks: Vec<&[Entry]> = entries.chunks(entries.len().div_ceil(WORKERS)).collect();
    let mut failures: Vec<(usize, String)> = std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                s.spawn(move || {
                    chunk
                        .iter()
                        .filter_map(|e| {
                            check(e).err().map(|why| {
                                (e.line, format!("line {}: {}\n    {why}", e.line, e.command))
                            })
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker panicked"))
            .collect()
    });
    failures.sort();
    assert!(
        failures.is_empty(),
        "{} of {} qlik-cli lines do not end as commands.txt says:\n{}",
        failures.len(),
        entries.len(),
        failures
            .into_iter()
            .map(|(_, f)| f)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The cursor of a `links.next.href` as qlik-cli scripts take it: the text after `next=` up to
/// the next `&`, not decoded (PowerShell's `[regex]::match($items.links.next.href,
/// 'next=(.*?)(&|$)')`).
fn next_cursor(page: &Value) -> Option<String> {
    let href = page["links"]["next"]["href"].as_str()?;
    let (_, rest) = href.split_once("next=")?;
    Some(rest.split('&').next().unwrap_or_default().to_string())
}

/// qlik.dev's pagination page: "--raw disables automatic pagination and returns only the first
/// page of results, including pagination details such as links.next". Scripts walk the pages
/// with it, passing the cursor of `links.next.href` to `--next`; every app comes once.
#[test]
fn raw_pages_walk_with_next_as_qlik_cli_scripts_do() {
    let server = support::emulator(250, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "emulator", server.base_url(), server.api_key());
    let r = run_in(dir.path(), &[], &["profile", "use", "emulator"], None);
    assert_eq!(r.code, 0, "{}", r.err);
    let ls = |extra: &[&str]| {
        let mut args = vec!["item", "ls", "--limit", "10", "--resourceType", "app"];
        args.extend_from_slice(extra);
        args.push("--raw");
        let r = run_in(dir.path(), &[], &args, None);
        assert_eq!(r.code, 0, "{args:?}: {}", r.err);
        support::json(&r.out)
    };
    let mut page = ls(&[]);
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..100 {
        let data = page["data"].as_array().expect("a raw page has data");
        assert!(data.len() <= 10, "{} items on a page of 10", data.len());
        seen.extend(data.iter().map(|i| i["id"].as_str().unwrap().to_string()));
        let Some(next) = next_cursor(&page) else {
            break;
        };
        page = ls(&["--next", &next]);
    }
    let mut apps: Vec<String> = server
        .item_ids()
        .into_iter()
        .filter(|id| server.item(id).unwrap()["resourceType"] == "app")
        .collect();
    assert!(
        apps.len() > 20,
        "{} apps: too few for several pages",
        apps.len()
    );
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), seen.len(), "an app came twice");
    apps.sort();
    assert_eq!(unique, apps);
}

#[test]
fn every_command_and_the_flags_scripts_use_are_covered() {
    let entries = parse(COMMANDS).unwrap();
    let lines: Vec<&str> = entries.iter().map(|e| e.command.as_str()).collect();
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    for needle in [
        "qlik item ls",
        "qlik item get ",
        "qlik item update ",
        "qlik item rm ",
        "qlik item collections ",
        "qlik item publisheditems ",
        "qlik item settings ls",
        "qlik item settings patch",
        "qlik context create ",
        "qlik context use ",
        "qlik context ls",
        "qlik context get",
        "qlik context rm ",
        "qlik raw get ",
        "--resourceType",
        "--spaceId",
        "--limit",
        "--sort",
        "--name",
        "--ownerId",
        "--collectionId",
        "--json",
        " -q",
        "--raw",
        "--headers",
        "--verbose",
        "--insecure",
        "--context",
        "--server",
    ] {
        assert!(has(needle), "no line of commands.txt has `{needle}`");
    }
    // Each documented difference gives its reason, for the README.
    for e in &entries {
        if let Expect::Differs { reason, .. } = &e.expect {
            assert!(reason.len() > 10, "line {}: a reason too short", e.line);
        }
        assert!(!e.source.is_empty());
    }
}

#[test]
fn the_splitter_reads_words_as_a_posix_shell_does() {
    let ok = |line: &str| split(line).unwrap();
    assert_eq!(ok("qlik item ls"), ["qlik", "item", "ls"]);
    assert_eq!(ok("  a   b  "), ["a", "b"]);
    assert_eq!(
        ok(r#"qlik item ls --resourceType "app,qvapp" --name 'x y'"#),
        [
            "qlik",
            "item",
            "ls",
            "--resourceType",
            "app,qvapp",
            "--name",
            "x y"
        ]
    );
    assert_eq!(
        ok(r#"a "b\"c\\d\x" 'e\f' g\ h"#),
        ["a", r#"b"c\d\x"#, r"e\f", "g h"]
    );
    assert_eq!(ok(r#"a'b'"c"d"#), ["abcd"]);
    assert_eq!(ok(r#"a "" ''"#), ["a", "", ""]);
    assert_eq!(
        ok(r#"--body '[{"op":"replace"}]'"#),
        ["--body", r#"[{"op":"replace"}]"#]
    );
    for bad in [
        "a 'b",
        "a \"b",
        "a \\",
        "qlik item ls | jq",
        "a $(b)",
        "a \"$b\"",
        "a > f",
        "a; b",
    ] {
        assert!(split(bad).is_err(), "{bad} split");
    }
}

/// docs/compat.md lists each documented difference: its table names every `differs` line of
/// the data file, as written there.
#[test]
fn the_reference_page_lists_every_difference() {
    let page = include_str!("../../docs/compat.md");
    for e in parse(COMMANDS).unwrap() {
        if matches!(e.expect, Expect::Differs { .. }) {
            assert!(
                page.contains(&format!("`{}`", e.command)),
                "docs/compat.md does not name line {}: `{}`",
                e.line,
                e.command
            );
        }
    }
}

#[test]
fn json_output_is_told_from_the_words() {
    let words = |l: &str| split(l).unwrap();
    for yes in [
        "qlik item get x --json",
        "qlik item ls -o json",
        "qlik item ls --output jsonl",
        "qlik item ls -ojson",
        "qlik item ls --output=jsonl",
    ] {
        assert!(asks_for_json(&words(yes)), "{yes}");
    }
    for no in [
        "qlik item ls",
        "qlik item ls -o yaml",
        "qlik item ls --name json",
        "qlik item ls -o",
    ] {
        assert!(!asks_for_json(&words(no)), "{no}");
    }
}

#[test]
fn the_data_file_format_is_read_strictly() {
    let one = |line: &str| parse(line).map(|mut v| v.remove(0));
    let e = one("ok json given=a given=b | qlik item ls | https://qlik.dev/x").unwrap();
    assert_eq!(e.expect, Expect::Ok(Kind::Json));
    assert_eq!(e.given, ["a", "b"]);
    let e =
        one(r#"differs 2 "no: way" given=p: a reason | qlik a | b | https://qlik.dev/x"#).unwrap();
    assert_eq!(e.command, "qlik a | b");
    assert_eq!(e.given, ["p"]);
    assert_eq!(
        e.expect,
        Expect::Differs {
            code: 2,
            phrase: "no: way".into(),
            reason: "a reason".into()
        }
    );
    for bad in [
        "ok | qlik item ls",
        "fine | qlik item ls | https://qlik.dev/x",
        "ok jsn | qlik item ls | https://qlik.dev/x",
        "ok | kubectl get | https://qlik.dev/x",
        "ok | qlik item ls | https://example.com/x",
        "differs x \"p\": r | qlik a | https://qlik.dev/x",
        "differs 2 p: r | qlik a | https://qlik.dev/x",
        "differs 2 \"p\" | qlik a | https://qlik.dev/x",
    ] {
        assert!(parse(bad).is_err(), "{bad} parsed");
    }
}
