package newsdesk.retrieval;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99ScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;

/** The default codec with the vector graph built as {@link HnswOptions} say (public for the HNSW sweep bench). */
public final class HnswCodec {
    private HnswCodec() {
    }

    static Codec of(HnswOptions hnsw) {
        return of(hnsw.maxConnections(), hnsw.beamWidth());
    }

    /**
     * @param maxConnections M, the links per node
     * @param beamWidth candidates kept while linking a new node
     */
    public static Codec of(int maxConnections, int beamWidth) {
        return with(new Lucene99HnswVectorsFormat(maxConnections, beamWidth));
    }

    /** The same graph over vectors scalar-quantized to {@code bits} (7 or 4); the float vectors are kept too. */
    public static Codec quantized(int maxConnections, int beamWidth, int bits) {
        return with(new Lucene99HnswScalarQuantizedVectorsFormat(maxConnections, beamWidth, 1, bits, bits == 4, null,
                null));
    }

    /** Vectors stored without a graph (for the sweep's scan, which never walks one; built in seconds). */
    public static Codec withoutGraph() {
        return with(new Lucene99ScalarQuantizedVectorsFormat());
    }

    private static Codec with(KnnVectorsFormat format) {
        return new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) {
            @Override
            public KnnVectorsFormat knnVectorsFormat() {
                return new PerFieldKnnVectorsFormat() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return format;
                    }
                };
            }
        };
    }
}
