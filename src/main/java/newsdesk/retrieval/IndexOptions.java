package newsdesk.retrieval;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.slf4j.LoggerFactory;

/**
 * Choices fixed in code (measured, see {@code RetrievalEval} and {@code bench}) rather than settings.
 *
 * @param analyzer for the BM25 field, at index and query time
 * @param titleInBody whether the article title is indexed with each passage for BM25
 * @param fusion how hybrid search merges the BM25 and vector rankings, given rrf-k
 * @param hnsw how the vector graph is built and searched
 * @param scan up to which size vector search scans every vector instead of searching the graph
 * @param writerWait how a writer waits for another process to release the index
 * @param refreshInterval how often, at most, searches check for commits from elsewhere
 */
record IndexOptions(Supplier<Analyzer> analyzer, boolean titleInBody, IntFunction<Fusion> fusion, HnswOptions hnsw,
                    ScanOptions scan, WriterWait writerWait, Duration refreshInterval) {

    /**
     * Measured on the sample's question set: the English analyzer's stemming beats the standard analyzer; a title in
     * the BM25 body lowers recall; weighting the vector list 1.5x in RRF lifts MRR for every k and candidate count
     * tried. See RetrievalEval.
     */
    static final IndexOptions DEFAULT = new IndexOptions(EnglishAnalyzer::new, false,
            k -> new ReciprocalRankFusion(k, 1.0, 1.5), HnswOptions.DEFAULT,
            ScanOptions.DEFAULT, WriterWait.of(Optional.empty(), LoggerFactory.getLogger(IndexOptions.class)::info),
            Duration.ofMillis(250));

    IndexOptions withWriterWait(WriterWait wait) {
        return new IndexOptions(analyzer, titleInBody, fusion, hnsw, scan, wait, refreshInterval);
    }

    IndexOptions withFusion(IntFunction<Fusion> other) {
        return new IndexOptions(analyzer, titleInBody, other, hnsw, scan, writerWait, refreshInterval);
    }

    IndexOptions withTitleInBody(boolean inBody) {
        return new IndexOptions(analyzer, inBody, fusion, hnsw, scan, writerWait, refreshInterval);
    }

    IndexOptions withAnalyzer(Supplier<Analyzer> other) {
        return new IndexOptions(other, titleInBody, fusion, hnsw, scan, writerWait, refreshInterval);
    }

    IndexOptions withScan(ScanOptions other) {
        return new IndexOptions(analyzer, titleInBody, fusion, hnsw, other, writerWait, refreshInterval);
    }

    IndexOptions withHnsw(HnswOptions other) {
        return new IndexOptions(analyzer, titleInBody, fusion, other, scan, writerWait, refreshInterval);
    }
}
