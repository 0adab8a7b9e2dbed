package newsdesk.briefing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors, with document frequencies taken from a background collection (all stored articles), so that words
 * common in news ("government", "people") weigh little even when only two new articles are compared. The IDF is
 * smoothed, so a word in every document still counts a little.
 */
final class TermVectors {
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    TermVectors(Collection<List<String>> background) {
        for (List<String> doc : background) {
            for (String term : new HashSet<>(doc)) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        this.documents = background.size();
    }

    double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0))) + 1.0;
    }

    /** The unit-length TF-IDF vector of a bag of terms (sub-linear term frequency). */
    Map<String, Double> vector(List<String> terms) {
        Map<String, Integer> tf = new HashMap<>();
        for (String t : terms) {
            tf.merge(t, 1, Integer::sum);
        }
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : tf.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double length = Math.sqrt(norm);
        if (length > 0) {
            v.replaceAll((k, w) -> w / length);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    static Map<String, Double> centroid(List<Map<String, Double>> vectors) {
        Map<String, Double> c = new HashMap<>();
        for (Map<String, Double> v : vectors) {
            v.forEach((k, w) -> c.merge(k, w, Double::sum));
        }
        double norm = Math.sqrt(c.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            c.replaceAll((k, w) -> w / norm);
        }
        return c;
    }
}
