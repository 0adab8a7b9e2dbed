package newsdesk.answer.extractive;

import java.util.List;
import java.util.Optional;
import newsdesk.article.Sentence;

/**
 * Keeps quoted speech with its speaker: a sentence of a quotation that runs over several sentences rarely says who
 * speaks, so the sentence of the same paragraph that does ("..., she said.") goes with it.
 */
final class Quotations {
    private Quotations() {
    }

    /** The position of the sentence naming the speaker of the quotation sentence {@code i} belongs to, if apart. */
    static Optional<Integer> speakerOf(ArticleFacts a, int i) {
        SentenceFacts f = a.facts().get(i);
        if (f.speech() || !(f.quotation() || insideQuotation(a, i))) {
            return Optional.empty();
        }
        for (int step : new int[] {-1, 1}) {
            int j = i + step;
            while (j >= 0 && j < a.size() && samePargraph(a, Math.min(i, j), Math.max(i, j))) {
                SentenceFacts other = a.facts().get(j);
                if (other.speech()) {
                    return Optional.of(j);
                }
                if (!other.quotation() && !insideQuotation(a, j)) {
                    break;
                }
                j += step;
            }
        }
        return Optional.empty();
    }

    /** True when a quotation opened earlier in the paragraph is still open where sentence {@code i} starts. */
    static boolean insideQuotation(ArticleFacts a, int i) {
        List<Sentence> s = a.sentences().sentences();
        String text = a.sentences().article().article().text();
        int start = s.get(i).start();
        int paragraph = text.lastIndexOf("\n", Math.max(0, start - 1));
        int open = 0;
        boolean straight = false;
        for (int k = paragraph + 1; k < start; k++) {
            char c = text.charAt(k);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open = Math.max(0, open - 1);
            } else if (c == '"') {
                straight = !straight;
            }
        }
        return open > 0 || straight;
    }

    private static boolean samePargraph(ArticleFacts a, int first, int second) {
        List<Sentence> s = a.sentences().sentences();
        String between = a.sentences().article().article().text().substring(s.get(first).end(), s.get(second).start());
        return between.indexOf('\n') < 0;
    }
}
