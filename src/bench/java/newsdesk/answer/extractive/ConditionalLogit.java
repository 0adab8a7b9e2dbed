package newsdesk.answer.extractive;

import java.util.List;

/**
 * Fits a ranking model: within each group (the candidate sentences of one question) the probability of a candidate
 * is the softmax of its linear score, and the likelihood is that of the group's right candidates. Newton's method
 * with an L2 penalty on standardised features; deterministic. The weights are returned for the raw features.
 */
final class ConditionalLogit {
    private ConditionalLogit() {
    }

    /**
     * @param groups each group's feature rows
     * @param right each group's labels (1 for a right candidate); only groups with at least one count
     */
    static double[] fit(List<List<double[]>> groups, List<int[]> right, double l2, int iterations) {
        int d = groups.get(0).get(0).length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        long n = 0;
        for (List<double[]> g : groups) {
            for (double[] x : g) {
                n++;
                for (int j = 0; j < d; j++) {
                    mean[j] += x[j];
                }
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (List<double[]> g : groups) {
            for (double[] x : g) {
                for (int j = 0; j < d; j++) {
                    sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / n;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        List<double[][]> standard = new java.util.ArrayList<>();
        List<int[]> labels = new java.util.ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (java.util.Arrays.stream(right.get(g)).sum() == 0) {
                continue;
            }
            double[][] z = new double[groups.get(g).size()][];
            for (int i = 0; i < z.length; i++) {
                z[i] = standardised(groups.get(g).get(i), mean, sd);
            }
            standard.add(z);
            labels.add(right.get(g));
        }
        double[] w = new double[d];
        double loss = loss(standard, labels, w, l2);
        for (int it = 0; it < iterations; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int g = 0; g < standard.size(); g++) {
                double[][] z = standard.get(g);
                int[] y = labels.get(g);
                double[] s = scores(z, w);
                double[] p = softmax(s, null);
                double[] r = softmax(s, y);
                double[] expected = new double[d];
                for (int i = 0; i < p.length; i++) {
                    for (int j = 0; j < d; j++) {
                        grad[j] += (p[i] - r[i]) * z[i][j];
                        expected[j] += p[i] * z[i][j];
                    }
                }
                for (int i = 0; i < p.length; i++) {
                    for (int j = 0; j < d; j++) {
                        double zj = z[i][j] - expected[j];
                        for (int k = 0; k <= j; k++) {
                            hess[j][k] += p[i] * zj * (z[i][k] - expected[k]);
                        }
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < j; k++) {
                    hess[k][j] = hess[j][k];
                }
                grad[j] += l2 * w[j];
                hess[j][j] += l2;
            }
            double[] step = LogisticRegression.solve(hess, grad);
            // step halving keeps every iteration an improvement
            for (double scale = 1; scale > 1e-4; scale /= 2) {
                double[] next = new double[d];
                for (int j = 0; j < d; j++) {
                    next[j] = w[j] - scale * step[j];
                }
                double nextLoss = loss(standard, labels, next, l2);
                if (nextLoss < loss) {
                    w = next;
                    loss = nextLoss;
                    break;
                }
            }
        }
        double[] raw = new double[d + 1];
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / sd[j];
        }
        return raw;
    }

    private static double[] scores(double[][] z, double[] w) {
        double[] s = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < w.length; j++) {
                s[i] += w[j] * z[i][j];
            }
        }
        return s;
    }

    /** The softmax of the scores, over all candidates, or over the right ones only (the others get 0). */
    private static double[] softmax(double[] s, int[] onlyRight) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            if (onlyRight == null || onlyRight[i] == 1) {
                max = Math.max(max, s[i]);
            }
        }
        double[] p = new double[s.length];
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            if (onlyRight == null || onlyRight[i] == 1) {
                p[i] = Math.exp(s[i] - max);
                sum += p[i];
            }
        }
        for (int i = 0; i < s.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Minus the log likelihood of the right candidates, plus the penalty. */
    private static double loss(List<double[][]> groups, List<int[]> labels, double[] w, double l2) {
        double loss = 0;
        for (int g = 0; g < groups.size(); g++) {
            double[] s = scores(groups.get(g), w);
            double max = java.util.Arrays.stream(s).max().orElse(0);
            double all = 0;
            double rightSum = 0;
            for (int i = 0; i < s.length; i++) {
                double e = Math.exp(s[i] - max);
                all += e;
                rightSum += labels.get(g)[i] == 1 ? e : 0;
            }
            loss -= Math.log(rightSum / all);
        }
        for (double v : w) {
            loss += l2 * v * v / 2;
        }
        return loss;
    }

    private static double[] standardised(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
