package newsdesk.discord;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsdesk.state.ChannelModeTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChannelSettings} in the state database's {@code channel_modes} table, held in memory so the event thread never
 * waits for the database: read once at start, written through on each change.
 */
final class StoredChannelSettings implements ChannelSettings {
    private static final Logger log = LoggerFactory.getLogger(StoredChannelSettings.class);

    private record Key(long guildId, long channelId) {
    }

    private final ChannelModeTable table;
    private final Clock clock;
    private final Map<Key, ChannelMode> modes = new ConcurrentHashMap<>();

    StoredChannelSettings(ChannelModeTable table, Clock clock) {
        this.table = table;
        this.clock = clock;
        for (ChannelModeTable.Row row : table.all()) {
            Optional<ChannelMode> mode = ChannelMode.parse(row.mode());
            if (mode.isPresent()) {
                modes.put(new Key(Long.parseUnsignedLong(row.guildId()), Long.parseUnsignedLong(row.channelId())), mode.get());
            } else {
                log.warn("ignoring unknown channel mode '{}' stored for channel {}", row.mode(), row.channelId());
            }
        }
    }

    @Override
    public Optional<ChannelMode> mode(long guildId, long channelId) {
        ChannelMode m = modes.get(new Key(guildId, channelId));
        return Optional.ofNullable(m != null ? m : modes.get(new Key(guildId, 0)));
    }

    @Override
    public void setMode(long guildId, long channelId, ChannelMode mode, long byUser) {
        table.set(Long.toUnsignedString(guildId), Long.toUnsignedString(channelId), mode.label(),
                Long.toUnsignedString(byUser), clock.instant());
        modes.put(new Key(guildId, channelId), mode);
    }

    @Override
    public void clearMode(long guildId, long channelId) {
        table.clear(Long.toUnsignedString(guildId), Long.toUnsignedString(channelId));
        modes.remove(new Key(guildId, channelId));
    }

    @Override
    public Map<Long, ChannelMode> modes(long guildId) {
        java.util.TreeMap<Long, ChannelMode> out = new java.util.TreeMap<>();
        modes.forEach((k, v) -> {
            if (k.guildId() == guildId) {
                out.put(k.channelId(), v);
            }
        });
        return out;
    }
}
