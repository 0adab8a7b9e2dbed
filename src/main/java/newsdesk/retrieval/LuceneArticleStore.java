package newsdesk.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import newsdesk.article.Article;
import newsdesk.article.ContentHash;
import newsdesk.article.IngestOutcome;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.article.StoredArticle;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles, passages, BM25 terms and passage vectors in one Lucene index folder.
 *
 * <p>Several processes may use the folder: the bot searches while {@code newsdesk ingest} writes. A writer (and
 * Lucene's write lock) is held only from the first change until {@link #commit}; readers pick up any process's
 * commits within {@link IndexOptions#refreshInterval}. Each article is written as one document block (article then
 * passages) replacing the old block in one operation, so no reader and no crash ever sees half an article.
 */
final class LuceneArticleStore implements NewsIndex {
    private static final Logger log = LoggerFactory.getLogger(LuceneArticleStore.class);
    private static final long LOCK_RETRY_MILLIS = 100;
    /** Commit data: the embedding model of every vector in the index. */
    static final String MODEL_KEY = "embedding_model";
    /** What an index written before models were recorded holds. */
    static final String EARLIER_MODEL = "all-minilm-l6-v2-q";

    private final Path folder;
    private final Directory directory;
    private final Embedder embedder;
    private final RetrievalSettings settings;
    private final Clock clock;
    private final IndexOptions options;
    private final Analyzer analyzer;
    private final RefreshingIndexView views;
    private final PassageSearch search;
    private final QueryEmbedder queries;
    /** True while {@link #reembedAll} runs: commits then record a mixed index. */
    private volatile boolean reembedding;

    private final Object writing = new Object();
    /** Open from the first change until commit; guarded by {@link #writing}. */
    private IndexWriter writer;
    /** What was put since the last commit, which the committed view cannot show yet; guarded by {@link #writing}. */
    private final Map<String, StoredArticle> pendingById = new HashMap<>();
    private final Map<String, String> pendingIdByHash = new HashMap<>();

    LuceneArticleStore(Path folder, dev.langchain4j.model.embedding.EmbeddingModel model, RetrievalSettings settings,
                       Clock clock, IndexOptions options) {
        this(folder, Retrieval.embedderFor(model), settings, clock, options, false);
    }

    /**
     * @param allowOtherModel open an index made with another embedding model (to re-embed it); otherwise that is an
     *                        {@link EmbeddingModelMismatch}
     */
    LuceneArticleStore(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock, IndexOptions options,
                       boolean allowOtherModel) {
        this.folder = folder;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = options;
        this.analyzer = options.analyzer().get();
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index folder " + folder, e);
        }
        this.views = new RefreshingIndexView(directory, options.refreshInterval().toNanos(), TimeUnit.NANOSECONDS);
        this.queries = new QueryEmbedder(embedder);
        this.search = new PassageSearch(analyzer, queries, settings.candidates(),
                options.fusion().apply(settings.rrfK()), options.hnsw().searchFactor());
        if (!allowOtherModel) {
            String stored = storedModel();
            if (stored != null && !stored.equals(embedder.id())) {
                views.close();
                closeQuietly();
                throw new EmbeddingModelMismatch(folder.toString(), stored, embedder.id());
            }
        }
    }

    /** The model of the vectors in the index: null when it holds no article, "mixed" after an interrupted re-embed. */
    private String storedModel() {
        return views.read(v -> {
            if (v.getIndexReader().maxDoc() == 0 || v.articles().isEmpty()) {
                return null;
            }
            return v.commitData().getOrDefault(MODEL_KEY, EARLIER_MODEL);
        });
    }

    private void closeQuietly() {
        try {
            directory.close();
        } catch (IOException e) {
            log.debug("closing {} after a model mismatch: {}", folder, e.toString());
        }
    }

    @Override
    public float[] queryVector(String text) {
        return queries.embed(text);
    }

    @Override
    public Optional<ArticleSentences> sentences(String articleId) {
        return views.read(v -> v.sentences(articleId));
    }

    @Override
    public RetrievalSettings settings() {
        return settings;
    }

    @Override
    public PassageRetriever retriever(RetrievalMode mode) {
        Objects.requireNonNull(mode, "mode");
        return (query, filter, limit) -> views.read(view -> search.search(view, mode, query, filter, limit));
    }

    /** The mean idf of the terms the word analyses to (a word like "U.K.-based" can give several). */
    @Override
    public double idf(String word) {
        Set<String> terms = LexicalQuery.terms(analyzer, ArticleDocuments.BODY, word);
        if (terms.isEmpty()) {
            return 0;
        }
        return views.read(v -> terms.stream().mapToDouble(v::idf).average().orElse(0));
    }

    @Override
    public IngestOutcome put(Article article) {
        return putAll(List.of(article)).get(0);
    }

    @Override
    public List<IngestOutcome> putAll(List<Article> articles) {
        List<String> hashes = articles.stream().map(a -> ContentHash.of(a.text())).toList();
        synchronized (writing) {
            if (writer == null) {
                // Most re-ingested articles are unchanged: answer those without taking the write lock.
                views.refreshNow();
                Optional<List<IngestOutcome>> allUnchanged = allUnchanged(articles, hashes);
                if (allUnchanged.isPresent()) {
                    return allUnchanged.get();
                }
                openWriter();
            }
            return write(articles, hashes);
        }
    }

    private Optional<List<IngestOutcome>> allUnchanged(List<Article> articles, List<String> hashes) {
        List<IngestOutcome> outcomes = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Optional<IndexView.ArticleRecord> current = views.read(v -> v.articleRecord(a.id()));
            if (current.isEmpty() || !isUnchanged(current.get(), a, hashes.get(i))) {
                return Optional.empty();
            }
            outcomes.add(unchanged(current.get().stored()));
        }
        return Optional.of(outcomes);
    }

    /** An article that will be written, planned before any is written so that all are embedded in one batch. */
    private record PlannedWrite(int index, StoredArticle stored, List<Passage> passages, boolean replaces,
                                Runnable forget) {
    }

    /** Decides each article in order (later ones see earlier ones), embeds all new passages at once, then writes. */
    private List<IngestOutcome> write(List<Article> articles, List<String> hashes) {
        IngestOutcome[] outcomes = new IngestOutcome[articles.size()];
        List<PlannedWrite> plans = new ArrayList<>();
        int written = 0;
        try {
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                String hash = hashes.get(i);
                Optional<IndexView.ArticleRecord> current = current(article.id());
                if (current.isPresent() && isUnchanged(current.get(), article, hash)) {
                    outcomes[i] = unchanged(current.get().stored());
                    continue;
                }
                Optional<String> holder = otherArticleWith(hash, article.id());
                if (holder.isPresent()) {
                    outcomes[i] = new IngestOutcome(IngestOutcome.Kind.DUPLICATE, article.id(), 0, holder.get());
                    continue;
                }
                List<Passage> passages = Passages.split(article, settings.passageSentences());
                StoredArticle stored = new StoredArticle(article, clock.instant(), passages.size(), hash);
                plans.add(new PlannedWrite(i, stored, passages, current.isPresent(), remember(stored, current)));
            }
            List<ArticleVectors> vectors = embed(plans);
            for (int p = 0; p < plans.size(); p++) {
                PlannedWrite plan = plans.get(p);
                ArticleVectors own = vectors.get(p);
                writer.updateDocuments(ArticleDocuments.idTerm(plan.stored().id()), ArticleDocuments.block(
                        plan.stored(), settings.passageSentences(), plan.passages(), bodies(plan), own.passages(),
                        own.sentences(), embedder.id()));
                written++;
                IngestOutcome.Kind kind = plan.replaces() ? IngestOutcome.Kind.UPDATED : IngestOutcome.Kind.ADDED;
                outcomes[plan.index()] = new IngestOutcome(kind, plan.stored().id(), plan.passages().size(), null);
            }
            return List.of(outcomes);
        } catch (IOException | RuntimeException e) {
            for (int p = plans.size() - 1; p >= written; p--) {
                plans.get(p).forget().run();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot write articles to " + folder, io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Records a planned article as pending; the returned action takes that back if it is not written after all. */
    private Runnable remember(StoredArticle stored, Optional<IndexView.ArticleRecord> current) {
        String id = stored.id();
        StoredArticle previousPending = pendingById.put(id, stored);
        String oldHash = current.map(c -> c.stored().contentHash()).orElse(null);
        boolean droppedOldHash = oldHash != null && pendingIdByHash.remove(oldHash, id);
        String previousHolder = pendingIdByHash.put(stored.contentHash(), id);
        return () -> {
            restore(pendingIdByHash, stored.contentHash(), previousHolder);
            if (droppedOldHash) {
                pendingIdByHash.put(oldHash, id);
            }
            restore(pendingById, id, previousPending);
        };
    }

    private static <V> void restore(Map<String, V> map, String key, V previous) {
        if (previous == null) {
            map.remove(key);
        } else {
            map.put(key, previous);
        }
    }

    private List<String> bodies(PlannedWrite plan) {
        List<String> bodies = new ArrayList<>(plan.passages().size());
        for (Passage p : plan.passages()) {
            bodies.add(options.titleInBody() ? plan.stored().article().title() + "\n" + p.text() : p.text());
        }
        return bodies;
    }

    private Optional<IndexView.ArticleRecord> current(String id) {
        StoredArticle pending = pendingById.get(id);
        if (pending != null) {
            return Optional.of(new IndexView.ArticleRecord(pending, settings.passageSentences(), embedder.id()));
        }
        return views.read(v -> v.articleRecord(id));
    }

    private Optional<String> otherArticleWith(String hash, String exceptId) {
        String pending = pendingIdByHash.get(hash);
        if (pending != null && !pending.equals(exceptId)) {
            return Optional.of(pending);
        }
        for (String id : views.read(v -> v.idsWithHash(hash))) {
            StoredArticle replaced = pendingById.get(id);
            boolean stillHoldsIt = replaced == null || replaced.contentHash().equals(hash);
            if (!id.equals(exceptId) && stillHoldsIt) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Same text and the same metadata, split the same way: nothing to do (in particular, nothing to embed). */
    private boolean isUnchanged(IndexView.ArticleRecord current, Article article, String hash) {
        Article old = current.stored().article();
        return current.stored().contentHash().equals(hash)
                && current.passageSentences() == settings.passageSentences()
                && embedder.id().equals(current.model())
                && old.text().equals(article.text())
                && old.title().equals(article.title())
                && Objects.equals(old.source(), article.source())
                && Objects.equals(old.published(), article.published())
                && Objects.equals(old.url(), article.url());
    }

    private static IngestOutcome unchanged(StoredArticle stored) {
        return new IngestOutcome(IngestOutcome.Kind.UNCHANGED, stored.id(), stored.passages(), null);
    }

    /** The vectors of one planned article: one per passage (the mean of its sentences'), and one per sentence. */
    private record ArticleVectors(List<float[]> passages, SentenceVectors sentences) {
    }

    /**
     * Embeds every sentence of the planned articles in one batch; a passage's vector is the normalised mean of its
     * sentences', so the model runs once over the text (measured: as good for search as embedding passages apart).
     */
    private List<ArticleVectors> embed(List<PlannedWrite> plans) {
        List<String> texts = new ArrayList<>();
        for (PlannedWrite plan : plans) {
            for (Passage p : plan.passages()) {
                p.sentences().forEach(sentence -> texts.add(sentence.text()));
            }
        }
        List<float[]> vectors = embedder.passages(texts);
        List<ArticleVectors> out = new ArrayList<>(plans.size());
        int next = 0;
        for (PlannedWrite plan : plans) {
            List<float[]> passageVectors = new ArrayList<>(plan.passages().size());
            List<float[]> sentenceVectors = new ArrayList<>();
            for (Passage p : plan.passages()) {
                List<float[]> own = vectors.subList(next, next + p.sentences().size());
                next += own.size();
                passageVectors.add(Vectors.normalised(Vectors.sum(own)));
                sentenceVectors.addAll(own);
            }
            out.add(new ArticleVectors(passageVectors, SentenceVectors.quantize(sentenceVectors)));
        }
        return out;
    }

    @Override
    public void commit() {
        synchronized (writing) {
            if (writer != null) {
                try {
                    writer.setLiveCommitData(Map.of(MODEL_KEY, reembedding ? "mixed" : embedder.id()).entrySet());
                    writer.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot commit the index in " + folder, e);
                } finally {
                    closeWriter();
                }
            }
            views.refreshNow();
        }
    }

    @Override
    public int reembedAll(int batchSize, java.util.function.IntConsumer progress) {
        reembedding = true;
        int done = 0;
        try {
            List<StoredArticle> all = articles();
            for (int i = 0; i < all.size(); i += batchSize) {
                List<Article> batch = all.subList(i, Math.min(all.size(), i + batchSize)).stream()
                        .map(StoredArticle::article).toList();
                putAll(batch);
                commit();
                done += batch.size();
                progress.accept(done);
            }
        } finally {
            reembedding = false;
        }
        synchronized (writing) {
            openWriter();
            commit();
        }
        return done;
    }

    @Override
    public String embeddingModel() {
        return embedder.id();
    }

    @Override
    public void compact() {
        synchronized (writing) {
            boolean opened = writer == null;
            if (opened) {
                openWriter();
            }
            try {
                writer.forceMerge(1);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot merge the index in " + folder, e);
            }
            if (opened) {
                commit();
            }
        }
    }

    private void openWriter() {
        long deadline = System.nanoTime() + options.lockWait().toNanos();
        boolean logged = false;
        while (true) {
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzer)
                        .setCodec(HnswCodec.of(options.hnsw()))
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(64)
                        .setCommitOnClose(false);
                writer = new IndexWriter(directory, config);
                break;
            } catch (LockObtainFailedException held) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the index in " + folder + " is being written by another process"
                            + " (a running `newsdesk ingest` or bot?); gave up waiting after "
                            + options.lockWait().toSeconds() + " s", held);
                }
                if (!logged) {
                    log.info("Index {} is being written by another process; waiting up to {} s", folder,
                            options.lockWait().toSeconds());
                    logged = true;
                }
                sleep(LOCK_RETRY_MILLIS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the index in " + folder + " for writing", e);
            }
        }
        // Now that nobody else can commit, the latest commit plus what we put is the whole truth.
        views.refreshNow();
    }

    private void closeWriter() {
        IndexWriter w = writer;
        writer = null;
        pendingById.clear();
        pendingIdByHash.clear();
        try {
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index writer of " + folder, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the index lock", e);
        }
    }

    @Override
    public List<StoredArticle> articles() {
        return views.read(IndexView::articles);
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return views.read(v -> v.article(id));
    }

    @Override
    public long version() {
        views.refreshNow();
        return views.read(IndexView::version);
    }

    @Override
    public int passageCount() {
        return views.read(IndexView::passageCount);
    }

    /** Commits what was put and not yet committed, then releases the folder. */
    @Override
    public void close() {
        synchronized (writing) {
            try {
                if (writer != null) {
                    log.info("Committing uncommitted articles while closing the index in {}", folder);
                    commit();
                }
            } finally {
                views.close();
                try {
                    directory.close();
                } catch (IOException e) {
                    log.warn("Cannot close the index folder {}: {}", folder, e.toString());
                }
            }
        }
    }
}
