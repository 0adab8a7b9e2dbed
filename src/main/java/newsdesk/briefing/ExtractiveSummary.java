package newsdesk.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import newsdesk.answer.Citation;
import newsdesk.answer.CitationCheck;

/** A story told offline: its most central sentences quoted verbatim and cited, under its most central title. */
final class ExtractiveSummary {
    /** A sentence this close (cosine) to one already chosen says the same thing again. */
    static final double REDUNDANT = 0.5;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private ExtractiveSummary() {
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
    static BriefingItem item(List<StoryArticle> story, CitationNumbering numbering) {
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

    private static boolean isSummarySentence(String text) {
        int words = text.split("\\s+").length;
        return words >= MIN_WORDS && words <= MAX_WORDS && !text.endsWith("?") && !text.endsWith(":")
                && !Character.isLowerCase(text.charAt(0)) && !CitationCheck.instructionLike(text);
    }

    private static boolean startsWithQuote(String text) {
        return "\"“‘'".indexOf(text.charAt(0)) >= 0;
    }
}
