package newsdesk.feeds;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import newsdesk.article.ArticleReader;
import newsdesk.article.ArticleStore;
import newsdesk.article.Ingestor;
import newsdesk.config.Config;
import newsdesk.database.ProcessLocks;
import newsdesk.state.AddedFeeds;
import newsdesk.state.StateDatabase;

/** Builds what brings articles in while the bot runs; the bot starts and closes them. */
public final class Feeds {
    private Feeds() {
    }

    /**
     * The poller of {@code articles.feeds} and of the feeds added from Discord ({@code /newsdesk feeds}), every
     * {@code articles.feed-poll-minutes}; call start() in the bot.
     */
    public static FeedPoller poller(Config config, StateDatabase db, ArticleStore store, Clock clock) {
        int maxBytes = config.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE);
        List<String> configured = config.list("articles.feeds");
        AddedFeeds added = db.addedFeeds();
        Supplier<List<String>> urls = () -> {
            Set<String> all = new LinkedHashSet<>(configured);
            all.addAll(added.urls());
            return List.copyOf(all);
        };
        return new HttpFeedPoller(urls, new Ingestor(store, new ArticleReader(maxBytes)), db.feedStates(),
                Duration.ofMinutes(config.integer("articles.feed-poll-minutes", 1, 24 * 60)), maxBytes, clock);
    }

    /**
     * The watcher of {@code articles.watch-dirs}, every {@code articles.watch-poll-seconds}, taking turns at a folder
     * with other processes through the locks; call start() in the bot.
     */
    public static FolderWatch folderWatch(Config config, ArticleStore store, ArticleReader reader, ProcessLocks locks) {
        return new PollingFolderWatch(config.list("articles.watch-dirs").stream().map(Path::of).toList(),
                new Ingestor(store, reader), Duration.ofSeconds(config.integer("articles.watch-poll-seconds", 1, 3600)), locks);
    }
}
