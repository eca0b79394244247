//! Deterministic generation of a realistic tenant from a seed.

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::model::{
    Collection, CollectionType, Item, ItemViews, RESOURCE_TYPES, ResourceSize, Space, SpaceType,
    Tag, ViewWeek, actions_for,
};
use crate::rng::Rng;
use crate::time::{Rfc3339, days_from_civil};

/// Everything a store starts from.
#[derive(Debug, Clone)]
pub struct Dataset {
    pub tenant_id: String,
    /// The user every accepted key acts as.
    pub user_id: String,
    pub items: Vec<Item>,
    pub collections: Vec<Collection>,
    pub spaces: Vec<Space>,
    pub usage_metrics_enabled: bool,
}

const DAY_MS: i64 = 86_400_000;

/// The generated tenant's "now": every generated time lies before it.
pub fn seed_now() -> i64 {
    days_from_civil(2026, 6, 1) * DAY_MS
}

const ADJECTIVES: &[&str] = &[
    "Sales",
    "Finance",
    "Customer",
    "Supply chain",
    "HR",
    "Marketing",
    "Inventory",
    "Übersicht",
    "Données",
    "Ventas",
    "売上",
    "Ärztliche",
    "Operations",
    "Executive",
    "Forecast",
    "Churn",
    "Retail",
    "Лояльность",
];

const NOUNS: &[&str] = &[
    "dashboard",
    "analysis",
    "KPIs 📈",
    "overview",
    "report",
    "pipeline",
    "model",
    "extract",
    "review",
    "tracker",
    "cube",
    "Auswertung",
    "分析",
    "análisis",
];

const DESCRIPTIONS: &[&str] = &[
    "Weekly numbers for the leadership team.",
    "Daily refresh from the ERP extract.",
    "Données consolidées par région.",
    "Prototype — do not share outside the team.",
    "Quarterly figures, reconciled with finance.",
    "売上データの月次分析",
    "Enthält personenbezogene Daten; Zugriff beschränkt.",
    "Source of truth for customer churn ✅",
];

fn sub_types(resource_type: &str) -> &'static [&'static str] {
    match resource_type {
        "app" => &["", "", "", "", "", "", "qix-df", "script"],
        "dataset" => &["qvd", "qvd", "csv", "xlsx", "parquet", "json", ""],
        "sharingservicetask" => &["chart-monitoring", "template-sharing", "sharing"],
        "automl-experiment" | "automl-deployment" => &["", "binary-classification"],
        "dataasset" => &["connection", ""],
        "note" => &["", "chart-note"],
        _ => &[""],
    }
}

/// Weights of the resource types in a generated tenant (apps and datasets dominate).
const TYPE_WEIGHTS: [u32; 19] = [30, 3, 3, 3, 4, 3, 5, 15, 6, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2];

/// Generates `n` items and their surroundings from `seed`.
pub fn generate(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed ^ 0x51_4C_49_4B);
    let now = seed_now();
    let start = days_from_civil(2021, 1, 4) * DAY_MS;
    let tenant_id = rng.hex(32);
    let users: Vec<String> = (0..8).map(|_| rng.hex(24)).collect();
    let user_id = users[0].clone();

    let space_specs: [(&str, SpaceType); 7] = [
        ("Finance", SpaceType::Shared),
        ("Sales analytics", SpaceType::Shared),
        ("Équipe données", SpaceType::Shared),
        ("Published: Finance", SpaceType::Managed),
        ("Published: Sales", SpaceType::Managed),
        ("Data lake", SpaceType::Data),
        ("データ", SpaceType::Data),
    ];
    let spaces: Vec<Space> = space_specs
        .iter()
        .map(|(name, t)| Space {
            id: rng.hex(24),
            name: name.to_string(),
            space_type: *t,
        })
        .collect();
    let of_type = |t: SpaceType| -> Vec<String> {
        spaces
            .iter()
            .filter(|s| s.space_type == t)
            .map(|s| s.id.clone())
            .collect()
    };
    let (shared, managed, data) = (
        of_type(SpaceType::Shared),
        of_type(SpaceType::Managed),
        of_type(SpaceType::Data),
    );

    let coll_specs: [(&str, CollectionType, &str); 8] = [
        (
            "My favourites",
            CollectionType::Private,
            "Things I open every day",
        ),
        ("Month-end close", CollectionType::Private, ""),
        (
            "À revoir",
            CollectionType::Private,
            "Pour la réunion de lundi",
        ),
        ("finance", CollectionType::Public, ""),
        (
            "certified",
            CollectionType::Public,
            "Checked by the data team",
        ),
        ("deprecated", CollectionType::Public, ""),
        (
            "Executive pack",
            CollectionType::PublicGoverned,
            "Curated for the board",
        ),
        ("Onboarding", CollectionType::PublicGoverned, "Start here"),
    ];
    let mut collections: Vec<Collection> = coll_specs
        .iter()
        .enumerate()
        .map(|(i, (name, t, desc))| {
            let created = start + (i as i64) * 17 * DAY_MS + rng.range(0, DAY_MS);
            Collection {
                id: rng.hex(24),
                name: name.to_string(),
                description: desc.to_string(),
                collection_type: *t,
                creator_id: if *t == CollectionType::Private {
                    user_id.clone()
                } else {
                    rng.pick(&users).clone()
                },
                created_at: created,
                updated_at: created + rng.range(0, 400 * DAY_MS),
                item_count: 0,
            }
        })
        .collect();
    let tags: Vec<Tag> = ["kpi", "gdpr", "daily", "prod", "experimental", "ünïcødé"]
        .iter()
        .map(|t| Tag {
            id: rng.hex(24),
            name: t.to_string(),
        })
        .collect();

    let type_total: u32 = TYPE_WEIGHTS.iter().sum();
    let mut actions_cache: Vec<Arc<Vec<String>>> = RESOURCE_TYPES
        .iter()
        .map(|t| Arc::new(actions_for(t)))
        .collect();
    let mut ids: HashSet<String> = HashSet::with_capacity(n);
    let mut items: Vec<Item> = Vec::with_capacity(n);
    let mut shared_apps: Vec<usize> = Vec::new();

    for i in 0..n {
        let mut id = rng.hex(24);
        while !ids.insert(id.clone()) {
            id = rng.hex(24);
        }
        // Published copy of an earlier app in a shared space?
        let copy_of = if !shared_apps.is_empty() && i >= RESOURCE_TYPES.len() && rng.chance(0.04) {
            Some(shared_apps[rng.below(shared_apps.len() as u64) as usize])
        } else {
            None
        };
        let type_idx = match copy_of {
            Some(_) => 0,
            None if i < RESOURCE_TYPES.len() => i,
            None => {
                let mut r = rng.below(type_total as u64) as u32;
                let mut t = 0;
                while r >= TYPE_WEIGHTS[t] {
                    r -= TYPE_WEIGHTS[t];
                    t += 1;
                }
                t
            }
        };
        let rtype = RESOURCE_TYPES[type_idx];
        let created_at = start + rng.range(0, now - start - 30 * DAY_MS) / 1000 * 1000;
        let updated_at = created_at + rng.range(0, now - created_at);
        let (space_id, space_type) = if copy_of.is_some() {
            (rng.pick(&managed).clone(), SpaceType::Managed)
        } else if matches!(rtype, "dataset" | "dataasset") && rng.chance(0.5) {
            (rng.pick(&data).clone(), SpaceType::Data)
        } else if rng.chance(0.4) {
            (String::new(), SpaceType::Personal)
        } else if rng.chance(0.8) {
            (rng.pick(&shared).clone(), SpaceType::Shared)
        } else {
            (rng.pick(&managed).clone(), SpaceType::Managed)
        };
        let owner_id = if space_type == SpaceType::Personal || rng.chance(0.35) {
            user_id.clone()
        } else {
            rng.pick(&users).clone()
        };
        let creator_id = if rng.chance(0.75) {
            owner_id.clone()
        } else {
            rng.pick(&users).clone()
        };
        let name = match copy_of {
            Some(src) => items[src].name.clone(),
            None => {
                let mut name = format!("{} {}", rng.pick(ADJECTIVES), rng.pick(NOUNS));
                if rng.chance(0.7) {
                    name.push_str(&format!(" {}", rng.below(1000)));
                }
                name
            }
        };
        let description = if rng.chance(0.6) {
            rng.pick(DESCRIPTIONS).to_string()
        } else {
            String::new()
        };
        let resource_sub_type = rng.pick(sub_types(rtype)).to_string();
        let resource_id = if rtype == "app" || rtype == "qvapp" {
            rng.uuid()
        } else {
            rng.hex(24)
        };
        let resource_link = if rtype == "genericlink" {
            format!("https://www.example.com/links/{}", rng.below(100_000))
        } else {
            String::new()
        };
        let is_app = rtype == "app";
        let reload_end = if is_app && rng.chance(0.8) {
            Some(updated_at - rng.range(0, DAY_MS))
        } else {
            None
        };
        let reload_status = match reload_end {
            Some(_) if rng.chance(0.1) => "failed".to_string(),
            Some(_) => "ok".to_string(),
            None => String::new(),
        };
        let resource_size = if is_app {
            let file = rng.below(500_000_000) + 10_000;
            Some(ResourceSize {
                app_file: Some(file),
                app_memory: Some(file * (2 + rng.below(4))),
            })
        } else {
            None
        };
        let item_views = if is_app || rtype == "dataset" {
            let weeks: Vec<ViewWeek> = (0..4)
                .map(|w| {
                    let total = rng.below(200);
                    ViewWeek {
                        start: Rfc3339(now - (4 - w) * 7 * DAY_MS).to_string(),
                        total,
                        unique: total.min(rng.below(40)),
                    }
                })
                .collect();
            let total: u64 = weeks.iter().map(|w| w.total).sum();
            Some(ItemViews {
                total: Some(total),
                unique: Some(weeks.iter().map(|w| w.unique).max().unwrap_or(0)),
                trend: Some((rng.range(-500, 500) as f64) / 100.0),
                used_by: if rtype == "dataset" {
                    Some(rng.below(12))
                } else {
                    None
                },
                week: Some(weeks),
            })
        } else {
            None
        };
        let thumbnail_id = if is_app && rng.chance(0.3) {
            rng.hex(24)
        } else {
            String::new()
        };
        let mut attrs = Map::new();
        attrs.insert("id".into(), Value::String(resource_id.clone()));
        attrs.insert("name".into(), Value::String(name.clone()));
        attrs.insert("owner".into(), Value::String(owner_id.clone()));
        attrs.insert("_resourcetype".into(), Value::String(rtype.to_string()));
        if is_app {
            attrs.insert("published".into(), Value::Bool(copy_of.is_some()));
            attrs.insert("hasSectionAccess".into(), Value::Bool(rng.chance(0.1)));
            attrs.insert("usage".into(), json!("ANALYTICS"));
            if let Some(src) = copy_of {
                attrs.insert(
                    "originAppId".into(),
                    Value::String(items[src].resource_id.clone()),
                );
            }
        }
        if !space_id.is_empty() {
            attrs.insert("spaceId".into(), Value::String(space_id.clone()));
        }
        let mut custom = Map::new();
        if rng.chance(0.1) {
            custom.insert("costCenter".into(), json!(["CC-1042"]));
        }
        let mut item_tags = Vec::new();
        for t in &tags {
            if rng.chance(0.08) {
                item_tags.push(t.clone());
            }
        }
        let mut collection_ids = Vec::new();
        for c in collections.iter_mut() {
            let p = if c.collection_type == CollectionType::Public {
                0.08
            } else {
                0.03
            };
            if rng.chance(p) {
                c.item_count += 1;
                collection_ids.push(c.id.clone());
            }
        }
        let resource_created_at = created_at - rng.range(0, 1000);
        let item = Item {
            name_lc: name.to_lowercase(),
            description_lc: description.to_lowercase(),
            id,
            name,
            description,
            resource_type: rtype.to_string(),
            resource_sub_type,
            resource_id,
            resource_link,
            space_id,
            updater_id: if rng.chance(0.8) {
                owner_id.clone()
            } else {
                rng.pick(&users).clone()
            },
            owner_id,
            creator_id,
            thumbnail_id,
            created_at,
            updated_at,
            resource_created_at,
            resource_updated_at: updated_at,
            resource_reload_end_time: reload_end,
            resource_reload_status: reload_status,
            resource_size,
            item_views,
            is_favorited: rng.chance(0.1),
            actions: actions_cache[type_idx].clone(),
            collection_ids,
            tags: item_tags,
            resource_attributes: attrs,
            resource_custom_attributes: custom,
            published_from: copy_of.map(|s| items[s].id.clone()).unwrap_or_default(),
            last_used_at: created_at + rng.range(0, now - created_at),
        };
        if is_app && space_type == SpaceType::Shared && copy_of.is_none() {
            shared_apps.push(i);
        }
        items.push(item);
    }
    actions_cache.clear();
    Dataset {
        tenant_id,
        user_id,
        items,
        collections,
        spaces,
        usage_metrics_enabled: true,
    }
}
