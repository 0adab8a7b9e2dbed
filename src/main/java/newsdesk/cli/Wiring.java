package newsdesk.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsdesk.answer.Answerer;
import newsdesk.answer.LlmAnswerers;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.ArticleReader;
import newsdesk.article.IngestSettings;
import newsdesk.article.Ingestor;
import newsdesk.article.SampleCorpus;
import newsdesk.config.Config;
import newsdesk.database.DatabaseSettings;
import newsdesk.database.DatabaseUnavailable;
import newsdesk.retrieval.DemoWhileEmpty;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import newsdesk.retrieval.WriterWait;
import newsdesk.state.StateDatabase;
import newsdesk.state.StateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a command needs, built by hand on first use and closed at the end: the one place where the parts of
 * Newsdesk are put together.
 */
public final class Wiring implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Wiring.class);

    private final Config config;
    private final Path dataDir;
    private final Clock clock;
    private final Map<String, String> env;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    private BackgroundEmbeddingModel embeddingModel;
    private NewsIndex store;
    private NewsIndex answering;
    private Answerer answerer;
    private StateDatabase state;
    /** Under the data folder: the local copy of the shared database's articles (never the embedded store's index). */
    static final String REPLICA_FOLDER = "replica";

    Wiring(Config config, Path dataDir, Clock clock, Map<String, String> env, BufferedReader in, PrintStream out,
           PrintStream err, boolean interactive) {
        this.config = config;
        this.dataDir = dataDir;
        this.clock = clock;
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public Config config() {
        return config;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    public Map<String, String> env() {
        return env;
    }

    public BufferedReader in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** True when standard error is a terminal a person watches (progress bars, prompts). */
    public boolean interactive() {
        return interactive;
    }

    /** Starts loading the embedding model now, for a command that will embed (ask, ingest, the bot...). */
    public synchronized void prefetchEmbeddingModel() {
        embeddingModel();
        embeddingModel.prefetch();
    }

    public synchronized EmbeddingModel embeddingModel() {
        if (embeddingModel == null) {
            embeddingModel = new BackgroundEmbeddingModel(
                    () -> timed("embedding model loaded", Retrieval::defaultEmbeddingModel));
            toClose.add(embeddingModel);
        }
        return embeddingModel;
    }

    /** Where state and articles live: the data folder, or the PostgreSQL database {@code database.url} names. */
    public DatabaseSettings database() {
        return DatabaseSettings.from(config, env);
    }

    private Duration replicaPoll() {
        return Duration.ofSeconds(config.integer("database.poll-seconds", 1, 30));
    }

    /** The state database (subscriptions, ledger, feedback...), closed at the end. */
    public synchronized StateDatabase stateDatabase() {
        if (state == null) {
            state = StateDatabase.open(database(), dataDir, clock);
            toClose.add(state);
        }
        return state;
    }

    /**
     * Brings the shared database's schema up to date (the articles' tables come with the state's migrations); while
     * the database is away, the local copy answers on its own and writes say why they fail.
     */
    private void schemaIfReachable() {
        try {
            stateDatabase();
        } catch (StateException | DatabaseUnavailable e) {
            log.warn("{}: answering from this process's copy of the articles", e.getMessage());
        }
    }

    /**
     * The user's store as it is (possibly empty). Reading it creates nothing; the first write creates the folder. A
     * write waits for another writer as {@code ingest.wait-seconds} says, with a line on standard error.
     */
    public synchronized NewsIndex store() {
        if (store == null) {
            IngestSettings ingest = IngestSettings.from(config);
            WriterWait wait = WriterWait.of(ingest.writerWait(), message -> err.println("newsdesk: " + message));
            if (database().shared()) {
                schemaIfReachable();
            }
            NewsIndex opened = database().shared()
                    ? Retrieval.shared(database(), dataDir.resolve(REPLICA_FOLDER),
                            Retrieval.defaultEmbedder(embeddingModel()), RetrievalSettings.from(config), clock,
                            replicaPoll())
                    : Retrieval.open(dataDir.resolve("index"), Retrieval.defaultEmbedder(embeddingModel()),
                            RetrievalSettings.from(config), clock, wait);
            toClose.add(opened);
            store = opened;
        }
        return store;
    }

    /** The user's store opened whatever embedding model made its vectors, to embed every article again. */
    public synchronized NewsIndex storeToReembed() {
        IngestSettings ingest = IngestSettings.from(config);
        WriterWait wait = WriterWait.of(ingest.writerWait(), message -> err.println("newsdesk: " + message));
        if (database().shared()) {
            schemaIfReachable();
        }
        NewsIndex opened = database().shared()
                ? Retrieval.sharedForReembedding(database(), dataDir.resolve(REPLICA_FOLDER),
                        Retrieval.defaultEmbedder(embeddingModel()), RetrievalSettings.from(config), clock,
                        replicaPoll())
                : Retrieval.openForReembedding(dataDir.resolve("index"), Retrieval.defaultEmbedder(embeddingModel()),
                        RetrievalSettings.from(config), clock, wait);
        toClose.add(opened);
        return opened;
    }

    /**
     * What questions are answered from: the store, or while it is empty (and {@code articles.load-sample-when-empty}
     * allows) the bundled sample, indexed in memory on first need and never written to the store.
     */
    public synchronized NewsIndex answeringIndex() {
        if (answering == null) {
            if (config.bool("articles.load-sample-when-empty")) {
                DemoWhileEmpty demo = Retrieval.demoWhileEmpty(store(), this::sampleIndex);
                toClose.add(demo);
                answering = demo;
            } else {
                answering = store();
            }
        }
        return answering;
    }

    /** True when answers come from the bundled sample because the store is empty. */
    public boolean answeringFromSample() {
        return answeringIndex() instanceof DemoWhileEmpty demo && demo.showingDemo();
    }

    private NewsIndex sampleIndex() {
        NewsIndex sample = Retrieval.inMemory("the bundled sample", Retrieval.defaultEmbedder(embeddingModel()),
                RetrievalSettings.from(config), clock);
        var report = new Ingestor(sample, articleReader()).ingest(SampleCorpus.load());
        log.debug("the store is empty: answering from the bundled sample ({})", report.summaryLine());
        return sample;
    }

    public ArticleReader articleReader() {
        return new ArticleReader(IngestSettings.from(config).maxFileBytes());
    }

    /** An ingestor into the store, with the configured minimum of words, committing by this wiring's clock. */
    public Ingestor ingestor() {
        return new Ingestor(store(), articleReader(), IngestSettings.from(config).minWords(), clock);
    }

    /**
     * The answerer the config asks for (offline unless an LLM is configured), over {@link #answeringIndex}; answers
     * from the bundled sample say so in their notice.
     */
    public synchronized Answerer answerer() {
        if (answerer == null) {
            NewsIndex index = answeringIndex();
            Answerer offline = OfflineAnswerers.offline(index, config);
            Answerer configured = LlmAnswerers.configured(index, OfflineAnswerers.readerRetriever(index, config),
                    offline, config, env, clock);
            answerer = NoticeAnswerer.fromStaleCopy(NoticeAnswerer.fromSample(configured, this::answeringFromSample),
                    index::possiblyStale);
        }
        return answerer;
    }

    /** Registers something to close when the command ends (in reverse order). */
    public synchronized void closeAtEnd(AutoCloseable closeable) {
        toClose.add(closeable);
    }

    @Override
    public synchronized void close() {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            try {
                toClose.get(i).close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", toClose.get(i), e.toString());
            }
        }
        toClose.clear();
    }

    private static <T> T timed(String what, Supplier<T> supplier) {
        long start = System.nanoTime();
        T value = supplier.get();
        log.debug("{} in {} ms", what, (System.nanoTime() - start) / 1_000_000);
        return value;
    }
}
