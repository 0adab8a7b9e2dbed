package newsdesk.retrieval;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The unit vectors of an article's sentences, each stored as signed bytes with one scale (a quarter of the space
 * of floats; the cosine moves by about 0.001). Made at ingest, so a question costs one embedding, not one per
 * sentence.
 */
public final class SentenceVectors {
    private final int size;
    private final int dimensions;
    private final byte[] values;
    private final float[] scales;

    private SentenceVectors(int size, int dimensions, byte[] values, float[] scales) {
        this.size = size;
        this.dimensions = dimensions;
        this.values = values;
        this.scales = scales;
    }

    public static SentenceVectors quantize(List<float[]> vectors) {
        int dims = vectors.isEmpty() ? 0 : vectors.get(0).length;
        byte[] values = new byte[vectors.size() * dims];
        float[] scales = new float[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            if (v.length != dims) {
                throw new IllegalArgumentException("vectors of different sizes: " + v.length + " and " + dims);
            }
            float max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            float scale = max == 0 ? 0 : max / 127f;
            scales[i] = scale;
            for (int d = 0; d < dims; d++) {
                values[i * dims + d] = scale == 0 ? 0 : (byte) Math.round(v[d] / scale);
            }
        }
        return new SentenceVectors(vectors.size(), dims, values, scales);
    }

    public int size() {
        return size;
    }

    public int dimensions() {
        return dimensions;
    }

    /** The dot product of sentence {@code i} with a vector (the cosine, for a unit query). */
    public double dot(int i, float[] query) {
        if (query.length != dimensions) {
            throw new IllegalArgumentException("a " + query.length + "-dimensional query for "
                    + dimensions + "-dimensional sentence vectors");
        }
        int base = i * dimensions;
        double sum = 0;
        for (int d = 0; d < dimensions; d++) {
            sum += values[base + d] * query[d];
        }
        return sum * scales[i];
    }

    /** Sentence {@code i}'s vector, as stored. */
    public float[] vector(int i) {
        float[] out = new float[dimensions];
        int base = i * dimensions;
        for (int d = 0; d < dimensions; d++) {
            out[d] = values[base + d] * scales[i];
        }
        return out;
    }

    byte[] encode() {
        ByteBuffer buf = ByteBuffer.allocate(8 + 4 * size + values.length);
        buf.putInt(size).putInt(dimensions);
        for (float s : scales) {
            buf.putFloat(s);
        }
        buf.put(values);
        return buf.array();
    }

    static SentenceVectors decode(byte[] bytes, int offset, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        int size = buf.getInt();
        int dims = buf.getInt();
        float[] scales = new float[size];
        for (int i = 0; i < size; i++) {
            scales[i] = buf.getFloat();
        }
        byte[] values = new byte[size * dims];
        buf.get(values);
        return new SentenceVectors(size, dims, values, scales);
    }
}
