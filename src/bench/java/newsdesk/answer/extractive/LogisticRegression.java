package newsdesk.answer.extractive;

import java.util.List;

/**
 * Fits a logistic model by Newton's method with an L2 penalty, on standardised features, deterministically (the
 * same rows in the same order give the same weights). The weights are returned for the raw features.
 */
final class LogisticRegression {
    private LogisticRegression() {
    }

    /** @return the weights of the raw features followed by the bias */
    static double[] fit(List<double[]> rows, List<Integer> labels, double l2, int iterations) {
        int d = rows.get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] x : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += x[j] / rows.size();
            }
        }
        for (double[] x : rows) {
            for (int j = 0; j < d; j++) {
                sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / rows.size();
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        int p = d + 1;
        double[] w = new double[p];
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[p];
            double[][] hess = new double[p][p];
            for (int r = 0; r < rows.size(); r++) {
                double[] z = standardised(rows.get(r), mean, sd);
                double s = w[d];
                for (int j = 0; j < d; j++) {
                    s += w[j] * z[j];
                }
                double prob = 1 / (1 + Math.exp(-s));
                double err = prob - labels.get(r);
                double curve = Math.max(prob * (1 - prob), 1e-9);
                for (int j = 0; j < p; j++) {
                    double zj = j < d ? z[j] : 1;
                    grad[j] += err * zj;
                    for (int k = 0; k <= j; k++) {
                        double zk = k < d ? z[k] : 1;
                        hess[j][k] += curve * zj * zk;
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < j; k++) {
                    hess[k][j] = hess[j][k];
                }
                if (j < d) {
                    grad[j] += l2 * w[j];
                    hess[j][j] += l2;
                }
            }
            double[] step = solve(hess, grad);
            for (int j = 0; j < p; j++) {
                w[j] -= step[j];
            }
        }
        double[] raw = new double[p];
        raw[d] = w[d];
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
            raw[d] -= w[j] * mean[j] / sd[j];
        }
        return raw;
    }

    private static double[] standardised(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }

    /** Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
