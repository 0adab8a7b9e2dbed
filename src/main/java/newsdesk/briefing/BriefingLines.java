package newsdesk.briefing;

import java.util.Comparator;
import java.util.List;
import newsdesk.article.Article;
import newsdesk.article.StoredArticle;

/** The one-line entries of a briefing: stories not told in full, and older arrivals. */
final class BriefingLines {
    private BriefingLines() {
    }

    /** A story by its headline, linked to its latest article that has a link. */
    static BriefingLine story(List<StoryArticle> story) {
        List<StoryArticle> newestFirst = story.stream().sorted(Comparator.comparing(StoryArticle::when).reversed()).toList();
        Article linked = newestFirst.stream().map(a -> a.stored().article()).filter(a -> a.url() != null)
                .findFirst().orElse(newestFirst.get(0).stored().article());
        return new BriefingLine(ExtractiveSummary.headline(story), linked.source(), linked.published(), linked.url(),
                story.size());
    }

    static BriefingLine article(StoredArticle stored) {
        Article a = stored.article();
        return new BriefingLine(a.title(), a.source(), a.published(), a.url(), 1);
    }

    static List<BriefingLine> rest(Stories stories) {
        return stories.rest().stream().map(BriefingLines::story).toList();
    }

    static List<BriefingLine> alsoAdded(Stories stories) {
        return stories.alsoAdded().stream().map(BriefingLines::article).toList();
    }
}
