package newsdesk.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition that another thread or process makes true, checking it often, up to a generous limit (a
 * failure to happen at all, not a speed measurement: speed is the benchmarks' business).
 */
public final class Eventually {
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private Eventually() {
    }

    public static void holds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + LIMIT.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
    }
}
