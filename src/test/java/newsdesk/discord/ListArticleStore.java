package newsdesk.discord;

import java.util.List;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.ArticleStore;
import newsdesk.article.IngestOutcome;
import newsdesk.article.StoredArticle;

/** A read-only store over a fixed list, for /sources. */
final class ListArticleStore implements ArticleStore {
    private final List<StoredArticle> articles;

    ListArticleStore(List<StoredArticle> articles) {
        this.articles = List.copyOf(articles);
    }

    @Override
    public IngestOutcome put(Article article) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void commit() {
    }

    @Override
    public List<StoredArticle> articles() {
        return articles;
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public long version() {
        return 1;
    }

    @Override
    public int passageCount() {
        return articles.size();
    }

    @Override
    public void close() {
    }
}
