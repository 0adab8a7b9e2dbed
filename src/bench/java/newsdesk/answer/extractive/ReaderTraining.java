package newsdesk.answer.extractive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsdesk.article.Article;
import newsdesk.article.ArticleFileException;
import newsdesk.article.ArticleReader;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;

/**
 * Fits the offline reader's model ({@code reader-model.json}) on the question sets this project wrote: the
 * training sets over invented articles, the sample's question set, and the fixture and held-out sets, all asked
 * against one store of their articles. Deterministic: the same files give the same weights.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=newsdesk.answer.extractive.ReaderTraining [-Dexec.args=--write]</pre>
 */
public final class ReaderTraining {
    static final String SAMPLE = "../../main/resources/sample/in-amenas-2013-01-19.md";
    /**
     * Set f's questions are a newcomer's ("How many people died?"); each is also asked of a store holding only the
     * article it is about, as a user with one story ingested (or the bundled sample) asks them.
     */
    static final String SINGLE_STORY_ARTICLES = "reader-training/f/articles";
    static final String SINGLE_STORY_QUESTIONS = "reader-training/f/questions.jsonl";

    /**
     * The stores the questions are asked against: every set in one large store, and sets in stores of their own
     * articles only, so that the model learns from large and small stores alike (the bundled sample alone is the
     * smallest a user meets). Each small store is also asked some questions of another set, whose articles it does
     * not hold: those must be declined, as a question about a story nobody ingested must be. Set f's questions are
     * never asked elsewhere: "How many people died?" is a fair question to any store of disaster news.
     */
    static final List<String> SETS = List.of("a", "b", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o");
    static final List<Scenario> SCENARIOS = scenarios();

    private static List<Scenario> scenarios() {
        List<String> articles = new ArrayList<>(SETS.stream().map(ReaderTraining::articleFolder).toList());
        articles.addAll(List.of("heldout", "articles", SAMPLE));
        List<String> questions = new ArrayList<>(SETS.stream().map(ReaderTraining::questions).toList());
        questions.addAll(List.of("eval/public-questions.jsonl", "eval/fixture-questions.jsonl", "heldout/questions.jsonl"));
        List<Scenario> out = new ArrayList<>();
        out.add(new Scenario(articles, questions, List.of(), 1));
        // each set alone, asked every other question of the set before it (set f's are never asked elsewhere)
        for (int i = 0; i < SETS.size(); i++) {
            String foreign = SETS.get((i + SETS.size() - 1) % SETS.size());
            foreign = foreign.equals("f") ? "e" : foreign;
            out.add(new Scenario(List.of(articleFolder(SETS.get(i))), List.of(questions(SETS.get(i))),
                    List.of(questions(foreign)), 2));
        }
        out.add(new Scenario(List.of(SAMPLE), List.of("eval/public-questions.jsonl"), List.of(questions("e")), 4));
        out.add(new Scenario(List.of("heldout", "articles", SAMPLE),
                List.of("eval/public-questions.jsonl", "eval/fixture-questions.jsonl", "heldout/questions.jsonl"),
                List.of(questions("d")), 4));
        return List.copyOf(out);
    }

    private static String articleFolder(String set) {
        return "reader-training/" + set + "/articles";
    }

    private static String questions(String set) {
        return "reader-training/" + set + "/questions.jsonl";
    }

    /**
     * Questions asked against a store of articles.
     *
     * @param articles folders or files below src/test/resources
     * @param questions question files below src/test/resources, about these articles
     * @param foreign question files about other articles: asked here, they are all unanswerable
     * @param foreignEvery one foreign question in this many is asked
     */
    record Scenario(List<String> articles, List<String> questions, List<String> foreign, int foreignEvery) {
    }

    static final String RESOURCES = "src/test/resources";
    static final double L2 = 1.0;
    static final int ITERATIONS = 25;
    /** Folds for judging the training questions by answerability models that did not see them. */
    static final int FOLDS = 5;
    /** Median answer length the second-sentence rule must keep under (the product promises 45 words). */
    static final double MAX_MEDIAN_WORDS = 40;
    /** The longest pair of sentences the second-sentence rule may allow: a chat answer read at a glance. */
    static final int MAX_PAIR_WORDS = 90;

    private ReaderTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        boolean write = List.of(args).contains("--write");
        int at = List.of(args).indexOf("--index");
        Path kept = at >= 0 ? Path.of(args[at + 1]) : null;
        ReaderModel model = train(root, System.out, kept);
        String json = model.toJson("src/test/resources: reader-training/" + String.join(", ", SETS)
                + ", eval/public, eval/fixture, heldout; in " + SCENARIOS.size() + " stores");
        Path target = root.resolve("src/main/resources" + ReaderModel.RESOURCE);
        if (write) {
            Files.writeString(target, json);
            System.out.println("wrote " + root.relativize(target));
        } else {
            System.out.print(json);
        }
    }

    /**
     * @param kept a folder to keep the training stores in between runs (they are built there once), or null for
     *             temporary ones
     */
    static ReaderModel train(Path root, java.io.PrintStream out, Path kept) throws IOException {
        Path dir = kept != null ? kept : Files.createTempDirectory("reader-training");
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        RememberingModel model = new RememberingModel(Retrieval.defaultEmbeddingModel());
        List<TrainingItem> items = new ArrayList<>();
        List<SentenceRanking.Ranked> read = new ArrayList<>();
        try {
            for (int s = 0; s < SCENARIOS.size(); s++) {
                Scenario scenario = SCENARIOS.get(s);
                try (NewsIndex index = Retrieval.open(dir.resolve("store-" + s), Retrieval.defaultEmbedder(model),
                        RetrievalSettings.DEFAULTS, clock)) {
                    List<Article> articles = articles(root, scenario.articles());
                    index.putAll(articles);
                    index.commit();
                    SentenceRanking features = new SentenceRanking(index, ReaderModel.untrained(), 30, 5);
                    int asked = 0;
                    for (String q : scenario.questions()) {
                        for (TrainingItem item : TrainingItem.read(root.resolve(RESOURCES).resolve(q))) {
                            items.add(item);
                            read.add(features.rank(item.question(), Set.of()));
                            asked++;
                        }
                    }
                    for (String q : scenario.foreign()) {
                        List<TrainingItem> others = TrainingItem.read(root.resolve(RESOURCES).resolve(q));
                        for (int i = 0; i < others.size(); i += scenario.foreignEvery()) {
                            items.add(others.get(i).unanswerable());
                            read.add(features.rank(others.get(i).question(), Set.of()));
                            asked++;
                        }
                    }
                    out.printf("store %d: %d articles, %d questions%n", s, articles.size(), asked);
                }
            }
            int single = 0;
            List<TrainingItem> vague = TrainingItem.read(root.resolve(RESOURCES).resolve(SINGLE_STORY_QUESTIONS));
            for (Article article : articles(root, List.of(SINGLE_STORY_ARTICLES))) {
                try (NewsIndex index = Retrieval.inMemory(article.id(), Retrieval.defaultEmbedder(model),
                        RetrievalSettings.DEFAULTS, clock)) {
                    index.put(article);
                    index.commit();
                    SentenceRanking features = new SentenceRanking(index, ReaderModel.untrained(), 30, 5);
                    for (TrainingItem item : vague) {
                        if (article.id().equals(item.article())) {
                            items.add(item);
                            read.add(features.rank(item.question(), Set.of()));
                            single++;
                        }
                    }
                }
            }
            out.printf("single-story stores: %d questions%n", single);
            out.printf("%d questions asked (%d answerable)%n", items.size(),
                    items.stream().filter(TrainingItem::answerable).count());
            return fit(items, read, out);
        } finally {
            if (kept == null) {
                deleteRecursively(dir);
            }
        }
    }

    static ReaderModel fit(List<TrainingItem> items, List<SentenceRanking.Ranked> read, java.io.PrintStream out) {
        List<List<double[]>> groups = new ArrayList<>();
        List<int[]> right = new ArrayList<>();
        for (int q = 0; q < items.size(); q++) {
            List<Candidate> cs = read.get(q).candidates();
            if (!items.get(q).answerable() || cs.isEmpty()) {
                continue;
            }
            groups.add(cs.stream().map(Candidate::features).toList());
            int[] y = new int[cs.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = items.get(q).answeredBy(cs.get(i).text()) ? 1 : 0;
            }
            right.add(y);
        }
        double[] w = ConditionalLogit.fit(groups, right, L2, ITERATIONS);
        ReaderModel model = ReaderModel.untrained().withRanking(
                new LogisticModel(Features.NAMES, java.util.Arrays.copyOf(w, Features.NAMES.size()), 0).rounded());
        List<SentenceRanking.Ranked> ranked = read.stream().map(r -> r.scoredBy(model)).toList();
        List<double[]> questions = new ArrayList<>();
        List<Integer> answered = new ArrayList<>();
        List<Integer> asked = new ArrayList<>();
        for (int q = 0; q < items.size(); q++) {
            SentenceRanking.Ranked r = ranked.get(q);
            if (r.candidates().isEmpty()) {
                continue;
            }
            questions.add(Answerability.of(r.question(), r.candidates()));
            answered.add(bestAnswers(items.get(q), r) ? 1 : 0);
            asked.add(q);
        }
        ReaderModel judging = model.withAnswerability(logistic(Answerability.NAMES, questions, answered));
        List<SentenceRanking.Ranked> judged = read.stream().map(r -> r.scoredBy(judging)).toList();
        double[] unseen = outOfFold(Answerability.NAMES, questions, answered);
        List<SentenceRanking.Ranked> judgedUnseen = new ArrayList<>(judged);
        for (int i = 0; i < asked.size(); i++) {
            SentenceRanking.Ranked r = judged.get(asked.get(i));
            judgedUnseen.set(asked.get(i), new SentenceRanking.Ranked(r.question(), r.candidates(), r.hits(), unseen[i]));
        }
        double threshold = threshold(items, judgedUnseen);
        ReaderModel fitted = second(items, judged, judging.withThreshold(ReaderModel.round(threshold)));
        report(items, judged, fitted, out);
        return fitted;
    }

    /**
     * Each row's probability under a logistic model fitted on the other rows' folds (row i in fold i mod
     * {@value #FOLDS}). A threshold chosen on the confidences a model gives its own training questions is chosen on
     * scores surer than the ones new questions get.
     */
    static double[] outOfFold(List<String> names, List<double[]> rows, List<Integer> labels) {
        double[] out = new double[rows.size()];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[]> trainRows = new ArrayList<>();
            List<Integer> trainLabels = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % FOLDS != fold) {
                    trainRows.add(rows.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            LogisticModel fitted = logistic(names, trainRows, trainLabels);
            for (int i = fold; i < rows.size(); i += FOLDS) {
                out[i] = fitted.probability(rows.get(i));
            }
        }
        return out;
    }

    private static LogisticModel logistic(List<String> names, List<double[]> rows, List<Integer> labels) {
        double[] w = LogisticRegression.fit(rows, labels, L2, ITERATIONS);
        return new LogisticModel(names, java.util.Arrays.copyOf(w, names.size()), w[w.length - 1]).rounded();
    }

    /** The best sentence answers: it states the evidence, or holds the expected facts. */
    static boolean bestAnswers(TrainingItem item, SentenceRanking.Ranked r) {
        if (!item.answerable() || r.candidates().isEmpty()) {
            return false;
        }
        String best = r.candidates().get(0).text();
        return item.answeredBy(best) || item.heldBy(best);
    }

    /**
     * The answerability below which the reader declines: the one that handles the most training questions right, each
     * counting once (answered by its best sentence, or declined when the articles do not answer it).
     */
    static double threshold(List<TrainingItem> items, List<SentenceRanking.Ranked> judged) {
        long answerable = items.stream().filter(TrainingItem::answerable).count();
        long unanswerable = items.size() - answerable;
        double best = 0.5;
        double bestScore = -1;
        for (int step = 1; step < 100; step++) {
            double t = step / 100.0;
            int right = 0;
            int declined = 0;
            for (int q = 0; q < items.size(); q++) {
                boolean answers = judged.get(q).confidence() >= t;
                if (items.get(q).answerable()) {
                    right += answers && bestAnswers(items.get(q), judged.get(q)) ? 1 : 0;
                } else {
                    declined += answers ? 0 : 1;
                }
            }
            double score = right + declined;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * The rule for a second sentence (its share of the best's probability, and the pair's words, up to
     * {@link #MAX_PAIR_WORDS}) that holds the most facts while the median answer stays short.
     */
    static ReaderModel second(List<TrainingItem> items, List<SentenceRanking.Ranked> scored, ReaderModel model) {
        ReaderModel best = model;
        int bestHeld = -1;
        for (int step = 8; step >= 0; step--) {
            for (int maxWords = 40; maxWords <= MAX_PAIR_WORDS; maxWords += 5) {
                ReaderModel m = model.withSecond(step / 40.0, maxWords);
                AnswerComposer composer = new AnswerComposer(m, 3);
                int held = 0;
                List<Integer> words = new ArrayList<>();
                for (int q = 0; q < items.size(); q++) {
                    if (!items.get(q).answerable()) {
                        continue;
                    }
                    List<Candidate> chosen = composer.choose(scored.get(q));
                    String text = answerText(chosen);
                    held += !chosen.isEmpty() && items.get(q).heldBy(text) ? 1 : 0;
                    if (!chosen.isEmpty()) {
                        words.add(text.split("\\s+").length);
                    }
                }
                if (median(words) <= MAX_MEDIAN_WORDS && held > bestHeld) {
                    bestHeld = held;
                    best = m;
                }
            }
        }
        return best;
    }

    private static void report(List<TrainingItem> items, List<SentenceRanking.Ranked> scored, ReaderModel model,
                               java.io.PrintStream out) {
        AnswerComposer composer = new AnswerComposer(model, 3);
        int answerable = 0;
        int top1 = 0;
        int held = 0;
        int unanswerable = 0;
        int declined = 0;
        List<Integer> words = new ArrayList<>();
        for (int q = 0; q < items.size(); q++) {
            TrainingItem item = items.get(q);
            SentenceRanking.Ranked r = scored.get(q);
            List<Candidate> chosen = composer.choose(r);
            String text = answerText(chosen);
            if (item.answerable()) {
                answerable++;
                top1 += bestAnswers(item, r) ? 1 : 0;
                held += !chosen.isEmpty() && item.heldBy(text) ? 1 : 0;
            } else {
                unanswerable++;
                declined += chosen.isEmpty() ? 1 : 0;
            }
            if (!chosen.isEmpty()) {
                words.add(text.split("\\s+").length);
            }
        }
        out.printf("training fit: best sentence answers %d/%d; answers hold the facts %d/%d; declined %d/%d; "
                + "median %.0f words; threshold %.3f, second sentence at %.3f of the best, within %d words%n", top1,
                answerable, held, answerable, declined, unanswerable, median(words), model.threshold(),
                model.secondRatio(), model.secondMaxWords());
        for (double t = 0.05; t < 0.8; t += 0.05) {
            int right = 0;
            int dec = 0;
            AnswerComposer at = new AnswerComposer(model.withThreshold(t), 3);
            for (int q = 0; q < items.size(); q++) {
                SentenceRanking.Ranked r = scored.get(q);
                boolean answers = r.confidence() >= t;
                if (items.get(q).answerable()) {
                    List<Candidate> chosen = at.choose(r);
                    String text = answerText(chosen);
                    right += answers && items.get(q).heldBy(text) ? 1 : 0;
                } else {
                    dec += answers ? 0 : 1;
                }
            }
            out.printf("  threshold %.2f: facts held %d/%d, declined %d/%d%n", t, right, answerable, dec, unanswerable);
        }
        for (LogisticModel m : List.of(model.ranking(), model.answerability())) {
            for (int i = 0; i < m.features().size(); i++) {
                out.printf("  %-22s %8.4f%n", m.features().get(i), m.weights()[i]);
            }
            out.printf("  %-22s %8.4f%n", "bias", m.bias());
        }
    }

    /** The composed answer's sentences as one text (what the eval checks for facts). */
    static String answerText(List<Candidate> chosen) {
        return String.join(" ", chosen.stream().map(Candidate::text).toList());
    }

    static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static List<Article> articles(Path root, List<String> folders) throws IOException {
        ArticleReader reader = new ArticleReader(10_000_000);
        List<Article> out = new ArrayList<>();
        for (String folder : folders) {
            Path place = root.resolve(RESOURCES).resolve(folder).normalize();
            try (Stream<Path> files = Files.isDirectory(place) ? Files.list(place) : Stream.of(place)) {
                for (Path f : files.filter(ArticleReader::isSupported).sorted().toList()) {
                    try {
                        out.addAll(reader.read(f));
                    } catch (ArticleFileException malformedOnPurpose) {
                        // the fixture folder holds broken files for the ingest tests
                    }
                }
            }
        }
        return out;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
