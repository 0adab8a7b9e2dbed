package newsdesk.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * A query this alike (cosine of TF-IDF vectors) to an article is about it: a query shares a rare word or two with
     * the article it means, which scores 0.1 and more; below 0.05 it shares only common words.
     */
    static final double MIN_QUERY_MATCH = 0.05;
    /** The longest quiet time within one story of a briefing. */
    static final Duration STORY_GAP = Duration.ofDays(7);

    private final ArticleStore store;
    private final int maxStories;
    private final Duration maxAge;
    private final Clock clock;
    private Background background;

    /**
     * Term statistics of one version of the store, and the articles read against them (kept while the store does not
     * change, so a briefing asked again, or a timeline after a briefing, reads nothing twice).
     */
    private record Background(long version, TermVectors vectors, Map<String, StoryArticle> read) {
        StoryArticle read(StoredArticle a) {
            return read.computeIfAbsent(key(a), k -> StoryArticle.read(a, vectors, StoryArticle.terms(a)));
        }
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
        Set<String> topicTerms = wanted == null ? Set.of() : new HashSet<>(Terms.of(wanted));
        Instant oldestNews = clock.instant().minus(maxAge);
        List<StoredArticle> news = new ArrayList<>();
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
                news.add(a);
            }
        }
        Background background = background(all, news);
        List<StoryArticle> fresh = news.stream().map(background::read).toList();
        List<List<StoryArticle>> told = new ArrayList<>();
        List<List<StoryArticle>> rest = new ArrayList<>();
        List<List<StoryArticle>> ranked = StoryRanking.rank(StoryClusters.group(fresh, STORY_GAP));
        for (List<StoryArticle> story : ranked) {
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
        return new Stories(wanted, told, rest, alsoAdded, ranked.size());
    }

    /**
     * The story a query is about, across all time: the articles grouped into stories with no gap, and the story of the
     * article most alike to the query (at least {@link #MIN_QUERY_MATCH}); empty when none is.
     */
    List<StoryArticle> storyAbout(String query) {
        List<StoredArticle> all = store.articles();
        Background background = background(all, all);
        Map<String, Double> wanted = background.vectors().vector(Terms.of(query));
        List<StoryArticle> articles = all.stream().map(background::read).toList();
        StoryArticle seed = null;
        double best = MIN_QUERY_MATCH;
        for (StoryArticle a : articles) {
            double score = TermVectors.cosine(wanted, a.vector());
            if (score >= best) {
                best = score;
                seed = a;
            }
        }
        if (seed == null) {
            return List.of();
        }
        for (List<StoryArticle> story : StoryClusters.group(articles, null)) {
            if (story.contains(seed)) {
                return story;
            }
        }
        return List.of(seed);
    }

    /** Term vectors weighted against the whole store. */
    TermVectors vectors() {
        return background(store.articles(), List.of()).vectors();
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

    /**
     * Document frequencies over the whole store, recomputed only when the store changed; the articles a request
     * reads are read from the same term lists then, so nothing is tokenized twice.
     */
    private synchronized Background background(List<StoredArticle> all, List<StoredArticle> wanted) {
        long version = store.version();
        if (background == null || background.version() != version) {
            Set<String> keep = new HashSet<>();
            wanted.forEach(a -> keep.add(key(a)));
            Map<String, List<String>> kept = new HashMap<>();
            List<List<String>> terms = new ArrayList<>(all.size());
            for (StoredArticle a : all) {
                List<String> t = StoryArticle.terms(a);
                terms.add(t);
                if (keep.contains(key(a))) {
                    kept.put(key(a), t);
                }
            }
            TermVectors vectors = new TermVectors(terms);
            Map<String, StoryArticle> read = new ConcurrentHashMap<>();
            for (StoredArticle a : wanted) {
                read.put(key(a), StoryArticle.read(a, vectors, kept.get(key(a))));
            }
            background = new Background(version, vectors, read);
        }
        return background;
    }

    private static String key(StoredArticle a) {
        return a.id() + "\u0000" + a.contentHash();
    }
}
