package newsdesk.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import newsdesk.article.Sentence;
import newsdesk.text.InstructionLikeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a model's reply against the passages it was given before anyone sees it. A sentence stays only when:
 * <ul>
 *   <li>it has at least one {@code [n]} marker and every marker names a passage it was given;</li>
 *   <li>every number (digits or words) and every capitalised name in it occurs in the passages it cites
 *       (their text, title, source or date);</li>
 *   <li>at least half of its content words share a stem with words of those passages;</li>
 *   <li>it holds no mention or link ({@code @everyone}, {@code <@id>}, {@code http...}) and does not speak like an
 *       instruction to a machine: an answer never needs either, and a passage that asks for one is an injection.</li>
 * </ul>
 * Passage sentences that speak like instructions ({@link InstructionLikeText}) are never evidence nor quoted, so a
 * model that repeats an injected passage cannot cite it into the answer.
 * An unmarked sentence is dropped, with one exception: a caveat saying part of the question is not in the sources,
 * whose names and numbers occur in the passages or the question, is kept after a cited answer.
 * A marker naming a passage that holds none of the sentence's facts or words is removed from a sentence that
 * cites several. The survivors are renumbered 1..k in order of first use; each citation quotes the sentences of its passage that
 * best support the claims citing it.
 */
final class CitationVerifier {
    private static final Logger log = LoggerFactory.getLogger(CitationVerifier.class);

    static final Pattern NOT_IN_SOURCES = Pattern.compile(
            "not (?:in|covered (?:by|in)|mentioned in|found in|stated in) the (?:provided |given |stored )?(?:sources|passages|articles)"
                    + "|(?:sources|passages|articles) (?:do not|don't|does not|doesn't) (?:say|mention|answer|contain|cover|include|state)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile(
            "@\\w|<[@#][!&]?\\d|https?://|www\\.|discord\\.gg|]\\(", Pattern.CASE_INSENSITIVE);
    private static final double MIN_CONTENT_OVERLAP = 0.5;
    private static final int MAX_CAVEAT_CHARS = 300;
    private static final int MAX_QUOTE_SENTENCES_PER_CLAIM = 3;

    VerifiedReply verify(String reply, List<NumberedPassage> passages, String question) {
        return check(ReplySentences.split(reply), passages, question, reply, 1, Integer.MAX_VALUE);
    }

    /**
     * Text written from passages without a question (a briefing story): every sentence needs a marker (no caveat is
     * kept), at most {@code maxSentences} verified sentences stay, and the citations are numbered from
     * {@code firstNumber}.
     */
    VerifiedReply verifyWithoutQuestion(String text, List<NumberedPassage> passages, int firstNumber, int maxSentences) {
        return check(ReplySentences.split(text), passages, null, text, firstNumber, maxSentences);
    }

    /** The verified text of the sentences already complete in a reply that is still being written. */
    String verifiedSoFar(String partialReply, List<NumberedPassage> passages, String question) {
        List<ClaimSentence> sentences = ReplySentences.split(partialReply);
        if (sentences.size() <= 1) {
            return "";
        }
        return check(sentences.subList(0, sentences.size() - 1), passages, question, "", 1, Integer.MAX_VALUE).text();
    }

    /** @param question null when there is none: then an unmarked sentence is never kept as a caveat */
    private VerifiedReply check(List<ClaimSentence> sentences, List<NumberedPassage> passages, String question,
                                String wholeReply, int firstNumber, int maxSentences) {
        Map<Integer, NumberedPassage> byNumber = new LinkedHashMap<>();
        passages.forEach(p -> byNumber.put(p.n(), p));
        List<ClaimSentence> kept = new ArrayList<>();
        boolean anyCited = false;
        int dropped = 0;
        for (ClaimSentence s : sentences) {
            String why = s.hasMarkers() ? unsupported(s, byNumber)
                    : question == null ? "no marker" : unsupportedCaveat(s, passages, question);
            if (why == null && kept.size() == maxSentences) {
                why = "more than " + maxSentences + " sentences";
            }
            if (why == null) {
                kept.add(s.hasMarkers() ? withoutIdleCitations(s, byNumber) : s);
                anyCited |= s.hasMarkers();
            } else {
                dropped++;
                log.debug("dropped from the model's reply ({}): {}", why, s.text());
            }
        }
        if (!anyCited) {
            VerifiedReply.Outcome outcome = NOT_IN_SOURCES.matcher(wholeReply).find()
                    ? VerifiedReply.Outcome.NOT_IN_SOURCES : VerifiedReply.Outcome.UNVERIFIED;
            return new VerifiedReply(outcome, "", List.of(), dropped);
        }
        return render(kept, byNumber, dropped, firstNumber);
    }

    /**
     * Why a line written without markers (a headline) does not hold up, or null when it does: no mention, link or
     * instruction-like wording, and every number and capitalised name in it occurs in the passages.
     */
    static String unsupportedLine(String line, List<NumberedPassage> passages) {
        if (UNSAFE.matcher(line).find()) {
            return "mention or link";
        }
        if (InstructionLikeText.matches(line)) {
            return "speaks like an instruction";
        }
        StringBuilder evidence = new StringBuilder();
        passages.forEach(p -> evidence.append(p.evidence()).append('\n'));
        return unsupportedFacts(line, evidence.toString(), false);
    }

    /** Why a cited sentence does not hold up, or null when it does. */
    private static String unsupported(ClaimSentence s, Map<Integer, NumberedPassage> byNumber) {
        if (UNSAFE.matcher(s.text()).find()) {
            return "mention or link";
        }
        if (InstructionLikeText.matches(s.text())) {
            return "speaks like an instruction";
        }
        StringBuilder evidence = new StringBuilder();
        for (int n : s.cited()) {
            NumberedPassage p = byNumber.get(n);
            if (p == null) {
                return "marker [" + n + "] names no passage";
            }
            evidence.append(p.evidence()).append('\n');
        }
        return unsupportedFacts(s.claim(), evidence.toString(), true);
    }

    /** Drops the markers of cited passages that hold none of the claim's facts or words (a stray [2]). */
    private static ClaimSentence withoutIdleCitations(ClaimSentence s, Map<Integer, NumberedPassage> byNumber) {
        if (s.cited().size() < 2) {
            return s;
        }
        String claim = s.claim();
        List<Set<String>> numbers = ClaimFacts.numbers(claim);
        List<String> words = new ArrayList<>(ClaimFacts.names(claim));
        words.addAll(ClaimFacts.contentWords(claim));
        Set<Integer> useful = new java.util.LinkedHashSet<>();
        for (int n : s.cited()) {
            String evidence = byNumber.get(n).evidence();
            Set<String> evidenceWords = new HashSet<>(ClaimFacts.words(evidence));
            Set<String> evidenceNumbers = ClaimFacts.numberValues(evidence);
            boolean holdsSomething = numbers.stream().anyMatch(g -> g.stream().anyMatch(evidenceNumbers::contains))
                    || words.stream().anyMatch(w -> ClaimFacts.occursIn(w, evidenceWords, false));
            if (holdsSomething) {
                useful.add(n);
            }
        }
        return useful.isEmpty() || useful.size() == s.cited().size() ? s : s.citingOnly(useful);
    }

    private static String unsupportedCaveat(ClaimSentence s, List<NumberedPassage> passages, String question) {
        if (!NOT_IN_SOURCES.matcher(s.text()).find()) {
            return "no marker";
        }
        if (UNSAFE.matcher(s.text()).find() || s.text().length() > MAX_CAVEAT_CHARS) {
            return "caveat with a mention, a link or too long";
        }
        StringBuilder evidence = new StringBuilder(question).append('\n');
        passages.forEach(p -> evidence.append(p.evidence()).append('\n'));
        return unsupportedFacts(s.claim(), evidence.toString(), false);
    }

    private static String unsupportedFacts(String claim, String evidence, boolean checkContent) {
        Set<String> evidenceWords = new HashSet<>(ClaimFacts.words(evidence));
        Set<String> evidenceNumbers = ClaimFacts.numberValues(evidence);
        for (Set<String> number : ClaimFacts.numbers(claim)) {
            if (number.stream().noneMatch(evidenceNumbers::contains)) {
                return "number " + number.iterator().next() + " not in the cited passages";
            }
        }
        for (String name : ClaimFacts.names(claim)) {
            if (!ClaimFacts.occursIn(name, evidenceWords, true)) {
                return "name '" + name + "' not in the cited passages";
            }
        }
        if (checkContent) {
            List<String> content = ClaimFacts.contentWords(claim);
            if (content.size() >= 2) {
                long found = content.stream().filter(w -> ClaimFacts.occursIn(w, evidenceWords, false)).count();
                if (found < MIN_CONTENT_OVERLAP * content.size()) {
                    return "only " + found + " of " + content.size() + " content words in the cited passages";
                }
            }
        }
        return null;
    }

    private static VerifiedReply render(List<ClaimSentence> kept, Map<Integer, NumberedPassage> byNumber, int dropped,
                                        int firstNumber) {
        Map<Integer, Integer> renumbering = new LinkedHashMap<>();
        Map<Integer, List<String>> claimsByPassage = new LinkedHashMap<>();
        for (ClaimSentence s : kept) {
            for (int n : s.cited()) {
                renumbering.computeIfAbsent(n, k -> firstNumber + renumbering.size());
                claimsByPassage.computeIfAbsent(n, k -> new ArrayList<>()).add(s.claim());
            }
        }
        StringBuilder text = new StringBuilder();
        for (ClaimSentence s : kept) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(s.renumbered(renumbering::get));
        }
        List<Quote> quotes = new ArrayList<>();
        for (var e : renumbering.entrySet()) {
            NumberedPassage p = byNumber.get(e.getKey());
            quotes.add(new Quote(e.getValue(), p.article(), quote(p, claimsByPassage.get(e.getKey()))));
        }
        return new VerifiedReply(VerifiedReply.Outcome.ANSWERED, text.toString(), quotes, dropped);
    }

    /** The sentences of the passage that best hold the claims, in passage order. */
    static String quote(NumberedPassage passage, List<String> claims) {
        List<Sentence> sentences = passage.sentences();
        if (sentences.size() == 1) {
            return sentences.get(0).text();
        }
        List<SentenceFacts> facts = sentences.stream().map(s -> new SentenceFacts(s.text())).toList();
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String claim : claims) {
            Set<String> wanted = new HashSet<>();
            ClaimFacts.numbers(claim).forEach(g -> wanted.add("#" + String.join("|", g)));
            ClaimFacts.names(claim).forEach(n -> wanted.add(n));
            List<String> content = ClaimFacts.contentWords(claim);
            int best = 0;
            double bestScore = -1;
            for (int i = 0; i < facts.size(); i++) {
                if (facts.get(i).instructionLike) {
                    continue;
                }
                double score = 3 * facts.get(i).covered(wanted).size() + facts.get(i).contentMatches(content);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            chosen.add(best);
            Set<String> uncovered = new HashSet<>(wanted);
            uncovered.removeAll(facts.get(best).covered(wanted));
            for (int added = 1; added < MAX_QUOTE_SENTENCES_PER_CLAIM && !uncovered.isEmpty(); added++) {
                int next = -1;
                int nextCount = 0;
                for (int i = 0; i < facts.size(); i++) {
                    int count = facts.get(i).instructionLike ? 0 : facts.get(i).covered(uncovered).size();
                    if (count > nextCount) {
                        next = i;
                        nextCount = count;
                    }
                }
                if (next < 0) {
                    break;
                }
                chosen.add(next);
                uncovered.removeAll(facts.get(next).covered(uncovered));
            }
        }
        StringBuilder quote = new StringBuilder();
        for (int i : chosen) {
            if (quote.length() > 0) {
                quote.append(' ');
            }
            quote.append(sentences.get(i).text());
        }
        return quote.toString();
    }

    /** A passage sentence's words and numbers, for choosing quotes. */
    private static final class SentenceFacts {
        private final Set<String> words;
        private final Set<String> numbers;
        private final boolean instructionLike;

        SentenceFacts(String text) {
            this.words = new HashSet<>(ClaimFacts.words(text));
            this.numbers = ClaimFacts.numberValues(text);
            this.instructionLike = InstructionLikeText.matches(text);
        }

        /** The wanted facts (names, and numbers written "#alt|alt") this sentence holds. */
        Set<String> covered(Set<String> wanted) {
            Set<String> out = new HashSet<>();
            for (String w : wanted) {
                boolean has = w.startsWith("#")
                        ? java.util.Arrays.stream(w.substring(1).split("\\|")).anyMatch(numbers::contains)
                        : ClaimFacts.occursIn(w, words, true);
                if (has) {
                    out.add(w);
                }
            }
            return out;
        }

        double contentMatches(List<String> content) {
            return content.stream().filter(w -> ClaimFacts.occursIn(w, words, false)).count();
        }
    }
}
