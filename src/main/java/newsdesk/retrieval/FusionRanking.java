package newsdesk.retrieval;

import java.util.Comparator;
import java.util.List;

final class FusionRanking {
    /** Higher score first; ties by document number so results are repeatable. */
    static final Comparator<ScoredDoc> BEST_FIRST =
            Comparator.comparingDouble(ScoredDoc::score).reversed().thenComparingInt(ScoredDoc::doc);

    private FusionRanking() {
    }

    static List<ScoredDoc> best(List<ScoredDoc> docs, int limit) {
        docs.sort(BEST_FIRST);
        return docs.size() > limit ? List.copyOf(docs.subList(0, limit)) : docs;
    }
}
