//! OAuth machine-to-machine credentials (`oauth.openapi.json`): `POST /oauth/token` for the
//! client-credentials grant, with a JSON or a form body, `POST /oauth/revoke`, and the access
//! tokens they hand out, which the HTTP layer accepts wherever it accepts an API key.
//!
//! Errors use the contract's `Errors` body, `{"errors":[{"code","title","detail","status"}]}`,
//! with the error code of RFC 6749 section 5.2 as `code` (`invalid_request`,
//! `unsupported_grant_type`, `invalid_client`, `invalid_scope`) and the status as a string,
//! as the contract types it.

use std::collections::{BTreeMap, HashMap};

use serde_json::json;

use crate::rng::{Rng, mix};
use crate::state::Shared;
use crate::time::Rfc3339;

/// The most bytes a token or revoke request body may have.
pub const MAX_BODY: usize = 64 * 1024;
/// The most live tokens kept; past it (after dropping expired ones) a grant gets 403, as the
/// contract's "has reached the maximum number of tokens".
const MAX_TOKENS: usize = 100_000;
/// The most characters of a client's value repeated in an error's detail.
const ECHO: usize = 64;
/// The scope granted when the request names none (as `@qlik/api` asks by default).
pub const DEFAULT_SCOPE: &str = "user_default";

/// Grant types of the contract that the emulator does not grant.
const OTHER_GRANTS: [&str; 4] = [
    "refresh_token",
    "authorization_code",
    "urn:ietf:params:oauth:grant-type:token-exchange",
    "urn:qlik:oauth:user-impersonation",
];

/// An answer of the OAuth endpoints: status and JSON body.
#[derive(Debug)]
pub struct OAuthAnswer {
    pub status: u16,
    pub body: Vec<u8>,
}

fn error(status: u16, code: &str, detail: impl Into<String>) -> OAuthAnswer {
    let title = match code {
        "invalid_request" => "The request is missing a parameter or is malformed.",
        "unsupported_grant_type" => "The grant type is not supported.",
        "invalid_client" => "Client authentication failed.",
        "invalid_scope" => "The requested scope is invalid.",
        "access_denied" => "Access denied.",
        "method_not_allowed" => "Method not allowed.",
        _ => "Bad request.",
    };
    let body = json!({
        "errors": [{
            "code": code,
            "title": title,
            "detail": detail.into(),
            "status": status.to_string(),
        }]
    });
    OAuthAnswer {
        status,
        body: serde_json::to_vec(&body).unwrap_or_default(),
    }
}

fn invalid_request(detail: impl Into<String>) -> OAuthAnswer {
    error(400, "invalid_request", detail)
}

/// `s` cut to [`ECHO`] characters, for an error's detail.
fn echo(s: &str) -> String {
    match s.char_indices().nth(ECHO) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// An answer for a method other than POST on an OAuth path.
pub fn method_not_allowed(method: &str, path: &str) -> OAuthAnswer {
    error(
        405,
        "method_not_allowed",
        format!("{} is not supported on {path}; use POST.", echo(method)),
    )
}

/// The answer to a body longer than [`MAX_BODY`] (or one that could not be read).
pub fn body_too_large() -> OAuthAnswer {
    invalid_request(format!(
        "The body could not be read (at most {} KiB is accepted).",
        MAX_BODY / 1024
    ))
}

/// The request's parameters, from a JSON object or a form body, as the `Content-Type` says.
pub fn fields(
    content_type: Option<&str>,
    body: &[u8],
) -> Result<BTreeMap<String, String>, OAuthAnswer> {
    let media = content_type
        .and_then(|c| c.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase());
    match media.as_deref() {
        Some("application/json") => json_fields(body),
        Some("application/x-www-form-urlencoded") => form_fields(body),
        Some(other) => Err(invalid_request(format!(
            "Content-Type `{}` is not accepted: send application/json or \
             application/x-www-form-urlencoded.",
            echo(other)
        ))),
        None => Err(invalid_request(
            "No Content-Type: send application/json or application/x-www-form-urlencoded.",
        )),
    }
}

fn json_fields(body: &[u8]) -> Result<BTreeMap<String, String>, OAuthAnswer> {
    let v: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| invalid_request(format!("The body is not valid JSON: {e}.")))?;
    let obj = v
        .as_object()
        .ok_or_else(|| invalid_request("The body must be a JSON object."))?;
    let mut out = BTreeMap::new();
    for (k, v) in obj {
        match v {
            serde_json::Value::Null => {}
            serde_json::Value::String(s) => {
                out.insert(k.clone(), s.clone());
            }
            // Objects belong to other grants (`user_lookup`); they play no part here.
            serde_json::Value::Object(_) => {}
            _ => {
                return Err(invalid_request(format!("`{}` must be a string.", echo(k))));
            }
        }
    }
    Ok(out)
}

fn form_fields(body: &[u8]) -> Result<BTreeMap<String, String>, OAuthAnswer> {
    let mut out = BTreeMap::new();
    for (k, v) in form_urlencoded::parse(body) {
        // RFC 6749 section 3.2: parameters must not be included more than once.
        if out.insert(k.to_string(), v.into_owned()).is_some() {
            return Err(invalid_request(format!(
                "`{}` is given more than once.",
                echo(&k)
            )));
        }
    }
    Ok(out)
}

/// A live access token.
#[derive(Debug, Clone)]
struct Token {
    client_id: String,
    expires_at_ms: i64,
}

/// The access tokens handed out and not yet revoked, and the generator of new ones.
pub struct Tokens {
    rng: Rng,
    live: HashMap<String, Token>,
}

impl Tokens {
    pub fn new(seed: u64) -> Tokens {
        Tokens {
            rng: Rng::new(mix(seed ^ 0x0A07_4B3E_2C1D_5F69)),
            live: HashMap::new(),
        }
    }

    /// A new token for `client_id`, or `None` when [`MAX_TOKENS`] tokens are live.
    fn issue(&mut self, client_id: &str, now_ms: i64, ttl_ms: i64) -> Option<String> {
        if self.live.len() >= MAX_TOKENS {
            self.live.retain(|_, t| t.expires_at_ms > now_ms);
            if self.live.len() >= MAX_TOKENS {
                return None;
            }
        }
        let token = loop {
            let t = format!("emu_at_{}", self.rng.hex(48));
            if !self.live.contains_key(&t) {
                break t;
            }
        };
        self.live.insert(
            token.clone(),
            Token {
                client_id: client_id.to_string(),
                expires_at_ms: now_ms.saturating_add(ttl_ms),
            },
        );
        Some(token)
    }

    /// The client a live token was issued to; an expired token is forgotten.
    pub fn client_of(&mut self, token: &str, now_ms: i64) -> Option<String> {
        let t = self.live.get(token)?;
        if now_ms >= t.expires_at_ms {
            self.live.remove(token);
            return None;
        }
        Some(t.client_id.clone())
    }

    fn revoke(&mut self, token: &str) {
        self.live.remove(token);
    }
}

/// Equal strings, compared in time that does not depend on where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// A scope as RFC 6749 section 3.3 has it: space-separated tokens of visible ASCII other than
/// `"` and `\`. Returns the tokens joined by single spaces.
fn scope(raw: Option<&str>) -> Result<String, OAuthAnswer> {
    let raw = raw.unwrap_or("").trim();
    if raw.is_empty() {
        return Ok(DEFAULT_SCOPE.to_string());
    }
    let mut tokens: Vec<&str> = Vec::new();
    for t in raw.split(' ').filter(|t| !t.is_empty()) {
        let ok = t
            .bytes()
            .all(|b| (0x21..=0x7e).contains(&b) && b != b'"' && b != b'\\');
        if !ok || t.len() > 128 || tokens.len() >= 32 {
            return Err(error(
                400,
                "invalid_scope",
                format!("`{}` is not a valid scope.", echo(t)),
            ));
        }
        if !tokens.contains(&t) {
            tokens.push(t);
        }
    }
    Ok(tokens.join(" "))
}

/// `POST /oauth/token`: the client-credentials grant.
pub fn token(sh: &Shared, f: &BTreeMap<String, String>) -> OAuthAnswer {
    match f.get("grant_type").map(String::as_str) {
        None | Some("") => return invalid_request("`grant_type` is required."),
        Some("client_credentials") => {}
        Some(g) if OTHER_GRANTS.contains(&g) => {
            return error(
                400,
                "unsupported_grant_type",
                format!("The emulator grants only `client_credentials`, not `{g}`."),
            );
        }
        Some(g) => {
            return error(
                400,
                "unsupported_grant_type",
                format!("Unknown grant_type `{}`.", echo(g)),
            );
        }
    }
    let Some(client_id) = f.get("client_id").filter(|s| !s.is_empty()) else {
        return invalid_request("`client_id` is required.");
    };
    let Some(secret) = f.get("client_secret").filter(|s| !s.is_empty()) else {
        if f.contains_key("client_assertion") {
            return invalid_request(
                "`client_assertion` is not emulated: send `client_secret` instead.",
            );
        }
        return invalid_request("`client_secret` is required.");
    };
    let known = sh
        .clients
        .iter()
        .any(|c| same_secret(&c.id, client_id) & same_secret(&c.secret, secret));
    if !known {
        return error(
            401,
            "invalid_client",
            "Unknown client_id, or a client_secret that is not the client's.",
        );
    }
    let scope = match scope(f.get("scope").map(String::as_str)) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let now = sh.clock.now_ms();
    let ttl_secs = sh.token_ttl_secs;
    let ttl_ms = i64::try_from(ttl_secs.saturating_mul(1000)).unwrap_or(i64::MAX);
    let issued = sh
        .tokens
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .issue(client_id, now, ttl_ms);
    let Some(access_token) = issued else {
        return error(
            403,
            "access_denied",
            "The emulator holds the maximum number of live tokens; revoke some or let them expire.",
        );
    };
    let body = json!({
        "access_token": access_token,
        "token_type": "bearer",
        "expires_in": ttl_secs,
        "expires_at": Rfc3339(now.saturating_add(ttl_ms)).to_string(),
        "scope": scope,
    });
    OAuthAnswer {
        status: 200,
        body: serde_json::to_vec(&body).unwrap_or_default(),
    }
}

/// `POST /oauth/revoke`: forgets a token. As RFC 7009 has it, a token that is unknown (or
/// already revoked or expired) is answered 200 too.
pub fn revoke(sh: &Shared, f: &BTreeMap<String, String>) -> OAuthAnswer {
    let Some(token) = f.get("token").filter(|s| !s.is_empty()) else {
        return invalid_request("`token` is required.");
    };
    match f.get("token_type_hint").map(String::as_str) {
        None | Some("access_token") | Some("refresh_token") => {}
        Some(h) => {
            return invalid_request(format!(
                "`token_type_hint` must be access_token or refresh_token, not `{}`.",
                echo(h)
            ));
        }
    }
    sh.tokens
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .revoke(token);
    OAuthAnswer {
        status: 200,
        body: b"{}".to_vec(),
    }
}

/// A stable 24-digit hexadecimal id (the shape of Qlik's user and role ids) for `name`.
pub fn stable_id(seed: u64, name: &str) -> String {
    let h = name
        .bytes()
        .fold(mix(seed ^ 0x005E_ED0F_0B07), |h, b| mix(h ^ u64::from(b)));
    format!("{:016x}{:08x}", mix(h), mix(h.wrapping_add(1)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_checked_and_normalised() {
        assert_eq!(scope(None).unwrap(), "user_default");
        assert_eq!(scope(Some("  ")).unwrap(), "user_default");
        assert_eq!(
            scope(Some("user_default  admin_classic user_default")).unwrap(),
            "user_default admin_classic"
        );
        assert!(scope(Some("a\"b")).is_err());
        assert!(scope(Some("é")).is_err());
    }

    #[test]
    fn tokens_expire_and_are_revoked() {
        let mut t = Tokens::new(1);
        let a = t.issue("c", 0, 1000).unwrap();
        let b = t.issue("c", 0, 1000).unwrap();
        assert_ne!(a, b);
        assert_eq!(t.client_of(&a, 999).as_deref(), Some("c"));
        assert_eq!(t.client_of(&a, 1000), None);
        t.revoke(&b);
        assert_eq!(t.client_of(&b, 0), None);
        assert_eq!(
            Tokens::new(1).issue("c", 0, 1),
            Tokens::new(1).issue("c", 0, 1)
        );
    }

    #[test]
    fn echoed_values_are_cut() {
        assert_eq!(echo("abc"), "abc");
        assert_eq!(echo(&"x".repeat(100)).chars().count(), ECHO + 1);
    }

    #[test]
    fn stable_ids_are_stable_and_distinct() {
        assert_eq!(stable_id(1, "a"), stable_id(1, "a"));
        assert_ne!(stable_id(1, "a"), stable_id(1, "b"));
        assert_eq!(stable_id(1, "a").len(), 24);
    }
}
