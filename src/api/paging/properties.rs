use super::*;
use proptest::prelude::*;

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

    #[test]
    fn set_limit_sets_one_limit_and_keeps_every_other_parameter(
        pairs in proptest::collection::vec(("[a-z]{1,6}", ".{0,8}"), 0..5),
        limit in 1u64..=100,
    ) {
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        let path = format!("/api/v1/items?{}", query.join("&"));
        let out = set_limit(&path, limit);
        prop_assert_eq!(query_param(&out, "limit"), Some(limit.to_string()));
        prop_assert_eq!(out.split(['?', '&']).filter(|kv| kv.starts_with("limit=")).count(), 1);
        for (k, _) in &pairs {
            if k != "limit" {
                prop_assert_eq!(query_param(&out, k), query_param(&path, k));
            }
        }
    }

    #[test]
    fn cursors_round_trip_through_a_link(cursor in ".{0,30}") {
        let path = format!("/api/v1/items?next={}&limit=100", encode(&cursor));
        prop_assert_eq!(query_param(&path, "next"), Some(cursor));
    }

    #[test]
    fn query_param_never_panics(path in ".{0,60}", name in ".{0,5}") {
        let _ = query_param(&path, &name);
        let _ = set_limit(&path, 5);
    }
}
