//! The guards of a walk: every page asked for is remembered (a link back to one ends the
//! walk), empty pages in a row are counted, and a page's `next` link must stay inside the
//! listing.

use std::collections::HashSet;
use std::hash::{BuildHasher, RandomState};

use super::{Next, query_param};
use crate::api::{Advice, ApiError, Client};

/// Empty pages in a row, each linking onward, after which a listing stops with an error: a
/// service that keeps answering nothing with a fresh cursor would otherwise be followed
/// forever.
pub const MAX_EMPTY_PAGES: u32 = 10;

/// What a walk remembers: the listing's path, and every page it asked for.
pub(super) struct Walk {
    /// The path (without query) every page of the listing has.
    pub(super) listing: String,
    /// A 64-bit hash of each page asked for (its query without `limit`, see [`page_key`]): 8
    /// bytes a page, so memory grows with the pages listed at a tiny fraction of what they
    /// print (a page that is not empty prints at least one item; empty ones are at most
    /// [`MAX_EMPTY_PAGES`] in a row), with no window a longer loop could slip past. The hasher
    /// is keyed at random, so a service cannot make two pages collide on purpose; by chance,
    /// two of a million pages collide with odds of about 3 in 100 million.
    seen: HashSet<u64>,
    hasher: RandomState,
    /// Pages asked for so far.
    pub(super) pages: u64,
    /// Empty pages in a row that linked onward.
    pub(super) empty: u32,
}

impl Walk {
    pub(super) fn new(first: &str) -> Walk {
        Walk {
            listing: first.split_once('?').map_or(first, |(p, _)| p).to_string(),
            seen: HashSet::new(),
            hasher: RandomState::new(),
            pages: 0,
            empty: 0,
        }
    }

    pub(super) fn visit(&mut self, path: &str) {
        self.pages += 1;
        self.seen.insert(self.hasher.hash_one(page_key(path)));
    }

    pub(super) fn visited(&self, path: &str) -> bool {
        self.seen.contains(&self.hasher.hash_one(page_key(path)))
    }
}

/// What tells the pages of one listing apart: the parameters of the query, decoded and in
/// order, without `limit` (which the walk sets itself).
pub(super) fn page_key(path: &str) -> Vec<(String, String)> {
    let query = path.split_once('?').map_or("", |(_, q)| q);
    let mut pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| k != "limit")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    pairs.sort();
    pairs
}

/// Why a page's `next` link is not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LinkProblem {
    /// Not `{"href": "<URL>"}` (nor the URL alone).
    Unusable,
    /// Leads to another path than the listing's.
    Elsewhere,
    /// Leads back to a page already asked for.
    Repeated,
    /// The last of [`MAX_EMPTY_PAGES`] empty pages in a row.
    Empty,
    /// The last page the walk may ask for (its `max_pages`) links onward.
    Cap,
}

impl LinkProblem {
    /// The error that ends the walk at page `page` (1 for the first).
    pub(super) fn error(self, page: u64, trace_id: Option<String>) -> ApiError {
        let title = match self {
            LinkProblem::Unusable => format!(
                "the service's next link on page {page} is unusable (expected {{\"href\": URL}}); the listing stops here"
            ),
            LinkProblem::Elsewhere => format!(
                "the service's next link on page {page} leads outside the listing; it was not followed"
            ),
            LinkProblem::Repeated => format!(
                "the service's next link on page {page} leads back to a page already listed; the listing stops here"
            ),
            LinkProblem::Cap => format!(
                "the service still links to a next page after {page} pages, the most followed; the listing stops here"
            ),
            LinkProblem::Empty => format!(
                "the service answered {MAX_EMPTY_PAGES} empty pages in a row, each linking to another; the listing stops at page {page}"
            ),
        };
        let advice = match self {
            LinkProblem::Cap => Some(Box::new(Advice::PageCap { pages: page })),
            _ => None,
        };
        ApiError {
            trace_id,
            advice,
            ..ApiError::other(title)
        }
    }
}

/// The `next` link `href` found on the page fetched from `page`, checked: it must resolve to
/// the `listing`'s path (after dot segments; each segment compared decoded).
pub(super) fn next_link(
    client: &Client,
    page: &str,
    listing: &str,
    href: &str,
) -> Result<Next, LinkProblem> {
    let resolved = client.link_path(page, href).ok_or(LinkProblem::Unusable)?;
    let (path, query) = match resolved.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (resolved.as_str(), None),
    };
    if !same_path(path, listing) {
        return Err(LinkProblem::Elsewhere);
    }
    // The listing's own path text goes on: only the query comes from the service.
    let path = match query {
        Some(q) => format!("{listing}?{q}"),
        None => listing.to_string(),
    };
    Ok(Next {
        cursor: query_param(&path, "next"),
        path,
    })
}

/// Whether two paths name the same resource: the same segments, each percent-decoded (so
/// `%2f` inside a segment is never a separator, and `%41` is `A`).
pub(super) fn same_path(a: &str, b: &str) -> bool {
    let decoded = |p: &str| -> Vec<Vec<u8>> {
        p.split('/')
            .map(|s| percent_encoding::percent_decode_str(s).collect())
            .collect()
    };
    decoded(a) == decoded(b)
}
