package newsdesk.briefing;

import java.util.List;
import newsdesk.answer.Citation;

/**
 * The dated, cited events of one story across all its articles, oldest first, and the figures that changed across
 * three or more dated reports.
 *
 * @param headline the story's headline, or null when no story matched the query
 * @param articles how many articles the story has
 * @param citations everything the events and the charted points cite, by number
 */
public record Timeline(String query, String headline, int articles, List<TimelineEvent> events,
                       List<FigureSeries> charted, List<Citation> citations) {
    public Timeline {
        events = List.copyOf(events);
        charted = List.copyOf(charted);
        citations = List.copyOf(citations);
    }

    public boolean found() {
        return headline != null;
    }
}
