package newsdesk.briefing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A channel that keeps posted messages in memory, like Discord: it can refuse, fail, lose answers, "crash" the
 * caller, and (when asked) de-duplicate a repeated nonce within a few minutes as {@code enforce_nonce} does.
 */
final class FakeChannel implements BriefingChannel {
    record Message(String id, String channelId, String content, String nonce, Instant at) {
    }

    /** Thrown out of a post to stand for the process dying there. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    enum Next { POST, POST_THEN_CRASH, CRASH_BEFORE_POST, POST_BUT_TIME_OUT }

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(1000);
    final List<Message> messages = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Deque<Object> script = new ArrayDeque<>();
    boolean enforceNonce;

    FakeChannel(Clock clock) {
        this.clock = clock;
    }

    /** Queues what the next posts do: a {@link Next} or a {@link PostResult} to answer without posting. */
    FakeChannel then(Object... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    @Override
    public synchronized PostResult post(String guildId, String channelId, String content, String nonce) {
        calls.add("post " + channelId + " " + nonce);
        Object next = script.isEmpty() ? Next.POST : script.poll();
        if (next instanceof PostResult r) {
            return r;
        }
        if (next == Next.CRASH_BEFORE_POST) {
            throw new Crash();
        }
        if (enforceNonce) {
            for (Message m : messages) {
                if (m.nonce().equals(nonce) && Duration.between(m.at(), clock.instant()).toMinutes() < 5) {
                    return PostResult.posted(m.id());
                }
            }
        }
        Message m = new Message(String.valueOf(ids.incrementAndGet()), channelId, content, nonce, clock.instant());
        messages.add(m);
        return switch ((Next) next) {
            case POST_THEN_CRASH -> throw new Crash();
            case POST_BUT_TIME_OUT -> PostResult.transientFailure("timeout");
            default -> PostResult.posted(m.id());
        };
    }

    @Override
    public synchronized PostResult findPosted(String guildId, String channelId, String nonce, Instant after) {
        calls.add("find " + channelId + " " + nonce);
        for (Message m : messages) {
            if (m.channelId().equals(channelId) && !m.at().isBefore(after) && m.content().contains(nonce)) {
                return PostResult.posted(m.id());
            }
        }
        return PostResult.notFound();
    }

    synchronized List<Message> in(String channelId) {
        return messages.stream().filter(m -> m.channelId().equals(channelId)).toList();
    }
}
