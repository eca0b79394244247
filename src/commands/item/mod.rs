//! `qlik item …` handlers.

use crate::cli::item::{ItemCommand, ItemSettingsCommand};

use super::Ctx;

mod collections;
mod edit;
mod get;
mod listing;
mod ls;
mod outcome;
mod publisheditems;
mod rm;
mod settings;
mod update;
pub mod validate;
pub(crate) mod write;

/// The hint for an item id the service does not know, when the id could be the id of a
/// resource (an app, a file, …) rather than of its item: item ids are 24 hexadecimal digits,
/// an app's id is a GUID. `None` for ids that could be neither (a typo, a name).
///
/// `unsure`: also for ids shaped like an item id, which may be a resource's id too (the
/// resource types other than apps use that shape); a command of one id says so, a bulk
/// delete (where a missing item id is most often one already gone) does not.
pub fn not_found_hint(id: &str, unsure: bool) -> Option<String> {
    let id = id.trim();
    if is_guid(id) {
        return Some(format!(
            "item ids differ from resource ids, and {id} looks like an app's id: find the \
             app's item with `qlik item ls --resourceType app --resourceId {}`",
            crate::shell::quote(id)
        ));
    }
    if unsure && id.len() == 24 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Some(format!(
            "item ids differ from resource ids: if {id} is the id of a resource rather than of \
             its item, find the item with `qlik item ls --resourceType TYPE --resourceId {}`",
            crate::shell::quote(id)
        ));
    }
    None
}

/// `8-4-4-4-12` hexadecimal digits, as an app's id is written.
fn is_guid(id: &str) -> bool {
    let groups: Vec<&str> = id.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The hints printed after the per-id lines of `get` and `rm`: each failure's own hint, and
/// the resource-id hint of [`not_found_hint`] for the first unknown id it fits (one makes the
/// point; the rest would differ only in the id). Each printed once.
#[derive(Default)]
pub struct IdHints {
    hints: Vec<String>,
    resource_hint: bool,
}

impl IdHints {
    pub fn add(&mut self, id: &str, e: &crate::api::ApiError) {
        self.hints.extend(crate::hints::api_hint(e));
        if e.kind == crate::api::ErrorKind::NotFound
            && !self.resource_hint
            && let Some(h) = not_found_hint(id, false)
        {
            self.hints.push(h);
            self.resource_hint = true;
        }
    }

    pub fn print(self) {
        crate::error::report_hints(self.hints);
    }
}

/// A failure of a command on one item: a 404 gets the hint of [`not_found_hint`].
pub fn item_error(id: &str, e: crate::api::ApiError) -> anyhow::Error {
    let hints = match e.kind {
        crate::api::ErrorKind::NotFound => not_found_hint(id, true).into_iter().collect(),
        _ => Vec::new(),
    };
    crate::error::Hinted::wrap(e, hints)
}

pub fn run(ctx: &Ctx, cmd: ItemCommand) -> anyhow::Result<u8> {
    match cmd {
        ItemCommand::Ls(args) => ls::run(ctx, *args),
        ItemCommand::Get(args) => get::run(ctx, args),
        ItemCommand::Collections(args) => collections::run(ctx, args),
        ItemCommand::Publisheditems(args) => publisheditems::run(ctx, args),
        ItemCommand::Update(args) => update::run(ctx, *args),
        ItemCommand::Edit(args) => edit::run(ctx, args),
        ItemCommand::Rm(args) => rm::run(ctx, args),
        ItemCommand::Settings(ItemSettingsCommand::Ls(args)) => settings::ls(ctx, args),
        ItemCommand::Settings(ItemSettingsCommand::Patch(args)) => settings::patch(ctx, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_found_hints_only_for_ids_that_could_be_resource_ids() {
        let app = "fc72032f-164b-629b-16fb-f3a69b8c1f66";
        for unsure in [true, false] {
            let h = not_found_hint(app, unsure).unwrap();
            assert!(
                h.ends_with(&format!(
                    "`qlik item ls --resourceType app --resourceId {app}`"
                )),
                "{h}"
            );
            assert!(not_found_hint(&app.to_uppercase(), unsure).is_some());
        }
        let object_id = "1eddd5314073e9df18484de2";
        assert!(
            not_found_hint(object_id, true)
                .unwrap()
                .contains("--resourceType TYPE")
        );
        assert_eq!(not_found_hint(object_id, false), None);
        for other in [
            "bogus",
            "",
            "fc72032f164b629b16fbf3a69b8c1f66",
            "fc72032f-164b-629b-16fb-f3a69b8c1f6g",
            "fc72032f-164b-629b-16fb-f3a69b8c1f66-0",
            "1eddd5314073e9df18484de",
            "x'; rm -rf ~; echo '",
        ] {
            assert_eq!(not_found_hint(other, true), None, "{other}");
        }
    }
}
