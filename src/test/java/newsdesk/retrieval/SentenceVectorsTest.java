package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {
    @Test
    void quantisedVectorsKeepTheCosineAndSurviveStorage() {
        Random random = new Random(7);
        float[] a = unit(random, 384);
        float[] b = unit(random, 384);
        float[] q = unit(random, 384);
        SentenceVectors v = SentenceVectors.quantize(List.of(a, b));
        assertThat(v.size()).isEqualTo(2);
        assertThat(v.dimensions()).isEqualTo(384);
        assertThat(v.dot(0, q)).isCloseTo(dot(a, q), within(0.01));
        assertThat(v.dot(1, a)).isCloseTo(dot(b, a), within(0.01));
        assertThat(v.dot(0, a)).isCloseTo(1.0, within(0.01));
        byte[] stored = v.encode();
        SentenceVectors back = SentenceVectors.decode(stored, 0, stored.length);
        assertThat(back.dot(1, q)).isEqualTo(v.dot(1, q));
        assertThat(back.vector(0)).containsExactly(v.vector(0));
    }

    @Test
    void anEmbedderMarksQueriesAndPassagesAsItsModelWants() {
        var seen = new java.util.ArrayList<String>();
        var model = new HashingEmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                segments.forEach(s -> seen.add(s.text()));
                return super.embedAll(segments);
            }
        };
        Embedder e5 = Retrieval.defaultEmbedder(model);
        e5.query("who won");
        e5.passages(List.of("The Hawks won."));
        assertThat(seen).containsExactly("query: who won", "passage: The Hawks won.");
        assertThat(e5.id()).isEqualTo(Retrieval.DEFAULT_MODEL_ID);
        float[] unit = e5.query("who won");
        assertThat(dot(unit, unit)).isCloseTo(1.0, within(1e-4));
    }

    private static float[] unit(Random random, int dims) {
        float[] v = new float[dims];
        double n = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) random.nextGaussian();
            n += v[i] * v[i];
        }
        for (int i = 0; i < dims; i++) {
            v[i] /= (float) Math.sqrt(n);
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
