//! One object: in a table, one line per field.

use std::io::{self, Write};

use serde_json::Value;

use super::csv::{self as sep, Sep};
use super::json::escapes_json;
use super::{Format, Shape, Shaping, Terminal, table, write_id, write_name, yaml, yaml_text};
use crate::text::JsonEscape;

/// Writes one object: in a table, one line per field (FIELD/VALUE, or SETTING/VALUE).
pub(super) fn write_object<W: Write>(
    out: W,
    format: Format,
    shape: Shape,
    term: Terminal,
    shaping: &Shaping,
    v: &Value,
) -> io::Result<()> {
    let projected;
    let v = match &shaping.fields {
        Some(f)
            if !matches!(
                format,
                Format::Csv | Format::Tsv | Format::Ids | Format::Name
            ) =>
        {
            projected = f.project(v);
            &projected
        }
        _ => v,
    };
    let mut out = JsonEscape::when(escapes_json(format, term), out);
    match format {
        Format::Json => {
            let mut text = serde_json::to_vec_pretty(v).map_err(io::Error::other)?;
            text.push(b'\n');
            out.write_all(&text)?;
        }
        Format::Jsonl => {
            let mut line = serde_json::to_vec(v).map_err(io::Error::other)?;
            line.push(b'\n');
            out.write_all(&line)?;
        }
        Format::Yaml => out.write_all(yaml_text(&yaml::document(v)?, term).as_bytes())?,
        // Settings have no id: `-q` prints NAME=VALUE per setting (a string bare, any
        // other value as compact JSON). A name or string with a line break in it is written
        // as JSON too, so that a line is always one setting.
        Format::Ids if shape == Shape::Settings => {
            let Some(m) = v.as_object() else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the settings answer is not an object: there are no NAME=VALUE lines to print",
                ));
            };
            let one_line = |s: &str| {
                if s.contains(['\n', '\r']) {
                    Value::String(s.to_string()).to_string()
                } else {
                    s.to_string()
                }
            };
            for (k, value) in m {
                let value = match value {
                    Value::String(s) => one_line(s),
                    other => other.to_string(),
                };
                write_id(&mut out, &format!("{}={value}", one_line(k)), term)?;
            }
        }
        Format::Ids => {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                write_id(&mut out, id, term)?;
            }
        }
        Format::Name => write_name(&mut out, shape, v, term)?,
        Format::Csv | Format::Tsv => {
            let s = if format == Format::Csv {
                Sep::Csv
            } else {
                Sep::Tsv
            };
            // One object is one row; settings' own fields are their columns.
            let shape = if matches!(shape, Shape::Settings | Shape::Objects) {
                shape
            } else {
                Shape::Items
            };
            let mut rows =
                sep::Rows::new(s, shape, shaping.fields.as_ref(), !shaping.no_headers, term);
            rows.push(&mut out, v)?;
        }
        Format::Table | Format::Wide => {
            table::Rows::object(shape, term, v).render_to(
                term,
                format == Format::Wide,
                &mut out,
            )?;
        }
    }
    out.flush()
}
