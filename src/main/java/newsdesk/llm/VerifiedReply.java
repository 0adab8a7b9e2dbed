package newsdesk.llm;

import java.util.List;

/**
 * What is left of a model's reply after {@link CitationVerifier}: the sentences that survived, renumbered, with
 * the quotes they cite.
 *
 * @param dropped how many sentences were removed
 */
public record VerifiedReply(Outcome outcome, String text, List<Quote> quotes, int dropped) {
    public enum Outcome {
        /** At least one cited sentence held up. */
        ANSWERED,
        /** The model said the sources do not answer, and nothing cited held up. */
        NOT_IN_SOURCES,
        /** Nothing held up. */
        UNVERIFIED
    }

    public VerifiedReply {
        quotes = List.copyOf(quotes);
    }
}
