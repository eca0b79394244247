//! `qlik raw get|post|put|patch|delete PATH` (alias `qlik api`): any API of the configured
//! server. The path, the query and the body are checked before anything is sent; the answer
//! prints through the printer (whole, or the items of a list answer), and `--paginate`
//! walks `links.next` with the guards of every listing (`api::paging::walk`).

use std::io::{self, IsTerminal};

use anyhow::Context as _;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use reqwest::Method;
use serde_json::{Map, Value};

use crate::api::ApiError;
use crate::api::paging::{self, Follow};
use crate::cli::raw::{DEFAULT_MAX_PAGES, RawArgs, RawCommand, RawGetArgs, RawWriteArgs};
use crate::commands::runtime::block_on_local;
use crate::commands::{Ctx, StdPrinter, TIER1_PER_MINUTE, TIER2_PER_MINUTE};
use crate::error::{Hinted, usage};
use crate::output::progress::Progress;
use crate::output::{Format, Shape};
use crate::text::{SHORT_TEXT_CAP, one_line};

/// The most `--query` pairs, and `--body-values` pairs, taken.
const MAX_PAIRS: usize = 1000;

/// Characters of a path written as `%XX` before it is sent: controls are refused earlier;
/// these would otherwise be encoded by the URL parser, which the client refuses as a change
/// of the path.
const PATH_ENCODE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'^')
    .add(b'|');

pub fn run(ctx: &Ctx, cmd: RawCommand) -> anyhow::Result<u8> {
    match cmd {
        RawCommand::Get(a) => get(ctx, a),
        RawCommand::Post(a) => write(ctx, Method::POST, a),
        RawCommand::Put(a) => write(ctx, Method::PUT, a),
        RawCommand::Patch(a) => write(ctx, Method::PATCH, a),
        RawCommand::Delete(a) => write(ctx, Method::DELETE, a),
    }
}

/// What a checked request is made of.
struct Request {
    method: Method,
    /// Path and query on the configured server.
    target: String,
    body: Option<Vec<u8>>,
}

/// The printer and client of a raw call. Its output defaults to JSON on a terminal too (an
/// answer of any API has no table of its own): only -o, --json, -q and --jq change it.
struct RawSession {
    printer: StdPrinter,
    client: crate::api::Client,
}

fn session(ctx: &Ctx, a: &RawArgs) -> anyhow::Result<RawSession> {
    let quiet = a.quiet;
    let as_received = match (&a.output_file, a.raw) {
        (Some(_), _) => Some("--output-file writes"),
        (None, true) => Some("--raw prints"),
        (None, false) => None,
    };
    if let Some(what) = as_received {
        let other = if ctx.global.jq.is_some() {
            Some("--jq")
        } else if ctx.global.fields.is_some() {
            Some("--fields")
        } else if ctx.global.output.is_some() || ctx.global.json {
            Some("-o")
        } else {
            None
        };
        if let Some(flag) = other {
            return Err(usage(format!(
                "{what} the body as received: it cannot be combined with {flag}"
            )));
        }
    }
    let jq = ctx.jq(quiet)?;
    let shaping = ctx.shaping()?;
    let mut settings = ctx.settings()?;
    let format = if quiet {
        Format::Ids
    } else if ctx.global.jq.is_some() {
        Format::Jsonl
    } else if ctx.global.json {
        Format::Json
    } else if let Some(f) = &ctx.global.output {
        Format::parse(f).ok_or_else(|| usage(format!("unknown output format `{f}`")))?
    } else {
        Format::Json
    };
    let term = ctx.terminal();
    // Every request is paced by its tier, the profile's limits or the defaults.
    settings.tier1_per_minute = a
        .tier1_per_minute
        .or(settings.tier1_per_minute)
        .or(Some(TIER1_PER_MINUTE));
    settings.tier2_per_minute = a
        .tier2_per_minute
        .or(settings.tier2_per_minute)
        .or(Some(TIER2_PER_MINUTE));
    let client = ctx.client(&settings)?;
    Ok(RawSession {
        printer: crate::commands::printer(format, term)
            .shaping(shaping)
            .jq(jq)
            .held_cap(ctx.held_cap()?),
        client,
    })
}

fn get(ctx: &Ctx, a: RawGetArgs) -> anyhow::Result<u8> {
    let (path, query) = checked_path(&a.common)?;
    let RawSession {
        mut printer,
        client,
    } = session(ctx, &a.common)?;
    let target = on_server(&path, query, client.base_url())?;
    if !a.paginate {
        let req = Request {
            method: Method::GET,
            target,
            body: None,
        };
        return send_and_print(&client, printer, req, &a.common);
    }
    let max_pages = a.max_pages.unwrap_or(DEFAULT_MAX_PAGES);
    block_on_local(async move {
        let format = printer.format();
        let term = printer.term();
        // json and yaml are one document: held until the last page, so that a failure
        // halfway prints nothing rather than a document that looks whole.
        // (With --jq the format is jsonl: never held.)
        let held = matches!(format, Format::Json | Format::Yaml);
        let mut out = if held {
            printer.held_list(Shape::Objects)?
        } else {
            printer.list(Shape::Objects)
        };
        let follow = Follow {
            total: None,
            max_pages: Some(max_pages),
            as_linked: true,
            members: out.reads_members(),
        };
        let mut pages = paging::walk(&client, target, follow);
        let waits = held || format.is_table();
        let mut progress =
            (waits && io::stderr().is_terminal()).then(|| Progress::start("objects", term.width));
        let mut arrived: u64 = 0;
        while let Some(page) = pages.next().await {
            let page = match page {
                Ok(p) => p,
                Err(e) => {
                    drop(progress.take());
                    let count = out.count();
                    let mut hints = Vec::new();
                    if arrived > 0 {
                        hints.push(if count == 0 {
                            "no objects were listed before the failure".to_string()
                        } else if held {
                            "nothing was printed: a json or yaml listing is printed only once \
                             complete (-o jsonl prints each page as it arrives)"
                                .to_string()
                        } else {
                            if format.is_table() {
                                out.finish()?;
                            }
                            "the objects above are complete pages".to_string()
                        });
                    }
                    return Err(Hinted::wrap(e, hints));
                }
            };
            arrived += 1;
            out.push_page(page.scanned())?;
            if let Some(p) = &mut progress {
                p.page(page.len());
            }
        }
        if let Some(p) = progress.take() {
            p.clear();
        }
        let count = out.count();
        out.finish()?;
        printer.empty(count, "No objects.");
        Ok(0)
    })
}

fn write(ctx: &Ctx, method: Method, a: RawWriteArgs) -> anyhow::Result<u8> {
    let (path, query) = checked_path(&a.common)?;
    let body = body(&a)?;
    let RawSession {
        mut printer,
        client,
    } = session(ctx, &a.common)?;
    let target = on_server(&path, query, client.base_url())?;
    if a.dry_run {
        printer.dry_run_json(method.as_str(), &client.full_url(&target), body.as_deref())?;
        printer.flush()?;
        return Ok(0);
    }
    let req = Request {
        method,
        target,
        body,
    };
    send_and_print(&client, printer, req, &a.common)
}

/// Sends one request and prints its answer.
fn send_and_print(
    client: &crate::api::Client,
    mut printer: StdPrinter,
    req: Request,
    a: &RawArgs,
) -> anyhow::Result<u8> {
    block_on_local(async move {
        let resp = client
            .send_bytes(req.method, &req.target, req.body.as_deref())
            .await?;
        if let Some(file) = &a.output_file {
            std::fs::write(file, &resp.body)
                .with_context(|| format!("cannot write {}", file.display()))?;
            return Ok(0);
        }
        print_answer(&mut printer, &resp.body, a)?;
        Ok(0)
    })
}

/// Prints one answer: `--raw` as received; `--jq` on the whole body; a list answer's items
/// when the format prints rows (jsonl, csv, tsv, table, name, `-q`, `--fields`); else the
/// whole answer (json re-indented as received).
fn print_answer(printer: &mut StdPrinter, body: &[u8], a: &RawArgs) -> anyhow::Result<()> {
    let has_fields = printer.has_fields();
    if a.raw {
        printer.text_body(body)?;
        return Ok(());
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    if printer.has_jq() {
        printer.raw(body)?;
        return Ok(());
    }
    if crate::limits::too_deep_json(body) {
        return Err(ApiError::other(crate::limits::too_deep()).into());
    }
    let format = printer.format();
    if format == Format::Json && !has_fields {
        // Re-indented as received: checked as JSON in one pass, no tree of values built.
        let is_json =
            std::str::from_utf8(body).is_ok() && crate::jsonscan::scan_item(body, false).is_some();
        if is_json {
            printer.json_body(body)?;
        } else {
            printer.text_body(body)?;
        }
        return Ok(());
    }
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        // Not JSON (a CSV export, a script): as received.
        printer.text_body(body)?;
        return Ok(());
    };
    // Every format but the two that print the answer as one document prints its items.
    let rows = has_fields || !matches!(format, Format::Json | Format::Yaml);
    if rows && let Some(Value::Array(items)) = v.get("data") {
        let mut list = printer.list(Shape::Objects);
        list.push_all(items)?;
        let count = list.count();
        list.finish()?;
        printer.empty(count, "No objects.");
        return Ok(());
    }
    printer.object(Shape::Objects, &v)?;
    Ok(())
}

/// PATH checked on its own (before the server is known): no control characters, no
/// backslash, no fragment, no `.` or `..` segment (written plainly or percent-encoded), a
/// `%` only before two hex digits. Returns the path (absolute, percent-encoded where needed,
/// or a full URL still to be matched against the server) and its query with `--query` added.
fn checked_path(a: &RawArgs) -> anyhow::Result<(String, Option<String>)> {
    let given = a.path.as_str();
    let shown = || one_line(given, SHORT_TEXT_CAP);
    if given.trim().is_empty() {
        return Err(usage("PATH is empty; give a path such as /api/v1/spaces"));
    }
    if given
        .chars()
        .any(|c| c.is_control() || crate::text::is_unsafe(c))
    {
        return Err(usage(format!(
            "PATH `{}` holds control characters; nothing was sent",
            shown()
        )));
    }
    if given.contains('\\') {
        return Err(usage(format!(
            "PATH `{}` holds a backslash; paths use `/`",
            shown()
        )));
    }
    if given.contains('#') {
        return Err(usage(format!(
            "PATH `{}` holds a fragment (`#`), which is never sent; write `%23` for a `#` in a value",
            shown()
        )));
    }
    let (path, query) = match given.split_once('?') {
        Some((p, q)) => (p, Some(q.to_string())),
        None => (given, None),
    };
    let url_like = path.to_ascii_lowercase();
    let path = if url_like.starts_with("http://") || url_like.starts_with("https://") {
        path.to_string()
    } else if path.contains("://") || path.starts_with("//") {
        return Err(usage(format!(
            "PATH `{}` is not a path on the server; give /api/v1/… or the server's own URL",
            shown()
        )));
    } else if let Some(rest) = path.strip_prefix("v1/") {
        // qlik-cli's form: relative to /api.
        format!("/api/v1/{rest}")
    } else if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let segments = match path.find("://") {
        Some(i) => path[i + 3..].split_once('/').map_or("", |(_, p)| p),
        None => path.as_str(),
    };
    for seg in segments.split('/') {
        check_escapes(seg, &shown)?;
        let decoded = percent_encoding::percent_decode_str(seg).decode_utf8_lossy();
        if decoded == "." || decoded == ".." {
            return Err(usage(format!(
                "PATH `{}` has a `{decoded}` segment, which would leave the path given; nothing was sent",
                shown()
            )));
        }
    }
    if let Some(q) = &query {
        check_escapes(q, &shown)?;
    }
    let query = with_pairs(query, &query_pairs(&a.query)?);
    Ok((path, query))
}

/// A `%` must begin an escape (`%2F`).
fn check_escapes(s: &str, shown: &dyn Fn() -> String) -> anyhow::Result<()> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'%'
            && !(i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit())
        {
            return Err(usage(format!(
                "PATH `{}` has a `%` that does not begin an escape such as %2F; write a `%` as %25",
                shown()
            )));
        }
    }
    Ok(())
}

/// The path and query to send on the server at `base`: a full URL must have the server's
/// scheme, host and port (the credential goes nowhere else), and the server's own path
/// prefix is taken off it.
fn on_server(path: &str, query: Option<String>, base: &str) -> anyhow::Result<String> {
    let path = if path.contains("://") {
        let url = url::Url::parse(path).map_err(|e| {
            usage(format!(
                "PATH `{}` is not a URL ({e})",
                one_line(path, SHORT_TEXT_CAP)
            ))
        })?;
        let server = url::Url::parse(base)
            .map_err(|e| usage(format!("the server URL is not usable ({e})")))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(usage(
                "PATH holds a user name or password; the credential comes from the profile or the environment",
            ));
        }
        if url.origin() != server.origin() {
            return Err(Hinted::wrap(
                ApiError::invalid(format!(
                    "not sent: {} is not the configured server {}; the credential is only ever sent there",
                    one_line(&url.origin().ascii_serialization(), SHORT_TEXT_CAP),
                    one_line(&server.origin().ascii_serialization(), SHORT_TEXT_CAP)
                )),
                vec![
                    "give the path alone (/api/v1/…), or choose that server with --server or --profile"
                        .into(),
                ],
            ));
        }
        let prefix = server.path().trim_end_matches('/');
        let p = url.path();
        match p.strip_prefix(prefix) {
            Some(rest) if rest.starts_with('/') => rest.to_string(),
            _ if prefix.is_empty() => p.to_string(),
            _ => {
                return Err(usage(format!(
                    "PATH `{}` is not under the server's path {prefix}",
                    one_line(path, SHORT_TEXT_CAP)
                )));
            }
        }
    } else {
        path.to_string()
    };
    let path = utf8_percent_encode(&path, PATH_ENCODE).to_string();
    Ok(match query {
        Some(q) if !q.is_empty() => format!("{path}?{q}"),
        _ => path,
    })
}

/// The `--query` values as pairs: KEY=VALUE each, or qlik-cli's `k1=v1,k2=v2` when every
/// comma-separated part has an `=`.
fn query_pairs(values: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    let pairs = key_values(values, "--query")?;
    Ok(pairs)
}

/// KEY=VALUE arguments as pairs (see [`query_pairs`]); a missing `=` or key is a usage error.
fn key_values(values: &[String], flag: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    for v in values {
        let parts: Vec<&str> = if v.contains(',') && v.split(',').all(|p| p.contains('=')) {
            v.split(',').collect()
        } else {
            vec![v.as_str()]
        };
        for p in parts {
            match p.split_once('=') {
                Some((k, val)) if !k.is_empty() => pairs.push((k.to_string(), val.to_string())),
                _ => {
                    return Err(usage(format!(
                        "{flag} `{}` is not KEY=VALUE",
                        one_line(p, SHORT_TEXT_CAP)
                    )));
                }
            }
        }
        if pairs.len() > MAX_PAIRS {
            return Err(usage(format!("{flag}: more than {MAX_PAIRS} pairs")));
        }
    }
    Ok(pairs)
}

/// `query` with `pairs` appended, each percent-encoded.
fn with_pairs(query: Option<String>, pairs: &[(String, String)]) -> Option<String> {
    if pairs.is_empty() {
        return query;
    }
    let mut ser = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        ser.append_pair(k, v);
    }
    let added = ser.finish().replace('+', "%20");
    Some(match query {
        Some(q) if !q.is_empty() => format!("{q}&{added}"),
        _ => added,
    })
}

/// The body of a write: `--body`, `--body-file` or `--body-values`, checked to be JSON.
fn body(a: &RawWriteArgs) -> anyhow::Result<Option<Vec<u8>>> {
    let (bytes, source) = if let Some(b) = &a.body {
        (b.clone().into_bytes(), "--body".to_string())
    } else if let Some(f) = &a.body_file {
        let source = if f == "-" {
            "standard input".to_string()
        } else {
            f.clone()
        };
        (crate::commands::item::write::read_input(f)?, source)
    } else if !a.body_values.is_empty() {
        let v = body_values(&a.body_values)?;
        return Ok(Some(serde_json::to_vec(&v)?));
    } else {
        return Ok(None);
    };
    if crate::limits::too_deep_json(&bytes) {
        return Err(usage(format!("{source}: {}", crate::limits::too_deep())));
    }
    if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(&bytes) {
        return Err(usage(format!(
            "{source} is not valid JSON ({e}); nothing was sent"
        )));
    }
    Ok(Some(bytes))
}

/// qlik-cli's `--body-values`: KEY=VALUE pairs made one object; a dot in KEY nests objects,
/// and a `:bool` or `:number` suffix sends the value as one.
fn body_values(values: &[String]) -> anyhow::Result<Value> {
    let mut root = Map::new();
    for (key, text) in key_values(values, "--body-values")? {
        let shown = || one_line(&key, SHORT_TEXT_CAP);
        let (key, value) = if let Some(k) = key.strip_suffix(":bool") {
            match text.as_str() {
                "true" => (k.to_string(), Value::Bool(true)),
                "false" => (k.to_string(), Value::Bool(false)),
                _ => {
                    return Err(usage(format!(
                        "--body-values {}: takes true or false",
                        shown()
                    )));
                }
            }
        } else if let Some(k) = key.strip_suffix(":number") {
            let n: serde_json::Number = serde_json::from_str(text.trim())
                .map_err(|_| usage(format!("--body-values {}: takes a number", shown())))?;
            (k.to_string(), Value::Number(n))
        } else {
            (key.clone(), Value::String(text))
        };
        let parts: Vec<&str> = key.split('.').collect();
        if parts.iter().any(|p| p.is_empty()) {
            return Err(usage(format!(
                "--body-values {}: a key part is empty",
                shown()
            )));
        }
        let mut map = &mut root;
        for p in &parts[..parts.len() - 1] {
            let entry = map
                .entry(p.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            map = match entry {
                Value::Object(m) => m,
                _ => {
                    return Err(usage(format!(
                        "--body-values {}: `{p}` is a value and an object at once",
                        shown()
                    )));
                }
            };
        }
        map.insert(parts[parts.len() - 1].to_string(), value);
    }
    Ok(Value::Object(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(path: &str, query: &[&str]) -> RawArgs {
        RawArgs {
            path: path.into(),
            query: query.iter().map(|s| s.to_string()).collect(),
            ..RawArgs::default()
        }
    }

    fn target(path: &str, query: &[&str], base: &str) -> Result<String, String> {
        let (p, q) = checked_path(&args(path, query)).map_err(|e| e.to_string())?;
        on_server(&p, q, base).map_err(|e| e.to_string())
    }

    #[test]
    fn paths_become_targets_on_the_server() {
        let b = "https://t.eu.qlikcloud.com";
        assert_eq!(target("/api/v1/spaces", &[], b).unwrap(), "/api/v1/spaces");
        assert_eq!(target("api/v1/spaces", &[], b).unwrap(), "/api/v1/spaces");
        assert_eq!(target("v1/items", &[], b).unwrap(), "/api/v1/items");
        assert_eq!(
            target("/api/v1/items?limit=5", &["name=a b", "x=1,y=2"], b).unwrap(),
            "/api/v1/items?limit=5&name=a%20b&x=1&y=2"
        );
        assert_eq!(
            target("/api/v1/items", &["resourceIds=a,b"], b).unwrap(),
            "/api/v1/items?resourceIds=a%2Cb"
        );
        assert_eq!(
            target("https://t.eu.qlikcloud.com/api/v1/users/me", &[], b).unwrap(),
            "/api/v1/users/me"
        );
        assert_eq!(
            target("https://T.EU.qlikcloud.com:443/api/v1/x?a=1", &[], b).unwrap(),
            "/api/v1/x?a=1"
        );
        assert_eq!(target("/api/v1/a b", &[], b).unwrap(), "/api/v1/a%20b");
    }

    #[test]
    fn paths_that_leave_or_drive_are_refused() {
        let b = "https://t.eu.qlikcloud.com";
        for (path, why) in [
            (
                "https://evil.example/api/v1/items",
                "is not the configured server",
            ),
            (
                "http://t.eu.qlikcloud.com/api/v1/items",
                "is not the configured server",
            ),
            (
                "https://t.eu.qlikcloud.com:8443/api/v1/items",
                "is not the configured server",
            ),
            (
                "https://u:p@t.eu.qlikcloud.com/api/v1/items",
                "user name or password",
            ),
            ("//evil.example/api", "not a path on the server"),
            ("ftp://t/api", "not a path on the server"),
            ("/api/v1/../../admin", "`..` segment"),
            ("/api/v1/%2e%2E/x", "`..` segment"),
            ("/api/./v1", "`.` segment"),
            ("/api/v1/items\u{1b}[2J", "control characters"),
            ("/api/v1/items\u{9b}", "control characters"),
            ("/api\\v1", "backslash"),
            ("/api/v1/items#x", "fragment"),
            ("/api/v1/100%", "does not begin an escape"),
            ("", "empty"),
        ] {
            let err = target(path, &[], b).unwrap_err();
            assert!(err.contains(why), "{path:?}: {err}");
        }
        assert!(
            target("/x", &["novalue"], b)
                .unwrap_err()
                .contains("not KEY=VALUE")
        );
        assert!(
            target("/x", &["=v"], b)
                .unwrap_err()
                .contains("not KEY=VALUE")
        );
    }

    #[test]
    fn body_values_nest_and_type() {
        let v = body_values(&[
            "name=Sales".into(),
            "meta.tags.first=a".into(),
            "on:bool=true,n:number=12.5".into(),
        ])
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({"name": "Sales", "meta": {"tags": {"first": "a"}}, "on": true, "n": 12.5})
        );
        assert!(body_values(&["a=1".into(), "a.b=2".into()]).is_err());
        assert!(body_values(&["a:bool=yes".into()]).is_err());
        assert!(body_values(&["a:number=x".into()]).is_err());
        assert!(body_values(&["a..b=1".into()]).is_err());
    }
}
