package newsdesk.discord;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import newsdesk.state.ChannelModeTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChannelSettings} in the state database's {@code channel_modes} table, held in memory so the event thread never
 * waits for the database: read once at start, written through on each change.
 */
final class StoredChannelSettings implements ChannelSettings {
    private static final Logger log = LoggerFactory.getLogger(StoredChannelSettings.class);

    private final ChannelModeTable table;
    private final Clock clock;
    private final InMemoryChannelSettings held = new InMemoryChannelSettings();

    StoredChannelSettings(ChannelModeTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
        for (ChannelModeTable.Row row : table.all()) {
            Optional<ChannelMode> mode = ChannelMode.parse(row.mode());
            if (mode.isPresent()) {
                held.setMode(Long.parseUnsignedLong(row.guildId()), Long.parseUnsignedLong(row.channelId()), mode.get(), 0);
            } else {
                log.warn("ignoring unknown channel mode '{}' stored for channel {}", row.mode(), row.channelId());
            }
        }
    }

    @Override
    public Optional<ChannelMode> mode(long guildId, long channelId) {
        return held.mode(guildId, channelId);
    }

    @Override
    public void setMode(long guildId, long channelId, ChannelMode mode, long byUser) {
        table.set(Long.toUnsignedString(guildId), Long.toUnsignedString(channelId), mode.label(),
                Long.toUnsignedString(byUser), clock.instant());
        held.setMode(guildId, channelId, mode, byUser);
    }

    @Override
    public void clearMode(long guildId, long channelId) {
        table.clear(Long.toUnsignedString(guildId), Long.toUnsignedString(channelId));
        held.clearMode(guildId, channelId);
    }

    @Override
    public Map<Long, ChannelMode> modes(long guildId) {
        return held.modes(guildId);
    }
}
