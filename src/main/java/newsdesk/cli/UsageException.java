package newsdesk.cli;

/** A command line that cannot be run as written: exit code 2, message shown with a hint. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
