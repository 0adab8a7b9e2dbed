package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Sentence;
import newsdesk.text.CueWords;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * Keeps quoted speech with its speaker: a sentence of a quotation that runs over several sentences rarely says who
 * speaks, so the sentences of the same paragraph up to the one that does ("..., she said.") go with it.
 */
final class Quotations {
    /** A quotation this long or shorter is given whole; a longer one gives only its speaker's sentence. */
    static final int MAX_RUN_WORDS = 70;

    private Quotations() {
    }

    /**
     * The sentences to give with sentence {@code i} so that its quotation comes with its speaker: those between it
     * and the sentence naming the speaker, and that sentence; none when it names its speaker or quotes nobody.
     */
    static List<Integer> speakerOf(ArticleFacts a, int i) {
        if (attributes(a, i) || !(a.facts().get(i).quotation() || insideQuotation(a, i))) {
            return List.of();
        }
        for (int step : new int[] {1, -1}) {
            List<Integer> run = new ArrayList<>();
            int j = i + step;
            while (j >= 0 && j < a.size() && sameParagraph(a, Math.min(i, j), Math.max(i, j))) {
                run.add(j);
                if (attributes(a, j)) {
                    int words = a.facts().get(i).words();
                    for (int k : run) {
                        words += a.facts().get(k).words();
                    }
                    return words <= MAX_RUN_WORDS ? run : List.of(j);
                }
                if (!a.facts().get(j).quotation() && !insideQuotation(a, j)) {
                    break;
                }
                j += step;
            }
        }
        return List.of();
    }

    /** The sentence says who speaks: a word of speech stands outside its quotation marks ("..., she said."). */
    static boolean attributes(ArticleFacts a, int i) {
        String text = a.sentences().sentences().get(i).text();
        boolean[] inside = quoted(text, insideQuotation(a, i));
        for (Token t : Words.tokens(text)) {
            if (!inside[t.start()] && CueWords.SPEECH.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when a quotation opened earlier in the paragraph is still open where sentence {@code i} starts. */
    static boolean insideQuotation(ArticleFacts a, int i) {
        List<Sentence> s = a.sentences().sentences();
        String text = a.sentences().article().article().text();
        int start = s.get(i).start();
        int paragraph = text.lastIndexOf("\n", Math.max(0, start - 1));
        boolean[] inside = quoted(text.substring(paragraph + 1, start) + " ", false);
        return inside[inside.length - 1];
    }

    /** For each character, whether it stands inside double quotation marks, given the state before the text. */
    private static boolean[] quoted(String text, boolean insideAtStart) {
        boolean[] out = new boolean[text.length()];
        boolean inside = insideAtStart;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '“') {
                inside = true;
            } else if (c == '”') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
            out[k] = inside;
        }
        return out;
    }

    private static boolean sameParagraph(ArticleFacts a, int first, int second) {
        List<Sentence> s = a.sentences().sentences();
        String between = a.sentences().article().article().text().substring(s.get(first).end(), s.get(second).start());
        return between.indexOf('\n') < 0;
    }
}
