package newsdesk.briefing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsdesk.answer.Citation;
import newsdesk.article.SentenceSplitter;
import newsdesk.llm.CitationCheck;

/**
 * A story told offline in a few sentences quoted verbatim and cited, chosen the way an editor writes a lead: what
 * happened, where and when, and the numbers that matter. Each sentence of the story's articles is scored on
 * <ul>
 *   <li>news-lead position: reporters put the key facts first, so the first sentence of an article weighs most,
 *       the second half as much, and so on;</li>
 *   <li>centrality: how alike it is to the story as a whole (cosine to the centroid of its articles), which
 *       favours what several articles say over an aside;</li>
 *   <li>facts: a toll or another count, and named actors (capitalised words inside the sentence);</li>
 *   <li>recency within the story: a later article's sentence carries the latest state;</li>
 * </ul>
 * less a penalty for long sentences and for quotes (a quote is the news only when it leads its article), and
 * without sentences that an earlier briefing for the same readers already said. Then the best are taken while they
 * fit: at most {@value #MAX_SENTENCES} sentences and {@value #WORD_BUDGET} words (readable in 15 seconds), none that
 * repeats one already chosen. They are shown in the order of their articles; when they come from different days,
 * each starts with its date.
 */
final class ExtractiveSummary {
    static final int MAX_SENTENCES = 3;
    /** Words of one summary, at most (the first sentence is taken whatever its length, up to MAX_WORDS). */
    static final int WORD_BUDGET = 75;
    /** A sentence this close (cosine) to one already chosen says the same thing again. */
    static final double REDUNDANT = 0.5;
    /** A sentence this close to one an earlier briefing quoted is not news any more. */
    static final double ALREADY_SAID = 0.7;
    static final int MIN_WORDS = 6;
    static final int MAX_WORDS = 50;
    /** Above this many words a sentence loses score: it is hard to read in a glance. */
    static final int LONG_WORDS = 35;
    /** Articles of a big story read for its summary: this many most central, and this many newest. */
    static final int READ_ARTICLES = 6;

    private static final Pattern TERMINAL = Pattern.compile(".*[.!?][\"'”’)\\]]*$", Pattern.DOTALL);
    /** A photo credit at the start of a caption: "Name Name/Agency Text...". */
    private static final Pattern CREDIT = Pattern.compile("^(?:\\S+ ){0,4}\\S*\\p{L}/\\p{Lu}\\S*");
    /** A caption ends with the full date of the picture: "..., Wednesday, November 2, 2022." */
    private static final Pattern CAPTION_DATE = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}\\.$");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

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

    /** True if some sentence of the story could be quoted: the story is not made of page junk. */
    static boolean hasSomethingToQuote(List<StoryArticle> story) {
        for (StoryArticle a : story) {
            for (var s : a.sentences()) {
                if (isSummarySentence(s.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    record Candidate(StoryArticle article, int index, double score, int words) {
        String text() {
            return article.sentences().get(index).text();
        }

        Map<String, Double> vector() {
            return article.sentenceVectors().get(index);
        }
    }

    /** The offline item of a story. */
    static BriefingItem item(List<StoryArticle> story, CitationNumbering numbering, List<Map<String, Double>> said) {
        List<Candidate> chosen = choose(story, said);
        Set<LocalDate> days = new HashSet<>();
        chosen.forEach(c -> days.add(day(c.article())));
        StringBuilder summary = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (Candidate c : chosen) {
            Citation citation = numbering.cite(c.article().stored().article(), c.article().sentences().get(c.index()));
            citations.add(citation);
            if (summary.length() > 0) {
                summary.append(' ');
            }
            if (days.size() > 1) {
                summary.append(DAY.format(day(c.article()))).append(": ");
            }
            summary.append(citation.quote()).append(" [").append(citation.n()).append(']');
        }
        return new BriefingItem(headline(story), summary.toString(), citations);
    }

    /** The sentences a summary quotes, in the order of their articles. */
    static List<Candidate> choose(List<StoryArticle> story, List<Map<String, Double>> said) {
        List<Candidate> candidates = candidates(story, said);
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        for (Candidate c : candidates) {
            if (chosen.size() == MAX_SENTENCES) {
                break;
            }
            if (!chosen.isEmpty() && words + c.words() > WORD_BUDGET) {
                continue;
            }
            boolean repeats = chosen.stream().anyMatch(o -> TermVectors.cosine(o.vector(), c.vector()) > REDUNDANT);
            if (!repeats) {
                chosen.add(c);
                words += c.words();
            }
        }
        chosen.sort(Comparator.comparing((Candidate c) -> c.article().when()).thenComparing(c -> c.article().stored().id())
                .thenComparingInt(Candidate::index));
        return chosen;
    }

    /** Every quotable sentence of the story with its score, the best first. */
    static List<Candidate> candidates(List<StoryArticle> story, List<Map<String, Double>> said) {
        Map<String, Double> centroid = TermVectors.centroid(story.stream().map(StoryArticle::vector).toList());
        List<StoryArticle> inOrder = FigureChanges.inOrder(representatives(story, centroid));
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < inOrder.size(); rank++) {
            StoryArticle a = inOrder.get(rank);
            double recency = inOrder.size() == 1 ? 0 : 0.2 * rank / (inOrder.size() - 1);
            Set<Integer> withFigures = new HashSet<>();
            a.figures().forEach(f -> withFigures.add(f.sentence()));
            for (int i = 0; i < a.sentences().size(); i++) {
                String text = a.sentences().get(i).text();
                if (!isSummarySentence(text)) {
                    continue;
                }
                Map<String, Double> v = a.sentenceVectors().get(i);
                if (said.stream().anyMatch(s -> TermVectors.cosine(s, v) >= ALREADY_SAID)) {
                    continue;
                }
                int words = words(text);
                double facts = withFigures.contains(i) ? 0.35 : NUMBER.matcher(text).find() ? 0.1 : 0;
                double score = 1.0 / (1 + i) + TermVectors.cosine(v, centroid) + facts
                        + 0.05 * Math.min(4, namedWords(text)) + recency
                        - quotePenalty(text, i) - Math.max(0, words - LONG_WORDS) * 0.03;
                candidates.add(new Candidate(a, i, score, words));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /**
     * The articles of a big story whose sentences are read: the {@value #READ_ARTICLES} most central and the
     * {@value #READ_ARTICLES} newest. Three sentences are chosen; reading a hundred articles for them would only cost.
     */
    static List<StoryArticle> representatives(List<StoryArticle> story, Map<String, Double> centroid) {
        if (story.size() <= 2 * READ_ARTICLES) {
            return story;
        }
        Map<StoryArticle, Double> closeness = new java.util.IdentityHashMap<>();
        story.forEach(a -> closeness.put(a, TermVectors.cosine(a.vector(), centroid)));
        java.util.LinkedHashSet<StoryArticle> chosen = new java.util.LinkedHashSet<>();
        story.stream().sorted(Comparator.comparingDouble((StoryArticle a) -> closeness.get(a)).reversed())
                .limit(READ_ARTICLES).forEach(chosen::add);
        story.stream().sorted(Comparator.comparing(StoryArticle::when).reversed()).limit(READ_ARTICLES)
                .forEach(chosen::add);
        return List.copyOf(chosen);
    }

    /** The sentences of earlier briefings, as vectors to compare candidates with. */
    static List<Map<String, Double>> said(List<String> earlierBriefings, TermVectors vectors) {
        List<Map<String, Double>> out = new ArrayList<>();
        for (String text : earlierBriefings) {
            for (var s : SentenceSplitter.split(text)) {
                out.add(vectors.vector(Terms.of(s.text())));
            }
        }
        return out;
    }

    /** Prose a reader can take in: a whole sentence of reasonable length, not a caption, a form or an instruction. */
    static boolean isSummarySentence(String text) {
        int words = words(text);
        return words >= MIN_WORDS && words <= MAX_WORDS && TERMINAL.matcher(text).matches() && !text.endsWith("?")
                && !Character.isLowerCase(text.charAt(0)) && !CREDIT.matcher(text).find()
                && !CAPTION_DATE.matcher(text).find()
                && !CitationCheck.instructionLike(text);
    }

    /** A quote costs: a little when it leads its article (it is the news), more elsewhere, more the longer. */
    private static double quotePenalty(String text, int index) {
        int quoted = 0;
        boolean inside = false;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (ch == '"' || ch == '“' || ch == '”') {
                inside = ch == '"' ? !inside : ch == '“';
            } else if (inside) {
                quoted++;
            }
        }
        double share = (double) quoted / text.length();
        return share < 0.3 ? 0 : (index == 0 ? 0.1 : 0.8) * share;
    }

    /** Capitalised words after the first: names of people, places and bodies. */
    private static int namedWords(String text) {
        String[] words = text.split("\\s+");
        int named = 0;
        for (int k = 1; k < words.length; k++) {
            if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                named++;
            }
        }
        return named;
    }

    static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static LocalDate day(StoryArticle a) {
        return LocalDate.ofInstant(a.when(), ZoneOffset.UTC);
    }
}
