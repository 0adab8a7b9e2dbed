package newsdesk.discord;

import java.time.Clock;
import java.util.Optional;
import newsdesk.state.ChannelModeTable;

/**
 * The per-server and per-channel settings changed from Discord at run time ({@code /newsdesk channel}), kept by
 * whoever builds the bot (the state database in production). Called on JDA's event thread: implementations answer
 * from memory and write through.
 */
public interface ChannelSettings {
    /** The mode set for this channel, else for the server, else empty (the bot's default applies). */
    Optional<ChannelMode> mode(long guildId, long channelId);

    /**
     * @param channelId the channel, or 0 for the server's default
     * @param byUser who set it
     */
    void setMode(long guildId, long channelId, ChannelMode mode, long byUser);

    /** @param channelId the channel, or 0 for the server's default */
    void clearMode(long guildId, long channelId);

    /** The modes set in a server, by channel (0: the server's default). */
    java.util.Map<Long, ChannelMode> modes(long guildId);

    /** Settings held in memory only, lost on restart: for tests and a bot without a database. */
    static ChannelSettings inMemory() {
        return new InMemoryChannelSettings();
    }

    /** Settings kept in the state database, read once at start and held in memory. */
    static ChannelSettings stored(ChannelModeTable table, Clock clock) {
        return new StoredChannelSettings(table, clock);
    }
}
