package newsdesk.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;

/** The ticker that goes with an injected clock. */
public final class Tickers {
    private static final Class<?> SYSTEM_CLOCK = Clock.systemUTC().getClass();

    private Tickers() {
    }

    /**
     * The system's monotonic ticker for the system clock (a wall clock can jump); for any other clock (a test's),
     * the clock's own time in nanoseconds, so that time passes in deadlines exactly as the clock is moved.
     */
    public static Ticker of(Clock clock) {
        if (clock.getClass() == SYSTEM_CLOCK) {
            return Ticker.systemTicker();
        }
        return () -> {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
