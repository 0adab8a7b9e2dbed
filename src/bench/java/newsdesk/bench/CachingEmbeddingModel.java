package newsdesk.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The real model behind the cache: misses are embedded (in one batch) and remembered. */
final class CachingEmbeddingModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private volatile boolean readFromCache = true;
    private int realEmbedded;

    CachingEmbeddingModel(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    /** With false every text goes to the real model (what the ingest rate is measured with). */
    void readFromCache(boolean read) {
        readFromCache = read;
    }

    int realEmbedded() {
        return realEmbedded;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Embedding[] out = new Embedding[segments.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            float[] v = readFromCache ? cache.get(segments.get(i).text()) : null;
            if (v == null) {
                missing.add(i);
            } else {
                out[i] = Embedding.from(v);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> batch = missing.stream().map(segments::get).toList();
            List<Embedding> embedded = model.embedAll(batch).content();
            for (int j = 0; j < missing.size(); j++) {
                out[missing.get(j)] = embedded.get(j);
                cache.put(batch.get(j).text(), embedded.get(j).vector());
            }
            realEmbedded += missing.size();
        }
        return Response.from(Arrays.asList(out));
    }

    @Override
    public int dimension() {
        return model.dimension();
    }
}
