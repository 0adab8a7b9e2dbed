package newsdesk.llm;

import java.time.Duration;

/** A point in monotonic time by which a model call must be over; one question's calls share one deadline. */
public record Deadline(long atNanos) {
    public static Deadline in(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    public long remainingNanos() {
        return Math.max(0, atNanos - System.nanoTime());
    }

    public boolean passed() {
        return remainingNanos() == 0;
    }
}
