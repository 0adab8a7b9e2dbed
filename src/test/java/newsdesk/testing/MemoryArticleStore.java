package newsdesk.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.ArticleStore;
import newsdesk.article.IngestOutcome;
import newsdesk.article.StoredArticle;

/** An article store in memory: what the briefing side reads (articles, version) and what feeds write (put, commit). */
public final class MemoryArticleStore implements ArticleStore {
    private final List<StoredArticle> articles = new ArrayList<>();
    private final Clock clock;
    private long version;
    private int commits;

    public MemoryArticleStore(Clock clock) {
        this.clock = clock;
    }

    public synchronized MemoryArticleStore add(StoredArticle a) {
        articles.removeIf(x -> x.id().equals(a.id()));
        articles.add(a);
        version++;
        return this;
    }

    @Override
    public synchronized IngestOutcome put(Article article) {
        Optional<StoredArticle> old = article(article.id());
        if (old.isPresent() && old.get().article().equals(article)) {
            return new IngestOutcome(IngestOutcome.Kind.UNCHANGED, article.id(), 1, null);
        }
        add(new StoredArticle(article, clock.instant(), 1, Integer.toHexString(article.text().hashCode())));
        return new IngestOutcome(old.isPresent() ? IngestOutcome.Kind.UPDATED : IngestOutcome.Kind.ADDED, article.id(), 1, null);
    }

    /** How many times {@link #commit} was called. */
    public synchronized int commits() {
        return commits;
    }

    @Override
    public synchronized void commit() {
        commits++;
    }

    @Override
    public synchronized List<StoredArticle> articles() {
        return List.copyOf(articles);
    }

    @Override
    public synchronized Optional<StoredArticle> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public synchronized long version() {
        return version;
    }

    @Override
    public int passageCount() {
        return articles.size();
    }

    @Override
    public void close() {
    }
}
