//! `qlik item settings ls` and `qlik item settings patch`: the patch comes from
//! `--usageMetricsEnabled`, from `--op`/`--path`/`--value`, or from a JSON Patch body
//! (`-f`), and `--dry-run` prints the request instead of sending it.

use serde_json::{Value, json};

use crate::api::items::SETTINGS;
use crate::cli::item::{ItemSettingsLsArgs, ItemSettingsPatchArgs};
use crate::error::usage;

use super::write::read_body;
use crate::commands::runtime::block_on;
use crate::commands::{Ctx, Session};
use crate::output::Shape;

pub fn ls(ctx: &Ctx, args: ItemSettingsLsArgs) -> anyhow::Result<u8> {
    let Session {
        mut printer,
        client,
    } = ctx.session(args.print.quiet)?;
    block_on(async move {
        let resp = client.get_settings().await?;
        if args.print.raw {
            printer.raw(&resp.body)?;
        } else {
            printer.object(Shape::Settings, &resp.json()?)?;
        }
        Ok(0)
    })
}

/// The one patchable setting.
const METRICS: &str = "/usageMetricsEnabled";

/// The JSON Patch array for the form the user chose, validated.
pub fn patch_ops(a: &ItemSettingsPatchArgs) -> anyhow::Result<Value> {
    let op = |value: bool| json!({"op": "replace", "path": METRICS, "value": value});
    if let Some(b) = a.usage_metrics_enabled {
        return Ok(json!([op(b)]));
    }
    if let Some(o) = &a.op {
        if o != "replace" {
            return Err(usage(format!("--op `{o}`: only replace is supported")));
        }
        let path = a.path.as_deref().unwrap_or_default();
        if path != METRICS {
            return Err(usage(format!(
                "--path `{path}`: the only setting is {METRICS}"
            )));
        }
        let raw = a.value.as_deref().unwrap_or_default();
        return match serde_json::from_str::<Value>(raw.trim()) {
            Ok(Value::Bool(b)) => Ok(json!([op(b)])),
            _ => Err(usage(format!(
                "--value `{raw}`: {METRICS} takes true or false"
            ))),
        };
    }
    if let Some(f) = &a.file {
        let source = if f == "-" {
            "standard input"
        } else {
            f.as_str()
        };
        return ops_of(read_body(f)?, source);
    }
    if let Some(text) = &a.body {
        let v = serde_json::from_str(text)
            .map_err(|e| usage(format!("--body is not valid JSON ({e})")))?;
        return ops_of(v, "--body");
    }
    Err(usage(
        "nothing to change: give --usageMetricsEnabled true|false, --op replace --path /usageMetricsEnabled --value BOOL, or -f FILE",
    ))
}

/// The JSON Patch array of a body read from `source` (a file, standard input or `--body`): a
/// JSON Patch array of the one operation there is, or the settings object `qlik item settings
/// ls` prints (the settings to have); validated.
fn ops_of(v: Value, source: &str) -> anyhow::Result<Value> {
    let op = |value: bool| json!({"op": "replace", "path": METRICS, "value": value});
    // The output of `qlik item settings ls`: the settings to have.
    if let Value::Object(m) = &v {
        if m.is_empty() {
            return Err(usage(format!(
                "{source}: no setting given; the one setting is usageMetricsEnabled"
            )));
        }
        let mut ops = Vec::new();
        for (k, value) in m {
            if k != &METRICS[1..] {
                return Err(usage(format!(
                    "{source}: unknown setting `{}`; the one setting is usageMetricsEnabled",
                    crate::text::cut(k, 60)
                )));
            }
            match value {
                Value::Bool(b) => ops.push(op(*b)),
                _ => {
                    return Err(usage(format!(
                        "{source}: usageMetricsEnabled takes true or false"
                    )));
                }
            }
        }
        return Ok(Value::Array(ops));
    }
    let ops = v.as_array().filter(|ops| !ops.is_empty()).ok_or_else(|| {
        usage(format!(
            "{source}: expected a non-empty JSON Patch array, or a settings object as `qlik item settings ls` prints it"
        ))
    })?;
    for (i, o) in ops.iter().enumerate() {
        let ok = o.as_object().is_some_and(|m| m.len() == 3)
            && o.get("op") == Some(&json!("replace"))
            && o.get("path") == Some(&json!(METRICS))
            && o.get("value").is_some_and(Value::is_boolean);
        if !ok {
            return Err(usage(format!(
                "{source}: operation {i} is not {{\"op\":\"replace\",\"path\":\"{METRICS}\",\"value\":true|false}}"
            )));
        }
    }
    Ok(v)
}

pub fn patch(ctx: &Ctx, a: ItemSettingsPatchArgs) -> anyhow::Result<u8> {
    let ops = patch_ops(&a)?;
    let Session {
        mut printer,
        client,
    } = ctx.session(a.print.quiet)?;
    block_on(async move {
        if a.dry_run.dry_run {
            printer.dry_run("PATCH", &client.full_url(SETTINGS), Some(&ops))?;
            printer.flush()?;
            return Ok(0);
        }
        let resp = client.patch_settings(&ops).await?;
        if a.print.raw {
            printer.raw(&resp.body)?;
        } else {
            printer.object(Shape::Settings, &resp.json()?)?;
        }
        Ok(0)
    })
}
