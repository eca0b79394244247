use std::collections::HashSet;

use qlik_emulator::Config;
use serde_json::{Value, json};

use crate::common::{Emu, check_item, emu, quiet};

async fn setup() -> (Emu, Vec<Value>) {
    let e = emu(Config {
        items: 600,
        seed: 11,
        ..quiet()
    })
    .await;
    let all: Vec<Value> = e
        .server
        .item_ids()
        .iter()
        .map(|id| e.server.item(id).unwrap())
        .collect();
    (e, all)
}

fn s<'a>(item: &'a Value, f: &str) -> &'a str {
    item[f].as_str().unwrap_or("")
}

async fn check(e: &Emu, all: &[Value], query: &str, pred: impl Fn(&Value) -> bool) -> usize {
    let got = e.all_ids(&format!("/api/v1/items?limit=100&{query}")).await;
    let want: Vec<String> = all
        .iter()
        .filter(|i| pred(i))
        .map(|i| s(i, "id").to_string())
        .collect();
    assert_eq!(got, want, "{query}");
    got.len()
}

#[tokio::test]
async fn every_list_filter() {
    let (e, all) = setup().await;
    let t = |ty: &'static str| move |i: &Value| s(i, "resourceType") == ty;
    assert!(check(&e, &all, "resourceType=app", t("app")).await > 50);
    check(&e, &all, "resourceType=app,dataset", |i| {
        matches!(s(i, "resourceType"), "app" | "dataset")
    })
    .await;
    assert!(
        check(&e, &all, "resourceType=dataset%5Bqvd,csv%5D", |i| {
            s(i, "resourceType") == "dataset" && matches!(s(i, "resourceSubType"), "qvd" | "csv")
        })
        .await
            > 0
    );
    let n = check(&e, &all, "resourceType=app[qix-df,],note", |i| {
        (s(i, "resourceType") == "app" && matches!(s(i, "resourceSubType"), "qix-df" | ""))
            || s(i, "resourceType") == "note"
    })
    .await;
    let only_empty = check(&e, &all, "resourceType=app[]", |i| {
        s(i, "resourceType") == "app" && i.get("resourceSubType").is_none()
    })
    .await;
    assert!(only_empty > 0 && only_empty < n);
    check(&e, &all, "resourceSubType=qvd,chart-monitoring", |i| {
        matches!(s(i, "resourceSubType"), "qvd" | "chart-monitoring")
    })
    .await;

    let app = all.iter().find(|i| s(i, "resourceType") == "app").unwrap();
    let rid = s(app, "resourceId");
    assert_eq!(
        check(
            &e,
            &all,
            &format!("resourceType=app&resourceId={rid}"),
            |i| s(i, "resourceId") == rid
        )
        .await,
        1
    );
    let rids: Vec<&str> = all
        .iter()
        .filter(|i| s(i, "resourceType") == "app")
        .take(5)
        .map(|i| s(i, "resourceId"))
        .collect();
    assert_eq!(
        check(
            &e,
            &all,
            &format!("resourceType=app&resourceIds={}", rids.join(",")),
            |i| s(i, "resourceType") == "app" && rids.contains(&s(i, "resourceId"))
        )
        .await,
        5
    );
    let link = all
        .iter()
        .find(|i| i.get("resourceLink").is_some())
        .unwrap();
    let l = s(link, "resourceLink");
    check(
        &e,
        &all,
        &format!(
            "resourceType=genericlink&resourceLink={}",
            l.replace(':', "%3A")
        ),
        |i| s(i, "resourceLink") == l,
    )
    .await;

    // Space types partition the items; personal = no spaceId.
    let mut total = 0;
    let mut seen = HashSet::new();
    for st in ["shared", "managed", "personal", "data"] {
        let ids = e
            .all_ids(&format!("/api/v1/items?limit=100&spaceType={st}"))
            .await;
        assert!(!ids.is_empty(), "{st}");
        total += ids.len();
        seen.extend(ids);
    }
    assert_eq!((total, seen.len()), (all.len(), all.len()));
    let personal = check(&e, &all, "spaceType=personal", |i| {
        i.get("spaceId").is_none()
    })
    .await;
    assert_eq!(
        check(&e, &all, "spaceId=personal", |i| i.get("spaceId").is_none()).await,
        personal
    );
    let both = e
        .all_ids("/api/v1/items?limit=100&spaceType=shared,personal")
        .await
        .len();
    let shared = e.all_ids("/api/v1/items?limit=100&spaceType=shared").await;
    assert_eq!(both, shared.len() + personal);
    assert_eq!(
        e.all_ids("/api/v1/items?limit=100&shared=True").await,
        shared
    );
    let space = s(
        all.iter().find(|i| i.get("spaceId").is_some()).unwrap(),
        "spaceId",
    );
    check(&e, &all, &format!("spaceId={space}"), |i| {
        s(i, "spaceId") == space
    })
    .await;

    // Case-insensitive name and query (name or description), unicode included.
    assert!(
        check(&e, &all, "name=CHURN", |i| s(i, "name")
            .to_lowercase()
            .contains("churn"))
        .await
            > 0
    );
    assert!(
        check(&e, &all, "name=%C3%9CBERSICHT", |i| s(i, "name")
            .contains("Übersicht"))
        .await
            > 0
    );
    let q = check(&e, &all, "query=ERP", |i| {
        s(i, "name").to_lowercase().contains("erp")
            || s(i, "description").to_lowercase().contains("erp")
    })
    .await;
    assert!(q > 0);

    let user = s(&all[0], "ownerId");
    let mine = check(&e, &all, &format!("ownerId={user}"), |i| {
        s(i, "ownerId") == user
    })
    .await;
    let others = check(&e, &all, &format!("notOwnerId={user}"), |i| {
        s(i, "ownerId") != user
    })
    .await;
    assert_eq!(mine + others, all.len());
    let creator = s(&all[1], "creatorId");
    let c = check(&e, &all, &format!("createdByUserId={creator}"), |i| {
        s(i, "creatorId") == creator
    })
    .await;
    let nc = check(&e, &all, &format!("notCreatedByUserId={creator}"), |i| {
        s(i, "creatorId") != creator
    })
    .await;
    assert_eq!(c + nc, all.len());
    let id = s(&all[42], "id");
    assert_eq!(
        check(&e, &all, &format!("id={id}"), |i| s(i, "id") == id).await,
        1
    );

    let coll = all
        .iter()
        .find_map(|i| i["collectionIds"].as_array().unwrap().first().cloned())
        .unwrap();
    let cid = coll.as_str().unwrap();
    assert!(
        check(&e, &all, &format!("collectionId={cid}"), |i| {
            i["collectionIds"].as_array().unwrap().contains(&coll)
        })
        .await
            > 0
    );
    // Filters combine.
    check(
        &e,
        &all,
        &format!("resourceType=app&ownerId={user}&spaceType=personal"),
        |i| s(i, "resourceType") == "app" && s(i, "ownerId") == user && i.get("spaceId").is_none(),
    )
    .await;
}

#[tokio::test]
async fn no_actions_and_boolean_spellings() {
    let e = emu(quiet()).await;
    for v in ["true", "True", "1"] {
        let a = e.ok(&format!("/api/v1/items?noActions={v}")).await;
        for item in a["data"].as_array().unwrap() {
            check_item(item, false);
        }
    }
    for v in ["false", "False", "0"] {
        let a = e.ok(&format!("/api/v1/items?noActions={v}")).await;
        for item in a["data"].as_array().unwrap() {
            check_item(item, true);
        }
    }
}

#[tokio::test]
async fn each_400_with_its_body() {
    let e = emu(quiet()).await;
    let id = e.server.item_ids()[0].clone();
    let next = e.ok("/api/v1/items?limit=1").await["links"]["next"]["href"]
        .as_str()
        .unwrap()
        .split("next=")
        .nth(1)
        .unwrap()
        .to_string();
    let ids101 = (0..101)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let cases: Vec<(String, &str)> = vec![
        (format!("/api/v1/items?next={next}&prev={next}"), "next"),
        ("/api/v1/items?limit=0".into(), "limit"),
        ("/api/v1/items?limit=101".into(), "limit"),
        ("/api/v1/items?limit=ten".into(), "limit"),
        ("/api/v1/items?resourceId=x".into(), "resourceId"),
        ("/api/v1/items?resourceIds=x,y".into(), "resourceIds"),
        (
            "/api/v1/items?resourceLink=https%3A%2F%2Fx".into(),
            "resourceLink",
        ),
        (
            "/api/v1/items?resourceType=app&resourceId=x&resourceLink=https%3A%2F%2Fx".into(),
            "resourceLink",
        ),
        (
            format!("/api/v1/items?resourceType=app&resourceIds={ids101}"),
            "resourceIds",
        ),
        (
            "/api/v1/items?resourceType=app[qvd]&resourceSubType=qvd".into(),
            "resourceSubType",
        ),
        ("/api/v1/items?resourceType=app[qvd".into(), "resourceType"),
        ("/api/v1/items?sort=bogus".into(), "sort"),
        ("/api/v1/items?sort=+name".into(), "sort"),
        ("/api/v1/items?spaceType=shared,bogus".into(), "spaceType"),
        ("/api/v1/items?next=garbage".into(), "next"),
        ("/api/v1/items?prev=Zm9v".into(), "prev"),
        (
            format!("/api/v1/items?limit=1&sort=-name&next={next}"),
            "next",
        ),
        ("/api/v1/items?noActions=yes".into(), "noActions"),
        ("/api/v1/items?shared=maybe".into(), "shared"),
        (format!("/api/v1/items/{id}/collections?type=bogus"), "type"),
        (
            format!("/api/v1/items/{id}/collections?sort=%2BrecentlyUsed"),
            "sort",
        ),
        (format!("/api/v1/items/{id}/collections?limit=500"), "limit"),
        (
            format!("/api/v1/items/{id}/publisheditems?next=nope"),
            "next",
        ),
    ];
    for (path, param) in cases {
        let a = e.get(&path).await;
        assert_eq!(a.status, 400, "{path}: {}", a.body);
        let err = a.error();
        assert_eq!(err["code"], "HTTP-400", "{path}");
        assert_eq!(err["meta"]["explain"]["parameter"], json!(param), "{path}");
        assert_eq!(err["meta"]["fault"], json!(false));
        assert!(a.header("x-b3-traceid").is_some());
    }
    // Exactly 100 resourceIds is fine.
    let ids100 = (0..100)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    assert_eq!(
        e.get(&format!(
            "/api/v1/items?resourceType=app&resourceIds={ids100}"
        ))
        .await
        .status,
        200
    );
}
