package newsdesk.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JDBC connection that comes back after it was lost: a call finds it broken, drops it, and the next call
 * connects again, no sooner than {@link Backoff} allows. Meanwhile calls fail at once with
 * {@link DatabaseUnavailable}, so nobody waits on a dead server and nothing is half written. Not thread-safe: the
 * owner serialises its use.
 */
public final class DatabaseConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConnection.class);
    /** PostgreSQL's codes for a server that went away or will not take connections now. */
    private static final Set<String> GONE = Set.of("57P01", "57P02", "57P03", "53300");

    private final String url;
    private final String shown;
    private final Properties properties;
    private final Dialect dialect;
    private final Backoff backoff;
    private Connection connection;
    private boolean lostLogged;

    private DatabaseConnection(String url, String shown, Properties properties, Clock clock) {
        this.url = url;
        this.shown = shown;
        this.properties = properties;
        this.dialect = Dialect.of(url);
        this.backoff = new Backoff(clock);
    }

    /** Connects now, so that a wrong URL or password is reported at start. */
    public static DatabaseConnection open(DatabaseSettings settings, String applicationName, Clock clock)
            throws SQLException {
        DatabaseConnection c = new DatabaseConnection(settings.url(), settings.redacted(),
                settings.properties(applicationName), clock);
        c.connection = DriverManager.getConnection(c.url, c.properties);
        return c;
    }

    /** Connects on first use: a process that only reads may start while the database is away. */
    public static DatabaseConnection lazy(DatabaseSettings settings, String applicationName, Clock clock) {
        return new DatabaseConnection(settings.url(), settings.redacted(), settings.properties(applicationName), clock);
    }

    /** A local database file (SQLite): never lost, but used through the same calls. */
    public static DatabaseConnection local(String jdbcUrl, Clock clock) throws SQLException {
        DatabaseConnection c = new DatabaseConnection(jdbcUrl, jdbcUrl, new Properties(), clock);
        c.connection = DriverManager.getConnection(jdbcUrl);
        return c;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The URL as messages may show it (no password). */
    public String shown() {
        return shown;
    }

    /** The live connection, connecting again if it was lost and the pause since the last try is over. */
    public Connection get() {
        if (connection != null) {
            return connection;
        }
        if (!backoff.mayTry()) {
            throw unavailable(null);
        }
        try {
            connection = DriverManager.getConnection(url, properties);
            backoff.succeeded();
            if (lostLogged) {
                log.info("connected to the database {} again", shown);
                lostLogged = false;
            }
            return connection;
        } catch (SQLException e) {
            backoff.failed();
            throw unavailable(e);
        }
    }

    /**
     * Tells whether a failure means the connection is gone; if so it is dropped (to be made again later) and a
     * {@link DatabaseUnavailable} is returned to throw, else null (the statement failed, the connection is fine).
     */
    public DatabaseUnavailable lostBy(SQLException failure) {
        if (!isConnectionFailure(failure)) {
            return null;
        }
        drop();
        backoff.failed();
        return unavailable(failure);
    }

    boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = s.getSQLState();
                if (state != null && (state.startsWith("08") || GONE.contains(state))) {
                    return true;
                }
            }
        }
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }

    private DatabaseUnavailable unavailable(SQLException cause) {
        if (!lostLogged) {
            log.warn("the database {} is unreachable{}; trying again in the background", shown,
                    cause == null ? "" : " (" + cause.getMessage() + ")");
            lostLogged = true;
        }
        String why = cause == null ? "" : ": " + cause.getMessage();
        return new DatabaseUnavailable("the database " + shown + " is unreachable" + why
                + " (nothing was written; try again when it is back, next try in "
                + Math.max(1, backoff.remaining().toSeconds()) + " s)", cause);
    }

    private void drop() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is gone already
            }
        }
    }

    @Override
    public void close() {
        drop();
    }
}
