package newsdesk.bench;

import static newsdesk.bench.Figures.deleteRecursively;
import static newsdesk.bench.Figures.folderBytes;
import static newsdesk.bench.Figures.heapUsedAfterGc;
import static newsdesk.bench.Figures.millis;
import static newsdesk.bench.Figures.round1;
import static newsdesk.bench.Figures.round3;
import static newsdesk.bench.Figures.seconds;
import static newsdesk.bench.Figures.timed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsdesk.answer.Answerer;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.config.Config;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.PassageRetriever;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalMode;
import newsdesk.retrieval.RetrievalSettings;


/**
 * {@code newsdesk bench [--passages N] [--json]}: builds a deterministic synthetic news corpus in a temporary folder
 * and measures, in one run, ingest rate against the embedding model's own rate, retrieval latency per mode against
 * LangChain4j's in-memory store, end-to-end offline answers, and heap.
 *
 * <p>Embedding 100k passages takes about a quarter of an hour, so passage vectors are cached between runs under
 * {@code ${java.io.tmpdir}/newsdesk-bench-cache/}. The ingest rate is always measured with the real model (on the
 * first {@value #REAL_INGEST_PASSAGES} passages); only the rest of the corpus is filled from the cache.
 */
final class Bench {
    static final long SEED = 20130119L;
    static final int REAL_INGEST_PASSAGES = 3_000;
    static final int RAW_MODEL_SAMPLE = 2_000;
    /** Passages per {@code putAll} while the ingest rate is measured, and per model-alone batch between them. */
    static final int REAL_CHUNK_PASSAGES = 300;
    static final int PUT_ALL_ARTICLES = 30;
    static final int CACHE_FILL_BATCH = 500;
    /** Each latency figure is the best of this many rounds over the same questions (a shared machine is noisy). */
    static final int ROUNDS = 3;
    static final int QUERIES = 300;
    static final int TARGET_PASSAGES = 100_000;

    private final int passages;
    private final Path cacheDir;
    private final PrintStream progress;
    private final int questions;

    /** Per query, the passages the vector search found, to compare with exact search. */
    private final List<List<String>> vectorHits = new ArrayList<>();

    Bench(int passages, Path cacheDir, PrintStream progress, int questions) {
        this.passages = passages;
        this.cacheDir = cacheDir;
        this.progress = progress;
        this.questions = questions;
    }

    Map<String, Object> measure() throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        RetrievalSettings settings = RetrievalSettings.from(Config.defaults());
        r.put("passages_requested", passages);
        r.put("seed", SEED);
        Map<String, Object> used = new LinkedHashMap<>();
        used.put("mode", settings.mode().name().toLowerCase(Locale.ROOT));
        used.put("passage_sentences", settings.passageSentences());
        used.put("candidates", settings.candidates());
        used.put("top_k", settings.topK());
        used.put("rrf_k", settings.rrfK());
        r.put("settings", used);

        step("generating the corpus");
        List<Article> corpus = SyntheticCorpus.articles(passages, SEED);
        int fresh = Math.max(1, questions / 3);
        List<String> queries = QuerySet.of(corpus, SEED + 1, questions);
        List<List<String>> newQuestions = List.of(QuerySet.of(corpus, SEED + 2, fresh),
                QuerySet.of(corpus, SEED + 3, fresh), QuerySet.of(corpus, SEED + 4, fresh));

        long loadStart = System.nanoTime();
        EmbeddingModel model = Retrieval.defaultEmbeddingModel();
        model.embed("warm up");
        r.put("model_load_ms", millis(System.nanoTime() - loadStart));

        Path work = Files.createTempDirectory("newsdesk-bench");
        Path indexDir = work.resolve("index");
        try {
            Path cacheFile = cacheDir.resolve("vectors-" + model.dimension() + "-v1.bin");
            EmbeddingCache cache = EmbeddingCache.load(cacheFile, model.dimension());
            ingest(corpus, model, cache, settings, indexDir, r);
            cache.save();
            // only the index (and the model) should be in the heap when it is measured
            cache = null;
            corpus = null;

            try (NewsIndex index = Retrieval.open(indexDir, model, settings, Clock.systemUTC())) {
                r.put("passages", index.passageCount());
                latencies(index, model, settings, queries, newQuestions, r);
                r.put("articles", index.articles().size());
                step("timing the briefing");
                r.put("briefing_ms", BriefingBench.measure(index));
            }
            InMemoryBaseline.measure(SyntheticCorpus.articles(passages, SEED),
                    EmbeddingCache.load(cacheFile, model.dimension()), model, settings, queries, vectorHits, this::step, r);
        } finally {
            deleteRecursively(work);
        }
        r.put("targets", Report.targets(r));
        return r;
    }

    /**
     * Ingests the corpus. The first passages go through the real model, in chunks alternating with the model embedding
     * the same texts alone, so that both rates see the same load on a shared machine.
     */
    private void ingest(List<Article> corpus, EmbeddingModel model, EmbeddingCache cache, RetrievalSettings settings,
                        Path indexDir, Map<String, Object> r) throws IOException {
        CachingEmbeddingModel caching = new CachingEmbeddingModel(model, cache);
        int realTarget = Math.min(passages, REAL_INGEST_PASSAGES);
        List<List<Article>> realChunks = new ArrayList<>();
        List<Article> chunk = new ArrayList<>();
        int realPassages = 0;
        int split = 0;
        int chunkPassages = 0;
        while (split < corpus.size() && realPassages < realTarget) {
            int n = Passages.split(corpus.get(split), settings.passageSentences()).size();
            chunk.add(corpus.get(split++));
            realPassages += n;
            chunkPassages += n;
            if (chunkPassages >= REAL_CHUNK_PASSAGES) {
                realChunks.add(chunk);
                chunk = new ArrayList<>();
                chunkPassages = 0;
            }
        }
        if (!chunk.isEmpty()) {
            realChunks.add(chunk);
        }
        List<Article> rest = corpus.subList(split, corpus.size());
        try (NewsIndex index = Retrieval.open(indexDir, Retrieval.defaultEmbedder(caching), settings, Clock.systemUTC())) {
            step("ingesting " + realPassages + " passages with the real model, alternating with the model alone");
            caching.readFromCache(false);
            long ingestNanos = 0;
            long rawNanos = 0;
            int rawTexts = 0;
            for (List<Article> articles : realChunks) {
                long start = System.nanoTime();
                index.putAll(articles);
                ingestNanos += System.nanoTime() - start;
                if (rawTexts < RAW_MODEL_SAMPLE) {
                    List<TextSegment> texts = passageTexts(articles, settings);
                    long rawStart = System.nanoTime();
                    model.embedAll(texts);
                    rawNanos += System.nanoTime() - rawStart;
                    rawTexts += texts.size();
                }
            }
            long commitStart = System.nanoTime();
            index.commit();
            ingestNanos += System.nanoTime() - commitStart;

            fillCache(rest, caching, cache, settings);
            step("ingesting the other " + (passages - realPassages) + " passages with cached vectors");
            caching.readFromCache(true);
            long restStart = System.nanoTime();
            for (int from = 0; from < rest.size(); from += PUT_ALL_ARTICLES) {
                index.putAll(rest.subList(from, Math.min(rest.size(), from + PUT_ALL_ARTICLES)));
            }
            index.commit();
            long restNanos = System.nanoTime() - restStart;
            step("merging the index into one segment");
            long mergeStart = System.nanoTime();
            index.compact();
            long mergeNanos = System.nanoTime() - mergeStart;

            int restPassages = index.passageCount() - realPassages;
            double ingestRate = realPassages / seconds(ingestNanos);
            double rawRate = rawTexts / seconds(rawNanos);
            Map<String, Object> ingest = new LinkedHashMap<>();
            ingest.put("real_embedding_passages", realPassages);
            ingest.put("passages_per_s", round1(ingestRate));
            ingest.put("raw_model_sample", rawTexts);
            ingest.put("raw_model_passages_per_s", round1(rawRate));
            ingest.put("ratio_to_raw_model", round3(ingestRate / rawRate));
            ingest.put("cached_passages", restPassages);
            ingest.put("cached_indexing_passages_per_s", restPassages == 0 ? null : round1(restPassages / seconds(restNanos)));
            ingest.put("force_merge_s", round3(seconds(mergeNanos)));
            ingest.put("index_mb", round1(folderBytes(indexDir) / 1e6));
            r.put("ingest", ingest);
        }
    }

    /** Embeds (untimed) what the cache lacks, saving as it goes so an interrupted first run keeps its work. */
    private void fillCache(List<Article> articles, CachingEmbeddingModel caching, EmbeddingCache cache,
                           RetrievalSettings settings) throws IOException {
        List<TextSegment> missing = new ArrayList<>();
        for (TextSegment t : passageTexts(articles, settings)) {
            if (cache.get(t.text()) == null) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        step("filling the vector cache: " + missing.size() + " passages to embed (first run at this size only)");
        caching.readFromCache(false);
        for (int from = 0; from < missing.size(); from += CACHE_FILL_BATCH) {
            caching.embedAll(missing.subList(from, Math.min(missing.size(), from + CACHE_FILL_BATCH)));
            cache.save();
            if ((from / CACHE_FILL_BATCH) % 10 == 9) {
                step("  " + (from + CACHE_FILL_BATCH) + " of " + missing.size());
            }
        }
    }

    private static List<TextSegment> passageTexts(List<Article> articles, RetrievalSettings settings) {
        List<TextSegment> texts = new ArrayList<>();
        for (Article a : articles) {
            for (Passage p : Passages.split(a, settings.passageSentences())) {
                texts.add(TextSegment.from(p.text()));
            }
        }
        return texts;
    }

    /** @param newQuestions three sets of questions not asked before, so that their vectors are not cached */
    private void latencies(NewsIndex index, EmbeddingModel model, RetrievalSettings settings,
                           List<String> queries, List<List<String>> newQuestions, Map<String, Object> r) {
        int k = settings.topK();
        step("warming up");
        for (RetrievalMode mode : RetrievalMode.values()) {
            for (String q : queries) {
                index.retriever(mode).retrieve(q, k); // also caches each question's vector
            }
        }
        r.put("heap_mb_index_open", round1(heapUsedAfterGc() / 1e6));

        step("timing searches");
        Map<String, Object> search = new LinkedHashMap<>();
        for (RetrievalMode mode : RetrievalMode.values()) {
            PassageRetriever retriever = index.retriever(mode);
            search.put(mode.name().toLowerCase(Locale.ROOT),
                    Percentiles.bestOf(ROUNDS, queries, q -> timed(() -> retriever.retrieve(q, k))));
        }
        PassageRetriever hybrid = index.retriever(RetrievalMode.HYBRID);
        search.put("hybrid_new_question", Percentiles.of(newQuestions.get(0), q -> timed(() -> hybrid.retrieve(q, k))));
        search.put("question_embedding", Percentiles.of(newQuestions.get(1), q -> timed(() -> model.embed(q))));
        r.put("search_ms", search);

        step("timing offline answers");
        Answerer answerer = OfflineAnswerers.offline(index, Config.defaults());
        for (String q : queries.subList(0, Math.min(50, queries.size()))) {
            answerer.answer(q);
        }
        Map<String, Object> ask = new LinkedHashMap<>();
        ask.put("warm", Percentiles.bestOf(ROUNDS, queries, q -> timed(() -> answerer.answer(q))));
        ask.put("new_question", Percentiles.of(newQuestions.get(2), q -> timed(() -> answerer.answer(q))));
        r.put("ask_ms", ask);
        for (String q : queries) {
            vectorHits.add(index.retriever(RetrievalMode.VECTOR).retrieve(q, k).stream()
                    .map(h -> h.passage().key()).toList());
        }
    }


    void step(String what) {
        progress.println("bench: " + what + " ...");
    }

}
