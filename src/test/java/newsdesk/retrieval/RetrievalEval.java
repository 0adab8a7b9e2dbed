package newsdesk.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import newsdesk.article.Article;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Not a test: measures retrieval quality on the eval questions over the bundled sample article, for each mode and
 * for the index and fusion choices in {@link IndexOptions}. A question counts as found at rank r when the r-th
 * passage contains one of its evidence strings (case-insensitive).
 *
 * <pre>java -cp target/test-classes:target/classes:... newsdesk.retrieval.RetrievalEval [questions.jsonl]</pre>
 */
public final class RetrievalEval {
    static final String SAMPLE = "/sample/in-amenas-2013-01-19.md";
    static final int DEPTH = 50;

    record EvalQuestion(String id, String question, List<String> evidence) {
    }

    record Scores(double recallAt3, double recallAt8, double mrr) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "R@3 %.3f  R@8 %.3f  MRR %.3f", recallAt3, recallAt8, mrr);
        }
    }

    public static void main(String[] args) throws IOException {
        Path questionsFile = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/public-questions.jsonl");
        List<EvalQuestion> questions = readQuestions(questionsFile);
        Article sample = readSample();
        EmbeddingModel model = Retrieval.defaultEmbeddingModel();
        System.out.println(questions.size() + " answerable questions over '" + sample.title() + "'");

        for (int sentences : new int[] {3, 2}) {
            RetrievalSettings settings = RetrievalSettings.DEFAULTS.withPassageSentences(sentences);
            System.out.println("\n== passage-sentences " + sentences);
            report("English analyzer (chosen)", IndexOptions.DEFAULT, settings, sample, model, questions, true);
            if (sentences == 3) {
                report("Standard analyzer (no stemming)", IndexOptions.DEFAULT.withAnalyzer(StandardAnalyzer::new),
                        settings, sample, model, questions, false);
                report("English, no stop words", IndexOptions.DEFAULT.withAnalyzer(
                        () -> new EnglishAnalyzer(org.apache.lucene.analysis.CharArraySet.EMPTY_SET)),
                        settings, sample, model, questions, false);
                report("title in BM25 body", IndexOptions.DEFAULT.withTitleInBody(true), settings, sample, model,
                        questions, false);
            }
        }

        System.out.println("\n== fusion (hybrid, passage-sentences 3, candidates 50)");
        List<IntFunction<Fusion>> fusions = List.of(
                ReciprocalRankFusion::new,
                k -> new ReciprocalRankFusion(10),
                k -> new ReciprocalRankFusion(k, 1, 1.5),
                k -> new ReciprocalRankFusion(k, 1.5, 1),
                k -> new ScoreNormalisedFusion(0.3),
                k -> new ScoreNormalisedFusion(0.5),
                k -> new ScoreNormalisedFusion(0.7));
        for (IntFunction<Fusion> fusion : fusions) {
            IndexOptions options = IndexOptions.DEFAULT.withFusion(fusion);
            Path dir = Files.createTempDirectory("newsdesk-eval");
            try (LuceneArticleStore index = new LuceneArticleStore(dir, model, RetrievalSettings.DEFAULTS,
                    Clock.systemUTC(), options)) {
                index.put(sample);
                index.commit();
                System.out.printf(Locale.ROOT, "%-45s %s%n", fusion.apply(60),
                        score(index.retriever(RetrievalMode.HYBRID), questions));
            }
        }
    }

    private static void report(String label, IndexOptions options, RetrievalSettings settings, Article sample,
                               EmbeddingModel model, List<EvalQuestion> questions, boolean perQuestion) throws IOException {
        Path dir = Files.createTempDirectory("newsdesk-eval");
        try (LuceneArticleStore index = new LuceneArticleStore(dir, model, settings, Clock.systemUTC(), options)) {
            index.put(sample);
            index.commit();
            System.out.println(label + " (" + index.passageCount() + " passages)");
            for (RetrievalMode mode : RetrievalMode.values()) {
                System.out.printf(Locale.ROOT, "  %-7s %s%n", mode, score(index.retriever(mode), questions));
            }
            if (perQuestion) {
                for (EvalQuestion q : questions) {
                    StringBuilder line = new StringBuilder("    " + q.id());
                    for (RetrievalMode mode : RetrievalMode.values()) {
                        int rank = firstRank(index.retriever(mode).retrieve(q.question(), DEPTH), q);
                        line.append(String.format(Locale.ROOT, "  %s %-2s", mode.name().charAt(0),
                                rank == 0 ? "-" : rank));
                    }
                    System.out.println(line + "  " + q.question());
                }
            }
        }
    }

    static Scores score(PassageRetriever retriever, List<EvalQuestion> questions) {
        double at3 = 0;
        double at8 = 0;
        double rr = 0;
        for (EvalQuestion q : questions) {
            int rank = firstRank(retriever.retrieve(q.question(), DEPTH), q);
            if (rank > 0) {
                at3 += rank <= 3 ? 1 : 0;
                at8 += rank <= 8 ? 1 : 0;
                rr += 1.0 / rank;
            }
        }
        int n = questions.size();
        return new Scores(at3 / n, at8 / n, rr / n);
    }

    /** 1-based rank of the first passage holding evidence, 0 if none does. */
    static int firstRank(List<RetrievedPassage> hits, EvalQuestion q) {
        for (int i = 0; i < hits.size(); i++) {
            String text = hits.get(i).passage().text().toLowerCase(Locale.ROOT);
            for (String e : q.evidence()) {
                if (text.contains(e.toLowerCase(Locale.ROOT))) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    static List<EvalQuestion> readQuestions(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuestion> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = json.readTree(line);
            if (q.path("answerable").asBoolean(false)) {
                List<String> evidence = new ArrayList<>();
                q.path("evidence").forEach(e -> evidence.add(e.asText()));
                out.add(new EvalQuestion(q.path("id").asText(), q.path("question").asText(), evidence));
            }
        }
        return out;
    }

    /** The bundled sample, its front matter (simple {@code key: value} lines) parsed off. */
    static Article readSample() throws IOException {
        String raw;
        try (InputStream in = RetrievalEval.class.getResourceAsStream(SAMPLE)) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int end = raw.indexOf("\n---", 4);
        java.util.Map<String, String> meta = new java.util.HashMap<>();
        for (String line : raw.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip().replaceAll("^\"|\"$", ""));
        }
        String text = raw.substring(raw.indexOf('\n', end + 1) + 1);
        return new Article(meta.get("id"), meta.get("title"), meta.get("source"), meta.get("published"), null, text,
                "bundled sample");
    }
}
