package newsdesk.answer.extractive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsdesk.retrieval.NewsIndex;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;

/**
 * Shows where the reader loses a question set against a store (measurement, never training): for each question,
 * the confidence, the rank of the first sentence that answers, and what the composed answer holds.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=newsdesk.answer.extractive.ReaderDiagnosis -Dexec.args="STORE-FOLDER QUESTIONS.jsonl"</pre>
 */
public final class ReaderDiagnosis {
    private ReaderDiagnosis() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        List<TrainingItem> items = TrainingItem.read(Path.of(args[1]));
        boolean verbose = List.of(args).contains("--verbose");
        try (NewsIndex index = Retrieval.open(store, Retrieval.defaultEmbeddingModel(), RetrievalSettings.DEFAULTS,
                Clock.systemUTC())) {
            ReaderModel model = ReaderModel.bundled();
            SentenceRanking ranking = new SentenceRanking(index, model, 30, 5);
            AnswerComposer composer = new AnswerComposer(model.withThreshold(0), 3);
            int[] rankCounts = new int[7];
            for (TrainingItem item : items) {
                SentenceRanking.Ranked r = ranking.rank(item.question(), Set.of());
                int at = -1;
                for (int i = 0; i < r.candidates().size() && at < 0; i++) {
                    String t = r.candidates().get(i).text();
                    if (item.answeredBy(t) || item.heldBy(t)) {
                        at = i;
                    }
                }
                List<Candidate> chosen = composer.choose(r);
                String text = ReaderTraining.answerText(chosen);
                boolean held = item.answerable() && item.heldBy(text);
                if (item.answerable()) {
                    rankCounts[at < 0 ? 6 : Math.min(at, 5)]++;
                }
                System.out.printf(Locale.ROOT, "%s\t%s\tconf %.3f\trank %d\theld %s\t%s%n",
                        item.id(), item.answerable() ? "A" : "U", r.confidence(), at, held, item.question());
                if (verbose && item.answerable() && at != 0) {
                    for (int i = 0; i < Math.min(3, r.candidates().size()); i++) {
                        printCandidate(i, r.candidates().get(i));
                    }
                    if (at > 2) {
                        printCandidate(at, r.candidates().get(at));
                    }
                }
            }
            System.out.printf("answering sentence at rank 0..5, lower, none: %s%n", java.util.Arrays.toString(rankCounts));
        }
    }

    private static void printCandidate(int rank, Candidate c) {
        System.out.printf(Locale.ROOT, "    %d %.3f [%s #%d] %s%n", rank, c.probability(),
                c.article().sentences().article().article().id(), c.index(), c.text());
    }
}
