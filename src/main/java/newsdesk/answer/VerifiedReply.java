package newsdesk.answer;

import java.util.List;

/**
 * What is left of a model's reply after {@link CitationVerifier}: the sentences that survived, renumbered, with
 * their citations.
 *
 * @param dropped how many sentences were removed
 */
record VerifiedReply(Outcome outcome, String text, List<Citation> citations, int dropped) {
    enum Outcome {
        /** At least one cited sentence held up. */
        ANSWERED,
        /** The model said the sources do not answer, and nothing cited held up. */
        NOT_IN_SOURCES,
        /** Nothing held up. */
        UNVERIFIED
    }

    VerifiedReply {
        citations = List.copyOf(citations);
    }
}
