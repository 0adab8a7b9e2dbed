package newsdesk.answer;

import dev.langchain4j.data.message.UserMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsdesk.prompt.PromptTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites a follow-up into a standalone question with the language model and {@code prompts/followup.txt}.
 * A question without history is returned as asked, without a call; on any failure, so is a follow-up.
 */
final class LlmQuestionRewriter implements QuestionRewriter {
    private static final Logger log = LoggerFactory.getLogger(LlmQuestionRewriter.class);
    private static final Pattern LABEL = Pattern.compile(
            "^(?:standalone question|rewritten question|question)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE = Pattern.compile("@\\w|<[@#]|https?://|www\\.", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CHARS = 1000;

    private final BoundedChat chat;
    private final PromptTemplate followup;
    private final Clock clock;
    private final Duration timeout;

    LlmQuestionRewriter(BoundedChat chat, PromptTemplate followup, Clock clock, Duration timeout) {
        this.chat = chat;
        this.followup = followup;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public String standalone(Question q) {
        try {
            return rewrite(q, Deadline.in(timeout));
        } catch (LlmUnavailable e) {
            log.warn("language model unavailable ({}) for rewriting a follow-up: {}; using the question as asked",
                    e.reason(), e.detail());
            return q.text();
        }
    }

    /** Throws when the model is unavailable, so the caller can skip it for the answer too. */
    String rewrite(Question q, Deadline deadline) throws LlmUnavailable {
        if (q.history().isEmpty() || q.text().isBlank()) {
            return q.text();
        }
        String prompt = followup.render(Map.of(
                "question", PromptText.asData(q.text()),
                "history", PromptText.history(q.history()),
                "today", PromptText.today(clock)));
        String reply = chat.chat(List.of(UserMessage.from(prompt)), deadline);
        Optional<String> standalone = cleaned(reply);
        if (standalone.isEmpty()) {
            log.debug("unusable rewrite of a follow-up, using it as asked: {}", reply);
        }
        return standalone.orElse(q.text());
    }

    static Optional<String> cleaned(String reply) {
        String line = reply.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = LABEL.matcher(line).replaceFirst("").strip();
        if (line.length() >= 2 && "\"'`“".indexOf(line.charAt(0)) >= 0 && "\"'`”".indexOf(line.charAt(line.length() - 1)) >= 0) {
            line = line.substring(1, line.length() - 1).strip();
        }
        if (line.isEmpty() || line.length() > MAX_CHARS || UNSAFE.matcher(line).find()) {
            return Optional.empty();
        }
        return Optional.of(line);
    }
}
