package newsdesk.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * A point in time, read from a {@link Ticker}, by which a model call must be over; one question's calls share one
 * deadline. The ticker is injected ({@link Tickers#of}): the system's monotonic one in the program, one that follows
 * a test's fake clock in tests, so a test makes time pass instead of waiting for it.
 */
public record Deadline(Ticker ticker, long atNanos) {
    public static Deadline in(Duration duration, Ticker ticker) {
        return new Deadline(ticker, ticker.read() + duration.toNanos());
    }

    public long remainingNanos() {
        return Math.max(0, atNanos - ticker.read());
    }

    public boolean passed() {
        return remainingNanos() == 0;
    }
}
