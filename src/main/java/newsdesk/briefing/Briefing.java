package newsdesk.briefing;

import java.time.Instant;
import java.util.List;

/**
 * What is new since an instant: the biggest stories with cited summaries, the rest in one line each, figures
 * reported differently, and older articles that arrived.
 *
 * @param topic the topic it was restricted to, or null
 * @param rest stories not told in full, one line each, biggest first
 * @param alsoAdded articles that arrived in the window but were published too long ago to be news
 * @param notice a line for the reader about how it was written (the language model was unavailable), or null
 * @param stories how many stories are new, told, listed or left out for room
 */
public record Briefing(Instant since, Instant generatedAt, String topic, List<BriefingItem> items,
                       List<BriefingLine> rest, List<FigureChange> changes, List<BriefingLine> alsoAdded,
                       String notice, int stories) {
    public Briefing {
        items = List.copyOf(items);
        rest = List.copyOf(rest);
        changes = List.copyOf(changes);
        alsoAdded = List.copyOf(alsoAdded);
    }

    /** A briefing of told stories only, without a notice. */
    public Briefing(Instant since, Instant generatedAt, String topic, List<BriefingItem> items,
                    List<FigureChange> changes) {
        this(since, generatedAt, topic, items, List.of(), changes, List.of(), null, items.size());
    }

    /** Nothing to tell: no new story (older arrivals alone are not news). */
    public boolean nothingNew() {
        return items.isEmpty();
    }

    /** The same briefing with a notice. */
    Briefing withNotice(String text) {
        return new Briefing(since, generatedAt, topic, items, rest, changes, alsoAdded, text, stories);
    }
}
