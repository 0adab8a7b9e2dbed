package newsdesk.retrieval;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import newsdesk.article.Article;
import newsdesk.article.IngestOutcome;
import newsdesk.article.StoredArticle;

/**
 * A user's store that stands in a read-only demo (the bundled sample) for itself while it holds no passages. Each
 * read asks the store first, so the demo gives way as soon as the store has articles: an ingest by another process
 * while the bot runs is enough. The demo is built on first need and never written to the store.
 *
 * <p>Closing this closes the demo only; the store belongs to whoever opened it.
 */
public final class DemoWhileEmpty implements NewsIndex {
    private final NewsIndex store;
    private final Supplier<NewsIndex> demoFactory;
    private NewsIndex demo;

    DemoWhileEmpty(NewsIndex store, Supplier<NewsIndex> demoFactory) {
        this.store = store;
        this.demoFactory = demoFactory;
    }

    /** True while the store is empty, so that answers come from the demo. */
    public boolean showingDemo() {
        return store.passageCount() == 0;
    }

    private NewsIndex reading() {
        return showingDemo() ? demo() : store;
    }

    private synchronized NewsIndex demo() {
        if (demo == null) {
            demo = demoFactory.get();
        }
        return demo;
    }

    @Override
    public PassageRetriever retriever(RetrievalMode mode) {
        return (query, filter, limit) -> reading().retriever(mode).retrieve(query, filter, limit);
    }

    @Override
    public double idf(String word) {
        return reading().idf(word);
    }

    @Override
    public long frequency(String word) {
        return reading().frequency(word);
    }

    @Override
    public float[] queryVector(String text) {
        return reading().queryVector(text);
    }

    @Override
    public Optional<ArticleSentences> sentences(String articleId) {
        return reading().sentences(articleId);
    }

    @Override
    public boolean possiblyStale() {
        return store.possiblyStale();
    }

    @Override
    public int reembedAll(int batchSize, java.util.function.IntConsumer progress) {
        return store.reembedAll(batchSize, progress);
    }

    @Override
    public String embeddingModel() {
        return store.embeddingModel();
    }

    @Override
    public RetrievalSettings settings() {
        return store.settings();
    }

    @Override
    public List<StoredArticle> articles() {
        return reading().articles();
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return reading().article(id);
    }

    /** The store's version: constant while it is empty, so answers from the demo are cached until articles arrive. */
    @Override
    public long version() {
        return store.version();
    }

    @Override
    public int passageCount() {
        return reading().passageCount();
    }

    @Override
    public IngestOutcome put(Article article) {
        return store.put(article);
    }

    @Override
    public List<IngestOutcome> putAll(List<Article> articles) {
        return store.putAll(articles);
    }

    @Override
    public void commit() {
        store.commit();
    }

    @Override
    public void compact() {
        store.compact();
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
