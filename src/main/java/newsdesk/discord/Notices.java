package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Throttles the short notices the bot posts in public (busy, slow down, not enabled here, ask a question): a
 * message cannot be answered privately, so each kind of notice goes to a person at most once a minute in a channel,
 * and a burst of mentions gets one notice, not one each.
 */
final class Notices {
    static final Duration EVERY = Duration.ofMinutes(1);

    private record Key(String kind, long userId, long channelId) {
    }

    private final Cache<Key, Boolean> recent;

    Notices(Clock clock) {
        this.recent = Caffeine.newBuilder().expireAfterWrite(EVERY).maximumSize(50_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** True if this notice may be posted now (and counts it); false if the person got it less than a minute ago. */
    boolean mayPost(String kind, long userId, long channelId) {
        return recent.asMap().putIfAbsent(new Key(kind, userId, channelId), Boolean.TRUE) == null;
    }
}
