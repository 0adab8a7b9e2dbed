package newsdesk.state;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFeedbackStoreTest {
    @TempDir
    Path data;

    @Test
    void votesSurviveAReopenNewestFirst() {
        MutableClock clock = MutableClock.at("2025-01-14T12:00:00Z");
        try (StateDatabase db = StateDatabase.open(data, clock)) {
            FeedbackStore store = db.feedback();
            store.record(new FeedbackVote("a1", true, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:00:00Z")));
            store.record(new FeedbackVote("a2", false, "u2", null, null, Instant.parse("2025-01-14T12:05:00Z")));
        }
        try (StateDatabase db = StateDatabase.open(data, clock)) {
            assertThat(db.feedback().recent(10)).containsExactly(
                    new FeedbackVote("a2", false, "u2", null, null, Instant.parse("2025-01-14T12:05:00Z")),
                    new FeedbackVote("a1", true, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:00:00Z")));
            assertThat(db.feedback().recent(1)).hasSize(1);
        }
    }
}
