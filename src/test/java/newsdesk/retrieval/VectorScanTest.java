package newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.VectorUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VectorScanTest {
    static final List<float[]> VECTORS = SignCodesTest.crowded(600, 48, 21);
    final ByteBuffersDirectory dir = new ByteBuffersDirectory();

    /** Three segments of 200 vectors; each document's "n" is its vector's number, "half" says which half it is in. */
    @BeforeEach
    void index() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < VECTORS.size(); i++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField(ArticleDocuments.VECTOR, VECTORS.get(i), ArticleDocuments.SIMILARITY));
                doc.add(new StringField("id", "v" + i, StringField.Store.NO));
                doc.add(new StringField("half", i % 2 == 0 ? "even" : "odd", StringField.Store.NO));
                doc.add(new StoredField("n", i));
                writer.addDocument(doc);
                if (i % 200 == 199) {
                    writer.commit();
                }
            }
        }
    }

    static List<Integer> exact(float[] question, int n, IntPredicate kept) {
        return IntStream.range(0, VECTORS.size()).filter(kept).boxed()
                .sorted(Comparator.comparingDouble(i -> -VectorUtil.dotProduct(VECTORS.get(i), question)))
                .limit(n).toList();
    }

    static List<Integer> numbers(IndexSearcher searcher, List<ScoredDoc> hits) throws IOException {
        StoredFields fields = searcher.storedFields();
        List<Integer> out = new ArrayList<>();
        for (ScoredDoc h : hits) {
            out.add(fields.document(h.doc()).getField("n").numericValue().intValue());
        }
        return out;
    }

    @Test
    void findsTheExactNearestAcrossSegmentsWhenEveryVectorIsCompared() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(reader.leaves()).hasSize(3);
            VectorScan scan = new VectorScan(ArticleDocuments.VECTOR, 40); // 5 wanted x 40 = every vector of a segment

            for (int q : new int[] {0, 250, 599}) {
                float[] question = VECTORS.get((q + 17) % VECTORS.size()).clone();
                question[q % 48] += 0.3f;
                List<ScoredDoc> hits = scan.search(searcher, VectorUtil.l2normalize(question), null, 5);

                assertThat(numbers(searcher, hits)).containsExactlyElementsOf(exact(question, 5, i -> true));
                assertThat(hits).extracting(ScoredDoc::score).isSortedAccordingTo(Comparator.reverseOrder());
                assertThat(hits.get(0).score()).isEqualTo(
                        (double) ArticleDocuments.SIMILARITY.compare(question, VECTORS.get(numbers(searcher, hits).get(0))));
            }
        }
    }

    @Test
    void keepsOnlyWhatTheFilterKeepsAndNeverADeletedDocument() throws IOException {
        float[] question = VECTORS.get(100);
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig()
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i : exact(question, 3, i -> i % 2 == 0)) {
                writer.deleteDocuments(new Term("id", "v" + i));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            VectorScan scan = new VectorScan(ArticleDocuments.VECTOR, 40);
            List<Integer> deleted = exact(question, 3, i -> i % 2 == 0);

            List<Integer> hits = numbers(searcher, scan.search(searcher, question, new TermQuery(new Term("half", "even")), 5));

            assertThat(hits).hasSize(5).allMatch(n -> n % 2 == 0).doesNotContainAnyElementsOf(deleted);
            assertThat(hits).containsExactlyElementsOf(exact(question, 8, i -> i % 2 == 0).subList(3, 8));
            assertThat(scan.search(searcher, question, new TermQuery(new Term("half", "none")), 5)).isEmpty();
        }
    }

    @Test
    void findsNearlyAllOfTheExactNearestWhenOnlyAFewAreCompared() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            VectorScan scan = new VectorScan(ArticleDocuments.VECTOR, 4); // 40 of each segment's 200 compared
            int found = 0;
            for (int q = 0; q < 40; q++) {
                float[] question = VECTORS.get(q * 15).clone();
                question[q] -= 0.4f;
                question = VectorUtil.l2normalize(question);
                List<Integer> hits = numbers(searcher, scan.search(searcher, question, null, 10));
                found += (int) exact(question, 10, i -> true).stream().filter(hits::contains).count();
            }
            assertThat(found / 400.0).isGreaterThan(0.95);
        }
    }
}
