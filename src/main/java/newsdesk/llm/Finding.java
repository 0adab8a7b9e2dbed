package newsdesk.llm;

/**
 * What the offline check found for one claim against one stretch of source text.
 *
 * @param score how much of the claim's words, names and numbers the source holds, 0..1 (antonyms and negated words
 *              count as held: they show the source speaks of the same thing)
 * @param reason why the claim does not hold, for the log; null when it does
 */
record Finding(Kind kind, double score, String reason) {
    enum Kind {
        /** The source says what the claim says. */
        SUPPORTED,
        /** The source speaks of the same thing and says otherwise: another number for it, the opposite, a negation. */
        CONTRADICTED,
        /** The source does not say it. */
        UNSUPPORTED
    }

    static Finding supported(double score) {
        return new Finding(Kind.SUPPORTED, score, null);
    }

    static Finding contradicted(double score, String reason) {
        return new Finding(Kind.CONTRADICTED, score, reason);
    }

    static Finding unsupported(double score, String reason) {
        return new Finding(Kind.UNSUPPORTED, score, reason);
    }

    boolean supported() {
        return kind == Kind.SUPPORTED;
    }
}
