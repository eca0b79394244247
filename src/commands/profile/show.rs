//! `qlik profile ls` and `qlik profile show`: the profiles as they are saved.

use std::io::Write;

use serde_json::{Value, json};

use crate::config::Store;
use crate::output::{Printer, Shape};

pub(super) fn ls(
    store: &Store,
    printer: &mut Printer<impl Write, impl Write>,
) -> anyhow::Result<()> {
    let default = store.default_profile();
    let rows: Vec<(&str, &str, bool, Option<&str>)> = store
        .profile_names()
        .filter_map(|name| {
            store.profile(name).map(|p| {
                (
                    name,
                    p.server.as_str(),
                    Some(name) == default,
                    p.comment.as_deref(),
                )
            })
        })
        .collect();
    if printer.empty(
        rows.len(),
        "No profiles. Add one with `qlik profile add NAME --server URL`.",
    ) {
        return Ok(());
    }
    // A hand-edited config file may hold anything: the table shows it escaped.
    let mut list = printer.list(Shape::Profiles);
    for (name, server, is_default, comment) in &rows {
        list.push(
            &json!({"name": name, "server": server, "default": is_default, "comment": comment}),
        )?;
    }
    list.finish()?;
    Ok(())
}

pub(super) fn show(
    store: &Store,
    name: &str,
    printer: &mut Printer<impl Write, impl Write>,
) -> anyhow::Result<()> {
    let profile = store.require(name)?;
    let credential = store.credential(name);
    let key = credential
        .as_ref()
        .and_then(|c| c.key())
        .map(|k| k.masked());
    let client = match &credential {
        Some(crate::config::Credential::OAuth(c)) => Some(c),
        _ => None,
    };
    let mut value = json!({
        "name": name,
        "server": profile.server,
        "kind": credential.as_ref().map(|c| c.kind()),
        "api_key": key,
        "client_id": client.map(|c| c.client_id.clone()),
        "client_secret": client.map(|c| c.client_secret.masked()),
        "scope": client.map(|c| c.scope.clone()),
        "default": store.default_profile() == Some(name),
        "output": profile.output,
        "tier1_per_minute": profile.tier1_per_minute,
        "tier2_per_minute": profile.tier2_per_minute,
        "insecure": profile.insecure,
        "ca_cert": profile.ca_cert.as_ref().map(|p| p.display().to_string()),
        "allow_http": profile.allow_http,
        "comment": profile.comment,
        "config_file": store.config_path().display().to_string(),
        "credentials_file": store.credentials_path().display().to_string(),
    });
    if printer.format().is_table()
        && let Value::Object(map) = &mut value
    {
        // The table shows what is set; JSON and YAML keep every field.
        if map["api_key"].is_null() && client.is_none() {
            map["api_key"] = json!("(none)");
        }
        if map["kind"].is_null() {
            map["kind"] = json!("(none)");
        }
        map.retain(|_, v| !v.is_null());
    }
    printer.object(Shape::Settings, &value)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Profile;
    use crate::output::{Format, Terminal};
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
                .upsert(
                    name,
                    &p,
                    Some(&crate::config::Credential::ApiKey(Secret::new(
                        "sentinel-0123456789abcd",
                    ))),
                )
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
        let mut printer = Printer::new(Format::Table, TTY, Vec::new(), Vec::new());
        ls(&store, &mut printer).unwrap();
        assert_eq!(
            String::from_utf8(printer.into_parts().0).unwrap(),
            "NAME  SERVER                 DEFAULT  COMMENT\n\
             a     https://a.example.com\n\
             prod  https://p.example.com  *\n"
        );
    }

    #[test]
    fn ls_of_none_says_so_on_stderr_in_a_table_only() {
        let (_d, store) = store_with(&[], None);
        let mut printer = Printer::new(Format::Table, TTY, Vec::new(), Vec::new());
        ls(&store, &mut printer).unwrap();
        let (out, err) = printer.into_parts();
        assert_eq!(out, b"");
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "No profiles. Add one with `qlik profile add NAME --server URL`.\n"
        );
        let mut printer = Printer::new(Format::Json, TTY, Vec::new(), Vec::new());
        ls(&store, &mut printer).unwrap();
        let (out, err) = printer.into_parts();
        assert_eq!(out, b"[]\n");
        assert_eq!(err, b"");
    }

    #[test]
    fn show_lines_on_a_terminal_mask_the_key() {
        let (_d, store) = store_with(&[("prod", "https://p.example.com")], Some("prod"));
        let mut printer = Printer::new(Format::Table, TTY, Vec::new(), Vec::new());
        show(&store, "prod", &mut printer).unwrap();
        let text = String::from_utf8(printer.into_parts().0).unwrap();
        assert!(
            text.starts_with("SETTING           VALUE\nname              prod\n"),
            "{text}"
        );
        assert!(text.contains("\napi_key           ****abcd\n"), "{text}");
        assert!(!text.contains("sentinel"), "{text}");
        assert!(!text.contains("output"), "{text}");
    }
}
