package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import newsdesk.database.DatabaseSettings;
import newsdesk.state.LedgerEntry;
import newsdesk.state.NothingNew;
import newsdesk.state.StateDatabase;
import newsdesk.state.Subscription;
import newsdesk.state.SubscriptionRequest;
import newsdesk.testing.MutableClock;
import newsdesk.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot processes (two schedulers, each with its own connection) over one PostgreSQL ledger: every briefing is
 * posted once, whoever wins the claim, and a process that dies between claim and post is finished by the other.
 */
class BriefingsAcrossProcessesTest {
    private final MutableClock clock = MutableClock.at("2025-01-14T12:00:00Z");
    private final DatabaseSettings database = TestPostgres.freshDatabase();
    private final List<StateDatabase> open = new ArrayList<>();
    private final BriefingWriter writer = request -> LedgerDeliveryTest.oneStory(request.since(), clock.instant(),
            "News");

    @AfterEach
    void close() {
        open.forEach(StateDatabase::close);
    }

    private StateDatabase process() {
        StateDatabase db = StateDatabase.open(database, clock);
        open.add(db);
        return db;
    }

    private LedgerDelivery delivery(StateDatabase db, BriefingChannel channel, Predicate<String> servesGuild) {
        return new LedgerDelivery(db.subscriptions(), db.ledger(), writer, channel, BriefingSettings.DEFAULTS, clock,
                servesGuild);
    }

    private Subscription subscribe(StateDatabase db, String guild, String channel) {
        return db.subscriptions().upsert(new SubscriptionRequest(guild, channel, LocalTime.of(8, 0), ZoneId.of("UTC"),
                null, NothingNew.POST, "u1"), clock.instant());
    }

    @Test
    void aHundredRacesOfTwoSchedulersPostEachBriefingOnce() throws Exception {
        StateDatabase a = process();
        StateDatabase b = process();
        FakeChannel discord = new FakeChannel(clock);
        Subscription s = subscribe(a, "g1", "c1");
        LedgerDelivery first = delivery(a, discord, guild -> true);
        LedgerDelivery second = delivery(b, discord, guild -> true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int day = 0; day < 100; day++) {
                clock.set(Instant.parse("2025-01-15T08:00:30Z").plus(Duration.ofDays(day)).toString());
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> one = threads.submit(() -> {
                    start.await();
                    return first.runDue();
                });
                Future<Boolean> two = threads.submit(() -> {
                    start.await();
                    return second.runDue();
                });
                assertThat(one.get()).isTrue();
                assertThat(two.get()).isTrue();
                LocalDate date = LocalDate.parse("2025-01-15").plusDays(day);
                assertThat(a.ledger().entry(s.id(), date).orElseThrow().status()).isEqualTo(LedgerEntry.Status.POSTED);
            }
        } finally {
            threads.shutdownNow();
        }
        List<String> nonces = discord.in("c1").stream().map(FakeChannel.Message::nonce).toList();
        assertThat(nonces).as("one post per day, none twice, none missed").hasSize(100).doesNotHaveDuplicates();
    }

    @Test
    void aProcessKilledAfterPostingBeforeConfirmingIsFinishedByTheOtherWithoutASecondPost() {
        StateDatabase a = process();
        FakeChannel discord = new FakeChannel(clock);
        Subscription s = subscribe(a, "g1", "c1");
        clock.set("2025-01-15T08:00:10Z");
        discord.then(FakeChannel.Next.POST_THEN_CRASH);
        assertThatThrownBy(() -> delivery(a, discord, g -> true).runDue()).isInstanceOf(FakeChannel.Crash.class);
        a.close(); // the process is gone, its claim left behind

        StateDatabase b = process();
        LedgerDelivery survivor = delivery(b, discord, g -> true);
        clock.set("2025-01-15T08:01:00Z");
        survivor.runDue();
        assertThat(b.ledger().entry(s.id(), LocalDate.parse("2025-01-15")).orElseThrow().status())
                .as("the dead process's lease has not ended yet").isEqualTo(LedgerEntry.Status.CLAIMED);

        clock.set("2025-01-15T08:03:00Z");
        survivor.runDue();
        LedgerEntry e = b.ledger().entry(s.id(), LocalDate.parse("2025-01-15")).orElseThrow();
        assertThat(e.status()).isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(discord.in("c1")).hasSize(1);
        assertThat(e.messageId()).isEqualTo(discord.in("c1").get(0).id());
    }

    @Test
    void aProcessKilledBeforePostingIsFinishedByTheOtherWithOnePost() {
        StateDatabase a = process();
        FakeChannel discord = new FakeChannel(clock);
        Subscription s = subscribe(a, "g1", "c1");
        clock.set("2025-01-15T08:00:10Z");
        discord.then(FakeChannel.Next.CRASH_BEFORE_POST);
        assertThatThrownBy(() -> delivery(a, discord, g -> true).runDue()).isInstanceOf(FakeChannel.Crash.class);
        a.close();

        StateDatabase b = process();
        clock.set("2025-01-15T08:03:00Z");
        delivery(b, discord, g -> true).runDue();
        assertThat(b.ledger().entry(s.id(), LocalDate.parse("2025-01-15")).orElseThrow().status())
                .isEqualTo(LedgerEntry.Status.POSTED);
        assertThat(discord.in("c1")).hasSize(1);
    }

    @Test
    void onlyTheProcessServingAGuildPostsItsBriefings() {
        StateDatabase a = process();
        StateDatabase b = process();
        subscribe(a, "111", "c-of-111");
        subscribe(a, "222", "c-of-222");
        FakeChannel throughA = new FakeChannel(clock);
        FakeChannel throughB = new FakeChannel(clock);
        LedgerDelivery servesA = delivery(a, throughA, "111"::equals);
        LedgerDelivery servesB = delivery(b, throughB, "222"::equals);
        clock.set("2025-01-15T08:00:10Z");

        servesA.runDue();
        servesB.runDue();

        assertThat(throughA.messages).extracting(FakeChannel.Message::channelId).containsExactly("c-of-111");
        assertThat(throughB.messages).extracting(FakeChannel.Message::channelId).containsExactly("c-of-222");
        assertThat(servesA.nextDue()).isPresent();
        assertThat(servesA.nextDue().get()).isAfter(clock.instant());
    }
}
