package newsdesk.database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** When to try a lost connection again: at once the first time, then after a pause that doubles up to a limit. */
final class Backoff {
    static final Duration FIRST = Duration.ofMillis(500);
    static final Duration MAX = Duration.ofSeconds(30);

    private final Clock clock;
    private Duration pause = Duration.ZERO;
    private Instant notBefore = Instant.MIN;

    Backoff(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean mayTry() {
        return !clock.instant().isBefore(notBefore);
    }

    /** How long until the next try is allowed. */
    synchronized Duration remaining() {
        Duration d = Duration.between(clock.instant(), notBefore);
        return d.isNegative() ? Duration.ZERO : d;
    }

    synchronized void failed() {
        pause = pause.isZero() ? FIRST : pause.multipliedBy(2);
        if (pause.compareTo(MAX) > 0) {
            pause = MAX;
        }
        notBefore = clock.instant().plus(pause);
    }

    synchronized void succeeded() {
        pause = Duration.ZERO;
        notBefore = Instant.MIN;
    }
}
