//! The contract suite: every command and flag of the tool against Stoplight Prism's mock of the
//! official contract (`spec/items.openapi.prism.json`). Prism validates each request;
//! one it flags (an `sl-violations` header, or its 400/422) fails the suite, naming the command.
//!
//! A small recording proxy sits between the tool and Prism to see Prism's headers. Prism is
//! installed by `.ci/run` (`npm ci` in `target/prism` from `tests/prism/`); without it the
//! suite is skipped with a note, except under `CI=true`, where it fails.
//!
//! Where the contract is narrower than the service (comma lists and the bracket syntax of
//! `resourceType`/`spaceType`), those cases run against the emulator instead.

use crate::support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use qlik_emulator::{BackgroundServer, Config};
use serde_json::Value;
use support::{Mock, Reply, SeenRequest, qlik};

const KEY: &str = "contract-sentinel-key-7f3a";
/// Marks each invocation's requests.
const CASE_HEADER: &str = "X-Contract-Case";

/// One request as it went through the proxy.
#[derive(Debug, Clone)]
struct Exchange {
    label: String,
    method: String,
    target: String,
    status: u16,
    violations: Option<String>,
    /// Prism failed to build a mock answer (its own 500 `errors#UNKNOWN`) after accepting the
    /// request: a defect of the mock, not of the request.
    mock_failed: bool,
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The contract, vendored in `spec/`.
fn spec_path() -> Option<PathBuf> {
    let p = manifest_dir().join("spec").join("items.openapi.prism.json");
    p.is_file().then_some(p)
}

/// `QLIK_PRISM`, or the copy `.ci/run` installs under `target/prism`.
fn prism_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("QLIK_PRISM") {
        return Some(PathBuf::from(p));
    }
    let p = manifest_dir().join("target/prism/node_modules/.bin/prism");
    p.is_file().then_some(p)
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

struct Prism {
    child: Child,
    addr: SocketAddr,
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_prism(prism: &Path, spec: &Path) -> Prism {
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Process::new(prism)
        .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
        .arg(spec)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", prism.display()));
    let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("prism exited before listening: {status}");
        }
        assert!(
            Instant::now() < deadline,
            "prism did not listen within 60 s"
        );
        thread::sleep(Duration::from_millis(25));
    }
    Prism { child, addr }
}

/// Reads a request or response head (up to the blank line) and its `Content-Length` body.
/// A start line, its headers and its body.
type Message = (String, Vec<(String, String)>, Vec<u8>);

fn read_message(reader: &mut impl BufRead) -> Option<Message> {
    let mut first = String::new();
    if reader.read_line(&mut first).ok()? == 0 {
        return None;
    }
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).ok()? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            let (k, v) = (k.trim().to_string(), v.trim().to_string());
            if k.eq_ignore_ascii_case("content-length") {
                length = v.parse().unwrap_or(0);
            }
            headers.push((k, v));
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((first.trim_end().to_string(), headers, body))
}

fn write_message(
    out: &mut impl Write,
    first: &str,
    headers: &[(String, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!("{first}\r\n");
    for (k, v) in headers {
        if k.eq_ignore_ascii_case("connection") || k.eq_ignore_ascii_case("keep-alive") {
            continue;
        }
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("Connection: close\r\n\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body)?;
    out.flush()
}

/// A proxy in front of Prism recording every exchange: the suite's mock, relaying each
/// request it gets to Prism and Prism's answer back.
struct Recorder {
    url: String,
    log: Arc<Mutex<Vec<Exchange>>>,
    label: Arc<Mutex<String>>,
    _mock: Mock,
}

impl Recorder {
    fn start(upstream: SocketAddr) -> Recorder {
        let log = Arc::new(Mutex::new(Vec::new()));
        let label = Arc::new(Mutex::new(String::new()));
        let (log2, label2) = (log.clone(), label.clone());
        let mock = Mock::start(move |_, req| relay(req, upstream, &log2, &label2));
        Recorder {
            url: mock.url.clone(),
            log,
            label,
            _mock: mock,
        }
    }

    fn exchanges(&self) -> Vec<Exchange> {
        self.log.lock().unwrap().clone()
    }
}

/// Sends `req` to Prism, records the exchange and answers what Prism answered (a 502 when
/// Prism did not answer).
fn relay(
    req: &SeenRequest,
    upstream: SocketAddr,
    log: &Mutex<Vec<Exchange>>,
    label: &Mutex<String>,
) -> Reply {
    let request_line = format!("{} {}", req.line(), req.version);
    let answer = TcpStream::connect(upstream).ok().and_then(|mut up| {
        write_message(&mut up, &request_line, &req.headers, &req.body).ok()?;
        read_message(&mut BufReader::new(up))
    });
    let Some((status_line, resp_headers, resp_body)) = answer else {
        return Reply::new(502, "prism did not answer");
    };
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let case = req
        .header(&CASE_HEADER.to_ascii_lowercase())
        .map(str::to_string);
    let violations = resp_headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("sl-violations"))
        .map(|(_, v)| v.clone());
    log.lock().unwrap().push(Exchange {
        label: case.unwrap_or_else(|| label.lock().unwrap().clone()),
        method: req.method.clone(),
        target: req.path.clone(),
        status,
        violations,
        mock_failed: status >= 500
            && String::from_utf8_lossy(&resp_body).contains("prism/errors#UNKNOWN"),
    });
    // The mock frames the answer itself.
    let mut reply = Reply::new(status, resp_body);
    for (k, v) in resp_headers {
        let framing = [
            "content-length",
            "connection",
            "keep-alive",
            "transfer-encoding",
        ];
        if !framing.contains(&k.to_ascii_lowercase().as_str()) {
            reply = reply.header(&k, &v);
        }
    }
    reply
}

/// A mock standing in for every off-loopback destination (`HTTP(S)_PROXY`): it must see
/// nothing ([`Mock::connections`]).
fn trap() -> Mock {
    Mock::start(|_, _| Reply::new(599, "the trap was reached"))
}

/// The operation of the contract a request was for, and its query parameter names.
fn operation(method: &str, target: &str) -> Option<(String, Vec<String>)> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let op = match (method, segs.as_slice()) {
        ("GET", ["api", "v1", "items"]) => "items#listItems",
        ("GET", ["api", "v1", "items", "settings"]) => "items#GetSettings",
        ("PATCH", ["api", "v1", "items", "settings"]) => "items#PatchSettings",
        ("GET", ["api", "v1", "items", _]) => "items#getItem",
        ("PUT", ["api", "v1", "items", _]) => "items#updateItem",
        ("DELETE", ["api", "v1", "items", _]) => "items#deleteItem",
        ("GET", ["api", "v1", "items", _, "collections"]) => "items#listItemCollections",
        ("GET", ["api", "v1", "items", _, "publisheditems"]) => "items#listPublishedItems",
        _ => return None,
    };
    let names = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, _)| k.into_owned())
        .collect();
    Some((op.to_string(), names))
}

/// Every operation of the contract with its query parameters.
fn contract(spec: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let spec: Value = serde_json::from_slice(&std::fs::read(spec).unwrap()).unwrap();
    let mut ops = BTreeMap::new();
    for (_, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let params = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
                .map(|p| p["name"].as_str().unwrap().to_string())
                .collect();
            ops.insert(op["operationId"].as_str().unwrap().to_string(), params);
        }
    }
    ops
}

/// The resource types driven through `--resourceType`: the contract's `itemResourceTypeEnum`,
/// read from the contract itself so that no copy of it can drift.
fn contract_resource_types() -> Vec<String> {
    let spec: Value = serde_json::from_slice(
        &std::fs::read(manifest_dir().join("spec").join("items.openapi.json")).unwrap(),
    )
    .unwrap();
    spec["components"]["schemas"]["itemResourceTypeEnum"]["enum"]
        .as_array()
        .expect("the contract lists itemResourceTypeEnum")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

/// The commands and flags driven against Prism: (label, args).
fn cases(dir: &Path) -> Vec<(String, Vec<String>)> {
    let body = dir.join("update.json");
    std::fs::write(&body, r#"{"name": "from a file", "resourceType": "app"}"#).unwrap();
    let patch = dir.join("patch.json");
    std::fs::write(
        &patch,
        r#"[{"op": "replace", "path": "/usageMetricsEnabled", "value": true}]"#,
    )
    .unwrap();
    let (body, patch) = (body.to_str().unwrap(), patch.to_str().unwrap());
    let mut cases: Vec<Vec<&str>> = vec![
        vec!["item", "ls"],
        vec!["item", "list", "--limit", "1"],
        vec!["item", "ls", "--limit", "5"],
        vec!["item", "ls", "--limit", "150"],
        vec!["item", "ls", "--all", "-o", "jsonl"],
        vec!["item", "ls", "--next", "cursor-abc", "--limit", "1"],
        vec!["item", "ls", "--prev", "cursor-abc", "--limit", "1"],
        vec!["item", "ls", "--raw"],
        vec!["item", "ls", "-q", "--limit", "1"],
        vec!["item", "ls", "--json", "--limit", "1"],
        vec!["item", "ls", "-o", "yaml", "--limit", "1"],
        vec!["item", "ls", "-o", "table", "--limit", "1"],
        vec!["item", "ls", "--collectionId", "c1", "--limit", "1"],
        vec!["item", "ls", "--collection-id", "c1", "--limit", "1"],
        vec!["item", "ls", "--createdByUserId", "u1", "--limit", "1"],
        vec!["item", "ls", "--id", "i1", "--limit", "1"],
        vec!["item", "ls", "--name", "sales report", "--limit", "1"],
        vec!["item", "ls", "--noActions", "--limit", "1"],
        vec!["item", "ls", "--notCreatedByUserId", "u1", "--limit", "1"],
        vec!["item", "ls", "--notOwnerId", "u1", "--limit", "1"],
        vec!["item", "ls", "--ownerId", "u1", "--limit", "1"],
        vec!["item", "ls", "--query", "q&a=1", "--limit", "1"],
        vec!["item", "ls", "--resourceType", "app", "--resourceId", "r1"],
        vec![
            "item",
            "ls",
            "--resourceType",
            "app",
            "--resourceIds",
            "r1,r2",
        ],
        vec![
            "item",
            "ls",
            "--resourceType",
            "genericlink",
            "--resourceLink",
            "https://example.invalid/x",
        ],
        vec![
            "item",
            "ls",
            "--resourceType",
            "app",
            "--resourceSubType",
            "qvd",
        ],
        vec!["item", "ls", "--resource-type", "dataset", "--limit", "1"],
        vec!["item", "ls", "--shared", "--limit", "1"],
        vec!["item", "ls", "--spaceId", "personal", "--limit", "1"],
        vec!["item", "ls", "--spaceType", "managed", "--limit", "1"],
        vec!["item", "get", "65f1c0ffee0123456789abcd"],
        vec!["item", "get", "a", "b", "-o", "yaml"],
        vec!["item", "get", "a", "--raw"],
        vec!["item", "get", "a", "-q"],
        vec!["item", "collections", "i1"],
        vec!["item", "collections", "i1", "--all"],
        vec!["item", "collections", "i1", "--name", "n", "--limit", "1"],
        vec!["item", "collections", "i1", "--query", "q", "--limit", "1"],
        vec!["item", "collections", "i1", "--next", "c", "--limit", "1"],
        vec!["item", "collections", "i1", "--prev", "c", "--limit", "1"],
        vec!["item", "collections", "i1", "--raw"],
        vec!["item", "publisheditems", "i1"],
        vec![
            "item",
            "publisheditems",
            "i1",
            "--resourceType",
            "app",
            "--limit",
            "1",
        ],
        vec![
            "item",
            "publisheditems",
            "i1",
            "--next",
            "c",
            "--limit",
            "1",
        ],
        vec![
            "item",
            "publisheditems",
            "i1",
            "--prev",
            "c",
            "--limit",
            "1",
        ],
        vec!["item", "publisheditems", "i1", "--all", "-q"],
        vec!["item", "publisheditems", "i1", "--raw"],
        vec!["item", "settings", "ls"],
        vec!["item", "settings", "list", "--raw"],
        vec!["item", "settings", "ls", "-o", "yaml"],
        // Global flags.
        vec!["item", "settings", "ls", "-v"],
        vec![
            "item",
            "settings",
            "ls",
            "--timeout",
            "20",
            "--retry",
            "1",
            "--interval",
            "0.01",
        ],
        vec![
            "item",
            "settings",
            "ls",
            "--headers",
            "X-Request-Note=contract",
        ],
        vec!["item", "settings", "ls", "--insecure"],
        vec![
            "item",
            "get",
            "a",
            "b",
            "--concurrency",
            "2",
            "--tier1-per-minute",
            "6000",
        ],
        // Writes.
        vec![
            "item",
            "update",
            "i1",
            "--name",
            "n",
            "--resourceType",
            "app",
        ],
        vec!["item", "update", "i1", "--name", "fetches the type first"],
        vec![
            "item",
            "update",
            "i1",
            "--resourceType",
            "app",
            "--description",
            "",
            "--spaceId",
            "s1",
            "--resourceId",
            "r1",
            "--resourceSubType",
            "qvd",
            "--resourceUpdatedAt",
            "2024-01-02T03:04:05Z",
            "--thumbnailId",
            "t1",
            "--resourceAttributes",
            r#"{"a": 1}"#,
            "--resourceCustomAttributes",
            r#"{"b": "c"}"#,
        ],
        vec![
            "item",
            "update",
            "i1",
            "--resourceType",
            "app",
            "--unset",
            "thumbnailId",
        ],
        vec![
            "item",
            "update",
            "i1",
            "--resource-type",
            "genericlink",
            "--resourceLink",
            "https://example.invalid/l",
        ],
        vec!["item", "update", "i1", "-f", body],
        vec![
            "item",
            "update",
            "i1",
            "--name",
            "n",
            "--resourceType",
            "app",
            "--dry-run",
        ],
        vec!["item", "rm", "i1", "--yes"],
        vec![
            "item",
            "delete",
            "i1",
            "i2",
            "--yes",
            "--concurrency",
            "2",
            "--tier2-per-minute",
            "6000",
            "-o",
            "json",
        ],
        vec!["item", "rm", "i1", "--dry-run"],
        vec![
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "false",
        ],
        vec![
            "item",
            "settings",
            "patch",
            "--op",
            "replace",
            "--path",
            "/usageMetricsEnabled",
            "--value",
            "true",
        ],
        vec!["item", "settings", "patch", "-f", patch],
        vec![
            "item",
            "settings",
            "patch",
            "--usageMetricsEnabled",
            "true",
            "--dry-run",
        ],
    ];
    let list_sorts = [
        "+createdAt",
        "-createdAt",
        "+name",
        "-name",
        "+updatedAt",
        "-updatedAt",
        "+recentlyUsed",
        "-recentlyUsed",
    ];
    let mut owned: Vec<Vec<String>> = Vec::new();
    for s in list_sorts {
        owned.push(vec![
            "item".into(),
            "ls".into(),
            "--sort".into(),
            s.into(),
            "--limit".into(),
            "1".into(),
        ]);
        if !s.ends_with("recentlyUsed") {
            for sub in ["collections", "publisheditems"] {
                owned.push(vec![
                    "item".into(),
                    sub.into(),
                    "i1".into(),
                    "--sort".into(),
                    s.into(),
                    "--limit".into(),
                    "1".into(),
                ]);
            }
        }
    }
    for t in contract_resource_types() {
        owned.push(vec![
            "item".into(),
            "ls".into(),
            "--resourceType".into(),
            t,
            "--limit".into(),
            "1".into(),
        ]);
    }
    for t in ["shared", "managed", "personal", "data"] {
        owned.push(vec![
            "item".into(),
            "ls".into(),
            "--spaceType".into(),
            t.into(),
            "--limit".into(),
            "1".into(),
        ]);
    }
    for t in ["private", "public", "publicgoverned"] {
        owned.push(vec![
            "item".into(),
            "collections".into(),
            "i1".into(),
            "--type".into(),
            t.into(),
            "--limit".into(),
            "1".into(),
        ]);
    }
    let mut all: Vec<Vec<String>> = cases
        .drain(..)
        .map(|c| c.into_iter().map(str::to_string).collect())
        .collect();
    all.extend(owned);
    all.into_iter().map(|a| (a.join(" "), a)).collect()
}

#[test]
fn every_command_and_flag_is_accepted_by_the_contract() {
    let Some(spec) = spec_path() else {
        assert!(
            !in_ci(),
            "the contract spec/items.openapi.prism.json is missing"
        );
        eprintln!("contract suite SKIPPED: spec/items.openapi.prism.json not found");
        return;
    };
    let Some(prism) = prism_path() else {
        assert!(
            !in_ci(),
            "prism is not installed (CI=true): .ci/run installs it into target/prism"
        );
        eprintln!(
            "contract suite SKIPPED: prism not installed (run `npm ci --prefix target/prism` \
             with tests/prism/package*.json copied there, as .ci/run does, or set QLIK_PRISM)"
        );
        return;
    };
    let prism = start_prism(&prism, &spec);
    let recorder = Recorder::start(prism.addr);
    let trap = trap();
    let dir = tempfile::tempdir().unwrap();

    let mut failures = Vec::new();
    let mut mock_failures: BTreeSet<String> = BTreeSet::new();
    self_check(&recorder, &mut failures);
    // Invocations run three at a time; each one's requests carry its number in a header.
    let cases = cases(dir.path());
    let outputs: Vec<std::process::Output> = {
        let next = AtomicUsize::new(0);
        let slots = Mutex::new(vec![None; cases.len()]);
        thread::scope(|scope| {
            for _ in 0..3 {
                scope.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        let Some((_, args)) = cases.get(i) else { break };
                        let out = qlik(
                            dir.path(),
                            &[
                                ("QLIK_SERVER", recorder.url.as_str()),
                                ("QLIK_API_KEY", KEY),
                                // Anything not on loopback would go to the trap.
                                ("HTTP_PROXY", trap.url.as_str()),
                                ("HTTPS_PROXY", trap.url.as_str()),
                                ("ALL_PROXY", trap.url.as_str()),
                                ("NO_PROXY", "127.0.0.1,localhost"),
                            ],
                        )
                        .args(args)
                        .args(["--headers", &format!("{CASE_HEADER}={i}")])
                        .output()
                        .unwrap();
                        slots.lock().unwrap()[i] = Some(out);
                    }
                });
            }
        });
        slots
            .into_inner()
            .unwrap()
            .into_iter()
            .map(Option::unwrap)
            .collect()
    };
    let labelled = |mut e: Exchange| {
        if let Ok(i) = e.label.parse::<usize>() {
            e.label = cases[i].0.clone();
        }
        e
    };
    let all_exchanges: Vec<Exchange> = recorder.exchanges().into_iter().map(labelled).collect();
    for ((label, args), out) in cases.iter().zip(&outputs) {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(!stderr.contains("panicked"), "{label}: {stderr}");
        assert!(
            !stderr.contains(KEY) && !stdout.contains(KEY),
            "{label}: the key was printed"
        );
        // Prism's placeholder paging link (http://example.com) leads to `/`, outside the
        // listing: the tool refuses it (exit 1, nothing sent) where the walk would go on.
        // Every request the tool builds itself must succeed.
        let own: Vec<Exchange> = all_exchanges
            .iter()
            .filter(|e| &e.label == label)
            .cloned()
            .collect();
        let dry_run = args.iter().any(|a| a == "--dry-run");
        if dry_run != own.is_empty() {
            failures.push(format!(
                "{label}: sent {} request(s){}",
                own.len(),
                if dry_run { " on a dry run" } else { "" }
            ));
        }
        let placeholder_follow = own
            .iter()
            .any(|e| operation(&e.method, &e.target).is_none());
        let mock_failed = own.iter().any(|e| e.mock_failed);
        for e in own.iter().filter(|e| e.mock_failed) {
            if let Some((op, _)) = operation(&e.method, &e.target) {
                mock_failures.insert(op);
            }
        }
        let placeholder_refused = out.status.code() == Some(1)
            && stderr.lines().count() == 1
            && stderr
                .contains("next link on page 1 leads outside the listing; it was not followed");
        if placeholder_follow {
            failures.push(format!(
                "{label}: followed Prism's placeholder link outside the listing"
            ));
        }
        if !placeholder_refused && !mock_failed && out.status.code() != Some(0) {
            failures.push(format!("{label}: exit {:?}: {stderr}", out.status.code()));
        }
    }

    let exchanges = all_exchanges;
    let mut covered_ops: BTreeSet<String> = BTreeSet::new();
    let mut covered_params: BTreeSet<(String, String)> = BTreeSet::new();
    for e in &exchanges {
        if let Some(v) = &e.violations {
            failures.push(format!(
                "{}: {} {}: sl-violations {v}",
                e.label, e.method, e.target
            ));
        }
        if matches!(e.status, 400 | 422) {
            failures.push(format!(
                "{}: {} {}: Prism answered {}",
                e.label, e.method, e.target, e.status
            ));
        }
        match operation(&e.method, &e.target) {
            Some((op, params)) => {
                covered_ops.insert(op.clone());
                for p in params {
                    covered_params.insert((op.clone(), p));
                }
            }
            None => {
                // Only Prism's placeholder `http://example.com` link, by its path, on loopback.
                assert!(
                    e.target.starts_with("/?") || e.target == "/",
                    "{}: unexpected request {} {}",
                    e.label,
                    e.method,
                    e.target
                );
            }
        }
    }
    assert_eq!(
        trap.connections(),
        0,
        "a request left loopback (Prism's paging links point at http://example.com)"
    );

    let contract = contract(&spec);
    let mut ops_total = 0;
    let mut params_total = 0;
    let mut params_hit = 0;
    // Operations whose command the tool does not have yet are reported, not failed.
    let absent: Vec<&str> = [
        ("items#updateItem", "update"),
        ("items#deleteItem", "rm"),
        ("items#PatchSettings", "settings patch"),
    ]
    .into_iter()
    .filter(|(_, cmd)| {
        let mut args = vec!["item"];
        args.extend(cmd.split(' '));
        args.push("--help");
        !qlik(dir.path(), &[])
            .args(&args)
            .output()
            .unwrap()
            .status
            .success()
    })
    .map(|(op, _)| op)
    .collect();
    if !absent.is_empty() {
        eprintln!("contract suite: no command yet for {absent:?}");
    }
    for (op, params) in &contract {
        ops_total += 1;
        if !covered_ops.contains(op) && !absent.contains(&op.as_str()) {
            failures.push(format!("operation {op} was never exercised"));
        }
        for p in params {
            params_total += 1;
            if covered_params.contains(&(op.clone(), p.clone())) {
                params_hit += 1;
            } else {
                failures.push(format!("query parameter {p} of {op} was never sent"));
            }
        }
    }
    let ops_hit = contract.keys().filter(|o| covered_ops.contains(*o)).count();
    eprintln!(
        "contract coverage (Prism): {ops_hit}/{ops_total} operations, {params_hit}/{params_total} \
         query parameters, {} requests from {} invocations; operations: {}",
        exchanges.len(),
        cases.len(),
        covered_ops.iter().cloned().collect::<Vec<_>>().join(", ")
    );
    if !mock_failures.is_empty() {
        eprintln!(
            "contract suite: Prism accepted the requests of {mock_failures:?} but could not mock \
             the answer (its own 500)"
        );
    }
    assert!(
        failures.is_empty(),
        "contract failures:\n{}",
        failures.join("\n")
    );
}

/// The suite can fail: a request outside the contract, sent through the recorder, must be
/// seen as a violation.
fn self_check(recorder: &Recorder, failures: &mut Vec<String>) {
    *recorder.label.lock().unwrap() = "self-check".into();
    let addr = recorder.url.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET /api/v1/items?sort=sideways&limit=0 HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    let seen = recorder.log.lock().unwrap().pop();
    match seen {
        Some(e) if e.violations.is_some() && e.status == 400 => {}
        other => failures.push(format!(
            "self-check: a bad request was not flagged: {other:?}"
        )),
    }
}

/// Comma lists and the bracket syntax are narrower in the contract than in the service:
/// these run against the emulator.
#[test]
fn comma_lists_and_bracket_syntax_run_against_the_emulator() {
    let server = BackgroundServer::start(Config {
        items: 40,
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        ..Config::default()
    })
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cases: [&[&str]; 4] = [
        &["item", "ls", "--resourceType", "app,qvapp", "-q"],
        &[
            "item",
            "ls",
            "--resourceType",
            "app[qvd,chart-monitoring,],qvapp",
            "-q",
        ],
        &["item", "ls", "--spaceType", "shared,personal", "-q"],
        &[
            "item",
            "ls",
            "--resourceType",
            "app",
            "--resourceSubType",
            "qvd,qix-df",
            "-q",
        ],
    ];
    for args in cases {
        let out = qlik(
            dir.path(),
            &[
                ("QLIK_SERVER", server.base_url()),
                ("QLIK_API_KEY", server.api_key()),
            ],
        )
        .args(args)
        .output()
        .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let statuses: Vec<u16> = server.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![200; 4]);
    let sent: Vec<String> = server
        .requests()
        .into_iter()
        .map(|r| r.path_and_query)
        .collect();
    assert!(
        sent[1].contains("resourceType=app%5Bqvd%2Cchart-monitoring%2C%5D%2Cqvapp"),
        "{sent:?}"
    );
    eprintln!(
        "contract suite: comma lists and bracket syntax of resourceType/spaceType ran against \
         the emulator (the contract types them as a single enum value)"
    );
}

#[test]
fn the_resource_types_come_from_the_contract() {
    let types = contract_resource_types();
    assert_eq!(types.len(), 19, "{types:?}");
    assert!(types.iter().any(|t| t == "app"), "{types:?}");
}

/// Prism's mock of `spec/FILE` behind a recorder; `None` (the check skipped, saying so) when
/// Prism is not installed, which under CI is a failure.
fn mock_of(file: &str) -> Option<(Prism, Recorder)> {
    let spec = manifest_dir().join("spec").join(file);
    assert!(spec.is_file(), "the contract spec/{file} is missing");
    let Some(prism) = prism_path() else {
        assert!(
            !in_ci(),
            "prism is not installed (CI=true): .ci/run installs it into target/prism"
        );
        eprintln!("check against spec/{file} SKIPPED: prism not installed");
        return None;
    };
    let prism = start_prism(&prism, &spec);
    let recorder = Recorder::start(prism.addr);
    Some((prism, recorder))
}

/// The token request of an OAuth client, as `qlik` sends it, against Prism's mock of the
/// OAuth contract (`spec/oauth.openapi.json`): Prism validates the JSON body against the
/// contract's client-credentials grant and answers 200 with no `sl-violations`.
#[test]
fn the_token_request_is_accepted_by_the_oauth_contract() {
    let Some((_prism, recorder)) = mock_of("oauth.openapi.json") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    const SECRET: &str = "contract-sentinel-secret-51c2";
    for scope in [None, Some("user_default admin_classic")] {
        let mut env = vec![
            ("QLIK_SERVER", recorder.url.as_str()),
            ("QLIK_CLIENT_ID", "contract-client"),
            ("QLIK_CLIENT_SECRET", SECRET),
            ("QLIK_CACHE_DIR", cache.to_str().unwrap()),
        ];
        if let Some(s) = scope {
            env.push(("QLIK_OAUTH_SCOPE", s));
        }
        let out = qlik(dir.path(), &env)
            .args(["auth", "status", "--json", "--retry", "0"])
            .output()
            .unwrap();
        // users/me is not part of this contract: Prism answers 404 there, so the check
        // itself cannot succeed; the token request before it is what is checked.
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(!e.contains("panicked"), "{e}");
        assert!(
            !o.contains(SECRET) && !e.contains(SECRET),
            "the secret was printed"
        );
    }
    let exchanges = recorder.exchanges();
    let tokens: Vec<&Exchange> = exchanges
        .iter()
        .filter(|x| x.method == "POST" && x.target == "/oauth/token")
        .collect();
    assert_eq!(tokens.len(), 2, "{exchanges:#?}");
    for x in tokens {
        assert_eq!(x.status, 200, "{x:#?}");
        assert_eq!(x.violations, None, "{x:#?}");
    }
}

/// `qlik auth status` against Prism's mock of the Users contract (`spec/users.openapi.json`):
/// users/me answers the contract's 301 (its `Location` is Prism's placeholder `string`, a path
/// relative to users/me), which the tool follows once to `/api/v1/users/string`, where the
/// mock answers the contract's `User`. No request of the tool's is flagged by Prism.
#[test]
fn auth_status_follows_the_users_contract() {
    let Some((_prism, recorder)) = mock_of("users.openapi.json") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = qlik(
        dir.path(),
        &[
            ("QLIK_SERVER", recorder.url.as_str()),
            ("QLIK_API_KEY", KEY),
        ],
    )
    .args(["auth", "status", "--json", "--retry", "0"])
    .output()
    .unwrap();
    let (o, e) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert_eq!(out.status.code(), Some(0), "{e}");
    assert!(!o.contains(KEY) && !e.contains(KEY), "the key was printed");
    let v: serde_json::Value = serde_json::from_str(&o).unwrap();
    assert_eq!(v["ok"], true, "{o}");
    assert!(v["user_id"].is_string(), "{o}");
    let exchanges = recorder.exchanges();
    let lines: Vec<(String, u16)> = exchanges
        .iter()
        .map(|x| (format!("{} {}", x.method, x.target), x.status))
        .collect();
    assert_eq!(
        lines,
        [
            ("GET /api/v1/users/me".to_string(), 301),
            ("GET /api/v1/users/string".to_string(), 200)
        ],
        "{exchanges:#?}"
    );
    // Prism flags its own placeholder Location (a response header); never a request.
    for x in &exchanges {
        let v = x.violations.as_deref().unwrap_or("");
        assert!(!v.contains("\"request\""), "{x:#?}");
    }
}
