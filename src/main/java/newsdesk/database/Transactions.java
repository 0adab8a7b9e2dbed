package newsdesk.database;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Work in one transaction on a connection: all of it commits, or none of it. */
public final class Transactions {
    private static final Logger log = LoggerFactory.getLogger(Transactions.class);

    /** What runs inside the transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Runs the work with auto-commit off, commits if it returns and rolls back if it throws (a failed rollback is
     * added to the failure); the connection is back in auto-commit either way, unless it was lost meanwhile.
     */
    public static <T> T run(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.on(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException lost) {
                log.debug("connection lost after a transaction: {}", lost.getMessage());
            }
        }
    }
}
