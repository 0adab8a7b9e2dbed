package newsdesk.text;

import java.util.Set;

/**
 * What a general dictionary knows about an English word: its base forms ("rose" → "rise"), its synonyms and its
 * antonyms. Words are given and returned lower case; an unknown word has empty sets.
 */
public interface Lexicon {
    /** The dictionary forms of the word (itself when it is one), over all parts of speech. */
    Set<String> baseForms(String lowerWord);

    /** Words that share one of the word's most common senses. */
    Set<String> synonyms(String lowerWord);

    /** Words of the same root in another part of speech ("closure" and "close", "treatment" and "treat"). */
    Set<String> relatedForms(String lowerWord);

    /**
     * True when the word can be a verb or an adjective, whose negation changes what a sentence asserts; false for a
     * word known only as a noun or adverb ("morning", "fraud"). Unknown words can.
     */
    boolean predicative(String lowerWord);

    /** Words of opposite meaning in one of the word's senses ("rise" → "fall", "accept" → "reject"). */
    Set<String> antonyms(String lowerWord);

    /**
     * True when the word is known as an ordinary word, not only as a name: tells "Analysts" at the start of a
     * sentence from "Norway". Unknown words are not common.
     */
    boolean isCommonWord(String lowerWord);

    /** Knows nothing: words match only by stem, and no antonym is seen. */
    Lexicon NONE = new Lexicon() {
        @Override
        public Set<String> baseForms(String lowerWord) {
            return Set.of(lowerWord);
        }

        @Override
        public Set<String> synonyms(String lowerWord) {
            return Set.of();
        }

        @Override
        public Set<String> antonyms(String lowerWord) {
            return Set.of();
        }

        @Override
        public Set<String> relatedForms(String lowerWord) {
            return Set.of();
        }

        @Override
        public boolean predicative(String lowerWord) {
            return true;
        }

        @Override
        public boolean isCommonWord(String lowerWord) {
            return false;
        }

        @Override
        public String toString() {
            return "no lexicon";
        }
    };
}
