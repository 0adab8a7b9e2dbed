package newsdesk.briefing;

import java.time.Instant;
import java.util.Optional;

/**
 * Posts each subscription's briefing once per local date at its time. Runs on one thread of its own that sleeps until
 * the next due instant (recomputed whenever a subscription changes); {@link #runDue} does the same work on the caller's
 * thread, which is how tests drive it with a fake clock.
 */
public interface BriefingScheduler extends AutoCloseable {

    /** Starts the scheduler's thread; briefings that came due while the bot was down are handled right away. */
    void start();

    /** Does everything due at the clock's current instant: posts, late posts, skips, retries, unfinished posts. */
    void runDue();

    /** The next instant something is due, if anything is scheduled. */
    Optional<Instant> nextDue();

    /** Subscribe, unsubscribe and list, rescheduling as they change. */
    Subscriptions subscriptions();

    @Override
    void close();
}
