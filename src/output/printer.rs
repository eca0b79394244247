//! The one way a command prints its data: one object, a list streamed as it comes (or held
//! until whole), a body as received, the requests of a dry run, and the notice of an empty
//! table. A handler builds one [`Printer`], handing it the format, the terminal and the
//! writers to print to (stdout and stderr; buffers in tests).

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};

use serde_json::Value;

use super::jq::JqRun;
use super::json::check_depth;
use super::object::write_object;
use super::{Format, Jq, ListWriter, Shape, Shaping, Terminal};
use crate::jsonscan::Scanned;
use crate::text::JsonEscape;
use std::rc::Rc;

pub struct Printer<O: Write, E: Write> {
    format: Format,
    term: Terminal,
    /// Whether the requests of a dry run are escaped (stdout itself is a terminal).
    escape_requests: bool,
    shaping: Shaping,
    out: O,
    /// For the notices that stand in for data (an empty table).
    err: E,
    /// `--jq`: prints what the filter makes of the data instead of the format.
    jq: Option<Rc<Jq>>,
    /// The most bytes a held list may spool (see [`Printer::held_list`]).
    held_cap: usize,
}

impl<O: Write, E: Write> Printer<O, E> {
    pub fn new(format: Format, term: Terminal, out: O, err: E) -> Printer<O, E> {
        Printer {
            format,
            term,
            escape_requests: false,
            shaping: Shaping::default(),
            out,
            err,
            jq: None,
            held_cap: crate::limits::MAX_HELD_BYTES,
        }
    }

    /// The most bytes a held list may spool before it ends with an error.
    pub fn held_cap(mut self, cap: usize) -> Printer<O, E> {
        self.held_cap = cap;
        self
    }

    /// Prints what `jq` makes of each object instead of the format (see `jq.rs`).
    pub fn jq(mut self, jq: Option<Jq>) -> Printer<O, E> {
        self.jq = jq.map(Rc::new);
        self
    }

    /// Escapes what could drive a terminal in the requests of a dry run (see
    /// [`Printer::dry_run`]).
    pub fn escape_requests(mut self, on: bool) -> Printer<O, E> {
        self.escape_requests = on;
        self
    }

    /// Applies `--fields` and `--no-headers` to what is printed.
    pub fn shaping(mut self, shaping: Shaping) -> Printer<O, E> {
        self.shaping = shaping;
        self
    }

    /// Whether `--fields` was given.
    pub fn has_fields(&self) -> bool {
        self.shaping.fields.is_some()
    }

    /// Whether `--jq` prints instead of the format.
    pub fn has_jq(&self) -> bool {
        self.jq.is_some()
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn term(&self) -> Terminal {
        self.term
    }

    /// One object, and flushes: in a table, one line per field (FIELD/VALUE, or
    /// SETTING/VALUE).
    pub fn object(&mut self, shape: Shape, v: &Value) -> io::Result<()> {
        if self.jq.is_some() {
            let mut list = self.list(shape);
            list.push(v)?;
            return list.finish();
        }
        write_object(
            &mut self.out,
            self.format,
            shape,
            self.term,
            &self.shaping,
            v,
        )
    }

    /// A list, written as it comes (the table once [`List::finish`]ed).
    pub fn list(&mut self, shape: Shape) -> List<'_, O> {
        List {
            writer: Self::writer(
                self.jq.clone(),
                self.format,
                self.term,
                Sink::Out(&mut self.out),
                shape,
                &self.shaping,
            ),
            held: None,
        }
    }

    /// A list held in an unnamed temporary file (removed by the OS however the process ends)
    /// and printed only by [`List::finish`]: a list dropped unfinished prints nothing. Memory
    /// stays flat however long the list.
    pub fn held_list(&mut self, shape: Shape) -> io::Result<List<'_, O>> {
        let file = tempfile::tempfile()?;
        let spool = BufWriter::with_capacity(64 * 1024, file.try_clone()?);
        Ok(List {
            writer: Self::writer(
                self.jq.clone(),
                self.format,
                self.term,
                Sink::Spool {
                    spool,
                    written: 0,
                    cap: self.held_cap,
                },
                shape,
                &self.shaping,
            ),
            held: Some((file, &mut self.out)),
        })
    }

    fn writer<'a>(
        jq: Option<Rc<Jq>>,
        format: Format,
        term: Terminal,
        sink: Sink<'a, O>,
        shape: Shape,
        shaping: &Shaping,
    ) -> ListWriter<Sink<'a, O>> {
        match jq {
            Some(jq) => {
                ListWriter::with_jq(sink, jq, shape, term).jq_fields(shaping.fields.clone())
            }
            None => ListWriter::new(sink, format, shape, term).shaped(shaping),
        }
    }

    /// A body as received, ending with a newline, and flushes; on a terminal each line
    /// escaped. With `--jq`, the filter runs once on the body.
    pub fn raw(&mut self, body: &[u8]) -> io::Result<()> {
        if let Some(jq) = &self.jq {
            check_depth(body)?;
            let text = std::str::from_utf8(body).map_err(io::Error::other)?;
            let mut run = JqRun::new(jq.clone(), self.term);
            run.push_text(text.trim(), &mut self.out)?;
            run.finish(&mut self.out)?;
            return self.out.flush();
        }
        if body.is_empty() && !self.term.tty {
            // An empty body is still one line.
            self.out.write_all(b"\n")?;
            return self.out.flush();
        }
        // As received (on a terminal, each line escaped: the service's text never drives it).
        self.text_body(body)
    }

    /// A JSON body as received, re-indented (strings, numbers and the order of fields as the
    /// service wrote them), ending with a newline, and flushes. On a terminal the characters
    /// that could drive it are written as `\uXXXX`.
    pub fn json_body(&mut self, body: &[u8]) -> io::Result<()> {
        check_depth(body)?;
        let mut out = JsonEscape::when(self.term.tty, &mut self.out);
        super::json::reformat(&mut out, body, true, 0)?;
        out.write_all(b"\n")?;
        out.flush()?;
        self.out.flush()
    }

    /// A body that is not JSON, as received; on a terminal each line escaped. Ends with a
    /// newline (unless empty), and flushes.
    pub fn text_body(&mut self, body: &[u8]) -> io::Result<()> {
        if body.is_empty() {
            return Ok(());
        }
        if self.term.tty {
            let text = String::from_utf8_lossy(body);
            let shown = crate::text::escape_lines(text.trim_end_matches('\n'));
            writeln!(self.out, "{shown}")?;
            return self.out.flush();
        }
        self.out.write_all(body)?;
        if !body.ends_with(b"\n") {
            self.out.write_all(b"\n")?;
        }
        self.out.flush()
    }

    /// [`Printer::dry_run`] with a body of JSON text, shown re-indented as given (numbers
    /// and the order of fields kept).
    pub fn dry_run_json(&mut self, method: &str, url: &str, body: Option<&[u8]>) -> io::Result<()> {
        let mut out = JsonEscape::when(self.escape_requests, &mut self.out);
        writeln!(out, "{method} {url}")?;
        if let Some(b) = body {
            check_depth(b)?;
            super::json::reformat(&mut out, b, true, 0)?;
            writeln!(out)?;
        }
        Ok(())
    }

    /// What a dry run would send: the method and URL, then the body. Headers (and so the key)
    /// are never given to it. With [`Printer::escape_requests`], characters of the body that
    /// could drive a terminal are written as `\uXXXX` (the same JSON; see [`JsonEscape`]).
    /// Not flushed: see [`Printer::flush`].
    pub fn dry_run(&mut self, method: &str, url: &str, body: Option<&Value>) -> io::Result<()> {
        // Re-indented, the compact text reads as serde_json's pretty printer writes it.
        let text = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(io::Error::other)?;
        self.dry_run_json(method, url, text.as_deref())
    }

    /// One line of plain text, as it is (not flushed).
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")
    }

    /// A table of nothing prints nothing, not even its header: a person is told `notice` on
    /// stderr instead; other formats print their own empty document. Whether it was said.
    pub fn empty(&mut self, count: usize, notice: &str) -> bool {
        if count > 0 || !self.format.is_table() {
            return false;
        }
        // A notice that cannot be written changes nothing of the data.
        let _ = self.err.write_all(format!("{notice}\n").as_bytes());
        true
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// What was printed to each writer.
    #[cfg(test)]
    pub fn into_parts(self) -> (O, E) {
        (self.out, self.err)
    }
}

/// A list being printed: see [`Printer::list`] and [`Printer::held_list`].
pub struct List<'a, O: Write> {
    writer: ListWriter<Sink<'a, O>>,
    /// A held list: its file, and where it goes once whole.
    held: Option<(File, &'a mut O)>,
}

impl<O: Write> List<'_, O> {
    /// Writes (or, for the table, keeps) one object.
    pub fn push(&mut self, v: &Value) -> io::Result<()> {
        self.writer.push(v)
    }

    /// Writes one page of objects and flushes, so a reader sees them as they arrive.
    pub fn push_all(&mut self, values: &[Value]) -> io::Result<()> {
        self.writer.push_all(values)
    }

    /// Writes one page of objects given as JSON text, and flushes; see
    /// [`ListWriter::push_page`].
    pub fn push_page<'v>(
        &mut self,
        items: impl IntoIterator<Item = Scanned<'v>>,
    ) -> io::Result<()> {
        self.writer.push_page(items)
    }

    /// Whether [`List::push_page`] reads the members of the items (which the page's scan
    /// then notes).
    pub fn reads_members(&self) -> bool {
        self.writer.reads_members()
    }

    /// Number of objects pushed.
    pub fn count(&self) -> usize {
        self.writer.count()
    }

    /// Closes the list (the array's `]`, the table itself); a held list is printed now.
    pub fn finish(self) -> io::Result<()> {
        self.writer.finish()?;
        if let Some((mut file, out)) = self.held {
            file.rewind()?;
            io::copy(&mut file, out)?;
            out.flush()?;
        }
        Ok(())
    }
}

/// Where a list is written: the printer's stdout, or the spool of a held list.
enum Sink<'a, O: Write> {
    Out(&'a mut O),
    /// A held list's file: what was written to it, and the most it may take.
    Spool {
        spool: BufWriter<File>,
        written: usize,
        cap: usize,
    },
}

impl<O: Write> Write for Sink<'_, O> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Out(w) => w.write(buf),
            Sink::Spool {
                spool,
                written,
                cap,
            } => {
                if buf.len() > *cap - *written {
                    return Err(io::Error::other(format!(
                        "the listing passed {}, the most a json or yaml listing is held \
                         until whole ({}); -o jsonl prints each page as it arrives",
                        crate::limits::human_bytes(*cap),
                        crate::limits::MAX_HELD_ENV
                    )));
                }
                let n = spool.write(buf)?;
                *written += n;
                Ok(n)
            }
        }
    }
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Out(w) => w.write_all(buf),
            Sink::Spool { .. } => {
                let mut rest = buf;
                while !rest.is_empty() {
                    let n = self.write(rest)?;
                    rest = &rest[n..];
                }
                Ok(())
            }
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Out(w) => w.flush(),
            Sink::Spool { spool, .. } => spool.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PIPE: Terminal = Terminal {
        tty: false,
        width: 80,
    };

    fn printer(format: Format) -> Printer<Vec<u8>, Vec<u8>> {
        Printer::new(format, PIPE, Vec::new(), Vec::new())
    }

    fn text(b: &[u8]) -> &str {
        std::str::from_utf8(b).unwrap()
    }

    #[test]
    fn a_held_list_prints_only_once_finished() {
        let items = [json!({"id": "a"}), json!({"id": "b"})];
        let mut p = printer(Format::Json);
        {
            let mut list = p.held_list(Shape::Items).unwrap();
            list.push_all(&items).unwrap();
            assert_eq!(list.count(), 2);
            // Dropped unfinished: nothing printed.
        }
        assert_eq!(text(&p.out), "");
        let mut list = p.held_list(Shape::Items).unwrap();
        list.push_all(&items).unwrap();
        list.finish().unwrap();
        let mut streamed = printer(Format::Json);
        let mut list = streamed.list(Shape::Items);
        list.push_all(&items).unwrap();
        list.finish().unwrap();
        assert_eq!(text(&p.out), text(&streamed.out));
        assert_eq!(
            text(&p.out),
            "[\n  {\n    \"id\": \"a\"\n  },\n  {\n    \"id\": \"b\"\n  }\n]\n"
        );
    }

    #[test]
    fn raw_bodies_end_with_one_newline() {
        let mut p = printer(Format::Json);
        p.raw(b"{\"id\":\"a\"}").unwrap();
        p.raw(b"{}\n").unwrap();
        assert_eq!(text(&p.out), "{\"id\":\"a\"}\n{}\n");
    }

    #[test]
    fn dry_runs_escape_only_when_asked() {
        let body = json!({"name": "a\u{9b}2Jb"});
        let mut p = printer(Format::Table);
        p.dry_run("PUT", "https://t/api/v1/items/x", Some(&body))
            .unwrap();
        p.dry_run("DELETE", "https://t/api/v1/items/y", None)
            .unwrap();
        assert_eq!(
            text(&p.out),
            "PUT https://t/api/v1/items/x\n{\n  \"name\": \"a\u{9b}2Jb\"\n}\nDELETE https://t/api/v1/items/y\n"
        );
        let mut p = printer(Format::Table).escape_requests(true);
        p.dry_run("PUT", "https://t/api/v1/items/x", Some(&body))
            .unwrap();
        assert!(text(&p.out).contains("\"a\\u009b2Jb\""), "{}", text(&p.out));
    }

    #[test]
    fn the_empty_notice_is_for_tables_only() {
        for format in [Format::Table, Format::Wide] {
            let mut p = printer(format);
            assert!(!p.empty(1, "No items."));
            assert!(p.empty(0, "No items."));
            assert_eq!(text(&p.err), "No items.\n");
            assert_eq!(text(&p.out), "");
        }
        for format in [Format::Json, Format::Yaml, Format::Jsonl, Format::Ids] {
            let mut p = printer(format);
            assert!(!p.empty(0, "No items."));
            assert_eq!(text(&p.err), "");
        }
    }

    #[test]
    fn one_object_in_each_format() {
        let v = json!({"id": "a", "name": "n"});
        let mut p = printer(Format::Jsonl);
        p.object(Shape::Items, &v).unwrap();
        assert_eq!(text(&p.out), "{\"id\":\"a\",\"name\":\"n\"}\n");
        let mut p = printer(Format::Ids);
        p.object(Shape::Items, &v).unwrap();
        p.line("x").unwrap();
        assert_eq!(text(&p.out), "a\nx\n");
        let mut p = printer(Format::Json);
        p.object(Shape::Items, &v).unwrap();
        assert_eq!(text(&p.out), "{\n  \"id\": \"a\",\n  \"name\": \"n\"\n}\n");
    }
}
