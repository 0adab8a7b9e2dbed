package newsdesk.retrieval;

import java.util.Locale;
import newsdesk.config.Config;

/**
 * How the index splits and searches.
 *
 * @param passageSentences sentences per passage
 * @param candidates passages taken from each of BM25 and the vector index before fusion
 * @param topK passages a language model is given (the offline reader reads its own number, {@code answer.read-*})
 * @param rrfK reciprocal rank fusion constant
 */
public record RetrievalSettings(RetrievalMode mode, int passageSentences, int candidates, int topK, int rrfK) {
    public static final RetrievalSettings DEFAULTS = new RetrievalSettings(RetrievalMode.HYBRID, 3, 50, 10, 60);

    public RetrievalSettings {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (passageSentences < 1 || candidates < 1 || topK < 1 || rrfK < 1) {
            throw new IllegalArgumentException("retrieval settings must be positive: " + passageSentences + ", "
                    + candidates + ", " + topK + ", " + rrfK);
        }
    }

    /** Reads the {@code retrieval.*} keys; a bad value throws a ConfigException naming its key. */
    public static RetrievalSettings from(Config c) {
        String mode = c.choice("retrieval.mode", "hybrid", "bm25", "vector");
        return new RetrievalSettings(
                RetrievalMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                c.integer("retrieval.passage-sentences", 1, 20),
                c.integer("retrieval.candidates", 1, 1000),
                c.integer("retrieval.top-k", 1, 100),
                c.integer("retrieval.rrf-k", 1, 10_000));
    }

    public RetrievalSettings withPassageSentences(int sentences) {
        return new RetrievalSettings(mode, sentences, candidates, topK, rrfK);
    }
}
