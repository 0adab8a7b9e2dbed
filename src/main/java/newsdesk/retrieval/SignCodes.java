package newsdesk.retrieval;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * One segment's vectors, one bit per dimension: set where the vector lies above the segment's mean vector. With each
 * vector's mean distance from that mean, the bits estimate the dot product with a question in a few bit counts per
 * vector, so one pass over every vector of the segment finds the few worth comparing exactly.
 *
 * <p>The estimate is asymmetric: the question keeps {@value #QUERY_BITS} bits per dimension (centred the same way),
 * and for vector v with signs s and mean distance a it is a·Σ(q−mean)ᵢ·sᵢ, an estimate of the dot product of the
 * two centred vectors. That leaves out each vector's own dot product with the mean, which the exact comparison puts
 * back. Centring matters because sentence vectors crowd into a narrow cone, where raw signs hardly differ from one
 * vector to the next.
 */
final class SignCodes {
    static final int QUERY_BITS = 4;
    private static final int LEVELS = (1 << QUERY_BITS) - 1;
    /** Resolution of the one-pass selection of the best estimates. */
    private static final int BUCKETS = 4096;

    private final float[] mean;
    private final int words;
    private final long[] bits;
    private final float[] spread;
    private final int[] ones;
    private final int[] docs;

    private SignCodes(float[] mean, long[] bits, float[] spread, int[] ones, int[] docs) {
        this.mean = mean;
        this.words = words(mean.length);
        this.bits = bits;
        this.spread = spread;
        this.ones = ones;
        this.docs = docs;
    }

    /** Reads the segment's vectors of {@code field} twice: once for their mean, once for their bits. */
    static SignCodes of(LeafReader segment, String field) throws IOException {
        FloatVectorValues values = segment.getFloatVectorValues(field);
        if (values == null || values.size() == 0) {
            return new SignCodes(new float[0], new long[0], new float[0], new int[0], new int[0]);
        }
        int dim = values.dimension();
        int size = values.size();
        double[] sum = new double[dim];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            float[] v = values.vectorValue();
            for (int i = 0; i < dim; i++) {
                sum[i] += v[i];
            }
        }
        float[] mean = new float[dim];
        for (int i = 0; i < dim; i++) {
            mean[i] = (float) (sum[i] / size);
        }
        int words = words(dim);
        long[] bits = new long[size * words];
        float[] spread = new float[size];
        int[] ones = new int[size];
        int[] docs = new int[size];
        values = segment.getFloatVectorValues(field);
        int ord = 0;
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc(), ord++) {
            float[] v = values.vectorValue();
            double distance = 0;
            for (int i = 0; i < dim; i++) {
                float centred = v[i] - mean[i];
                distance += Math.abs(centred);
                if (centred > 0) {
                    bits[ord * words + i / Long.SIZE] |= 1L << (i % Long.SIZE);
                }
            }
            spread[ord] = (float) (distance / dim);
            for (int w = 0; w < words; w++) {
                ones[ord] += Long.bitCount(bits[ord * words + w]);
            }
            docs[ord] = doc;
        }
        return new SignCodes(mean, bits, spread, ones, docs);
    }

    int size() {
        return docs.length;
    }

    /**
     * The segment's documents (ascending) among those {@code accepted} (null: all) whose estimated dot product with
     * {@code question} is among the {@code count} highest; a few more when estimates tie at the cut, all when there are
     * no more than {@code count}.
     */
    int[] closest(float[] question, Bits accepted, int count) {
        int size = size();
        if (size == 0) {
            return new int[0];
        }
        if (question.length != mean.length) {
            throw new IllegalArgumentException("a question of " + question.length + " dimensions, vectors of "
                    + mean.length);
        }
        float[] estimates = estimates(question, accepted);
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        int candidates = 0;
        for (float e : estimates) {
            if (e != Float.NEGATIVE_INFINITY) {
                low = Math.min(low, e);
                high = Math.max(high, e);
                candidates++;
            }
        }
        // Estimates are counted into buckets from low to high; the top buckets holding at least count are kept.
        float width = candidates > count && high > low ? (high - low) / (BUCKETS - 1) : 0;
        int[] buckets = new int[width > 0 ? BUCKETS : 1];
        for (int ord = 0; ord < size; ord++) {
            if (estimates[ord] != Float.NEGATIVE_INFINITY) {
                buckets[bucket(estimates[ord], low, width)]++;
            }
        }
        int lowest = buckets.length - 1;
        for (int kept = buckets[lowest]; lowest > 0 && kept < count; kept += buckets[--lowest]) {
            // one more bucket, from the top down
        }
        int[] out = new int[size];
        int n = 0;
        for (int ord = 0; ord < size; ord++) {
            if (estimates[ord] != Float.NEGATIVE_INFINITY && bucket(estimates[ord], low, width) >= lowest) {
                out[n++] = docs[ord];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int bucket(float estimate, float low, float width) {
        return width == 0 ? 0 : Math.min(BUCKETS - 1, (int) ((estimate - low) / width));
    }

    /** Per ordinal, the estimated dot product of the centred question and vector, or -∞ if refused. */
    private float[] estimates(float[] question, Bits accepted) {
        int dim = mean.length;
        float[] centred = new float[dim];
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        float total = 0;
        for (int i = 0; i < dim; i++) {
            centred[i] = question[i] - mean[i];
            low = Math.min(low, centred[i]);
            high = Math.max(high, centred[i]);
            total += centred[i];
        }
        float step = high > low ? (high - low) / LEVELS : 1;
        long[] planes = new long[QUERY_BITS * words];
        for (int i = 0; i < dim; i++) {
            int level = Math.round((centred[i] - low) / step);
            for (int p = 0; p < QUERY_BITS; p++) {
                if ((level >> p & 1) != 0) {
                    planes[p * words + i / Long.SIZE] |= 1L << (i % Long.SIZE);
                }
            }
        }
        float[] out = new float[size()];
        for (int ord = 0, at = 0; ord < out.length; ord++, at += words) {
            if (accepted != null && !accepted.get(docs[ord])) {
                out[ord] = Float.NEGATIVE_INFINITY;
                continue;
            }
            int weighted = 0;
            for (int w = 0; w < words; w++) {
                long code = bits[at + w];
                for (int p = 0; p < QUERY_BITS; p++) {
                    weighted += Long.bitCount(code & planes[p * words + w]) << p;
                }
            }
            float selected = low * ones[ord] + step * weighted; // Σ centredᵢ over the set bits
            out[ord] = spread[ord] * (2 * selected - total);
        }
        return out;
    }

    private static int words(int dim) {
        return (dim + Long.SIZE - 1) / Long.SIZE;
    }
}
