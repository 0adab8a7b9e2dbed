package newsdesk.briefing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders stories by importance: how many articles and how many distinct sources report it (each on a log scale: the
 * tenth article adds less than the second), how recent its latest article is, and whether its figures changed.
 *
 * <p>Recency is measured from the newest article of the briefing, not from the clock, so an explicit window into the
 * past ranks its stories the same way: a story whose latest article is a day older than the newest one weighs
 * e^-0.5 of an up-to-date one, an article more or less. A change of figures (a toll revised) adds half an
 * article's weight: it is what a reader who saw yesterday's briefing most needs.
 */
final class StoryRanking {
    static final Duration RECENCY_SCALE = Duration.ofHours(48);
    static final double SOURCE_WEIGHT = 0.7;
    static final double CHANGE_WEIGHT = 0.5;
    /** Stories, the best first, that are looked at for changed figures (reading figures means reading sentences). */
    static final int CHANGE_CANDIDATES = 20;

    private StoryRanking() {
    }

    static List<List<StoryArticle>> rank(List<List<StoryArticle>> stories) {
        Instant newest = stories.stream().flatMap(List::stream).map(StoryArticle::when)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        Map<List<StoryArticle>, Double> score = new HashMap<>();
        for (List<StoryArticle> s : stories) {
            score.put(s, base(s, newest));
        }
        List<List<StoryArticle>> ranked = new ArrayList<>(stories);
        Comparator<List<StoryArticle>> byScore = Comparator.<List<StoryArticle>>comparingDouble(score::get).reversed()
                .thenComparing(StoryRanking::latest, Comparator.reverseOrder());
        ranked.sort(byScore);
        for (List<StoryArticle> s : ranked.subList(0, Math.min(CHANGE_CANDIDATES, ranked.size()))) {
            if (!FigureChanges.find(FigureChanges.newest(s)).isEmpty()) {
                score.merge(s, CHANGE_WEIGHT, Double::sum);
            }
        }
        ranked.sort(byScore);
        return ranked;
    }

    static double base(List<StoryArticle> story, Instant newest) {
        long sources = story.stream().map(FigureChanges::source).distinct().count();
        double ageHours = Math.max(0, Duration.between(latest(story), newest).toMinutes() / 60.0);
        return Math.log(1 + story.size()) + SOURCE_WEIGHT * Math.log(sources)
                + Math.exp(-ageHours / RECENCY_SCALE.toHours());
    }

    static Instant latest(List<StoryArticle> story) {
        return story.stream().map(StoryArticle::when).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }
}
