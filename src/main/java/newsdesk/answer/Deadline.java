package newsdesk.answer;

import java.time.Duration;

/** A point in monotonic time by which a model call must be over; one question's calls share one deadline. */
record Deadline(long atNanos) {
    static Deadline in(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    long remainingNanos() {
        return Math.max(0, atNanos - System.nanoTime());
    }

    boolean passed() {
        return remainingNanos() == 0;
    }
}
