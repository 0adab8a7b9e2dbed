package newsdesk.llm;

import java.util.Set;

/**
 * A number written in a text, in digits or words, with the values it may stand for ("3.5 million": 3.5 and
 * 3500000), and the tokens it spans.
 */
record NumberMention(Set<String> values, int firstToken, int lastToken) {
    boolean sameValue(NumberMention other) {
        return values.stream().anyMatch(other.values()::contains);
    }
}
