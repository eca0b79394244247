//! Deterministic generation of a realistic tenant from a seed.

use std::sync::Arc;

use serde_json::{Map, json};

use crate::model::{
    Attributes, Collection, CollectionType, Item, ItemViews, RESOURCE_TYPES, ResourceSize, Space,
    SpaceType, Tag, ViewWeek, actions_for,
};
use crate::rng::{Rng, mix};
use crate::time::days_from_civil;

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
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1);
    generate_on(n, seed, threads)
}

/// [`generate`] on at most `threads` threads (the result does not depend on it).
fn generate_on(n: usize, seed: u64, threads: usize) -> Dataset {
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
    // The service keeps tags as collections of type `public` (the user interface shows those
    // as tags), so an item's tags are among its collections too. They take no draws from the
    // generator, so the rest of the data is the same as without them.
    let first_tag = collections.len();
    collections.extend(tags.iter().enumerate().map(|(i, t)| {
        let created = start + (i as i64) * 5 * DAY_MS;
        Collection {
            id: t.id.clone(),
            name: t.name.clone(),
            description: String::new(),
            collection_type: CollectionType::Public,
            creator_id: users[i % users.len()].clone(),
            created_at: created,
            updated_at: created,
            item_count: 0,
        }
    }));

    let type_total: u32 = TYPE_WEIGHTS.iter().sum();
    let actions_cache: Vec<Arc<Vec<String>>> = RESOURCE_TYPES
        .iter()
        .map(|t| Arc::new(actions_for(t)))
        .collect();
    // Item ids: 32 random bits, then a bijection of the item's number, so they never collide.
    let id_salt = rng.next_u64();
    let id_prefix = rng.next_u64() as u32;
    let week_starts: Vec<i64> = (0..4).map(|w| now - (4 - w) * 7 * DAY_MS).collect();
    let ctx = ChunkCtx {
        now,
        start,
        type_total,
        id_salt,
        id_prefix,
        users: &users,
        user_id: &user_id,
        shared: &shared,
        managed: &managed,
        data: &data,
        tags: &tags,
        collections: &collections,
        first_tag,
        actions: &actions_cache,
        week_starts: &week_starts,
        seed,
    };
    // Chunks are generated independently (each from its own seed), on as many threads as
    // there are cores: the result does not depend on the number of threads.
    let chunks: Vec<(usize, usize)> = (0..n)
        .step_by(CHUNK)
        .map(|s| (s, (s + CHUNK).min(n)))
        .collect();
    let threads = threads.clamp(1, 8).min(chunks.len().max(1));
    let mut done: Vec<Option<(Vec<Item>, Vec<u64>)>> = (0..chunks.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (ctx, chunks) = (&ctx, &chunks);
                scope.spawn(move || {
                    (t..chunks.len())
                        .step_by(threads)
                        .map(|k| (k, gen_chunk(ctx, k, chunks[k].0..chunks[k].1)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (k, r) in h.join().unwrap_or_default() {
                done[k] = Some(r);
            }
        }
    });
    let mut items: Vec<Item> = Vec::with_capacity(n);
    for (chunk_items, counts) in done.into_iter().flatten() {
        items.extend(chunk_items);
        for (c, k) in collections.iter_mut().zip(counts) {
            c.item_count += k;
        }
    }
    Dataset {
        tenant_id,
        user_id,
        items,
        collections,
        spaces,
        usage_metrics_enabled: true,
    }
}

const CHUNK: usize = 8192;
/// The first of the two fixed published copies of item 0.
const FIRST_COPY: usize = RESOURCE_TYPES.len();

/// What every chunk of generated items shares.
struct ChunkCtx<'a> {
    now: i64,
    start: i64,
    type_total: u32,
    id_salt: u64,
    id_prefix: u32,
    users: &'a [String],
    user_id: &'a String,
    shared: &'a [String],
    managed: &'a [String],
    data: &'a [String],
    tags: &'a [Tag],
    /// Every collection; the tags' own come last, from `first_tag` on, in `tags`' order.
    collections: &'a [Collection],
    first_tag: usize,
    actions: &'a [Arc<Vec<String>>],
    week_starts: &'a [i64],
    seed: u64,
}

/// Items `range` (chunk `k`), and how many of them joined each collection.
fn gen_chunk(c: &ChunkCtx<'_>, k: usize, range: std::ops::Range<usize>) -> (Vec<Item>, Vec<u64>) {
    let mut rng = Rng::new(mix(c.seed ^ 0xC4_0000) ^ mix(k as u64));
    let mut items: Vec<Item> = Vec::with_capacity(range.len());
    let mut shared_apps: Vec<usize> = Vec::new();
    let mut counts = vec![0u64; c.collections.len()];
    for i in range {
        let id = format!("{:08x}{:016x}", c.id_prefix, mix(i as u64 ^ c.id_salt));
        // Published copy of an earlier app in a shared space?
        // The oldest item (number 0) is an app in a shared space with at least two published
        // copies (numbers 19 and 20, and any drawn later), so every tenant of 21+ items shows
        // `publisheditems` at once.
        let copy_of = if i == FIRST_COPY || i == FIRST_COPY + 1 {
            Some(0)
        } else if !shared_apps.is_empty() && i >= RESOURCE_TYPES.len() && rng.chance(0.04) {
            Some(shared_apps[rng.below(shared_apps.len() as u64) as usize])
        } else {
            None
        };
        let type_idx = match copy_of {
            Some(_) => 0,
            None if i < RESOURCE_TYPES.len() => i,
            None => {
                let mut r = rng.below(c.type_total as u64) as u32;
                let mut t = 0;
                while r >= TYPE_WEIGHTS[t] {
                    r -= TYPE_WEIGHTS[t];
                    t += 1;
                }
                t
            }
        };
        let rtype = RESOURCE_TYPES[type_idx];
        let created_at = if i == 0 {
            c.start - 1000
        } else {
            c.start + rng.range(0, c.now - c.start - 30 * DAY_MS) / 1000 * 1000
        };
        let updated_at = created_at + rng.range(0, c.now - created_at);
        let (space_id, space_type) = if copy_of.is_some() {
            (rng.pick(c.managed).clone(), SpaceType::Managed)
        } else if i == 0 {
            (rng.pick(c.shared).clone(), SpaceType::Shared)
        } else if matches!(rtype, "dataset" | "dataasset") && rng.chance(0.5) {
            (rng.pick(c.data).clone(), SpaceType::Data)
        } else if rng.chance(0.4) {
            (String::new(), SpaceType::Personal)
        } else if rng.chance(0.8) {
            (rng.pick(c.shared).clone(), SpaceType::Shared)
        } else {
            (rng.pick(c.managed).clone(), SpaceType::Managed)
        };
        let owner_id = if space_type == SpaceType::Personal || rng.chance(0.35) {
            c.user_id.clone()
        } else {
            rng.pick(c.users).clone()
        };
        let creator_id = if rng.chance(0.75) {
            owner_id.clone()
        } else {
            rng.pick(c.users).clone()
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
                        start: c.week_starts[w],
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
        let attrs = Attributes::Generated {
            has_section_access: is_app && rng.chance(0.1),
            origin_app_id: copy_of.map(|src| items[src].resource_id.clone()),
        };
        let mut custom = Map::new();
        if rng.chance(0.1) {
            custom.insert("costCenter".into(), json!(["CC-1042"]));
        }
        let mut item_tags = Vec::new();
        let mut tag_collections = Vec::new();
        for (j, t) in c.tags.iter().enumerate() {
            if rng.chance(0.08) {
                item_tags.push(t.clone());
                counts[c.first_tag + j] += 1;
                tag_collections.push(t.id.clone());
            }
        }
        let mut collection_ids = Vec::new();
        for (k, coll) in c.collections[..c.first_tag].iter().enumerate() {
            let p = if coll.collection_type == CollectionType::Public {
                0.08
            } else {
                0.03
            };
            if rng.chance(p) {
                counts[k] += 1;
                collection_ids.push(coll.id.clone());
            }
        }
        collection_ids.extend(tag_collections);
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
                rng.pick(c.users).clone()
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
            actions: c.actions[type_idx].clone(),
            collection_ids,
            tags: item_tags,
            resource_attributes: attrs,
            resource_custom_attributes: custom,
            published_from: copy_of.map(|s| items[s].id.clone()).unwrap_or_default(),
            last_used_at: created_at + rng.range(0, c.now - created_at),
        };
        if is_app && space_type == SpaceType::Shared && copy_of.is_none() {
            shared_apps.push(items.len());
        }
        items.push(item);
    }
    (items, counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thread_count_does_not_change_the_data() {
        let n = 2 * CHUNK + 5;
        let one = generate_on(n, 4, 1);
        let three = generate_on(n, 4, 3);
        let ids = |d: &Dataset| d.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&one), ids(&three));
        assert_eq!(ids(&one).len(), n);
        let names = |d: &Dataset| d.items.iter().map(|i| i.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&one), names(&three));
        let counts = |d: &Dataset| {
            d.collections
                .iter()
                .map(|c| c.item_count)
                .collect::<Vec<_>>()
        };
        assert_eq!(counts(&one), counts(&three));
    }

    #[test]
    fn the_oldest_item_is_a_shared_app_with_published_copies() {
        for seed in [1, 2, 99] {
            let d = generate(21, seed);
            let oldest = d
                .items
                .iter()
                .min_by_key(|i| (i.created_at, &i.id))
                .unwrap();
            assert_eq!(oldest.id, d.items[0].id);
            assert_eq!(oldest.resource_type, "app");
            let copies = d
                .items
                .iter()
                .filter(|i| i.published_from == oldest.id)
                .count();
            assert_eq!(copies, 2, "seed {seed}");
        }
    }
}
