package newsdesk.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/** A store for tests: a map, with the outcome rules of the real one and a count of commits. */
class InMemoryArticleStore implements ArticleStore {
    private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    private final Set<String> failingIds = new HashSet<>();
    private final List<String> putOrder = new ArrayList<>();
    private int commits;
    private int uncommitted;
    private long version;

    /** Makes {@link #put} throw for this id, like a store that chokes on one article. */
    void failOn(String id) {
        failingIds.add(id);
    }

    int commits() {
        return commits;
    }

    List<String> putOrder() {
        return putOrder;
    }

    /** All or nothing, like the Lucene store, which embeds every article before it writes any. */
    @Override
    public List<IngestOutcome> putAll(List<Article> batch) {
        for (Article a : batch) {
            if (failingIds.contains(a.id())) {
                throw new IllegalStateException("index write failed for " + a.id());
            }
        }
        return batch.stream().map(this::put).toList();
    }

    @Override
    public IngestOutcome put(Article article) {
        putOrder.add(article.id());
        if (failingIds.contains(article.id())) {
            throw new IllegalStateException("index write failed for " + article.id());
        }
        String hash = ContentHash.of(article.text());
        int passages = Passages.split(article).size();
        StoredArticle old = articles.get(article.id());
        if (old != null && old.contentHash().equals(hash) && old.article().equals(article)) {
            return new IngestOutcome(IngestOutcome.Kind.UNCHANGED, article.id(), old.passages(), null);
        }
        for (StoredArticle other : articles.values()) {
            if (!other.id().equals(article.id()) && other.contentHash().equals(hash)) {
                return new IngestOutcome(IngestOutcome.Kind.DUPLICATE, article.id(), 0, other.id());
            }
        }
        articles.put(article.id(), new StoredArticle(article, Instant.EPOCH, passages, hash));
        uncommitted++;
        return new IngestOutcome(old == null ? IngestOutcome.Kind.ADDED : IngestOutcome.Kind.UPDATED,
                article.id(), passages, null);
    }

    @Override
    public void commit() {
        commits++;
        if (uncommitted > 0) {
            version++;
            uncommitted = 0;
        }
    }

    @Override
    public List<StoredArticle> articles() {
        return List.copyOf(articles.values());
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public int passageCount() {
        return articles.values().stream().mapToInt(StoredArticle::passages).sum();
    }

    @Override
    public void close() {
    }
}
