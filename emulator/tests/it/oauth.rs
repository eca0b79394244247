//! OAuth machine-to-machine credentials: `POST /oauth/token` (client-credentials grant, JSON
//! and form bodies), the tokens it hands out, `POST /oauth/revoke`, and `GET
//! /api/v1/users/me` for a key and for a token.

use qlik_emulator::{
    Config, DEFAULT_API_KEY, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, ManualClock, OAuthClient,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::common::{Answer, Emu, emu, quiet};

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

/// POSTs `body` with `content_type` (none when `None`) to `path`.
async fn post(e: &Emu, path: &str, content_type: Option<&str>, body: impl Into<Vec<u8>>) -> Answer {
    let mut req = e.client.post(e.url(path)).body(body.into());
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    let resp = req.send().await.expect("send");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let text = resp.text().await.expect("body");
    let body = serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"));
    Answer {
        status,
        headers,
        body,
    }
}

async fn token_json(e: &Emu, body: Value) -> Answer {
    post(e, "/oauth/token", Some(JSON), body.to_string()).await
}

fn grant(id: &str, secret: &str) -> Value {
    json!({"client_id": id, "client_secret": secret, "grant_type": "client_credentials"})
}

/// A token of the fixture client.
async fn fixture_token(e: &Emu) -> String {
    let a = token_json(e, grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)).await;
    assert_eq!(a.status, 200, "{}", a.body);
    a.body["access_token"].as_str().unwrap().to_string()
}

/// The contract's `Errors` body with an OAuth error code and the status as a string.
fn oauth_error(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    let e = &a.body["errors"][0];
    assert_eq!(e["code"], code, "{}", a.body);
    assert_eq!(e["status"], status.to_string(), "{}", a.body);
    assert!(
        e["title"].is_string() && e["detail"].is_string(),
        "{}",
        a.body
    );
    assert_eq!(a.header("cache-control"), Some("no-store"));
}

#[tokio::test]
async fn the_client_credentials_grant_answers_as_the_contract_says_in_json_and_form() {
    let clock = ManualClock::new(1_700_000_000_000);
    let e = emu(Config {
        clock: Some(clock.clone()),
        ..quiet()
    })
    .await;
    let a = token_json(&e, grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.header("cache-control"), Some("no-store"));
    assert!(a.header("content-type").unwrap().starts_with(JSON));
    let token = a.body["access_token"].as_str().unwrap();
    assert!(token.len() >= 32, "{token}");
    assert_eq!(a.body["token_type"], "bearer");
    assert_eq!(a.body["expires_in"], 3600);
    assert_eq!(a.body["expires_at"], "2023-11-14T23:13:20.000Z");
    assert_eq!(a.body["scope"], "user_default");
    // The token works wherever a key does.
    let items = e
        .call(Method::GET, "/api/v1/items", None, Some(token))
        .await;
    assert_eq!(items.status, 200, "{}", items.body);

    let form = format!(
        "grant_type=client_credentials&client_id={DEFAULT_CLIENT_ID}&client_secret={DEFAULT_CLIENT_SECRET}&scope=user_default+admin_classic"
    );
    let b = post(
        &e,
        "/oauth/token",
        Some(&format!("{FORM}; charset=utf-8")),
        form,
    )
    .await;
    assert_eq!(b.status, 200, "{}", b.body);
    assert_eq!(b.body["scope"], "user_default admin_classic");
    let other = b.body["access_token"].as_str().unwrap();
    assert_ne!(other, token);
    let items = e
        .call(Method::GET, "/api/v1/items", None, Some(other))
        .await;
    assert_eq!(items.status, 200);
    // Writes too.
    let settings = e
        .call(
            Method::PATCH,
            "/api/v1/items/settings",
            Some(json!([{"op": "replace", "path": "/usageMetricsEnabled", "value": false}])),
            Some(other),
        )
        .await;
    assert_eq!(settings.status, 200, "{}", settings.body);
}

#[tokio::test]
async fn tokens_are_the_same_for_the_same_seed() {
    let a = emu(quiet()).await;
    let b = emu(quiet()).await;
    let c = emu(Config { seed: 2, ..quiet() }).await;
    assert_eq!(fixture_token(&a).await, fixture_token(&b).await);
    assert_ne!(fixture_token(&a).await, fixture_token(&c).await);
}

#[tokio::test]
async fn a_wrong_secret_or_an_unknown_client_is_401_invalid_client() {
    let e = emu(quiet()).await;
    for body in [
        grant(DEFAULT_CLIENT_ID, "wrong"),
        grant(DEFAULT_CLIENT_ID, &format!("{DEFAULT_CLIENT_SECRET}x")),
        grant("someone-else", DEFAULT_CLIENT_SECRET),
        // The API key is not a client secret.
        grant(DEFAULT_CLIENT_ID, DEFAULT_API_KEY),
    ] {
        let a = token_json(&e, body.clone()).await;
        oauth_error(&a, 401, "invalid_client");
        assert!(
            !a.body.to_string().contains(DEFAULT_CLIENT_SECRET),
            "{body}"
        );
    }
}

#[tokio::test]
async fn other_grants_are_400_unsupported_grant_type() {
    let e = emu(quiet()).await;
    for g in [
        "refresh_token",
        "authorization_code",
        "password",
        "urn:qlik:oauth:user-impersonation",
    ] {
        let mut body = grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
        body["grant_type"] = json!(g);
        let a = token_json(&e, body).await;
        oauth_error(&a, 400, "unsupported_grant_type");
        assert!(
            a.error()["detail"].as_str().unwrap().contains(g),
            "{}",
            a.body
        );
    }
}

#[tokio::test]
async fn malformed_requests_are_400_invalid_request_and_never_a_token() {
    let e = emu(quiet()).await;
    let full = grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET);
    for missing in ["grant_type", "client_id", "client_secret"] {
        let mut body = full.clone();
        body.as_object_mut().unwrap().remove(missing);
        let a = token_json(&e, body).await;
        oauth_error(&a, 400, "invalid_request");
        assert!(
            a.error()["detail"].as_str().unwrap().contains(missing),
            "{}",
            a.body
        );
    }
    let mut numeric = full.clone();
    numeric["client_secret"] = json!(42);
    let bad_scope = {
        let mut b = full.clone();
        b["scope"] = json!("user_default \"quoted\"");
        b
    };
    oauth_error(&token_json(&e, bad_scope).await, 400, "invalid_scope");
    let cases: Vec<(Option<&str>, Vec<u8>)> = vec![
        (Some(JSON), numeric.to_string().into_bytes()),
        (Some(JSON), b"{not json".to_vec()),
        (Some(JSON), b"[1,2]".to_vec()),
        (Some(JSON), vec![0xff, 0xfe, 0x00, 0x7b]),
        (None, full.to_string().into_bytes()),
        (Some("text/plain"), full.to_string().into_bytes()),
        (
            Some(FORM),
            b"grant_type=client_credentials&client_id=a&client_id=b&client_secret=s".to_vec(),
        ),
        (Some(FORM), vec![0xff, b'=', 0x00, b'&', b'&', b'%']),
        (Some(JSON), vec![b' '; 65 * 1024]),
    ];
    for (ct, body) in cases {
        let a = post(&e, "/oauth/token", ct, body).await;
        oauth_error(&a, 400, "invalid_request");
    }
    let a = e.call(Method::GET, "/oauth/token", None, None).await;
    assert_eq!(a.status, 405);
    assert_eq!(a.header("allow"), Some("POST"));
}

#[tokio::test]
async fn a_token_past_its_expiry_gets_the_401_a_wrong_key_gets() {
    let clock = ManualClock::new(1_000_000);
    let e = emu(Config {
        clock: Some(clock.clone()),
        token_ttl_secs: 60,
        ..quiet()
    })
    .await;
    let token = fixture_token(&e).await;
    clock.advance_ms(59_999);
    let a = e
        .call(Method::GET, "/api/v1/users/me", None, Some(&token))
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    clock.advance_ms(1);
    let expired = e
        .call(Method::GET, "/api/v1/users/me", None, Some(&token))
        .await;
    let wrong = e
        .call(Method::GET, "/api/v1/users/me", None, Some("wrong"))
        .await;
    assert_eq!(expired.status, 401);
    assert_eq!(expired.body, wrong.body);
    assert_eq!(expired.error()["code"], "HTTP-401");
    // A new token works again.
    let fresh = fixture_token(&e).await;
    let a = e
        .call(Method::GET, "/api/v1/items", None, Some(&fresh))
        .await;
    assert_eq!(a.status, 200);
}

#[tokio::test]
async fn a_revoked_token_is_401_from_then_on() {
    let e = emu(quiet()).await;
    let token = fixture_token(&e).await;
    let other = fixture_token(&e).await;
    let a = post(
        &e,
        "/oauth/revoke",
        Some(JSON),
        json!({"token": token, "token_type_hint": "access_token"}).to_string(),
    )
    .await;
    assert_eq!(a.status, 200, "{}", a.body);
    let after = e
        .call(Method::GET, "/api/v1/items", None, Some(&token))
        .await;
    assert_eq!(after.status, 401);
    // Only that token.
    let still = e
        .call(Method::GET, "/api/v1/items", None, Some(&other))
        .await;
    assert_eq!(still.status, 200);
    // Form bodies too; an unknown or already revoked token is 200, as RFC 7009 has it.
    for t in [other.as_str(), token.as_str(), "never-issued"] {
        let a = post(&e, "/oauth/revoke", Some(FORM), format!("token={t}")).await;
        assert_eq!(a.status, 200, "{}", a.body);
    }
    let gone = e
        .call(Method::GET, "/api/v1/items", None, Some(&other))
        .await;
    assert_eq!(gone.status, 401);
    oauth_error(
        &post(&e, "/oauth/revoke", Some(JSON), "{}").await,
        400,
        "invalid_request",
    );
    oauth_error(
        &post(
            &e,
            "/oauth/revoke",
            Some(FORM),
            "token=x&token_type_hint=id_token",
        )
        .await,
        400,
        "invalid_request",
    );
}

#[tokio::test]
async fn users_me_is_the_fixture_user_for_a_key_and_a_tenant_admin_bot_for_a_token() {
    let e = emu(quiet()).await;
    let me = e.ok("/api/v1/users/me").await;
    assert_eq!(me["name"], qlik_emulator::EMULATOR_USER_NAME);
    assert_eq!(me["assignedRoles"][0]["name"], "Developer");
    assert_eq!(me["assignedRoles"][0]["level"], "user");
    let token = fixture_token(&e).await;
    let bot = e
        .call(Method::GET, "/api/v1/users/me", None, Some(&token))
        .await;
    assert_eq!(bot.status, 200, "{}", bot.body);
    let bot = bot.body;
    // The contract's required fields, and the roles as `assignedRoles` has them.
    for field in ["id", "subject", "name", "tenantId"] {
        assert!(bot[field].is_string(), "{field} missing in {bot}");
    }
    assert_eq!(bot["tenantId"], me["tenantId"]);
    assert_ne!(bot["id"], me["id"]);
    assert_eq!(bot["name"], DEFAULT_CLIENT_ID);
    assert_eq!(bot["subject"], format!("qlikbot\\{DEFAULT_CLIENT_ID}"));
    assert_eq!(bot["status"], "active");
    let roles = bot["assignedRoles"].as_array().unwrap();
    assert_eq!(roles.len(), 1, "{bot}");
    assert_eq!(roles[0]["name"], "TenantAdmin");
    assert_eq!(roles[0]["type"], "default");
    assert_eq!(roles[0]["level"], "admin");
    assert_eq!(roles[0]["id"].as_str().unwrap().len(), 24);

    // A write with the token is the bot's: it becomes the item's updater.
    let id = e.server.item_ids()[0].clone();
    let item = e.ok(&format!("/api/v1/items/{id}")).await;
    let put = e
        .call(
            Method::PUT,
            &format!("/api/v1/items/{id}"),
            Some(json!({"resourceType": item["resourceType"], "description": "by the bot"})),
            Some(&token),
        )
        .await;
    assert_eq!(put.status, 200, "{}", put.body);
    assert_eq!(put.body["updaterId"], bot["id"]);
    let put = e
        .write(
            Method::PUT,
            &format!("/api/v1/items/{id}"),
            Some(json!({"resourceType": item["resourceType"], "description": "by the key"})),
        )
        .await;
    assert_eq!(put.body["updaterId"], me["id"]);
}

#[tokio::test]
async fn token_requests_are_counted_whatever_their_answer() {
    let e = emu(quiet()).await;
    assert_eq!(e.server.token_requests(), 0);
    let token = fixture_token(&e).await;
    for _ in 0..5 {
        let a = e
            .call(Method::GET, "/api/v1/items", None, Some(&token))
            .await;
        assert_eq!(a.status, 200);
    }
    assert_eq!(e.server.token_requests(), 1);
    token_json(&e, grant(DEFAULT_CLIENT_ID, "wrong")).await;
    post(&e, "/oauth/revoke", Some(FORM), format!("token={token}")).await;
    e.call(Method::GET, "/oauth/token", None, None).await;
    assert_eq!(e.server.token_requests(), 3);
}

#[tokio::test]
async fn configured_clients_replace_the_fixture_client() {
    let e = emu(Config {
        oauth_clients: vec![
            OAuthClient::new("ci-bot", "s3cret"),
            OAuthClient::new("other", "pässwörd with spaces"),
        ],
        ..quiet()
    })
    .await;
    assert_eq!(e.server.oauth_clients().len(), 2);
    oauth_error(
        &token_json(&e, grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)).await,
        401,
        "invalid_client",
    );
    oauth_error(
        &token_json(&e, grant("ci-bot", "pässwörd with spaces")).await,
        401,
        "invalid_client",
    );
    let a = token_json(&e, grant("ci-bot", "s3cret")).await;
    assert_eq!(a.status, 200, "{}", a.body);
    let form = "grant_type=client_credentials&client_id=other&client_secret=p%C3%A4ssw%C3%B6rd+with+spaces";
    let b = post(&e, "/oauth/token", Some(FORM), form).await;
    assert_eq!(b.status, 200, "{}", b.body);
    let me = e
        .call(
            Method::GET,
            "/api/v1/users/me",
            None,
            b.body["access_token"].as_str(),
        )
        .await;
    assert_eq!(me.body["name"], "other");

    let none = emu(Config {
        oauth_clients: vec![],
        ..quiet()
    })
    .await;
    oauth_error(
        &token_json(&none, grant(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET)).await,
        401,
        "invalid_client",
    );
}

#[tokio::test]
async fn bad_client_lists_and_lifetimes_are_refused_at_start() {
    for (clients, ttl, says) in [
        (vec![OAuthClient::new("", "s")], 60, "client id"),
        (vec![OAuthClient::new("a b", "s")], 60, "client id"),
        (
            vec![OAuthClient::new("a", "")],
            60,
            "secret of OAuth client `a`",
        ),
        (
            vec![OAuthClient::new("a", "x\ny")],
            60,
            "secret of OAuth client `a`",
        ),
        (
            vec![OAuthClient::new("a", "s"), OAuthClient::new("a", "t")],
            60,
            "given twice",
        ),
        (vec![OAuthClient::fixture()], 0, "at least 1 second"),
    ] {
        let err = qlik_emulator::start(Config {
            oauth_clients: clients,
            token_ttl_secs: ttl,
            ..quiet()
        })
        .await
        .err()
        .expect("refused");
        assert!(err.to_string().contains(says), "{err}");
        assert!(!err.to_string().contains("x\ny"));
    }
}

/// Access tokens share their client's rate-limit budget, however many there are.
#[tokio::test]
async fn tokens_of_one_client_share_its_rate_limit() {
    let e = emu(Config {
        tier1_per_minute: 2,
        rate_window_secs: 60,
        ..Config::default()
    })
    .await;
    let a = fixture_token(&e).await;
    let b = fixture_token(&e).await;
    for t in [&a, &b] {
        let r = e.call(Method::GET, "/api/v1/items", None, Some(t)).await;
        assert_eq!(r.status, 200);
    }
    let r = e.call(Method::GET, "/api/v1/items", None, Some(&a)).await;
    assert_eq!(r.status, 429);
    // The key has a budget of its own.
    let r = e.get("/api/v1/items").await;
    assert_eq!(r.status, 200);
}

/// Arbitrary bodies, fields and content types get a 4xx with the contract's error body (or,
/// by chance, a token), never a 5xx or a dropped connection.
#[tokio::test]
async fn any_request_to_the_oauth_endpoints_gets_an_answer_of_the_contract() {
    let e = emu(quiet()).await;
    let mut state = 0x1234_5678_9abc_def0_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&[u8]; 12] = [
        b"grant_type=client_credentials",
        b"&client_id=qlik-emulator-client",
        b"&client_secret=qlik-emulator-client-secret",
        b"&scope=",
        b"%",
        b"%ff%00",
        b"{\"grant_type\":",
        b"\"client_credentials\"",
        b"null,[{}]}",
        b"\xe2\x82",
        b"&token=",
        b"=&=&&",
    ];
    let types = [
        Some(JSON),
        Some(FORM),
        Some("application/JSON; charset=x"),
        None,
    ];
    for _ in 0..150 {
        let mut body = Vec::new();
        for _ in 0..(next() % 6) {
            body.extend_from_slice(pieces[(next() % pieces.len() as u64) as usize]);
        }
        let ct = types[(next() % types.len() as u64) as usize];
        let path = if next() % 2 == 0 {
            "/oauth/token"
        } else {
            "/oauth/revoke"
        };
        let a = post(&e, path, ct, body.clone()).await;
        let shown = String::from_utf8_lossy(&body);
        assert!(
            matches!(a.status, 200 | 400 | 401),
            "{path} {ct:?} {shown}: {}",
            a.status
        );
        if a.status != 200 {
            oauth_error(&a, a.status, a.body["errors"][0]["code"].as_str().unwrap());
        }
    }
}
