package newsdesk.retrieval;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How a writer waits while another process (another {@code newsdesk ingest}, the bot) writes the same index.
 * Readers never wait: they read the last commit.
 *
 * @param limit how long to wait before giving up with {@link newsdesk.article.StoreBusyException}; empty: as long
 *              as it takes
 * @param onWaiting told once per other writer, like {@code waiting for another ingest (pid 4242) to finish}
 * @param pause waits a little between tries (a tenth of a second; tests advance a fake clock instead)
 */
public record WriterWait(Optional<Duration> limit, Consumer<String> onWaiting, Runnable pause) {
    static final Duration RETRY = Duration.ofMillis(100);

    public WriterWait {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(onWaiting, "onWaiting");
        Objects.requireNonNull(pause, "pause");
    }

    /** Waits as long as it takes (or up to {@code limit}), telling {@code onWaiting}, pausing with a real sleep. */
    public static WriterWait of(Optional<Duration> limit, Consumer<String> onWaiting) {
        return new WriterWait(limit, onWaiting, WriterWait::sleep);
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another writer of the index", e);
        }
    }
}
