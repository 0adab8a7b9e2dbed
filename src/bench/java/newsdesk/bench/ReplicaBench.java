package newsdesk.bench;

import static newsdesk.bench.Figures.deleteRecursively;
import static newsdesk.bench.Figures.heapUsedAfterGc;
import static newsdesk.bench.Figures.round1;
import static newsdesk.bench.Figures.round3;
import static newsdesk.bench.Figures.seconds;
import static newsdesk.bench.Figures.timed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import newsdesk.answer.Answerer;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.config.Config;
import newsdesk.database.DatabaseSettings;
import newsdesk.retrieval.Embedder;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.PassageRetriever;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalMode;
import newsdesk.retrieval.RetrievalSettings;
import newsdesk.state.StateDatabase;

/**
 * Several processes on one PostgreSQL (issue 12), measured on the synthetic corpus: ingest rate into the database
 * against the model alone, a fresh process's copy built from the stored vectors, the lag from an ingest's commit to
 * searchable in another process, the heap of a process with its copy open, search latency on a copy against a
 * local store of the same articles, and what asking costs the database.
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=newsdesk.bench.ReplicaBench
 * -Dexec.args="--passages 100000"}; {@code --no-merged-comparison} leaves out the comparison of one-segment indexes
 * (two full merges, minutes at 100k); {@code --database-url jdbc:postgresql://...} measures on a server of your own,
 * else an embedded PostgreSQL 17 is started. Vectors come from the main bench's cache where it has them (a copy of
 * {@code ${java.io.tmpdir}/newsdesk-bench-cache}), else from a hashed stand-in; the ingest rate always uses the real
 * model.
 */
public final class ReplicaBench {
    static final int REAL_INGEST_PASSAGES = 3_000;
    static final int CHUNK_PASSAGES = 300;
    static final int PUT_ALL_ARTICLES = 50;
    static final int LAG_SAMPLES = 100;
    static final int QUERIES = 300;
    static final int ROUNDS = 3;

    private final PrintStream progress;
    /** Also merge the copy and the local store into one segment each and time both again (minutes at 100k). */
    private final boolean mergedComparison;

    private ReplicaBench(PrintStream progress, boolean mergedComparison) {
        this.progress = progress;
        this.mergedComparison = mergedComparison;
    }

    public static void main(String[] args) throws Exception {
        int passages = 100_000;
        String url = null;
        boolean json = false;
        boolean merged = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--passages" -> passages = Integer.parseInt(args[++i]);
                case "--database-url" -> url = args[++i];
                case "--json" -> json = true;
                case "--no-merged-comparison" -> merged = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--passages N, --database-url URL, --json, --no-merged-comparison)");
            }
        }
        Map<String, Object> r;
        if (url == null) {
            try (EmbeddedDatabase pg = EmbeddedDatabase.start()) {
                r = new ReplicaBench(System.err, merged).measure(passages, pg.url());
                r.put("database", "embedded PostgreSQL 17 on this machine");
            }
        } else {
            r = new ReplicaBench(System.err, merged).measure(passages, url);
            r.put("database", "given by --database-url");
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(r));
        } else {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        }
    }

    Map<String, Object> measure(int passages, String url) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        DatabaseSettings database = new DatabaseSettings(url, System.getenv(DatabaseSettings.PASSWORD_ENV));
        StateDatabase.open(database, Clock.systemUTC()).close(); // the schema
        RetrievalSettings settings = RetrievalSettings.from(Config.defaults());
        EmbeddingModel model = Retrieval.defaultEmbeddingModel();
        model.embed("warm up");
        Path work = Files.createTempDirectory("newsdesk-replica-bench");
        try {
            Path cacheCopy = copyOfSharedCache(work);
            CachedOrHashedModel filler = new CachedOrHashedModel(EmbeddingCache.load(cacheCopy, model.dimension()),
                    model.dimension());
            SwitchableModel writing = new SwitchableModel(model, filler);
            List<Article> corpus = SyntheticCorpus.articles(passages, Bench.SEED);
            List<String> queries = QuerySet.of(corpus, Bench.SEED + 1, QUERIES);
            List<Article> later = SyntheticCorpus.articles(LAG_SAMPLES * SyntheticCorpus.PASSAGES_PER_ARTICLE,
                    Bench.SEED + 9).stream().map(a -> new Article("later-" + a.id(), a.title(), a.source(),
                    a.published(), a.url(), a.text(), a.origin())).toList();

            NewsIndex writer = Retrieval.shared(database, work.resolve("writer"), Retrieval.defaultEmbedder(writing),
                    settings, Clock.systemUTC(), Duration.ofSeconds(5));
            r.put("ingest", ingest(writer, writing, model, corpus, settings, filler));
            r.put("vectors", Map.of("from_the_model_cache", filler.cached.get(), "hashed_stand_ins", filler.hashed.get()));

            step("building a fresh process's copy from the database");
            CountingModel counting = new CountingModel(model);
            long start = System.nanoTime();
            NewsIndex replica = Retrieval.shared(database, work.resolve("replica"), Retrieval.defaultEmbedder(counting),
                    settings, Clock.systemUTC(), Duration.ofSeconds(30));
            long buildNanos = System.nanoTime() - start;
            Map<String, Object> build = new LinkedHashMap<>();
            build.put("passages", replica.passageCount());
            build.put("seconds", round3(seconds(buildNanos)));
            build.put("passages_per_s", round1(replica.passageCount() / seconds(buildNanos)));
            build.put("texts_embedded", counting.texts.get());
            r.put("replica_build", build);

            r.put("change_lag_ms", lag(writer, replica, later));
            writer.close();
            writer = null;
            // only the copy (and the model) should be in the heap when it is measured, not the bench's vectors
            corpus = null;
            writing = null;
            filler = null;
            for (String q : queries) {
                replica.retriever(RetrievalMode.HYBRID).retrieve(q, settings.topK());
            }
            r.put("heap_mb_process_with_copy_open", round1(heapUsedAfterGc() / 1e6));

            r.put("database_during_asks", askLoad(replica, url, database, queries));

            step("building a local store of the same articles to compare searches");
            Path localDir = work.resolve("local");
            CachedOrHashedModel vectorsAgain = new CachedOrHashedModel(EmbeddingCache.load(cacheCopy,
                    model.dimension()), model.dimension());
            try (NewsIndex local = Retrieval.open(localDir, Retrieval.defaultEmbedder(vectorsAgain), settings,
                    Clock.systemUTC())) {
                List<Article> again = SyntheticCorpus.articles(passages, Bench.SEED);
                for (int from = 0; from < again.size(); from += PUT_ALL_ARTICLES) {
                    local.putAll(again.subList(from, Math.min(again.size(), from + PUT_ALL_ARTICLES)));
                }
                local.putAll(later);
                local.commit();
                step("timing searches on the copy and on the local store");
                Map<String, Object> search = new LinkedHashMap<>();
                timeBoth(replica, local, queries, settings, "", search);
                search.put("copy_segments", segments(work.resolve("replica")));
                search.put("local_segments", segments(localDir));
                if (mergedComparison) {
                    step("merging both into one segment and timing again");
                    replica.compact();
                    local.compact();
                    timeBoth(replica, local, queries, settings, "_one_segment", search);
                }
                search.put("copy_passages", replica.passageCount());
                search.put("local_passages", local.passageCount());
                r.put("search_ms", search);
            }
            replica.close();
        } finally {
            deleteRecursively(work);
        }
        return r;
    }

    /** Hybrid search on the copy and on the local store, both warmed first, into {@code copy_hybrid<suffix>} etc. */
    private static void timeBoth(NewsIndex copy, NewsIndex local, List<String> queries, RetrievalSettings settings,
                                 String suffix, Map<String, Object> search) {
        PassageRetriever onCopy = copy.retriever(RetrievalMode.HYBRID);
        PassageRetriever onLocal = local.retriever(RetrievalMode.HYBRID);
        for (int round = 0; round < 2; round++) {
            queries.forEach(q -> onCopy.retrieve(q, settings.topK()));
            queries.forEach(q -> onLocal.retrieve(q, settings.topK()));
        }
        search.put("copy_hybrid" + suffix, Percentiles.bestOf(ROUNDS, queries,
                q -> timed(() -> onCopy.retrieve(q, settings.topK()))));
        search.put("local_hybrid" + suffix, Percentiles.bestOf(ROUNDS, queries,
                q -> timed(() -> onLocal.retrieve(q, settings.topK()))));
    }

    /** The real model for the first passages (timed against the model alone on the same texts), then the filler. */
    private Map<String, Object> ingest(NewsIndex writer, SwitchableModel writing, EmbeddingModel model,
                                       List<Article> corpus, RetrievalSettings settings, CachedOrHashedModel filler) {
        Embedder raw = Retrieval.defaultEmbedder(model);
        int realPassages = 0;
        long ingestNanos = 0;
        long rawNanos = 0;
        int rawTexts = 0;
        int next = 0;
        step("ingesting with the real model, alternating with the model alone on the same sentences");
        writing.real(true);
        while (next < corpus.size() && realPassages < REAL_INGEST_PASSAGES) {
            List<Article> chunk = new ArrayList<>();
            int chunkPassages = 0;
            List<String> sentences = new ArrayList<>();
            while (next < corpus.size() && chunkPassages < CHUNK_PASSAGES) {
                Article a = corpus.get(next++);
                chunk.add(a);
                for (Passage p : Passages.split(a, settings.passageSentences())) {
                    chunkPassages++;
                    p.sentences().forEach(s -> sentences.add(s.text()));
                }
            }
            long start = System.nanoTime();
            writer.putAll(chunk);
            ingestNanos += System.nanoTime() - start;
            long rawStart = System.nanoTime();
            raw.passages(sentences);
            rawNanos += System.nanoTime() - rawStart;
            rawTexts += sentences.size();
            realPassages += chunkPassages;
        }
        writer.commit();
        step("ingesting the other passages with cached or stand-in vectors");
        writing.real(false);
        long restStart = System.nanoTime();
        int restArticles = 0;
        for (int from = next; from < corpus.size(); from += PUT_ALL_ARTICLES) {
            List<Article> batch = corpus.subList(from, Math.min(corpus.size(), from + PUT_ALL_ARTICLES));
            writer.putAll(batch);
            restArticles += batch.size();
            if ((from / PUT_ALL_ARTICLES) % 100 == 0) {
                step("  " + from + " of " + corpus.size() + " articles");
            }
        }
        long restNanos = System.nanoTime() - restStart;
        writer.commit();
        Map<String, Object> ingest = new LinkedHashMap<>();
        double rate = realPassages / seconds(ingestNanos);
        double rawRate = realPassages / seconds(rawNanos);
        ingest.put("real_model_passages", realPassages);
        ingest.put("passages_per_s_into_postgres", round1(rate));
        ingest.put("model_alone_passages_per_s_same_sentences", round1(rawRate));
        ingest.put("model_alone_sentences", rawTexts);
        ingest.put("ratio_to_model_alone", round3(rate / rawRate));
        ingest.put("other_articles", restArticles);
        ingest.put("other_passages_per_s_with_vectors_given", round1(
                (writer.passageCount() - realPassages) / seconds(restNanos)));
        return ingest;
    }

    /** From the end of an ingest's transaction in one process to the article searchable in the other. */
    private Map<String, Object> lag(NewsIndex writer, NewsIndex replica, List<Article> articles) throws Exception {
        step("timing the change feed: " + articles.size() + " single-article ingests");
        List<Long> lags = new ArrayList<>();
        for (Article a : articles) {
            writer.putAll(List.of(a));
            long committed = System.nanoTime();
            while (replica.article(a.id()).isEmpty()) {
                Thread.onSpinWait();
                if (System.nanoTime() - committed > 60_000_000_000L) {
                    throw new IllegalStateException("article " + a.id() + " never reached the copy");
                }
            }
            lags.add(System.nanoTime() - committed);
            Thread.sleep(20); // ingests a little apart, as they come in practice
        }
        return Percentiles.of(lags, n -> n);
    }

    private Map<String, Object> askLoad(NewsIndex replica, String url, DatabaseSettings database,
                                        List<String> queries) throws Exception {
        step("asking " + queries.size() + " questions and counting the database's transactions meanwhile");
        Answerer answerer = OfflineAnswerers.offline(replica, Config.defaults());
        answerer.answer(queries.get(0));
        java.util.Properties p = new java.util.Properties();
        if (database.password() != null) {
            p.setProperty("password", database.password());
        }
        try (Connection c = DriverManager.getConnection(url, p)) {
            // A backend reports its transactions to the statistics up to 10 s late (PGSTAT_IDLE_INTERVAL): wait out
            // what the change-feed measurement left pending, so that it is not counted as asking.
            Thread.sleep(11_000);
            long before = transactions(c);
            long start = System.nanoTime();
            for (String q : queries) {
                answerer.answer(q);
            }
            long askNanos = System.nanoTime() - start;
            Thread.sleep(11_000);
            long after = transactions(c);
            // the same time again without asking: what the database does anyway (the copy's catch-up poll, the
            // counting query itself; on a server of your own, autovacuum and other clients)
            Thread.sleep(askNanos / 1_000_000);
            Thread.sleep(11_000);
            long idle = transactions(c);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("questions", queries.size());
            m.put("seconds", round3(seconds(askNanos)));
            m.put("transactions_while_asking", after - before);
            m.put("transactions_same_time_idle", idle - after);
            return m;
        }
    }

    private static long transactions(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long segments(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".si")).count();
        }
    }

    private static Path copyOfSharedCache(Path work) throws Exception {
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-cache", "vectors-384-v1.bin");
        Path copy = work.resolve("vectors.bin");
        if (Files.exists(shared)) {
            Files.copy(shared, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private void step(String what) {
        progress.println("replica bench: " + what + " ...");
    }

    /** The real model, or the filler. */
    private static final class SwitchableModel implements EmbeddingModel {
        private final EmbeddingModel real;
        private final EmbeddingModel filler;
        private volatile boolean useReal;

        SwitchableModel(EmbeddingModel real, EmbeddingModel filler) {
            this.real = real;
            this.filler = filler;
        }

        void real(boolean on) {
            useReal = on;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return (useReal ? real : filler).embedAll(segments);
        }

        @Override
        public int dimension() {
            return real.dimension();
        }
    }

    /** The model, counting the texts of passages it is asked to embed (a copy should ask for none). */
    private static final class CountingModel implements EmbeddingModel {
        private final EmbeddingModel model;
        final AtomicLong texts = new AtomicLong();

        CountingModel(EmbeddingModel model) {
            this.model = model;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            texts.addAndGet(segments.size());
            return model.embedAll(segments);
        }

        @Override
        public Response<Embedding> embed(String text) {
            return model.embed(text);
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }

    static {
        // only this benchmark's figures on standard error, not every connection's log line
        System.setProperty("org.slf4j.simpleLogger.log.newsdesk.database", "error");
    }
}
