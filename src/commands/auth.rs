//! `qlik auth status` (alias `qlik whoami`) and `qlik auth logout`.

use serde_json::{Value, json};

use super::{Ctx, origin, runtime};
use crate::api::{ApiError, ErrorKind, USERS_ME, User};
use crate::config::{Credential, Settings, Source};
use crate::error::Described;
use crate::output::Shape;
use crate::text;

/// The longest user field shown.
const FIELD_CAP: usize = 200;

/// `qlik auth status`: the settings in use, and `GET /api/v1/users/me` with them.
pub fn status(ctx: &Ctx) -> anyhow::Result<u8> {
    let settings = ctx.settings()?;
    let mut session = ctx.session(false)?;
    let mut value = describe(ctx, &settings);
    let client = session.client.clone();
    let mut outcome = None;
    runtime::block_on_local(async {
        outcome = Some(client.users_me().await);
        Ok(0)
    })?;
    let outcome = outcome.unwrap_or_else(|| Err(ApiError::other("the check did not run")));
    let failure = match outcome {
        Ok(resp) => match User::of(&resp) {
            Some(user) => {
                let field = |f: Option<String>| f.map(|s| text::cut(&s, FIELD_CAP).into_owned());
                value["user_name"] = json!(field(user.name));
                value["user_id"] = json!(field(user.id));
                value["user_email"] = json!(field(user.email));
                value["tenant_id"] = json!(field(user.tenant_id));
                value["ok"] = json!(true);
                None
            }
            None => Some(Described {
                message: format!(
                    "{} does not look like Qlik Cloud: its answer to GET {USERS_ME} is not a user",
                    settings.server
                ),
                hints: vec![],
                code: crate::error::FAILURE,
            }),
        },
        Err(e) => {
            // A check answers whether the credential works: 4 when it does not; 1 when the
            // server could not tell (unreachable, rate-limited or failing after the retries).
            let code = match crate::error::api_exit_code(&e) {
                crate::error::AUTH => crate::error::AUTH,
                _ => crate::error::FAILURE,
            };
            let what = match e.kind {
                ErrorKind::Auth => format!(
                    "{} refused the credential: {}",
                    settings.server,
                    crate::api::without_client_refused(&e)
                ),
                ErrorKind::Transient if e.status.is_none() => {
                    format!("cannot reach {}: {e}", settings.server)
                }
                _ => format!("cannot check the credential: {e}"),
            };
            let mut hints: Vec<String> = crate::hints::api_hint(&e).into_iter().collect();
            if e.kind == ErrorKind::Auth
                && value["key_expired"] == true
                && let Some(at) = value["key_expires"].as_str()
            {
                hints.insert(
                    0,
                    format!(
                        "the API key expired at {at}; make a new one in the hub (Profile \
                         settings > API keys)"
                    ),
                );
            }
            if e.kind == ErrorKind::Auth && hints.is_empty() {
                hints.push("see `qlik profile show` and docs/auth.md".into());
            }
            Some(Described {
                message: what,
                hints,
                code,
            })
        }
    };
    if value["kind"] == "oauth-client" {
        // Read after the request, which may have fetched (and cached) a token.
        let cached = ctx.token_cache(&settings).and_then(|c| c.read());
        value["token_expires"] = json!(cached.map(|t| rfc3339(t.expires_at)));
    }
    if let Some(f) = &failure {
        value["ok"] = json!(false);
        value["error"] = json!(f.message);
    }
    if session.printer.format().is_table()
        && let Value::Object(map) = &mut value
    {
        map.retain(|_, v| !v.is_null());
    }
    session.printer.object(Shape::Settings, &value)?;
    session.printer.flush()?;
    match failure {
        Some(f) => Err(f.into()),
        None => Ok(0),
    }
}

/// What `auth status` says without asking the server.
fn describe(ctx: &Ctx, settings: &Settings) -> Value {
    let server_from = match &settings.source {
        Source::Flags => "--server",
        Source::Env => "QLIK_SERVER",
        Source::Profile(_) => "profile",
    };
    let profile_from = settings.profile.as_ref().map(|_| {
        if ctx.global.profile.is_some() {
            "--profile"
        } else if !matches!(settings.source, Source::Profile(_)) {
            "server match"
        } else if ctx
            .env("QLIK_PROFILE")
            .is_some_and(|p| !p.trim().is_empty())
        {
            "QLIK_PROFILE"
        } else {
            "default_profile"
        }
    });
    let credential_from = if settings.key_from_env {
        match &settings.credential {
            Credential::ApiKey(_) => "QLIK_API_KEY",
            Credential::OAuth(_) => "QLIK_CLIENT_ID",
        }
    } else {
        "profile"
    };
    let mut value = json!({
        "server": settings.server,
        "server_from": server_from,
        "profile": settings.profile,
        "profile_from": profile_from,
        "kind": settings.credential.kind(),
        "credential_from": credential_from,
        "ok": Value::Null,
    });
    match &settings.credential {
        Credential::ApiKey(key) => {
            value["api_key"] = json!(key.masked());
            if let Some(exp) = jwt_expiry(key.expose()) {
                let now = crate::api::now_unix_secs();
                value["key_expires"] = json!(rfc3339(exp));
                value["key_expired"] = json!(exp <= now);
            }
        }
        Credential::OAuth(c) => {
            value["client_id"] = json!(text::cut(&c.client_id, FIELD_CAP));
            value["scope"] = json!(c.scope);
            value["token_expires"] = Value::Null;
        }
    }
    value
}

/// `qlik auth logout`: the cached token of the OAuth client in use deleted, and revoked.
pub fn logout(ctx: &Ctx) -> anyhow::Result<u8> {
    let settings = ctx.settings()?;
    let Credential::OAuth(client_cfg) = &settings.credential else {
        eprintln!(
            "The credential in use ({}) is an API key: no token is cached for it; nothing to do.",
            origin(&settings)
        );
        return Ok(0);
    };
    let Some(cache) = ctx.token_cache(&settings) else {
        eprintln!("No cache directory is known (set QLIK_CACHE_DIR): no token is cached.");
        return Ok(0);
    };
    let token = cache.read();
    cache.remove().map_err(|e| {
        anyhow::Error::new(e).context(format!("cannot delete {}", cache.path().display()))
    })?;
    let id = text::one_line(&client_cfg.client_id, FIELD_CAP);
    let Some(token) = token else {
        eprintln!("No access token of OAuth client {id} was cached; nothing to do.");
        return Ok(0);
    };
    let client = ctx.client(&settings)?;
    let mut outcome = None;
    runtime::block_on_local(async {
        outcome = Some(client.revoke(&token.access_token).await);
        Ok(0)
    })?;
    match outcome.unwrap_or_else(|| Err(ApiError::other("the revocation did not run"))) {
        Ok(()) => {
            eprintln!("Deleted the cached access token of OAuth client {id}, and revoked it.");
            Ok(0)
        }
        Err(e) => {
            eprintln!("Deleted the cached access token of OAuth client {id}.");
            Err(Described {
                message: format!("the server did not revoke it: {e}"),
                hints: vec![format!(
                    "it stays valid until {}, when it expires",
                    rfc3339(token.expires_at)
                )],
                code: crate::error::api_exit_code(&e),
            }
            .into())
        }
    }
}

/// The `exp` of an API key that is a JWT (`HEADER.PAYLOAD.SIGNATURE`, base64url), read
/// without checking the signature; `None` when the key is not one or has none.
pub fn jwt_expiry(key: &str) -> Option<u64> {
    let mut parts = key.split('.');
    let (_, payload, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || payload.len() > 16 * 1024 {
        return None;
    }
    let bytes = base64url(payload)?;
    let v: Value = serde_json::from_slice(&bytes).ok()?;
    let exp = v.get("exp")?;
    exp.as_u64().or_else(|| {
        exp.as_f64()
            .filter(|f| *f >= 0.0 && *f < 1e12)
            .map(|f| f as u64)
    })
}

/// Decodes base64url, with or without padding.
fn base64url(s: &str) -> Option<Vec<u8>> {
    let s = s.trim_end_matches('=');
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// Unix seconds as RFC 3339 in UTC, e.g. `2026-12-03T14:05:00Z`.
pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_expiry_of_a_jwt_key() {
        // {"alg":"none"} . {"sub":"x","exp":1700000000} . sig
        let key = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln";
        assert_eq!(jwt_expiry(key), Some(1_700_000_000));
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        for not_jwt in [
            "qlik-emulator-dev-key",
            "a.b",
            "a.!!.c",
            "a.e30.c",
            "a.b.c.d",
        ] {
            assert_eq!(jwt_expiry(not_jwt), None, "{not_jwt}");
        }
    }
}
