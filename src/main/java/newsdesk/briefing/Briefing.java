package newsdesk.briefing;

import java.time.Instant;
import java.util.List;

/**
 * What is new since an instant: stories with cited summaries, and figures reported differently.
 *
 * @param topic the topic it was restricted to, or null
 * @param notice a line for the reader about how it was written (the language model was unavailable), or null
 */
public record Briefing(Instant since, Instant generatedAt, String topic, List<BriefingItem> items,
                       List<FigureChange> changes, String notice) {
    public Briefing {
        items = List.copyOf(items);
        changes = List.copyOf(changes);
    }

    /** A briefing without a notice. */
    public Briefing(Instant since, Instant generatedAt, String topic, List<BriefingItem> items,
                    List<FigureChange> changes) {
        this(since, generatedAt, topic, items, changes, null);
    }

    public boolean nothingNew() {
        return items.isEmpty();
    }
}
