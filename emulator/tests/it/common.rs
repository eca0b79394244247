use qlik_emulator::{Config, Server};
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;

pub fn quiet() -> Config {
    Config {
        tier1_per_minute: 0,
        tier2_per_minute: 0,
        ..Config::default()
    }
}

pub struct Emu {
    pub server: Server,
    pub client: reqwest::Client,
}

pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    /// The `errors[0]` object of an error body, checked for the contract's shape.
    pub fn error(&self) -> &Value {
        let e = &self.body["errors"][0];
        for field in ["code", "title", "detail"] {
            assert!(e[field].is_string(), "{field} missing in {}", self.body);
        }
        e
    }
    pub fn ids(&self) -> Vec<String> {
        self.body["data"]
            .as_array()
            .unwrap_or_else(|| panic!("no data in {}", self.body))
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    }
}

pub async fn emu(config: Config) -> Emu {
    let server = qlik_emulator::start(config).await.expect("start");
    Emu {
        server,
        client: reqwest::Client::new(),
    }
}

impl Emu {
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.server.base_url())
        }
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
        key: Option<&str>,
    ) -> Answer {
        let mut req = self.client.request(method, self.url(path));
        if let Some(k) = key {
            req = req.bearer_auth(k);
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("send");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let text = resp.text().await.expect("body");
        let body = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
        };
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Answer {
        let key = self.server.api_key().to_string();
        self.call(Method::GET, path, None, Some(&key)).await
    }

    pub async fn ok(&self, path: &str) -> Value {
        let a = self.get(path).await;
        assert_eq!(a.status, 200, "{path}: {}", a.body);
        a.body
    }

    pub async fn write(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let key = self.server.api_key().to_string();
        self.call(method, path, body, Some(&key)).await
    }

    /// Follows `links.next` from `first` to the end; returns every id in order.
    pub async fn all_ids(&self, first: &str) -> Vec<String> {
        self.walk(first)
            .await
            .0
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect()
    }

    /// Follows `links.next` from `first` to the end; returns every item in order and the
    /// URL of the last page.
    pub async fn walk(&self, first: &str) -> (Vec<Value>, String) {
        let mut items = Vec::new();
        let mut url = first.to_string();
        loop {
            let a = self.get(&url).await;
            assert_eq!(a.status, 200, "{url}: {}", a.body);
            items.extend(a.body["data"].as_array().unwrap().iter().cloned());
            match a.body["links"]["next"]["href"].as_str() {
                Some(next) => url = next.to_string(),
                None => return (items, url),
            }
        }
    }
}

/// Checks an item body against the contract's required fields and formats.
pub fn check_item(item: &Value, with_actions: bool) {
    let mut required = vec![
        "id",
        "name",
        "tenantId",
        "createdAt",
        "updatedAt",
        "isFavorited",
        "links",
        "resourceType",
        "resourceCreatedAt",
        "resourceUpdatedAt",
        "collectionIds",
        "resourceAttributes",
        "resourceCustomAttributes",
        "meta",
    ];
    if with_actions {
        required.push("actions");
        assert!(item["meta"]["actions"].is_array(), "{item}");
    } else {
        assert!(item.get("actions").is_none(), "{item}");
    }
    for f in required {
        assert!(item.get(f).is_some(), "{f} missing in {item}");
    }
    for f in ["isFavorited", "tags", "collections"] {
        assert!(item["meta"].get(f).is_some(), "meta.{f} missing in {item}");
    }
    for f in [
        "createdAt",
        "updatedAt",
        "resourceCreatedAt",
        "resourceUpdatedAt",
    ] {
        let s = item[f].as_str().unwrap();
        assert!(
            s.len() == 24 && s.ends_with('Z') && &s[10..11] == "T",
            "{f} = {s}"
        );
    }
    assert!(!item["name"].as_str().unwrap().is_empty());
}
