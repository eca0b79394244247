//! The in-memory state: items with one precomputed index per sort order, collections,
//! spaces and settings.

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::model::{Collection, Item, Space, SpaceType};
use crate::paging::{Key, KeyRef, Seq, SortField, cmp_entry};
use crate::seed::Dataset;

pub struct Store {
    pub tenant_id: String,
    pub user_id: String,
    slots: Vec<Option<Item>>,
    by_id: HashMap<String, u32>,
    /// One list of live slots per [`SortField`], ascending by (key, id).
    orders: [Vec<u32>; 4],
    pub collections: Vec<Collection>,
    collection_by_id: HashMap<String, usize>,
    space_types: HashMap<String, SpaceType>,
    pub usage_metrics_enabled: bool,
}

pub fn sort_key(item: &Item, field: SortField) -> KeyRef<'_> {
    match field {
        SortField::CreatedAt => KeyRef::Int(item.created_at),
        SortField::Name => KeyRef::Str(&item.name_lc),
        SortField::UpdatedAt => KeyRef::Int(item.updated_at),
        SortField::RecentlyUsed => KeyRef::Int(item.last_used_at),
    }
}

fn cmp_items(a: &Item, b: &Item, field: SortField) -> Ordering {
    let kb = sort_key(b, field).to_owned_key();
    cmp_entry(sort_key(a, field), &a.id, &kb, &b.id)
}

fn cmp_items_fast(a: &Item, b: &Item, field: SortField) -> Ordering {
    match field {
        SortField::CreatedAt => a.created_at.cmp(&b.created_at),
        SortField::Name => a.name_lc.cmp(&b.name_lc),
        SortField::UpdatedAt => a.updated_at.cmp(&b.updated_at),
        SortField::RecentlyUsed => a.last_used_at.cmp(&b.last_used_at),
    }
    .then_with(|| a.id.cmp(&b.id))
}

/// Live slots sorted by (key, id), with the keys pulled out first so the sort runs over
/// contiguous memory.
fn sorted_order(slots: &[Option<Item>], field: SortField) -> Vec<u32> {
    let live = slots
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.as_ref().map(|it| (i as u32, it)));
    let id = |s: u32| slots[s as usize].as_ref().map_or("", |it| it.id.as_str());
    match field {
        SortField::Name => {
            let mut keyed: Vec<(&str, &str, u32)> = live
                .map(|(i, it)| (it.name_lc.as_str(), it.id.as_str(), i))
                .collect();
            keyed.sort_unstable();
            keyed.into_iter().map(|k| k.2).collect()
        }
        _ => {
            let mut keyed: Vec<(i64, u32)> = live
                .map(|(i, it)| {
                    let KeyRef::Int(k) = sort_key(it, field) else {
                        unreachable!("only the name sort has string keys")
                    };
                    (k, i)
                })
                .collect();
            keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| id(a.1).cmp(id(b.1))));
            keyed.into_iter().map(|k| k.1).collect()
        }
    }
}

impl Store {
    pub fn new(data: Dataset) -> Store {
        let slots: Vec<Option<Item>> = data.items.into_iter().map(Some).collect();
        let by_id = slots
            .iter()
            .enumerate()
            .filter_map(|(i, it)| it.as_ref().map(|it| (it.id.clone(), i as u32)))
            .collect();
        let mut store = Store {
            tenant_id: data.tenant_id,
            user_id: data.user_id,
            slots,
            by_id,
            orders: Default::default(),
            collection_by_id: data
                .collections
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect(),
            collections: data.collections,
            space_types: data
                .spaces
                .iter()
                .map(|s: &Space| (s.id.clone(), s.space_type))
                .collect(),
            usage_metrics_enabled: data.usage_metrics_enabled,
        };
        for field in SortField::ALL {
            store.orders[field.index()] = sorted_order(&store.slots, field);
        }
        store
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn get(&self, id: &str) -> Option<&Item> {
        self.by_id.get(id).and_then(|&s| self.slot(s))
    }

    fn slot(&self, s: u32) -> Option<&Item> {
        self.slots.get(s as usize).and_then(|o| o.as_ref())
    }

    /// Items in the default order (+createdAt).
    pub fn ids(&self) -> Vec<String> {
        self.orders[SortField::CreatedAt.index()]
            .iter()
            .filter_map(|&s| self.slot(s).map(|it| it.id.clone()))
            .collect()
    }

    /// All live items, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Item> {
        self.slots.iter().filter_map(|o| o.as_ref())
    }

    pub fn space_type(&self, item: &Item) -> SpaceType {
        if item.space_id.is_empty() {
            SpaceType::Personal
        } else {
            *self
                .space_types
                .get(&item.space_id)
                .unwrap_or(&SpaceType::Shared)
        }
    }

    pub fn collection(&self, id: &str) -> Option<&Collection> {
        self.collection_by_id.get(id).map(|&i| &self.collections[i])
    }

    /// The items in a sort order, as a [`Seq`] filtered by `keep`.
    pub fn seq<'a, F: Fn(&Item) -> bool>(
        &'a self,
        field: SortField,
        desc: bool,
        keep: F,
    ) -> ItemSeq<'a, F> {
        ItemSeq {
            store: self,
            order: &self.orders[field.index()],
            field,
            desc,
            keep,
        }
    }

    pub fn item_at<F>(&self, seq: &ItemSeq<'_, F>, pos: usize) -> &Item {
        let slot = seq.phys(pos);
        self.slot(slot).expect("orders only hold live slots")
    }

    fn position(&self, field: SortField, slot: u32) -> Option<usize> {
        let item = self.slot(slot)?;
        let order = &self.orders[field.index()];
        let pos = order.partition_point(|&s| {
            self.slot(s)
                .map(|o| cmp_items(o, item, field) == Ordering::Less)
                .unwrap_or(true)
        });
        (order.get(pos) == Some(&slot)).then_some(pos)
    }

    fn unindex(&mut self, slot: u32) {
        for field in SortField::ALL {
            if let Some(pos) = self.position(field, slot) {
                self.orders[field.index()].remove(pos);
            }
        }
    }

    fn index(&mut self, slot: u32) {
        for field in SortField::ALL {
            let Some(item) = self.slot(slot) else { return };
            let order = &self.orders[field.index()];
            let pos = order.partition_point(|&s| {
                self.slot(s)
                    .map(|o| cmp_items_fast(o, item, field) == Ordering::Less)
                    .unwrap_or(true)
            });
            self.orders[field.index()].insert(pos, slot);
        }
    }

    /// Changes an item through `f`, keeping the sort orders right.
    pub fn update<R>(&mut self, id: &str, f: impl FnOnce(&mut Item) -> R) -> Option<R> {
        let slot = *self.by_id.get(id)?;
        self.unindex(slot);
        let r = f(self.slots[slot as usize].as_mut()?);
        self.index(slot);
        Some(r)
    }

    /// Removes an item, from its collections too. `false` when it does not exist.
    pub fn delete(&mut self, id: &str) -> bool {
        let Some(&slot) = self.by_id.get(id) else {
            return false;
        };
        self.unindex(slot);
        self.by_id.remove(id);
        if let Some(item) = self.slots[slot as usize].take() {
            for cid in &item.collection_ids {
                if let Some(&ci) = self.collection_by_id.get(cid) {
                    let c = &mut self.collections[ci];
                    c.item_count = c.item_count.saturating_sub(1);
                }
            }
        }
        true
    }
}

/// Items in one sort order and direction, with a filter.
pub struct ItemSeq<'a, F> {
    store: &'a Store,
    order: &'a [u32],
    field: SortField,
    desc: bool,
    keep: F,
}

impl<F> ItemSeq<'_, F> {
    fn phys(&self, pos: usize) -> u32 {
        if self.desc {
            self.order[self.order.len() - 1 - pos]
        } else {
            self.order[pos]
        }
    }
}

impl<F: Fn(&Item) -> bool> Seq for ItemSeq<'_, F> {
    fn len(&self) -> usize {
        self.order.len()
    }
    fn cmp_at(&self, i: usize, key: &Key, id: &str) -> Ordering {
        match self.store.slot(self.phys(i)) {
            Some(item) => {
                let o = cmp_entry(sort_key(item, self.field), &item.id, key, id);
                if self.desc { o.reverse() } else { o }
            }
            None => Ordering::Less,
        }
    }
    fn matches(&self, i: usize) -> bool {
        self.store.slot(self.phys(i)).is_some_and(&self.keep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::generate;

    fn check_orders(store: &Store) {
        for field in SortField::ALL {
            let order = &store.orders[field.index()];
            assert_eq!(order.len(), store.len());
            for w in order.windows(2) {
                let (a, b) = (store.slot(w[0]).unwrap(), store.slot(w[1]).unwrap());
                assert_eq!(cmp_items(a, b, field), Ordering::Less);
            }
        }
    }

    #[test]
    fn orders_survive_updates_and_deletes() {
        let mut store = Store::new(generate(300, 3));
        check_orders(&store);
        let ids = store.ids();
        for id in ids.iter().step_by(7) {
            store.update(id, |it| {
                it.set_name(format!("Renamed {}", it.id));
                it.updated_at += 1;
            });
        }
        for id in ids.iter().step_by(5) {
            assert!(store.delete(id));
            assert!(!store.delete(id));
        }
        check_orders(&store);
        assert_eq!(store.len(), 300 - ids.iter().step_by(5).count());
    }

    #[test]
    fn seeding_is_deterministic_and_varied() {
        let a = Store::new(generate(500, 9));
        let b = Store::new(generate(500, 9));
        assert_eq!(a.ids(), b.ids());
        assert_ne!(a.ids(), Store::new(generate(500, 10)).ids());
        for t in crate::model::RESOURCE_TYPES {
            assert!(a.iter().any(|i| i.resource_type == t), "{t}");
        }
        for st in [
            SpaceType::Shared,
            SpaceType::Managed,
            SpaceType::Personal,
            SpaceType::Data,
        ] {
            assert!(a.iter().any(|i| a.space_type(i) == st), "{st:?}");
        }
        assert!(a.iter().any(|i| !i.published_from.is_empty()));
        assert!(a.iter().any(|i| i.resource_sub_type == "qvd"));
        assert!(a.iter().any(|i| !i.name.is_ascii()));
    }
}
