package newsdesk.discord;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ChannelSettings} in a map. */
final class InMemoryChannelSettings implements ChannelSettings {
    private record Key(long guildId, long channelId) {
    }

    private final Map<Key, ChannelMode> modes = new ConcurrentHashMap<>();

    @Override
    public Optional<ChannelMode> mode(long guildId, long channelId) {
        ChannelMode m = modes.get(new Key(guildId, channelId));
        return Optional.ofNullable(m != null ? m : modes.get(new Key(guildId, 0)));
    }

    @Override
    public void setMode(long guildId, long channelId, ChannelMode mode, long byUser) {
        modes.put(new Key(guildId, channelId), mode);
    }

    @Override
    public void clearMode(long guildId, long channelId) {
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
