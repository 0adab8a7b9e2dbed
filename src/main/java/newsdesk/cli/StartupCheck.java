package newsdesk.cli;

import java.util.List;
import java.util.Map;
import newsdesk.answer.extractive.OfflineAnswerers;
import newsdesk.article.IngestSettings;
import newsdesk.article.WebSettings;
import newsdesk.briefing.BriefingSettings;
import newsdesk.config.Config;
import newsdesk.database.DatabaseSettings;
import newsdesk.discord.DiscordSettings;
import newsdesk.llm.LlmSettings;
import newsdesk.retrieval.RetrievalSettings;

/**
 * Every setting checked before any command runs, whatever the command: a value out of range for the bot is
 * reported by {@code newsdesk articles} too, at start, rather than hours later when the bot reads it.
 */
final class StartupCheck {
    /** {@code NEWSDESK_*} variables that are read but are not settings. */
    static final List<String> NOT_SETTINGS = List.of(LlmSettings.API_KEY_ENV, "NEWSDESK_DATA",
            DatabaseSettings.PASSWORD_ENV);

    private StartupCheck() {
    }

    static void check(Config config, Map<String, String> env) {
        config.checkEnvironment(env, NOT_SETTINGS);
        RetrievalSettings.from(config);
        IngestSettings.from(config);
        WebSettings.from(config);
        BriefingSettings.from(config);
        DiscordSettings.from(config);
        LlmSettings.from(config, env);
        OfflineAnswerers.checkSettings(config);
        // read where the answer cache and the bot's pollers are built, which need a store to be built
        config.integer("answer.cache-size", 0, 1_000_000);
        config.integer("answer.cache-minutes", 0, 60 * 24 * 365);
        config.integer("articles.feed-poll-minutes", 1, 24 * 60);
        config.integer("articles.watch-poll-seconds", 1, 3600);
        DatabaseSettings.from(config, env);
        config.integer("database.poll-seconds", 1, 30);
    }
}
