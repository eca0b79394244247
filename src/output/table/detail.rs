//! One object as FIELD/VALUE lines.

use serde_json::Value;

use super::{Rows, scalar};
use crate::output::{Shape, Terminal};

impl Rows {
    /// One object, one line per field (the service's fields, in its order).
    pub fn object(shape: Shape, term: Terminal, v: &Value) -> Rows {
        let mut rows = Rows {
            shape,
            vertical: true,
            tty: term.tty,
            rows: Vec::new(),
            custom: None,
            no_headers: false,
        };
        match v {
            Value::Object(map) => {
                for (k, val) in map {
                    let value = if is_time_field(k) {
                        rows.time(val)
                    } else {
                        scalar(val)
                    };
                    rows.rows
                        .push(vec![crate::text::escape(k).into_owned(), value]);
                }
            }
            other => rows.rows.push(vec![String::new(), scalar(other)]),
        }
        rows
    }
}

/// Whether a field of an object holds a time (`createdAt`, `resourceReloadEndTime`, …).
fn is_time_field(key: &str) -> bool {
    key.ends_with("At") || key.ends_with("Time")
}
