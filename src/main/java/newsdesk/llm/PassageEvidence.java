package newsdesk.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsdesk.article.Sentence;
import newsdesk.text.InstructionLikeText;
import newsdesk.text.Lexicon;

/**
 * A cited passage read once for checking claims against it: each sentence and each pair of adjacent sentences as a
 * candidate support, and its header. Sentences that speak like instructions to a machine are never support.
 */
final class PassageEvidence {
    private final NumberedPassage passage;
    private final List<SupportCandidate> candidates = new ArrayList<>();
    private final OfflineEntailment.Context context;

    PassageEvidence(NumberedPassage passage, Lexicon lexicon) {
        this.passage = passage;
        List<Sentence> sentences = passage.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (InstructionLikeText.matches(sentences.get(i).text())) {
                continue;
            }
            candidates.add(SupportCandidate.of(passage, i, i, lexicon));
            if (i + 1 < sentences.size() && !InstructionLikeText.matches(sentences.get(i + 1).text())) {
                candidates.add(SupportCandidate.of(passage, i, i + 1, lexicon));
            }
        }
        this.context = new OfflineEntailment.Context(new TextFacts(passage.headerFacts(), lexicon),
                new TextFacts(passage.dateText(), lexicon), new TextFacts(passage.evidence(), lexicon));
    }

    NumberedPassage passage() {
        return passage;
    }

    /** The passage's verdict on a claim, with the sentences that support it when it holds. */
    record Verdict(Finding finding, SupportCandidate support) {
    }

    /**
     * The best-supported candidate, unless a candidate that holds more of the claim, or a sentence of the supporting
     * pair, contradicts it: then the contradiction. Among equals a single sentence wins over a pair.
     */
    Verdict judge(TextFacts claim, OfflineEntailment entailment) {
        Verdict supported = null;
        Verdict contradicted = null;
        Verdict unsupported = null;
        for (SupportCandidate c : candidates) {
            Finding f = entailment.check(claim, c, context);
            Verdict v = new Verdict(f, c);
            switch (f.kind()) {
                case SUPPORTED -> supported = better(supported, v);
                case CONTRADICTED -> contradicted = better(contradicted, v);
                case UNSUPPORTED -> unsupported = better(unsupported, v);
            }
        }
        if (contradicted != null && (supported == null || contradicted.finding().score() > supported.finding().score()
                || supported.support().contains(contradicted.support()))) {
            return new Verdict(contradicted.finding(), null);
        }
        if (supported != null) {
            return supported;
        }
        return new Verdict(Optional.ofNullable(unsupported).map(Verdict::finding)
                .orElse(Finding.unsupported(0, "the passage has no sentence to check against")), null);
    }

    private static Verdict better(Verdict current, Verdict candidate) {
        if (current == null) {
            return candidate;
        }
        Comparator<Verdict> order = Comparator.<Verdict>comparingDouble(v -> v.finding().score())
                .thenComparing(v -> !v.support().pair());
        return order.compare(candidate, current) > 0 ? candidate : current;
    }
}
