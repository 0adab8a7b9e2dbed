package newsdesk.cli;

import java.util.List;
import java.util.Map;
import newsdesk.answer.Answerers;
import newsdesk.answer.LlmAnswerers;
import newsdesk.article.IngestSettings;
import newsdesk.briefing.BriefingSettings;
import newsdesk.config.Config;
import newsdesk.discord.DiscordSettings;
import newsdesk.retrieval.RetrievalSettings;

/**
 * Every setting checked before any command runs, whatever the command: a value out of range for the bot is
 * reported by {@code newsdesk articles} too, at start, rather than hours later when the bot reads it.
 */
final class StartupCheck {
    /** {@code NEWSDESK_*} variables that are read but are not settings. */
    static final List<String> NOT_SETTINGS = List.of(LlmAnswerers.API_KEY_ENV, "NEWSDESK_DATA");

    private StartupCheck() {
    }

    static void check(Config config, Map<String, String> env) {
        config.checkEnvironment(env, NOT_SETTINGS);
        RetrievalSettings.from(config);
        IngestSettings.from(config);
        BriefingSettings.from(config);
        DiscordSettings.from(config);
        Answerers.offline(query -> List.of(), config);
        config.integer("answer.cache-size", 0, 1_000_000);
        config.integer("answer.cache-minutes", 0, 60 * 24 * 365);
        config.choice("llm.provider", "none", "openai", "ollama", "anthropic");
        config.integer("llm.timeout-seconds", 1, 600);
        config.integer("llm.max-retries", 0, 5);
        config.decimal("llm.temperature", 0.0, 2.0);
        config.bool("llm.stream");
        config.integer("articles.feed-poll-minutes", 1, 24 * 60);
        config.integer("articles.watch-poll-seconds", 1, 3600);
    }
}
