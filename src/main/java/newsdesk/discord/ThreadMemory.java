package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.Turn;

/**
 * The question/answer turns of the threads the bot answers in, so a follow-up is asked with its context. Only a
 * cache: a thread it no longer holds (after a restart, or a day without an answer) is read back from the thread's
 * history ({@link ThreadHistory}). Whether the bot answers in a thread never depends on it.
 */
final class ThreadMemory {
    static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_THREADS = 10_000;
    static final int MAX_TURNS = 8;

    private final Cache<Long, Conversation> threads;
    private final int maxTurns;

    ThreadMemory(Clock clock) {
        this(MAX_THREADS, KEEP, MAX_TURNS, clock);
    }

    ThreadMemory(int maxThreads, Duration keep, int maxTurns, Clock clock) {
        this.maxTurns = maxTurns;
        // kept for a day after the last answer: reading the turns (chatter in the thread) does not extend it
        this.threads = Caffeine.newBuilder().maximumSize(maxThreads).expireAfterWrite(keep)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** The earlier turns, oldest first; empty when the thread is not held (never answered in, or forgotten). */
    Optional<List<Turn>> turns(long threadId) {
        Conversation c = threads.getIfPresent(threadId);
        return c == null ? Optional.empty() : Optional.of(c.turns());
    }

    /** Holds the turns read back from a thread's history, replacing what was held. */
    void remember(long threadId, List<Turn> turns) {
        Conversation c = new Conversation();
        turns.forEach(t -> c.add(t, maxTurns));
        threads.put(threadId, c);
    }

    void add(long threadId, Turn turn) {
        Conversation c = threads.get(threadId, id -> new Conversation());
        c.add(turn, maxTurns);
        threads.put(threadId, c); // a write: the thread is kept a day from now
    }

    private static final class Conversation {
        private final List<Turn> turns = new ArrayList<>();

        synchronized List<Turn> turns() {
            return List.copyOf(turns);
        }

        synchronized void add(Turn turn, int max) {
            turns.add(turn);
            while (turns.size() > max) {
                turns.remove(0);
            }
        }
    }
}
