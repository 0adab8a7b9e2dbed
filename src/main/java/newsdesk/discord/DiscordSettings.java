package newsdesk.discord;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsdesk.config.Config;
import newsdesk.config.ConfigException;

/**
 * The {@code discord.*} settings.
 *
 * @param guildIds register slash commands in these guilds only; empty: globally
 * @param allowedGuilds answer only in these guilds; empty: in every guild
 * @param allowedChannels answer only in these channels (and their threads); empty: in every channel
 * @param workers answers made at once
 * @param queue answers that may wait for a worker; beyond that the user is told the bot is busy
 * @param apiBaseUrl REST base URL ending in a slash, or empty for Discord itself
 * @param gatewayUrl gateway WebSocket URL, or empty for Discord itself
 * @param streamAnswers show an answer while it is written, edited about once a second ({@code llm.stream})
 * @param maxQuestionChars the longest question {@code /ask} takes ({@code answer.max-question-chars})
 * @param adminRoles role ids or names whose members may use the admin features besides Manage Server
 * @param defaultMode how the bot behaves in a channel nobody set a mode for
 * @param shards the Discord shards this process runs ({@code discord.shards.*})
 */
public record DiscordSettings(List<Long> guildIds, Set<Long> allowedGuilds, Set<Long> allowedChannels,
                              int userRatePerMinute, int guildRatePerMinute, int workers, int queue,
                              String apiBaseUrl, String gatewayUrl, boolean streamAnswers, int maxQuestionChars,
                              Set<String> adminRoles, ChannelMode defaultMode, Shards shards) {
    public static final int DEFAULT_MAX_QUESTION_CHARS = 1000;

    public DiscordSettings {
        guildIds = List.copyOf(guildIds);
        allowedGuilds = Set.copyOf(allowedGuilds);
        allowedChannels = Set.copyOf(allowedChannels);
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? "" : withTrailingSlash(apiBaseUrl.strip());
        gatewayUrl = gatewayUrl == null ? "" : gatewayUrl.strip();
        adminRoles = Set.copyOf(adminRoles);
        java.util.Objects.requireNonNull(defaultMode, "defaultMode");
        java.util.Objects.requireNonNull(shards, "shards");
    }

    /** Settings of a process that runs every shard. */
    public DiscordSettings(List<Long> guildIds, Set<Long> allowedGuilds, Set<Long> allowedChannels,
                           int userRatePerMinute, int guildRatePerMinute, int workers, int queue,
                           String apiBaseUrl, String gatewayUrl, boolean streamAnswers, int maxQuestionChars,
                           Set<String> adminRoles, ChannelMode defaultMode) {
        this(guildIds, allowedGuilds, allowedChannels, userRatePerMinute, guildRatePerMinute, workers, queue, apiBaseUrl,
                gatewayUrl, streamAnswers, maxQuestionChars, adminRoles, defaultMode, Shards.SINGLE);
    }

    /** Settings with the defaults for the question length, admin roles (none) and mode ({@code threads}). */
    public DiscordSettings(List<Long> guildIds, Set<Long> allowedGuilds, Set<Long> allowedChannels,
                           int userRatePerMinute, int guildRatePerMinute, int workers, int queue,
                           String apiBaseUrl, String gatewayUrl, boolean streamAnswers) {
        this(guildIds, allowedGuilds, allowedChannels, userRatePerMinute, guildRatePerMinute, workers, queue, apiBaseUrl,
                gatewayUrl, streamAnswers, DEFAULT_MAX_QUESTION_CHARS, Set.of(), ChannelMode.THREADS);
    }

    public static DiscordSettings from(Config config) {
        return new DiscordSettings(
                List.copyOf(ids(config, "discord.guild-ids")),
                ids(config, "discord.allowed-guilds"),
                ids(config, "discord.allowed-channels"),
                config.integer("discord.user-rate-per-minute", 1, 10_000),
                config.integer("discord.guild-rate-per-minute", 1, 100_000),
                config.integer("discord.workers", 1, 64),
                config.integer("discord.queue", 0, 10_000),
                url(config, "discord.api-base-url", "http://", "https://"),
                url(config, "discord.gateway-url", "ws://", "wss://"),
                config.bool("llm.stream"),
                config.integer("answer.max-question-chars", 1, 100_000),
                Set.copyOf(config.list("discord.admin-roles")),
                ChannelMode.parse(config.string("discord.default-mode")).orElseThrow(() -> new ConfigException(
                        "discord.default-mode: '" + config.string("discord.default-mode")
                                + "' is not one of threads, mention-only, off")),
                Shards.parse(config.integer("discord.shards.total", 1, Shards.MAX_TOTAL),
                        config.string("discord.shards.ids")));
    }

    /** The same settings talking to another Discord (a proxy, a fake in tests). */
    public DiscordSettings withEndpoints(String apiBaseUrl, String gatewayUrl) {
        return new DiscordSettings(guildIds, allowedGuilds, allowedChannels, userRatePerMinute, guildRatePerMinute,
                workers, queue, apiBaseUrl, gatewayUrl, streamAnswers, maxQuestionChars, adminRoles, defaultMode, shards);
    }

    /** The same settings for a process running these shards. */
    public DiscordSettings withShards(Shards other) {
        return new DiscordSettings(guildIds, allowedGuilds, allowedChannels, userRatePerMinute, guildRatePerMinute,
                workers, queue, apiBaseUrl, gatewayUrl, streamAnswers, maxQuestionChars, adminRoles, defaultMode, other);
    }

    Optional<String> customApiBaseUrl() {
        return apiBaseUrl.isEmpty() ? Optional.empty() : Optional.of(apiBaseUrl);
    }

    Optional<String> customGatewayUrl() {
        return gatewayUrl.isEmpty() ? Optional.empty() : Optional.of(gatewayUrl);
    }

    private static Set<Long> ids(Config config, String key) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : config.list(key)) {
            try {
                ids.add(Long.parseUnsignedLong(value.strip()));
            } catch (NumberFormatException e) {
                throw new ConfigException(key + ": '" + value + "' is not a Discord id (a number such as 123456789012345678)");
            }
        }
        return ids;
    }

    private static String url(Config config, String key, String... schemes) {
        String value = config.string(key).strip();
        if (value.isEmpty()) {
            return value;
        }
        for (String scheme : schemes) {
            if (value.startsWith(scheme)) {
                return value;
            }
        }
        throw new ConfigException(key + ": '" + value + "' is not valid; expected a URL starting with "
                + String.join(" or ", schemes));
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
