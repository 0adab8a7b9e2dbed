package newsdesk.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: a document scores {@code w / (k + rank)} in each list it appears in (rank from 1). Only
 * ranks count, so BM25's unbounded scores and cosine similarities need no calibration against each other.
 * The weights let one list count more than the other (1 and 1 is plain RRF).
 */
final class ReciprocalRankFusion implements Fusion {
    private final int k;
    private final double lexicalWeight;
    private final double semanticWeight;

    ReciprocalRankFusion(int k) {
        this(k, 1, 1);
    }

    ReciprocalRankFusion(int k, double lexicalWeight, double semanticWeight) {
        this.k = k;
        this.lexicalWeight = lexicalWeight;
        this.semanticWeight = semanticWeight;
    }

    @Override
    public List<ScoredDoc> fuse(List<ScoredDoc> lexical, List<ScoredDoc> semantic, int limit) {
        Map<Integer, double[]> scores = new HashMap<>((lexical.size() + semantic.size()) * 2);
        add(scores, lexical, lexicalWeight);
        add(scores, semantic, semanticWeight);
        List<ScoredDoc> fused = new ArrayList<>(scores.size());
        scores.forEach((doc, s) -> fused.add(new ScoredDoc(doc, s[0])));
        return FusionRanking.best(fused, limit);
    }

    private void add(Map<Integer, double[]> scores, List<ScoredDoc> ranking, double weight) {
        for (int i = 0; i < ranking.size(); i++) {
            double contribution = weight / (k + i + 1);
            scores.computeIfAbsent(ranking.get(i).doc(), d -> new double[1])[0] += contribution;
        }
    }

    @Override
    public String toString() {
        return lexicalWeight == semanticWeight ? "RRF(k=" + k + ")"
                : "weighted RRF(k=" + k + ", bm25 " + lexicalWeight + ", vector " + semanticWeight + ")";
    }
}
