package newsdesk.llm;

import java.util.List;

/**
 * What is left of a model's reply after the citation check: the sentences that survived, renumbered, with the
 * quotes they cite.
 *
 * @param dropped how many sentences were removed
 * @param judgeFailure why the judge could not check the claims (they were checked offline only), or null when it
 *                     did or there is none
 */
public record VerifiedReply(Outcome outcome, String text, List<Quote> quotes, int dropped, String judgeFailure) {
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

    public VerifiedReply(Outcome outcome, String text, List<Quote> quotes, int dropped) {
        this(outcome, text, quotes, dropped, null);
    }

    VerifiedReply withJudgeFailure(String reason) {
        return new VerifiedReply(outcome, text, quotes, dropped, reason);
    }

    /** True when the claims were checked by the offline layer only because the judge failed. */
    public boolean checkedOfflineOnly() {
        return judgeFailure != null;
    }
}
