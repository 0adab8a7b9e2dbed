package newsdesk.answer;

import java.util.List;

/**
 * What the bot says to a question. Every {@code [n]} in {@link #answer} has a citation numbered n.
 *
 * @param abstained true when the stored articles do not answer the question (or it could not be asked)
 * @param mode "extractive" (offline answerer) or "llm" (a verified LLM answer)
 * @param notice something the reader should know about how the answer was made (e.g. the LLM was unavailable), or null
 */
public record Answer(String question, String answer, boolean abstained, List<Citation> citations, String mode,
                     String notice, long tookMs) {
    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";

    public Answer {
        citations = List.copyOf(citations);
    }

    public Answer withTiming(long tookMs) {
        return new Answer(question, answer, abstained, citations, mode, notice, tookMs);
    }

    public Answer withNotice(String notice) {
        return new Answer(question, answer, abstained, citations, mode, notice, tookMs);
    }
}
