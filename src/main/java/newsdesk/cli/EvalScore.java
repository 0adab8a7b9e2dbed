package newsdesk.cli;

import java.util.List;

/** How an answerer did on an eval set, with a line per miss. */
record EvalScore(int answerable, int correct, int factsOnly, int unanswerable, int declined, List<String> misses) {
    String summary() {
        return String.format("answerable: %d/%d correct (facts found in %d); unanswerable: %d/%d declined; total %d/%d",
                correct, answerable, factsOnly, declined, unanswerable, correct + declined, answerable + unanswerable);
    }
}
