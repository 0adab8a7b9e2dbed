package newsdesk.cli;

import java.util.List;

/**
 * How an answerer did on an eval set, with a line per miss.
 *
 * @param facts answerable questions whose answer holds every expected fact
 * @param evidence answerable questions with a citation quoting the evidence
 * @param correct answerable questions with both
 * @param medianWords the median length of the answers given (declines not counted)
 * @param recalled answerable questions with evidence in the passages a language model would be given
 * @param passages how many passages a language model is given
 */
record EvalScore(int answerable, int facts, int evidence, int correct, int unanswerable, int declined,
                 double medianWords, int recalled, int passages, List<String> misses) {
    String summary() {
        return String.format("answerable: %d/%d hold the facts (%s), %d/%d cite the evidence (%s), both %d; "
                        + "unanswerable: %d/%d declined (%s); median answer %.0f words; "
                        + "retrieval recall %d/%d (%s) at %d passages; total %d/%d",
                facts, answerable, percent(facts, answerable), evidence, answerable, percent(evidence, answerable),
                correct, declined, unanswerable, percent(declined, unanswerable), medianWords, recalled, answerable,
                percent(recalled, answerable), passages, correct + declined, answerable + unanswerable);
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + "%";
    }
}
