package newsdesk.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.answer.Citation;
import newsdesk.llm.CitationCheck;
import newsdesk.article.Article;
import newsdesk.article.ArticleStore;
import newsdesk.article.Sentence;
import newsdesk.article.StoredArticle;

/**
 * The offline briefing: new articles grouped into stories, each told by its most central sentences quoted verbatim
 * and cited, then the figures its articles report differently.
 *
 * <p>An article is new when it entered the store at or after {@code since} ({@link StoredArticle#ingestedAt}), whatever
 * its publication date: a briefing tells what is new to the desk, and an old article that just arrived (the bundled
 * sample, a feed catching up) is news to its readers. The publication date (else the ingestion time) orders the
 * articles of a story, which decides what "earlier" and "later" mean for figures.
 */
final class ExtractiveBriefingWriter implements BriefingWriter {
    /** A sentence this close (cosine) to one already chosen says the same thing again. */
    static final double REDUNDANT = 0.5;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private final ArticleStore store;
    private final int maxItems;
    private final Clock clock;
    private Background background;

    private record Background(long version, TermVectors vectors) {
    }

    ExtractiveBriefingWriter(ArticleStore store, int maxItems, Clock clock) {
        this.store = store;
        this.maxItems = maxItems;
        this.clock = clock;
    }

    @Override
    public Briefing write(Instant since, String topic) {
        Instant now = clock.instant();
        Stories stories = stories(since, topic);
        Numbering numbering = new Numbering();
        List<BriefingItem> items = new ArrayList<>();
        for (List<StoryArticle> story : stories.told()) {
            items.add(item(story, numbering));
        }
        return new Briefing(since, now, stories.topic(), items, changes(stories.told(), numbering));
    }

    /**
     * The stories to tell: new articles about the topic grouped by event, biggest first, at most max-items.
     *
     * @param topic the stripped topic, or null for everything
     */
    record Stories(String topic, List<List<StoryArticle>> told) {
    }

    Stories stories(Instant since, String topic) {
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
                .thenComparing(s -> latest(s), Comparator.reverseOrder()));
        return new Stories(wanted, List.copyOf(stories.subList(0, Math.min(maxItems, stories.size()))));
    }

    /** The figures the told stories report differently, cited with numbers that go on from the items'. */
    List<FigureChange> changes(List<List<StoryArticle>> told, Numbering numbering) {
        List<FigureChange> changes = new ArrayList<>();
        for (List<StoryArticle> story : told) {
            List<StoryArticle> inOrder = story.stream().sorted(Comparator.comparing(StoryArticle::when)).toList();
            for (FigureChanges.Change c : FigureChanges.find(inOrder)) {
                changes.add(change(c, numbering));
            }
        }
        return changes;
    }

    /** The offline headline of a story: the title of its most central article. */
    static String headline(List<StoryArticle> story) {
        return central(story).stored().article().title();
    }

    private static StoryArticle central(List<StoryArticle> story) {
        Map<String, Double> centroid = TermVectors.centroid(story.stream().map(StoryArticle::vector).toList());
        return story.stream()
                .max(Comparator.comparingDouble(a -> TermVectors.cosine(a.vector(), centroid))).orElseThrow();
    }

    /** The offline item of a story: its most central sentences, quoted and cited. */
    BriefingItem item(List<StoryArticle> story, Numbering numbering) {
        Map<String, Double> centroid = TermVectors.centroid(story.stream().map(StoryArticle::vector).toList());
        int sentenceCount = story.stream().mapToInt(a -> a.sentences().size()).sum();
        int wanted = Math.min(4, Math.max(2, 1 + story.size()) + (sentenceCount > 12 ? 1 : 0));

        record Candidate(StoryArticle article, int index, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (StoryArticle a : story) {
            for (int i = 0; i < a.sentences().size(); i++) {
                String text = a.sentences().get(i).text();
                if (!isSummarySentence(text)) {
                    continue;
                }
                double score = TermVectors.cosine(a.sentenceVectors().get(i), centroid)
                        + (i == 0 ? 0.15 : i == 1 ? 0.05 : 0) - (startsWithQuote(text) ? 0.05 : 0);
                candidates.add(new Candidate(a, i, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : candidates) {
            if (chosen.size() == wanted) {
                break;
            }
            boolean repeats = chosen.stream().anyMatch(o -> TermVectors.cosine(
                    o.article().sentenceVectors().get(o.index()), c.article().sentenceVectors().get(c.index())) > REDUNDANT);
            if (!repeats) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparing((Candidate c) -> c.article().when()).thenComparingInt(Candidate::index));
        StringBuilder summary = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Candidate c : chosen) {
            Citation citation = numbering.cite(c.article().stored().article(), c.article().sentences().get(c.index()));
            citations.add(citation);
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(citation.quote()).append(" [").append(citation.n()).append(']');
        }
        return new BriefingItem(headline(story), summary.toString(), citations);
    }

    private static FigureChange change(FigureChanges.Change c, Numbering numbering) {
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

    /** Citation numbers run through the whole briefing, so every [n] in its text is unambiguous. */
    static final class Numbering {
        private int next = 1;

        Citation cite(Article a, Sentence s) {
            return new Citation(next++, a.id(), a.title(), a.source(), a.published(), a.url(), s.text());
        }

        /** The number the next citation gets. */
        int next() {
            return next;
        }

        /** Citations numbered elsewhere (from {@link #next()} on) are taken: numbering goes on after them. */
        void taken(List<Citation> citations) {
            for (Citation c : citations) {
                next = Math.max(next, c.n() + 1);
            }
        }
    }

    private static boolean isSummarySentence(String text) {
        int words = text.split("\\s+").length;
        return words >= MIN_WORDS && words <= MAX_WORDS && !text.endsWith("?") && !text.endsWith(":")
                && !Character.isLowerCase(text.charAt(0)) && !CitationCheck.instructionLike(text);
    }

    private static boolean startsWithQuote(String text) {
        return "\"“‘'".indexOf(text.charAt(0)) >= 0;
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
