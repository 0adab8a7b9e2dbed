package newsdesk.llm;

import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.List;

/** The configured chat model, each prompt (retries included) within its own time limit. */
final class TimeLimitedModel implements LanguageModel {
    private final BoundedChat chat;
    private final Duration timeout;
    private final String description;

    TimeLimitedModel(BoundedChat chat, Duration timeout, String description) {
        this.chat = chat;
        this.timeout = timeout;
        this.description = description;
    }

    @Override
    public String reply(String prompt) throws LlmUnavailable {
        return chat.chat(List.of(UserMessage.from(prompt)), Deadline.in(timeout));
    }

    @Override
    public String toString() {
        return description;
    }
}
