package newsdesk.article;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/**
 * Where articles and their passages live. Each {@link #put} replaces the article's old passages as one unit:
 * a reader (or a crash) sees the article before or after, never half.
 */
public interface ArticleStore extends Closeable {

    /** Stores or replaces an article; an unchanged article is a no-op. Visible to readers after {@link #commit}. */
    IngestOutcome put(Article article);

    /**
     * Stores several articles as successive {@link #put}s would; a store may do the expensive part (embedding) for
     * all of them at once. Outcomes in the same order. A store should store none of them when it throws (the
     * Lucene store embeds all before it writes any); this default, one put after another, may have stored some.
     */
    default List<IngestOutcome> putAll(List<Article> articles) {
        return articles.stream().map(this::put).toList();
    }

    /** Makes everything put so far durable and visible; bumps {@link #version} if anything changed. */
    void commit();

    List<StoredArticle> articles();

    Optional<StoredArticle> article(String id);

    /** Changes whenever the stored articles change (also when another process commits to the same folder). */
    long version();

    int passageCount();

    @Override
    void close();
}
