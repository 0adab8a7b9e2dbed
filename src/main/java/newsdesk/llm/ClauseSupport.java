package newsdesk.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which sentence of a candidate holds each clause of a claim, so that two sentences are not spliced into one. */
final class ClauseSupport {
    private ClauseSupport() {
    }

    /**
     * Why a clause of the claim is not held by one sentence of the candidate, or null: each clause of two words or
     * more needs {@value OfflineEntailment#MIN_CLAUSE_COVERAGE} of its words in one sentence, and from a pair of
     * sentences {@value OfflineEntailment#MIN_COVERAGE} of them with its names and numbers in that same sentence, so
     * that two sentences are not spliced into a statement neither makes ("Voss backed the closures. Reid led the
     * opposition.").
     */
    static String unheldClause(TextFacts claim, SupportCandidate candidate, Map<Integer, List<Integer>> matches,
                               Map<Integer, Integer> antonyms, Set<Integer> namesHeld, TextFacts date) {
        TextFacts src = candidate.facts();
        Map<Integer, List<Integer>> byClause = new HashMap<>();
        for (int i : claim.contentIndexes()) {
            byClause.computeIfAbsent(claim.clauses[i], k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> clause : byClause.values()) {
            int[] wordsIn = new int[2];
            int[] factsIn = new int[2];
            int words = 0;
            int facts = 0;
            for (int i : clause) {
                boolean[] in = new boolean[2];
                List<Integer> held = new ArrayList<>(matches.get(i));
                if (antonyms.containsKey(i)) {
                    held.add(antonyms.get(i));
                }
                held.forEach(j -> in[candidate.sentenceOf(j)] = true);
                if (claim.isName(i)) {
                    facts++;
                    boolean elsewhere = namesHeld.contains(i) && held.isEmpty();  // header, or the rest of a name
                    for (int k = 0; k < 2; k++) {
                        factsIn[k] += in[k] || elsewhere ? 1 : 0;
                    }
                } else {
                    words++;
                    for (int k = 0; k < 2; k++) {
                        wordsIn[k] += in[k] ? 1 : 0;
                    }
                }
            }
            int clauseId = claim.clauses[clause.get(0)];
            for (NumberMention n : claim.numbers) {
                if (claim.clauses[n.firstToken()] != clauseId) {
                    continue;
                }
                facts++;
                boolean inDate = date.numbers.stream().anyMatch(n::sameValue);
                for (NumberMention m : src.numbers) {
                    if (m.sameValue(n) && !inDate) {
                        factsIn[candidate.sentenceOf(m.firstToken())]++;
                    }
                }
                if (inDate) {
                    factsIn[0]++;
                    factsIn[1]++;
                }
            }
            if (words < 2) {
                continue;
            }
            int best = wordsIn[1] > wordsIn[0] ? 1 : 0;
            if (!candidate.pair()) {
                if (wordsIn[0] < OfflineEntailment.MIN_CLAUSE_COVERAGE * words) {
                    return "a clause of the claim is not in the sentence";
                }
            } else if (wordsIn[best] < OfflineEntailment.MIN_COVERAGE * words
                    || factsIn[best] < facts && (namesIn(candidate, best) || factsIn[1 - best] + factsIn[best] < facts)) {
                return "a clause of the claim is spread over two sentences";
            }
        }
        return null;
    }

    /**
     * True when a sentence of the candidate names someone or something: then a name the claim takes from the other
     * sentence may be the wrong one ("Voss backed the closures. Reid led the opposition."); a sentence that names
     * nothing ("a country that refused to negotiate") may be about the name in the sentence before.
     */
    private static boolean namesIn(SupportCandidate candidate, int sentence) {
        TextFacts facts = candidate.facts();
        for (int j = 0; j < facts.tokens.size(); j++) {
            if (facts.isName(j) && candidate.sentenceOf(j) == sentence) {
                return true;
            }
        }
        return false;
    }

    /** For a pair, the sentence (0 or 1) that holds most of each clause of the claim; empty for one sentence. */
    static Map<Integer, Integer> clauseSentences(TextFacts claim, SupportCandidate candidate,
                                                         Map<Integer, List<Integer>> matches) {
        Map<Integer, Integer> out = new HashMap<>();
        if (!candidate.pair()) {
            return out;
        }
        Map<Integer, int[]> counts = new HashMap<>();
        for (var e : matches.entrySet()) {
            int[] c = counts.computeIfAbsent(claim.clauses[e.getKey()], k -> new int[2]);
            boolean[] in = new boolean[2];
            e.getValue().forEach(j -> in[candidate.sentenceOf(j)] = true);
            c[0] += in[0] ? 1 : 0;
            c[1] += in[1] ? 1 : 0;
        }
        counts.forEach((clause, c) -> out.put(clause, c[1] > c[0] ? 1 : 0));
        return out;
    }
}
