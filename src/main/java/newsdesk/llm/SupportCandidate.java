package newsdesk.llm;

import java.util.List;
import newsdesk.article.Sentence;
import newsdesk.text.Lexicon;

/**
 * One sentence of a passage, or two adjacent ones, offered as the support of a claim; what is quoted if it holds.
 *
 * @param first index of the first sentence in the passage
 * @param last index of the last sentence (first or first + 1)
 * @param secondStarts offset in {@code facts.text} where the second sentence starts (the text's length for one)
 */
record SupportCandidate(NumberedPassage passage, int first, int last, TextFacts facts, int secondStarts) {
    static SupportCandidate of(NumberedPassage passage, int first, int last, Lexicon lexicon) {
        List<Sentence> sentences = passage.sentences();
        String a = sentences.get(first).text();
        String text = first == last ? a : a + " " + sentences.get(last).text();
        return new SupportCandidate(passage, first, last, new TextFacts(text, lexicon),
                first == last ? text.length() : a.length() + 1);
    }

    /** True when this candidate's sentences include all of the other's. */
    boolean contains(SupportCandidate other) {
        return first <= other.first() && other.last() <= last;
    }

    boolean pair() {
        return last > first;
    }

    String text() {
        return facts.text;
    }

    /** 0 for a token of the first sentence, 1 for one of the second. */
    int sentenceOf(int token) {
        return facts.tokens.get(token).start() >= secondStarts ? 1 : 0;
    }
}
