package newsdesk.answer;

import java.util.List;

/**
 * What {@link CitationCheck#verify} kept of a text written from numbered passages: the sentences that hold up, each
 * with its {@code [n]} markers renumbered, and their citations.
 *
 * @param text empty when nothing held up
 * @param dropped how many sentences were removed
 */
public record VerifiedText(String text, List<Citation> citations, int dropped) {
    public VerifiedText {
        citations = List.copyOf(citations);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
