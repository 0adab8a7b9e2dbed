package newsdesk.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks that several processes take turns at: PostgreSQL advisory locks on a connection of their own (released by
 * the server if the process dies), or, for one process alone, locks in this JVM. Used to keep Discord's identify
 * rate across processes (one identify per bucket at a time, five seconds apart) and to scan a watched folder from
 * one process at a time.
 */
public final class ProcessLocks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProcessLocks.class);
    private static final Duration RETRY = Duration.ofMillis(200);

    /** A held lock; closing it lets the next holder in. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    private final DatabaseConnection connection; // null: in this JVM only
    private final Map<Long, Semaphore> local = new HashMap<>();

    private ProcessLocks(DatabaseConnection connection) {
        this.connection = connection;
    }

    /** Locks shared by every process on the database. */
    public static ProcessLocks shared(DatabaseSettings settings, Clock clock) {
        return new ProcessLocks(DatabaseConnection.lazy(settings, "newsdesk locks", clock));
    }

    /** Locks for a process that has no one to share with. */
    public static ProcessLocks inProcess() {
        return new ProcessLocks(null);
    }

    /**
     * Waits until this process holds the lock {@code (space, key)}. When the database cannot be reached the lock is
     * taken in this process only (logged): waiting for the database would stop the bot for something that only
     * paces it.
     */
    public Held lock(int space, int key) throws InterruptedException {
        Semaphore mine = semaphore(space, key);
        mine.acquire();
        if (connection == null) {
            return mine::release;
        }
        try {
            while (!tryShared(space, key)) {
                Thread.sleep(RETRY.toMillis());
            }
        } catch (DatabaseUnavailable e) {
            log.warn("taking lock {}/{} in this process only: {}", space, key, e.getMessage());
            return mine::release;
        } catch (InterruptedException | RuntimeException e) {
            mine.release();
            throw e;
        }
        return heldShared(space, key, mine);
    }

    /**
     * Takes the lock {@code (space, key)} if no process holds it, without waiting. When the database cannot be reached
     * nothing is taken: what the lock guards would need the database anyway.
     */
    public Optional<Held> tryLock(int space, int key) {
        Semaphore mine = semaphore(space, key);
        if (!mine.tryAcquire()) {
            return Optional.empty();
        }
        if (connection == null) {
            return Optional.of(mine::release);
        }
        try {
            if (tryShared(space, key)) {
                return Optional.of(heldShared(space, key, mine));
            }
        } catch (DatabaseUnavailable e) {
            log.debug("lock {}/{} not taken: {}", space, key, e.getMessage());
        } catch (RuntimeException e) {
            mine.release();
            throw e;
        }
        mine.release();
        return Optional.empty();
    }

    /** A shared lock this process took: closing it releases the database's lock, then this process's. */
    private Held heldShared(int space, int key, Semaphore mine) {
        return () -> {
            try {
                releaseShared(space, key);
            } finally {
                mine.release();
            }
        };
    }

    private synchronized Semaphore semaphore(int space, int key) {
        return local.computeIfAbsent(((long) space << 32) | (key & 0xffffffffL), k -> new Semaphore(1));
    }

    private synchronized boolean tryShared(int space, int key) {
        try {
            Connection c = connection.get();
            try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                p.setInt(1, space);
                p.setInt(2, key);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            DatabaseUnavailable gone = connection.lostBy(e);
            throw gone != null ? gone : new IllegalStateException("cannot take a lock: " + e.getMessage(), e);
        }
    }

    private synchronized void releaseShared(int space, int key) {
        try (PreparedStatement p = connection.get().prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            p.setInt(1, space);
            p.setInt(2, key);
            p.execute();
        } catch (SQLException | DatabaseUnavailable e) {
            // a lost connection took the lock with it
            log.debug("releasing lock {}/{}: {}", space, key, e.getMessage());
            if (e instanceof SQLException sql) {
                connection.lostBy(sql);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
