package newsdesk.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name closest to a mistyped one, if any is close enough to be what was meant. */
final class Suggestion {
    private Suggestion() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(2, typed.length() / 4);
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        return known.stream()
                .filter(k -> distance.apply(typed, k) >= 0)
                .min(Comparator.comparingInt((String k) -> distance.apply(typed, k)).thenComparing(k -> k));
    }
}
