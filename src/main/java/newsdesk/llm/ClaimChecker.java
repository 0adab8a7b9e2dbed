package newsdesk.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.ArrayList;
import java.util.List;
import newsdesk.retrieval.RetrievedPassage;

/**
 * The citation check applied to single claims, each against the one passage it cites, for measuring it
 * ({@code newsdesk eval-claims}): what the offline layer decides, and what the judge says when there is one. The
 * judge gets the claims that pass the offline layer, {@value #JUDGE_BATCH} to a call, each call within the
 * configured time limit.
 */
public final class ClaimChecker {
    /** Claims judged in one call. */
    public static final int JUDGE_BATCH = 8;

    /** A claim and the passage it cites. */
    public record Item(String claim, RetrievedPassage passage) {
    }

    /**
     * @param offlineShown the offline layer keeps the claim
     * @param offlineReason why it does not, or null
     * @param quote the sentences it would quote, or null
     * @param judgeVerdict "yes", "partly", "no", "failed: reason", or null when the judge was not asked
     */
    public record Result(boolean offlineShown, String offlineReason, String quote, String judgeVerdict) {
        /** Shown to a reader: kept offline, and, when the judge was asked, judged "yes" or the judge failed. */
        public boolean shown() {
            return offlineShown && (judgeVerdict == null || judgeVerdict.equals("yes") || judgeVerdict.startsWith("failed"));
        }
    }

    private final CitationVerifier verifier;
    private final ClaimJudge judge;
    private final java.time.Duration timeout;
    private final Ticker ticker;

    ClaimChecker(CitationVerifier verifier, ClaimJudge judge, java.time.Duration timeout, Ticker ticker) {
        this.verifier = verifier;
        this.judge = judge;
        this.timeout = timeout;
        this.ticker = ticker;
    }

    public boolean judges() {
        return judge != null;
    }

    public List<Result> check(List<Item> items) {
        List<Review.Kept> kept = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            NumberedPassage passage = new NumberedPassage(1, item.passage());
            Review review = verifier.review(cited(item.claim()), List.of(passage), null, 1);
            if (review.anyCited()) {
                Review.Kept k = review.claims().get(0);
                kept.add(k);
                SupportCandidate s = k.supports().get(1);
                results.add(new Result(true, null, s.text(), null));
            } else {
                kept.add(null);
                results.add(new Result(false, review.reasons().isEmpty() ? "dropped" : review.reasons().get(0), null, null));
            }
        }
        if (judge == null) {
            return results;
        }
        List<Integer> toJudge = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (kept.get(i) != null) {
                toJudge.add(i);
            }
        }
        for (int from = 0; from < toJudge.size(); from += JUDGE_BATCH) {
            List<Integer> batch = toJudge.subList(from, Math.min(toJudge.size(), from + JUDGE_BATCH));
            List<String> verdicts = judged(batch.stream().map(kept::get).toList());
            for (int k = 0; k < batch.size(); k++) {
                Result r = results.get(batch.get(k));
                results.set(batch.get(k), new Result(r.offlineShown(), r.offlineReason(), r.quote(), verdicts.get(k)));
            }
        }
        return results;
    }

    private List<String> judged(List<Review.Kept> claims) {
        try {
            return judge.judge(claims, Deadline.in(timeout, ticker)).stream()
                    .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
        } catch (LlmUnavailable e) {
            return claims.stream().map(c -> "failed: " + e.reason()).toList();
        }
    }

    /** The claim with a marker citing passage 1, unless it has one. */
    private static String cited(String claim) {
        String c = claim.strip();
        if (ClaimSentence.MARKER.matcher(c).find()) {
            return c;
        }
        return c.endsWith(".") ? c.substring(0, c.length() - 1) + " [1]." : c + " [1]";
    }

}
