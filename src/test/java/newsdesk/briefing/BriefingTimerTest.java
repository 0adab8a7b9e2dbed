package newsdesk.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import newsdesk.state.NothingNew;
import newsdesk.state.StateDatabase;
import newsdesk.state.SubscriptionRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timer's own thread; what it runs is tested without a thread in {@link LedgerDeliveryTest}. */
class BriefingTimerTest {
    @TempDir
    Path data;

    private StateDatabase db;
    private BriefingTimer timer;

    @AfterEach
    void close() {
        if (timer != null) {
            timer.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theThreadWakesAtTheDueInstant() throws Exception {
        // a clock running in real time from 07:59:59: the briefing is due one second after start
        Instant start = Instant.parse("2025-01-15T07:59:59Z");
        long offset = start.toEpochMilli() - System.currentTimeMillis();
        Clock ticking = Clock.offset(Clock.systemUTC(), Duration.ofMillis(offset));
        db = StateDatabase.open(data, ticking);
        FakeChannel live = new FakeChannel(ticking);
        LedgerDelivery delivery = new LedgerDelivery(db.subscriptions(), db.ledger(),
                request -> LedgerDeliveryTest.oneStory(request.since(), ticking.instant(), "x"), live,
                BriefingSettings.DEFAULTS, ticking);
        timer = new BriefingTimer(delivery, new SubscriptionService(db.subscriptions(), db.ledger(), delivery,
                BriefingSettings.DEFAULTS, ticking), BriefingSettings.DEFAULTS.retryDelay(), ticking);
        db.subscriptions().upsert(new SubscriptionRequest("g1", "c1", LocalTime.of(8, 0), ZoneId.of("UTC"),
                null, NothingNew.POST, "u1"), Instant.parse("2025-01-14T00:00:00Z"));
        timer.start();
        long deadline = System.currentTimeMillis() + 60_000; // a condition; the bound only stops a hung run
        while (live.messages.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(live.messages).hasSize(1);
        assertThat(live.messages.get(0).at()).isAfterOrEqualTo(Instant.parse("2025-01-15T08:00:00Z"));
    }
}
