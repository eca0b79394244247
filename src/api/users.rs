//! `GET /api/v1/users/me`: whom the credential acts as.
//!
//! The Users contract describes it as a 301 redirect to the user resource
//! (`/api/v1/users/{userId}`); a service may also answer the user itself. The client follows
//! no redirect in general (a credential never goes where the service points), so this one is
//! followed here, once, and only to a user of the same server: same scheme, host and port,
//! path `/api/v1/users/{one segment}`. Anything else is an error, and nothing is sent to it.

use reqwest::Method;
use url::Url;

use super::guard::cut;
use super::{ApiError, Client, Response};

/// The path of the current user.
pub const USERS_ME: &str = "/api/v1/users/me";

/// The fields of a `User` that say whom a credential acts as; blank ones are `None`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: Option<String>,
    pub name: Option<String>,
    pub email: Option<String>,
    pub tenant_id: Option<String>,
}

impl User {
    /// The user an answer of [`Client::users_me`] gives; `None` when it is not a user (no
    /// string `id`).
    pub fn of(resp: &Response) -> Option<User> {
        let v = resp.json().ok().filter(|v| v["id"].is_string())?;
        let field = |f: &str| {
            v[f].as_str()
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
        };
        Some(User {
            id: field("id"),
            name: field("name"),
            email: field("email"),
            tenant_id: field("tenantId"),
        })
    }
}

impl Client {
    /// `GET /api/v1/users/me`, following its redirect to the user resource once. The answer
    /// is the user's (or the service's error), as [`Client::get`] gives it.
    pub async fn users_me(&self) -> Result<Response, ApiError> {
        let resp = self.send_request(Method::GET, USERS_ME, None, true).await?;
        if !(300..400).contains(&resp.status) {
            return Ok(resp);
        }
        let from = self.url(USERS_ME)?;
        let refused = |why: String| ApiError {
            status: Some(resp.status),
            trace_id: resp.trace_id.clone(),
            ..ApiError::other(format!(
                "GET {USERS_ME} answered {} with a redirect {why}; it was not followed",
                resp.status
            ))
        };
        let Some(location) = resp.location.as_deref() else {
            return Err(refused("without a usable Location".to_string()));
        };
        let path = user_path(&from, location).ok_or_else(|| {
            refused(format!(
                "to `{}`, not a user of this server",
                cut(location, 200)
            ))
        })?;
        self.get(&path).await
    }
}

/// The path of the user resource `location` names, resolved against `from`, when it is one of
/// the same origin (`/api/v1/users/{id}`, no query); else `None`.
fn user_path(from: &Url, location: &str) -> Option<String> {
    let target = from.join(location).ok()?;
    if target.origin() != from.origin() || target.query().is_some() {
        return None;
    }
    let prefix = from.path().strip_suffix(USERS_ME)?;
    let rest = target.path().strip_prefix(prefix)?;
    let id = rest.strip_prefix("/api/v1/users/")?;
    let ok = !id.is_empty() && id != "me" && !id.contains('/') && id != "." && id != "..";
    ok.then(|| format!("/api/v1/users/{id}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from() -> Url {
        Url::parse("https://t.eu.qlikcloud.com/api/v1/users/me").unwrap()
    }

    #[test]
    fn a_user_of_the_same_server_is_followed() {
        for loc in [
            "/api/v1/users/abc123",
            "abc123",
            "https://t.eu.qlikcloud.com/api/v1/users/abc123",
            "https://T.EU.qlikcloud.com:443/api/v1/users/abc123",
        ] {
            assert_eq!(
                user_path(&from(), loc).as_deref(),
                Some("/api/v1/users/abc123"),
                "{loc}"
            );
        }
    }

    #[test]
    fn anything_else_is_refused() {
        for loc in [
            "https://evil.example/api/v1/users/abc",
            "http://t.eu.qlikcloud.com/api/v1/users/abc",
            "https://t.eu.qlikcloud.com:8443/api/v1/users/abc",
            "//evil.example/api/v1/users/abc",
            "/api/v1/items",
            "/api/v1/users/",
            "/api/v1/users/me",
            "/api/v1/users/a/b",
            "/api/v1/users/abc?x=1",
            "/api/v1/users/../items",
            "",
            "http://[::1",
        ] {
            assert_eq!(user_path(&from(), loc), None, "{loc}");
        }
    }
}
