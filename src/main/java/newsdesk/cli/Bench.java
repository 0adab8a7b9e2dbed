package newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import newsdesk.retrieval.RetrievedPassage;

/**
 * {@code newsdesk bench [--passages N] [--json]}: builds a deterministic synthetic news corpus in a temporary folder
 * and measures, in one run, ingest rate against the embedding model's own rate, retrieval latency per mode against
 * LangChain4j's in-memory store, end-to-end offline answers, and heap.
 *
 * <p>Embedding 100k passages takes about a quarter of an hour, so passage vectors are cached between runs under
 * {@code ${java.io.tmpdir}/newsdesk-bench-cache/}. The ingest rate is always measured with the real model (on the
 * first {@value #REAL_INGEST_PASSAGES} passages); only the rest of the corpus is filled from the cache.
 */
public final class Bench {
    static final String USAGE = "usage: newsdesk bench [--passages N] [--json]";
    static final int DEFAULT_PASSAGES = 10_000;
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

    Bench(int passages, Path cacheDir, PrintStream progress, int questions) {
        this.passages = passages;
        this.cacheDir = cacheDir;
        this.progress = progress;
        this.questions = questions;
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, out, err, Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-cache"), QUERIES);
    }

    /** @param questions how many questions to time (fewer make a quick test run) */
    static int run(List<String> args, PrintStream out, PrintStream err, Path cacheDir, int questions) {
        int n = DEFAULT_PASSAGES;
        boolean json = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--json" -> json = true;
                    case "--passages" -> {
                        if (i + 1 >= args.size()) {
                            throw new IllegalArgumentException("--passages needs a number");
                        }
                        n = Integer.parseInt(args.get(++i).replace("_", "").replace(",", ""));
                        if (n < 10 || n > 2_000_000) {
                            throw new IllegalArgumentException("--passages must be between 10 and 2000000");
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'");
                }
            }
        } catch (NumberFormatException e) {
            err.println("newsdesk bench: --passages needs a whole number");
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("newsdesk bench: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            Map<String, Object> result = new Bench(n, cacheDir, err, questions).measure();
            out.print(json ? Report.json(result) : Report.table(result));
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("newsdesk bench: failed: " + e);
            return 1;
        }
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
            baseline(SyntheticCorpus.articles(passages, SEED), EmbeddingCache.load(cacheFile, model.dimension()),
                    model, settings, queries, r);
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
        try (NewsIndex index = Retrieval.open(indexDir, caching, settings, Clock.systemUTC())) {
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
        Answerer answerer = OfflineAnswerers.offline(index, index, Config.defaults());
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

    /** Per query, the passages the HNSW search found, to compare with exact search. */
    private final List<List<String>> vectorHits = new ArrayList<>();

    /** The same question vectors against LangChain4j's brute-force in-memory store, filled with the same vectors. */
    private void baseline(List<Article> corpus, EmbeddingCache cache, EmbeddingModel model, RetrievalSettings settings,
                          List<String> queries, Map<String, Object> r) {
        step("filling LangChain4j's InMemoryEmbeddingStore with the same vectors");
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        for (Article a : corpus) {
            for (Passage p : Passages.split(a, settings.passageSentences())) {
                float[] v = cache.get(p.text());
                if (v == null) {
                    throw new IllegalStateException("no cached vector for passage " + p.key());
                }
                ids.add(p.key());
                embeddings.add(Embedding.from(v));
                segments.add(TextSegment.from(p.text()));
            }
        }
        store.addAll(ids, embeddings, segments);
        List<Embedding> questionVectors = new ArrayList<>();
        for (String q : queries) {
            questionVectors.add(model.embed(q).content());
        }
        int k = settings.topK();
        int warm = Math.min(20, questionVectors.size());
        for (Embedding e : questionVectors.subList(0, warm)) {
            store.search(EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(k).build());
        }
        step("timing the in-memory store");
        List<List<String>> exact = new ArrayList<>();
        Map<String, Object> timings = Percentiles.bestOf(ROUNDS, questionVectors, e -> timed(() -> {
            List<EmbeddingMatch<TextSegment>> m = store.search(
                    EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(k).build()).matches();
            if (exact.size() < questionVectors.size()) {
                exact.add(m.stream().map(EmbeddingMatch::embeddingId).toList());
            }
            return m;
        }));
        r.put("baseline_in_memory_ms", timings);
        double found = 0;
        double total = 0;
        for (int q = 0; q < Math.min(exact.size(), vectorHits.size()); q++) {
            Set<String> truth = new HashSet<>(exact.get(q));
            total += truth.size();
            found += vectorHits.get(q).stream().filter(truth::contains).count();
        }
        r.put("hnsw_recall_at_k_vs_exact", total == 0 ? null : round3(found / total));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Deterministic news-like articles: ~10 paragraphs of 3 sentences (48-69 words), each paragraph one passage. */
    static final class SyntheticCorpus {
        static final int PASSAGES_PER_ARTICLE = 10;
        static final String[] SOURCES = {"Daily Courier", "Evening Post", "Harbour Times", "Northern Ledger",
                "Capital Wire", "Valley Gazette", "Metro Herald", "Coastal Review"};

        private SyntheticCorpus() {
        }

        static List<Article> articles(int passages, long seed) {
            Random random = new Random(seed);
            Vocabulary v = new Vocabulary(new Random(seed ^ 0x5DEECE66DL));
            List<Article> out = new ArrayList<>();
            int made = 0;
            LocalDate day = LocalDate.of(2023, 1, 1);
            while (made < passages) {
                int count = Math.min(PASSAGES_PER_ARTICLE - 2 + random.nextInt(5), passages - made);
                Topic topic = v.topic(random);
                List<String> paragraphs = new ArrayList<>(count);
                for (int p = 0; p < count; p++) {
                    paragraphs.add(v.paragraph(random, topic));
                }
                String id = String.format(Locale.ROOT, "bench-%06d", out.size());
                String title = v.title(random, topic);
                LocalDate published = day.plusDays(random.nextInt(730));
                out.add(new Article(id, title, SOURCES[random.nextInt(SOURCES.length)], published.toString(),
                        "https://example.org/" + id, String.join("\n\n", paragraphs), "bench"));
                made += count;
            }
            return out;
        }
    }

    /** What one article is about: a few words it keeps returning to. */
    record Topic(String subject, String object, String place, String organisation, String person) {
    }

    /** A few thousand words: common news words plus generated names and terms, drawn with a Zipf-like skew. */
    static final class Vocabulary {
        static final String[] NOUNS = ("government council budget election minister policy report plan project "
                + "court judge police officer investigation company market price inflation rate bank loan tax "
                + "school teacher student hospital doctor patient health vaccine virus outbreak storm flood drought "
                + "fire wildfire road bridge railway airport port ship train bus worker union strike wage contract "
                + "farmer crop harvest water river dam energy power plant pipeline gas oil coal solar wind grid "
                + "climate emission carbon agreement treaty summit talks ceasefire army soldier border refugee aid "
                + "charity museum festival film music book author player team match season coach stadium league "
                + "mayor city town village district region province state parliament vote campaign candidate "
                + "party coalition opposition protest rally law bill reform inquiry audit scandal fraud trial "
                + "verdict sentence prison release statement spokesperson official analyst economist survey poll "
                + "study researcher scientist laboratory satellite rocket launch mission telescope data software "
                + "network outage cyberattack breach privacy platform startup investor share profit loss revenue "
                + "factory plant production export import tariff trade shortage supply demand housing rent mortgage "
                + "tenant landlord community resident neighbourhood park library transport ferry tunnel highway").split(" ");
        static final String[] VERBS = ("announced approved rejected delayed launched opened closed reviewed "
                + "criticised praised warned confirmed denied expanded reduced raised cut blocked signed suspended "
                + "investigated questioned defended challenged proposed backed welcomed condemned funded cancelled "
                + "postponed extended completed restored replaced reported estimated predicted increased doubled").split(" ");
        static final String[] BASE_VERBS = ("approve reject delay launch open close review expand reduce raise cut "
                + "block sign suspend fund cancel extend complete restore replace increase protect rebuild").split(" ");
        static final String[] ADJECTIVES = ("new local national regional federal public private major minor "
                + "controversial long-awaited emergency temporary permanent annual rural urban coastal northern "
                + "southern eastern western central independent international senior former previous final "
                + "early late record rising falling sharp modest significant unexpected rare").split(" ");
        static final String[] MONTHS = ("January February March April May June July August September October "
                + "November December").split(" ");
        static final String[] ORGANISATION_KINDS = ("Group Holdings Council Authority Trust Energy Partners "
                + "Institute Union Foundation").split(" ");
        static final String[] DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(" ");
        static final String[] SYLLABLES = ("an ar ba bel ca cor da del el en fa fer ga gor ha hel in is ka kel la "
                + "lor ma mer na nor o or pa per ra ron sa sel ta ter u ul va ver wa wen ya zan zel mi lo ri tu").split(" ");
        static final int GENERATED_TERMS = 2_200;
        static final int GENERATED_NAMES = 400;

        private final String[] terms;
        private final String[] names;
        private final String[] places;

        Vocabulary(Random random) {
            Set<String> used = new HashSet<>();
            terms = generated(random, GENERATED_TERMS, used, false);
            names = generated(random, GENERATED_NAMES, used, true);
            places = generated(random, 200, used, true);
        }

        private static String[] generated(Random random, int count, Set<String> used, boolean capitalised) {
            String[] out = new String[count];
            int i = 0;
            while (i < count) {
                StringBuilder w = new StringBuilder();
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                String word = capitalised ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w.toString();
                if (used.add(word.toLowerCase(Locale.ROOT))) {
                    out[i++] = word;
                }
            }
            return out;
        }

        /** Index into an array with a Zipf-like skew: a few items are common, most are rare. */
        private static <T> T skewed(Random random, T[] items) {
            double u = random.nextDouble();
            int i = (int) Math.floor(Math.pow(items.length + 1, u)) - 1;
            return items[Math.min(items.length - 1, Math.max(0, i))];
        }

        private static <T> T any(Random random, T[] items) {
            return items[random.nextInt(items.length)];
        }

        Topic topic(Random random) {
            return new Topic(skewed(random, terms), skewed(random, NOUNS), any(random, places),
                    any(random, names) + " " + any(random, ORGANISATION_KINDS),
                    any(random, names) + " " + any(random, names));
        }

        String title(Random random, Topic t) {
            return cap(t.organisation() + " " + any(random, VERBS) + " " + t.subject() + " " + t.object() + " plan in "
                    + t.place());
        }

        String paragraph(Random random, Topic t) {
            while (true) {
                List<String> sentences = new ArrayList<>(3);
                int words = 0;
                for (int s = 0; s < 3; s++) {
                    String sentence = sentence(random, t, 16 + random.nextInt(8));
                    words += sentence.split(" ").length;
                    sentences.add(sentence);
                }
                if (words >= 48 && words <= 70) {
                    return String.join(" ", sentences);
                }
            }
        }

        private String sentence(Random random, Topic t, int targetWords) {
            String noun = word(random, t);
            String body = switch (random.nextInt(6)) {
                case 0 -> t.person() + " said the " + any(random, ADJECTIVES) + " " + noun + " would "
                        + any(random, BASE_VERBS) + " the " + word(random, t) + " " + any(random, NOUNS);
                case 1 -> "The " + any(random, NOUNS) + " in " + place(random, t) + " " + any(random, VERBS) + " the "
                        + noun + " " + any(random, NOUNS) + " on " + any(random, DAYS);
                case 2 -> "Officials " + any(random, VERBS) + " a " + any(random, ADJECTIVES) + " " + noun
                        + " after " + (2 + random.nextInt(900)) + " " + any(random, NOUNS) + "s were affected";
                case 3 -> t.organisation() + " " + any(random, VERBS) + " plans for the " + noun + " "
                        + any(random, NOUNS) + " in " + any(random, MONTHS);
                case 4 -> "Residents of " + place(random, t) + " " + any(random, VERBS) + " the " + noun
                        + " as the " + any(random, NOUNS) + " " + any(random, VERBS) + " its " + any(random, NOUNS);
                default -> "According to the " + any(random, NOUNS) + ", the " + any(random, ADJECTIVES) + " "
                        + noun + " " + any(random, VERBS) + " the " + word(random, t) + " " + any(random, NOUNS);
            };
            StringBuilder s = new StringBuilder(body);
            int words = body.split(" ").length;
            while (words < targetWords) {
                String tail = switch (random.nextInt(5)) {
                    case 0 -> " after talks with " + t.organisation();
                    case 1 -> " despite concerns about the " + word(random, t) + " " + any(random, NOUNS);
                    case 2 -> " according to officials in " + place(random, t);
                    case 3 -> " and the " + any(random, ADJECTIVES) + " " + any(random, NOUNS) + " " + any(random, VERBS)
                            + " the " + word(random, t);
                    default -> " while " + any(random, NOUNS) + " " + any(random, NOUNS) + "s " + any(random, VERBS)
                            + " the " + word(random, t) + " " + any(random, NOUNS);
                };
                s.append(tail);
                words += tail.strip().split(" ").length;
            }
            return cap(s.toString()) + ".";
        }

        /** Half the time one of the article's own words, else any term or noun. */
        private String word(Random random, Topic t) {
            return switch (random.nextInt(6)) {
                case 0, 1 -> t.subject();
                case 2 -> t.object();
                case 3 -> skewed(random, terms);
                default -> skewed(random, NOUNS);
            };
        }

        private String place(Random random, Topic t) {
            return random.nextInt(3) == 0 ? any(random, places) : t.place();
        }

        private static String cap(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** Questions made from words of random passages, partly reworded, as a reader might ask them. */
    static final class QuerySet {
        private QuerySet() {
        }

        static List<String> of(List<Article> corpus, long seed, int count) {
            Random random = new Random(seed);
            List<String> out = new ArrayList<>(count);
            while (out.size() < count) {
                Article a = corpus.get(random.nextInt(corpus.size()));
                String[] paragraphs = a.text().split("\n\n");
                String[] words = paragraphs[random.nextInt(paragraphs.length)].replaceAll("[.,]", "").split(" ");
                List<String> picked = new ArrayList<>();
                int want = 3 + random.nextInt(4);
                for (int tries = 0; picked.size() < want && tries < 50; tries++) {
                    String w = words[random.nextInt(words.length)];
                    if (w.length() > 3 && !picked.contains(w)) {
                        picked.add(w);
                    }
                }
                String keywords = String.join(" ", picked);
                String question = switch (random.nextInt(3)) {
                    case 0 -> "What happened with the " + keywords + "?";
                    case 1 -> "Why did " + keywords + " change?";
                    default -> "Tell me about " + keywords + ".";
                };
                out.add(question);
            }
            return out;
        }
    }

    /** Vectors by text hash, kept in one append-only file of (hash, dimension, floats) records. */
    static final class EmbeddingCache {
        private final Path file;
        private final Map<Long, float[]> vectors = new HashMap<>();
        private final Map<Long, float[]> added = new LinkedHashMap<>();

        private EmbeddingCache(Path file) {
            this.file = file;
        }

        /** Reads the cache; it stops at the first record that is not of this dimension (a run cut short). */
        static EmbeddingCache load(Path file, int dimension) throws IOException {
            EmbeddingCache cache = new EmbeddingCache(file);
            if (!Files.isRegularFile(file)) {
                return cache;
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                if (ch.size() > Integer.MAX_VALUE - 8) {
                    throw new IOException("the embedding cache " + file + " is too large; delete it");
                }
                ByteBuffer all = ByteBuffer.allocate((int) ch.size());
                while (all.hasRemaining() && ch.read(all) > 0) {
                    // read the whole file
                }
                all.flip();
                while (all.remaining() >= 12) {
                    long key = all.getLong();
                    if (all.getInt() != dimension || all.remaining() < dimension * 4) {
                        break;
                    }
                    float[] v = new float[dimension];
                    all.asFloatBuffer().get(v);
                    all.position(all.position() + dimension * 4);
                    cache.vectors.put(key, v);
                }
            }
            return cache;
        }

        float[] get(String text) {
            return vectors.get(key(text));
        }

        void put(String text, float[] vector) {
            long k = key(text);
            if (vectors.put(k, vector) == null) {
                added.put(k, vector);
            }
        }

        void save() throws IOException {
            if (added.isEmpty()) {
                return;
            }
            Files.createDirectories(file.getParent());
            // Locked, so that two bench runs sharing the cache never interleave half records.
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                FileLock lock = channel.lock();
                try {
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                            java.nio.channels.Channels.newOutputStream(channel), 1 << 16));
                    for (var e : added.entrySet()) {
                        out.writeLong(e.getKey());
                        out.writeInt(e.getValue().length);
                        for (float f : e.getValue()) {
                            out.writeFloat(f);
                        }
                    }
                    out.flush();
                } finally {
                    lock.release();
                }
            }
            added.clear();
        }

        static long key(String text) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return ByteBuffer.wrap(d).getLong();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The real model behind the cache: misses are embedded (in one batch) and remembered. */
    static final class CachingEmbeddingModel implements EmbeddingModel {
        private final EmbeddingModel model;
        private final EmbeddingCache cache;
        private volatile boolean readFromCache = true;
        private int realEmbedded;

        CachingEmbeddingModel(EmbeddingModel model, EmbeddingCache cache) {
            this.model = model;
            this.cache = cache;
        }

        /** With false every text goes to the real model (what the ingest rate is measured with). */
        void readFromCache(boolean read) {
            readFromCache = read;
        }

        int realEmbedded() {
            return realEmbedded;
        }

        @Override
        public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            Embedding[] out = new Embedding[segments.size()];
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                float[] v = readFromCache ? cache.get(segments.get(i).text()) : null;
                if (v == null) {
                    missing.add(i);
                } else {
                    out[i] = Embedding.from(v);
                }
            }
            if (!missing.isEmpty()) {
                List<TextSegment> batch = missing.stream().map(segments::get).toList();
                List<Embedding> embedded = model.embedAll(batch).content();
                for (int j = 0; j < missing.size(); j++) {
                    out[missing.get(j)] = embedded.get(j);
                    cache.put(batch.get(j).text(), embedded.get(j).vector());
                }
                realEmbedded += missing.size();
            }
            return Response.from(Arrays.asList(out));
        }

        @Override
        public int dimension() {
            return model.dimension();
        }
    }

    static final class Percentiles {
        private Percentiles() {
        }

        /** Runs every input {@code rounds} times over and reports the round with the lowest p95. */
        static <T> Map<String, Object> bestOf(int rounds, List<T> inputs, java.util.function.ToLongFunction<T> timing) {
            Map<String, Object> best = null;
            for (int round = 0; round < rounds; round++) {
                Map<String, Object> m = of(inputs, timing);
                if (best == null || num(m.get("p95")) < num(best.get("p95"))) {
                    best = m;
                }
            }
            best.put("rounds", rounds);
            return best;
        }

        static <T> Map<String, Object> of(List<T> inputs, java.util.function.ToLongFunction<T> timing) {
            long[] nanos = new long[inputs.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = timing.applyAsLong(inputs.get(i));
            }
            Arrays.sort(nanos);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", nanos.length);
            m.put("p50", round3(at(nanos, 0.50) / 1e6));
            m.put("p95", round3(at(nanos, 0.95) / 1e6));
            m.put("p99", round3(at(nanos, 0.99) / 1e6));
            m.put("mean", round3(Arrays.stream(nanos).average().orElse(0) / 1e6));
            return m;
        }

        private static long at(long[] sorted, double q) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    static final class Report {
        private Report() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> targets(Map<String, Object> r) {
            Map<String, Object> search = (Map<String, Object>) r.get("search_ms");
            Map<String, Object> ask = (Map<String, Object>) r.get("ask_ms");
            Map<String, Object> ingest = (Map<String, Object>) r.get("ingest");
            double hybridP95 = num(((Map<String, Object>) search.get("hybrid")).get("p95"));
            double baselineP95 = num(((Map<String, Object>) r.get("baseline_in_memory_ms")).get("p95"));
            double askP95 = num(((Map<String, Object>) ask.get("warm")).get("p95"));
            double ratio = num(ingest.get("ratio_to_raw_model"));
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("applies_at_passages", TARGET_PASSAGES);
            t.put("hybrid_p95_under_5ms", hybridP95 < 5);
            t.put("hybrid_speedup_vs_in_memory", round1(baselineP95 / Math.max(hybridP95, 1e-6)));
            t.put("hybrid_at_least_10x_faster", baselineP95 >= 10 * hybridP95);
            t.put("ask_p95_under_30ms", askP95 < 30);
            t.put("ingest_at_least_80pct_of_model", ratio >= 0.8);
            return t;
        }

        static String json(Map<String, Object> r) {
            try {
                return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @SuppressWarnings("unchecked")
        static String table(Map<String, Object> r) {
            StringBuilder sb = new StringBuilder();
            Map<String, Object> ingest = (Map<String, Object>) r.get("ingest");
            Map<String, Object> search = (Map<String, Object>) r.get("search_ms");
            Map<String, Object> ask = (Map<String, Object>) r.get("ask_ms");
            Map<String, Object> targets = (Map<String, Object>) r.get("targets");
            sb.append(String.format(Locale.ROOT, "newsdesk bench: %s passages in %s articles (seed %s), index %s MB%n",
                    r.get("passages"), r.get("articles"), r.get("seed"), ingest.get("index_mb")));
            sb.append(String.format(Locale.ROOT, "%nINGEST (real embedding on the first %s passages; the other %s "
                            + "from the vector cache)%n", ingest.get("real_embedding_passages"),
                    ingest.get("cached_passages")));
            sb.append(String.format(Locale.ROOT, "  store.putAll + commit     %8s passages/s  (~%s passages per call)%n",
                    ingest.get("passages_per_s"), REAL_CHUNK_PASSAGES));
            sb.append(String.format(Locale.ROOT, "  model alone (embedAll)    %8s passages/s  (%s texts)%n",
                    ingest.get("raw_model_passages_per_s"), ingest.get("raw_model_sample")));
            sb.append(String.format(Locale.ROOT, "  ingest / model            %8.0f %%%n", 100 * num(ingest.get("ratio_to_raw_model"))));
            sb.append(String.format(Locale.ROOT, "  indexing, vectors cached  %8s passages/s; forceMerge(1) %s s%n",
                    ingest.get("cached_indexing_passages_per_s"), ingest.get("force_merge_s")));
            sb.append(String.format(Locale.ROOT, "%nLATENCY (ms, top %s; %s questions, best of %s rounds; question "
                            + "vectors cached except 'new question' rows, %s other questions, one round)%n",
                    ((Map<String, Object>) r.get("settings")).get("top_k"),
                    ((Map<String, Object>) search.get("bm25")).get("n"), ROUNDS,
                    ((Map<String, Object>) search.get("hybrid_new_question")).get("n")));
            sb.append(String.format(Locale.ROOT, "  %-34s %8s %8s %8s%n", "", "p50", "p95", "p99"));
            row(sb, "BM25", search.get("bm25"));
            row(sb, "vector (HNSW)", search.get("vector"));
            row(sb, "hybrid (weighted RRF)", search.get("hybrid"));
            row(sb, "hybrid, new question (embeds it)", search.get("hybrid_new_question"));
            row(sb, "question embedding alone", search.get("question_embedding"));
            row(sb, "InMemoryEmbeddingStore (exact)", r.get("baseline_in_memory_ms"));
            row(sb, "ask, offline answerer", ask.get("warm"));
            row(sb, "ask, new question", ask.get("new_question"));
            sb.append(String.format(Locale.ROOT, "  HNSW recall@k against exact search: %s%n", r.get("hnsw_recall_at_k_vs_exact")));
            Map<String, Object> brief = (Map<String, Object>) r.get("briefing_ms");
            sb.append(String.format(Locale.ROOT, "%nBRIEFING of %s new articles (%s told, %s listed): p50 %.0f ms, p95 %.0f "
                            + "ms over %s runs; first run %s ms; target p95 <= 5 s at 2,000 articles: %s%n",
                    brief.get("articles"), brief.get("stories_told"), brief.get("stories_listed"), num(brief.get("p50")),
                    num(brief.get("p95")), brief.get("runs"), brief.get("first_run_ms"),
                    num(brief.get("p95")) <= BriefingBench.TARGET_P95_MS ? "met" : "MISSED"));
            sb.append(String.format(Locale.ROOT, "%nHEAP in use with the index open (after GC): %s MB; model load %s ms%n",
                    r.get("heap_mb_index_open"), r.get("model_load_ms")));
            sb.append(String.format(Locale.ROOT, "%nTARGETS (set for %,d passages%s)%n", TARGET_PASSAGES,
                    num(r.get("passages")) == TARGET_PASSAGES ? "" : "; this run has " + r.get("passages")));
            sb.append(String.format(Locale.ROOT, "  hybrid p95 < 5 ms                 %s%n", yes(targets.get("hybrid_p95_under_5ms"))));
            sb.append(String.format(Locale.ROOT, "  hybrid >= 10x faster than baseline %s (%sx)%n",
                    yes(targets.get("hybrid_at_least_10x_faster")), targets.get("hybrid_speedup_vs_in_memory")));
            sb.append(String.format(Locale.ROOT, "  offline ask p95 < 30 ms           %s%n", yes(targets.get("ask_p95_under_30ms"))));
            sb.append(String.format(Locale.ROOT, "  ingest >= 80%% of the model's rate %s%n",
                    yes(targets.get("ingest_at_least_80pct_of_model"))));
            return sb.toString();
        }

        @SuppressWarnings("unchecked")
        private static void row(StringBuilder sb, String label, Object timings) {
            Map<String, Object> t = (Map<String, Object>) timings;
            sb.append(String.format(Locale.ROOT, "  %-34s %8.3f %8.3f %8.3f%n", label, num(t.get("p50")),
                    num(t.get("p95")), num(t.get("p99"))));
        }

        private static String yes(Object met) {
            return Boolean.TRUE.equals(met) ? "met" : "MISSED";
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private void step(String what) {
        progress.println("bench: " + what + " ...");
    }

    private static <T> long timed(Supplier<T> s) {
        long start = System.nanoTime();
        s.get();
        return System.nanoTime() - start;
    }

    private static long heapUsedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long folderBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static double round1(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static double round3(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
