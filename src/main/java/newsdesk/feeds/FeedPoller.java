package newsdesk.feeds;

import java.util.List;

/**
 * Polls the configured RSS/Atom feeds on a thread of its own and stores their entries as articles. A feed that fails
 * (unreachable, an error status, malformed XML) is logged, recorded, and tried again at the next poll; the others
 * are not affected.
 */
public interface FeedPoller extends AutoCloseable {
    /** Polls now, then every configured interval. */
    void start();

    /** Polls every feed once, on the caller's thread. */
    List<FeedResult> pollAll();

    /** Polls one feed now, on the caller's thread (a feed just added). */
    FeedResult poll(String url);

    /** Every feed polled and how its last poll went. */
    List<FeedStatus> status();

    @Override
    void close();
}
