//! One validating pass over a list answer's JSON text: it checks the whole text as JSON (what
//! serde_json accepts as text, as its `RawValue` reading does, no more; like that reading, it
//! does not turn numbers or escapes into values, so `1e400` and `"\ud800"` pass), finds the `data` items and the `links`, and notes what the
//! formats need of each item (whether it spans lines, whether it nests too deep, where its
//! members are), so that no later step reads an item's text again to learn them.
//!
//! It never guesses: on anything it does not accept (text that is not JSON, an answer of
//! another shape, a top-level key written with escapes, `data` or `links` twice) it gives
//! `None`, and the caller parses the text with serde_json, which gives the same items or the
//! error. The property tests at the end hold it to serde_json on valid and broken text.

use std::ops::Range;

use crate::limits::MAX_DEPTH;

/// One member of an item: its key as written between the quotes, and its value's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub key: Range<usize>,
    pub value: Range<usize>,
}

/// One item of a list: where its text lies and what the scan learned of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub range: Range<usize>,
    /// A line break between two of its tokens: its text spans lines.
    pub multiline: bool,
    /// Nested more than [`MAX_DEPTH`] levels deep.
    pub deep: bool,
    /// Its members, as indexes into [`ListScan::members`]; `None` when it is not an object
    /// or the members were not asked for.
    pub members: Option<Range<usize>>,
    /// One of its members' keys is written with an escape (compared as written, it could
    /// be missed).
    pub escaped_keys: bool,
}

/// What the scan of a list answer found. Every range is into the text scanned.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ListScan {
    /// The items of `data` (none when it is `null`).
    pub items: Vec<Item>,
    /// The text of `links`, when there is such a member.
    pub links: Option<Range<usize>>,
    /// The members of every item, item after item.
    pub members: Vec<Member>,
}

/// Scans a list answer: a JSON object with a `data` member that is an array or `null`.
/// `members`: also note each object item's members. `None` when the text is not that, or not
/// simply that (see the module's notes).
pub fn scan_list(text: &[u8], members: bool) -> Option<ListScan> {
    let mut s = Scanner::new(text);
    let mut out = ListScan::default();
    let mut data_seen = false;
    if s.peek()? != b'{' {
        return None;
    }
    s.i += 1;
    let mut c = s.peek()?;
    if c != b'}' {
        loop {
            if c != b'"' {
                return None;
            }
            let (key, escaped) = s.string()?;
            // A key with escapes might be `data` or `links` spelt otherwise.
            if escaped {
                return None;
            }
            s.colon()?;
            match &text[key] {
                b"data" => {
                    if std::mem::replace(&mut data_seen, true) {
                        return None;
                    }
                    s.data(&mut out, members)?;
                }
                b"links" => {
                    if out.links.is_some() {
                        return None;
                    }
                    s.peek()?;
                    let start = s.i;
                    s.value()?;
                    out.links = Some(start..s.i);
                }
                _ => {
                    s.value()?;
                }
            }
            match s.next()? {
                b',' => {
                    c = s.peek()?;
                }
                b'}' => break,
                _ => return None,
            }
        }
    } else {
        s.i += 1;
    }
    // Nothing but white space after the object.
    if s.peek().is_some() || !data_seen {
        return None;
    }
    Some(out)
}

/// What [`scan_list`] notes of one item, for a value's text on its own (valid JSON, as an
/// item of a page serde_json has read). `None` when it is not valid JSON.
pub fn scan_item(text: &[u8], members: bool) -> Option<(Item, Vec<Member>)> {
    let mut s = Scanner::new(text);
    let mut all = Vec::new();
    let item = s.item(&mut all, members)?;
    if s.peek().is_some() {
        return None;
    }
    Some((item, all))
}

/// [`scan_item`] for each item of a page serde_json has read, at `ranges` of its `text`: the
/// items and their members, placed in `text`. `None` when an item is not valid JSON.
pub fn scan_items(
    text: &[u8],
    ranges: impl Iterator<Item = Range<usize>>,
    members: bool,
) -> Option<(Vec<Item>, Vec<Member>)> {
    let mut items = Vec::new();
    let mut all = Vec::new();
    for range in ranges {
        let (item, found) = scan_item(text.get(range.clone())?, members)?;
        let at = range.start;
        let shift = |r: Range<usize>| r.start + at..r.end + at;
        let first = all.len();
        all.extend(found.into_iter().map(|m| Member {
            key: shift(m.key),
            value: shift(m.value),
        }));
        items.push(Item {
            range: shift(item.range),
            members: item.members.map(|_| first..all.len()),
            ..item
        });
    }
    Some((items, all))
}

/// One item of a scanned page: its text, and what the scan learned of it.
#[derive(Debug, Clone, Copy)]
pub struct Scanned<'a> {
    /// The item's JSON text, as the service wrote it.
    pub text: &'a str,
    /// It spans lines.
    pub multiline: bool,
    /// It nests more than [`MAX_DEPTH`] levels deep.
    pub deep: bool,
    body: &'a str,
    members: Option<&'a [Member]>,
    escaped_keys: bool,
}

impl<'a> Scanned<'a> {
    /// Whether one of its members' keys is written with an escape (then it is best read by
    /// a parser, which unescapes them).
    pub fn escaped_keys(&self) -> bool {
        self.escaped_keys
    }

    /// `item` of the page whose text is `body` and whose items' members are `all`.
    pub fn new(body: &'a str, item: &Item, all: &'a [Member]) -> Scanned<'a> {
        Scanned {
            text: &body[item.range.clone()],
            multiline: item.multiline,
            deep: item.deep,
            body,
            members: item.members.clone().and_then(|m| all.get(m)),
            escaped_keys: item.escaped_keys,
        }
    }

    /// Its members, in order: each key as written between its quotes and the value's text.
    /// `None` when it is not an object or its members were not noted.
    ///
    /// A key written with an escape is given as written: see [`Scanned::escaped_keys`].
    pub fn members(&self) -> Option<impl Iterator<Item = (&'a str, &'a str)> + use<'a>> {
        let body = self.body;
        Some(
            self.members?
                .iter()
                .map(move |m| (&body[m.key.clone()], &body[m.value.clone()])),
        )
    }
}

/// A value's text scanned on its own ([`scan_item`]), its members noted: an object printed
/// by itself, read as a listing's items are.
pub struct Alone<'a> {
    text: &'a str,
    item: Item,
    members: Vec<Member>,
}

impl<'a> Alone<'a> {
    /// `None` when `text` is not valid JSON.
    pub fn scan(text: &'a str) -> Option<Alone<'a>> {
        let (item, members) = scan_item(text.as_bytes(), true)?;
        Some(Alone {
            text,
            item,
            members,
        })
    }

    pub fn get(&self) -> Scanned<'_> {
        Scanned::new(self.text, &self.item, &self.members)
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    /// A line break seen in white space since this was last cleared.
    newline: bool,
    /// Whether each open container is an object (`true`) or an array, innermost last.
    stack: Vec<bool>,
}

impl<'a> Scanner<'a> {
    fn new(b: &'a [u8]) -> Scanner<'a> {
        Scanner {
            b,
            i: 0,
            newline: false,
            stack: Vec::new(),
        }
    }

    /// The next byte that is not white space (not consumed); `None` at the end.
    #[inline(always)]
    fn peek(&mut self) -> Option<u8> {
        loop {
            let c = *self.b.get(self.i)?;
            match c {
                b' ' | b'\t' => self.i += 1,
                b'\n' | b'\r' => {
                    self.newline = true;
                    self.i += 1;
                }
                _ => return Some(c),
            }
        }
    }

    /// [`Scanner::peek`], consumed.
    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    fn colon(&mut self) -> Option<()> {
        (self.next()? == b':').then_some(())
    }

    /// The `data` array (or `null`), its items noted in `out`.
    fn data(&mut self, out: &mut ListScan, members: bool) -> Option<()> {
        match self.peek()? {
            b'n' => return self.literal(b"null"),
            b'[' => self.i += 1,
            _ => return None,
        }
        if self.peek()? == b']' {
            self.i += 1;
            return Some(());
        }
        loop {
            let item = self.item(&mut out.members, members)?;
            out.items.push(item);
            match self.next()? {
                b',' => {}
                b']' => return Some(()),
                _ => return None,
            }
        }
    }

    /// One item, from the white space before it to its end.
    fn item(&mut self, all: &mut Vec<Member>, members: bool) -> Option<Item> {
        let c = self.peek()?;
        let start = self.i;
        self.newline = false;
        if !(members && c == b'{') {
            let depth = self.value()?;
            return Some(Item {
                range: start..self.i,
                multiline: self.newline,
                deep: depth > MAX_DEPTH,
                members: None,
                escaped_keys: false,
            });
        }
        // An object whose members are noted.
        self.i += 1;
        let first = all.len();
        let mut depth = 0;
        let mut escaped_keys = false;
        let mut c = self.peek()?;
        if c == b'}' {
            self.i += 1;
        } else {
            loop {
                if c != b'"' {
                    return None;
                }
                let (key, escaped) = self.string()?;
                escaped_keys |= escaped;
                self.colon()?;
                self.peek()?;
                let vstart = self.i;
                depth = depth.max(self.value()?);
                all.push(Member {
                    key,
                    value: vstart..self.i,
                });
                match self.next()? {
                    b',' => c = self.peek()?,
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        Some(Item {
            range: start..self.i,
            multiline: self.newline,
            deep: depth + 1 > MAX_DEPTH,
            members: Some(first..all.len()),
            escaped_keys,
        })
    }

    /// The string that opens at the next byte (a quote): the range of its text between the
    /// quotes, and whether it holds an escape.
    #[inline(always)]
    fn string(&mut self) -> Option<(Range<usize>, bool)> {
        let start = self.i + 1;
        let (end, escaped) = string_at(self.b, self.i)?;
        self.i = end;
        Some((start..end - 1, escaped))
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        self.i = literal_at(self.b, self.i, word)?;
        Some(())
    }

    /// One value, whole, after any white space: how deep its arrays and objects nest (0 for
    /// a scalar). Nesting is kept on a stack, not recursed into. (The place is kept in
    /// locals, which the compiler holds in registers, and stored back at the end.)
    fn value(&mut self) -> Option<usize> {
        let b = self.b;
        let mut i = self.i;
        let mut newline = false;
        let stack = &mut self.stack;
        let base = stack.len();
        let mut max = 0;
        'value: loop {
            match ws(b, &mut i, &mut newline)? {
                b'"' => i = string_at(b, i)?.0,
                b'{' => {
                    i += 1;
                    match ws(b, &mut i, &mut newline)? {
                        b'}' => {
                            i += 1;
                            max = max.max(stack.len() - base + 1);
                        }
                        b'"' => {
                            stack.push(true);
                            max = max.max(stack.len() - base);
                            i = key_at(b, i, &mut newline)?;
                            continue 'value;
                        }
                        _ => return None,
                    }
                }
                b'[' => {
                    i += 1;
                    if ws(b, &mut i, &mut newline)? == b']' {
                        i += 1;
                        max = max.max(stack.len() - base + 1);
                    } else {
                        stack.push(false);
                        max = max.max(stack.len() - base);
                        continue 'value;
                    }
                }
                b'-' | b'0'..=b'9' => i = number_at(b, i)?,
                b't' => i = literal_at(b, i, b"true")?,
                b'f' => i = literal_at(b, i, b"false")?,
                b'n' => i = literal_at(b, i, b"null")?,
                _ => return None,
            }
            // After a value: close what ends here, up to the next value.
            loop {
                if stack.len() == base {
                    self.i = i;
                    self.newline |= newline;
                    return Some(max);
                }
                let object = stack[stack.len() - 1];
                let c = ws(b, &mut i, &mut newline)?;
                i += 1;
                match (c, object) {
                    (b',', true) => {
                        if ws(b, &mut i, &mut newline)? != b'"' {
                            return None;
                        }
                        i = key_at(b, i, &mut newline)?;
                        continue 'value;
                    }
                    (b',', false) => continue 'value,
                    (b'}', true) | (b']', false) => {
                        stack.pop();
                    }
                    _ => return None,
                }
            }
        }
    }
}

/// The next byte from `i` on that is not white space, `i` moved to it (`newline` set when a
/// line break is passed); `None` at the end.
#[inline(always)]
fn ws(b: &[u8], i: &mut usize, newline: &mut bool) -> Option<u8> {
    // One space, as much JSON writes after `:` and `,`, is passed without a branch, which
    // the processor would often guess wrong; the loop is for the rest.
    *i += usize::from(*b.get(*i)? == b' ');
    let c = *b.get(*i)?;
    if c > b' ' {
        return Some(c);
    }
    loop {
        let c = *b.get(*i)?;
        match c {
            b' ' | b'\t' => *i += 1,
            b'\n' | b'\r' => {
                *newline = true;
                *i += 1;
            }
            _ => return Some(c),
        }
    }
}

/// Past a member's key, which opens at `b[i]`, and its colon: the index after the colon.
#[inline(always)]
fn key_at(b: &[u8], i: usize, newline: &mut bool) -> Option<usize> {
    let mut i = string_at(b, i)?.0;
    if ws(b, &mut i, newline)? != b':' {
        return None;
    }
    Some(i + 1)
}

/// Past the string that opens at `b[i]` (a quote): the index after its closing quote, and
/// whether it holds an escape.
#[inline(always)]
fn string_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let mut i = i + 1;
    let mut escaped = false;
    loop {
        i = special(b, i)?;
        match b[i] {
            b'"' => return Some((i + 1, escaped)),
            b'\\' => {
                escaped = true;
                i += match *b.get(i + 1)? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => 2,
                    b'u' => {
                        let hex = b.get(i + 2..i + 6)?;
                        if !hex.iter().all(u8::is_ascii_hexdigit) {
                            return None;
                        }
                        6
                    }
                    _ => return None,
                };
            }
            // A control character, which a string may not hold as it is.
            _ => return None,
        }
    }
}

fn literal_at(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    (b.get(i..i + word.len())? == word).then_some(i + word.len())
}

/// Past the digits from `b[i]` on: the index after them, and how many there were.
#[inline(always)]
fn digits_at(b: &[u8], mut i: usize) -> (usize, usize) {
    let start = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    (i, i - start)
}

/// Past the number that starts at `b[i]`, written as JSON writes numbers:
/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
#[inline(always)]
fn number_at(b: &[u8], mut i: usize) -> Option<usize> {
    if b[i] == b'-' {
        i += 1;
    }
    match *b.get(i)? {
        b'0' => i += 1,
        b'1'..=b'9' => i = digits_at(b, i + 1).0,
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        let (end, n) = digits_at(b, i + 1);
        if n == 0 {
            return None;
        }
        i = end;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let (end, n) = digits_at(b, i);
        if n == 0 {
            return None;
        }
        i = end;
    }
    Some(i)
}

/// The index of the first byte from `i` on that ends or interrupts a string's plain text: a
/// quote, a backslash or a control character.
#[inline(always)]
fn special(b: &[u8], i: usize) -> Option<usize> {
    find::<true>(b, i)
}

/// The end of the string that opens at `b[at]` (a quote) in text already checked as JSON:
/// the index after its closing quote, escaped characters skipped; `None` when it is not
/// closed. What the string holds is not checked again.
#[inline(always)]
pub fn string_end(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    loop {
        let k = find::<false>(b, i)?;
        if b[k] == b'"' {
            return Some(k + 1);
        }
        i = k + 2;
    }
}

/// The first byte from `i` on that is a quote or a backslash, or with `CONTROLS` also a
/// control character (below 0x20). Eight bytes at a time.
#[inline(always)]
fn find<const CONTROLS: bool>(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let is_special = |c: u8| c == b'"' || c == b'\\' || (CONTROLS && c < 0x20);
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().ok()?);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        let control = if CONTROLS {
            w.wrapping_sub(ONES * 0x20) & !w
        } else {
            0
        };
        // The lowest byte flagged is exact: a false flag only follows a true one.
        let found = ((quote.wrapping_sub(ONES) & !quote)
            | (backslash.wrapping_sub(ONES) & !backslash)
            | control)
            & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while !is_special(*b.get(i)?) {
        i += 1;
    }
    Some(i)
}

#[cfg(test)]
mod tests;
