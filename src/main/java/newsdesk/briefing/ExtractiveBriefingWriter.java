package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The offline briefing: the selected stories, each told by a few sentences quoted verbatim and cited
 * ({@link ExtractiveSummary}), the rest in one line each, then the figures their articles report differently.
 */
final class ExtractiveBriefingWriter implements BriefingWriter {
    private final StorySelection selection;
    private final Clock clock;

    ExtractiveBriefingWriter(StorySelection selection, Clock clock) {
        this.selection = selection;
        this.clock = clock;
    }

    @Override
    public Briefing write(BriefingRequest request) {
        Instant now = clock.instant();
        Stories stories = selection.select(request);
        List<Map<String, Double>> said = ExtractiveSummary.said(request.alreadySaid(), selection.vectors());
        CitationNumbering numbering = new CitationNumbering();
        List<BriefingItem> items = new ArrayList<>();
        for (List<StoryArticle> story : stories.told()) {
            items.add(ExtractiveSummary.item(story, numbering, said));
        }
        return new Briefing(request.since(), now, stories.topic(), items, BriefingLines.rest(stories),
                FigureChanges.cited(stories.told(), numbering), BriefingLines.alsoAdded(stories), null,
                Math.max(stories.total(), items.size()));
    }
}
