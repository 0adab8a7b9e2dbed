package newsdesk.bench;

import static newsdesk.bench.Figures.num;
import static newsdesk.bench.Figures.round3;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class Percentiles {
    private Percentiles() {
    }

    /** Runs every input {@code rounds} times over and reports the round with the lowest p95. */
    static <T> Map<String, Object> bestOf(int rounds, List<T> inputs, java.util.function.ToLongFunction<T> timing) {
        Map<String, Object> best = null;
        for (int round = 0; round < rounds; round++) {
            Map<String, Object> m = of(inputs, timing);
            if (best == null || num(m.get("p95")) < num(best.get("p95"))) {
                best = m;
            }
        }
        best.put("rounds", rounds);
        return best;
    }

    static <T> Map<String, Object> of(List<T> inputs, java.util.function.ToLongFunction<T> timing) {
        long[] nanos = new long[inputs.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = timing.applyAsLong(inputs.get(i));
        }
        Arrays.sort(nanos);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", nanos.length);
        m.put("p50", round3(at(nanos, 0.50) / 1e6));
        m.put("p95", round3(at(nanos, 0.95) / 1e6));
        m.put("p99", round3(at(nanos, 0.99) / 1e6));
        m.put("mean", round3(Arrays.stream(nanos).average().orElse(0) / 1e6));
        return m;
    }

    private static long at(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
