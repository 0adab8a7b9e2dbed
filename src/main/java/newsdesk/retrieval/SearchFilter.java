package newsdesk.retrieval;

import java.time.Instant;
import java.util.Set;

/**
 * Restricts a search to articles published (or, when the date is unknown, ingested) in [from, to) and from the
 * given sources (case-insensitive). Nulls and an empty set mean no restriction.
 */
public record SearchFilter(Instant from, Instant to, Set<String> sources) {
    public static final SearchFilter NONE = new SearchFilter(null, null, Set.of());

    public SearchFilter {
        sources = sources == null ? Set.of() : Set.copyOf(sources);
    }

    public boolean isEmpty() {
        return from == null && to == null && sources.isEmpty();
    }
}
