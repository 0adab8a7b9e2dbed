package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsdesk.answer.Citation;
import newsdesk.state.LedgerEntry;
import newsdesk.state.NothingNew;
import newsdesk.state.StateDatabase;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;
import newsdesk.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery state machine, driven on the test's thread with a fake clock. */
class LedgerDeliveryTest {
    private static final String GUILD = "g1";

    @TempDir
    Path data;

    final MutableClock clock = MutableClock.at("2025-01-14T12:00:00Z");
    private final FakeChannel channel = new FakeChannel(clock);
    private final List<Instant> sinceAsked = new CopyOnWriteArrayList<>();
    private BriefingWriter writer = request -> {
        sinceAsked.add(request.since());
        Instant since = request.since();
        String topic = request.topic();
        return oneStory(since, clock.instant(), "Story for " + (topic == null ? "everyone" : topic));
    };
    private StateDatabase db;
    private LedgerDelivery delivery;
    private SubscriptionService subscriptions;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The ledger's database: SQLite here, PostgreSQL in {@link LedgerDeliveryOnPostgresTest}. */
    StateDatabase openDatabase() {
        return StateDatabase.open(data, clock);
    }

    private void open() {
        open(BriefingSettings.DEFAULTS);
    }

    private void open(BriefingSettings settings) {
        db = openDatabase();
        delivery = new LedgerDelivery(db.subscriptions(), db.ledger(), request -> writer.write(request),
                channel, settings, clock);
        subscriptions = new SubscriptionService(db.subscriptions(), db.ledger(), delivery, settings, clock);
    }

    /** A new process over the same database file: the old one is dropped without finishing anything. */
    private void restart() {
        db.close();
        open();
    }

    private Subscription subscribe(String channelId, String time, String zone) {
        return subscriptions.subscribe(new SubscriptionRequest(GUILD, channelId, LocalTime.parse(time), ZoneId.of(zone),
                null, null, "u1"));
    }

    private LedgerEntry entry(Subscription s, String date) {
        return db.ledger().entry(s.id(), LocalDate.parse(date)).orElseThrow();
    }

    static Briefing oneStory(Instant since, Instant now, String headline) {
        Citation c = new Citation(1, "a1", headline, "Wire", "2025-01-14", null, headline + ".");
        return new Briefing(since, now, null, List.of(new BriefingItem(headline, headline + ". [1]", List.of(c))),
                List.of());
    }

    @Test
    void postsOnceAtTheScheduledInstantAndThenWaitsForTomorrow() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-01-15T08:00:00Z"));

        clock.set("2025-01-15T07:59:59Z");
        delivery.runDue();
        assertThat(channel.messages).isEmpty();

        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        delivery.runDue();
        clock.set("2025-01-15T09:00:00Z");
        delivery.runDue();

        assertThat(channel.in("c1")).hasSize(1);
        FakeChannel.Message m = channel.in("c1").get(0);
        assertThat(m.content()).contains("Daily briefing · Wednesday 15 January 2025").doesNotContain("(late)")
                .endsWith("\n-# " + m.nonce());
        assertThat(m.nonce()).isEqualTo("b1.20250115.0");
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(e.messageId()).isEqualTo(m.id());
        assertThat(e.late()).isFalse();
        assertThat(sinceAsked).containsExactly(Instant.parse("2025-01-14T08:00:00Z"));
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-01-16T08:00:00Z"));
    }

    @Test
    void aTimeAlreadyPastWhenSubscribingIsNotPostedThatDay() {
        open();
        subscribe("c1", "08:00", "UTC");
        delivery.runDue();
        assertThat(channel.messages).isEmpty();
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-01-15T08:00:00Z"));
    }

    @Test
    void newYorkSpringForwardGapRunsAtTheSameInstantAfterTheGap() {
        clock.set("2025-03-08T12:00:00Z");
        open();
        Subscription s = subscribe("c1", "02:30", "America/New_York");
        // 02:30 does not exist on 9 March 2025 (02:00 EST -> 03:00 EDT); it runs at 03:30 EDT
        Instant expected = Instant.parse("2025-03-09T07:30:00Z");
        assertThat(delivery.nextDue()).contains(expected);
        assertThat(BriefingSchedule.runAt(s, LocalDate.parse("2025-03-09")).atZone(s.zone()).toLocalTime())
                .isEqualTo(LocalTime.of(3, 30));

        clock.set(expected.minusSeconds(1));
        delivery.runDue();
        assertThat(channel.messages).isEmpty();
        clock.set(expected);
        delivery.runDue();
        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-03-09").status()).isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-03-10T06:30:00Z"));
    }

    @Test
    void newYorkFallBackRepeatedTimeRunsOnceAtTheEarlierOffset() {
        clock.set("2025-11-01T12:00:00Z");
        open();
        Subscription s = subscribe("c1", "01:30", "America/New_York");
        Instant first = Instant.parse("2025-11-02T05:30:00Z");   // 01:30 EDT
        Instant second = Instant.parse("2025-11-02T06:30:00Z");  // 01:30 EST, an hour later
        assertThat(delivery.nextDue()).contains(first);

        clock.set(first);
        delivery.runDue();
        clock.set(second);
        delivery.runDue();
        clock.set(second.plusSeconds(600));
        delivery.runDue();

        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-11-02").scheduledAt()).isEqualTo(first);
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-11-03T06:30:00Z"));
    }

    @Test
    void londonGapAndOverlap() {
        clock.set("2025-03-29T12:00:00Z");
        open();
        Subscription s = subscribe("c1", "01:30", "Europe/London");
        // 30 March 2025: 01:00 GMT -> 02:00 BST, so 01:30 is 02:30 BST = 01:30Z
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-03-30T01:30:00Z"));
        clock.set("2025-03-30T01:30:00Z");
        delivery.runDue();
        assertThat(channel.messages).hasSize(1);
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-03-31T00:30:00Z"));

        // 26 October 2025: 02:00 BST -> 01:00 GMT, so 01:30 happens at 00:30Z and again at 01:30Z
        clock.set("2025-10-25T12:00:00Z");
        delivery.runDue();  // the months in between were "missed": only the latest is recorded, as a skip
        assertThat(entry(s, "2025-10-25").status()).isEqualTo(LedgerEntry.Status.SKIPPED);
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-10-26T00:30:00Z"));
        clock.set("2025-10-26T00:30:00Z");
        delivery.runDue();
        clock.set("2025-10-26T01:30:00Z");
        delivery.runDue();
        assertThat(channel.messages).hasSize(2);
        assertThat(entry(s, "2025-10-26").scheduledAt()).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
    }

    @Test
    void twoSubscriptionsInDifferentZonesDueAtTheSameInstantBothPostOnce() {
        open();
        subscribe("paris", "09:00", "Europe/Paris");
        subscribe("ny", "03:00", "America/New_York");
        Instant both = Instant.parse("2025-01-15T08:00:00Z");
        assertThat(delivery.nextDue()).contains(both);

        clock.set(both);
        delivery.runDue();
        delivery.runDue();

        assertThat(channel.in("paris")).hasSize(1);
        assertThat(channel.in("ny")).hasSize(1);
        assertThat(channel.in("paris").get(0).content()).contains("Wednesday 15 January");
        assertThat(channel.in("ny").get(0).content()).contains("Wednesday 15 January");
    }

    @Test
    void downtimeShorterThanTheCatchUpWindowPostsOnceMarkedLate() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");

        clock.set("2025-01-15T11:00:00Z");  // three hours late, within the default six
        restart();
        assertThat(delivery.nextDue()).contains(clock.instant());
        delivery.runDue();
        delivery.runDue();

        assertThat(channel.messages).hasSize(1);
        assertThat(channel.messages.get(0).content()).contains("(late)");
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.late()).isTrue();
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.POSTED);
    }

    @Test
    void downtimeLongerThanTheCatchUpWindowRecordsASkip() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");

        clock.set("2025-01-15T15:00:00Z");  // seven hours late
        restart();
        delivery.runDue();

        assertThat(channel.messages).isEmpty();
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.SKIPPED);
        assertThat(e.error()).contains("missed").contains("7 h").contains("catch-up window of 6 h");
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-01-16T08:00:00Z"));
        assertThat(subscriptions.list(GUILD).get(0).last().status()).isEqualTo(LedgerEntry.Status.SKIPPED);
    }

    @Test
    void restartAfterThePostLandedButBeforeItWasRecordedDoesNotPostAgain() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(FakeChannel.Next.POST_THEN_CRASH);
        clock.set("2025-01-15T08:00:00Z");
        assertThatThrownBy(delivery::runDue).isInstanceOf(FakeChannel.Crash.class);
        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.CLAIMED);

        // Discord's nonce de-duplication has long expired: only the look-up in the channel can prevent a repeat
        clock.set("2025-01-15T09:00:00Z");
        restart();
        delivery.runDue();
        delivery.runDue();

        assertThat(channel.messages).hasSize(1);
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(e.messageId()).isEqualTo(channel.messages.get(0).id());
        assertThat(channel.calls).containsSubsequence("post c1 b1.20250115.0", "find c1 b1.20250115.0");
        assertThat(channel.calls.stream().filter(c -> c.startsWith("post"))).hasSize(1);
    }

    @Test
    void restartAfterACrashBeforeThePostLandedPostsItOnce() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(FakeChannel.Next.CRASH_BEFORE_POST);
        clock.set("2025-01-15T08:00:00Z");
        assertThatThrownBy(delivery::runDue).isInstanceOf(FakeChannel.Crash.class);

        restart();
        delivery.runDue();
        assertThat(channel.messages).as("another process's fresh claim is left alone").isEmpty();
        assertThat(delivery.nextDue()).contains(Instant.parse("2025-01-15T08:02:00Z"));

        clock.set("2025-01-15T08:02:00Z");
        delivery.runDue();
        delivery.runDue();
        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.POSTED);
    }

    @Test
    void aMultiMessageBriefingInterruptedHalfwayPostsOnlyTheRestAfterARestart() {
        writer = request -> manyStories(request.since(), clock.instant(), 6);
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(FakeChannel.Next.POST_THEN_CRASH);
        clock.set("2025-01-15T08:00:00Z");
        assertThatThrownBy(delivery::runDue).isInstanceOf(FakeChannel.Crash.class);
        int total = db.ledger().messages(s.id(), LocalDate.parse("2025-01-15")).size();
        assertThat(total).as("one message and one continuation").isEqualTo(2);
        assertThat(channel.messages).hasSize(1);

        clock.set("2025-01-15T08:30:00Z");
        restart();
        delivery.runDue();

        assertThat(channel.messages).hasSize(total);
        assertThat(channel.messages).extracting(FakeChannel.Message::nonce).doesNotHaveDuplicates();
        assertThat(channel.messages).allSatisfy(m -> assertThat(m.content().length()).isLessThanOrEqualTo(2000));
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.POSTED);
    }

    @Test
    void aTimeoutAfterDiscordAcceptedThePostIsResolvedWithoutADuplicate() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(FakeChannel.Next.POST_BUT_TIME_OUT);
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        assertThat(entry(s, "2025-01-15").nextAttemptAt()).isEqualTo(Instant.parse("2025-01-15T08:00:30Z"));

        clock.set("2025-01-15T08:00:30Z");
        delivery.runDue();
        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.POSTED);
    }

    @Test
    void transientFailuresAreRetriedWithGrowingDelaysThenPosted() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(PostResult.transientFailure("503"), PostResult.transientFailure("503"),
                PostResult.transientFailure("503"));
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        List<Instant> retries = new ArrayList<>();
        for (int i = 0; i < 3 && entry(s, "2025-01-15").status() == LedgerEntry.Status.CLAIMED; i++) {
            Instant next = delivery.nextDue().orElseThrow();
            retries.add(next);
            clock.set(next.minusMillis(1));
            delivery.runDue();
            clock.set(next);
            delivery.runDue();
        }
        assertThat(retries).containsExactly(Instant.parse("2025-01-15T08:00:30Z"),
                Instant.parse("2025-01-15T08:01:30Z"), Instant.parse("2025-01-15T08:03:30Z"));
        assertThat(channel.messages).hasSize(1);
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(subscriptions.list(GUILD).get(0).subscription().lastError()).isNull();
    }

    @Test
    void transientFailuresStopAfterTheConfiguredAttemptsAndAreRecorded() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        for (int i = 0; i < 20; i++) {
            channel.then(PostResult.transientFailure("Discord 500"));
        }
        clock.set("2025-01-15T08:00:00Z");
        for (int i = 0; i < 20; i++) {
            delivery.runDue();
            clock.advance(Duration.ofMinutes(30));
        }
        long posts = channel.calls.stream().filter(c -> c.startsWith("post")).count();
        assertThat(posts).isEqualTo(BriefingSettings.DEFAULTS.postAttempts());
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.FAILED);
        assertThat(e.error()).contains("gave up after 5 attempts").contains("Discord 500");
        SubscriptionStatus listed = subscriptions.list(GUILD).get(0);
        assertThat(listed.subscription().lastError()).contains("Discord 500");
        assertThat(listed.subscription().enabled()).isTrue();
    }

    @Test
    void aBrokenChannelWhileResumingIsRetriedLaterNotAtOnce() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(FakeChannel.Next.CRASH_BEFORE_POST);
        clock.set("2025-01-15T08:00:00Z");
        assertThatThrownBy(delivery::runDue).isInstanceOf(FakeChannel.Crash.class);
        BriefingChannel broken = new BriefingChannel() {
            @Override
            public PostResult post(String guildId, String channelId, String content, String nonce) {
                throw new AssertionError("not reached");
            }

            @Override
            public PostResult findPosted(String guildId, String channelId, String nonce, Instant after) {
                return null;  // a broken adapter: treated as a transient failure
            }
        };
        db.close();
        db = openDatabase();
        delivery = new LedgerDelivery(db.subscriptions(), db.ledger(), writer, broken, BriefingSettings.DEFAULTS, clock);
        clock.set("2025-01-15T08:05:00Z");
        delivery.runDue();
        LedgerEntry e = entry(s, "2025-01-15");
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.CLAIMED);
        assertThat(e.nextAttemptAt()).isAfter(clock.instant());
        assertThat(delivery.nextDue()).contains(e.nextAttemptAt());
    }

    @Test
    void backoffDoublesAndIsCapped() {
        open();
        assertThat(delivery.retryDelay(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(delivery.retryDelay(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(delivery.retryDelay(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(delivery.retryDelay(30)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aMissingPermissionIsRecordedOnTheSubscriptionWithoutRetrying() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(PostResult.refused("Missing permission: MESSAGE_SEND"));
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        clock.set("2025-01-15T12:00:00Z");
        delivery.runDue();

        assertThat(channel.calls).hasSize(1);
        assertThat(entry(s, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.FAILED);
        SubscriptionStatus listed = subscriptions.list(GUILD).get(0);
        assertThat(listed.subscription().lastError()).contains("Missing permission");
        assertThat(listed.nextRun()).isEqualTo(Instant.parse("2025-01-16T08:00:00Z"));

        clock.set("2025-01-16T08:00:00Z");
        delivery.runDue();
        assertThat(channel.messages).hasSize(1);
        assertThat(subscriptions.list(GUILD).get(0).subscription().lastError()).isNull();
    }

    @Test
    void aDeletedChannelDisablesTheSubscription() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        channel.then(PostResult.channelGone("Unknown Channel"));
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        clock.set("2025-01-16T08:00:00Z");
        delivery.runDue();

        assertThat(channel.calls).hasSize(1);
        SubscriptionStatus listed = subscriptions.list(GUILD).get(0);
        assertThat(listed.subscription().enabled()).isFalse();
        assertThat(listed.subscription().lastError()).contains("channel gone").contains("disabled");
        assertThat(listed.nextRun()).isNull();
        assertThat(delivery.nextDue()).isEmpty();
    }

    @Test
    void nothingNewPostsOneShortLineOrSkipsPerSubscription() {
        writer = request -> new Briefing(request.since(), clock.instant(), request.topic(), List.of(), List.of());
        open();
        Subscription posting = subscribe("c1", "08:00", "UTC");
        Subscription skipping = subscriptions.subscribe(new SubscriptionRequest(GUILD, "c2", LocalTime.of(8, 0),
                ZoneId.of("UTC"), null, NothingNew.SKIP, "u1"));
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();

        assertThat(channel.in("c1")).hasSize(1);
        String text = channel.in("c1").get(0).content();
        assertThat(text.lines().count()).isEqualTo(2);
        assertThat(text).contains("nothing new since Tue 14 Jan 2025 08:00 UTC");
        assertThat(channel.in("c2")).isEmpty();
        assertThat(entry(skipping, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.SKIPPED);
        assertThat(entry(skipping, "2025-01-15").error()).isEqualTo("nothing new");
        assertThat(entry(posting, "2025-01-15").status()).isEqualTo(LedgerEntry.Status.POSTED);
    }

    @Test
    void subscribingAgainUpdatesAndUnsubscribingStopsIt() {
        open();
        Subscription s = subscribe("c1", "08:00", "UTC");
        Subscription again = subscriptions.subscribe(new SubscriptionRequest(GUILD, "c1", LocalTime.of(18, 0),
                ZoneId.of("Europe/Paris"), "energy", null, "u2"));
        assertThat(again.id()).isEqualTo(s.id());
        assertThat(again.topic()).isEqualTo("energy");
        assertThat(subscriptions.list(GUILD)).singleElement()
                .satisfies(st -> assertThat(st.nextRun()).isEqualTo(Instant.parse("2025-01-14T17:00:00Z")));

        assertThat(subscriptions.unsubscribe(GUILD, "c1")).isTrue();
        assertThat(subscriptions.unsubscribe(GUILD, "c1")).isFalse();
        assertThat(subscriptions.list(GUILD)).isEmpty();
        assertThat(delivery.nextDue()).isEmpty();
        clock.set("2025-01-14T17:00:00Z");
        delivery.runDue();
        assertThat(channel.messages).isEmpty();
    }

    @Test
    void theNextBriefingIsToldWhatThePreviousOneSaid() {
        List<BriefingRequest> asked = new ArrayList<>();
        writer = request -> {
            asked.add(request);
            return oneStory(request.since(), clock.instant(), "Story of " + request.since());
        };
        open();
        subscribe("c1", "08:00", "UTC");
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        clock.set("2025-01-16T08:00:00Z");
        delivery.runDue();

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).alreadySaid()).isEmpty();
        assertThat(asked.get(0).basis()).isEqualTo(BriefingRequest.Basis.ARRIVAL);
        assertThat(asked.get(1).alreadySaid()).containsExactlyElementsOf(
                channel.in("c1").subList(0, 1).stream().map(FakeChannel.Message::content).toList());
    }

    @Test
    void aTopicReachesTheWriter() {
        List<String> topics = new ArrayList<>();
        writer = request -> {
            topics.add(request.topic());
            return oneStory(request.since(), clock.instant(), "x");
        };
        open();
        subscriptions.subscribe(new SubscriptionRequest(GUILD, "c1", LocalTime.of(8, 0), ZoneId.of("UTC"), " energy ",
                null, "u1"));
        clock.set("2025-01-15T08:00:00Z");
        delivery.runDue();
        assertThat(topics).containsExactly("energy");
    }

    static Briefing manyStories(Instant since, Instant now, int count) {
        List<BriefingItem> items = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < count; i++) {
            List<Citation> citations = new ArrayList<>();
            StringBuilder summary = new StringBuilder();
            for (int j = 0; j < 4; j++) {
                String sentence = ("Sentence " + j + " of story " + i + " is long enough to fill space. ").repeat(4).strip();
                citations.add(new Citation(n, "a" + i, "Story " + i, "Wire", "2025-01-14", null, sentence));
                summary.append(summary.length() == 0 ? "" : " ").append(sentence).append(" [").append(n++).append(']');
            }
            items.add(new BriefingItem("Story " + i, summary.toString(), citations));
        }
        return new Briefing(since, now, null, items, List.of());
    }
}
