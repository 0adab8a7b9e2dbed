package newsdesk.bench;

import static newsdesk.bench.Figures.deleteRecursively;
import static newsdesk.bench.Figures.folderBytes;
import static newsdesk.bench.Figures.seconds;
import static newsdesk.bench.Figures.timed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.config.Config;
import newsdesk.retrieval.Embedder;
import newsdesk.retrieval.HnswCodec;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;
import newsdesk.retrieval.VectorScan;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;

/**
 * HNSW recall@10 against exact search on the bench's corpus and questions, per graph (M, beamWidth) and search width
 * k. Passage vectors come only from the bench's vector cache (a missing one fails the run); only the questions are
 * embedded. {@code --questions N} asks fewer than the bench's 300; {@code --graphs 32x200,64x400} and
 * {@code --widths 50,400} choose what is built and searched; {@code --bits 7} (or 4) quantizes the graph's vectors
 * and ranks the k found again by their float vectors; {@code --corpus glosses} uses WordNet's definitions as passages
 * ({@link GlossCorpus}) instead of the synthetic news; {@code --scan 5,10,20} measures the product's vector scan
 * ({@link VectorScan}) comparing that many times the 10 wanted exactly, instead of graphs:
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=newsdesk.bench.HnswSweep \
 *     -Dexec.args="--passages 100000"</pre>
 */
final class HnswSweep {
    static final String GRAPHS = "32x200,48x300,64x400";
    static final String WIDTHS = "10,50,100,200,400";
    static final int TOP = 10;
    /** Exact neighbours kept per question, to describe how close the ones just outside the top 10 are. */
    static final int EXACT_KEPT = 50;
    static final String FIELD = "vector";
    static final String ORDINAL = "ordinal";
    /** As the product's ArticleDocuments.SIMILARITY: vectors are unit length, so the dot product is the cosine. */
    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private HnswSweep() {
    }

    public static void main(String[] args) throws IOException {
        int passages = BenchCommand.DEFAULT_PASSAGES;
        int questions = Bench.QUERIES;
        String graphs = GRAPHS;
        String widths = WIDTHS;
        int bits = 32;
        boolean glosses = false;
        String scans = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--passages" -> passages = new PassageCount().convert(args[i + 1]);
                case "--questions" -> questions = Integer.parseInt(args[i + 1]);
                case "--graphs" -> graphs = args[i + 1];
                case "--widths" -> widths = args[i + 1];
                case "--scan" -> scans = args[i + 1];
                case "--bits" -> bits = Integer.parseInt(args[i + 1]);
                case "--corpus" -> glosses = switch (args[i + 1]) {
                    case "glosses" -> true;
                    case "news" -> false;
                    default -> throw new IllegalArgumentException("--corpus news or glosses, not " + args[i + 1]);
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long start = System.nanoTime();
        EmbeddingModel model = Retrieval.defaultEmbeddingModel();
        Embedder embedder = Retrieval.defaultEmbedder(model);
        Path cacheDir = Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-bench-cache");
        List<float[]> vectors;
        List<String> queries;
        if (glosses) {
            step("WordNet definitions as passages (embedded once, then read from " + cacheDir + ")");
            GlossCorpus.Vectors corpus = GlossCorpus.of(passages, questions, Bench.SEED, embedder, cacheDir);
            vectors = corpus.vectors();
            queries = corpus.questions();
        } else {
            vectors = new ArrayList<>();
            queries = newsVectors(passages, questions, embedder, cacheDir, vectors);
        }
        step(vectors.size() + " passage vectors; embedding " + queries.size() + " questions");
        List<float[]> questionVectors = queries.stream().map(embedder::query).toList();

        step("exact search");
        float[][] exactScores = new float[questionVectors.size()][];
        int[][] exact = new int[questionVectors.size()][];
        for (int q = 0; q < exact.length; q++) {
            exact[q] = exactTop(vectors, questionVectors.get(q), exactScores[q] = new float[EXACT_KEPT]);
        }
        System.out.println(spread(exactScores));

        Path work = Files.createTempDirectory("newsdesk-hnsw-sweep");
        if (scans != null) {
            try {
                scan(work.resolve("flat"), vectors, questionVectors, exact, scans);
            } finally {
                deleteRecursively(work);
            }
            step(String.format("done in %.1f min", seconds(System.nanoTime() - start) / 60));
            return;
        }
        try {
            System.out.printf("%3s %5s %8s %9s %4s %10s %16s %7s %7s%n",
                    "M", "beam", "build_s", "index_MB", "k", "recall@10", "recall@10(ties)", "p50_ms", "p95_ms");
            for (String g : graphs.split(",")) {
                int[] graph = Arrays.stream(g.split("x")).mapToInt(Integer::parseInt).toArray();
                Path dir = work.resolve("m" + graph[0] + "-beam" + graph[1]);
                step("building M=" + graph[0] + " beamWidth=" + graph[1]);
                long buildNanos = build(dir, vectors, codec(graph[0], graph[1], bits));
                double indexMb = folderBytes(dir) / 1e6;
                try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    int[] ordinals = ordinals(reader);
                    for (int k : Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray()) {
                        // the warm-up round is also the one whose hits are scored
                        double found = 0;
                        double foundWithTies = 0;
                        for (int q = 0; q < exact.length; q++) {
                            float[] qv = questionVectors.get(q);
                            float tenth = exactScores[q][TOP - 1];
                            for (ScoreDoc hit : search(searcher, qv, k, vectors, ordinals)) {
                                int passage = ordinals[hit.doc];
                                found += Arrays.stream(exact[q], 0, TOP).anyMatch(id -> id == passage) ? 1 : 0;
                                // a hit as close as the exact 10th counts here even if a tie put it 11th
                                float cosine = VectorUtil.dotProduct(vectors.get(passage), qv);
                                foundWithTies += cosine >= tenth - 1e-6f ? 1 : 0;
                            }
                        }
                        Map<String, Object> ms = Percentiles.of(questionVectors,
                                qv -> timed(() -> search(searcher, qv, k, vectors, ordinals)));
                        double total = (double) exact.length * TOP;
                        System.out.printf("%3d %5d %8.1f %9.1f %4d %10.3f %16.3f %7.3f %7.3f%n", graph[0], graph[1],
                                seconds(buildNanos), indexMb, k, found / total, foundWithTies / total,
                                ms.get("p50"), ms.get("p95"));
                    }
                }
                deleteRecursively(dir);
            }
        } finally {
            deleteRecursively(work);
        }
        step(String.format("done in %.1f min", seconds(System.nanoTime() - start) / 60));
    }

    /** Recall@10 and latency of the vector scan over an index without a graph, per rerank factor. */
    private static void scan(Path dir, List<float[]> vectors, List<float[]> questionVectors, int[][] exact,
                             String factors) throws IOException {
        step("indexing the vectors without a graph");
        long buildNanos = build(dir, vectors, HnswCodec.withoutGraph());
        System.out.printf("%8s %8s %10s %7s %7s%n", "rerank", "build_s", "recall@10", "p50_ms", "p95_ms");
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int[] ordinals = ordinals(reader);
            for (int factor : Arrays.stream(factors.split(",")).mapToInt(Integer::parseInt).toArray()) {
                VectorScan scan = new VectorScan(FIELD, factor);
                long first = timed(() -> scan.nearest(searcher, questionVectors.get(0), TOP));
                step(String.format("first search (makes the segment's sign bits): %.0f ms", first / 1e6));
                double found = 0;
                for (int q = 0; q < exact.length; q++) {
                    for (int doc : scan.nearest(searcher, questionVectors.get(q), TOP)) {
                        int passage = ordinals[doc];
                        found += Arrays.stream(exact[q], 0, TOP).anyMatch(id -> id == passage) ? 1 : 0;
                    }
                }
                Map<String, Object> ms = Percentiles.bestOf(Bench.ROUNDS, questionVectors,
                        qv -> timed(() -> scan.nearest(searcher, qv, TOP)));
                System.out.printf("%8d %8.1f %10.3f %7.3f %7.3f%n", factor * TOP, seconds(buildNanos),
                        found / (exact.length * TOP), ms.get("p50"), ms.get("p95"));
            }
        }
    }

    /** The synthetic news corpus's passage vectors, all from the bench's cache (a miss fails); returns the questions. */
    private static List<String> newsVectors(int passages, int questions, Embedder embedder, Path cacheDir,
                                            List<float[]> vectors) throws IOException {
        RetrievalSettings settings = RetrievalSettings.from(Config.defaults());
        List<Article> corpus = SyntheticCorpus.articles(passages, Bench.SEED);
        Path cacheFile = cacheDir.resolve("vectors-" + embedder.model().dimension() + "-v1.bin");
        step("reading passage vectors from " + cacheFile);
        EmbeddingCache cache = EmbeddingCache.load(cacheFile, embedder.model().dimension());
        for (Article a : corpus) {
            for (Passage p : Passages.split(a, settings.passageSentences())) {
                vectors.add(InMemoryBaseline.passageVector(p, embedder, cache)); // throws on a cache miss
            }
        }
        return QuerySet.of(corpus, Bench.SEED + 1, questions);
    }

    /** Indexes only the passage vectors (and each one's ordinal), merged into one segment; returns the time taken. */
    private static long build(Path dir, List<float[]> vectors, org.apache.lucene.codecs.Codec codec) throws IOException {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig()
                .setCodec(codec)
                .setRAMBufferSizeMB(64) // as the product's store
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory d = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(d, config)) {
            for (int i = 0; i < vectors.size(); i++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, vectors.get(i), SIMILARITY));
                doc.add(new NumericDocValuesField(ORDINAL, i));
                writer.addDocument(doc);
                if ((i + 1) % 25_000 == 0) {
                    step("  " + (i + 1) + " vectors added, " + Math.round(seconds(System.nanoTime() - start)) + " s");
                }
            }
            writer.forceMerge(1);
            writer.commit();
        }
        return System.nanoTime() - start;
    }

    /** Float vectors as the product keeps them, or scalar-quantized to 7 or 4 bits. */
    private static org.apache.lucene.codecs.Codec codec(int maxConnections, int beamWidth, int bits) {
        return bits == 32 ? HnswCodec.of(maxConnections, beamWidth) : HnswCodec.quantized(maxConnections, beamWidth, bits);
    }

    /**
     * The top 10 of a search k wide: as HNSW ranks them, or (for quantized graphs, whose scores are approximate) the
     * k found ranked again by their float vectors.
     */
    private static ScoreDoc[] search(IndexSearcher searcher, float[] question, int k, List<float[]> vectors,
                                     int[] ordinals) {
        try {
            ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(FIELD, question, k), k).scoreDocs;
            for (ScoreDoc h : hits) {
                h.score = VectorUtil.dotProduct(vectors.get(ordinals[h.doc]), question);
            }
            Arrays.sort(hits, (a, b) -> Float.compare(b.score, a.score));
            return Arrays.copyOf(hits, Math.min(TOP, hits.length));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int[] ordinals(DirectoryReader reader) throws IOException {
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException(reader.leaves().size() + " segments, not one");
        }
        LeafReader leaf = reader.leaves().get(0).reader();
        NumericDocValues values = leaf.getNumericDocValues(ORDINAL);
        int[] out = new int[leaf.maxDoc()];
        for (int doc = 0; doc < out.length; doc++) {
            values.advanceExact(doc);
            out[doc] = (int) values.longValue();
        }
        return out;
    }

    /** The passages of the {@code scores.length} highest cosines, best first; fills {@code scores}. */
    private static int[] exactTop(List<float[]> vectors, float[] question, float[] scores) {
        int[] ids = new int[scores.length];
        Arrays.fill(scores, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < vectors.size(); i++) {
            float s = VectorUtil.dotProduct(vectors.get(i), question);
            if (s > scores[scores.length - 1]) {
                int at = scores.length - 1;
                for (; at > 0 && scores[at - 1] < s; at--) {
                    scores[at] = scores[at - 1];
                    ids[at] = ids[at - 1];
                }
                scores[at] = s;
                ids[at] = i;
            }
        }
        return ids;
    }

    /** Medians over the questions of the exact cosines around the 10th, and how many gaps are near-ties. */
    private static String spread(float[][] scores) {
        IntFunction<double[]> rank = r -> Arrays.stream(scores).mapToDouble(s -> s[r - 1]).sorted().toArray();
        double[] gap = Arrays.stream(scores).mapToDouble(s -> s[TOP - 1] - s[TOP]).sorted().toArray();
        return String.format("exact cosines, median over %d questions: #1 %.4f, #10 %.4f, #11 %.4f, #%d %.4f; "
                        + "gap #10-#11 median %.5f (p10 %.5f, p90 %.5f); gap < 0.001 for %d questions",
                scores.length, median(rank.apply(1)), median(rank.apply(TOP)), median(rank.apply(TOP + 1)), EXACT_KEPT,
                median(rank.apply(EXACT_KEPT)), median(gap), gap[gap.length / 10], gap[gap.length * 9 / 10],
                Arrays.stream(gap).filter(g -> g < 0.001).count());
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static void step(String what) {
        System.err.println("hnsw-sweep: " + what);
    }
}
