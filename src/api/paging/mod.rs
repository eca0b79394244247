//! Cursor paging: follows `links.next.href` page after page in a background task, one page
//! ahead of the consumer, so page N+1 is on the wire while page N is being written.

use std::ops::Range;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use tokio::sync::mpsc;

use super::{ApiError, Client};
use crate::jsonscan::{self, Item, Member, Scanned};

mod walk;

pub use walk::MAX_EMPTY_PAGES;
use walk::{LinkProblem, Walk, next_link};

/// The largest page the service serves.
pub const MAX_PAGE: u64 = 100;

/// One page of a listing: the body as received, and where each item lies in it. The items
/// are neither copied nor allocated one by one; only the formats that read fields parse them.
#[derive(Debug)]
pub struct Page {
    body: String,
    items: Vec<Item>,
    /// The members of the items that are objects, when the walk was asked to note them.
    members: Vec<Member>,
    /// Set on the last page sent when the service has more beyond it.
    pub more: Option<Next>,
}

impl Page {
    /// The items' JSON text, as the service wrote it (each one valid JSON).
    #[cfg(test)]
    pub fn items(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|i| &self.body[i.range.clone()])
    }

    /// The items with what the page's scan found of each.
    pub fn scanned(&self) -> impl Iterator<Item = Scanned<'_>> {
        self.items
            .iter()
            .map(|i| Scanned::new(&self.body, i, &self.members))
    }

    /// How many items the page has.
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

/// Where the listing would go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Next {
    /// Path and query on the configured server.
    pub path: String,
    /// The `next` cursor in it, for `--next`.
    pub cursor: Option<String>,
}

/// Pages of a listing, as they arrive.
pub struct Pages {
    rx: mpsc::Receiver<Result<Page, ApiError>>,
    failed_at: Arc<Mutex<Option<String>>>,
}

impl Pages {
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(&mut self) -> Option<Result<Page, ApiError>> {
        self.rx.recv().await
    }

    /// After an error: the `next` cursor of the page that failed (`None` when it was the
    /// first page or had no cursor), from which the listing can be resumed.
    pub fn resume_cursor(&self) -> Option<String> {
        self.failed_at
            .lock()
            .ok()?
            .as_deref()
            .and_then(|p| query_param(p, "next"))
    }
}

/// The `limit` for a request when `remaining` items are still wanted.
pub fn page_size(remaining: Option<u64>) -> u64 {
    remaining.map_or(MAX_PAGE, |r| r.clamp(1, MAX_PAGE))
}

/// Where a listing starts: a cursor from an earlier listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// `--next`: the page after the one that gave it.
    Next(String),
    /// `--prev`: the page before the one that gave it.
    Prev(String),
}

/// What to list, page-wise: how many items and from where. Built once, from the flags, by
/// the command's validation; this module alone turns it into the `limit`, `next` and `prev`
/// of each request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    /// The items to list in all (`None`: every one).
    pub total: Option<u64>,
    /// Whether the total was asked for (`--limit N` or `--all`) rather than the default: a
    /// listing cut at the default says how to get more.
    pub chosen: bool,
    /// The cursor to start from.
    pub cursor: Option<Cursor>,
}

impl Paging {
    /// The path and query of the first request: `filters` in the order given, then the
    /// cursor, then `limit`. The walk ([`walk`]) sets the `limit` of every later page.
    pub fn first_page(&self, path: &str, filters: &[(&'static str, String)]) -> String {
        let mut query = filters.to_vec();
        match &self.cursor {
            Some(Cursor::Next(c)) => query.push(("next", c.clone())),
            Some(Cursor::Prev(c)) => query.push(("prev", c.clone())),
            None => {}
        }
        query.push(("limit", page_size(self.total).to_string()));
        super::with_query(path, &query)
    }

    /// Whether the listing can take more than one request.
    pub fn several_pages(&self) -> bool {
        self.total.is_none_or(|t| t > page_size(self.total))
    }
}

/// [`walk`] with a total alone (the tests' walk).
#[cfg(test)]
pub fn list(client: &Client, first: String, total: Option<u64>) -> Pages {
    walk(
        client,
        first,
        Follow {
            total,
            ..Follow::default()
        },
    )
}

/// How a walk follows the pages of a listing (see [`walk`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Follow {
    /// The items to list in all (`None`: every one).
    pub total: Option<u64>,
    /// The most pages asked for: a listing that still links onward after them ends with an
    /// error (`None`: no cap but the other guards).
    pub max_pages: Option<u64>,
    /// Follow each `next` link with its query as the service wrote it, rather than setting
    /// its `limit` (an API whose paging this module does not own).
    pub as_linked: bool,
    /// Note the members of each item that is an object (see [`Scanned::members`]), for the
    /// formats that read a few of them.
    pub members: bool,
}

/// Starts listing from `first` (a path and query whose `limit` was set by
/// [`Paging::first_page`] or [`page_size`]; with [`Follow::as_linked`], any listing) and
/// returns its pages, at most [`Follow::total`] items in all. A `next` link may be
/// `{"href": URL}`, or with `as_linked` the URL itself.
///
/// The request for the next page goes out as soon as a page's body has arrived, before the
/// body is parsed: its `next` link is found with a quick scan of the text, and the full parse
/// that follows must agree with it. When it does not (a body laid out unusually), the early
/// request is dropped and the link the parse found is fetched instead, so the walk is the
/// same either way.
///
/// The walk always ends, never lists a page twice and never leaves the listing: a `next` link
/// that is unusable, leads to another path than `first`'s, or leads back to a page already
/// listed, and [`MAX_EMPTY_PAGES`] empty pages in a row that still link onward, end it with
/// an error after the pages before.
pub fn walk(client: &Client, first: String, follow: Follow) -> Pages {
    let Follow {
        total,
        max_pages,
        as_linked,
        ..
    } = follow;
    // One page in the channel, one being fetched: memory stays flat in the listing's size.
    let (tx, rx) = mpsc::channel(1);
    let client = client.clone();
    let failed_at = Arc::new(Mutex::new(None));
    let failed_at2 = failed_at.clone();
    tokio::spawn(async move {
        let mut walk = Walk::new(&first);
        let mut path = first;
        let mut sent: u64 = 0;
        let mut ahead: Option<Ahead> = None;
        loop {
            walk.visit(&path);
            // An early request for another path is cancelled here, before this one is sent.
            let early = ahead.take().filter(|a| a.path == path);
            let resp = match early {
                Some(a) => a.answer().await,
                None => client.get(&path).await,
            };
            let page = match resp {
                Ok(resp) => {
                    ahead = guess_next(&client, &resp.body, &path, follow, sent, &walk)
                        .map(|guess| Ahead::start(&client, guess));
                    if ahead.is_some() {
                        // Let the request go out before the body is parsed (one thread).
                        tokio::task::yield_now().await;
                    }
                    parse(&client, &path, &walk.listing, resp, follow)
                }
                Err(e) => Err(e),
            };
            let page = match page {
                Ok(p) => p,
                Err(e) => {
                    if let Ok(mut f) = failed_at2.lock() {
                        *f = Some(path.clone());
                    }
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let Parsed {
                body,
                mut items,
                mut members,
                next,
                trace_id,
            } = page;
            if let Some(t) = total {
                items.truncate(usize::try_from(t - sent).unwrap_or(usize::MAX));
                // The members of the items cut go with them.
                let kept = items
                    .iter()
                    .rev()
                    .find_map(|i| i.members.as_ref())
                    .map_or(0, |m| m.end);
                members.truncate(kept);
            }
            sent += items.len() as u64;
            let remaining = total.map(|t| t - sent);
            // The page's items are listed even when its link is refused: the error follows them.
            let next = next.and_then(|n| match n {
                Some(n) if walk.visited(&n.path) => Err(LinkProblem::Repeated),
                Some(_) if remaining != Some(0) && max_pages.is_some_and(|m| walk.pages >= m) => {
                    Err(LinkProblem::Cap)
                }
                n => Ok(n),
            });
            let next = match next {
                Ok(Some(n)) if remaining != Some(0) && items.is_empty() => {
                    walk.empty += 1;
                    if walk.empty >= MAX_EMPTY_PAGES {
                        Err(LinkProblem::Empty)
                    } else {
                        Ok(Some(n))
                    }
                }
                next => {
                    walk.empty = 0;
                    next
                }
            };
            let (more, follow, error) = match next {
                Err(problem) => (None, None, Some(problem.error(walk.pages, trace_id))),
                Ok(None) => (None, None, None),
                Ok(Some(n)) if remaining == Some(0) => (Some(n), None, None),
                Ok(Some(n)) => (None, Some(n), None),
            };
            let page = Page {
                body,
                items,
                members,
                more,
            };
            if tx.send(Ok(page)).await.is_err() {
                return; // the consumer stopped
            }
            if let Some(e) = error {
                let _ = tx.send(Err(e)).await;
                return;
            }
            let Some(next) = follow else {
                return;
            };
            path = if as_linked {
                next.path
            } else {
                set_limit(&next.path, page_size(remaining))
            };
        }
    });
    Pages { rx, failed_at }
}

/// A request sent ahead for the page a quick scan says comes next. Dropping it cancels it.
struct Ahead {
    path: String,
    task: tokio::task::JoinHandle<Result<super::Response, ApiError>>,
}

impl Ahead {
    fn start(client: &Client, path: String) -> Ahead {
        let client = client.clone();
        let p = path.clone();
        let task = tokio::spawn(async move { client.get(&p).await });
        Ahead { path, task }
    }

    async fn answer(mut self) -> Result<super::Response, ApiError> {
        (&mut self.task)
            .await
            .unwrap_or_else(|e| Err(ApiError::other(format!("the request failed ({e})"))))
    }
}

impl Drop for Ahead {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The path the next page will most likely be fetched from, found without parsing the body:
/// the last `"next":{"href":"…"}` in it (the service writes `links` after `data`, and an
/// unescaped quote cannot occur inside a string), with the `limit` the walk would set if this
/// page is full. `None` when there is no such text, or the walk would not follow it: a link
/// the parse would refuse (outside the listing, already visited), or a walk that stops here
/// (its total reached, or one more empty page would end it).
fn guess_next(
    client: &Client,
    body: &[u8],
    path: &str,
    follow: Follow,
    sent: u64,
    walk: &Walk,
) -> Option<String> {
    const KEY: &[u8] = br#""next":{"href":""#;
    if walk.empty + 1 >= MAX_EMPTY_PAGES || follow.max_pages.is_some_and(|m| walk.pages >= m) {
        return None;
    }
    let at = memchr::memmem::rfind(body, KEY)? + KEY.len();
    let len = memchr::memchr2(b'"', b'\\', &body[at..])?;
    // An escaped link is left to the parser.
    if body[at + len] != b'"' {
        return None;
    }
    let href = std::str::from_utf8(&body[at..at + len]).ok()?;
    let remaining = match follow.total {
        Some(t) => {
            let asked: u64 = query_param(path, "limit")?.parse().ok()?;
            let left = t.checked_sub(sent + asked).filter(|&r| r > 0)?;
            Some(left)
        }
        None => None,
    };
    let next = next_link(client, path, &walk.listing, href).ok()?;
    if walk.visited(&next.path) {
        return None;
    }
    if follow.as_linked {
        return Some(next.path);
    }
    Some(set_limit(&next.path, page_size(remaining)))
}

/// A list answer: only its `links` are read; the items stay text, borrowed from the body.
#[derive(Deserialize)]
struct ListBody<'a> {
    /// `None`: no `data` member at all, which is not a list answer; `Some(None)`: `null`.
    #[serde(default, borrow, deserialize_with = "present")]
    data: Option<Option<Vec<&'a RawValue>>>,
    #[serde(default, borrow)]
    links: Option<&'a RawValue>,
}

/// Tells a member that is present (even as `null`) from one that is missing.
fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// A page as read: its body, where its items lie in it, and the next link.
struct Parsed {
    body: String,
    items: Vec<Item>,
    members: Vec<Member>,
    /// `Ok(None)`: the last page.
    next: Result<Option<Next>, LinkProblem>,
    trace_id: Option<String>,
}

/// Reads one page, fetched from `page` in `listing`: its body, where its items lie in it (and
/// their members, with `members`), and its next link, checked. `bare_links`: a `next` link
/// may also be the URL alone (the Items contract has `{"href": URL}` only).
///
/// One pass of [`jsonscan::scan_list`] checks the body and finds it all; a body it does not
/// take is parsed with serde_json instead, which gives the same items or the error.
fn parse(
    client: &Client,
    page: &str,
    listing: &str,
    resp: super::Response,
    follow: Follow,
) -> Result<Parsed, ApiError> {
    let body = match String::from_utf8(resp.body) {
        Ok(b) => b,
        // Not UTF-8, so not JSON.
        Err(e) => {
            return Err(not_json(super::Response {
                body: e.into_bytes(),
                ..resp
            }));
        }
    };
    let trace_id = resp.trace_id;
    let (items, members, links) = match jsonscan::scan_list(body.as_bytes(), follow.members) {
        Some(scan) => (scan.items, scan.members, scan.links),
        None => match parse_slowly(&body, follow.members) {
            Ok(found) => found,
            Err(ParseError::NotJson) => {
                return Err(not_json(super::Response {
                    status: resp.status,
                    body: body.into_bytes(),
                    trace_id,
                    location: None,
                }));
            }
            Err(ParseError::Unexpected) => return Err(unexpected(&trace_id)),
        },
    };
    let links = links.map(|l| serde_json::from_str::<Value>(&body[l]));
    let next = match links {
        None | Some(Ok(Value::Null)) => Ok(None),
        Some(Ok(Value::Object(links))) => match links.get("next") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(href)) if follow.as_linked => {
                next_link(client, page, listing, href).map(Some)
            }
            Some(next) => match next.get("href") {
                Some(Value::String(href)) => next_link(client, page, listing, href).map(Some),
                _ => Err(LinkProblem::Unusable),
            },
        },
        Some(_) => Err(LinkProblem::Unusable),
    };
    Ok(Parsed {
        body,
        items,
        members,
        next,
        trace_id,
    })
}

enum ParseError {
    NotJson,
    /// JSON, but not a list answer.
    Unexpected,
}

type Found = (Vec<Item>, Vec<Member>, Option<Range<usize>>);

/// A page [`jsonscan::scan_list`] did not take, read by serde_json: its items, their
/// members, and where its `links` lie.
fn parse_slowly(body: &str, members: bool) -> Result<Found, ParseError> {
    let parsed: ListBody = match serde_json::from_str(body) {
        Ok(b) => b,
        // JSON of the wrong shape.
        Err(e) if e.is_data() => return Err(ParseError::Unexpected),
        Err(_) => return Err(ParseError::NotJson),
    };
    // A struct would also accept an array; the answer must be an object.
    if body.trim_ascii_start().as_bytes().first() != Some(&b'{') {
        return Err(ParseError::Unexpected);
    }
    // The contract requires `data` in every list answer; without it this is something else.
    let Some(items) = parsed.data else {
        return Err(ParseError::Unexpected);
    };
    // Each item borrows from `body`: its place is its offset from the start.
    let base = body.as_ptr() as usize;
    let at = |raw: &RawValue| {
        let start = raw.get().as_ptr() as usize - base;
        start..start + raw.get().len()
    };
    let ranges = items.unwrap_or_default().into_iter().map(at);
    let (items, members) =
        jsonscan::scan_items(body.as_bytes(), ranges, members).ok_or(ParseError::NotJson)?;
    Ok((items, members, parsed.links.map(at)))
}

/// An answer that is not JSON at all: the same error as for any other such answer.
fn not_json(resp: super::Response) -> ApiError {
    resp.json()
        .err()
        .unwrap_or_else(|| unexpected(&resp.trace_id))
}

fn unexpected(trace_id: &Option<String>) -> ApiError {
    ApiError {
        trace_id: trace_id.clone(),
        ..ApiError::other("unexpected answer: a list without a `data` array")
    }
}

/// The value of query parameter `name` in a path and query.
pub fn query_param(path: &str, name: &str) -> Option<String> {
    let (_, q) = path.split_once('?')?;
    url::form_urlencoded::parse(q.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// Sets (or adds) the `limit` query parameter, leaving the rest as the service wrote it.
pub fn set_limit(path: &str, limit: u64) -> String {
    let (p, q) = match path.split_once('?') {
        Some((p, q)) => (p, q),
        None => (path, ""),
    };
    let mut parts: Vec<String> = q
        .split('&')
        .filter(|kv| !kv.is_empty() && kv.split('=').next() != Some("limit"))
        .map(str::to_string)
        .collect();
    parts.push(format!("limit={limit}"));
    format!("{p}?{}", parts.join("&"))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod properties;
