package newsdesk.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded SQL database holding what the bot must remember: briefing subscriptions and their ledger, feedback
 * votes and feed state. SQLite in the data folder ({@code newsdesk.db}) through plain JDBC; the schema comes from
 * numbered migration scripts and every query is portable SQL, so the same code can run on PostgreSQL given its URL.
 *
 * <p>One connection, used by one thread at a time: SQLite serialises writers anyway, and a single connection makes
 * every transaction here simple to reason about.
 */
public final class StateDatabase implements AutoCloseable {
    public static final String FILE_NAME = "newsdesk.db";
    private static final Logger log = LoggerFactory.getLogger(StateDatabase.class);

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private StateDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) {@code <dataDir>/newsdesk.db} and brings its schema up to date. */
    public static StateDatabase open(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath(), clock);
    }

    /** Opens the database at a JDBC URL and brings its schema up to date. */
    public static StateDatabase open(String jdbcUrl, Clock clock) {
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new StateException("cannot open the state database " + jdbcUrl + ": " + e.getMessage(), e);
        }
        try {
            if (jdbcUrl.startsWith("jdbc:sqlite:")) {
                configureSqlite(c);
            }
            StateDatabase db = new StateDatabase(c);
            int version = db.transaction(connection -> Migrations.migrate(connection, clock));
            log.debug("state database {} at schema version {}", jdbcUrl, version);
            return db;
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StateException("cannot open the state database " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The {@code subscriptions} table. */
    public SubscriptionStore subscriptions() {
        return new SubscriptionTable(this);
    }

    /** The {@code briefing_ledger} table. */
    public BriefingLedger ledger() {
        return new LedgerTable(this);
    }

    /** The {@code feed_state} table. */
    public FeedStates feedStates() {
        return new FeedStateTable(this);
    }

    /** Votes on answers: the {@code feedback} table (what the Discord side's feedback sink writes to). */
    public FeedbackStore feedback() {
        return new SqlFeedbackStore(this);
    }

    /** The questions asked on Discord, for {@code /newsdesk stats} and follow-ups after a restart. */
    public QuestionLog questions() {
        return new SqlQuestionLog(this);
    }

    /** The channel modes set from Discord ({@code /newsdesk channel}). */
    public ChannelModeTable channelModes() {
        return new ChannelModeTable(this);
    }

    /** The feeds added from Discord ({@code /newsdesk feeds}). */
    public AddedFeeds addedFeeds() {
        return new AddedFeeds(this);
    }

    /** Connection settings, not queries: the only SQLite-specific statements. */
    private static void configureSqlite(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            // a second process (e.g. a CLI next to the bot) waits for the lock instead of failing at once
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA foreign_keys = ON");
        }
    }

    /** Work with the connection; each statement commits by itself. */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StateException(e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Work in one transaction: all of it commits, or none of it. */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StateException(e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("closing the state database failed: {}", e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
