package newsdesk.answer;

import java.util.List;

/**
 * What the bot says to a question. Every {@code [n]} in {@link #answer} has a citation numbered n.
 *
 * @param abstained true when the stored articles do not answer the question (or it could not be asked)
 * @param mode "extractive" (offline answerer) or "llm" (a verified LLM answer)
 * @param notice something the reader should know about how the answer was made (e.g. the LLM was unavailable), or null
 * @param dropped how many statements of the language model's reply were left out because the sources did not
 *                support them (0 for an offline answer)
 */
public record Answer(String question, String answer, boolean abstained, List<Citation> citations, String mode,
                     String notice, long tookMs, int dropped) {
    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";
    /** What is said when the stored articles do not answer. */
    public static final String DECLINE = "I couldn't find an answer to that in the stored articles.";

    public Answer {
        citations = List.copyOf(citations);
    }

    /** An answer from which nothing was dropped. */
    public Answer(String question, String answer, boolean abstained, List<Citation> citations, String mode,
                  String notice, long tookMs) {
        this(question, answer, abstained, citations, mode, notice, tookMs, 0);
    }

    /** The polite decline, for the given mode. */
    public static Answer declined(String question, String mode) {
        return new Answer(question, DECLINE, true, List.of(), mode, null, 0);
    }

    public Answer withTiming(long tookMs) {
        return new Answer(question, answer, abstained, citations, mode, notice, tookMs, dropped);
    }

    public Answer withNotice(String notice) {
        return new Answer(question, answer, abstained, citations, mode, notice, tookMs, dropped);
    }

    public Answer withDropped(int dropped) {
        return new Answer(question, answer, abstained, citations, mode, notice, tookMs, dropped);
    }
}
