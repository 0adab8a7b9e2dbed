package newsdesk.answer;

import dev.langchain4j.rag.content.retriever.ContentRetriever;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;
import newsdesk.llm.GroundedChat;
import newsdesk.llm.Llm;
import newsdesk.llm.LlmSettings;
import newsdesk.llm.Tickers;
import newsdesk.prompt.PromptTemplates;
import newsdesk.retrieval.NewsIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the language-model answerer: rewrite a follow-up, retrieve, ask the model, verify its citations, fall back
 * to the offline answer on any fault, and cache. Settings are checked here, at start: an unknown provider, a bad
 * URL, a missing API key or a broken prompt file is a {@link ConfigException} naming what to fix.
 */
public final class LlmAnswerers {
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerers.class);
    /** The environment variable that holds the LLM API key (else OPENAI_API_KEY / ANTHROPIC_API_KEY). */
    public static final String API_KEY_ENV = LlmSettings.API_KEY_ENV;

    private LlmAnswerers() {
    }

    /**
     * The full chain: follow-up rewrite, retrieval, model, citation check, offline fallback, cache. With
     * {@code llm.provider: none} it is just the cached offline answerer.
     *
     * @param retriever passages as {@link newsdesk.retrieval.PassageContent} contents, best first, already capped
     * @param env the environment, for the API key
     * @param offline the extractive answerer, not cached (this chain caches)
     * @param corpusVersion the store's version ({@code ArticleStore::version}); a change invalidates cached answers
     */
    public static Answerer llm(ContentRetriever retriever, Config config, Map<String, String> env, Answerer offline,
                               LongSupplier corpusVersion, Clock clock) {
        LlmSettings settings = LlmSettings.from(config, env);
        if (!settings.enabled()) {
            return cached(offline, Answer.EXTRACTIVE, config, corpusVersion);
        }
        PromptTemplates prompts = Llm.prompts(config);
        GroundedChat chat = Llm.groundedChat(settings, prompts, clock);
        LlmAnswerer llm = new LlmAnswerer(retriever, chat, offline);
        Answerer withFallback = new FallbackAnswerer(llm, offline, settings.timeout(),
                config.integer("answer.max-question-chars", 1, Integer.MAX_VALUE), Tickers.of(clock));
        log.info("answers by {}; prompts from {}", settings, prompts.origin());
        return cached(withFallback, Answer.LLM, config, corpusVersion);
    }

    /**
     * The model-backed follow-up rewriter ({@code prompts/followup.txt}); returns the question as asked when it has
     * no history or the model fails. With {@code llm.provider: none}, always the question as asked.
     */
    public static QuestionRewriter rewriter(Config config, Map<String, String> env, Clock clock) {
        LlmSettings settings = LlmSettings.from(config, env);
        if (!settings.enabled()) {
            return Question::text;
        }
        GroundedChat chat = Llm.groundedChat(settings, Llm.prompts(config), clock);
        return q -> chat.standaloneOrAsAsked(q.text(), LlmAnswerer.exchanges(q.history()));
    }

    /**
     * The answerer the config asks for over the store: the offline one unless an LLM is configured, in which case
     * the LLM writes and the offline answerer stands in when it fails; answers are cached per corpus version either
     * way.
     *
     * @param retriever what the language model answers from
     */
    public static Answerer configured(NewsIndex index, ContentRetriever retriever, Answerer offline, Config config,
                                      Map<String, String> env, Clock clock) {
        return llm(retriever, config, env, offline, index::version, clock);
    }

    /**
     * Any answerer behind the answer cache ({@code answer.cache-size}, {@code answer.cache-minutes}).
     *
     * @param mode part of the key, e.g. {@link Answer#EXTRACTIVE}
     */
    public static Answerer cached(Answerer answerer, String mode, Config config, LongSupplier corpusVersion) {
        return new AnswerCache(answerer, mode, cacheSize(config), cacheTtl(config), corpusVersion,
                answer -> !FallbackAnswerer.isFallback(answer));
    }

    private static int cacheSize(Config config) {
        return config.integer("answer.cache-size", 0, 1_000_000);
    }

    private static Duration cacheTtl(Config config) {
        return Duration.ofMinutes(config.integer("answer.cache-minutes", 0, 60 * 24 * 365));
    }
}
