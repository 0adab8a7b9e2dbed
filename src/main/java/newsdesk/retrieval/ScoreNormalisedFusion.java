package newsdesk.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear fusion of min-max normalised scores: {@code alpha * semantic + (1 - alpha) * lexical}, each scaled to
 * [0, 1] within its own list (a document missing from a list gets 0 there). Unlike rank fusion it keeps how far
 * ahead the leader of a list is.
 */
final class ScoreNormalisedFusion implements Fusion {
    private final double alpha;

    ScoreNormalisedFusion(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public List<ScoredDoc> fuse(List<ScoredDoc> lexical, List<ScoredDoc> semantic, int limit) {
        Map<Integer, double[]> scores = new HashMap<>((lexical.size() + semantic.size()) * 2);
        add(scores, lexical, 1 - alpha);
        add(scores, semantic, alpha);
        List<ScoredDoc> fused = new ArrayList<>(scores.size());
        scores.forEach((doc, s) -> fused.add(new ScoredDoc(doc, s[0])));
        return FusionRanking.best(fused, limit);
    }

    private static void add(Map<Integer, double[]> scores, List<ScoredDoc> ranking, double weight) {
        if (ranking.isEmpty()) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (ScoredDoc d : ranking) {
            min = Math.min(min, d.score());
            max = Math.max(max, d.score());
        }
        double range = max - min;
        for (ScoredDoc d : ranking) {
            double normalised = range > 0 ? (d.score() - min) / range : 1;
            scores.computeIfAbsent(d.doc(), x -> new double[1])[0] += weight * normalised;
        }
    }

    @Override
    public String toString() {
        return "min-max linear(alpha=" + alpha + ")";
    }
}
