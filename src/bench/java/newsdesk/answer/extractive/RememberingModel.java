package newsdesk.answer.extractive;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model behind a memory of what it embedded: training reads the same articles in several stores. */
final class RememberingModel implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Map<String, Embedding> seen = new HashMap<>();

    RememberingModel(EmbeddingModel model) {
        this.model = model;
    }

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        Embedding[] out = new Embedding[segments.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = seen.get(segments.get(i).text());
            if (out[i] == null) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<Embedding> fresh = model.embedAll(missing.stream().map(segments::get).toList()).content();
            for (int j = 0; j < missing.size(); j++) {
                out[missing.get(j)] = fresh.get(j);
                seen.put(segments.get(missing.get(j)).text(), fresh.get(j));
            }
        }
        return Response.from(Arrays.asList(out));
    }

    @Override
    public int dimension() {
        return model.dimension();
    }
}
