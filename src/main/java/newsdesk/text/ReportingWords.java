package newsdesk.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that attribute a statement ("said", "according", "reported") rather than say what happened, from
 * {@code text/reporting-words.txt}: a restatement may add or drop them without changing its claim.
 */
public final class ReportingWords {
    private static final Set<String> STEMS = WordList.read("/text/reporting-words.txt").stream()
            .map(Words::stem).collect(Collectors.toUnmodifiableSet());

    private ReportingWords() {
    }

    public static boolean contains(Token token) {
        return STEMS.contains(token.stem());
    }
}
