package newsdesk.database;

/**
 * The shared database cannot be reached right now: a write was refused as a whole (nothing of it was stored), and
 * the connection will be tried again after a growing pause. The message says so in words a user can act on.
 */
public final class DatabaseUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
