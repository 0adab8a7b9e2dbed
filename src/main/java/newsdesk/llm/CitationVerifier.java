package newsdesk.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import newsdesk.article.Sentence;
import newsdesk.text.InstructionLikeText;
import newsdesk.text.Lexicon;
import newsdesk.text.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a model's reply against the passages it was given before anyone sees it (the offline layer; the judge, when
 * configured, comes after). A sentence stays only when:
 * <ul>
 *   <li>it has at least one {@code [n]} marker and every marker names a passage it was given;</li>
 *   <li>a sentence, or two adjacent sentences, of a cited passage say what it says ({@link OfflineEntailment}:
 *       its numbers, dates and names, most of its words, no negation or antonym flipped), and no cited passage
 *       contradicts it;</li>
 *   <li>it holds no mention or link ({@code @everyone}, {@code <@id>}, {@code http...}) and does not speak like an
 *       instruction to a machine: an answer never needs either, and a passage that asks for one is an injection.</li>
 * </ul>
 * Passage sentences that speak like instructions ({@link InstructionLikeText}) are never support nor quoted, so a
 * model that repeats an injected passage cannot cite it into the answer.
 * An unmarked sentence is dropped, with one exception: a caveat saying part of the question is not in the sources,
 * whose names and numbers occur in the passages or the question, is kept after a cited answer.
 * A marker naming a passage that does not support the sentence is removed from a sentence that another cited passage
 * supports. The survivors are renumbered 1..k in order of first use; each citation quotes the sentences of its
 * passage that support the claims citing it.
 */
final class CitationVerifier {
    private static final Logger log = LoggerFactory.getLogger(CitationVerifier.class);

    static final Pattern NOT_IN_SOURCES = Pattern.compile(
            "not (?:in|covered (?:by|in)|mentioned in|found in|stated in) the (?:provided |given |stored )?(?:sources|passages|articles)"
                    + "|(?:sources|passages|articles) (?:do not|don't|does not|doesn't) (?:say|mention|answer|contain|cover|include|state)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile(
            "@\\w|<[@#][!&]?\\d|https?://|www\\.|discord\\.gg|]\\(", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CAVEAT_CHARS = 300;

    private final Lexicon lexicon;
    private final WordMatcher words;
    private final OfflineEntailment entailment;

    CitationVerifier(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.words = new WordMatcher(lexicon);
        this.entailment = new OfflineEntailment(words);
    }

    VerifiedReply verify(String reply, List<NumberedPassage> passages, String question) {
        return render(review(reply, passages, question, Integer.MAX_VALUE), passages, 1);
    }

    /**
     * Text written from passages without a question (a briefing story): every sentence needs a marker (no caveat is
     * kept), at most {@code maxSentences} verified sentences stay, and the citations are numbered from
     * {@code firstNumber}.
     */
    VerifiedReply verifyWithoutQuestion(String text, List<NumberedPassage> passages, int firstNumber, int maxSentences) {
        return render(review(text, passages, null, maxSentences), passages, firstNumber);
    }

    /** The verified text of the sentences already complete in a reply that is still being written. */
    String verifiedSoFar(String partialReply, List<NumberedPassage> passages, String question) {
        List<ClaimSentence> sentences = ReplySentences.split(partialReply);
        if (sentences.size() <= 1) {
            return "";
        }
        Review r = review(sentences.subList(0, sentences.size() - 1), passages, question, "", Integer.MAX_VALUE);
        return render(r, passages, 1).text();
    }

    /** The sentences of a reply that hold up offline, with their support; nothing is rendered yet. */
    Review review(String reply, List<NumberedPassage> passages, String question, int maxSentences) {
        return review(ReplySentences.split(reply), passages, question, reply, maxSentences);
    }

    /** @param question null when there is none: then an unmarked sentence is never kept as a caveat */
    private Review review(List<ClaimSentence> sentences, List<NumberedPassage> passages, String question,
                          String wholeReply, int maxSentences) {
        Map<Integer, PassageEvidence> byNumber = new LinkedHashMap<>();
        passages.forEach(p -> byNumber.put(p.n(), new PassageEvidence(p, lexicon)));
        List<Review.Kept> kept = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int dropped = 0;
        for (ClaimSentence s : sentences) {
            Map<Integer, SupportCandidate> supports = new LinkedHashMap<>();
            String why = s.hasMarkers() ? unsupported(s, byNumber, supports)
                    : question == null ? "no marker" : unsupportedCaveat(s, passages, question);
            if (why == null && kept.size() == maxSentences) {
                why = "more than " + maxSentences + " sentences";
            }
            if (why == null) {
                ClaimSentence shown = s.hasMarkers() && supports.size() < s.cited().size()
                        ? s.citingOnly(supports.keySet()) : s;
                kept.add(new Review.Kept(shown, supports));
            } else {
                dropped++;
                reasons.add(why);
                log.debug("dropped from the model's reply ({}): {}", why, s.text());
            }
        }
        boolean notInSources = kept.stream().noneMatch(Review.Kept::cited) && NOT_IN_SOURCES.matcher(wholeReply).find();
        return new Review(kept, dropped, notInSources, reasons);
    }

    /** What is left of a review, renumbered from {@code firstNumber}, with its quotes. */
    static VerifiedReply render(Review review, List<NumberedPassage> passages, int firstNumber) {
        if (!review.anyCited()) {
            VerifiedReply.Outcome outcome = review.notInSources()
                    ? VerifiedReply.Outcome.NOT_IN_SOURCES : VerifiedReply.Outcome.UNVERIFIED;
            return new VerifiedReply(outcome, "", List.of(), review.dropped() + review.kept().size());
        }
        Map<Integer, NumberedPassage> byNumber = new LinkedHashMap<>();
        passages.forEach(p -> byNumber.put(p.n(), p));
        Map<Integer, Integer> renumbering = new LinkedHashMap<>();
        Map<Integer, TreeSet<Integer>> quoted = new LinkedHashMap<>();
        for (Review.Kept k : review.kept()) {
            for (int n : k.sentence().cited()) {
                renumbering.computeIfAbsent(n, x -> firstNumber + renumbering.size());
                SupportCandidate support = k.supports().get(n);
                TreeSet<Integer> indexes = quoted.computeIfAbsent(n, x -> new TreeSet<>());
                for (int i = support.first(); i <= support.last(); i++) {
                    indexes.add(i);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (Review.Kept k : review.kept()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(k.sentence().renumbered(renumbering::get));
        }
        List<Quote> quotes = new ArrayList<>();
        for (var e : renumbering.entrySet()) {
            NumberedPassage p = byNumber.get(e.getKey());
            List<Sentence> sentences = p.sentences();
            List<String> parts = new ArrayList<>();
            quoted.get(e.getKey()).forEach(i -> parts.add(sentences.get(i).text()));
            quotes.add(new Quote(e.getValue(), p.article(), String.join(" ", parts)));
        }
        return new VerifiedReply(VerifiedReply.Outcome.ANSWERED, text.toString(), quotes, review.dropped());
    }

    /**
     * Why a line written without markers (a headline) does not hold up, or null when it does: no mention, link or
     * instruction-like wording, and every number and name in it occurs in the passages.
     */
    String unsupportedLine(String line, List<NumberedPassage> passages) {
        if (UNSAFE.matcher(line).find()) {
            return "mention or link";
        }
        if (InstructionLikeText.matches(line)) {
            return "speaks like an instruction";
        }
        List<TextFacts> evidence = new ArrayList<>();
        passages.forEach(p -> evidence.add(new TextFacts(p.evidence(), lexicon)));
        return missingFact(new TextFacts(line, lexicon), evidence);
    }

    /** Why a cited sentence does not hold up, or null when it does; fills in its support per passage. */
    private String unsupported(ClaimSentence s, Map<Integer, PassageEvidence> byNumber,
                               Map<Integer, SupportCandidate> supports) {
        if (UNSAFE.matcher(s.text()).find()) {
            return "mention or link";
        }
        if (InstructionLikeText.matches(s.text())) {
            return "speaks like an instruction";
        }
        for (int n : s.cited()) {
            if (!byNumber.containsKey(n)) {
                return "marker [" + n + "] names no passage";
            }
        }
        TextFacts claim = new TextFacts(s.claim(), lexicon);
        String why = null;
        for (int n : s.cited()) {
            PassageEvidence.Verdict v = byNumber.get(n).judge(claim, entailment);
            switch (v.finding().kind()) {
                case SUPPORTED -> supports.put(n, v.support());
                case CONTRADICTED -> {
                    supports.clear();
                    return "passage [" + n + "] contradicts it: " + v.finding().reason();
                }
                case UNSUPPORTED -> why = why == null ? "[" + n + "]: " + v.finding().reason() : why;
            }
        }
        return supports.isEmpty() ? why : null;
    }

    private String unsupportedCaveat(ClaimSentence s, List<NumberedPassage> passages, String question) {
        if (!NOT_IN_SOURCES.matcher(s.text()).find()) {
            return "no marker";
        }
        if (UNSAFE.matcher(s.text()).find() || s.text().length() > MAX_CAVEAT_CHARS) {
            return "caveat with a mention, a link or too long";
        }
        List<TextFacts> evidence = new ArrayList<>();
        evidence.add(new TextFacts(question, lexicon));
        passages.forEach(p -> evidence.add(new TextFacts(p.evidence(), lexicon)));
        return missingFact(new TextFacts(s.claim(), lexicon), evidence);
    }

    /** The first number or name of the line that none of the evidence holds, described; null when all are there. */
    private String missingFact(TextFacts line, List<TextFacts> evidence) {
        for (NumberMention n : line.numbers) {
            boolean found = evidence.stream().anyMatch(e -> e.numbers.stream().anyMatch(n::sameValue));
            if (!found) {
                return "number " + n.values().iterator().next() + " not in the passages";
            }
        }
        for (int i = 0; i < line.tokens.size(); i++) {
            if (!line.isName(i)) {
                continue;
            }
            Token name = line.tokens.get(i);
            boolean found = evidence.stream().anyMatch(e -> e.tokens.stream().anyMatch(t -> words.sameWord(name, t)));
            if (!found) {
                return "name '" + name.text() + "' not in the passages";
            }
        }
        return null;
    }
}
