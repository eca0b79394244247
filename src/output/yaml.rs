//! YAML through serde-saphyr, which quotes the scalars YAML 1.1 readers would re-type
//! (timestamps, `yes`/`no`, `on`/`off`), so PyYAML and friends read strings back.

use std::io;

use serde_json::Value;

/// One object as a YAML document.
pub fn document(v: &Value) -> io::Result<String> {
    let mut s = serde_saphyr::to_string(v).map_err(io::Error::other)?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}

/// One entry of a top-level sequence (`- …`): entries written one after another make
/// one valid YAML sequence, so a list can be written as it arrives.
pub fn list_entry(v: &Value) -> io::Result<String> {
    document(&Value::Array(vec![v.clone()]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps_and_booleans_like_strings_stay_quoted() {
        let v = json!({
            "id": "abc",
            "createdAt": "2024-03-01T10:20:30Z",
            "updatedAt": "2024-03-01T10:20:30.123Z",
            "day": "2024-03-01",
            "name": "yes",
            "other": "no",
            "flag": "on",
            "isFavorited": false,
            "count": 3,
            "version": "1.0",
            "none": null,
        });
        let text = document(&v).unwrap();
        for key in [
            "createdAt: \"2024-03-01T10:20:30Z\"",
            "updatedAt: \"2024-03-01T10:20:30.123Z\"",
            "day: \"2024-03-01\"",
            "name: \"yes\"",
            "other: \"no\"",
            "flag: \"on\"",
            "version: \"1.0\"",
            "isFavorited: false",
            "count: 3",
        ] {
            assert!(text.contains(key), "missing `{key}` in:\n{text}");
        }
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn entries_concatenate_into_one_sequence() {
        let items = vec![
            json!({"id": "a", "meta": {"tags": [{"id": "t", "name": "x"}]}, "actions": []}),
            json!({"id": "b", "resourceAttributes": {}}),
        ];
        let text: String = items.iter().map(|v| list_entry(v).unwrap()).collect();
        assert!(text.starts_with("- "), "{text}");
        let back: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(back, Value::Array(items));
    }
}
