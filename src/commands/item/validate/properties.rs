use super::types::TypeFilter;
use super::*;
use proptest::prelude::*;

fn filter() -> impl Strategy<Value = TypeFilter> {
    (
        "[a-z][a-z-]{0,12}",
        proptest::option::of(proptest::collection::vec("[a-z0-9-]{0,8}", 1..4)),
    )
        .prop_map(|(resource_type, subtypes)| TypeFilter {
            resource_type,
            subtypes,
        })
}

fn render(filters: &[TypeFilter]) -> String {
    filters
        .iter()
        .map(|f| match &f.subtypes {
            Some(s) => format!("{}[{}]", f.resource_type, s.join(",")),
            None => f.resource_type.clone(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, rng_seed: proptest::test_runner::RngSeed::Fixed(7), ..ProptestConfig::default() })]

    #[test]
    fn resource_type_syntax_round_trips(filters in proptest::collection::vec(filter(), 1..5)) {
        prop_assert_eq!(resource_types(&render(&filters)), Ok(filters));
    }

    #[test]
    fn resource_type_parser_never_panics(text in ".{0,40}") {
        let _ = resource_types(&text);
    }

    #[test]
    fn whatever_parses_renders_back_the_same(text in "[a-z,\\[\\] ]{0,30}") {
        if let Ok(filters) = resource_types(&text) {
            prop_assert_eq!(resource_types(&render(&filters)), Ok(filters));
        }
    }
}
