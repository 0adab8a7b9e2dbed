package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline briefing: the selected stories, each told by its most central sentences quoted verbatim and cited,
 * then the figures its articles report differently.
 */
final class ExtractiveBriefingWriter implements BriefingWriter {
    private final StorySelection selection;
    private final Clock clock;

    ExtractiveBriefingWriter(StorySelection selection, Clock clock) {
        this.selection = selection;
        this.clock = clock;
    }

    @Override
    public Briefing write(Instant since, String topic) {
        Instant now = clock.instant();
        Stories stories = selection.select(since, topic);
        CitationNumbering numbering = new CitationNumbering();
        List<BriefingItem> items = new ArrayList<>();
        for (List<StoryArticle> story : stories.told()) {
            items.add(ExtractiveSummary.item(story, numbering));
        }
        return new Briefing(since, now, stories.topic(), items, FigureChanges.cited(stories.told(), numbering));
    }
}
