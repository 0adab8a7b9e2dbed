package newsdesk.state;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFeedbackStoreTest {
    @TempDir
    Path data;

    final MutableClock clock = MutableClock.at("2025-01-14T12:00:00Z");

    /** The database under test: SQLite in the data folder here, PostgreSQL in {@link SqlFeedbackStoreOnPostgresTest}. */
    StateDatabase open() {
        return StateDatabase.open(data, clock);
    }

    /** A plain connection to the database {@link #open} opens, before any migration. */
    Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(StateDatabase.FILE_NAME));
    }

    @Test
    void votesSurviveAReopenNewestFirst() {
        try (StateDatabase db = open()) {
            FeedbackStore store = db.feedback();
            store.record(new FeedbackVote("a1", true, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:00:00Z")));
            store.record(new FeedbackVote("a2", false, "u2", null, null, Instant.parse("2025-01-14T12:05:00Z"), "old news"));
        }
        try (StateDatabase db = open()) {
            assertThat(db.feedback().recent(10)).containsExactly(
                    new FeedbackVote("a2", false, "u2", null, null, Instant.parse("2025-01-14T12:05:00Z"), "old news"),
                    new FeedbackVote("a1", true, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:00:00Z")));
            assertThat(db.feedback().recent(1)).hasSize(1);
        }
    }

    @Test
    void aReaderHasOneVotePerAnswerAndAChangedVoteReplacesTheEarlierOne() {
        try (StateDatabase db = open()) {
            FeedbackStore store = db.feedback();
            store.record(new FeedbackVote("a1", true, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:00:00Z")));
            store.record(new FeedbackVote("a1", true, "u1", null, null, Instant.parse("2025-01-14T12:01:00Z")));
            store.record(new FeedbackVote("a1", false, "u1", null, null, Instant.parse("2025-01-14T12:02:00Z")));
            store.record(new FeedbackVote("a1", false, "u1", null, null, Instant.parse("2025-01-14T12:03:00Z"), "wrong"));
            store.record(new FeedbackVote("a1", true, "u2", null, null, Instant.parse("2025-01-14T12:04:00Z")));

            assertThat(store.recent(10)).containsExactly(
                    new FeedbackVote("a1", true, "u2", null, null, Instant.parse("2025-01-14T12:04:00Z")),
                    new FeedbackVote("a1", false, "u1", "How many?", "23 [1]", Instant.parse("2025-01-14T12:03:00Z"),
                            "wrong"));
        }
    }

    @Test
    void votesRecordedBeforeTheOneVoteRuleKeepTheLatestOfEachReader() throws Exception {
        try (Connection c = raw()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, "
                        + "description VARCHAR(200) NOT NULL, applied_at BIGINT NOT NULL)");
            }
            for (int v = 1; v <= 4; v++) {
                apply(c, Migrations.SCRIPTS.get(v - 1), v);
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO feedback VALUES ('a1', 'helpful', 'u1', 'q', 'a', 1000)");
                s.execute("INSERT INTO feedback VALUES ('a1', 'not_helpful', 'u1', 'q', 'a', 2000)");
                s.execute("INSERT INTO feedback VALUES ('a1', 'helpful', 'u2', NULL, NULL, 1500)");
            }
        }
        try (StateDatabase db = open()) {
            assertThat(db.feedback().recent(10)).containsExactly(
                    new FeedbackVote("a1", false, "u1", "q", "a", Instant.ofEpochMilli(2000)),
                    new FeedbackVote("a1", true, "u2", null, null, Instant.ofEpochMilli(1500)));
        }
    }

    private static void apply(Connection c, String script, int version) throws SQLException, IOException {
        String sql;
        try (InputStream in = SqlFeedbackStoreTest.class.getResourceAsStream("/db/" + script)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement s = c.createStatement()) {
            for (String statement : Migrations.statements(sql)) {
                s.execute(statement);
            }
            s.execute("INSERT INTO schema_version VALUES (" + version + ", 'x', 0)");
        }
    }
}
