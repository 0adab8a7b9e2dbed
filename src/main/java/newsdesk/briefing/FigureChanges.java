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
import newsdesk.answer.Citation;
import newsdesk.article.Sentence;

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

    /** The figures the told stories report differently, cited with numbers that go on from the items'. */
    static List<FigureChange> cited(List<List<StoryArticle>> told, CitationNumbering numbering) {
        List<FigureChange> changes = new ArrayList<>();
        for (List<StoryArticle> story : told) {
            List<StoryArticle> inOrder = story.stream().sorted(Comparator.comparing(StoryArticle::when)).toList();
            for (Change c : find(inOrder)) {
                changes.add(cited(c, numbering));
            }
        }
        return changes;
    }

    private static FigureChange cited(Change c, CitationNumbering numbering) {
        Sentence fromSentence = c.from().article().sentences().get(c.from().figure().sentence());
        Sentence toSentence = c.to().article().sentences().get(c.to().figure().sentence());
        List<Citation> citations = new ArrayList<>();
        citations.add(numbering.cite(c.from().article().stored().article(), fromSentence));
        boolean sameSentence = c.from().article() == c.to().article() && fromSentence.equals(toSentence);
        if (!sameSentence) {
            citations.add(numbering.cite(c.to().article().stored().article(), toSentence));
        }
        return new FigureChange(c.subject(), c.from().figure().phrase(), c.to().figure().phrase(), c.how(), citations);
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
