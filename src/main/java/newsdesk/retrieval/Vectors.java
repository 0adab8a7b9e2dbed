package newsdesk.retrieval;

import java.util.List;

final class Vectors {
    private Vectors() {
    }

    /** A unit-length copy (the zero vector stays zero), so that the dot product is the cosine. */
    static float[] normalised(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] out = v.clone();
        if (sum == 0) {
            return out;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < out.length; i++) {
            out[i] *= scale;
        }
        return out;
    }

    /** The element-wise sum of vectors of one size. */
    static float[] sum(List<float[]> vectors) {
        float[] out = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < out.length; i++) {
                out[i] += v[i];
            }
        }
        return out;
    }
}
