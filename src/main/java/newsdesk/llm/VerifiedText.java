package newsdesk.llm;

import java.util.List;

/**
 * What {@link CitationCheck#verify} kept of a text written from numbered passages: the sentences that hold up, each
 * with its {@code [n]} markers renumbered, and the quotes they cite.
 *
 * @param text empty when nothing held up
 * @param dropped how many sentences were removed
 */
public record VerifiedText(String text, List<Quote> quotes, int dropped) {
    public VerifiedText {
        quotes = List.copyOf(quotes);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
