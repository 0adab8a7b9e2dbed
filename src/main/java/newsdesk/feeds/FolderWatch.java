package newsdesk.feeds;

import java.util.List;

/**
 * Watches the {@code articles.watch-dirs} folders and ingests article files as they appear or change, so the running
 * bot (and its briefings) sees them without a restart.
 */
public interface FolderWatch extends AutoCloseable {
    /** Scans now, then every configured interval, on a thread of its own. */
    void start();

    /** Scans once on the caller's thread; returns the files ingested. */
    List<String> scan();

    @Override
    void close();
}
