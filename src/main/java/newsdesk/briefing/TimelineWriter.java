package newsdesk.briefing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.answer.Citation;
import newsdesk.article.Sentence;

/**
 * A story's timeline: each change of a figure at the report that gave the new value, and for each other article,
 * oldest first, the sentence that tells what it added (its best lead sentence that no other event already says). The
 * first article's event is the first report, the last one's the latest state. A measure reported by three
 * or more articles on different dates, not always with the same value, is charted.
 */
final class TimelineWriter implements StoryTimelines {
    /** Events of one timeline, at most: the first report, the latest state, every figure change, then updates. */
    static final int MAX_EVENTS = 12;
    static final int MIN_CHART_REPORTS = 3;

    private final StorySelection selection;

    TimelineWriter(StorySelection selection) {
        this.selection = selection;
    }

    @Override
    public Timeline about(String query) {
        List<StoryArticle> story = selection.storyAbout(query);
        if (story.isEmpty()) {
            return new Timeline(query, null, 0, List.of(), List.of(), List.of());
        }
        List<StoryArticle> inOrder = FigureChanges.inOrder(story);
        record Draft(StoryArticle article, int sentence, String kind, String prefix) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (FigureChanges.Change c : FigureChanges.find(inOrder)) {
            drafts.add(new Draft(c.to().article(), c.to().figure().sentence(), "figure",
                    c.to().figure().measure() + ": " + c.from().figure().value() + " → " + c.to().figure().value()));
        }
        List<Map<String, Double>> said = new ArrayList<>();
        drafts.forEach(d -> said.add(d.article().sentenceVectors().get(d.sentence())));
        for (int i = 0; i < inOrder.size(); i++) {
            StoryArticle a = inOrder.get(i);
            String kind = i == 0 ? "first report" : i == inOrder.size() - 1 ? "latest" : "update";
            List<Draft> itsFigures = drafts.stream().filter(d -> d.article() == a && d.kind().equals("figure")).toList();
            if (i > 0 && !itsFigures.isEmpty()) {
                // what the article added is its new figure; the last one's is the latest state
                if (kind.equals("latest")) {
                    Draft last = itsFigures.get(itsFigures.size() - 1);
                    drafts.set(drafts.indexOf(last), new Draft(a, last.sentence(), kind, last.prefix()));
                }
                continue;
            }
            List<ExtractiveSummary.Candidate> best = ExtractiveSummary.candidates(List.of(a), said);
            if (!best.isEmpty()) {
                ExtractiveSummary.Candidate c = best.get(0);
                drafts.add(new Draft(a, c.index(), kind, null));
                said.add(c.vector());
            }
        }
        if (drafts.size() > MAX_EVENTS) {
            List<Draft> keep = new ArrayList<>(drafts.stream().filter(d -> !d.kind().equals("update")).toList());
            drafts.stream().filter(d -> d.kind().equals("update")).limit(Math.max(0, MAX_EVENTS - keep.size()))
                    .forEach(keep::add);
            drafts = keep;
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.article().when()).thenComparing(d -> d.article().stored().id())
                .thenComparingInt(Draft::sentence).thenComparing(d -> d.kind().equals("figure") ? 1 : 0));
        CitationNumbering numbering = new CitationNumbering();
        List<TimelineEvent> events = new ArrayList<>();
        Map<String, Citation> cited = new LinkedHashMap<>();
        for (Draft d : drafts) {
            Sentence s = d.article().sentences().get(d.sentence());
            String key = d.article().stored().id() + "#" + d.sentence();
            Citation c = cited.computeIfAbsent(key, k -> numbering.cite(d.article().stored().article(), s));
            String text = (d.prefix() == null ? "" : d.prefix() + " — ") + c.quote() + " [" + c.n() + "]";
            events.add(new TimelineEvent(date(d.article()), d.kind(), text, c));
        }
        List<FigureSeries> charted = series(inOrder, numbering, cited);
        return new Timeline(query, ExtractiveSummary.headline(story), story.size(), events, charted,
                List.copyOf(cited.values()));
    }

    /** Each measure's headline figure per dated article; kept when it is worth a chart. */
    private static List<FigureSeries> series(List<StoryArticle> inOrder, CitationNumbering numbering,
                                             Map<String, Citation> cited) {
        Map<String, List<FigureSeries.Point>> byKey = new LinkedHashMap<>();
        Map<String, String> measures = new LinkedHashMap<>();
        for (StoryArticle a : inOrder) {
            if (a.stored().article().publishedInstant().isEmpty()) {
                continue;
            }
            Map<String, List<Figure>> figures = new LinkedHashMap<>();
            a.figures().forEach(f -> figures.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f));
            for (var e : figures.entrySet()) {
                Optional<Figure> f = FigureChanges.headline(e.getValue());
                if (f.isEmpty() || !FigureChanges.prominent(f.get())) {
                    continue;
                }
                String key = a.stored().id() + "#" + f.get().sentence();
                Citation c = cited.computeIfAbsent(key, k -> numbering.cite(a.stored().article(),
                        a.sentences().get(f.get().sentence())));
                List<FigureSeries.Point> points = byKey.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                String day = date(a);
                points.removeIf(p -> p.date().equals(day));  // the day's latest report stands for the day
                points.add(new FigureSeries.Point(day, f.get().value(), f.get().phrase(), c.n()));
                measures.putIfAbsent(e.getKey(), f.get().measure());
            }
        }
        List<FigureSeries> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            List<FigureSeries.Point> points = e.getValue();
            boolean changed = points.stream().map(FigureSeries.Point::value).distinct().count() > 1;
            if (points.size() >= MIN_CHART_REPORTS && changed) {
                out.add(new FigureSeries(measures.get(e.getKey()), points));
            }
        }
        return out;
    }

    private static String date(StoryArticle a) {
        return LocalDate.ofInstant(a.when(), ZoneOffset.UTC).toString();
    }
}
