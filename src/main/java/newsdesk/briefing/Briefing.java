package newsdesk.briefing;

import java.time.Instant;
import java.util.List;

/**
 * What is new since an instant: stories with cited summaries, and figures reported differently.
 *
 * @param topic the topic it was restricted to, or null
 */
public record Briefing(Instant since, Instant generatedAt, String topic, List<BriefingItem> items,
                       List<FigureChange> changes) {
    public Briefing {
        items = List.copyOf(items);
        changes = List.copyOf(changes);
    }

    public boolean nothingNew() {
        return items.isEmpty();
    }
}
