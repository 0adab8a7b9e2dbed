package newsdesk.cli;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsdesk.answer.Answerer;
import newsdesk.answer.LlmAnswerers;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.ArticleReader;
import newsdesk.article.Ingestor;
import newsdesk.article.SampleCorpus;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
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
    private NewsIndex index;
    private boolean sampleChecked;
    private Answerer answerer;

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

    /** The store as it is (possibly empty). */
    public synchronized NewsIndex index() {
        if (index == null) {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
            }
            NewsIndex opened = Retrieval.open(dataDir.resolve("index"), Retrieval.defaultEmbedder(embeddingModel()),
                    RetrievalSettings.from(config), clock);
            toClose.add(opened);
            index = opened;
        }
        return index;
    }

    /** The store, with the bundled sample loaded first if it holds no articles (and the config allows). */
    public synchronized NewsIndex readyIndex() {
        NewsIndex idx = index();
        if (!sampleChecked) {
            sampleChecked = true;
            if (config.bool("articles.load-sample-when-empty") && idx.passageCount() == 0) {
                var report = new Ingestor(idx, articleReader()).ingest(SampleCorpus.load());
                log.info("store was empty: loaded the bundled sample ({})", report.summaryLine());
            }
        }
        return idx;
    }

    public ArticleReader articleReader() {
        return new ArticleReader(config.integer("ingest.max-file-bytes", 1, Integer.MAX_VALUE));
    }

    /** The answerer the config asks for (offline unless an LLM is configured), over the ready store. */
    public synchronized Answerer answerer() {
        if (answerer == null) {
            NewsIndex index = readyIndex();
            Answerer offline = OfflineAnswerers.offline(index, config);
            answerer = LlmAnswerers.configured(index, OfflineAnswerers.readerRetriever(index, config), offline, config,
                    env, clock);
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
