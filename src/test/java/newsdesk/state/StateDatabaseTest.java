package newsdesk.state;

import newsdesk.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDatabaseTest {
    @TempDir
    Path data;

    final MutableClock clock = MutableClock.at("2025-01-14T12:00:00Z");

    /** The database under test: SQLite in the data folder here, PostgreSQL in {@link StateDatabaseOnPostgresTest}. */
    StateDatabase open() {
        return StateDatabase.open(data, clock);
    }

    private StateDatabase db() {
        try (StateDatabase db = open()) {
            return db;
        }
    }

    @Test
    void createsTheFileAndAppliesEveryMigrationOnce() {
        try (StateDatabase db = open()) {
            assertThat(versions(db)).containsExactly("1 subscriptions", "2 briefing_ledger", "3 feedback", "4 feed_state",
                    "5 feedback_votes", "6 questions", "7 guild_settings", "8 shared_articles");
        }
        if (db().dialect() == newsdesk.database.Dialect.SQLITE) {
            assertThat(Files.exists(data.resolve("newsdesk.db"))).isTrue();
        }
        try (StateDatabase again = open()) {
            assertThat(versions(again)).hasSize(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void refusesADatabaseFromANewerNewsdesk() {
        try (StateDatabase db = open()) {
            db.read(c -> c.createStatement().executeUpdate(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)"));
        }
        assertThatThrownBy(() -> open()).isInstanceOf(StateException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer");
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (StateDatabase db = open()) {
            assertThatThrownBy(() -> db.transaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO feed_state (url, failures) VALUES ('x', 0)");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            int rows = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM feed_state")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void theLedgerAdmitsOneEntryPerSubscriptionAndDate() {
        try (StateDatabase db = open()) {
            Subscription s = db.subscriptions().upsert(new SubscriptionRequest("g", "c", java.time.LocalTime.NOON,
                    java.time.ZoneId.of("UTC"), null, NothingNew.POST, "u"), clock.instant());
            BriefingLedger ledger = db.ledger();
            LedgerEntry claim = new LedgerEntry(s.id(), LocalDate.parse("2025-01-15"), LedgerEntry.Status.CLAIMED,
                    Instant.EPOCH, clock.instant(), "me", null, null, "b1.20250115", false, 0, 0, null, null);
            assertThat(ledger.claim(claim, List.of("hello"))).isTrue();
            assertThat(ledger.claim(claim, List.of("hello again"))).isFalse();
            assertThat(ledger.skip(claim)).isFalse();
            assertThat(ledger.messages(s.id(), claim.date())).containsExactly("hello");
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- note\nCREATE TABLE a (\n  x INT -- why\n);\n\nCREATE INDEX i ON a (x);\n"))
                .containsExactly("CREATE TABLE a (\n  x INT -- why\n)", "CREATE INDEX i ON a (x)");
    }

    private static List<String> versions(StateDatabase db) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT version, description FROM schema_version ORDER BY version");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getInt(1) + " " + rs.getString(2));
                }
            }
            return out;
        });
    }
}
