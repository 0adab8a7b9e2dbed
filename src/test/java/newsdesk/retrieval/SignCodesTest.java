package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.Test;

class SignCodesTest {
    static final String FIELD = "v";
    static final int LATENT = 8;

    /**
     * Unit vectors crowded around one direction, as sentence vectors are, and varying mostly along a few directions
     * (a sentence vector's meaning has far fewer degrees of freedom than its dimensions).
     */
    static List<float[]> crowded(int count, int dim, long seed) {
        Random random = new Random(seed);
        float[] common = unit(random, dim);
        float[][] directions = new float[LATENT][];
        for (int k = 0; k < LATENT; k++) {
            directions[k] = unit(random, dim);
        }
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) {
                v[d] = 3 * common[d] + 0.1f * (float) random.nextGaussian();
            }
            for (float[] direction : directions) {
                float weight = (float) random.nextGaussian();
                for (int d = 0; d < dim; d++) {
                    v[d] += weight * direction[d];
                }
            }
            out.add(VectorUtil.l2normalize(v));
        }
        return out;
    }

    static float[] unit(Random random, int dim) {
        float[] v = new float[dim];
        for (int d = 0; d < dim; d++) {
            v[d] = (float) random.nextGaussian();
        }
        return VectorUtil.l2normalize(v);
    }

    /** One segment where document 3i+1 and 3i+2 hold vectors 2i and 2i+1, and document 3i holds none. */
    static DirectoryReader segment(List<float[]> vectors) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (float[] v : vectors) {
                if (writerDocs(writer) % 3 == 0) {
                    Document none = new Document();
                    none.add(new StringField("kind", "article", StringField.Store.NO));
                    writer.addDocument(none);
                }
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(FIELD, v, ArticleDocuments.SIMILARITY));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        return DirectoryReader.open(dir);
    }

    private static int writerDocs(IndexWriter writer) {
        return writer.getDocStats().maxDoc;
    }

    static int docOf(int vector) {
        return vector / 2 * 3 + 1 + vector % 2;
    }

    static int[] exactTop(List<float[]> vectors, float[] question, int n) {
        return IntStream.range(0, vectors.size()).boxed()
                .sorted(Comparator.comparingDouble(i -> -VectorUtil.dotProduct(vectors.get(i), question)))
                .limit(n).mapToInt(SignCodesTest::docOf).toArray();
    }

    @Test
    void theBestEstimatesHoldNearlyAllOfTheExactNearest() throws IOException {
        List<float[]> vectors = crowded(3000, 96, 7);
        try (DirectoryReader reader = segment(vectors)) {
            SignCodes codes = SignCodes.of(reader.leaves().get(0).reader(), FIELD);
            Random random = new Random(11);
            int found = 0;
            int wanted = 0;
            for (int q = 0; q < 30; q++) {
                float[] question = vectors.get(random.nextInt(vectors.size())).clone();
                question[random.nextInt(question.length)] += 0.5f; // near a stored vector, not equal to it
                question = VectorUtil.l2normalize(question);
                int[] kept = codes.closest(question, null, 150);
                assertThat(kept.length).isBetween(150, 200);
                for (int doc : exactTop(vectors, question, 10)) {
                    wanted++;
                    found += Arrays.binarySearch(kept, doc) >= 0 ? 1 : 0;
                }
            }
            // 150 of 3,000 kept by chance would hold 5% of them
            assertThat((double) found / wanted).isGreaterThan(0.85);
        }
    }

    @Test
    void everyVectorIsKeptWhenNoMoreThanAskedFor() throws IOException {
        List<float[]> vectors = crowded(40, 16, 3);
        try (DirectoryReader reader = segment(vectors)) {
            SignCodes codes = SignCodes.of(reader.leaves().get(0).reader(), FIELD);

            int[] kept = codes.closest(vectors.get(0), null, 40);

            assertThat(codes.size()).isEqualTo(40);
            assertThat(kept).containsExactly(IntStream.range(0, 40).map(SignCodesTest::docOf).toArray());
        }
    }

    @Test
    void refusedDocumentsAndDocumentsWithoutAVectorAreNeverKept() throws IOException {
        List<float[]> vectors = crowded(300, 32, 5);
        try (DirectoryReader reader = segment(vectors)) {
            LeafReader leaf = reader.leaves().get(0).reader();
            SignCodes codes = SignCodes.of(leaf, FIELD);
            Bits oddOnly = new Bits() {
                @Override
                public boolean get(int index) {
                    return index % 2 == 1;
                }

                @Override
                public int length() {
                    return leaf.maxDoc();
                }
            };

            int[] kept = codes.closest(vectors.get(10), oddOnly, 20);

            assertThat(kept).isNotEmpty();
            assertThat(IntStream.of(kept).boxed().toList()).allMatch(doc -> doc % 2 == 1 && doc % 3 != 0);
            assertThat(codes.closest(vectors.get(10), new Bits.MatchNoBits(leaf.maxDoc()), 20)).isEmpty();
        }
    }

    @Test
    void aQuestionOfOtherDimensionsIsRefused() throws IOException {
        try (DirectoryReader reader = segment(crowded(10, 16, 1))) {
            SignCodes codes = SignCodes.of(reader.leaves().get(0).reader(), FIELD);

            assertThatThrownBy(() -> codes.closest(new float[8], null, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 dimensions");
        }
    }

    @Test
    void aSegmentWithoutVectorsKeepsNothing() throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            Document none = new Document();
            none.add(new StringField("kind", "article", StringField.Store.NO));
            writer.addDocument(none);
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            SignCodes codes = SignCodes.of(reader.leaves().get(0).reader(), FIELD);

            assertThat(codes.size()).isZero();
            assertThat(codes.closest(new float[16], null, 5)).isEmpty();
        }
    }
}
