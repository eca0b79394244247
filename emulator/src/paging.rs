//! Sort orders, opaque keyset cursors, and cutting a page out of an ordered sequence.
//!
//! A cursor names the sort key and id of the item it continues from, never a position, so
//! items deleted or added while a client pages do not make it skip or repeat others.

use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortField {
    CreatedAt,
    Name,
    UpdatedAt,
    RecentlyUsed,
}

impl SortField {
    pub const ALL: [SortField; 4] = [
        SortField::CreatedAt,
        SortField::Name,
        SortField::UpdatedAt,
        SortField::RecentlyUsed,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    fn as_str(self) -> &'static str {
        match self {
            SortField::CreatedAt => "createdAt",
            SortField::Name => "name",
            SortField::UpdatedAt => "updatedAt",
            SortField::RecentlyUsed => "recentlyUsed",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub field: SortField,
    pub desc: bool,
}

impl Sort {
    pub const DEFAULT: Sort = Sort {
        field: SortField::CreatedAt,
        desc: false,
    };

    /// Parses `+name`, `-createdAt`, … (`recentlyUsed` only where `allow_recent`).
    pub fn parse(s: &str, allow_recent: bool) -> Option<Sort> {
        let (desc, rest) = match s.as_bytes().first()? {
            b'+' => (false, &s[1..]),
            b'-' => (true, &s[1..]),
            _ => return None,
        };
        let field = SortField::ALL.into_iter().find(|f| f.as_str() == rest)?;
        if field == SortField::RecentlyUsed && !allow_recent {
            return None;
        }
        Some(Sort { field, desc })
    }

    pub fn code(self) -> String {
        format!(
            "{}{}",
            if self.desc { '-' } else { '+' },
            self.field.as_str()
        )
    }
}

/// A sort key value.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Int(i64),
    Str(String),
}

/// A borrowed sort key value.
#[derive(Debug, Clone, Copy)]
pub enum KeyRef<'a> {
    Int(i64),
    Str(&'a str),
}

impl KeyRef<'_> {
    pub fn cmp_key(&self, other: &Key) -> Ordering {
        match (self, other) {
            (KeyRef::Int(a), Key::Int(b)) => a.cmp(b),
            (KeyRef::Str(a), Key::Str(b)) => (*a).cmp(b.as_str()),
            (KeyRef::Int(_), Key::Str(_)) => Ordering::Less,
            (KeyRef::Str(_), Key::Int(_)) => Ordering::Greater,
        }
    }
    pub fn to_owned_key(self) -> Key {
        match self {
            KeyRef::Int(i) => Key::Int(i),
            KeyRef::Str(s) => Key::Str(s.to_string()),
        }
    }
}

/// Compares `(key, id)` pairs: the total order every list is sorted by.
pub fn cmp_entry(key: KeyRef<'_>, id: &str, other_key: &Key, other_id: &str) -> Ordering {
    key.cmp_key(other_key).then_with(|| id.cmp(other_id))
}

/// Where a page continues from.
#[derive(Debug, Clone, PartialEq)]
pub struct Cursor {
    /// A `prev` cursor (the page before `key`) rather than a `next` one (the page after it).
    pub prev: bool,
    /// The page includes the item at `key` (links out of an empty page).
    pub inclusive: bool,
    pub sort: Sort,
    pub key: Key,
    pub id: String,
}

const MAGIC: &str = "qe1";

impl Cursor {
    pub fn encode(&self) -> String {
        let (kind, value) = match &self.key {
            Key::Int(i) => ('i', i.to_string()),
            Key::Str(s) => ('s', s.clone()),
        };
        let raw = format!(
            "{MAGIC}\n{}\n{}\n{}\n{kind}\n{value}",
            match (self.prev, self.inclusive) {
                (false, false) => 'n',
                (true, false) => 'p',
                (false, true) => 'N',
                (true, true) => 'P',
            },
            self.sort.code(),
            self.id
        );
        base64url_encode(raw.as_bytes())
    }

    /// `None` when `s` is not a cursor this emulator made.
    pub fn decode(s: &str, allow_recent: bool) -> Option<Cursor> {
        let raw = String::from_utf8(base64url_decode(s)?).ok()?;
        let mut parts = raw.splitn(6, '\n');
        if parts.next()? != MAGIC {
            return None;
        }
        let (prev, inclusive) = match parts.next()? {
            "n" => (false, false),
            "p" => (true, false),
            "N" => (false, true),
            "P" => (true, true),
            _ => return None,
        };
        let sort = Sort::parse(parts.next()?, allow_recent)?;
        let id = parts.next()?.to_string();
        let key = match (parts.next()?, parts.next()?) {
            ("i", v) => Key::Int(v.parse().ok()?),
            ("s", v) => Key::Str(v.to_string()),
            _ => return None,
        };
        Some(Cursor {
            prev,
            inclusive,
            sort,
            key,
            id,
        })
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for c in s.bytes() {
        let v = B64.iter().position(|&x| x == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if s.len() % 4 == 1 || acc != 0 {
        return None;
    }
    Some(out)
}

/// A sequence in the requested (logical) order, which a page is cut from.
pub trait Seq {
    fn len(&self) -> usize;
    /// Compares the element at logical position `i` with `(key, id)`, in the logical order.
    fn cmp_at(&self, i: usize, key: &Key, id: &str) -> Ordering;
    /// Whether the element at logical position `i` passes the filters.
    fn matches(&self, i: usize) -> bool;
}

/// One page: logical positions, and whether pages exist before and after it.
#[derive(Debug, Default)]
pub struct Window {
    pub positions: Vec<usize>,
    pub has_prev: bool,
    pub has_next: bool,
}

fn partition(n: usize, mut pred: impl FnMut(usize) -> bool) -> usize {
    // First position where `pred` is false; `pred` is true on a prefix.
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

pub fn window<S: Seq>(seq: &S, cursor: Option<&Cursor>, limit: usize) -> Window {
    let n = seq.len();
    let mut positions = Vec::with_capacity(limit.min(n));
    match cursor {
        Some(c) if c.prev => {
            let end = partition(n, |i| {
                let o = seq.cmp_at(i, &c.key, &c.id);
                o == Ordering::Less || (c.inclusive && o == Ordering::Equal)
            });
            let mut i = end;
            while i > 0 && positions.len() < limit {
                i -= 1;
                if seq.matches(i) {
                    positions.push(i);
                }
            }
            positions.reverse();
            let has_prev = (0..i).rev().any(|j| seq.matches(j));
            let has_next = (end..n).any(|j| seq.matches(j));
            Window {
                positions,
                has_prev,
                has_next,
            }
        }
        _ => {
            let start = match cursor {
                Some(c) => partition(n, |i| {
                    let o = seq.cmp_at(i, &c.key, &c.id);
                    o == Ordering::Less || (!c.inclusive && o == Ordering::Equal)
                }),
                None => 0,
            };
            let mut i = start;
            while i < n && positions.len() < limit {
                if seq.matches(i) {
                    positions.push(i);
                }
                i += 1;
            }
            let has_next = (i..n).any(|j| seq.matches(j));
            let has_prev = (0..start).rev().any(|j| seq.matches(j));
            Window {
                positions,
                has_prev,
                has_next,
            }
        }
    }
}

/// A small in-memory list (collections, published copies), sorted on demand.
pub struct VecSeq<'a, T> {
    pub entries: Vec<(Key, &'a str, T)>,
}

impl<'a, T> VecSeq<'a, T> {
    /// Sorts `entries` in the logical order of `sort`.
    pub fn new(mut entries: Vec<(Key, &'a str, T)>, desc: bool) -> Self {
        entries.sort_by(|a, b| {
            let o = cmp_entry(key_ref(&a.0), a.1, &b.0, b.1);
            if desc { o.reverse() } else { o }
        });
        VecSeq { entries }
    }
}

fn key_ref(k: &Key) -> KeyRef<'_> {
    match k {
        Key::Int(i) => KeyRef::Int(*i),
        Key::Str(s) => KeyRef::Str(s),
    }
}

/// A `VecSeq` with its sort direction.
pub struct Sorted<'s, 'a, T> {
    pub seq: &'s VecSeq<'a, T>,
    pub desc: bool,
}

impl<T> Seq for Sorted<'_, '_, T> {
    fn len(&self) -> usize {
        self.seq.entries.len()
    }
    fn cmp_at(&self, i: usize, key: &Key, id: &str) -> Ordering {
        let e = &self.seq.entries[i];
        let o = cmp_entry(key_ref(&e.0), e.1, key, id);
        if self.desc { o.reverse() } else { o }
    }
    fn matches(&self, _i: usize) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trip() {
        for key in [
            Key::Int(-5),
            Key::Str("a\nb|c ü".into()),
            Key::Str(String::new()),
        ] {
            let c = Cursor {
                prev: true,
                inclusive: false,
                sort: Sort::parse("-name", true).unwrap(),
                key,
                id: "abc".into(),
            };
            assert_eq!(Cursor::decode(&c.encode(), true), Some(c));
        }
        for bad in [
            "",
            "x",
            "%%%",
            "YWJj",
            &base64url_encode(b"qe1\nn\n+bogus\nid\ni\n1"),
        ] {
            assert_eq!(Cursor::decode(bad, true), None, "{bad}");
        }
    }

    #[test]
    fn base64_lengths() {
        for n in 0..10 {
            let data: Vec<u8> = (0..n).map(|i: u8| i.wrapping_mul(37)).collect();
            assert_eq!(base64url_decode(&base64url_encode(&data)), Some(data));
        }
    }

    #[test]
    fn sort_parse() {
        assert_eq!(Sort::parse("+createdAt", false), Some(Sort::DEFAULT));
        assert_eq!(Sort::parse("-recentlyUsed", false), None);
        assert!(Sort::parse("-recentlyUsed", true).is_some());
        assert_eq!(Sort::parse("name", true), None);
        assert_eq!(Sort::parse(" name", true), None);
    }
}
