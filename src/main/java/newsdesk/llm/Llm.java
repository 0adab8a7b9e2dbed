package newsdesk.llm;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import newsdesk.prompt.PromptException;
import newsdesk.prompt.PromptTemplates;

/** Builds the language-model clients from checked settings. */
public final class Llm {
    private Llm() {
    }

    /** The prompts {@code llm.prompts-dir} points at (default: ./prompts if present, else bundled), checked. */
    public static PromptTemplates prompts(Config config) {
        try {
            return PromptTemplates.load(config.string("llm.prompts-dir"));
        } catch (PromptException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    /** Answers from passages and rewrites follow-ups, streaming when the settings ask for it. */
    public static GroundedChat groundedChat(LlmSettings settings, PromptTemplates prompts, Clock clock) {
        BoundedChat chat = new BoundedChat(LlmModels.chat(settings),
                settings.stream() ? LlmModels.streaming(settings) : null, settings.maxRetries(), daemonThreads(),
                settings::redact);
        return new GroundedChat(chat, prompts, clock, settings.timeout());
    }

    /**
     * The configured model for one-off prompts (a briefing story), each call within {@code llm.timeout-seconds}
     * (retries on 429/5xx included) as {@code clock} tells time ({@link Tickers#of}); empty with
     * {@code llm.provider: none}.
     */
    public static Optional<LanguageModel> languageModel(LlmSettings settings, Clock clock) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        BoundedChat chat = new BoundedChat(LlmModels.chat(settings), null, settings.maxRetries(), daemonThreads(),
                settings::redact);
        return Optional.of(new TimeLimitedModel(chat, settings.timeout(), settings.toString(), Tickers.of(clock)));
    }

    private static ExecutorService daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsdesk-llm-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
