package newsdesk.retrieval;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.slf4j.LoggerFactory;

/**
 * Choices fixed in code (measured on the eval set, see {@code RetrievalEval}) rather than settings.
 *
 * @param analyzer for the BM25 field, at index and query time
 * @param titleInBody whether the article title is indexed with each passage for BM25
 * @param titleInEmbedding whether the article title is prefixed to each passage before embedding
 * @param fusion how hybrid search merges the BM25 and vector rankings, given rrf-k
 * @param writerWait how a writer waits for another process to release the index
 * @param refreshInterval how often, at most, searches check for commits from elsewhere
 */
record IndexOptions(Supplier<Analyzer> analyzer, boolean titleInBody, boolean titleInEmbedding,
                    IntFunction<Fusion> fusion, WriterWait writerWait, Duration refreshInterval) {

    /**
     * Measured on the eval set (16 questions over the sample article): the English analyzer's stemming beats the
     * standard analyzer; a title in the BM25 body or in the embedding lowers recall; weighting the vector list 1.5x
     * in RRF lifts MRR (0.885 to 0.919) for every k and candidate count tried. See RetrievalEval.
     */
    static final IndexOptions DEFAULT = new IndexOptions(EnglishAnalyzer::new, false, false,
            k -> new ReciprocalRankFusion(k, 1.0, 1.5),
            WriterWait.of(Optional.empty(), LoggerFactory.getLogger(IndexOptions.class)::info), Duration.ofMillis(250));

    IndexOptions withWriterWait(WriterWait wait) {
        return new IndexOptions(analyzer, titleInBody, titleInEmbedding, fusion, wait, refreshInterval);
    }

    IndexOptions withFusion(IntFunction<Fusion> other) {
        return new IndexOptions(analyzer, titleInBody, titleInEmbedding, other, writerWait, refreshInterval);
    }

    IndexOptions withTitle(boolean inBody, boolean inEmbedding) {
        return new IndexOptions(analyzer, inBody, inEmbedding, fusion, writerWait, refreshInterval);
    }

    IndexOptions withAnalyzer(Supplier<Analyzer> other) {
        return new IndexOptions(other, titleInBody, titleInEmbedding, fusion, writerWait, refreshInterval);
    }
}
