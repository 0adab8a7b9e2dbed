package newsdesk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of a model's reply that passed the offline check, in order, each cited claim with the sentences of
 * each passage it cites that support it; before rendering, so the judge can still remove claims.
 *
 * @param dropped how many sentences were removed so far
 * @param notInSources the reply said the sources do not answer
 * @param reasons why each dropped sentence was dropped, for logs and measurements
 */
record Review(List<Kept> kept, int dropped, boolean notInSources, List<String> reasons) {
    /** A sentence that stays: a cited claim with its support per passage, or a caveat (no support, no marker). */
    record Kept(ClaimSentence sentence, Map<Integer, SupportCandidate> supports) {
        boolean cited() {
            return !supports.isEmpty();
        }

        /** The supporting text shown to the judge: each supporting stretch once. */
        String supportText() {
            List<String> texts = new ArrayList<>();
            supports.values().forEach(s -> {
                if (!texts.contains(s.text())) {
                    texts.add(s.text());
                }
            });
            return String.join(" ", texts);
        }
    }

    Review {
        kept = List.copyOf(kept);
        reasons = List.copyOf(reasons);
    }

    boolean anyCited() {
        return kept.stream().anyMatch(Kept::cited);
    }

    List<Kept> claims() {
        return kept.stream().filter(Kept::cited).toList();
    }

    /** The same review without the given claims, counted as dropped. */
    Review without(Set<Kept> rejected) {
        List<Kept> left = kept.stream().filter(k -> !rejected.contains(k)).toList();
        List<String> why = new ArrayList<>(reasons);
        rejected.forEach(k -> why.add("the judge rejected it"));
        return new Review(left, dropped + kept.size() - left.size(), notInSources, why);
    }
}
