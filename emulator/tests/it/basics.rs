use qlik_emulator::{BackgroundServer, Config, DEFAULT_API_KEY};
use reqwest::Method;
use serde_json::json;

use crate::common::{check_item, emu, quiet};

#[tokio::test]
async fn list_and_get_follow_the_contract() {
    let e = emu(quiet()).await;
    let a = e.get("/api/v1/items").await;
    assert_eq!(a.status, 200);
    assert!(a.header("x-b3-traceid").is_some_and(|t| t.len() == 32));
    assert!(a.header("server-timing").unwrap().starts_with("app;dur="));
    assert!(
        a.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    let data = a.body["data"].as_array().unwrap();
    assert_eq!(data.len(), 10, "default limit");
    for item in data {
        check_item(item, true);
    }
    let base = e.server.base_url();
    assert_eq!(
        a.body["links"]["self"]["href"],
        json!(format!("{base}/api/v1/items"))
    );
    assert!(
        a.body["links"]["next"]["href"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{base}/api/v1/items?next="))
    );
    assert!(a.body["links"].get("prev").is_none());

    let id = data[3]["id"].as_str().unwrap();
    let one = e.ok(&format!("/api/v1/items/{id}")).await;
    assert_eq!(one, data[3]);
    assert_eq!(e.server.item(id), Some(one.clone()));
    assert_eq!(
        one["links"]["self"]["href"],
        json!(format!("{base}/api/v1/items/{id}"))
    );
    assert_eq!(e.server.item_ids().len(), 250);
    assert_eq!(e.server.item_ids()[..10], a.ids()[..]);
}

#[tokio::test]
async fn unknown_ids_and_paths_are_404() {
    let e = emu(quiet()).await;
    for path in [
        "/api/v1/items/nope",
        "/api/v1/items/nope/collections",
        "/api/v1/items/nope/publisheditems",
        "/api/v1/elsewhere",
    ] {
        let a = e.get(path).await;
        assert_eq!(a.status, 404, "{path}");
        assert_eq!(a.error()["code"], "HTTP-404");
        assert!(a.header("x-b3-traceid").is_some());
    }
    let a = e
        .write(
            Method::PUT,
            "/api/v1/items/nope",
            Some(json!({"resourceType": "app"})),
        )
        .await;
    assert_eq!(a.status, 404);
    assert_eq!(
        e.write(Method::DELETE, "/api/v1/items/nope", None)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn users_me_is_the_keys_fixed_user_and_401_without_a_key() {
    let e = emu(Config {
        read_only_key: Some("reader".into()),
        ..quiet()
    })
    .await;
    for key in [Some(DEFAULT_API_KEY), Some("reader")] {
        let a = e.call(Method::GET, "/api/v1/users/me", None, key).await;
        assert_eq!(a.status, 200, "{key:?}");
        for field in ["id", "subject", "name", "tenantId"] {
            assert!(a.body[field].is_string(), "{field} missing in {}", a.body);
        }
        assert_eq!(a.body["name"], qlik_emulator::EMULATOR_USER_NAME);
        assert_eq!(a.body["email"], qlik_emulator::EMULATOR_USER_EMAIL);
    }
    for key in [None, Some("wrong")] {
        let a = e.call(Method::GET, "/api/v1/users/me", None, key).await;
        assert_eq!(a.status, 401, "{key:?}");
    }
    let a = e
        .call(
            Method::GET,
            "/api/v1/users/someone",
            None,
            Some(DEFAULT_API_KEY),
        )
        .await;
    assert_eq!(a.status, 404);
}

#[tokio::test]
async fn users_me_is_a_301_to_the_user_as_the_contract_says() {
    let e = emu(quiet()).await;
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let resp = plain
        .get(e.url("/api/v1/users/me"))
        .bearer_auth(DEFAULT_API_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 301);
    assert!(
        resp.headers()[reqwest::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let location = resp.headers()[reqwest::header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    let user = e.ok(&location).await;
    assert_eq!(
        location,
        format!("/api/v1/users/{}", user["id"].as_str().unwrap())
    );
    assert_eq!(user["name"], qlik_emulator::EMULATOR_USER_NAME);
    // Without a valid key, no redirect: the 401 every path gives.
    let resp = plain
        .get(e.url("/api/v1/users/me"))
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    assert!(resp.headers().get(reqwest::header::LOCATION).is_none());
}

#[tokio::test]
async fn auth_401_and_read_only_403() {
    let e = emu(Config {
        read_only_key: Some("reader".into()),
        ..quiet()
    })
    .await;
    let id = e.server.item_ids()[0].clone();
    for key in [None, Some("wrong")] {
        let a = e.call(Method::GET, "/api/v1/items", None, key).await;
        assert_eq!(a.status, 401, "{key:?}");
        assert_eq!(a.error()["code"], "HTTP-401");
        assert!(a.header("x-b3-traceid").is_some());
    }
    let a = e
        .call(Method::GET, "/api/v1/items", None, Some("reader"))
        .await;
    assert_eq!(a.status, 200);
    let path = format!("/api/v1/items/{id}");
    for (m, body) in [
        (
            Method::PUT,
            Some(json!({"resourceType": "app", "name": "x"})),
        ),
        (Method::DELETE, None),
    ] {
        let a = e.call(m, &path, body, Some("reader")).await;
        assert_eq!(a.status, 403);
        assert_eq!(a.error()["code"], "HTTP-403");
    }
    let a = e
        .call(
            Method::PATCH,
            "/api/v1/items/settings",
            Some(json!([{"op": "replace", "path": "/usageMetricsEnabled", "value": false}])),
            Some("reader"),
        )
        .await;
    assert_eq!(a.status, 403);
    assert!(e.server.item(&id).is_some());
    assert_eq!(e.server.settings(), json!({"usageMetricsEnabled": true}));
    let recorded = e.server.requests();
    assert!(!recorded[0].had_authorization);
    assert_eq!(recorded[0].status, 401);
}

#[tokio::test]
async fn put_keeps_omitted_unsets_empty_and_conflicts() {
    let e = emu(quiet()).await;
    let ids = e.server.item_ids();
    let path = format!("/api/v1/items/{}", ids[0]);
    let before = e.ok(&path).await;
    let rtype = before["resourceType"].as_str().unwrap().to_string();
    let a = e
        .write(
            Method::PUT,
            &path,
            Some(
                json!({"resourceType": rtype, "name": "Renamed ✓", "description": "",
                        "resourceCustomAttributes": {"k": [1]}}),
            ),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.body["name"], "Renamed ✓");
    assert!(a.body.get("description").is_none(), "unset by \"\"");
    assert_eq!(a.body["resourceId"], before["resourceId"], "kept");
    assert_eq!(a.body["ownerId"], before["ownerId"]);
    assert_eq!(a.body["resourceCustomAttributes"], json!({"k": [1]}));
    assert_ne!(a.body["updatedAt"], before["updatedAt"]);
    assert_eq!(e.ok(&path).await, a.body);

    for body in [
        json!({"name": "no type"}),
        json!({"resourceType": "bogus"}),
        json!({"resourceType": rtype, "name": ""}),
        json!({"resourceType": rtype, "name": 5}),
        json!({"resourceType": rtype, "resourceLink": "not a uri"}),
        json!({"resourceType": rtype, "resourceUpdatedAt": "yesterday"}),
        json!(["array"]),
    ] {
        let a = e.write(Method::PUT, &path, Some(body.clone())).await;
        assert_eq!(a.status, 400, "{body}");
        assert_eq!(a.error()["code"], "HTTP-400");
    }

    // Give another item of the same type the same resourceId: 409.
    let other = ids
        .iter()
        .skip(1)
        .find(|id| e.server.item(id).unwrap()["resourceType"] == json!(rtype))
        .unwrap();
    let a = e
        .write(
            Method::PUT,
            &format!("/api/v1/items/{other}"),
            Some(json!({"resourceType": rtype, "resourceId": before["resourceId"]})),
        )
        .await;
    assert_eq!(a.status, 409, "{}", a.body);
    assert_eq!(a.error()["code"], "HTTP-409");
    // Unsetting the resourceId is fine; then the pair is free again.
    let a = e
        .write(
            Method::PUT,
            &path,
            Some(json!({"resourceType": rtype, "resourceId": ""})),
        )
        .await;
    assert_eq!(a.status, 200);
    assert!(a.body.get("resourceId").is_none());
}

#[tokio::test]
async fn delete_removes_from_lists_and_collections() {
    let e = emu(Config {
        items: 400,
        ..quiet()
    })
    .await;
    // An item that sits in a collection.
    let id = e
        .server
        .item_ids()
        .into_iter()
        .find(|id| {
            !e.server.item(id).unwrap()["collectionIds"]
                .as_array()
                .unwrap()
                .is_empty()
        })
        .unwrap();
    let cid = e.server.item(&id).unwrap()["collectionIds"][0]
        .as_str()
        .unwrap()
        .to_string();
    let in_collection = e
        .all_ids(&format!("/api/v1/items?collectionId={cid}&limit=100"))
        .await;
    assert!(in_collection.contains(&id));
    let colls = e.ok(&format!("/api/v1/items/{id}/collections")).await;
    let count = colls["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == json!(cid))
        .unwrap()["itemCount"]
        .as_u64()
        .unwrap();

    let a = e
        .write(Method::DELETE, &format!("/api/v1/items/{id}"), None)
        .await;
    assert_eq!(a.status, 204);
    assert!(a.header("x-b3-traceid").is_some());
    assert_eq!(e.get(&format!("/api/v1/items/{id}")).await.status, 404);
    assert_eq!(
        e.write(Method::DELETE, &format!("/api/v1/items/{id}"), None)
            .await
            .status,
        404
    );
    assert!(!e.server.item_ids().contains(&id));
    let after = e
        .all_ids(&format!("/api/v1/items?collectionId={cid}&limit=100"))
        .await;
    assert_eq!(after.len(), in_collection.len() - 1);
    // The collection's count went down: seen from another member.
    let other = &after[0];
    let colls = e
        .ok(&format!("/api/v1/items/{other}/collections?limit=100"))
        .await;
    let c = colls["data"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == json!(cid))
        .unwrap();
    assert_eq!(c["itemCount"].as_u64().unwrap(), count - 1);
}

#[tokio::test]
async fn settings_get_and_patch() {
    let e = emu(quiet()).await;
    assert_eq!(
        e.ok("/api/v1/items/settings").await,
        json!({"usageMetricsEnabled": true})
    );
    let op = |v| json!([{"op": "replace", "path": "/usageMetricsEnabled", "value": v}]);
    let a = e
        .write(
            Method::PATCH,
            "/api/v1/items/settings",
            Some(op(json!(false))),
        )
        .await;
    assert_eq!(
        (a.status, a.body.clone()),
        (200, json!({"usageMetricsEnabled": false}))
    );
    assert_eq!(e.server.settings(), json!({"usageMetricsEnabled": false}));
    for bad in [
        json!([{"op": "add", "path": "/usageMetricsEnabled", "value": true}]),
        json!([{"op": "replace", "path": "/other", "value": true}]),
        json!([{"op": "replace", "path": "/usageMetricsEnabled", "value": "yes"}]),
        json!({"usageMetricsEnabled": true}),
    ] {
        let a = e
            .write(Method::PATCH, "/api/v1/items/settings", Some(bad.clone()))
            .await;
        assert_eq!(a.status, 400, "{bad}");
        assert_eq!(a.error()["code"], "HTTP-400");
    }
    assert_eq!(e.server.settings(), json!({"usageMetricsEnabled": false}));
}

#[tokio::test]
async fn collections_and_published_items() {
    let e = emu(Config {
        items: 1000,
        ..quiet()
    })
    .await;
    let ids = e.server.item_ids();
    let with_colls = ids
        .iter()
        .find(|id| {
            e.server.item(id).unwrap()["collectionIds"]
                .as_array()
                .unwrap()
                .len()
                >= 2
        })
        .unwrap();
    let a = e
        .ok(&format!(
            "/api/v1/items/{with_colls}/collections?limit=1&sort=-name"
        ))
        .await;
    let c = &a["data"][0];
    for f in [
        "id",
        "name",
        "type",
        "createdAt",
        "updatedAt",
        "tenantId",
        "links",
        "itemCount",
    ] {
        assert!(c.get(f).is_some(), "{f} in {c}");
    }
    assert!(a["links"]["next"]["href"].is_string());
    let all = e
        .all_ids(&format!(
            "/api/v1/items/{with_colls}/collections?limit=1&sort=-name"
        ))
        .await;
    let expected = e.server.item(with_colls).unwrap()["collectionIds"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(all.len(), expected);

    // Some app has published copies.
    let mut found = false;
    for id in &ids {
        let a = e.ok(&format!("/api/v1/items/{id}/publisheditems")).await;
        if let Some(first) = a["data"].as_array().unwrap().first() {
            // The contract's shape for this operation (its collection body).
            for f in [
                "id",
                "name",
                "type",
                "createdAt",
                "updatedAt",
                "tenantId",
                "links",
                "itemCount",
            ] {
                assert!(first.get(f).is_some(), "{f} in {first}");
            }
            let copy = e.server.item(first["id"].as_str().unwrap()).unwrap();
            assert_eq!(copy["name"], first["name"]);
            assert_eq!(
                copy["resourceAttributes"]["originAppId"],
                e.server.item(id).unwrap()["resourceId"]
            );
            found = true;
            break;
        }
    }
    assert!(found, "no published copies in 1000 items");
}

#[test]
fn background_server_for_synchronous_tests() {
    let server = BackgroundServer::start(Config {
        items: 12,
        ..Config::default()
    })
    .unwrap();
    assert!(server.base_url().starts_with("http://127.0.0.1:"));
    assert_eq!(server.api_key(), DEFAULT_API_KEY);
    assert_eq!(server.item_ids().len(), 12);
    assert!(server.tls_cert_path().is_none());
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let url = format!("{}/api/v1/items?limit=100", server.base_url());
    let body: serde_json::Value = rt.block_on(async {
        reqwest::Client::new()
            .get(&url)
            .bearer_auth(DEFAULT_API_KEY)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(body["data"].as_array().unwrap().len(), 12);
    assert_eq!(server.requests().len(), 1);
    assert_eq!(
        server.requests()[0].path_and_query,
        "/api/v1/items?limit=100"
    );
    drop(server);
    // Stopped: the port no longer answers.
    let err = rt.block_on(async { reqwest::Client::new().get(&url).send().await.err() });
    assert!(err.is_some());
}

#[tokio::test]
async fn odd_ids_are_percent_encoded_in_links() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("odd.json");
    std::fs::write(
        &path,
        json!({"items": [{"id": "a b/c?d", "name": "Odd", "resourceType": "note"}]}).to_string(),
    )
    .unwrap();
    let e = emu(Config {
        data: Some(path),
        ..quiet()
    })
    .await;
    let a = e.ok("/api/v1/items/a%20b%2Fc%3Fd").await;
    assert_eq!(a["id"], "a b/c?d");
    let href = a["links"]["self"]["href"].as_str().unwrap();
    assert_eq!(
        href,
        format!("{}/api/v1/items/a%20b%2Fc%3Fd", e.server.base_url())
    );
    assert_eq!(e.ok(href).await["id"], "a b/c?d");
    let list = e
        .ok("/api/v1/items?name=odd&limit=1&resourceType=note%5B%5D")
        .await;
    assert_eq!(
        list["links"]["self"]["href"],
        json!(format!(
            "{}/api/v1/items?name=odd&limit=1&resourceType=note%5B%5D",
            e.server.base_url()
        ))
    );
}

/// Tags are collections of type `public` in the service, so every tag of an item is also
/// among its collections, with the tag's id and name.
#[tokio::test]
async fn an_items_tags_are_among_its_collections() {
    let e = emu(Config {
        items: 300,
        ..quiet()
    })
    .await;
    let mut tagged = 0;
    for id in e.server.item_ids() {
        let item = e.ok(&format!("/api/v1/items/{id}")).await;
        let tags = item["meta"]["tags"].as_array().unwrap().clone();
        if tags.is_empty() {
            continue;
        }
        tagged += 1;
        let colls = e
            .ok(&format!("/api/v1/items/{id}/collections?limit=100"))
            .await;
        let colls = colls["data"].as_array().unwrap();
        for t in &tags {
            let c = colls
                .iter()
                .find(|c| c["id"] == t["id"])
                .unwrap_or_else(|| panic!("tag {t} of {id} is not among {colls:?}"));
            assert_eq!(c["name"], t["name"]);
            assert_eq!(c["type"], "public");
        }
        let public = e
            .ok(&format!(
                "/api/v1/items/{id}/collections?type=public&limit=100"
            ))
            .await;
        assert!(public["data"].as_array().unwrap().len() >= tags.len());
    }
    assert!(tagged > 10, "only {tagged} tagged items");
}
