package newsdesk.answer.extractive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsdesk.text.StopWords;

/**
 * Finds what a sentence refers back to. News often names a thing once and then calls it "the show", "the company"
 * or "she": a sentence that answers "which show..." that way does not hold the answer, the sentence before it does.
 */
final class Referents {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "this", "these", "its", "his", "her",
            "their");

    /** Words a noun phrase runs to after "the", at the most. */
    private static final int MAX_NOUN_PHRASE = 6;

    private Referents() {
    }

    /**
     * The position of the sentence just before {@code i} when sentence {@code i} refers to the thing asked for
     * instead of naming it, and that sentence holds the kind of answer asked for.
     */
    static Optional<Integer> antecedentOf(ArticleFacts a, int i, QuestionContext q) {
        if (i == 0 || !q.form().kind().typed()) {
            return Optional.empty();
        }
        SentenceFacts f = a.facts().get(i);
        boolean refers = startsWithPronoun(f) || definiteMention(f, q.form().category());
        if (!refers || f.holds(q.form().kind(), q.form().wantsClock(), q.stems()) > 0 && !definiteMention(f,
                q.form().category())) {
            return Optional.empty();
        }
        SentenceFacts before = a.facts().get(i - 1);
        return before.holds(q.form().kind(), q.form().wantsClock(), q.stems()) > 0 ? Optional.of(i - 1)
                : Optional.empty();
    }

    private static boolean startsWithPronoun(SentenceFacts f) {
        return f.words() > 0 && PRONOUNS.contains(f.tokenStems()[0]);
    }

    /** "the wildly popular drama": "the", words that are no function words, then the kind asked for. */
    private static boolean definiteMention(SentenceFacts f, List<String> category) {
        String[] stems = f.tokenStems();
        for (int i = 0; i < stems.length; i++) {
            if (!stems[i].equals("the")) {
                continue;
            }
            for (int j = i + 1; j < stems.length && j <= i + MAX_NOUN_PHRASE; j++) {
                if (category.contains(stems[j])) {
                    return true;
                }
                if (StopWords.contains(stems[j])) {
                    break;
                }
            }
        }
        return false;
    }
}
