//! See the list in main.rs.

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use crate::support::pty::{Screen, Terminal};
use crate::support::{Mock, Reply, add_profile, emulator, ok, run_env, run_on};
use qlik_emulator::{BackgroundServer, Faults};

/// Back to the start of the line, and the line cleared: how the progress line is erased.
const ERASE: &str = "\r\x1b[2K";

#[test]
fn the_pty_helper_runs_the_binary_on_a_terminal_of_the_given_width() {
    let server = emulator(3, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "-o", "json"])
        .server(server.base_url(), server.api_key())
        .size(100, 30)
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(screen.text.trim_start().starts_with('['), "{}", screen.text);
}

/// `qlik ARGS` on a terminal `cols` wide; `None` when there is no `script`.
fn on_terminal(server: &BackgroundServer, args: &[&str], cols: u16) -> Option<Screen> {
    let dir = tempfile::tempdir().unwrap();
    let screen = Terminal::new(dir.path(), args)
        .server(server.base_url(), server.api_key())
        .size(cols, 40)
        .run()?;
    assert_eq!(screen.code, 0, "{}", screen.text);
    Some(screen)
}

/// The words of the header line (the first line starting with `ID`).
fn header(text: &str) -> Vec<&str> {
    text.lines()
        .find(|l| l.starts_with("ID "))
        .unwrap_or_else(|| panic!("no header: {text}"))
        .split_whitespace()
        .collect()
}

/// No line wider than the terminal: none wraps.
fn assert_fits(text: &str, cols: usize) {
    for l in text.lines() {
        assert!(l.width() <= cols, "wider than {cols}: {l:?}\n{text}");
    }
}

fn str_field<'a>(item: &'a Value, key: &str) -> &'a str {
    item[key].as_str().unwrap_or_default()
}

/// The row of item `id` in a table.
fn row_of<'a>(text: &'a str, id: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(&format!("{id}  ")))
        .unwrap_or_else(|| panic!("no row for {id}: {text}"))
}

/// `2024-03-01T10:20:30.123Z` as the table on a terminal shows it.
fn shown_time(t: &str) -> String {
    format!("{} {} UTC", &t[..10], &t[11..16])
}

#[test]
fn at_80_columns_owner_space_and_updated_go_before_a_name_is_cut() {
    let server = emulator(20, Faults::default());
    let Some(screen) = on_terminal(&server, &["item", "ls"], 80) else {
        return;
    };
    assert_eq!(
        header(&screen.text),
        ["ID", "NAME", "TYPE"],
        "{}",
        screen.text
    );
    assert_fits(&screen.text, 80);
    for id in server.item_ids() {
        let item = server.item(&id).unwrap();
        let row = row_of(&screen.text, &id);
        // Names whole, ids whole.
        assert!(row.contains(str_field(&item, "name")), "{row}");
    }
}

#[test]
fn at_200_columns_every_column_shows_and_times_say_utc() {
    let server = emulator(20, Faults::default());
    let Some(screen) = on_terminal(&server, &["item", "ls"], 200) else {
        return;
    };
    assert_eq!(
        header(&screen.text),
        ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"]
    );
    assert_fits(&screen.text, 200);
    for id in server.item_ids() {
        let item = server.item(&id).unwrap();
        let row = row_of(&screen.text, &id);
        assert!(row.contains(str_field(&item, "ownerId")), "{row}");
        assert!(
            row.ends_with(&shown_time(str_field(&item, "updatedAt"))),
            "{row}"
        );
        assert!(!screen.text.contains('…'), "{}", screen.text);
    }
}

#[test]
fn wide_shows_every_column_whole_on_a_narrow_terminal() {
    let server = emulator(20, Faults::default());
    let Some(screen) = on_terminal(&server, &["item", "ls", "-o", "wide"], 80) else {
        return;
    };
    assert_eq!(
        header(&screen.text),
        ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"]
    );
    assert!(!screen.text.contains('…'), "{}", screen.text);
    for id in server.item_ids() {
        let item = server.item(&id).unwrap();
        let row = row_of(&screen.text, &id);
        assert!(row.contains(str_field(&item, "ownerId")), "{row}");
        let mut ty = str_field(&item, "resourceType").to_string();
        if !str_field(&item, "resourceSubType").is_empty() {
            ty = format!("{ty}/{}", str_field(&item, "resourceSubType"));
        }
        assert!(row.contains(&ty), "{row}");
    }
    // A profile may say wide too; a bad name is refused before any request.
    let r = run_env(&server, &["item", "ls"], &[("QLIK_OUTPUT", "wide")]);
    assert_eq!(header(&r.out).len(), 6, "{}", r.out);
    let before = server.requests().len();
    let r = run_env(&server, &["item", "ls"], &[("QLIK_OUTPUT", "wider")]);
    assert_eq!(r.code, 2);
    assert!(
        r.err
            .contains("table, wide, json, yaml, jsonl, csv, tsv or name"),
        "{}",
        r.err
    );
    assert_eq!(server.requests().len(), before);
}

#[test]
fn a_piped_table_keeps_every_column_and_the_services_times() {
    let server = emulator(20, Faults::default());
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "-o", "table"])
        .server(server.base_url(), server.api_key())
        .size(80, 40)
        .redirect(" | cat")
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert_eq!(
        header(&screen.text),
        ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"]
    );
    for id in server.item_ids() {
        let item = server.item(&id).unwrap();
        let row = row_of(&screen.text, &id);
        assert!(row.ends_with(str_field(&item, "updatedAt")), "{row}");
    }
}

#[test]
fn collections_leave_out_updated_first_on_a_narrow_terminal() {
    let server = emulator(20, Faults::default());
    let id = &server
        .item_ids()
        .into_iter()
        .find(|id| {
            server.item(id).unwrap()["collectionIds"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
        })
        .unwrap();
    let Some(wide) = on_terminal(&server, &["item", "collections", id], 200) else {
        return;
    };
    assert_eq!(
        header(&wide.text),
        ["ID", "NAME", "TYPE", "ITEMS", "UPDATED"]
    );
    assert!(wide.text.contains(" UTC\n"), "{}", wide.text);
    let narrow = on_terminal(&server, &["item", "collections", id], 50).unwrap();
    assert_eq!(header(&narrow.text), ["ID", "NAME", "TYPE", "ITEMS"]);
    assert_fits(&narrow.text, 50);
}

#[test]
fn an_empty_result_says_so_on_a_terminal_and_prints_nothing_when_piped() {
    let server = emulator(5, Faults::default());
    let none = ["item", "ls", "--name", "no item has this name"];
    let Some(screen) = on_terminal(&server, &none, 80) else {
        return;
    };
    assert_eq!(screen.text.trim(), "No items.", "{}", screen.text);
    let id = &server.item_ids()[0];
    let screen = on_terminal(
        &server,
        &["item", "collections", id, "--name", "no such collection"],
        80,
    )
    .unwrap();
    assert_eq!(screen.text.trim(), "No collections.", "{}", screen.text);

    let run = |args: &[&str]| {
        let r = run_on(&server, args);
        assert_eq!(r.code, 0, "{}", r.err);
        (r.out, r.err)
    };
    let (out, err) = run(&[&none[..], &["-o", "table"]].concat());
    assert_eq!(out, "");
    assert_eq!(err, "No items.\n");
    let (out, _) = run(&[&none[..], &["-o", "wide"]].concat());
    assert_eq!(out, "");
    let (out, err) = run(&none);
    assert_eq!(out, "[]\n");
    assert_eq!(err, "");
    let (out, _) = run(&[&none[..], &["-o", "jsonl"]].concat());
    assert_eq!(out, "");
}

#[test]
fn get_and_update_show_one_object_as_field_value_lines() {
    let server = emulator(3, Faults::default());
    let id = server.item_ids()[1].clone();
    let Some(screen) = on_terminal(
        &server,
        &[
            "item",
            "update",
            &id,
            "--description",
            "Numbers for the board\u{1b}[2J",
        ],
        80,
    ) else {
        return;
    };
    let lines: Vec<&str> = screen.text.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["FIELD", "VALUE"],
        "{}",
        screen.text
    );
    let value = |key: &str| {
        lines
            .iter()
            .find(|l| l.split_whitespace().next() == Some(key))
            .map(|l| l[key.len()..].trim().to_string())
            .unwrap_or_else(|| panic!("no {key}: {}", screen.text))
    };
    // The change is visible, escaped: the terminal received no escape sequence from it.
    assert_eq!(value("description"), "Numbers for the board\\u{1b}[2J");
    assert!(!screen.text.contains("\u{1b}[2J"), "{:?}", screen.text);
    assert_eq!(value("id"), id);
    let item = server.item(&id).unwrap();
    assert_eq!(
        value("updatedAt"),
        shown_time(str_field(&item, "updatedAt"))
    );
    assert_fits(&screen.text, 80);

    let screen = on_terminal(&server, &["item", "get", &id], 100).unwrap();
    assert!(screen.text.starts_with("FIELD "), "{}", screen.text);
    assert!(screen.text.contains("\nname  "), "{}", screen.text);
    assert_fits(&screen.text, 100);
    // Two ids: a table of two rows.
    let ids = server.item_ids();
    let screen = on_terminal(&server, &["item", "get", &ids[0], &ids[2]], 100).unwrap();
    assert_eq!(header(&screen.text)[0], "ID");
    assert_eq!(screen.text.lines().count(), 3, "{}", screen.text);
    // Piped, -o table is the same vertical view; json stays the service's object.
    let text = ok(&server, &["item", "get", &id, "-o", "table"]);
    assert!(text.starts_with("FIELD "), "{text}");
    assert!(
        text.contains("updatedAt  ") && text.contains(str_field(&item, "updatedAt")),
        "{text}"
    );
}

/// An emulator whose every answer takes `ms` milliseconds.
fn slow(items: usize, ms: u64) -> BackgroundServer {
    emulator(
        items,
        Faults {
            latency_ms: ms,
            ..Faults::default()
        },
    )
}

#[test]
fn ls_all_shows_its_progress_on_a_terminal_and_erases_it_before_the_table() {
    let server = slow(250, 150);
    let Some(screen) = on_terminal(&server, &["item", "ls", "--all"], 100) else {
        return;
    };
    let text = String::from_utf8_lossy(&screen.bytes).into_owned();
    let first = text.find("Listing items…").expect(&text);
    assert!(text.contains("3 pages, 250 items"), "{text}");
    assert!(text.contains(" items/s"), "{text}");
    let header = text.find("ID  ").expect(&text);
    // Drawn before the table, then erased just before it.
    assert!(first < header);
    let erased = text[..header].rfind(ERASE).expect(&text);
    assert!(
        text[erased + ERASE.len()..header].trim().is_empty(),
        "{text:?}"
    );
    assert_eq!(text[header..].lines().count(), 251, "{text}");
}

#[test]
fn no_progress_when_stderr_is_not_a_terminal_or_json_goes_to_a_pipe() {
    let server = slow(150, 50);
    let dir = tempfile::tempdir().unwrap();
    let err_file = dir.path().join("stderr");
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "--all"])
        .server(server.base_url(), server.api_key())
        .redirect(&format!(" 2>{}", err_file.display()))
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert!(!screen.text.contains("Listing"), "{}", screen.text);
    assert_eq!(std::fs::read_to_string(&err_file).unwrap(), "");
    // JSON to a pipe (`wc -c` reads it), stderr on the terminal.
    let screen = Terminal::new(dir.path(), &["item", "ls", "--all", "-o", "json"])
        .server(server.base_url(), server.api_key())
        .redirect(" | wc -c")
        .run()
        .unwrap();
    assert!(!screen.text.contains("Listing"), "{}", screen.text);
    assert!(!screen.text.contains(ERASE), "{:?}", screen.text);
    // Not on a terminal at all.
    let r = run_env(
        &server,
        &["item", "ls", "--all"],
        &[("QLIK_FORCE_TTY", "1")],
    );
    assert_eq!(r.code, 0, "{}", r.err);
    assert_eq!(r.err, "");
}

#[test]
fn the_progress_line_is_erased_before_an_error() {
    let item = |i: usize| json!({"id": format!("i{i}"), "name": "n", "resourceType": "app"});
    let mock = Mock::start(move |n, _| match n {
        0 => Reply::json(
            200,
            &json!({
                "data": [item(1), item(2)],
                "links": {"self": {"href": "/api/v1/items"},
                          "next": {"href": "/api/v1/items?next=b&limit=100"}}
            }),
        ),
        _ => Reply::json(
            400,
            &json!({"errors": [{"code": "HTTP-400", "title": "bad cursor"}]}),
        ),
    });
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "--all"])
        .server(&mock.url, "k-0123456789abcdef")
        .run()
    else {
        return;
    };
    assert_ne!(screen.code, 0);
    let text = String::from_utf8_lossy(&screen.bytes).into_owned();
    let drawn = text.find("Listing items…").expect(&text);
    let error = text.find("error:").expect(&text);
    let erased = text[..error].rfind(ERASE).expect(&text);
    assert!(drawn < erased, "{text:?}");
    // Between them, only the table of the page that arrived.
    let between = &text[erased + ERASE.len()..error];
    assert!(!between.contains("Listing"), "{text:?}");
    assert!(
        between.lines().filter(|l| !l.trim().is_empty()).count() == 3
            && between.contains("i1")
            && between.contains("i2"),
        "{text:?}"
    );
}

#[test]
fn profile_ls_fits_a_terminal_too() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("https://{}example.com", "tenant-name.".repeat(10));
    add_profile(dir.path(), "p", &long, "k-0123456789abcdefghij");
    let Some(screen) = Terminal::new(dir.path(), &["profile", "ls"])
        .size(60, 20)
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 0, "{}", screen.text);
    assert_fits(&screen.text, 60);
    let row = screen.text.lines().nth(1).unwrap();
    assert!(row.starts_with("p  ") && row.ends_with("…  *"), "{row:?}");
    let screen = Terminal::new(dir.path(), &["profile", "ls", "-o", "wide"])
        .size(60, 20)
        .run()
        .unwrap();
    assert!(screen.text.contains(&long), "{}", screen.text);
}

/// The pid of the process whose environment holds `needle` and whose program is qlik.
#[cfg(target_os = "linux")]
fn pid_with_env(needle: &str) -> Option<String> {
    let bin = std::fs::canonicalize(env!("CARGO_BIN_EXE_qlik")).ok()?;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let pid = entry.file_name().to_string_lossy().into_owned();
        if !pid.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let is_qlik = std::fs::read_link(entry.path().join("exe")).is_ok_and(|e| e == bin);
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        if is_qlik && environ.split(|b| *b == 0).any(|kv| kv == needle.as_bytes()) {
            return Some(pid);
        }
    }
    None
}

#[cfg(target_os = "linux")]
#[test]
fn the_progress_line_is_erased_on_ctrl_c() {
    let item = |i: usize| json!({"id": format!("i{i}"), "name": "n", "resourceType": "app"});
    let url = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let seen_url = url.clone();
    let mock = Mock::start(move |n, _| match n {
        0 => Reply::json(
            200,
            &json!({
                "data": [item(1), item(2)],
                "links": {"self": {"href": "/api/v1/items"},
                          "next": {"href": "/api/v1/items?next=b&limit=100"}}
            }),
        ),
        _ => {
            // The second page: the user presses Ctrl-C while it is awaited.
            let needle = format!("QLIK_SERVER={}", seen_url.lock().unwrap());
            let pid = pid_with_env(&needle).expect("the qlik process");
            std::process::Command::new("kill")
                .args(["-INT", &pid])
                .status()
                .unwrap();
            let mut r = Reply::json(200, &json!({"data": [], "links": {}}));
            r.delay = std::time::Duration::from_secs(20);
            r
        }
    });
    *url.lock().unwrap() = mock.url.clone();
    let dir = tempfile::tempdir().unwrap();
    let Some(screen) = Terminal::new(dir.path(), &["item", "ls", "--all"])
        .server(&mock.url, "k-0123456789abcdef")
        .run()
    else {
        return;
    };
    assert_eq!(screen.code, 130, "{:?}", screen.text);
    let text = String::from_utf8_lossy(&screen.bytes).into_owned();
    let drawn = text.rfind("Listing items…").expect(&text);
    let erased = text.rfind(ERASE).expect(&text);
    assert!(drawn < erased, "{text:?}");
    assert!(text[erased + ERASE.len()..].trim().is_empty(), "{text:?}");
}

/// Columns named by `--fields` are cut, not dropped by priority as the default ones are: the
/// cells narrow down to their headers, and when even the headers are wider than the terminal
/// each line is cut at its edge with `…`, which shows that more is to the right (`-o wide`
/// or a pipe shows it whole).
#[test]
fn columns_named_by_fields_are_cut_at_the_edge_of_a_narrow_terminal() {
    let server = emulator(5, Faults::default());
    let fields = "id,name,resourceType,spaceId,ownerId,updatedAt";
    let Some(screen) = on_terminal(&server, &["item", "ls", "--fields", fields], 60) else {
        return;
    };
    assert_fits(&screen.text, 60);
    let head = header(&screen.text);
    assert_eq!(
        head[..4],
        ["ID", "NAME", "RESOURCETYPE", "SPACEID"],
        "{}",
        screen.text
    );
    for line in screen.text.lines().filter(|l| !l.trim().is_empty()) {
        assert!(line.ends_with('…'), "{line:?}\n{}", screen.text);
    }
    // Wide enough, every column is there and no line is cut at the edge.
    let Some(wide) = on_terminal(&server, &["item", "ls", "--fields", fields], 160) else {
        return;
    };
    assert_eq!(
        header(&wide.text),
        [
            "ID",
            "NAME",
            "RESOURCETYPE",
            "SPACEID",
            "OWNERID",
            "UPDATEDAT"
        ],
        "{}",
        wide.text
    );
    let full = ok(&server, &["item", "ls", "--fields", fields, "-o", "wide"]);
    assert!(full.contains("UPDATEDAT"), "{full}");
}
