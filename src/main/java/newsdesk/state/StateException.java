package newsdesk.state;

/** The state database failed (I/O, a locked file, a schema written by a newer Newsdesk). */
public final class StateException extends RuntimeException {
    public StateException(String message, Throwable cause) {
        super(message, cause);
    }

    public StateException(String message) {
        super(message);
    }
}
