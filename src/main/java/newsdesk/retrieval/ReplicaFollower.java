package newsdesk.retrieval;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsdesk.database.DatabaseConnection;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.DatabaseUnavailable;
import newsdesk.database.Transactions;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a local index a copy of the shared database's articles. A catch-up reads the articles changed since its
 * cursor and writes them, vectors and all, to the local index; the cursor is the oldest transaction that was still
 * running at the last catch-up ({@link ArticleRows#horizon}), so a change that commits late, with a smaller id than
 * one already read, is still read next time. Catch-ups run when another process announces a change (LISTEN/NOTIFY,
 * within milliseconds) and every poll interval in any case, so nothing is lost while a notification was. A lost
 * connection is made again after a growing pause; meanwhile questions are answered from the copy as it is.
 */
final class ReplicaFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReplicaFollower.class);
    static final String CURSOR = "replica_cursor";
    static final String ORIGIN = "replica_of";
    /** Articles read from the database and written to the index at a time. */
    static final int BATCH = 500;
    private static final Duration WAIT_SLICE = Duration.ofMillis(250);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final DatabaseSettings settings;
    private final LuceneArticleStore replica;
    private final ArticleRows rows;
    private final Clock clock;
    private final Duration poll;

    private final Object catching = new Object();
    private final Object wake = new Object();
    /** Guarded by {@link #catching}. */
    private final DatabaseConnection reading;
    /** Articles written at or above the cursor, with the change read: a long-open transaction elsewhere keeps the
     *  cursor back, and these need not be written again. Guarded by {@link #catching}. */
    private final Map<String, Long> applied = new HashMap<>();
    private long cursor = -1;
    private String identity;

    private volatile Instant lastCaughtUp;
    /** The listener's connection failed and is not made again yet (not merely: still being made at start). */
    private volatile boolean listenerLost;
    private volatile boolean closed;
    private Thread thread;

    ReplicaFollower(DatabaseSettings settings, LuceneArticleStore replica, ArticleRows rows, Clock clock, Duration poll) {
        this.settings = settings;
        this.replica = replica;
        this.rows = rows;
        this.clock = clock;
        this.poll = poll;
        this.reading = DatabaseConnection.lazy(settings, "newsdesk replica", clock);
    }

    /** Brings the copy up to date now. @return false when the database could not be reached (the copy stays) */
    boolean catchUp() {
        synchronized (catching) {
            if (closed) {
                return false;
            }
            try {
                Connection c = reading.get();
                int written = catchUp(c);
                lastCaughtUp = clock.instant();
                if (written > 0) {
                    log.debug("local copy of the articles caught up: {} written", written);
                }
                return true;
            } catch (SQLException e) {
                DatabaseUnavailable gone = reading.lostBy(e);
                if (gone == null) {
                    throw new IllegalStateException("cannot read the articles from the database: " + e.getMessage(), e);
                }
                return false;
            } catch (DatabaseUnavailable e) {
                return false;
            }
        }
    }

    private int catchUp(Connection c) throws SQLException {
        if (identity == null) {
            identity = rows.identity(c);
        }
        if (cursor < 0) {
            Map<String, String> data = replica.commitData();
            if (identity.equals(data.get(ORIGIN))) {
                cursor = Long.parseLong(data.getOrDefault(CURSOR, "0"));
            } else {
                if (replica.passageCount() > 0 || data.containsKey(ORIGIN)) {
                    log.info("the local copy in {} was made from another database: building it again", replica);
                    replica.clear();
                }
                cursor = 0;
            }
        }
        long horizon = rows.horizon(c);
        List<String> ids = new ArrayList<>();
        Map<String, Long> keys = new HashMap<>();
        for (ArticleRows.Change change : rows.changesSince(c, cursor)) {
            Long done = applied.get(change.id());
            if (done == null || done != change.key()) {
                ids.add(change.id());
                keys.put(change.id(), change.key());
            }
        }
        int written = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<EmbeddedArticle> articles = inOneSnapshot(c, batch);
            boolean last = from + BATCH >= ids.size();
            // the cursor moves only with the last batch: a crash part-way reads the rest again
            replica.replicate(articles, Map.of(ORIGIN, identity, CURSOR, Long.toString(last ? horizon : cursor)));
            batch.forEach(id -> applied.put(id, keys.get(id)));
            written += articles.size();
        }
        applied.values().removeIf(key -> key < horizon);
        cursor = horizon;
        return written;
    }

    /** Articles and their passages read in one snapshot, so that no article is read half old and half new. */
    private List<EmbeddedArticle> inOneSnapshot(Connection c, List<String> ids) throws SQLException {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return Transactions.run(c, tx -> rows.load(tx, ids));
        } finally {
            try {
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException lost) {
                log.debug("connection lost after reading articles: {}", lost.getMessage());
            }
        }
    }

    /** Follows the database in the background until closed. */
    synchronized void start() {
        if (thread != null || closed) {
            return;
        }
        thread = new Thread(this::follow, "replica-follower");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * True when the copy may be missing recent articles: never caught up, the listener's connection lost, or not
     * caught up for a while.
     */
    boolean possiblyStale() {
        Instant last = lastCaughtUp;
        return last == null || listenerLost
                || last.isBefore(clock.instant().minus(poll.multipliedBy(3)).minusSeconds(10));
    }

    private void follow() {
        Duration pause = Duration.ZERO;
        DatabaseConnection listen = DatabaseConnection.lazy(settings, "newsdesk replica listener", clock);
        while (!closed) {
            try {
                Connection c = listen.get();
                try (Statement s = c.createStatement()) {
                    s.execute(rows.listenStatement());
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listenerLost = false;
                pause = Duration.ZERO;
                waitForChanges(pg);
            } catch (SQLException | DatabaseUnavailable e) {
                if (!closed) {
                    log.debug("following the database failed: {}", e.getMessage());
                }
            } catch (RuntimeException e) {
                // e.g. the local index could not be written: tried again after the pause, the copy stays as it is
                if (!closed) {
                    log.warn("keeping the local copy of the articles current failed: {}", e.getMessage(), e);
                }
            } finally {
                listenerLost = true;
                listen.close(); // a new connection (and LISTEN) next time round
            }
            pause = pause.isZero() ? Duration.ofMillis(500) : pause.multipliedBy(2);
            pause = pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
            sleep(pause);
        }
    }

    /** Catches up, then at each notification or poll interval, until the connection is lost or this is closed. */
    private void waitForChanges(PGConnection pg) throws SQLException {
        while (!closed) {
            if (!catchUp()) {
                throw new SQLException("the catch-up could not reach the database", "08006");
            }
            long waited = 0;
            while (!closed && waited < poll.toMillis()) {
                // wakes early with a notification; short slices so that close() is quick
                var notes = pg.getNotifications((int) WAIT_SLICE.toMillis());
                if (notes != null && notes.length > 0) {
                    break;
                }
                waited += WAIT_SLICE.toMillis();
            }
        }
    }

    private void sleep(Duration d) {
        synchronized (wake) {
            if (closed) {
                return;
            }
            try {
                wake.wait(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closed = true;
            }
        }
    }

    /**
     * Stops following. The thread is woken, not interrupted: an interrupt during a write to the index would close
     * Lucene's file channels under it. It ends after the catch-up it is in, if any.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (catching) {
            reading.close();
        }
    }
}
