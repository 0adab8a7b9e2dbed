package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Questions per user and per guild in any sliding minute. A question counts against both limits only when both
 * allow it, so a refused question costs nothing.
 */
final class RateLimits {
    private static final long WINDOW_MS = Duration.ofMinutes(1).toMillis();

    private final int perUser;
    private final int perGuild;
    private final Clock clock;
    private final Cache<Long, Window> users;
    private final Cache<Long, Window> guilds;

    RateLimits(int perUserPerMinute, int perGuildPerMinute, Clock clock) {
        this.perUser = perUserPerMinute;
        this.perGuild = perGuildPerMinute;
        this.clock = clock;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.users = windows(ticker);
        this.guilds = windows(ticker);
    }

    /** Counts a question, or says how long to wait before the next one is accepted. */
    Optional<Duration> tryAcquire(long userId, long guildId) {
        Window user = users.get(userId, id -> new Window());
        Window guild = guilds.get(guildId, id -> new Window());
        long now = clock.millis();
        // always user first, then guild: the same lock order everywhere
        synchronized (user) {
            synchronized (guild) {
                long waitMs = Math.max(user.waitMs(now, perUser), guild.waitMs(now, perGuild));
                if (waitMs > 0) {
                    return Optional.of(Duration.ofMillis(waitMs));
                }
                user.hits.addLast(now);
                guild.hits.addLast(now);
                return Optional.empty();
            }
        }
    }

    /** Whole seconds to tell a person, never 0. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static String slowDown(Duration wait) {
        return "You're asking faster than I can keep up. Please try again in " + seconds(wait) + " s.";
    }

    private static Cache<Long, Window> windows(Ticker ticker) {
        return Caffeine.newBuilder().expireAfterAccess(Duration.ofMillis(WINDOW_MS)).maximumSize(100_000)
                .ticker(ticker).build();
    }

    private static final class Window {
        private final ArrayDeque<Long> hits = new ArrayDeque<>();

        long waitMs(long now, int limit) {
            while (!hits.isEmpty() && hits.peekFirst() <= now - WINDOW_MS) {
                hits.removeFirst();
            }
            return hits.size() < limit ? 0 : hits.peekFirst() + WINDOW_MS - now;
        }
    }
}
