use std::time::Instant;

use qlik_emulator::{Config, Faults, ManualClock};
use reqwest::Method;
use serde_json::json;

use crate::common::{emu, quiet};

const T0: i64 = 1_800_000_000_000;

#[tokio::test]
async fn rate_limit_429_retry_after_and_tier_independence() {
    let clock = ManualClock::new(T0);
    let e = emu(Config {
        tier1_per_minute: 2,
        tier2_per_minute: 1,
        rate_window_secs: 60,
        read_only_key: Some("reader".into()),
        clock: Some(clock.clone()),
        ..Config::default()
    })
    .await;
    let a = e.get("/api/v1/items").await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("ratelimit-limit"), Some("2"));
    assert_eq!(a.header("ratelimit-remaining"), Some("1"));
    assert_eq!(
        a.header("ratelimit-reset"),
        Some(&*(T0 / 1000 + 60).to_string())
    );
    clock.advance_ms(1_000);
    assert_eq!(e.get("/api/v1/items/settings").await.status, 200);
    clock.advance_ms(9_000);
    let a = e.get("/api/v1/items").await;
    assert_eq!(a.status, 429);
    assert_eq!(a.header("retry-after"), Some("50"));
    assert_eq!(a.header("ratelimit-remaining"), Some("0"));
    assert!(a.header("x-b3-traceid").is_some());
    assert_eq!(
        a.body,
        json!({"errors": [{"code": "HTTP-429", "title": "API rate limit reached.",
                           "detail": "You need to wait 50 seconds until limit is lifted."}]})
    );
    // Every call of the tier is blocked, other paths too.
    assert_eq!(e.get("/api/v1/items/settings").await.status, 429);
    // Tier 2 is not.
    let op = json!([{"op": "replace", "path": "/usageMetricsEnabled", "value": false}]);
    let a = e
        .write(Method::PATCH, "/api/v1/items/settings", Some(op.clone()))
        .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("ratelimit-limit"), Some("1"));
    let a = e
        .write(Method::PATCH, "/api/v1/items/settings", Some(op))
        .await;
    assert_eq!(a.status, 429);
    // Another key has its own budget.
    let a = e
        .call(Method::GET, "/api/v1/items", None, Some("reader"))
        .await;
    assert_eq!(a.status, 200);
    // The window ends: allowed again.
    clock.advance_ms(49_000);
    assert_eq!(
        e.get("/api/v1/items").await.header("retry-after"),
        Some("1")
    );
    clock.advance_ms(1_000);
    let a = e.get("/api/v1/items").await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("ratelimit-remaining"), Some("1"));
}

#[tokio::test]
async fn rate_headers_can_be_turned_off_and_budget_scales_with_window() {
    let clock = ManualClock::new(T0);
    let e = emu(Config {
        tier1_per_minute: 1000,
        rate_window_secs: 300,
        rate_headers: false,
        clock: Some(clock),
        ..Config::default()
    })
    .await;
    let a = e.get("/api/v1/items").await;
    assert_eq!(a.status, 200);
    assert!(a.header("ratelimit-limit").is_none());
    assert!(a.header("x-b3-traceid").is_some());
    let e = emu(Config {
        clock: Some(ManualClock::new(T0)),
        ..Config::default()
    })
    .await;
    assert_eq!(
        e.get("/api/v1/items").await.header("ratelimit-limit"),
        Some("5000")
    );
}

/// Statuses of `n` sequential GETs, each on a fresh connection: as the client saw them
/// (0 = no complete answer) and as the emulator recorded them (0 = dropped).
async fn statuses(config: Config, n: usize) -> (Vec<u16>, Vec<u16>) {
    let e = emu(config).await;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    let mut seen = Vec::new();
    for _ in 0..n {
        let r = client
            .get(e.url("/api/v1/items?limit=3"))
            .bearer_auth(e.server.api_key())
            .send()
            .await;
        seen.push(match r {
            Ok(resp) => {
                let status = resp.status().as_u16();
                match resp.bytes().await {
                    Ok(_) => status,
                    Err(_) => 0,
                }
            }
            Err(_) => 0,
        });
    }
    let recorded: Vec<u16> = e.server.requests().iter().map(|r| r.status).collect();
    assert_eq!(recorded.len(), n);
    for (s, r) in seen.iter().zip(&recorded) {
        assert!(*s == 0 || s == r, "client saw {s}, emulator recorded {r}");
    }
    (seen, recorded)
}

#[tokio::test]
async fn faults_are_deterministic_under_the_seed() {
    let faults = Faults {
        error_500: 0.2,
        error_503: 0.2,
        drop: 0.1,
        truncate: 0.15,
        ..Faults::default()
    };
    let config = |seed| Config {
        seed,
        items: 20,
        faults: faults.clone(),
        ..quiet()
    };
    let (seen_a, rec_a) = statuses(config(7), 60).await;
    let (seen_b, rec_b) = statuses(config(7), 60).await;
    let (_, rec_c) = statuses(config(8), 60).await;
    assert_eq!(rec_a, rec_b);
    assert_eq!(seen_a, seen_b);
    assert_ne!(rec_a, rec_c);
    for want in [0, 200, 500, 503] {
        assert!(rec_a.contains(&want), "{want} never recorded in {rec_a:?}");
    }
    // Some answers were cut short: recorded with a status, yet incomplete for the client.
    assert!(seen_a.iter().zip(&rec_a).any(|(s, r)| *s == 0 && *r != 0));
}

#[tokio::test]
async fn injected_errors_have_bodies_and_latency_is_added() {
    let e = emu(Config {
        faults: Faults {
            error_503: 1.0,
            latency_ms: 40,
            ..Faults::default()
        },
        ..quiet()
    })
    .await;
    let started = Instant::now();
    let a = e.get("/api/v1/items").await;
    assert!(started.elapsed().as_millis() >= 40);
    assert_eq!(a.status, 503);
    assert_eq!(a.error()["code"], "HTTP-503");
    assert_eq!(a.error()["meta"]["temporary"], json!(true));
    assert!(a.header("retry-after").is_some());
    assert!(a.header("x-b3-traceid").is_some());
}

#[tokio::test]
async fn tls_with_a_generated_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert_path = dir.path().join("emulator.pem");
    let server = qlik_emulator::start(Config {
        tls: true,
        tls_cert_path: Some(cert_path.clone()),
        ..quiet()
    })
    .await
    .unwrap();
    assert!(server.base_url().starts_with("https://127.0.0.1:"));
    assert_eq!(server.tls_cert_path(), Some(cert_path.as_path()));
    let pem = std::fs::read(&cert_path).unwrap();
    assert!(String::from_utf8_lossy(&pem).contains("BEGIN CERTIFICATE"));
    let url = format!("{}/api/v1/items?limit=2", server.base_url());
    // Trusting the certificate works; the system roots alone do not.
    let client = reqwest::Client::builder()
        .tls_certs_only([reqwest::Certificate::from_pem(&pem).unwrap()])
        .build()
        .unwrap();
    let resp = client
        .get(&url)
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert!(
        body["links"]["self"]["href"]
            .as_str()
            .unwrap()
            .starts_with("https://127.0.0.1:")
    );
    assert!(reqwest::Client::new().get(&url).send().await.is_err());
    server.shutdown().await;
}

#[tokio::test]
async fn fixture_loading_and_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tenant.json");
    std::fs::write(
        &path,
        json!({
            "items": [
                {"id": "a1", "name": "Alpha", "resourceType": "app", "resourceId": "r-1",
                 "spaceId": "s-managed", "createdAt": "2024-01-01T00:00:00Z"},
                {"id": "b2", "name": "Beta", "resourceType": "dataset", "resourceSubType": "qvd",
                 "createdAt": "2024-02-01T00:00:00Z"},
                {"id": "c3", "name": "Alpha (published)", "resourceType": "app",
                 "publishedFrom": "a1", "createdAt": "2024-03-01T00:00:00Z"}
            ],
            "collections": [{"id": "col", "name": "Fav", "type": "private", "itemIds": ["b2"]}],
            "spaces": [{"id": "s-managed", "type": "managed"}],
            "settings": {"usageMetricsEnabled": false}
        })
        .to_string(),
    )
    .unwrap();
    let e = emu(Config {
        data: Some(path.clone()),
        ..quiet()
    })
    .await;
    assert_eq!(e.server.item_ids(), ["a1", "b2", "c3"]);
    assert_eq!(e.server.settings(), json!({"usageMetricsEnabled": false}));
    assert_eq!(e.all_ids("/api/v1/items?spaceType=managed").await, ["a1"]);
    assert_eq!(e.all_ids("/api/v1/items?collectionId=col").await, ["b2"]);
    assert_eq!(e.all_ids("/api/v1/items/a1/publisheditems").await, ["c3"]);
    assert_eq!(
        e.server.item("a1").unwrap()["createdAt"],
        "2024-01-01T00:00:00.000Z"
    );

    std::fs::write(&path, r#"{"items": [{"name": "no type"}]}"#).unwrap();
    let err = qlik_emulator::start(Config {
        data: Some(path.clone()),
        ..quiet()
    })
    .await
    .err()
    .unwrap();
    let msg = format!("{err:#}");
    assert!(
        msg.contains("tenant.json") && msg.contains("`resourceType` is required"),
        "{msg}"
    );
    let missing = dir.path().join("missing.json");
    let err = qlik_emulator::start(Config {
        data: Some(missing),
        ..quiet()
    })
    .await
    .err()
    .unwrap();
    assert!(format!("{err:#}").contains("cannot read the fixture"));
}
