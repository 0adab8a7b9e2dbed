package newsdesk.state;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlQuestionLogTest {
    @TempDir
    Path data;

    final MutableClock clock = MutableClock.at("2025-03-10T12:00:00Z");

    /** The database under test: SQLite in the data folder here, PostgreSQL in {@link SqlQuestionLogOnPostgresTest}. */
    StateDatabase open() {
        return StateDatabase.open(data, clock);
    }

    @Test
    void statsCountQuestionsPerDayDeclinesVotesAndTheMostFrequentUnansweredOfTheServer() {
        Instant day1 = Instant.parse("2025-03-08T09:00:00Z");
        Instant day2 = Instant.parse("2025-03-09T18:00:00Z");
        try (StateDatabase db = open()) {
            QuestionLog log = db.questions();
            log.record(asked("a1", "g", "How many died?", false, day1));
            log.record(asked("a2", "g", "Who won the vote?", true, day1));
            log.record(asked("a3", "g", "who won  the vote", true, day2));
            log.record(asked("a4", "g", "What is the weather?", true, day2));
            log.record(asked("a5", "other", "Who won the vote?", true, day2));
            log.record(asked("a6", "g", "Old question?", true, day1.minus(Duration.ofDays(30))));
            FeedbackStore votes = db.feedback();
            votes.record(new FeedbackVote("a1", true, "u1", null, null, day2));
            votes.record(new FeedbackVote("a1", true, "u2", null, null, day2));
            votes.record(new FeedbackVote("a2", false, "u1", null, null, day2));
            votes.record(new FeedbackVote("a5", false, "u1", null, null, day2));

            UsageStats stats = log.stats("g", clock.instant().minus(Duration.ofDays(7)));

            assertThat(stats.perDay()).isEqualTo(new TreeMap<>(Map.of(LocalDate.parse("2025-03-08"), 2,
                    LocalDate.parse("2025-03-09"), 2)));
            assertThat(stats.asked()).isEqualTo(4);
            assertThat(stats.declined()).isEqualTo(3);
            assertThat(stats.declineRate()).isEqualTo(0.75);
            assertThat(stats.helpful()).isEqualTo(2);
            assertThat(stats.notHelpful()).isEqualTo(1);
            assertThat(stats.unanswered()).containsExactly(new UsageStats.Unanswered("Who won the vote?", 2),
                    new UsageStats.Unanswered("What is the weather?", 1));
            assertThat(log.byAnswer("a3")).hasValueSatisfying(q -> assertThat(q.question()).isEqualTo("who won  the vote"));
            assertThat(log.byAnswer("zz")).isEmpty();
        }
    }

    @Test
    void questionsAskedTheSameWayShareAKey() {
        assertThat(SqlQuestionLog.key("  Who WON   the vote?? ")).isEqualTo(SqlQuestionLog.key("who won the vote"));
        assertThat(List.of(SqlQuestionLog.key("a b."))).containsExactly("a b");
    }

    private static AskedQuestion asked(String id, String guild, String question, boolean declined, Instant at) {
        return new AskedQuestion(id, guild, "c", "u", question, declined, "extractive", at);
    }
}
