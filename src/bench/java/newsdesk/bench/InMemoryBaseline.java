package newsdesk.bench;

import static newsdesk.bench.Figures.round3;
import static newsdesk.bench.Figures.timed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import newsdesk.article.Article;
import newsdesk.article.Passage;
import newsdesk.article.Passages;
import newsdesk.retrieval.Embedder;
import newsdesk.retrieval.Retrieval;
import newsdesk.retrieval.RetrievalSettings;

/** The same question vectors against LangChain4j's brute-force in-memory store, filled with the same vectors. */
final class InMemoryBaseline {
    private InMemoryBaseline() {
    }

    /** A passage's vector as the index makes it: the unit mean of its sentences' unit vectors. */
    static float[] passageVector(Passage p, Embedder embedder, EmbeddingCache cache) {
        float[] sum = null;
        for (var sentence : p.sentences()) {
            float[] v = cache.get(embedder.passagePrefix() + sentence.text());
            if (v == null) {
                throw new IllegalStateException("no cached vector for a sentence of passage " + p.key());
            }
            float[] unit = unit(v);
            if (sum == null) {
                sum = unit;
            } else {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += unit[i];
                }
            }
        }
        return unit(sum);
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = n == 0 ? 0 : (float) (out[i] / Math.sqrt(n));
        }
        return out;
    }

    /**
     * Times exact search over the same vectors and puts {@code baseline_in_memory_ms} and the vector search's recall into
     * {@code r}.
     *
     * @param vectorHits per query, the passages the store's vector search found, to compare with exact search
     */
    static void measure(List<Article> corpus, EmbeddingCache cache, EmbeddingModel model, RetrievalSettings settings,
                        List<String> queries, List<List<String>> vectorHits, Consumer<String> step,
                        Map<String, Object> r) {
        step.accept("filling LangChain4j's InMemoryEmbeddingStore with the same vectors");
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        List<String> ids = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        List<TextSegment> segments = new ArrayList<>();
        Embedder embedder = Retrieval.defaultEmbedder(model);
        for (Article a : corpus) {
            for (Passage p : Passages.split(a, settings.passageSentences())) {
                ids.add(p.key());
                embeddings.add(Embedding.from(passageVector(p, embedder, cache)));
                segments.add(TextSegment.from(p.text()));
            }
        }
        store.addAll(ids, embeddings, segments);
        List<Embedding> questionVectors = new ArrayList<>();
        for (String q : queries) {
            questionVectors.add(Embedding.from(embedder.query(q)));
        }
        int k = settings.topK();
        int warm = Math.min(20, questionVectors.size());
        for (Embedding e : questionVectors.subList(0, warm)) {
            store.search(EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(k).build());
        }
        step.accept("timing the in-memory store");
        List<List<String>> exact = new ArrayList<>();
        Map<String, Object> timings = Percentiles.bestOf(Bench.ROUNDS, questionVectors, e -> timed(() -> {
            List<EmbeddingMatch<TextSegment>> m = store.search(
                    EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(k).build()).matches();
            if (exact.size() < questionVectors.size()) {
                exact.add(m.stream().map(EmbeddingMatch::embeddingId).toList());
            }
            return m;
        }));
        r.put("baseline_in_memory_ms", timings);
        double found = 0;
        double total = 0;
        for (int q = 0; q < Math.min(exact.size(), vectorHits.size()); q++) {
            Set<String> truth = new HashSet<>(exact.get(q));
            total += truth.size();
            found += vectorHits.get(q).stream().filter(truth::contains).count();
        }
        r.put("vector_recall_at_k_vs_exact", total == 0 ? null : round3(found / total));
    }
}
