package newsdesk.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.text.Token;

/**
 * The offline layer of the citation check: does a sentence (or two adjacent ones) say what a claim says? It holds
 * when the source
 * <ul>
 *   <li>holds most of the claim's words ({@value #MIN_COVERAGE} of them, by stem, dictionary form or synonym), each
 *       clause of the claim within one sentence, so two sentences are not spliced into a third statement;</li>
 *   <li>holds every number of the claim, attached to the same thing: "23 passengers were killed and 37 rescued" does not
 *       support "37 passengers were killed";</li>
 *   <li>holds every name of the claim (the passage's title, source and date count for names and dates);</li>
 *   <li>does not negate what the claim asserts or assert what it negates ("refused to negotiate" against
 *       "agreed to negotiate"), and uses no antonym in its place ("fell" for "rose").</li>
 * </ul>
 * A source that speaks of the same thing and says otherwise is a contradiction; one that does not say it leaves the
 * claim unsupported. Either way the claim is not shown.
 */
final class OfflineEntailment {
    static final double MIN_COVERAGE = 0.65;
    static final double MIN_CLAUSE_COVERAGE = 0.5;
    private static final int NAME_WEIGHT = 2;
    private static final int NUMBER_WEIGHT = 2;

    private final WordMatcher words;
    private final NumberAgreement numbers;

    OfflineEntailment(WordMatcher words) {
        this.words = words;
        this.numbers = new NumberAgreement(words);
    }

    /**
     * The passage around a candidate: its source and date, whose names and numbers a claim may use, and all its
     * sentences, where the rest of a name partly in the candidate may stand ("Colin Marsh" for "Marsh").
     */
    record Context(TextFacts header, TextFacts date, TextFacts whole) {
    }

    Finding check(TextFacts claim, SupportCandidate candidate, Context context) {
        TextFacts header = context.header();
        TextFacts date = context.date();
        TextFacts src = candidate.facts();
        Map<Integer, List<Integer>> matches = new HashMap<>();
        Set<Integer> matchedInSource = new java.util.HashSet<>();
        List<Integer> content = claim.contentIndexes();
        for (int i : content) {
            List<Integer> found = new ArrayList<>();
            for (int j = 0; j < src.tokens.size(); j++) {
                if (src.isContent(j) && words.sameWord(claim.tokens.get(i), src.tokens.get(j))) {
                    found.add(j);
                }
            }
            matches.put(i, found);
            matchedInSource.addAll(found);
        }
        Map<Integer, Integer> antonyms = new HashMap<>();
        for (int i : content) {
            if (!matches.get(i).isEmpty() || claim.isName(i)) {
                continue;
            }
            for (int j = 0; j < src.tokens.size(); j++) {
                if (src.isContent(j) && !matchedInSource.contains(j) && !src.isName(j)
                        && words.opposite(claim.tokens.get(i), src.tokens.get(j))) {
                    antonyms.put(i, j);
                    break;
                }
            }
        }

        int weight = 0;
        int held = 0;
        int wordCount = 0;
        int wordsHeld = 0;
        List<String> missingNames = new ArrayList<>();
        Set<Integer> namesHeld = namesHeld(claim, matches, context);
        for (int i : content) {
            boolean has = !matches.get(i).isEmpty() || antonyms.containsKey(i) || namesHeld.contains(i);
            int w = claim.isName(i) ? NAME_WEIGHT : 1;
            weight += w;
            held += has ? w : 0;
            if (claim.isName(i)) {
                if (!has) {
                    missingNames.add(claim.tokens.get(i).text());
                }
            } else {
                wordCount++;
                wordsHeld += has ? 1 : 0;
            }
        }
        List<NumberMention> missingNumbers = new ArrayList<>();
        for (NumberMention n : claim.numbers) {
            weight += NUMBER_WEIGHT;
            boolean has = src.numbers.stream().anyMatch(n::sameValue) || date.numbers.stream().anyMatch(n::sameValue);
            if (has) {
                held += NUMBER_WEIGHT;
            } else {
                missingNumbers.add(n);
            }
        }
        if (weight == 0) {
            return Finding.unsupported(0, "nothing checkable in the claim");
        }
        double score = (double) held / weight;
        if (wordCount > 0 && wordsHeld < MIN_COVERAGE * wordCount) {
            return Finding.unsupported(score, "the sentence holds " + wordsHeld + " of the claim's " + wordCount
                    + " words");
        }
        String clause = ClauseSupport.unheldClause(claim, candidate, matches, antonyms, namesHeld, date);
        if (clause != null) {
            return Finding.unsupported(score, clause);
        }
        for (NumberMention n : missingNumbers) {
            String what = NumberAgreement.writtenAs(claim, n);
            NumberMention rival = numbers.rival(claim, n, src);
            return rival == null
                    ? Finding.unsupported(score, "the number " + what + " is not in the sentence")
                    : Finding.contradicted(score, "the sentence gives " + NumberAgreement.writtenAs(src, rival) + ", not " + what);
        }
        if (!missingNames.isEmpty()) {
            return Finding.unsupported(score, "the name " + missingNames.get(0) + " is not in the sentence");
        }
        for (NumberMention n : claim.numbers) {
            String attached = numbers.attachedElsewhere(claim, n, src);
            if (attached != null) {
                return Finding.contradicted(score, attached);
            }
        }
        Map<Integer, Integer> clauseSentence = ClauseSupport.clauseSentences(claim, candidate, matches);
        for (int i : content) {
            int sentence = clauseSentence.getOrDefault(claim.clauses[i], -1);
            List<Integer> found = matches.get(i).stream()
                    .filter(j -> sentence < 0 || candidate.sentenceOf(j) == sentence).toList();
            if (!found.isEmpty() && !claim.isName(i) && words.lexicon().predicative(WordMatcher.plain(claim.tokens.get(i)))
                    && found.stream().allMatch(j -> src.negated[j] != claim.negated[i])) {
                return Finding.contradicted(score, "'" + claim.tokens.get(i).text() + "' is "
                        + (claim.negated[i] ? "negated in the claim, not in the sentence" : "negated in the sentence"));
            }
        }
        for (var e : antonyms.entrySet()) {
            if (claim.negated[e.getKey()] == src.negated[e.getValue()]) {
                return Finding.contradicted(score, "the sentence says '" + src.tokens.get(e.getValue()).text()
                        + "' where the claim says '" + claim.tokens.get(e.getKey()).text() + "'");
            }
        }
        String local = localAntonym(claim, src, matches);
        if (local != null) {
            return Finding.contradicted(score, local);
        }
        return Finding.supported(score);
    }

    /**
     * The names of the claim the source holds, a whole name at a time: a name all in the candidate, all in the
     * source and date ("Reuters", "Saturday"), or partly in the candidate and all in the passage ("Colin Marsh" where
     * the sentence says "Marsh").
     */
    private Set<Integer> namesHeld(TextFacts claim, Map<Integer, List<Integer>> matches, Context context) {
        Set<Integer> held = new java.util.HashSet<>();
        for (List<Integer> run : claim.nameRuns()) {
            boolean allHere = run.stream().allMatch(i -> !matches.get(i).isEmpty());
            boolean allInHeader = run.stream().allMatch(i -> inHeader(claim.tokens.get(i), context.header()));
            boolean partHere = run.stream().anyMatch(i -> !matches.get(i).isEmpty())
                    && run.stream().allMatch(i -> inHeader(claim.tokens.get(i), context.whole()));
            if (allHere || allInHeader || partHere) {
                held.addAll(run);
            }
        }
        return held;
    }

    /**
     * An antonym next to a shared word: the claim's "rising demand" where the source says "falling demand" (and
     * "rising costs" elsewhere, so "rising" alone is no antonym).
     */
    private String localAntonym(TextFacts claim, TextFacts src, Map<Integer, List<Integer>> matches) {
        for (var e : matches.entrySet()) {
            int i = e.getKey();
            for (int j : e.getValue()) {
                for (int d : new int[] {-1, 1}) {
                    int ci = neighbour(claim, i, d);
                    int sj = neighbour(src, j, d);
                    if (ci < 0 || sj < 0 || claim.isName(ci) || src.isName(sj)) {
                        continue;
                    }
                    if (!words.sameWord(claim.tokens.get(ci), src.tokens.get(sj))
                            && words.opposite(claim.tokens.get(ci), src.tokens.get(sj))
                            && claim.negated[ci] == src.negated[sj]) {
                        return "the sentence says '" + src.tokens.get(sj).text() + " " + src.tokens.get(j).text()
                                + "' where the claim says '" + claim.tokens.get(ci).text() + " "
                                + claim.tokens.get(i).text() + "'";
                    }
                }
            }
        }
        return null;
    }

    /** The nearest content word before (d = -1) or after (d = 1) a token, in its clause, at most two words away. */
    private static int neighbour(TextFacts facts, int i, int d) {
        for (int k = i + d, steps = 0; k >= 0 && k < facts.tokens.size() && steps < 2; k += d, steps++) {
            if (facts.clauses[k] != facts.clauses[i]) {
                return -1;
            }
            if (facts.isContent(k)) {
                return k;
            }
        }
        return -1;
    }


    private boolean inHeader(Token name, TextFacts header) {
        for (Token t : header.tokens) {
            if (words.sameWord(name, t)) {
                return true;
            }
        }
        return false;
    }

}
