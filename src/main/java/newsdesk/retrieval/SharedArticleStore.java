package newsdesk.retrieval;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import newsdesk.article.Article;
import newsdesk.article.ContentHash;
import newsdesk.article.IngestOutcome;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.article.StoreBusyException;
import newsdesk.article.StoredArticle;
import newsdesk.database.DatabaseConnection;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.DatabaseUnavailable;
import newsdesk.database.Dialect;
import newsdesk.database.Transactions;

/**
 * The articles of several processes in one PostgreSQL database, searched in a local copy. Writes embed once and go
 * to the database in one transaction per batch (all of it or none), announcing the change; reads and searches never
 * touch the database: they go to the local Lucene index that {@link ReplicaFollower} keeps a copy of the database's
 * articles, vectors included. While the database is away, questions are answered from the copy (see
 * {@link #possiblyStale}) and writes fail at once with a {@link StoreBusyException} saying why, nothing written.
 */
final class SharedArticleStore implements NewsIndex {
    private final LuceneArticleStore replica;
    private final ReplicaFollower follower;
    private final DatabaseConnection writing;
    private final ArticleRows rows;
    private final Embedder embedder;
    private final RetrievalSettings settings;
    private final Clock clock;

    SharedArticleStore(DatabaseSettings database, Path replicaFolder, Embedder embedder, RetrievalSettings settings,
                       Clock clock, Duration poll, boolean allowOtherModel) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = settings;
        this.clock = clock;
        this.rows = new ArticleRows(Dialect.POSTGRESQL);
        this.replica = new LuceneArticleStore(replicaFolder, embedder, settings, clock, IndexOptions.DEFAULT, true);
        this.writing = DatabaseConnection.lazy(database, "newsdesk writer", clock);
        this.follower = new ReplicaFollower(database, replica, rows, clock, poll);
        try {
            if (!allowOtherModel) {
                checkModel(database);
            }
            follower.catchUp();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Refuses a database whose vectors another model made (re-embed them with {@code newsdesk reindex}). */
    private void checkModel(DatabaseSettings database) {
        Optional<String> other = withConnection(c -> rows.otherModel(c, embedder.id()), true);
        if (other != null && other.isPresent()) {
            throw new EmbeddingModelMismatch("the database " + database.redacted(), other.get(), embedder.id());
        }
    }

    /** Follows the database's changes in the background from now on. */
    void follow() {
        follower.start();
    }

    @Override
    public boolean possiblyStale() {
        return follower.possiblyStale();
    }

    @Override
    public IngestOutcome put(Article article) {
        return putAll(List.of(article)).get(0);
    }

    @Override
    public synchronized List<IngestOutcome> putAll(List<Article> articles) {
        return withConnection(c -> write(c, articles), false);
    }

    private List<IngestOutcome> write(Connection c, List<Article> articles) throws SQLException {
        IngestOutcome[] outcomes = new IngestOutcome[articles.size()];
        List<StoredArticle> planned = new ArrayList<>();
        List<List<Passage>> passages = new ArrayList<>();
        List<Integer> plannedAt = new ArrayList<>();
        List<Boolean> replaces = new ArrayList<>();
        Map<String, String> idByHash = new HashMap<>();
        Map<String, String> hashById = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            String hash = ContentHash.of(article.text());
            Optional<IndexView.ArticleRecord> current = rows.current(c, article.id());
            if (!hashById.containsKey(article.id()) && current.isPresent() && LuceneArticleStore.isUnchanged(
                    current.get(), article, hash, settings.passageSentences(), embedder.id())) {
                outcomes[i] = new IngestOutcome(IngestOutcome.Kind.UNCHANGED, article.id(), current.get().stored()
                        .passages(), null);
                continue;
            }
            Optional<String> holder = otherArticleWith(c, hash, article.id(), idByHash, hashById);
            if (holder.isPresent()) {
                outcomes[i] = new IngestOutcome(IngestOutcome.Kind.DUPLICATE, article.id(), 0, holder.get());
                continue;
            }
            List<Passage> split = Passages.split(article, settings.passageSentences());
            boolean earlierInBatch = hashById.containsKey(article.id());
            String oldHash = hashById.put(article.id(), hash);
            if (oldHash != null) {
                idByHash.remove(oldHash, article.id());
            }
            idByHash.put(hash, article.id());
            planned.add(new StoredArticle(article, clock.instant(), split.size(), hash));
            passages.add(split);
            plannedAt.add(i);
            replaces.add(current.isPresent() || earlierInBatch);
        }
        // the model runs before the transaction opens: nothing is held while it works
        List<EmbeddedArticle> embedded = EmbeddedArticle.embed(embedder, settings.passageSentences(), planned, passages);
        if (!embedded.isEmpty()) {
            Transactions.run(c, tx -> {
                for (EmbeddedArticle a : embedded) {
                    rows.write(tx, a);
                }
                rows.announce(tx);
                return null;
            });
        }
        for (int p = 0; p < planned.size(); p++) {
            IngestOutcome.Kind kind = replaces.get(p) ? IngestOutcome.Kind.UPDATED : IngestOutcome.Kind.ADDED;
            outcomes[plannedAt.get(p)] = new IngestOutcome(kind, planned.get(p).id(), planned.get(p).passages(), null);
        }
        return List.of(outcomes);
    }

    private Optional<String> otherArticleWith(Connection c, String hash, String exceptId, Map<String, String> idByHash,
                                              Map<String, String> hashById) throws SQLException {
        String pending = idByHash.get(hash);
        if (pending != null && !pending.equals(exceptId)) {
            return Optional.of(pending);
        }
        for (String id : rows.idsWithHash(c, hash)) {
            String replacedBy = hashById.get(id);
            boolean stillHoldsIt = replacedBy == null || replacedBy.equals(hash);
            if (!id.equals(exceptId) && stillHoldsIt) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * @param quiet answer null instead of failing when the database is away (a check that may wait for later)
     */
    private synchronized <T> T withConnection(SqlWork<T> work, boolean quiet) {
        try {
            return work.apply(writing.get());
        } catch (SQLException e) {
            DatabaseUnavailable gone = writing.lostBy(e);
            if (gone == null) {
                throw new IllegalStateException("the article database failed: " + e.getMessage(), e);
            }
            if (quiet) {
                return null;
            }
            throw new StoreBusyException(gone.getMessage());
        } catch (DatabaseUnavailable e) {
            if (quiet) {
                return null;
            }
            throw new StoreBusyException(e.getMessage());
        }
    }

    /** Makes what was written searchable here at once; other processes hear of it within moments. */
    @Override
    public void commit() {
        follower.catchUp();
    }

    @Override
    public int reembedAll(int batchSize, IntConsumer progress) {
        return Reembedding.inBatches(this, batchSize, progress);
    }

    @Override
    public String embeddingModel() {
        return embedder.id();
    }

    @Override
    public PassageRetriever retriever(RetrievalMode mode) {
        return replica.retriever(mode);
    }

    @Override
    public RetrievalSettings settings() {
        return settings;
    }

    @Override
    public float[] queryVector(String text) {
        return replica.queryVector(text);
    }

    @Override
    public Optional<ArticleSentences> sentences(String articleId) {
        return replica.sentences(articleId);
    }

    @Override
    public double idf(String word) {
        return replica.idf(word);
    }

    @Override
    public long frequency(String word) {
        return replica.frequency(word);
    }

    @Override
    public List<StoredArticle> articles() {
        return replica.articles();
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return replica.article(id);
    }

    @Override
    public long version() {
        return replica.version();
    }

    @Override
    public int passageCount() {
        return replica.passageCount();
    }

    @Override
    public void compact() {
        replica.compact();
    }

    @Override
    public void close() {
        follower.close();
        synchronized (this) {
            writing.close();
        }
        replica.close();
    }

    @Override
    public String toString() {
        return "local copy " + replica;
    }
}
