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
