package newsdesk.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import newsdesk.answer.Answer;

/**
 * The answers given in the last week, by the short id their buttons carry and by the ids of the messages they were
 * sent as: what a button click (sources, feedback, continue in a thread) or a reply to an answer needs to know about
 * it. Memory only; after a restart the buttons fall back on what the message itself shows.
 */
final class RecentAnswers {
    static final Duration KEEP = Duration.ofDays(7);
    static final int MAX = 20_000;

    /** One answer as given: the question as asked and where. */
    record Given(String answerId, String question, Answer answer) {
    }

    private final Cache<String, Given> byAnswer;
    private final Cache<Long, String> byMessage;

    RecentAnswers(Clock clock) {
        this.byAnswer = Caffeine.newBuilder().maximumSize(MAX).expireAfterWrite(KEEP)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        this.byMessage = Caffeine.newBuilder().maximumSize(MAX * 2L).expireAfterWrite(KEEP)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** Notes an answer about to be sent; returns the id its buttons carry. */
    String remember(String question, Answer answer) {
        String id = Ids.next();
        byAnswer.put(id, new Given(id, question, answer));
        return id;
    }

    void sentAs(String answerId, List<Long> messageIds) {
        messageIds.forEach(m -> byMessage.put(m, answerId));
    }

    Optional<Given> byAnswerId(String answerId) {
        return Optional.ofNullable(byAnswer.getIfPresent(answerId));
    }

    Optional<Given> byMessageId(long messageId) {
        String id = byMessage.getIfPresent(messageId);
        return id == null ? Optional.empty() : byAnswerId(id);
    }
}
