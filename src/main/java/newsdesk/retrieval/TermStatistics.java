package newsdesk.retrieval;

/** How rare words are across the stored passages, for weighting a question's words. */
public interface TermStatistics {
    /**
     * BM25's inverse document frequency of the word over all passages: high for rare words, near 0 for words in
     * almost every passage, 0 for words the index ignores (stop words, punctuation).
     */
    double idf(String word);

    /** How many passages hold the word (its terms, for a word that analyses to several: the fewest); 0 for none. */
    long frequency(String word);
}
