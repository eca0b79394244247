//! Times as a table on a terminal shows them: to the minute, with their zone.

/// `2024-03-01T10:20:30.123Z` as `2024-03-01 10:20 UTC`, `…T10:20:30+02:00` as
/// `2024-03-01 10:20 +02:00`; `None` for other text (a time without its zone included).
pub(super) fn short_time(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if !(b.len() >= 17
        && s.is_ascii()
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && matches!(b[10], b'T' | b't' | b' ')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16))
    {
        return None;
    }
    // The zone: after the seconds and their fraction, if any.
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
    }
    let zone = &s[i..];
    let zone = match zone {
        "Z" | "z" => "UTC",
        _ if zone.len() == 6
            && matches!(zone.as_bytes()[0], b'+' | b'-')
            && zone.as_bytes()[3] == b':'
            && zone
                .bytes()
                .enumerate()
                .all(|(k, c)| k == 0 || k == 3 || c.is_ascii_digit()) =>
        {
            if zone == "+00:00" || zone == "-00:00" {
                "UTC"
            } else {
                zone
            }
        }
        _ => return None,
    };
    Some(format!("{} {} {zone}", &s[..10], &s[11..16]))
}
