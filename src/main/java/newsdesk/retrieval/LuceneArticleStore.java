package newsdesk.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import newsdesk.article.StoreBusyException;
import newsdesk.config.FileErrors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Articles, passages, BM25 terms and passage vectors in one Lucene index folder (or in memory).
 *
 * <p>Several processes may use the folder: the bot searches while {@code newsdesk ingest} writes. Readers never take
 * a lock: they read the last commit, and pick up any process's commits within {@link IndexOptions#refreshInterval}.
 * A reader of a folder that does not exist yet creates nothing. A writer (and Lucene's write lock) is held only from
 * the first change until {@link #commit}; a second writer waits for it as {@link WriterWait} says, naming the
 * process it waits for. Each article is written as one document block (article then passages) replacing the old
 * block in one operation, so no reader and no crash ever sees half an article.
 */
final class LuceneArticleStore implements NewsIndex {
    private static final Logger log = LoggerFactory.getLogger(LuceneArticleStore.class);
    /** Commit data: the embedding model of every vector in the index. */
    static final String MODEL_KEY = "embedding_model";
    /** What an index written before models were recorded holds. */
    static final String EARLIER_MODEL = "all-minilm-l6-v2-q";

    private final Path folder; // null in memory
    private final String where;
    private volatile Directory directory; // null while the folder does not exist
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
    /** What was put since the last commit; guarded by {@link #writing}. */
    private final PendingArticles pending = new PendingArticles();
    /** Writers already named to {@link WriterWait#onWaiting}: two ingests taking turns are announced once each. */
    private final Set<String> announcedHolders = new HashSet<>();

    LuceneArticleStore(Path folder, EmbeddingModel model, RetrievalSettings settings, Clock clock, IndexOptions options) {
        this(folder, Retrieval.embedderFor(model), settings, clock, options, false);
    }

    /**
     * @param allowOtherModel open an index made with another embedding model (to re-embed it); otherwise that is an
     *                        {@link EmbeddingModelMismatch}
     */
    LuceneArticleStore(Path folder, Embedder embedder, RetrievalSettings settings, Clock clock, IndexOptions options,
                       boolean allowOtherModel) {
        this(folder, folder.toString(), null, embedder, settings, clock, options);
        if (Files.exists(folder)) {
            openFolder(false); // fails now, not at the first search, when the folder cannot be used
            if (!allowOtherModel) {
                checkModel();
            }
        }
    }

    /** An index that lives in memory only, gone when closed (the bundled sample, answered from without a store). */
    LuceneArticleStore(Directory memory, String name, Embedder embedder, RetrievalSettings settings, Clock clock,
                       IndexOptions options) {
        this(null, name, memory, embedder, settings, clock, options);
    }

    private LuceneArticleStore(Path folder, String where, Directory directory, Embedder embedder,
                               RetrievalSettings settings, Clock clock, IndexOptions options) {
        this.folder = folder;
        this.where = where;
        this.directory = directory;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = options;
        this.analyzer = options.analyzer().get();
        this.views = new RefreshingIndexView(this::directoryOnceThere, options.refreshInterval().toNanos(),
                TimeUnit.NANOSECONDS);
        this.queries = new QueryEmbedder(embedder);
        this.search = new PassageSearch(analyzer, queries, settings.candidates(),
                options.fusion().apply(settings.rrfK()), options.hnsw().searchFactor(), options.scan());
    }

    /** Refuses an index whose vectors another model made: searching it with this one would find nonsense. */
    private void checkModel() {
        String stored = storedModel();
        if (stored != null && !stored.equals(embedder.id())) {
            views.close();
            try {
                directory.close();
            } catch (IOException e) {
                log.debug("closing {} after a model mismatch: {}", where, e.toString());
            }
            throw new EmbeddingModelMismatch(where, stored, embedder.id());
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
    public long frequency(String word) {
        Set<String> terms = LexicalQuery.terms(analyzer, ArticleDocuments.BODY, word);
        if (terms.isEmpty()) {
            return 0;
        }
        return views.read(v -> terms.stream().mapToLong(v::documentFrequency).min().orElse(0));
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
                plans.add(new PlannedWrite(i, stored, passages, current.isPresent(),
                        pending.remember(stored, current.map(c -> c.stored().contentHash()).orElse(null))));
            }
            List<EmbeddedArticle> vectors = embed(plans);
            for (int p = 0; p < plans.size(); p++) {
                PlannedWrite plan = plans.get(p);
                EmbeddedArticle own = vectors.get(p);
                writer.updateDocuments(ArticleDocuments.idTerm(plan.stored().id()), ArticleDocuments.block(
                        plan.stored(), settings.passageSentences(), plan.passages(), bodies(plan.stored(),
                        plan.passages()), own.passageVectors(), own.sentenceVectors(), embedder.id()));
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
                throw new UncheckedIOException("cannot write articles to " + where + ": " + FileErrors.reason(io), io);
            }
            throw (RuntimeException) e;
        }
    }

    private List<String> bodies(StoredArticle stored, List<Passage> passages) {
        List<String> bodies = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            bodies.add(options.titleInBody() ? stored.article().title() + "\n" + p.text() : p.text());
        }
        return bodies;
    }

    private Optional<IndexView.ArticleRecord> current(String id) {
        Optional<StoredArticle> put = pending.get(id);
        if (put.isPresent()) {
            return Optional.of(new IndexView.ArticleRecord(put.get(), settings.passageSentences(), embedder.id()));
        }
        return views.read(v -> v.articleRecord(id));
    }

    private Optional<String> otherArticleWith(String hash, String exceptId) {
        return pending.otherWith(hash, exceptId, views.read(v -> v.idsWithHash(hash)));
    }

    private boolean isUnchanged(IndexView.ArticleRecord current, Article article, String hash) {
        return isUnchanged(current, article, hash, settings.passageSentences(), embedder.id());
    }

    /** Same text and the same metadata, split the same way, by the same model: nothing to do (nothing to embed). */
    static boolean isUnchanged(IndexView.ArticleRecord current, Article article, String hash, int passageSentences,
                               String model) {
        Article old = current.stored().article();
        return current.stored().contentHash().equals(hash)
                && current.passageSentences() == passageSentences
                && model.equals(current.model())
                && old.text().equals(article.text())
                && old.title().equals(article.title())
                && Objects.equals(old.source(), article.source())
                && Objects.equals(old.published(), article.published())
                && Objects.equals(old.url(), article.url());
    }

    private static IngestOutcome unchanged(StoredArticle stored) {
        return new IngestOutcome(IngestOutcome.Kind.UNCHANGED, stored.id(), stored.passages(), null);
    }

    private List<EmbeddedArticle> embed(List<PlannedWrite> plans) {
        return EmbeddedArticle.embed(embedder, settings.passageSentences(),
                plans.stream().map(PlannedWrite::stored).toList(), plans.stream().map(PlannedWrite::passages).toList());
    }

    /**
     * Writes articles whose vectors were made elsewhere (a local copy of the shared database's articles), with the
     * commit data given, in one commit: the model is not called.
     */
    void replicate(List<EmbeddedArticle> articles, Map<String, String> commitData) {
        synchronized (writing) {
            if (writer == null) {
                openWriter();
            }
            try {
                for (EmbeddedArticle a : articles) {
                    writer.updateDocuments(ArticleDocuments.idTerm(a.stored().id()), ArticleDocuments.block(a.stored(),
                            a.passageSentences(), a.passages(), bodies(a.stored(), a.passages()), a.passageVectors(),
                            a.sentenceVectors(), a.model()));
                }
                Map<String, String> data = new HashMap<>(commitData);
                data.put(MODEL_KEY, embedder.id());
                writer.setLiveCommitData(data.entrySet());
                commitSettled();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write articles to " + where + ": " + FileErrors.reason(e), e);
            } finally {
                closeWriter();
            }
            views.refreshNow();
        }
    }

    /** Removes every article (a local copy about to be built again from another database). */
    void clear() {
        synchronized (writing) {
            if (writer == null) {
                openWriter();
            }
            try {
                writer.deleteAll();
                writer.setLiveCommitData(Map.<String, String>of().entrySet());
                commitSettled();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear the index in " + where + ": " + FileErrors.reason(e), e);
            } finally {
                closeWriter();
            }
            views.refreshNow();
        }
    }

    /** What the last commit recorded (the model, and for a local copy where it caught up to). */
    Map<String, String> commitData() {
        views.refreshNow();
        return views.read(IndexView::commitData);
    }

    @Override
    public void commit() {
        synchronized (writing) {
            if (writer != null) {
                try {
                    writer.setLiveCommitData(Map.of(MODEL_KEY, reembedding ? "mixed" : embedder.id()).entrySet());
                    commitSettled();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot commit the index in " + where + ": " + FileErrors.reason(e), e);
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
        int done;
        try {
            done = Reembedding.inBatches(this, batchSize, progress);
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
                throw new UncheckedIOException("cannot merge the index in " + where + ": " + FileErrors.reason(e), e);
            }
            if (opened) {
                commit();
            }
        }
    }

    /** The directory, opened when its folder has appeared (another process may create it); null until then. */
    private Directory directoryOnceThere() {
        if (directory == null && folder != null && Files.isDirectory(folder)) {
            openFolder(false);
        }
        return directory;
    }

    /** Opens the folder, creating it when a writer needs it; a reader of a folder that is not there creates nothing. */
    private synchronized void openFolder(boolean create) {
        if (directory != null) {
            return;
        }
        try {
            if (create) {
                Files.createDirectories(folder);
            } else if (!Files.isDirectory(folder)) {
                throw new UncheckedIOException("cannot open the index folder " + where + ": not a directory",
                        new java.nio.file.NotDirectoryException(folder.toString()));
            }
            directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot " + (create ? "create" : "open") + " the index folder " + where
                    + ": " + FileErrors.reason(e), e);
        }
    }

    /**
     * Takes Lucene's write lock, waiting while another process holds it: the first time for each holder, {@link
     * WriterWait#onWaiting} hears who it is; past {@link WriterWait#limit} (measured on the store's clock) the wait
     * ends with a {@link StoreBusyException}.
     */
    private void openWriter() {
        if (folder != null) {
            openFolder(true);
        }
        WriterWait wait = options.writerWait();
        Instant start = clock.instant();
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
                String holder = WriterPid.holder(folder);
                if (wait.limit().isPresent()
                        && !clock.instant().isBefore(start.plus(wait.limit().get()))) {
                    throw new StoreBusyException(holder + " kept writing " + where + " for longer than the "
                            + wait.limit().get().toSeconds() + " s this one waits (ingest.wait-seconds)");
                }
                if (announcedHolders.add(holder)) {
                    wait.onWaiting().accept("waiting for " + holder + " to finish writing " + where);
                }
                wait.pause().run();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the index in " + where + " for writing: "
                        + FileErrors.reason(e), e);
            }
        }
        WriterPid.record(folder);
        // Now that nobody else can commit, the latest commit plus what we put is the whole truth.
        views.refreshNow();
    }

    /**
     * Commits, lets the merges that the commit started finish, and commits their result. The writer is closed after
     * every commit so that other processes may write in between, and closing aborts running merges: without this
     * wait a long ingest of small commits never completes a merge, and segments pile up (measured: one per commit,
     * 66 segments after 36k passages, ingest slowing as they grow).
     */
    private void commitSettled() throws IOException {
        writer.commit();
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
        }
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    private void closeWriter() {
        IndexWriter w = writer;
        writer = null;
        pending.clear();
        try {
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index writer of " + where + ": " + FileErrors.reason(e), e);
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

    @Override
    public String toString() {
        return where;
    }

    /** Commits what was put and not yet committed, then releases the folder. */
    @Override
    public void close() {
        synchronized (writing) {
            try {
                if (writer != null) {
                    log.info("Committing uncommitted articles while closing the index in {}", where);
                    commit();
                }
            } finally {
                views.close();
                try {
                    if (directory != null) {
                        directory.close();
                    }
                } catch (IOException e) {
                    log.warn("Cannot close the index folder {}: {}", where, FileErrors.reason(e));
                }
            }
        }
    }
}
