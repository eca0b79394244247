use super::*;

fn pacer(tier1: Option<u32>, tier2: Option<u32>) -> Arc<Pacer> {
    Arc::new(Pacer::new(tier1, tier2, None))
}

/// A pacer whose `-v` lines are kept.
fn logged(tier1: Option<u32>) -> (Arc<Pacer>, Arc<Mutex<Vec<String>>>) {
    let lines = Arc::new(Mutex::new(Vec::new()));
    let l = lines.clone();
    let log: PacerLog = Arc::new(move |s: &str| l.lock().unwrap().push(s.to_string()));
    (Arc::new(Pacer::new(tier1, None, Some(log))), lines)
}

async fn go(p: &Arc<Pacer>, tier: Tier) -> Slot {
    p.wait(tier).await.expect("not closed")
}

/// Whether a request of `tier` starts within `d` (it is cancelled if not).
async fn starts_within(p: &Arc<Pacer>, tier: Tier, d: Duration) -> bool {
    tokio::time::timeout(d, p.wait(tier)).await.is_ok()
}

/// The time a request of `tier` starts, from a task of its own.
fn start_time(p: &Arc<Pacer>, tier: Tier) -> tokio::task::JoinHandle<Instant> {
    let p = p.clone();
    tokio::spawn(async move {
        let slot = p.wait(tier).await.expect("not closed");
        std::mem::forget(slot);
        Instant::now()
    })
}

#[test]
fn reads_are_tier_1_and_everything_else_tier_2() {
    use reqwest::Method;
    assert_eq!(Tier::of(&Method::GET), Tier::Read);
    assert_eq!(Tier::of(&Method::HEAD), Tier::Read);
    for m in [Method::PUT, Method::DELETE, Method::PATCH, Method::POST] {
        assert_eq!(Tier::of(&m), Tier::Write, "{m}");
    }
    assert_eq!((Tier::Read.number(), Tier::Write.number()), (1, 2));
}

#[tokio::test(start_paused = true)]
async fn paces_at_the_configured_rate() {
    let p = pacer(Some(600), None);
    let t0 = Instant::now();
    for _ in 0..5 {
        go(&p, Tier::Read).await;
    }
    // 600/min, less 2% = one every 102 ms: the fifth starts 408 ms after the first.
    assert_eq!(Instant::now() - t0, Duration::from_millis(408));
    // Writes are not paced here.
    let t1 = Instant::now();
    for _ in 0..5 {
        go(&p, Tier::Write).await;
    }
    assert_eq!(Instant::now(), t1);
    // After a rest, no burst: the next two are a slot apart again.
    tokio::time::sleep(Duration::from_secs(5)).await;
    let t2 = Instant::now();
    go(&p, Tier::Read).await;
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now() - t2, Duration::from_millis(102));
}

#[tokio::test(start_paused = true)]
async fn a_pause_holds_the_whole_tier() {
    let p = pacer(None, None);
    p.pause(Tier::Read, Duration::from_secs(3));
    // A shorter pause does not shorten it.
    p.pause(Tier::Read, Duration::from_secs(1));
    let t0 = Instant::now();
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(3));
    go(&p, Tier::Write).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn a_pause_past_is_no_burst_credit() {
    let p = pacer(Some(600), None);
    p.pause(Tier::Read, Duration::from_secs(1));
    tokio::time::sleep(Duration::from_secs(5)).await;
    let t0 = Instant::now();
    for _ in 0..3 {
        go(&p, Tier::Read).await;
    }
    assert_eq!(Instant::now() - t0, Duration::from_millis(204));
}

#[tokio::test(start_paused = true)]
async fn announced_budgets_are_followed() {
    // A steady 60/min is configured, but the service's headers take over.
    let p = pacer(None, Some(60));
    let t0 = Instant::now();
    go(&p, Tier::Write)
        .await
        .answered(Some((3, 2, t0 + Duration::from_secs(10))));
    // Two left in the window: they start at once.
    for _ in 0..2 {
        go(&p, Tier::Write).await.answered(None);
    }
    assert_eq!(Instant::now(), t0);
    // The fourth waits for the window's end.
    let _a = go(&p, Tier::Write).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(10));
    // A new window of 3: two more start at once, the next waits for an answer.
    let _b = go(&p, Tier::Write).await;
    let _c = go(&p, Tier::Write).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(10));
    assert!(
        !starts_within(&p, Tier::Write, Duration::from_secs(1)).await,
        "a fourth request in a window of three started"
    );
}

#[tokio::test(start_paused = true)]
async fn a_new_window_forgets_the_old_reset() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    let end = t0 + Duration::from_secs(5);
    go(&p, Tier::Read).await.answered(Some((2, 0, end)));
    // The window of 5 s ends: two start, and no more before the next window's end, which
    // was not announced: one window (5 s) later.
    let mut a = go(&p, Tier::Read).await;
    assert_eq!(Instant::now(), end);
    let mut b = go(&p, Tier::Read).await;
    assert_eq!(Instant::now(), end);
    a.answered(None);
    b.answered(None);
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now(), end + Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn an_unannounced_window_follows_the_last_or_starts_now() {
    // (rest, wait for the window after): 7 s is within the window after the announced one.
    for (rest, left) in [(7, 3), (10, 5), (30, 5)] {
        let p = pacer(None, None);
        let t0 = Instant::now();
        go(&p, Tier::Read)
            .await
            .answered(Some((2, 0, t0 + Duration::from_secs(5))));
        // Idle past the announced window's end, or past the one after (10 s: exactly at
        // its end).
        tokio::time::sleep_until(t0 + Duration::from_secs(rest)).await;
        let now = Instant::now();
        go(&p, Tier::Read).await.answered(None);
        go(&p, Tier::Read).await.answered(None);
        assert_eq!(Instant::now(), now);
        go(&p, Tier::Read).await;
        assert_eq!(
            Instant::now() - now,
            Duration::from_secs(left),
            "rest {rest}"
        );
    }
}

#[tokio::test(start_paused = true)]
async fn a_limit_of_zero_lets_one_request_a_window_through() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((0, 0, t0 + Duration::from_millis(300))));
    go(&p, Tier::Read).await.answered(None);
    assert_eq!(Instant::now() - t0, Duration::from_millis(300));
    // A window shorter than a second is taken as one second.
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now() - t0, Duration::from_millis(1300));
}

#[tokio::test(start_paused = true)]
async fn answers_in_flight_are_awaited_before_the_window_end() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    let end = t0 + Duration::from_secs(5);
    // Three in flight; the first answer says 2 left: the other two may be counted or not.
    let mut slots = Vec::new();
    for _ in 0..3 {
        slots.push(go(&p, Tier::Read).await);
    }
    slots[0].answered(Some((10, 2, end)));
    // Taken as uncounted: nothing more starts while they are in flight...
    assert!(!starts_within(&p, Tier::Read, Duration::from_millis(100)).await);
    // ...and when they answer (both counted already: still 2 left), two more start now.
    slots[1].answered(Some((10, 2, end)));
    // An older answer (3 left) changes nothing.
    slots[2].answered(Some((10, 3, end)));
    let before = Instant::now();
    for _ in 0..2 {
        go(&p, Tier::Read).await.answered(None);
    }
    assert_eq!(Instant::now(), before);
    // The next waits for the window's end.
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now(), end);
}

#[tokio::test(start_paused = true)]
async fn a_held_request_resumes_when_an_answer_frees_it() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    let end = t0 + Duration::from_secs(60);
    let mut a = go(&p, Tier::Write).await;
    let mut b = go(&p, Tier::Write).await;
    a.answered(Some((10, 1, end)));
    // One left and one in flight: held.
    let held = start_time(&p, Tier::Write);
    tokio::time::sleep(Duration::from_millis(2005)).await;
    assert!(!held.is_finished());
    // The answer says one is still left: the held request starts at that moment.
    b.answered(Some((10, 1, end)));
    let started = tokio::time::timeout(Duration::from_secs(1), held)
        .await
        .expect("resumed")
        .unwrap();
    assert_eq!(started - t0, Duration::from_millis(2005));
}

#[tokio::test(start_paused = true)]
async fn answers_of_the_same_window_within_a_second() {
    // An answer with more left than known counts only when its reset is a second or more
    // away from the known one (another window).
    for (moved_ms, later, new_window) in [
        (999, true, false),
        (1000, true, true),
        (999, false, false),
        (1000, false, true),
    ] {
        let p = pacer(None, None);
        let t0 = Instant::now();
        let reset = t0 + Duration::from_secs(30);
        let moved = Duration::from_millis(moved_ms);
        let other = if later { reset + moved } else { reset - moved };
        let mut a = go(&p, Tier::Read).await;
        let mut b = go(&p, Tier::Read).await;
        a.answered(Some((10, 1, reset)));
        b.answered(Some((10, 5, other)));
        let mut n = 0;
        while n < 10 && starts_within(&p, Tier::Read, Duration::from_millis(10)).await {
            n += 1;
        }
        let expected = if new_window { 5 } else { 1 };
        assert_eq!(n, expected, "moved {moved_ms} ms, later {later}");
    }
}

#[tokio::test(start_paused = true)]
async fn the_latest_answer_of_a_window_sets_its_end() {
    // Two answers of one window with the same count, their resets half a second apart:
    // the one processed last tells the end.
    let p = pacer(None, None);
    let t0 = Instant::now();
    let reset = t0 + Duration::from_secs(30);
    let mut a = go(&p, Tier::Read).await;
    let mut b = go(&p, Tier::Read).await;
    a.answered(Some((10, 0, reset)));
    b.answered(Some((10, 0, reset + Duration::from_millis(500))));
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now(), reset + Duration::from_millis(500));
}

#[tokio::test(start_paused = true)]
async fn a_reset_already_past_counts_the_request() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((5, 1, t0 + Duration::from_secs(60))));
    go(&p, Tier::Read)
        .await
        .answered(Some((5, 3, Instant::now())));
    assert!(!starts_within(&p, Tier::Read, Duration::from_secs(1)).await);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_request_gives_its_place_back() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    let end = t0 + Duration::from_secs(5);
    go(&p, Tier::Read).await.answered(Some((1, 1, end)));
    // Started and cancelled (e.g. a read-ahead the listing no longer wants): counted.
    drop(go(&p, Tier::Read).await);
    let started = tokio::time::timeout(Duration::from_secs(60), start_time(&p, Tier::Read))
        .await
        .expect("the place came back")
        .unwrap();
    assert_eq!(started, end);
}

#[tokio::test(start_paused = true)]
async fn a_request_cancelled_before_it_started_is_not_counted() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((5, 1, t0 + Duration::from_secs(60))));
    p.pause(Tier::Read, Duration::from_secs(3));
    // Waiting for the pause's end, it is given up.
    assert!(!starts_within(&p, Tier::Read, Duration::from_secs(1)).await);
    go(&p, Tier::Read).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn a_refused_connection_is_not_counted_a_lost_answer_is() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((5, 1, t0 + Duration::from_secs(60))));
    go(&p, Tier::Read).await.unanswered(false);
    go(&p, Tier::Read).await.unanswered(true);
    assert_eq!(Instant::now(), t0);
    assert!(!starts_within(&p, Tier::Read, Duration::from_secs(1)).await);
}

#[tokio::test(start_paused = true)]
async fn a_slot_is_given_back_once() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((5, 3, t0 + Duration::from_secs(60))));
    // Told, then dropped: one place, not two.
    let mut s = go(&p, Tier::Read).await;
    s.answered(None);
    s.answered(None);
    drop(s);
    let mut s = go(&p, Tier::Read).await;
    s.unanswered(true);
    s.unanswered(true);
    drop(s);
    // 3 left, 2 used: one more starts at once.
    assert!(starts_within(&p, Tier::Read, Duration::from_millis(10)).await);
}

#[tokio::test(start_paused = true)]
async fn closing_ends_every_wait_at_once() {
    let p = pacer(Some(6), None);
    let t0 = Instant::now();
    // One held for the window, one for the steady rate, one in a retry's pause.
    go(&p, Tier::Write)
        .await
        .answered(Some((1, 0, t0 + Duration::from_secs(60))));
    let held = {
        let p = p.clone();
        tokio::spawn(async move { p.wait(Tier::Write).await.err() })
    };
    go(&p, Tier::Read).await;
    let paced = {
        let p = p.clone();
        tokio::spawn(async move { p.wait(Tier::Read).await.err() })
    };
    let sleeping = {
        let p = p.clone();
        tokio::spawn(async move { p.sleep(Duration::from_secs(30)).await })
    };
    tokio::time::sleep(Duration::from_secs(1)).await;
    p.close();
    assert_eq!(held.await.unwrap(), Some(Closed));
    assert_eq!(paced.await.unwrap(), Some(Closed));
    sleeping.await.unwrap();
    assert_eq!(Instant::now() - t0, Duration::from_secs(1));
    // Nothing starts any more, and a pause is not waited.
    assert!(p.wait(Tier::Write).await.is_err());
    p.sleep(Duration::from_secs(30)).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn a_retry_pause_lasts_its_time() {
    let p = pacer(None, None);
    let t0 = Instant::now();
    p.sleep(Duration::from_secs(3)).await;
    assert_eq!(Instant::now() - t0, Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn waits_are_logged_once_with_their_reason() {
    let (p, lines) = logged(None);
    let t0 = Instant::now();
    let mut a = go(&p, Tier::Read).await;
    let mut b = go(&p, Tier::Read).await;
    a.answered(Some((4, 1, t0 + Duration::from_millis(4200))));
    // Two held together, while one answer is to come: one line.
    let h1 = start_time(&p, Tier::Read);
    let h2 = start_time(&p, Tier::Read);
    tokio::time::sleep(Duration::from_millis(100)).await;
    b.answered(None);
    let _ = (h1.await, h2.await);
    // A 429's pause.
    p.pause(Tier::Read, Duration::from_secs(2));
    go(&p, Tier::Read).await;
    assert_eq!(
        *lines.lock().unwrap(),
        [
            "pacer: tier 1 budget used up, waiting for 1 request in flight to answer (at most 4.2 s, when the window resets)",
            "pacer: tier 1 budget used up, waiting 4.1 s for the window to reset",
            "pacer: tier 1 paused after a 429, waiting 2.0 s",
        ]
    );
    // A window whose end was not announced.
    let (p, lines) = logged(None);
    let t0 = Instant::now();
    go(&p, Tier::Read)
        .await
        .answered(Some((1, 0, t0 + Duration::from_secs(5))));
    go(&p, Tier::Read).await.answered(None);
    go(&p, Tier::Read).await;
    assert_eq!(
        *lines.lock().unwrap(),
        [
            "pacer: tier 1 budget used up, waiting 5.0 s for the window to reset",
            "pacer: tier 1 budget used up, waiting 5.0 s for the window to reset (its end was not announced: assumed from the longest window seen)",
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn steady_waits_are_logged_from_a_second_on() {
    let (p, lines) = logged(Some(600));
    for _ in 0..3 {
        go(&p, Tier::Read).await;
    }
    assert!(lines.lock().unwrap().is_empty());
    // 51 a minute: 1.2 s apart; asked 0.2 s after the last, the next waits 1.0 s.
    let (p, lines) = logged(Some(51));
    go(&p, Tier::Read).await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    go(&p, Tier::Read).await;
    assert_eq!(
        *lines.lock().unwrap(),
        ["pacer: tier 1 paced at 51 requests a minute, waiting 1.0 s"]
    );
    // Several in flight: the plural.
    let (p, lines) = logged(None);
    let t0 = Instant::now();
    let mut a = go(&p, Tier::Read).await;
    let _b = go(&p, Tier::Read).await;
    let _c = go(&p, Tier::Read).await;
    a.answered(Some((4, 1, t0 + Duration::from_secs(3))));
    assert!(!starts_within(&p, Tier::Read, Duration::from_millis(10)).await);
    assert_eq!(
        *lines.lock().unwrap(),
        [
            "pacer: tier 1 budget used up, waiting for 2 requests in flight to answer (at most 3.0 s, when the window resets)"
        ]
    );
}

#[test]
fn reset_forms() {
    let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let before = Instant::now();
    let a = reset_instant(1_700_000_010, now);
    let b = reset_instant(10, now);
    // Nonsense values neither overflow nor wait for ever.
    let far = reset_instant(u64::MAX, now);
    assert!(far - before <= Duration::from_secs(601));
    for i in [a, b] {
        let d = i - before;
        assert!(
            d >= Duration::from_secs(10) && d < Duration::from_secs(11),
            "{d:?}"
        );
    }
}

#[test]
fn reset_values_below_a_year_are_seconds_from_now() {
    let now = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let year = 365 * 24 * 3600;
    // Just below a year: a delay (capped at 600 s); from a year on: a time, long past.
    let before = Instant::now();
    let delay = reset_instant(year - 1, now) - before;
    assert!(delay >= MAX_RESET_WAIT, "{delay:?}");
    let after = Instant::now();
    let past = reset_instant(year, now) - after;
    assert!(
        past <= RESET_MARGIN + Duration::from_millis(100),
        "{past:?}"
    );
    // In between the two readings of the clock.
    let mid = reset_instant(100_000, now) - Instant::now();
    assert!(mid >= MAX_RESET_WAIT, "{mid:?}");
}

#[test]
fn tiers_follow_the_method_on_known_paths_and_are_conservative_elsewhere() {
    use reqwest::Method;
    assert_eq!(
        Tier::for_path(&Method::GET, "/api/v1/items?limit=5"),
        Tier::Read
    );
    assert_eq!(
        Tier::for_path(&Method::GET, "/api/v1/items/x/collections"),
        Tier::Read
    );
    assert_eq!(Tier::for_path(&Method::GET, "/api/v1/users/me"), Tier::Read);
    assert_eq!(Tier::for_path(&Method::PUT, "/api/v1/items/x"), Tier::Write);
    assert_eq!(
        Tier::for_path(&Method::DELETE, "/api/v1/collections/c"),
        Tier::Write
    );
    // Unknown paths, and paths that only begin like a known one.
    assert_eq!(Tier::for_path(&Method::GET, "/api/v1/spaces"), Tier::Write);
    assert_eq!(Tier::for_path(&Method::GET, "/api/v1/itemsx"), Tier::Write);
    assert_eq!(Tier::for_path(&Method::HEAD, "/api/v1/apps/a"), Tier::Write);
}
