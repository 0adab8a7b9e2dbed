package newsdesk.briefing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsdesk.answer.Citation;
import newsdesk.article.Sentence;

/**
 * Measures of one story reported with different values, precision first: a change is the same measure of the same
 * subject ({@link Figure#key}) given two different values in two different sentences.
 *
 * <ul>
 *   <li>Within an article, only a figure the text itself marks as earlier ("an earlier count said 9 people ...
 *       had been killed") is compared, with the article's headline figure for the same measure.</li>
 *   <li>Between articles, each article's headline figure is compared with the next article's (publication order),
 *       over time when they were published on different days or by the same source, across sources when two sources
 *       gave them the same day; and only when both are prominent: worded as a total or a latest count, or in the article's first two
 *       sentences. A count deep in an article is often a part ("three of them in one district"), not the toll,
 *       and comparing parts with totals is how false changes are made.</li>
 * </ul>
 *
 * <p>An article's headline figure for a measure is the one the text presents as latest, else as a total ("at least",
 * "all", "death toll"), else the one nearest the top.
 */
final class FigureChanges {
    /** Sentences of an article that count as its lead, where a plain figure is the article's own toll. */
    static final int LEAD_SENTENCES = 2;
    /**
     * Articles of a story a briefing compares, the newest: what changed lately. A timeline compares them all.
     */
    static final int READ_ARTICLES = 12;

    /** A figure where it was read. */
    record Sighting(Figure figure, StoryArticle article) {
        LocalDate date() {
            return article.stored().article().publishedInstant().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC))
                    .orElse(null);
        }
    }

    record Change(String key, Sighting from, Sighting to, FigureChange.How how, boolean toIsNewer) {
    }

    private FigureChanges() {
    }

    /** The figures the told stories report differently, cited with numbers that go on from the items'. */
    static List<FigureChange> cited(List<List<StoryArticle>> told, CitationNumbering numbering) {
        List<FigureChange> changes = new ArrayList<>();
        for (List<StoryArticle> story : told) {
            for (Change c : find(newest(story))) {
                changes.add(cited(c, numbering));
            }
        }
        return changes;
    }

    static List<StoryArticle> inOrder(List<StoryArticle> story) {
        return story.stream().sorted(Comparator.comparing(StoryArticle::when)).toList();
    }

    /** The story's {@value #READ_ARTICLES} newest articles, oldest first: where a briefing looks for changes. */
    static List<StoryArticle> newest(List<StoryArticle> story) {
        List<StoryArticle> all = inOrder(story);
        return all.subList(Math.max(0, all.size() - READ_ARTICLES), all.size());
    }

    private static FigureChange cited(Change c, CitationNumbering numbering) {
        Sentence fromSentence = c.from().article().sentences().get(c.from().figure().sentence());
        Sentence toSentence = c.to().article().sentences().get(c.to().figure().sentence());
        List<Citation> citations = List.of(numbering.cite(c.from().article().stored().article(), fromSentence),
                numbering.cite(c.to().article().stored().article(), toSentence));
        return new FigureChange(c.from().figure().measure(), c.from().figure().phrase(), c.to().figure().phrase(),
                c.how(), citations, iso(c.from().date()), iso(c.to().date()), c.toIsNewer());
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
                Sighting latest = new Sighting(headline.get(), a);
                if (prominent(headline.get())) {
                    headlineFigures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(latest);
                }
                for (Figure earlier : e.getValue()) {
                    if (earlier.tense() == Figure.Tense.EARLIER && earlier.value() != headline.get().value()
                            && earlier.sentence() != headline.get().sentence()) {
                        out.add(new Change(e.getKey(), new Sighting(earlier, a), latest, FigureChange.How.OVER_TIME,
                                true));
                    }
                }
            }
        }
        for (var e : headlineFigures.entrySet()) {
            List<Sighting> seen = e.getValue();
            for (int i = 1; i < seen.size(); i++) {
                Sighting before = seen.get(i - 1);
                Sighting after = seen.get(i);
                if (before.figure().value() == after.figure().value()) {
                    continue;
                }
                boolean sameSource = Objects.equals(source(before.article()), source(after.article()));
                boolean later = before.date() != null && after.date() != null && after.date().isAfter(before.date());
                out.add(new Change(e.getKey(), before, after,
                        sameSource || later ? FigureChange.How.OVER_TIME : FigureChange.How.ACROSS_SOURCES,
                        later || (sameSource && after.article().when().isAfter(before.article().when()))));
            }
        }
        return distinct(out);
    }

    /** A total, a latest count, or a figure in the lead: what the article gives as the toll. */
    static boolean prominent(Figure f) {
        return f.total() || f.tense() == Figure.Tense.LATER || f.sentence() < LEAD_SENTENCES;
    }

    static Optional<Figure> headline(List<Figure> figures) {
        return figures.stream()
                .filter(f -> f.tense() != Figure.Tense.EARLIER)
                .max(Comparator.comparingInt(FigureChanges::weight)
                        .thenComparing(Comparator.comparingInt(Figure::sentence).reversed()));
    }

    private static int weight(Figure f) {
        return (f.tense() == Figure.Tense.LATER ? 4 : 0) + (f.total() ? 2 : 0) + (f.sentence() < LEAD_SENTENCES ? 1 : 0);
    }

    /** The same pair of values for the same measure is one change, however many ways it was found. */
    private static List<Change> distinct(List<Change> changes) {
        Set<String> seen = new HashSet<>();
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (seen.add(c.key() + "|" + c.from().figure().value() + "|" + c.to().figure().value())) {
                out.add(c);
            }
        }
        return out;
    }

    static String source(StoryArticle a) {
        String s = a.stored().article().source();
        return s == null ? a.stored().article().origin() : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
