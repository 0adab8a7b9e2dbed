package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.Turn;

/**
 * The threads the bot answers in and their question/answer turns, so a follow-up needs no mention and is asked
 * with its context. Kept in memory only: after a restart a thread needs a mention again.
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
        this.threads = Caffeine.newBuilder().maximumSize(maxThreads).expireAfterAccess(keep)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    boolean knows(long threadId) {
        return threads.getIfPresent(threadId) != null;
    }

    void open(long threadId) {
        threads.get(threadId, id -> new Conversation());
    }

    /** The earlier turns, oldest first. */
    List<Turn> turns(long threadId) {
        Conversation c = threads.getIfPresent(threadId);
        return c == null ? List.of() : c.turns();
    }

    void add(long threadId, Turn turn) {
        threads.get(threadId, id -> new Conversation()).add(turn, maxTurns);
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
