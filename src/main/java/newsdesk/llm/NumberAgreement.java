package newsdesk.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a number of a claim counts the same thing in the source: "23 passengers were killed and 37 rescued" does
 * not support "37 passengers were killed", nor "23 passengers... all 32 crew" "23 crew".
 */
final class NumberAgreement {
    private final WordMatcher words;

    NumberAgreement(WordMatcher words) {
        this.words = words;
    }

    /** A number of the source that stands where the claim's number would: the same words around it. */
    NumberMention rival(TextFacts claim, NumberMention n, TextFacts src) {
        Set<Integer> context = claim.clauseContent(n.firstToken(), n.lastToken());
        NumberMention best = null;
        int bestOverlap = 0;
        for (NumberMention m : src.numbers) {
            int overlap = overlap(claim, context, src, src.clauseContent(m.firstToken(), m.lastToken()));
            if (overlap > bestOverlap) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * Why the source's number belongs to something else than the claim's, or null: the source gives the claim's
     * number for another thing ("23 passengers... all 32 crew" against "23 crew"), or another number for
     * the thing the claim counts, in words around it that match the claim's better.
     */
    String attachedElsewhere(TextFacts claim, NumberMention n, TextFacts src) {
        List<Integer> counted = counted(claim, n);
        if (!counted.isEmpty()) {
            boolean sameCountsIt = false;
            NumberMention otherCountsIt = null;
            for (NumberMention m : src.numbers) {
                boolean countsIt = anySame(claim, counted, src, counted(src, m));
                if (m.sameValue(n)) {
                    sameCountsIt |= countsIt;
                } else if (countsIt && otherCountsIt == null) {
                    otherCountsIt = m;
                }
            }
            if (!sameCountsIt && otherCountsIt != null) {
                return "the sentence gives " + writtenAs(src, otherCountsIt) + " " + claim.tokens.get(counted.get(0)).text()
                        + ", not " + writtenAs(claim, n);
            }
        }
        Set<Integer> context = claim.clauseContent(n.firstToken(), n.lastToken());
        if (context.isEmpty()) {
            return null;
        }
        int same = -1;
        int other = -1;
        NumberMention otherMention = null;
        for (NumberMention m : src.numbers) {
            int overlap = overlap(claim, context, src, src.clauseContent(m.firstToken(), m.lastToken()));
            if (m.sameValue(n)) {
                same = Math.max(same, overlap);
            } else if (overlap > other) {
                other = overlap;
                otherMention = m;
            }
        }
        if (same >= 0 && other > same) {
            return "the sentence gives " + writtenAs(src, otherMention) + " for that, not " + writtenAs(claim, n);
        }
        return null;
    }

    /** What a number counts: the first content words right after it ("37 foreign passengers": foreign, passengers). */
    private static List<Integer> counted(TextFacts facts, NumberMention n) {
        List<Integer> out = new ArrayList<>();
        for (int k = n.lastToken() + 1; k < facts.tokens.size() && k <= n.lastToken() + 3 && out.size() < 2; k++) {
            if (facts.clauses[k] != facts.clauses[n.lastToken()] || facts.isNumber(k)) {
                break;
            }
            if (facts.isContent(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private boolean anySame(TextFacts claim, List<Integer> claimWords, TextFacts src, List<Integer> srcWords) {
        for (int i : claimWords) {
            for (int j : srcWords) {
                if (words.sameWord(claim.tokens.get(i), src.tokens.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private int overlap(TextFacts claim, Set<Integer> claimWords, TextFacts src, Set<Integer> srcWords) {
        int count = 0;
        for (int i : claimWords) {
            for (int j : srcWords) {
                if (words.sameWord(claim.tokens.get(i), src.tokens.get(j))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    static String writtenAs(TextFacts facts, NumberMention n) {
        return facts.text.substring(facts.tokens.get(n.firstToken()).start(), facts.tokens.get(n.lastToken()).end());
    }
}
