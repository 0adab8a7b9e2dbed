package newsdesk.answer;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Consumer;
import newsdesk.llm.Deadline;
import newsdesk.llm.LlmUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the language model and, when it is unavailable (timeout, 429, 5xx, refused connection, malformed or
 * incomplete reply, stalled stream), gives the offline answer with a notice saying so, within the model's time
 * limit plus the offline answer's own few milliseconds. Each failure is logged once, at warn, without a stack trace.
 */
final class FallbackAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(FallbackAnswerer.class);
    static final String UNAVAILABLE_PREFIX = "The language model was unavailable";

    private final LlmAnswerer llm;
    private final Answerer offline;
    private final Duration timeout;
    private final QuestionGuard guard;
    private final Ticker ticker;

    /** @param ticker tells the time for the deadline and for {@link Answer#tookMs} */
    FallbackAnswerer(LlmAnswerer llm, Answerer offline, Duration timeout, int maxQuestionChars, Ticker ticker) {
        this.llm = llm;
        this.offline = offline;
        this.timeout = timeout;
        this.guard = new QuestionGuard(maxQuestionChars);
        this.ticker = ticker;
    }

    @Override
    public Answer answer(Question question) {
        return answer(question, null);
    }

    @Override
    public Answer answer(Question question, Consumer<String> partialText) {
        long start = ticker.read();
        Answer answer;
        if (guard.refuse(question).isPresent()) {
            answer = offline.answer(question);  // it declines politely; no model call for that
        } else {
            try {
                answer = llm.answer(question, partialText, Deadline.in(timeout, ticker));
            } catch (LlmUnavailable e) {
                log.warn("language model unavailable ({}): {}; answered offline", e.reason(), e.detail());
                answer = offline.answer(question).withNotice(unavailableNotice(e.reason()));
            } catch (RuntimeException e) {
                log.warn("the language-model answer failed unexpectedly; answered offline", e);
                answer = offline.answer(question).withNotice(unavailableNotice("error"));
            }
        }
        return answer.withTiming((ticker.read() - start) / 1_000_000);
    }

    static String unavailableNotice(String reason) {
        return UNAVAILABLE_PREFIX + " (" + reason + "); this is the offline answer.";
    }

    /** A fallback is not worth caching: the next ask should try the model again. */
    static boolean isFallback(Answer answer) {
        return answer.notice() != null && answer.notice().startsWith(UNAVAILABLE_PREFIX);
    }
}
