package newsdesk.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An embedding model with its name and the way it wants text marked: e5 models are trained with "query: " before a
 * question and "passage: " before the text searched. The name is recorded in the index, so that a store built with
 * one model is never searched with another's vectors.
 *
 * @param id a stable name of the model, e.g. {@code e5-small-v2-q}
 */
public record Embedder(String id, EmbeddingModel model, String queryPrefix, String passagePrefix) {
    public Embedder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
        passagePrefix = passagePrefix == null ? "" : passagePrefix;
    }

    /** A model that takes text as it is. */
    public static Embedder plain(String id, EmbeddingModel model) {
        return new Embedder(id, model, "", "");
    }

    /** The unit-length vector of a question or search query. */
    public float[] query(String text) {
        return Vectors.normalised(model.embed(queryPrefix + text).content().vector());
    }

    /** The unit-length vectors of texts to be searched, in order. */
    public List<float[]> passages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(passagePrefix + t));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        if (embeddings.size() != segments.size()) {
            throw new IllegalStateException("the embedding model returned " + embeddings.size() + " vectors for "
                    + segments.size() + " texts");
        }
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(Vectors.normalised(e.vector()));
        }
        return out;
    }

    @Override
    public String toString() {
        return id;
    }
}
