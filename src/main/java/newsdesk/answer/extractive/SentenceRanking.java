package newsdesk.answer.extractive;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsdesk.article.Sentence;
import newsdesk.article.StoredArticle;
import newsdesk.retrieval.ArticleSentences;
import newsdesk.retrieval.ReadingSource;
import newsdesk.retrieval.RetrievedPassage;
import newsdesk.retrieval.SearchFilter;
import newsdesk.text.InstructionLikeText;

/**
 * Ranks the sentences of the best-retrieved articles by the model's probability that they answer the question. The
 * whole of each article is read, not only the retrieved passages: the answer often sits a sentence or a passage
 * away from the words the question shares with the article.
 */
final class SentenceRanking {
    private final ReadingSource source;
    private final ReaderModel model;
    private final int passages;
    private final int articles;
    private final Cache<String, ArticleFacts> read = Caffeine.newBuilder().maximumSize(4_096).build();

    /**
     * @param passages how many passages to retrieve
     * @param articles how many of their articles (best first) to read
     */
    SentenceRanking(ReadingSource source, ReaderModel model, int passages, int articles) {
        this.source = source;
        this.model = model;
        this.passages = passages;
        this.articles = articles;
    }

    ReaderModel model() {
        return model;
    }

    /**
     * What was read for one question: the candidates, best first, the passages retrieved, and the probability that
     * the best candidate answers at all.
     */
    record Ranked(QuestionContext question, List<Candidate> candidates, List<RetrievedPassage> hits,
                  double confidence) {
        Optional<Candidate> best() {
            return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
        }

        /** The same candidates ranked and judged by another model (what training does with its fits). */
        Ranked scoredBy(ReaderModel model) {
            return judged(question, ranked(candidates, model), hits, model);
        }
    }

    /**
     * The candidates with the softmax of the ranking model's scores as their probability (which of them answers,
     * if one does), best first.
     */
    static List<Candidate> ranked(List<Candidate> candidates, ReaderModel model) {
        double[] scores = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.ranking().score(candidates.get(i).features());
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        List<Candidate> out = new ArrayList<>(scores.length);
        for (int i = 0; i < scores.length; i++) {
            Candidate c = candidates.get(i);
            out.add(c.scored(c.features(), scores[i] / sum));
        }
        out.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return out;
    }

    static Ranked judged(QuestionContext question, List<Candidate> ranked, List<RetrievedPassage> hits,
                         ReaderModel model) {
        double confidence = ranked.isEmpty() ? 0
                : model.answerability().probability(Answerability.of(question, ranked));
        return new Ranked(question, ranked, hits, confidence);
    }

    /**
     * @param query the text searched with and compared (the question, or the question with what it follows on)
     * @param excluded sentences (normalised text) never to give again
     */
    Ranked rank(String query, Set<String> excluded) {
        QuestionForm form = QuestionForm.of(query);
        List<RetrievedPassage> hits = source.retrieve(query, SearchFilter.NONE, passages);
        if (hits.isEmpty()) {
            return new Ranked(QuestionContext.of(form, new float[0], new float[0], source), List.of(), hits, 0);
        }
        float[] vector = source.queryVector(query);
        float[] focusVector = form.focus().equals(form.text()) ? vector : source.queryVector(form.focus());
        QuestionContext question = QuestionContext.of(form, vector, focusVector, source);
        Map<String, Integer> articleRanks = new LinkedHashMap<>();
        Map<String, RetrievedPassage> firstHit = new HashMap<>();
        for (RetrievedPassage h : hits) {
            if (articleRanks.size() < articles || articleRanks.containsKey(h.article().id())) {
                articleRanks.putIfAbsent(h.article().id(), articleRanks.size());
                firstHit.putIfAbsent(h.article().id(), h);
            }
        }
        List<Candidate> raw = new ArrayList<>();
        Map<String, Double> articleBest = new HashMap<>();
        for (var e : articleRanks.entrySet()) {
            Optional<ArticleFacts> facts = facts(firstHit.get(e.getKey()).article());
            if (facts.isEmpty()) {
                continue;
            }
            ArticleFacts a = facts.get();
            int[] passageRank = passageRanks(a, hits);
            double toCentroid = a.centroidCosine(question.vector());
            double focusToCentroid = a.centroidCosine(question.focusVector());
            for (int i = 0; i < a.size(); i++) {
                double sim = a.sentences().vectors().dot(i, question.vector());
                double focusSim = a.sentences().vectors().dot(i, question.focusVector());
                double residual = a.residualCosine(i, sim, toCentroid);
                double focusResidual = a.residualCosine(i, focusSim, focusToCentroid);
                articleBest.merge(a.id(), sim, Math::max);
                String text = a.sentences().sentences().get(i).text();
                if (excluded.contains(normalised(text)) || InstructionLikeText.matches(text)) {
                    continue;
                }
                raw.add(new Candidate(a, i, e.getValue(), passageRank[i], sim, focusSim, residual, focusResidual,
                        null, 0));
            }
        }
        double best = raw.stream().mapToDouble(Candidate::similarity).max().orElse(0);
        double bestFocus = raw.stream().mapToDouble(Candidate::focusSimilarity).max().orElse(0);
        Map<String, Double> recency = recency(raw);
        List<Candidate> featured = new ArrayList<>(raw.size());
        for (Candidate c : raw) {
            double[] x = Features.of(c, question, best, bestFocus, articleBest.get(c.article().id()),
                    neighbourSimilarity(c, question.vector()), recency.getOrDefault(c.article().id(), 0.5));
            featured.add(c.scored(x, 0));
        }
        return judged(question, ranked(featured, model), hits, model);
    }

    private Optional<ArticleFacts> facts(StoredArticle article) {
        String key = article.id() + "\u0000" + article.contentHash() + "\u0000" + article.ingestedAt();
        ArticleFacts cached = read.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return source.sentences(article.id()).map(sentences -> {
            ArticleFacts facts = ArticleFacts.of(sentences);
            read.put(key, facts);
            return facts;
        });
    }

    /** For each sentence, the rank of the best retrieved passage holding it, or -1. */
    private static int[] passageRanks(ArticleFacts a, List<RetrievedPassage> hits) {
        int[] ranks = new int[a.size()];
        java.util.Arrays.fill(ranks, -1);
        for (int r = 0; r < hits.size(); r++) {
            RetrievedPassage h = hits.get(r);
            if (!h.article().id().equals(a.id())) {
                continue;
            }
            for (Sentence s : h.passage().sentences()) {
                int i = a.sentences().indexOf(s.start());
                if (i >= 0 && ranks[i] < 0) {
                    ranks[i] = r;
                }
            }
        }
        return ranks;
    }

    private static double neighbourSimilarity(Candidate c, float[] q) {
        ArticleSentences s = c.article().sentences();
        double best = -1;
        if (c.index() > 0) {
            best = s.vectors().dot(c.index() - 1, q);
        }
        if (c.index() + 1 < s.sentences().size()) {
            best = Math.max(best, s.vectors().dot(c.index() + 1, q));
        }
        return best;
    }

    /** Each article's publication time ranked among those read: 1 for the newest, 0 for the oldest. */
    private static Map<String, Double> recency(List<Candidate> candidates) {
        Map<String, Instant> dates = new HashMap<>();
        for (Candidate c : candidates) {
            c.article().sentences().article().article().publishedInstant().ifPresent(d -> dates.put(c.article().id(), d));
        }
        List<Instant> sorted = dates.values().stream().distinct().sorted().toList();
        Map<String, Double> out = new HashMap<>();
        if (sorted.size() < 2) {
            return out;
        }
        dates.forEach((id, d) -> out.put(id, sorted.indexOf(d) / (double) (sorted.size() - 1)));
        return out;
    }

    static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
