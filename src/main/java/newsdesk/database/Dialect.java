package newsdesk.database;

/**
 * The few places where SQLite and PostgreSQL differ. The schema and every query are portable SQL; what is not
 * (locks between processes, the commit-ordered change key, notifications) is asked of the dialect.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL scheme: " + jdbcUrl.split("//", 2)[0]);
    }

    /**
     * A statement that makes the rest of the current transaction exclusive among processes for one purpose (e.g.
     * migrating the schema), or null where one process has the database to itself (SQLite's writer lock suffices).
     */
    public String transactionLock(long key) {
        return this == POSTGRESQL ? "SELECT pg_advisory_xact_lock(" + key + ")" : null;
    }

    /**
     * An expression for the writing transaction's id as a number, growing in the order transactions start; with
     * {@link #changeHorizon} it orders changes by commit (PostgreSQL only: the embedded default has no copies).
     */
    public String changeKey() {
        requirePostgres("a commit-ordered change key");
        return "pg_current_xact_id()::text::bigint";
    }

    /**
     * A query for the oldest transaction still running: every change keyed below it is committed (or gone) and
     * visible, and every later commit will carry a key at or above it.
     */
    public String changeHorizon() {
        requirePostgres("a snapshot horizon");
        return "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint";
    }

    /** A statement that wakes the listeners of a channel when the transaction commits. */
    public String notify(String channel) {
        requirePostgres("notifications");
        return "NOTIFY " + channel;
    }

    public String listen(String channel) {
        requirePostgres("notifications");
        return "LISTEN " + channel;
    }

    private void requirePostgres(String what) {
        if (this != POSTGRESQL) {
            throw new UnsupportedOperationException(what + " needs PostgreSQL (database.url)");
        }
    }
}
