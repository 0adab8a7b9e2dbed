package newsdesk.feeds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import newsdesk.article.ArticleReader;
import newsdesk.article.ArticleStore;
import newsdesk.article.Ingestor;
import newsdesk.config.Config;
import newsdesk.state.StateDatabase;

/** Builds what brings articles in while the bot runs; the bot starts and closes them. */
public final class Feeds {
    private Feeds() {
    }

    /** The poller of {@code articles.feeds}, every {@code articles.feed-poll-minutes}; call start() in the bot. */
    public static FeedPoller poller(Config config, StateDatabase db, ArticleStore store, Clock clock) {
        int maxBytes = config.integer("articles.max-file-bytes", 1, Integer.MAX_VALUE);
        return new HttpFeedPoller(config.list("articles.feeds"), new Ingestor(store, new ArticleReader(maxBytes)),
                db.feedStates(), Duration.ofMinutes(config.integer("articles.feed-poll-minutes", 1, 24 * 60)),
                maxBytes, clock);
    }

    /** The watcher of {@code articles.watch-dirs}, every {@code articles.watch-poll-seconds}; call start() in the bot. */
    public static FolderWatch folderWatch(Config config, ArticleStore store, ArticleReader reader) {
        return new PollingFolderWatch(config.list("articles.watch-dirs").stream().map(Path::of).toList(),
                new Ingestor(store, reader), Duration.ofSeconds(config.integer("articles.watch-poll-seconds", 1, 3600)));
    }
}
