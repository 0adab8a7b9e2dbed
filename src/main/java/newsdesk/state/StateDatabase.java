package newsdesk.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import newsdesk.database.DatabaseConnection;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.DatabaseUnavailable;
import newsdesk.database.Dialect;
import newsdesk.database.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL database holding what the bot must remember: briefing subscriptions and their ledger, feedback votes, feed
 * state, channel settings. SQLite in the data folder ({@code newsdesk.db}) by default; PostgreSQL, shared by several
 * processes, when {@code database.url} is set. The schema comes from the same numbered migration scripts on both and
 * every query is portable SQL; what differs is asked of {@link Dialect}.
 *
 * <p>One connection, used by one thread at a time: SQLite serialises writers anyway, and a single connection makes
 * every transaction here simple to reason about. A PostgreSQL connection that is lost is made again on a later call
 * (with a growing pause); meanwhile calls fail with {@link DatabaseUnavailable} and nothing is half written.
 */
public final class StateDatabase implements AutoCloseable {
    public static final String FILE_NAME = "newsdesk.db";
    private static final Logger log = LoggerFactory.getLogger(StateDatabase.class);

    /** Held while the schema is migrated, so that two processes starting together migrate once. */
    static final long MIGRATION_LOCK = 0x6e657773_64736b31L;

    private final DatabaseConnection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private StateDatabase(DatabaseConnection connection) {
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

    /** Opens the database at a JDBC URL (SQLite, or PostgreSQL without a separate password) and migrates it. */
    public static StateDatabase open(String jdbcUrl, Clock clock) {
        if (Dialect.of(jdbcUrl) == Dialect.POSTGRESQL) {
            return open(new DatabaseSettings(jdbcUrl, null), clock);
        }
        DatabaseConnection c;
        try {
            c = DatabaseConnection.local(jdbcUrl, clock);
            configureSqlite(c.get());
        } catch (SQLException e) {
            throw new StateException("cannot open the state database " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return migrated(c, clock);
    }

    /** Opens the shared database {@code database.url} names (or the data folder's SQLite file when it is empty). */
    public static StateDatabase open(DatabaseSettings settings, Path dataDir, Clock clock) {
        return settings.shared() ? open(settings, clock) : open(dataDir, clock);
    }

    /** Opens the PostgreSQL database and brings its schema up to date (once, whoever else starts at the same time). */
    public static StateDatabase open(DatabaseSettings settings, Clock clock) {
        DatabaseConnection c;
        try {
            c = DatabaseConnection.open(settings, "newsdesk state", clock);
        } catch (SQLException e) {
            throw new StateException("cannot open the state database " + settings.redacted() + ": " + e.getMessage(), e);
        }
        return migrated(c, clock);
    }

    private static StateDatabase migrated(DatabaseConnection c, Clock clock) {
        try {
            StateDatabase db = new StateDatabase(c);
            int version = db.transaction(connection -> {
                String lockSql = c.dialect().transactionLock(MIGRATION_LOCK);
                if (lockSql != null) {
                    try (Statement s = connection.createStatement()) {
                        s.execute(lockSql);
                    }
                }
                return Migrations.migrate(connection, clock);
            });
            log.debug("state database {} at schema version {}", c.shown(), version);
            return db;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Which SQL the database speaks. */
    public Dialect dialect() {
        return connection.dialect();
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
            return work.apply(connection.get());
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** Work in one transaction: all of it commits, or none of it. */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            return Transactions.run(connection.get(), work::apply);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            lock.unlock();
        }
    }

    /** A lost connection is reported as such (and made again later); any other failure as it is. */
    private RuntimeException failure(SQLException e) {
        DatabaseUnavailable gone = connection.lostBy(e);
        return gone != null ? gone : new StateException(e.getMessage(), e);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
