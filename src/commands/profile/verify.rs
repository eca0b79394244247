//! The check of an API key against its server before a profile is saved, and what it says.

use crate::api::{ApiError, Client, ErrorKind, USERS_ME, User};
use crate::commands::Ctx;
use crate::commands::runtime;
use crate::config::{self, Profile};
use crate::error::Described;
use crate::text;

/// Whom a checked key acts as.
#[derive(Debug)]
pub(super) enum Identity {
    /// `GET /api/v1/users/me` answered with this user.
    User {
        name: Option<String>,
        email: Option<String>,
        id: String,
    },
    /// users/me is not there, but the key may list items.
    Accepted,
}

/// The longest user name or email shown.
const IDENTITY_CAP: usize = 200;

/// What the checked credential is called: `key`, or `client` for an OAuth client.
pub(super) fn noun(credential: &config::Credential) -> &'static str {
    match credential {
        config::Credential::ApiKey(_) => "key",
        config::Credential::OAuth(_) => "client",
    }
}

pub(super) fn report_identity(identity: Option<&Identity>, noun: &str) {
    match identity {
        None => {}
        Some(Identity::User { name, email, id }) => {
            let cut = |s: &str| text::one_line(s, IDENTITY_CAP);
            let who = match (name, email) {
                (Some(n), Some(e)) => format!("{} <{}>", cut(n), cut(e)),
                (Some(n), None) => cut(n),
                (None, Some(e)) => cut(e),
                (None, None) => "a user".to_string(),
            };
            eprintln!(
                "The {noun} was checked: it acts as {who} (user id {}).",
                text::one_line(id, IDENTITY_CAP)
            );
        }
        Some(Identity::Accepted) => eprintln!(
            "The {noun} was checked: the server accepted it (it has no /api/v1/users/me to say \
             whom the {noun} acts as)."
        ),
    }
}

/// Checks `key` against `profile`'s server before it is saved: `GET /api/v1/users/me`, and
/// where that is 404 (or a redirect, which is not followed), one `GET /api/v1/items?limit=1`.
/// Refused key: exit 4; no connection or still failing after the retries: exit 7; an answer
/// that is not Qlik Cloud's: exit 1. Each with a hint, and nothing saved.
pub(super) fn verify(
    ctx: &Ctx,
    name: &str,
    profile: &Profile,
    key: &config::Credential,
) -> anyhow::Result<Identity> {
    let server = config::normalize_server(&profile.server)?;
    let settings = config::Settings {
        server: server.clone(),
        credential: key.clone(),
        source: config::Source::Profile(name.to_string()),
        output: None,
        tier1_per_minute: None,
        tier2_per_minute: None,
        insecure: profile.insecure,
        ca_cert: profile.ca_cert.clone(),
        profile: Some(name.to_string()),
        notes: Vec::new(),
        key_from_env: false,
    };
    let client = ctx.client(&settings)?;
    let mut outcome = None;
    runtime::block_on_local(async {
        outcome = Some(check_key(&client).await);
        Ok(0)
    })?;
    let outcome = outcome.unwrap_or_else(|| Err(ApiError::other("the check did not run").into()));
    outcome.map_err(|failure| verify_error(&server, failure, key))
}

/// Why a check failed: the API's error, or an answer not shaped like Qlik Cloud's.
#[derive(Debug)]
enum CheckFailure {
    Api(ApiError),
    NotQlik(String),
}

impl From<ApiError> for CheckFailure {
    fn from(e: ApiError) -> CheckFailure {
        CheckFailure::Api(e)
    }
}

async fn check_key(client: &Client) -> Result<Identity, CheckFailure> {
    match client.users_me().await {
        Ok(resp) => {
            let Some(user) = User::of(&resp) else {
                return Err(CheckFailure::NotQlik(format!(
                    "its answer to GET {USERS_ME} is not a user"
                )));
            };
            Ok(Identity::User {
                name: user.name,
                email: user.email,
                id: user.id.unwrap_or_default(),
            })
        }
        Err(e) if matches!(e.status, Some(404) | Some(300..=399)) => {
            match client.get(ITEMS_PROBE).await {
                Ok(resp) => {
                    let listing = resp.json().ok().filter(|v| v["data"].is_array());
                    match listing {
                        Some(_) => Ok(Identity::Accepted),
                        None => Err(CheckFailure::NotQlik(format!(
                            "its answer to GET {ITEMS_PROBE} is not a list of items"
                        ))),
                    }
                }
                Err(e) if e.status == Some(404) => Err(CheckFailure::NotQlik(format!(
                    "it has neither {USERS_ME} nor /api/v1/items (both 404)"
                ))),
                Err(e) => Err(e.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// The smallest request that needs a valid key on any tenant.
const ITEMS_PROBE: &str = "/api/v1/items?limit=1";

const NO_VERIFY_HINT: &str = "nothing was saved; to save it anyway, add --no-verify";

fn verify_error(server: &str, failure: CheckFailure, key: &config::Credential) -> anyhow::Error {
    let oauth = matches!(key, config::Credential::OAuth(_));
    let what = if oauth {
        "the OAuth client"
    } else {
        "the API key"
    };
    let e = match failure {
        CheckFailure::NotQlik(why) => {
            return Described {
                message: format!("{server} does not look like Qlik Cloud: {why}"),
                hints: vec![
                    format!(
                        "the server is the tenant's address, in the form {}",
                        config::SERVER_FORM
                    ),
                    NO_VERIFY_HINT.into(),
                ],
                code: crate::error::FAILURE,
            }
            .into();
        }
        CheckFailure::Api(e) => e,
    };
    let code = crate::error::api_exit_code(&e);
    let (message, mut hints) = match e.kind {
        ErrorKind::Auth => (
            format!(
                "{server} refused {what}: {}",
                crate::api::without_client_refused(&e)
            ),
            vec![if oauth {
                "nothing was saved; check that the client id and secret are this tenant's \
                 (Management Console > OAuth) and that the client may use the API"
                    .to_string()
            } else {
                format!(
                    "nothing was saved; check that the key is for this tenant and not expired \
                 (Qlik Cloud: Profile settings > API keys){}",
                    if e.status == Some(403) {
                        ", and that its user may use the API"
                    } else {
                        ""
                    }
                )
            }],
        ),
        ErrorKind::Transient => (
            format!("cannot check {what}: {e}"),
            vec![NO_VERIFY_HINT.into()],
        ),
        ErrorKind::Interrupted => return e.into(),
        _ => (
            format!("cannot check {what}: {e}"),
            crate::hints::api_hint(&e)
                .into_iter()
                .chain([NO_VERIFY_HINT.to_string()])
                .collect(),
        ),
    };
    if e.kind == ErrorKind::Transient && e.status.is_none() {
        hints.insert(0, "check the server URL and the network".into());
    }
    Described {
        message,
        hints,
        code,
    }
    .into()
}
