package newsdesk.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic stand-in for a real embedding model: each word (lower-cased, a trailing "s" dropped) adds to one
 * hashed dimension, so texts sharing words are close. Counts the texts it embedded.
 */
class HashingEmbeddingModel implements EmbeddingModel {
    static final int DIMENSIONS = 384;
    final AtomicInteger embedded = new AtomicInteger();

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>(segments.size());
        for (TextSegment s : segments) {
            out.add(Embedding.from(vector(s.text())));
        }
        embedded.addAndGet(segments.size());
        return Response.from(out);
    }

    static float[] vector(String text) {
        float[] v = new float[DIMENSIONS];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 3) {
                continue;
            }
            String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            v[Math.floorMod(stem.hashCode(), DIMENSIONS)] += 1;
        }
        return Vectors.normalised(v);
    }

    @Override
    public int dimension() {
        return DIMENSIONS;
    }
}
