package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.List;
import newsdesk.article.Sentence;
import newsdesk.text.CueWords;
import newsdesk.text.Token;
import newsdesk.text.Words;

/**
 * Keeps quoted speech whole and with its speaker: a quotation often runs over several sentences of a paragraph and
 * names who speaks in only one of them ("..., she said."). A sentence of it comes with the rest of it.
 */
final class Quotations {
    /** A quotation this long or shorter is given whole; of a longer one, only its speaker's sentence joins. */
    static final int MAX_RUN_WORDS = 70;

    private Quotations() {
    }

    /**
     * The other sentences of the quotation sentence {@code i} belongs to, in text order, when the quotation says who
     * speaks: the whole quotation when short enough, else the sentence naming the speaker. Empty when sentence
     * {@code i} quotes nobody, or is a quotation that both starts and ends in it.
     */
    static List<Integer> speakerOf(ArticleFacts a, int i) {
        if (!a.facts().get(i).quotation() && !insideQuotation(a, i)) {
            return List.of();
        }
        int first = i;
        while (first > 0 && insideQuotation(a, first) && sameParagraph(a, first - 1, first)) {
            first--;
        }
        int last = i;
        while (last + 1 < a.size() && insideQuotation(a, last + 1) && sameParagraph(a, last, last + 1)) {
            last++;
        }
        if (first == i && last == i) {
            return List.of();
        }
        int speaker = -1;
        int words = 0;
        for (int k = first; k <= last; k++) {
            words += a.facts().get(k).words();
            if (speaker < 0 && attributes(a, k)) {
                speaker = k;
            }
        }
        if (speaker < 0) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            if (k != i && (words <= MAX_RUN_WORDS || k == speaker)) {
                out.add(k);
            }
        }
        return out;
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
