package newsdesk.llm;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import newsdesk.prompt.PromptException;
import newsdesk.prompt.PromptTemplates;
import newsdesk.text.Lexicon;
import newsdesk.text.Lexicons;

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

    /**
     * Answers from passages and rewrites follow-ups, streaming when the settings ask for it; each claim checked
     * offline (with WordNet, which starts loading now in the background) and by the judge unless
     * {@code llm.judge: off}.
     */
    public static GroundedChat groundedChat(LlmSettings settings, PromptTemplates prompts, Clock clock) {
        ExecutorService threads = daemonThreads();
        BoundedChat chat = new BoundedChat(LlmModels.chat(settings),
                settings.stream() ? LlmModels.streaming(settings) : null, settings.maxRetries(), threads,
                settings::redact);
        ClaimJudge judge = null;
        if (settings.judges()) {
            LlmSettings judging = settings.forJudge();
            judge = new ClaimJudge(new BoundedChat(LlmModels.chat(judging), null, judging.maxRetries(), threads,
                    settings::redact), prompts.judge(), clock, judging.model());
        }
        return new GroundedChat(chat, prompts, new CitationVerifier(Lexicons.wordNet()), judge, clock,
                settings.timeout());
    }

    /**
     * The citation check for single claims ({@code eval-claims}): the offline layer, and the judge when a model is
     * configured and {@code llm.judge} is not off.
     */
    public static ClaimChecker claimChecker(LlmSettings settings, PromptTemplates prompts, Lexicon lexicon,
                                            Clock clock) {
        ClaimJudge judge = null;
        if (settings.judges()) {
            LlmSettings judging = settings.forJudge();
            judge = new ClaimJudge(new BoundedChat(LlmModels.chat(judging), null, judging.maxRetries(), daemonThreads(),
                    settings::redact), prompts.judge(), clock, judging.model());
        }
        return new ClaimChecker(new CitationVerifier(lexicon), judge, settings.timeout(), Tickers.of(clock));
    }

    /** The offline layer of the citation check alone, with the given dictionary (measurements, tests). */
    public static ClaimChecker offlineClaimChecker(Lexicon lexicon) {
        return new ClaimChecker(new CitationVerifier(lexicon), null, java.time.Duration.ZERO, Ticker.systemTicker());
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
