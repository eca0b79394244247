//! OAuth machine-to-machine credentials: the access token of a client, fetched with the
//! client-credentials grant (`POST /oauth/token`, a JSON body, as `@qlik/api` sends it)
//! through the same loop of attempts as every request (the same origin, retries, timeouts,
//! proxies, TLS settings and `-v` hook), kept for the clones of the client, and handed to a
//! [`TokenCache`] so that later runs reuse it.
//!
//! A token is fetched on first need. One from the cache is used while it has more than
//! [`EXPIRY_MARGIN_SECS`] left; one fetched by this run is used until the service refuses it
//! (401), when a new one is fetched once and the request sent once more.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderValue;

use super::client::Request;
use super::pacer::Tier;
use super::{Advice, ApiError, Client, ErrorKind};
use crate::secret::Secret;

/// What the title of a token request the service refused starts with; a caller that says so
/// in words of its own takes it off with [`without_client_refused`].
pub const CLIENT_REFUSED: &str = "the OAuth client was refused: ";

/// The error as [`std::fmt::Display`] shows it, without the [`CLIENT_REFUSED`] words.
pub fn without_client_refused(e: &ApiError) -> String {
    let mut e = e.clone();
    if let Some(rest) = e.title.strip_prefix(CLIENT_REFUSED) {
        e.title = rest.to_string();
    }
    e.to_string()
}

/// A cached token is not used when it expires within this many seconds.
pub const EXPIRY_MARGIN_SECS: u64 = 60;

/// The most bytes of a token answer read: real ones are under 4 KiB.
pub const MAX_TOKEN_ANSWER_BYTES: usize = 64 * 1024;

/// The longest lifetime believed from a token answer (a year); longer is cut to it.
const MAX_TOKEN_LIFETIME_SECS: u64 = 365 * 24 * 3600;

/// Path of the token endpoint, on the client's server.
pub const TOKEN_PATH: &str = "/oauth/token";
/// Path of the revocation endpoint, on the client's server.
pub const REVOKE_PATH: &str = "/oauth/revoke";

/// An OAuth client, as the API client uses it.
#[derive(Clone)]
pub struct OAuthConfig {
    pub client_id: String,
    pub client_secret: Secret,
    pub scope: String,
    /// Where tokens are kept between runs; `None`: fetched by every run.
    pub cache: Option<Arc<dyn TokenCache>>,
    /// The caller's words for a client the token endpoint refuses (401/403, or
    /// `invalid_client`), given as [`Advice::Given`].
    pub refused_hint: Option<String>,
}

/// An access token and when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub access_token: Secret,
    /// Seconds since the Unix epoch.
    pub expires_at: u64,
}

impl Token {
    /// Whether it has more than [`EXPIRY_MARGIN_SECS`] left at `now` (Unix seconds).
    pub fn fresh_at(&self, now: u64) -> bool {
        now.saturating_add(EXPIRY_MARGIN_SECS) < self.expires_at
    }
}

/// Keeps tokens between runs. Implemented by the caller (the client reads and writes no
/// files); failures are the cache's to report or ignore.
pub trait TokenCache: Send + Sync {
    /// The token kept for this client, if any.
    fn load(&self) -> Option<Token>;
    /// Keeps `token` for later runs.
    fn save(&self, token: &Token);
}

/// The token of a client and its clones: `generation` counts the tokens taken, so that of
/// several requests refused with the same token only one fetches the next.
#[derive(Default)]
pub(super) struct Bearer {
    token: Option<(Secret, HeaderValue)>,
    generation: u64,
    /// Whether the cache was looked at.
    loaded: bool,
}

/// `Bearer TOKEN`, marked sensitive (never shown by reqwest's `Debug`).
pub(super) fn bearer_header(token: &str) -> Result<HeaderValue, ()> {
    let mut value = HeaderValue::from_str(&format!("Bearer {token}")).map_err(|_| ())?;
    value.set_sensitive(true);
    Ok(value)
}

/// The system's time, in seconds since the Unix epoch.
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl Client {
    /// The `Authorization` header of the next request, and the generation of its token: the
    /// API key, else the token in use, else one from the cache, else a new one.
    pub(super) async fn authorization(&self) -> Result<(HeaderValue, u64), ApiError> {
        let Some(oauth) = &self.config.oauth else {
            let key = self
                .key_header
                .clone()
                .ok_or_else(|| ApiError::other("no API key"))?;
            return Ok((key, 0));
        };
        let mut bearer = self.bearer.lock().await;
        if let Some((_, header)) = &bearer.token {
            return Ok((header.clone(), bearer.generation));
        }
        if !bearer.loaded {
            bearer.loaded = true;
            let cached = oauth.cache.as_ref().and_then(|c| c.load());
            if let Some(token) = cached.filter(|t| t.fresh_at(now_secs()))
                && let Ok(header) = bearer_header(token.access_token.expose())
            {
                bearer.token = Some((token.access_token, header.clone()));
                bearer.generation += 1;
                return Ok((header, bearer.generation));
            }
        }
        self.take_new_token(oauth, &mut bearer).await
    }

    /// A new token in place of the one of `generation`, refused by the service; when another
    /// request has already replaced it, that one.
    pub(super) async fn renew(&self, generation: u64) -> Result<HeaderValue, ApiError> {
        let Some(oauth) = &self.config.oauth else {
            return Err(ApiError::other("no OAuth client"));
        };
        let mut bearer = self.bearer.lock().await;
        if bearer.generation != generation
            && let Some((_, header)) = &bearer.token
        {
            return Ok(header.clone());
        }
        Ok(self.take_new_token(oauth, &mut bearer).await?.0)
    }

    async fn take_new_token(
        &self,
        oauth: &OAuthConfig,
        bearer: &mut Bearer,
    ) -> Result<(HeaderValue, u64), ApiError> {
        let token = self.fetch_token(oauth).await?;
        let header = bearer_header(token.access_token.expose())
            .map_err(|_| ApiError::other("the access token cannot be sent in a header"))?;
        if let Some(cache) = &oauth.cache {
            cache.save(&token);
        }
        bearer.token = Some((token.access_token, header.clone()));
        bearer.generation += 1;
        Ok((header, bearer.generation))
    }

    /// `POST /oauth/token` with the client-credentials grant, retried as a read is (asking
    /// again for a token changes nothing on the service).
    async fn fetch_token(&self, oauth: &OAuthConfig) -> Result<Token, ApiError> {
        let body = serde_json::json!({
            "client_id": oauth.client_id,
            "client_secret": oauth.client_secret.expose(),
            "grant_type": "client_credentials",
            "scope": oauth.scope,
        });
        let req = Request {
            method: reqwest::Method::POST,
            url: self.url(TOKEN_PATH)?,
            body: Some(&body),
            raw: None,
            idempotent: true,
            tier: Tier::Read,
            auth: None,
            cap: Some(MAX_TOKEN_ANSWER_BYTES),
            redirect_ok: false,
        };
        let resp = self.run(&req).await.map_err(|mut e| {
            let refused = e.kind == ErrorKind::Auth
                || matches!(
                    e.code.as_deref(),
                    Some("invalid_client" | "unauthorized_client" | "invalid_grant")
                );
            if refused {
                e.kind = ErrorKind::Auth;
                e.title = format!("{CLIENT_REFUSED}{}", e.title);
                e.advice = oauth
                    .refused_hint
                    .as_deref()
                    .map(|words| Box::new(Advice::Given(words.into())));
            }
            e
        })?;
        parse_token(&resp.body, now_secs()).map_err(|why| ApiError {
            status: Some(resp.status),
            trace_id: resp.trace_id.clone(),
            ..ApiError::other(format!(
                "the answer of POST {TOKEN_PATH} is not a usable token: {why}"
            ))
        })
    }

    /// `POST /oauth/revoke` of `token` (RFC 7009), authenticated by the client's id and
    /// secret; without retries.
    pub async fn revoke(&self, token: &Secret) -> Result<(), ApiError> {
        let Some(oauth) = &self.config.oauth else {
            return Err(ApiError::other("no OAuth client"));
        };
        let body = serde_json::json!({
            "token": token.expose(),
            "token_type_hint": "access_token",
            "client_id": oauth.client_id,
            "client_secret": oauth.client_secret.expose(),
        });
        let req = Request {
            method: reqwest::Method::POST,
            url: self.url(REVOKE_PATH)?,
            body: Some(&body),
            raw: None,
            idempotent: true,
            tier: Tier::Read,
            auth: None,
            cap: Some(MAX_TOKEN_ANSWER_BYTES),
            redirect_ok: false,
        };
        self.run(&req).await.map(|_| ())
    }
}

/// Reads a token answer: `access_token` (visible ASCII, at most
/// [`MAX_KEY_BYTES`](crate::limits::MAX_KEY_BYTES)), `token_type` bearer if given, and
/// `expires_in` seconds (absent: the token is used by this run only). The reason never holds
/// the answer's text.
pub(super) fn parse_token(body: &[u8], now: u64) -> Result<Token, String> {
    if crate::limits::too_deep_json(body) {
        return Err("it is nested too deeply".into());
    }
    let v: serde_json::Value =
        serde_json::from_slice(body).map_err(|_| "it is not valid JSON".to_string())?;
    let Some(token) = v.get("access_token").and_then(|t| t.as_str()) else {
        return Err("it has no access_token".into());
    };
    crate::secret::check_api_key(token).map_err(|e| {
        e.replace("the API key", "the access token")
            .replace("the key alone", "a token alone")
    })?;
    match v.get("token_type") {
        None => {}
        Some(t) if t.as_str().is_some_and(|t| t.eq_ignore_ascii_case("bearer")) => {}
        Some(_) => return Err("its token_type is not bearer".into()),
    }
    let lifetime = match v.get("expires_in") {
        None | Some(serde_json::Value::Null) => 0,
        Some(n) => match n.as_u64() {
            Some(n) => n.min(MAX_TOKEN_LIFETIME_SECS),
            None => return Err("its expires_in is not a number of seconds".into()),
        },
    };
    Ok(Token {
        access_token: Secret::new(token),
        expires_at: now.saturating_add(lifetime),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_answers() {
        let t = parse_token(
            br#"{"access_token":"sentinel-tok","token_type":"Bearer","expires_in":3600}"#,
            1000,
        )
        .unwrap();
        assert_eq!(t.access_token.expose(), "sentinel-tok");
        assert_eq!(t.expires_at, 4600);
        assert!(t.fresh_at(4539) && !t.fresh_at(4540));
        let huge = format!(r#"{{"access_token":"{}"}}"#, "k".repeat(100_000));
        for (bad, why) in [
            (&b"<html>"[..], "not valid JSON"),
            (br#"{"token_type":"bearer"}"#, "no access_token"),
            (br#"{"access_token":42}"#, "no access_token"),
            (
                br#"{"access_token":"sentinel\u001b[2J"}"#,
                "control characters",
            ),
            (br#"{"access_token":"sentinel x"}"#, "spaces"),
            (
                br#"{"access_token":"sentinel","token_type":"mac"}"#,
                "not bearer",
            ),
            (
                br#"{"access_token":"sentinel","expires_in":"soon"}"#,
                "expires_in",
            ),
            (huge.as_bytes(), "longer than"),
        ] {
            let e = parse_token(bad, 0).unwrap_err();
            assert!(e.contains(why), "{e}");
            assert!(!e.contains("sentinel") && !e.contains("kkk"), "{e}");
        }
        let forever = parse_token(br#"{"access_token":"t","expires_in":1e300}"#, 0);
        assert!(forever.is_err());
        let long = parse_token(br#"{"access_token":"t","expires_in":99999999999}"#, 0).unwrap();
        assert_eq!(long.expires_at, MAX_TOKEN_LIFETIME_SECS);
    }
}
