use super::layout::narrowed;
use super::time::short_time;
use super::*;
use serde_json::json;
use unicode_width::UnicodeWidthStr;

const PIPE: Terminal = Terminal {
    tty: false,
    width: 80,
};

fn tty(width: u16) -> Terminal {
    Terminal { tty: true, width }
}

fn item(i: usize) -> Value {
    json!({
        "id": format!("id{i:04}"),
        "name": format!("A rather long item name that goes on and on, number {i}"),
        "resourceType": "app",
        "resourceSubType": if i.is_multiple_of(2) { "qvd" } else { "" },
        "spaceId": if i.is_multiple_of(3) { Value::Null } else { json!("space1") },
        "ownerId": "owner1",
        "updatedAt": "2024-03-01T10:20:30Z",
    })
}

#[test]
fn piped_tables_are_never_cut() {
    let mut rows = Rows::new(Shape::Items, PIPE);
    for i in 0..3 {
        rows.push(&item(i));
    }
    let out = rows.render(
        Terminal {
            tty: false,
            width: 40,
        },
        false,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert!(lines[0].starts_with("ID  "), "{out}");
    assert!(lines[1].contains("A rather long item name that goes on and on, number 0"));
    assert!(lines[1].contains("app/qvd"));
    assert!(lines[1].contains("(personal)"));
    assert!(lines[2].contains(" app "), "{out}");
    assert!(lines[2].contains("space1"));
    assert!(lines[1].contains("2024-03-01T10:20:30Z"));
}

#[test]
fn terminal_tables_fit_the_width() {
    let mut rows = Rows::new(Shape::Items, tty(60));
    for i in 0..3 {
        rows.push(&item(i));
    }
    let out = rows.render(tty(60), false);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    for l in &lines {
        assert!(UnicodeWidthStr::width(*l) <= 60, "too wide: {l}");
    }
    assert!(out.contains('…'), "{out}");
    // OWNER and SPACE are left out before NAME is cut; ids are never cut.
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["ID", "NAME", "TYPE"],
        "{out}"
    );
    assert!(lines[1].starts_with("id0000  A rather long"), "{out}");
}

#[test]
fn wide_characters_count_double() {
    let mut rows = Rows::new(Shape::Items, tty(60));
    let mut it = item(1);
    it["name"] = json!("販売分析ダッシュボード 2024");
    rows.push(&it);
    let out = rows.render(tty(60), false);
    for l in out.lines() {
        assert!(UnicodeWidthStr::width(l) <= 60, "too wide: {l}");
    }
}

#[test]
fn columns_stay_aligned_whatever_row_is_widest() {
    const CHUNK: usize = 512;
    let mut rows = Rows::new(Shape::Items, PIPE);
    // The longest name is in the last chunk only: the first chunks must still make room.
    for i in 0..(CHUNK * 2 + 7) {
        let mut it = item(i);
        let n = if i == CHUNK * 2 + 6 { 60 } else { i % 10 };
        it["name"] = json!("x".repeat(n));
        rows.push(&it);
    }
    let out = rows.render(
        Terminal {
            tty: false,
            width: 80,
        },
        false,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), CHUNK * 2 + 8);
    assert_eq!(lines.iter().filter(|l| l.starts_with("ID ")).count(), 1);
    // Every row's TYPE column starts where the header's does.
    let col = lines[0].find("TYPE").unwrap();
    for l in &lines[1..] {
        assert_eq!(&l[col..col + 3], "app", "{l}");
        assert_eq!(&l[col - 2..col], "  ", "{l}");
    }
}

/// A cell wider than comfy-table's u16 widths (which wrapped it) stays one line.
#[test]
fn a_cell_of_any_width_is_one_line() {
    let mut rows = Rows::new(Shape::Items, PIPE);
    let mut it = item(1);
    it["name"] = json!("x".repeat(200_000));
    rows.push(&it);
    rows.push(&item(2));
    let out = rows.render(
        Terminal {
            tty: false,
            width: 80,
        },
        false,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[1].contains(&"x".repeat(200_000)));
    let col = lines[0].find("TYPE").unwrap();
    assert_eq!(col, lines[1].find("app").unwrap());
    assert_eq!(col, lines[2].find("app").unwrap());
}

/// The first version of `fit`: one column narrowed by one at a time.
fn narrowed_stepwise(
    widths: &[usize],
    header: &[&str],
    keep_whole: &[usize],
    avail: usize,
) -> Vec<usize> {
    let n = header.len();
    let len = |s: &str| UnicodeWidthStr::width(s);
    let mut widths = widths.to_vec();
    let mut total: usize = widths.iter().sum();
    while total > avail {
        let widest = (0..n)
            .filter(|i| !keep_whole.contains(i) && widths[*i] > len(header[*i]).max(3))
            .max_by_key(|i| widths[*i]);
        let Some(i) = widest else { break };
        widths[i] -= 1;
        total -= 1;
    }
    widths
}

#[test]
fn narrowing_is_the_stepwise_narrowing() {
    let header = ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"];
    let keep = [0, 5];
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..1500 {
        let widths: Vec<usize> = (0..6)
            .map(|_| match rng.u8(0..4) {
                0 => rng.usize(0..6),
                1 => rng.usize(0..40),
                _ => rng.usize(0..120),
            })
            .collect();
        let avail = rng.usize(0..200);
        assert_eq!(
            narrowed(&widths, &header, &keep, avail),
            narrowed_stepwise(&widths, &header, &keep, avail),
            "{widths:?} in {avail}"
        );
    }
    // Millions of columns of excess are narrowed at once.
    let w = narrowed(&[24, 32_000_000, 3, 8, 24, 20], &header, &keep, 70);
    assert_eq!(w.iter().sum::<usize>(), 70);
    assert_eq!(w, [24, 8, 3, 8, 7, 20]);
}

#[test]
fn times_say_their_zone_and_odd_times_never_panic() {
    let st = |s: &str| short_time(s);
    assert_eq!(st("2024-03-01T10:20:30Z").unwrap(), "2024-03-01 10:20 UTC");
    assert_eq!(
        st("2024-03-01T10:20:30.123Z").unwrap(),
        "2024-03-01 10:20 UTC"
    );
    assert_eq!(st("2024-03-01T10:20Z").unwrap(), "2024-03-01 10:20 UTC");
    assert_eq!(
        st("2024-03-01T10:20:30.5+02:00").unwrap(),
        "2024-03-01 10:20 +02:00"
    );
    assert_eq!(
        st("2024-03-01T10:20:30+00:00").unwrap(),
        "2024-03-01 10:20 UTC"
    );
    for odd in [
        "2024-03-01T10:2é",
        "2024-03-01T10:20:30",
        "2024-03-01T10:20:30Zjunk",
        "2024-03-01T10:20:30+0200",
        "٢٠٢٤-03-01T10:20:30Z",
        "yesterday",
        "",
    ] {
        assert_eq!(st(odd), None, "{odd}");
    }
}

#[test]
fn empty_tables_print_nothing() {
    let out = Rows::new(Shape::Items, PIPE).render(PIPE, false);
    assert_eq!(out, "");
}

#[test]
fn columns_are_left_out_in_order_then_name_is_cut() {
    let mut it = item(1);
    it["name"] = json!("Quarterly sales");
    it["id"] = json!("1eddd5314073e9df18484de2");
    it["spaceId"] = json!("d9379c3d9d1c0b53b5a0a9af");
    it["ownerId"] = json!("5f1455fee1c1c39b24d41339");
    let heads = |width: u16, wide: bool| {
        let mut rows = Rows::new(Shape::Items, tty(width));
        rows.push(&it);
        let out = rows.render(tty(width), wide);
        for l in out.lines().filter(|_| !wide) {
            assert!(UnicodeWidthStr::width(l) <= usize::from(width), "{l}");
        }
        let head: Vec<String> = out
            .lines()
            .next()
            .unwrap()
            .split_whitespace()
            .map(String::from)
            .collect();
        (head, out)
    };
    let all = ["ID", "NAME", "TYPE", "SPACE", "OWNER", "UPDATED"];
    assert_eq!(heads(200, false).0, all);
    assert_eq!(
        heads(120, false).0,
        ["ID", "NAME", "TYPE", "SPACE", "UPDATED"]
    );
    assert_eq!(heads(90, false).0, ["ID", "NAME", "TYPE", "UPDATED"]);
    let (h, out) = heads(60, false);
    assert_eq!(h, ["ID", "NAME", "TYPE"]);
    assert!(out.contains("Quarterly sales"), "{out}");
    let (h, out) = heads(40, true);
    assert_eq!(h, all);
    assert!(out.contains("2024-03-01 10:20 UTC"), "{out}");
    // Narrower than the id: the line is cut at the edge, never wrapped.
    let (_, out) = heads(20, false);
    assert!(out.lines().nth(1).unwrap().ends_with('…'), "{out}");
}

#[test]
fn one_object_is_field_value_lines() {
    let v = json!({
        "id": "a1",
        "name": "Sales\u{1b}[2J",
        "description": "new text",
        "meta": {"tags": []},
        "spaceId": null,
        "updatedAt": "2024-03-01T10:20:30Z",
    });
    let out = Rows::object(Shape::Items, PIPE, &v).render(PIPE, false);
    assert_eq!(
        out,
        "FIELD        VALUE\n\
         id           a1\n\
         name         Sales\\u{1b}[2J\n\
         description  new text\n\
         meta         {\"tags\":[]}\n\
         spaceId\n\
         updatedAt    2024-03-01T10:20:30Z\n"
    );
    let out = Rows::object(Shape::Items, tty(20), &v).render(tty(20), false);
    assert!(out.contains("updatedAt    2024-0…\n"), "{out}");
    let out = Rows::object(Shape::Items, tty(20), &v).render(tty(20), true);
    assert!(out.contains("updatedAt    2024-03-01 10:20 UTC\n"), "{out}");
}

#[test]
fn settings_rows() {
    let mut rows = Rows::new(Shape::Settings, PIPE);
    rows.push(&json!({"usageMetricsEnabled": true}));
    let out = rows.render(
        Terminal {
            tty: false,
            width: 80,
        },
        false,
    );
    assert_eq!(
        out,
        "SETTING              VALUE\nusageMetricsEnabled  true\n"
    );
}
