package newsdesk.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;

/** Embeds questions with the passages' model; remembers recent ones, as people ask the same thing again. */
final class QueryEmbedder {
    private final EmbeddingModel model;
    private final Cache<String, float[]> recent = Caffeine.newBuilder().maximumSize(1024).build();

    QueryEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    float[] embed(String query) {
        return recent.get(query.strip(), q -> Vectors.normalised(model.embed(q).content().vector()));
    }
}
