package newsdesk.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * For filling a large store fast: the real model's vector when the cache has it, else a deterministic stand-in
 * (hashed words, unit length), counted, so the report says how many vectors were real. Searches and copies cost
 * the same either way; only answer quality would differ, which this benchmark does not measure.
 */
final class CachedOrHashedModel implements EmbeddingModel {
    private final EmbeddingCache cache;
    private final int dimension;
    final AtomicLong cached = new AtomicLong();
    final AtomicLong hashed = new AtomicLong();

    CachedOrHashedModel(EmbeddingCache cache, int dimension) {
        this.cache = cache;
        this.dimension = dimension;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<Embedding> out = new ArrayList<>(segments.size());
        for (TextSegment s : segments) {
            float[] v = cache.get(s.text());
            if (v != null) {
                cached.incrementAndGet();
            } else {
                hashed.incrementAndGet();
                v = hashed(s.text());
            }
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    private float[] hashed(String text) {
        float[] v = new float[dimension];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), dimension)] += 1;
                v[Math.floorMod(word.hashCode() * 31 + 7, dimension)] += 0.5f;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    @Override
    public int dimension() {
        return dimension;
    }
}
