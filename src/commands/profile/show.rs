//! `qlik profile ls` and `qlik profile show`: the profiles as they are saved.

use std::io::Write;

use serde_json::{Value, json};

use crate::config::Store;
use crate::output::{self, Format, Shape, Terminal};

pub(super) fn ls(
    store: &Store,
    format: Format,
    term: Terminal,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let default = store.default_profile();
    let rows: Vec<(&str, &str, bool)> = store
        .profile_names()
        .filter_map(|name| {
            store
                .profile(name)
                .map(|p| (name, p.server.as_str(), Some(name) == default))
        })
        .collect();
    if format.is_table() && rows.is_empty() {
        eprintln!("No profiles. Add one with `qlik profile add NAME --server URL`.");
        return Ok(());
    }
    // A hand-edited config file may hold anything: the table shows it escaped.
    let mut list = output::ListWriter::new(&mut *out, format, Shape::Profiles, term);
    for (name, server, is_default) in &rows {
        list.push(&json!({"name": name, "server": server, "default": is_default}))?;
    }
    list.finish()?;
    Ok(())
}

pub(super) fn show(
    store: &Store,
    name: &str,
    format: Format,
    term: Terminal,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let profile = store.require(name)?;
    let key = store.api_key(name).map(|k| k.masked());
    let mut value = json!({
        "name": name,
        "server": profile.server,
        "api_key": key,
        "default": store.default_profile() == Some(name),
        "output": profile.output,
        "tier1_per_minute": profile.tier1_per_minute,
        "tier2_per_minute": profile.tier2_per_minute,
        "insecure": profile.insecure,
        "ca_cert": profile.ca_cert.as_ref().map(|p| p.display().to_string()),
        "allow_http": profile.allow_http,
        "config_file": store.config_path().display().to_string(),
        "credentials_file": store.credentials_path().display().to_string(),
    });
    if format.is_table()
        && let Value::Object(map) = &mut value
    {
        // The table shows what is set; JSON and YAML keep every field.
        if map["api_key"].is_null() {
            map["api_key"] = json!("(none)");
        }
        map.retain(|_, v| !v.is_null());
    }
    output::write_object(&mut *out, format, Shape::Settings, term, &value)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Profile;
    use crate::secret::Secret;

    const TTY: Terminal = Terminal {
        tty: true,
        width: 100,
    };

    fn store_with(names: &[(&str, &str)], default: Option<&str>) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        for (name, server) in names {
            let p = Profile {
                server: server.to_string(),
                ..Profile::default()
            };
            store
                .upsert(name, &p, Some(&Secret::new("sentinel-0123456789abcd")))
                .unwrap();
        }
        store.set_default(default);
        (dir, store)
    }

    #[test]
    fn ls_table_on_a_terminal() {
        let (_d, store) = store_with(
            &[
                ("prod", "https://p.example.com"),
                ("a", "https://a.example.com"),
            ],
            Some("prod"),
        );
        let mut out = Vec::new();
        ls(&store, Format::Table, TTY, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME  SERVER                 DEFAULT\n\
             a     https://a.example.com\n\
             prod  https://p.example.com  *\n"
        );
    }

    #[test]
    fn show_lines_on_a_terminal_mask_the_key() {
        let (_d, store) = store_with(&[("prod", "https://p.example.com")], Some("prod"));
        let mut out = Vec::new();
        show(&store, "prod", Format::Table, TTY, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("SETTING           VALUE\nname              prod\n"),
            "{text}"
        );
        assert!(text.contains("\napi_key           ****abcd\n"), "{text}");
        assert!(!text.contains("sentinel"), "{text}");
        assert!(!text.contains("output"), "{text}");
    }
}
