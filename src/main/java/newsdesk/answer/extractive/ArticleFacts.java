package newsdesk.answer.extractive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsdesk.retrieval.ArticleSentences;
import newsdesk.retrieval.SentenceVectors;
import newsdesk.text.Words;

/**
 * An article as the reader sees it: its sentences and their vectors, with each sentence's facts read once, the
 * words of its title and lead (which say what every sentence of it is about), and its centroid: the direction all
 * its sentences share, which is what the story is about rather than what any one sentence says.
 *
 * @param stems every word of its title and sentences
 * @param centroid the unit mean of its sentence vectors
 * @param centroidCosines each sentence's cosine with the centroid
 */
record ArticleFacts(ArticleSentences sentences, List<SentenceFacts> facts, Set<String> titleStems,
                    Set<String> leadStems, Set<String> stems, float[] centroid, double[] centroidCosines) {

    static ArticleFacts of(ArticleSentences article) {
        List<SentenceFacts> facts = new ArrayList<>(article.sentences().size());
        article.sentences().forEach(s -> facts.add(SentenceFacts.of(s.text())));
        Set<String> lead = facts.isEmpty() ? Set.of() : facts.get(0).stems();
        Set<String> title = Set.copyOf(Words.contentStems(article.article().article().title()));
        Set<String> stems = new HashSet<>(title);
        facts.forEach(f -> stems.addAll(f.stems()));
        SentenceVectors vectors = article.vectors();
        float[] centroid = new float[vectors.dimensions()];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.vector(i);
            for (int d = 0; d < centroid.length; d++) {
                centroid[d] += v[d];
            }
        }
        double norm = 0;
        for (float x : centroid) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < centroid.length; d++) {
            centroid[d] = norm == 0 ? 0 : (float) (centroid[d] / norm);
        }
        double[] cosines = new double[vectors.size()];
        for (int i = 0; i < cosines.length; i++) {
            cosines[i] = vectors.dot(i, centroid);
        }
        return new ArticleFacts(article, List.copyOf(facts), title, lead, Set.copyOf(stems), centroid, cosines);
    }

    /**
     * The cosine of a unit question vector and sentence {@code i} once the article's shared direction is taken out
     * of both: how well the sentence matches what is asked beyond what the whole story is about.
     *
     * @param cosine the question's cosine with the sentence
     * @param questionCentroidCosine the question's cosine with this article's centroid
     */
    double residualCosine(int i, double cosine, double questionCentroidCosine) {
        double c = centroidCosines[i];
        double denominator = Math.sqrt(Math.max(1e-9, 1 - questionCentroidCosine * questionCentroidCosine))
                * Math.sqrt(Math.max(1e-9, 1 - c * c));
        return (cosine - questionCentroidCosine * c) / denominator;
    }

    /** How close its sentences are to their centroid, on average: high for a focused story, low for a round-up. */
    double meanCentroidCosine() {
        double sum = 0;
        for (double c : centroidCosines) {
            sum += c;
        }
        return centroidCosines.length == 0 ? 0 : sum / centroidCosines.length;
    }

    double centroidCosine(float[] unit) {
        double sum = 0;
        for (int d = 0; d < centroid.length; d++) {
            sum += centroid[d] * unit[d];
        }
        return sum;
    }

    String id() {
        return sentences.article().id();
    }

    int size() {
        return facts.size();
    }
}
