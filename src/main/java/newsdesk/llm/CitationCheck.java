package newsdesk.llm;

import java.util.ArrayList;
import java.util.List;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.text.InstructionLikeText;
import newsdesk.text.Lexicons;

/**
 * The citation check of answers, for other text a model writes from numbered passages (a briefing story): the
 * passages are shown to the model as answers show them, and its text is kept only where {@link CitationVerifier}
 * confirms it. Passages are numbered {@code [1]..[n]} in the order given.
 */
public final class CitationCheck {
    /** Built on first use, so that only text written by a model loads the dictionary. */
    private static final class Verifier {
        static final CitationVerifier INSTANCE = new CitationVerifier(Lexicons.wordNet());
    }

    private CitationCheck() {
    }

    /** The passages numbered 1..n as the prompts show them: a header line (title, source, date), then the text. */
    public static String forPrompt(List<RetrievedPassage> passages) {
        return NumberedPassage.forPrompt(numbered(passages));
    }

    /**
     * The sentences of {@code text} whose markers name given passages and that a sentence (or two adjacent ones) of
     * a cited passage supports: its numbers, names and most of its words, without a negation or an antonym flipped;
     * free of mentions, links and instruction-like wording. An unmarked sentence is dropped. Each quote is the
     * supporting sentences of its passage.
     *
     * @param firstNumber the number the first surviving citation gets (numbers run on from there, in order of use)
     * @param maxSentences at most this many sentences are kept, the first ones that hold up
     */
    public static VerifiedText verify(String text, List<RetrievedPassage> passages, int firstNumber, int maxSentences) {
        if (firstNumber < 1 || maxSentences < 1) {
            throw new IllegalArgumentException("firstNumber and maxSentences must be at least 1");
        }
        VerifiedReply r = Verifier.INSTANCE.verifyWithoutQuestion(text, numbered(passages), firstNumber, maxSentences);
        return r.outcome() == VerifiedReply.Outcome.ANSWERED
                ? new VerifiedText(r.text(), r.quotes(), r.dropped())
                : new VerifiedText("", List.of(), r.dropped());
    }

    /**
     * True when a line written without markers (a headline) may be shown: no mention, link or instruction-like
     * wording, and every number and capitalised name in it occurs in the passages.
     */
    public static boolean supported(String line, List<RetrievedPassage> passages) {
        return !line.isBlank() && Verifier.INSTANCE.unsupportedLine(line, numbered(passages)) == null;
    }

    /**
     * True when article text speaks to a machine ("ignore previous instructions", "@everyone"): data, never to be
     * quoted as news.
     */
    public static boolean instructionLike(String text) {
        return InstructionLikeText.matches(text);
    }

    private static List<NumberedPassage> numbered(List<RetrievedPassage> passages) {
        List<NumberedPassage> out = new ArrayList<>(passages.size());
        for (RetrievedPassage p : passages) {
            out.add(new NumberedPassage(out.size() + 1, p));
        }
        return out;
    }
}
