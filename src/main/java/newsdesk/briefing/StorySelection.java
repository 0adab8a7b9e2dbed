package newsdesk.briefing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.article.ArticleStore;
import newsdesk.article.StoredArticle;

/**
 * Chooses the stories a briefing tells, whoever writes them: new articles about the topic grouped by event, biggest
 * first, at most max-items.
 *
 * <p>An article is new when it entered the store at or after {@code since} ({@link StoredArticle#ingestedAt}), whatever
 * its publication date: a briefing tells what is new to the desk, and an old article that just arrived (the bundled
 * sample, a feed catching up) is news to its readers. The publication date (else the ingestion time) orders the
 * articles of a story, which decides what "earlier" and "later" mean for figures.
 */
final class StorySelection {
    private final ArticleStore store;
    private final int maxItems;
    private Background background;

    private record Background(long version, TermVectors vectors) {
    }

    StorySelection(ArticleStore store, int maxItems) {
        this.store = store;
        this.maxItems = maxItems;
    }

    /** @param topic only stories about this; null or blank for everything */
    Stories select(Instant since, String topic) {
        String wanted = topic == null || topic.isBlank() ? null : topic.strip();
        List<StoredArticle> all = store.articles();
        TermVectors vectors = vectors(all);
        Set<String> topicTerms = wanted == null ? Set.of() : new HashSet<>(Terms.of(wanted));
        List<StoryArticle> fresh = new ArrayList<>();
        for (StoredArticle a : all) {
            if (!a.ingestedAt().isBefore(since) && about(a, topicTerms)) {
                fresh.add(StoryArticle.read(a, vectors));
            }
        }
        List<List<StoryArticle>> stories = new ArrayList<>(StoryClusters.group(fresh));
        stories.sort(Comparator.<List<StoryArticle>>comparingInt(List::size).reversed()
                .thenComparing(StorySelection::latest, Comparator.reverseOrder()));
        return new Stories(wanted, stories.subList(0, Math.min(maxItems, stories.size())));
    }

    /** Every word of the topic (folded) appears in the title or text. */
    private static boolean about(StoredArticle a, Set<String> topicTerms) {
        if (topicTerms.isEmpty()) {
            return true;
        }
        Set<String> terms = new HashSet<>(Terms.of(a.article().title()));
        terms.addAll(Terms.of(a.article().text()));
        return terms.containsAll(topicTerms);
    }

    private static Instant latest(List<StoryArticle> story) {
        return story.stream().map(StoryArticle::when).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    /** Document frequencies over the whole store, recomputed only when the store changed. */
    private synchronized TermVectors vectors(List<StoredArticle> all) {
        long version = store.version();
        if (background == null || background.version() != version) {
            background = new Background(version, new TermVectors(all.stream().map(StoryArticle::terms).toList()));
        }
        return background.vectors();
    }
}
