package newsdesk.article;

/**
 * The store could not be written because another writer (another {@code newsdesk ingest}, the bot) held it for
 * longer than this one was willing to wait. Nothing of the batch being written was stored.
 */
public final class StoreBusyException extends RuntimeException {
    public StoreBusyException(String message) {
        super(message);
    }
}
