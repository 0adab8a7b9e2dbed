package newsdesk.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Embeds questions with the passages' model; remembers recent ones, as people ask the same thing again. */
final class QueryEmbedder {
    private final Embedder embedder;
    private final Cache<String, float[]> recent = Caffeine.newBuilder().maximumSize(1024).build();

    QueryEmbedder(Embedder embedder) {
        this.embedder = embedder;
    }

    float[] embed(String query) {
        return recent.get(query.strip(), embedder::query);
    }
}
