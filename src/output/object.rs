//! One object: in a table, one line per field.

use std::io::{self, Write};

use serde_json::Value;

use super::json::escapes_json;
use super::{Format, Shape, Terminal, table, write_id, yaml, yaml_text};
use crate::text::JsonEscape;

/// Writes one object: in a table, one line per field (FIELD/VALUE, or SETTING/VALUE).
pub(super) fn write_object<W: Write>(
    out: W,
    format: Format,
    shape: Shape,
    term: Terminal,
    v: &Value,
) -> io::Result<()> {
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
        Format::Ids => {
            if let Some(id) = v.get("id").and_then(Value::as_str) {
                write_id(&mut out, id, term)?;
            }
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
