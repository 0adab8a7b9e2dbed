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
 *   <li>holds every number of the claim, attached to the same thing: "23 hostages were killed and 37 freed" does not
 *       support "37 hostages were killed";</li>
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

    OfflineEntailment(WordMatcher words) {
        this.words = words;
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
        String clause = unheldClause(claim, candidate, matches, antonyms, namesHeld, date);
        if (clause != null) {
            return Finding.unsupported(score, clause);
        }
        for (NumberMention n : missingNumbers) {
            String what = writtenAs(claim, n);
            NumberMention rival = rival(claim, n, src);
            return rival == null
                    ? Finding.unsupported(score, "the number " + what + " is not in the sentence")
                    : Finding.contradicted(score, "the sentence gives " + writtenAs(src, rival) + ", not " + what);
        }
        if (!missingNames.isEmpty()) {
            return Finding.unsupported(score, "the name " + missingNames.get(0) + " is not in the sentence");
        }
        for (NumberMention n : claim.numbers) {
            String attached = attachedElsewhere(claim, n, src);
            if (attached != null) {
                return Finding.contradicted(score, attached);
            }
        }
        Map<Integer, Integer> clauseSentence = clauseSentences(claim, candidate, matches);
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
    private static Map<Integer, Integer> clauseSentences(TextFacts claim, SupportCandidate candidate,
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

    /**
     * Why a clause of the claim is not held by one sentence of the candidate, or null: each clause of two words or
     * more needs {@value #MIN_CLAUSE_COVERAGE} of its words in one sentence, and from a pair of sentences
     * {@value #MIN_COVERAGE} of them with its names and numbers in that same sentence, so that two sentences are
     * not spliced into a statement neither makes ("Voss backed the closures. Reid led the opposition.").
     */
    private String unheldClause(TextFacts claim, SupportCandidate candidate, Map<Integer, List<Integer>> matches,
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
                if (wordsIn[0] < MIN_CLAUSE_COVERAGE * words) {
                    return "a clause of the claim is not in the sentence";
                }
            } else if (wordsIn[best] < MIN_COVERAGE * words
                    || factsIn[best] < facts && (namesIn(candidate, best) || factsIn[1 - best] + factsIn[best] < facts)) {
                return "a clause of the claim is spread over two sentences";
            }
        }
        return null;
    }

    /** A number of the source that stands where the claim's number would: the same words around it. */
    private NumberMention rival(TextFacts claim, NumberMention n, TextFacts src) {
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
     * number for another thing ("23 hostages... all 32 militants" against "23 militants"), or another number for
     * the thing the claim counts, in words around it that match the claim's better.
     */
    private String attachedElsewhere(TextFacts claim, NumberMention n, TextFacts src) {
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

    /** What a number counts: the first content words right after it ("37 foreign hostages": foreign, hostages). */
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

    private boolean inHeader(Token name, TextFacts header) {
        for (Token t : header.tokens) {
            if (words.sameWord(name, t)) {
                return true;
            }
        }
        return false;
    }

    private static String writtenAs(TextFacts facts, NumberMention n) {
        return facts.text.substring(facts.tokens.get(n.firstToken()).start(), facts.tokens.get(n.lastToken()).end());
    }
}
