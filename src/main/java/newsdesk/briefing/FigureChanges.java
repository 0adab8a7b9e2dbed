package newsdesk.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Figures of one story reported with different values. Within an article, a figure the text marks as earlier
 * ("a previous count said 12 captives ... had been killed") is compared with the article's headline figure for the
 * same thing (over time). Between articles, each article's headline figure is compared with the next article's in
 * publication order: from the same source that is over time, from different sources across sources.
 *
 * <p>An article's headline figure for a subject and outcome is the one the text presents as latest, else as a total
 * ("at least", "all", "death toll"), else the one nearest the top.
 */
final class FigureChanges {

    /** A figure where it was read. */
    record Sighting(Figure figure, StoryArticle article) {
    }

    record Change(String subject, Sighting from, Sighting to, FigureChange.How how) {
    }

    private FigureChanges() {
    }

    /** @param articles the story's articles, oldest first */
    static List<Change> find(List<StoryArticle> articles) {
        List<Change> out = new ArrayList<>();
        Map<String, List<Sighting>> headlineFigures = new LinkedHashMap<>();
        for (StoryArticle a : articles) {
            Map<String, List<Figure>> byKey = new LinkedHashMap<>();
            for (Figure f : a.figures()) {
                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
            for (var e : byKey.entrySet()) {
                Optional<Figure> headline = headline(e.getValue());
                if (headline.isEmpty()) {
                    continue;
                }
                headlineFigures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Sighting(headline.get(), a));
                for (Figure earlier : e.getValue()) {
                    if (earlier.tense() == Figure.Tense.EARLIER && earlier.value() != headline.get().value()) {
                        out.add(new Change(e.getKey(), new Sighting(earlier, a), new Sighting(headline.get(), a),
                                FigureChange.How.OVER_TIME));
                    }
                }
            }
        }
        for (var e : headlineFigures.entrySet()) {
            List<Sighting> seen = e.getValue();
            for (int i = 1; i < seen.size(); i++) {
                Sighting before = seen.get(i - 1);
                Sighting after = seen.get(i);
                if (before.figure().value() != after.figure().value()) {
                    boolean sameSource = Objects.equals(source(before.article()), source(after.article()));
                    out.add(new Change(e.getKey(), before, after,
                            sameSource ? FigureChange.How.OVER_TIME : FigureChange.How.ACROSS_SOURCES));
                }
            }
        }
        return distinct(out);
    }

    private static Optional<Figure> headline(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.tense() != Figure.Tense.EARLIER)
                .max(Comparator.comparingInt(FigureChanges::weight)
                        .thenComparing(Comparator.comparingInt(Figure::sentence).reversed()));
    }

    private static int weight(Figure f) {
        return (f.tense() == Figure.Tense.LATER ? 4 : 0) + (f.total() ? 2 : 0) + (f.sentence() < 2 ? 1 : 0);
    }

    /** The same pair of values for the same thing is one change, however many ways it was found. */
    private static List<Change> distinct(List<Change> changes) {
        Set<String> seen = new HashSet<>();
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (seen.add(c.subject() + "|" + c.from().figure().value() + "|" + c.to().figure().value())) {
                out.add(c);
            }
        }
        return out;
    }

    private static String source(StoryArticle a) {
        String s = a.stored().article().source();
        return s == null ? a.stored().article().origin() : s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
