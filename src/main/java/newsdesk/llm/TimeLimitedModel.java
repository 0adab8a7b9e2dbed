package newsdesk.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;

/** The configured chat model, each prompt (retries included) within its own time limit. */
final class TimeLimitedModel implements LanguageModel {
    private final BoundedChat chat;
    private final Duration timeout;
    private final String description;
    private final Ticker ticker;

    TimeLimitedModel(BoundedChat chat, Duration timeout, String description, Ticker ticker) {
        this.chat = chat;
        this.timeout = timeout;
        this.description = description;
        this.ticker = ticker;
    }

    @Override
    public String reply(String prompt) throws LlmUnavailable {
        return chat.chat(List.of(UserMessage.from(prompt)), Deadline.in(timeout, ticker));
    }

    @Override
    public String toString() {
        return description;
    }
}
