package newsdesk.answer.extractive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitting behind the reader's model, on tiny sets whose answer is known. */
class ReaderFittingTest {
    @Test
    void logisticRegressionLearnsWhichFeatureSeparatesTheLabels() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean yes = i % 2 == 0;
            rows.add(new double[] {yes ? 1 + i % 3 : -1 - i % 3, i % 5});
            labels.add(yes ? 1 : 0);
        }
        double[] w = LogisticRegression.fit(rows, labels, 1.0, 25);
        assertThat(w[0]).isGreaterThan(1);
        assertThat(Math.abs(w[1])).isLessThan(w[0] / 5);
        LogisticModel m = new LogisticModel(List.of("signal", "noise"), new double[] {w[0], w[1]}, w[2]);
        assertThat(m.probability(new double[] {2, 0})).isGreaterThan(0.9);
        assertThat(m.probability(new double[] {-2, 0})).isLessThan(0.1);
    }

    @Test
    void theRankingFitLearnsWhatMarksTheRightCandidateWithinEachGroup() {
        List<List<double[]>> groups = new ArrayList<>();
        List<int[]> right = new ArrayList<>();
        for (int g = 0; g < 30; g++) {
            double level = g % 7;  // a feature that differs between groups but not within: it explains nothing
            List<double[]> rows = new ArrayList<>();
            int[] y = new int[4];
            for (int i = 0; i < 4; i++) {
                boolean good = i == g % 4;
                rows.add(new double[] {good ? 0.9 : 0.2 + 0.1 * i, level});
                y[i] = good ? 1 : 0;
            }
            groups.add(rows);
            right.add(y);
        }
        double[] w = ConditionalLogit.fit(groups, right, 1.0, 25);
        assertThat(w[0]).isGreaterThan(1);
        assertThat(Math.abs(w[1])).isLessThan(1e-6);
    }

    @Test
    void theThresholdHandlesTheMostQuestionsRight() {
        List<TrainingItem> items = List.of(item(true), item(true), item(false), item(false), item(true));
        List<SentenceRanking.Ranked> judged = List.of(judged(0.9, true), judged(0.7, true), judged(0.3, false),
                judged(0.5, false), judged(0.2, true));
        double t = ReaderTraining.threshold(items, judged);
        assertThat(t).isGreaterThan(0.5).isLessThanOrEqualTo(0.7);
    }

    @Test
    void outOfFoldProbabilitiesComeFromModelsThatDidNotSeeTheRow() {
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double x = (i % 2 == 0 ? 1 : -1) * (1 + i % 3);
            rows.add(new double[] {x});
            labels.add(x > 0 ? 1 : 0);
        }
        rows.set(0, new double[] {6}); // far on the answering side, yet labelled otherwise: the only such row
        labels.set(0, 0);
        double[] w = LogisticRegression.fit(rows, labels, 1.0, 25);
        LogisticModel inSample = new LogisticModel(List.of("x"), new double[] {w[0]}, w[1]);

        double[] unseen = ReaderTraining.outOfFold(List.of("x"), rows, labels);

        assertThat(unseen).hasSize(40);
        assertThat(unseen[0]).isGreaterThan(inSample.probability(rows.get(0))).isGreaterThan(0.9);
        for (int i = 1; i < 40; i++) {
            assertThat(unseen[i] > 0.5).as("row %d", i).isEqualTo(labels.get(i) == 1);
        }
    }

    private static TrainingItem item(boolean answerable) {
        return new TrainingItem("x", "q", answerable, answerable ? List.of(List.of("aground")) : List.of(),
                answerable ? List.of("ran aground") : List.of(), null);
    }

    private static SentenceRanking.Ranked judged(double confidence, boolean bestAnswers) {
        ArticleFacts a = Articles.of("t", "The ferry ran aground on Sunday. The weather was fine all day.");
        Candidate best = new Candidate(a, bestAnswers ? 0 : 1, 0, 0, 0, 0, 0, 0, new double[0], 1);
        return new SentenceRanking.Ranked(null, List.of(best), List.of(), confidence);
    }
}
