package newsdesk.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsdesk.article.ArticleStore;
import newsdesk.article.StoredArticle;

/**
 * Chooses the stories a briefing tells, whoever writes them: the new articles about the topic, grouped by event
 * ({@link StoryClusters}), ranked by importance ({@link StoryRanking}); the first {@code maxStories} that have
 * something to quote are told, the next ones are listed one line each.
 *
 * <p>What is new depends on the request ({@link BriefingRequest.Basis}): by arrival, an article that arrived in the
 * window is news when it was published within {@code maxAge} (or carries no date), and an older one is only listed as
 * also added, so a 2013 article ingested today is not announced as today's news; by publication (an explicit since),
 * the publication date alone decides (the arrival for undated articles).
 */
final class StorySelection {
    /** Stories listed one line each after those told, at most. */
    static final int MAX_REST = 15;
    /** The longest quiet time within one story of a briefing. */
    static final Duration STORY_GAP = Duration.ofDays(7);

    private final ArticleStore store;
    private final int maxStories;
    private final Duration maxAge;
    private final Clock clock;
    private Background background;

    private record Background(long version, TermVectors vectors) {
    }

    StorySelection(ArticleStore store, int maxStories, Duration maxAge, Clock clock) {
        this.store = store;
        this.maxStories = maxStories;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    Stories select(BriefingRequest request) {
        String wanted = request.topic() == null || request.topic().isBlank() ? null : request.topic().strip();
        List<StoredArticle> all = store.articles();
        TermVectors vectors = vectors(all);
        Set<String> topicTerms = wanted == null ? Set.of() : new HashSet<>(Terms.of(wanted));
        Instant oldestNews = clock.instant().minus(maxAge);
        List<StoryArticle> fresh = new ArrayList<>();
        List<StoredArticle> alsoAdded = new ArrayList<>();
        for (StoredArticle a : all) {
            Optional<Instant> published = a.article().publishedInstant();
            boolean isNew;
            if (request.basis() == BriefingRequest.Basis.PUBLICATION) {
                isNew = !published.orElse(a.ingestedAt()).isBefore(request.since());
            } else {
                boolean arrived = !a.ingestedAt().isBefore(request.since());
                isNew = arrived && (published.isEmpty() || !published.get().isBefore(oldestNews));
                if (arrived && !isNew && about(a, topicTerms)) {
                    alsoAdded.add(a);
                }
            }
            if (isNew && about(a, topicTerms)) {
                fresh.add(StoryArticle.read(a, vectors));
            }
        }
        List<List<StoryArticle>> told = new ArrayList<>();
        List<List<StoryArticle>> rest = new ArrayList<>();
        for (List<StoryArticle> story : StoryRanking.rank(StoryClusters.group(fresh, STORY_GAP))) {
            if (told.size() < maxStories) {
                if (ExtractiveSummary.hasSomethingToQuote(story)) {
                    told.add(story);
                }
            } else if (rest.size() < MAX_REST && ExtractiveSummary.hasSomethingToQuote(story)) {
                rest.add(story);
            }
        }
        alsoAdded.sort(Comparator.comparing((StoredArticle a) -> a.article().publishedInstant().orElse(Instant.EPOCH))
                .reversed());
        return new Stories(wanted, told, rest, alsoAdded);
    }

    /** Every article of the store, grouped into stories across all time (for a timeline). */
    List<List<StoryArticle>> allStories() {
        List<StoredArticle> all = store.articles();
        TermVectors vectors = vectors(all);
        return StoryClusters.group(all.stream().map(a -> StoryArticle.read(a, vectors)).toList(), null);
    }

    /** Term vectors weighted against the whole store. */
    TermVectors vectors() {
        return vectors(store.articles());
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

    /** Document frequencies over the whole store, recomputed only when the store changed. */
    private synchronized TermVectors vectors(List<StoredArticle> all) {
        long version = store.version();
        if (background == null || background.version() != version) {
            background = new Background(version, new TermVectors(all.stream().map(StoryArticle::terms).toList()));
        }
        return background.vectors();
    }
}
