package newsdesk.discord;

/** The mode of each channel: what was set at run time for it or its server, else the configured default. */
final class ChannelModes {
    private final ChannelSettings settings;
    private final ChannelMode fallback;

    ChannelModes(ChannelSettings settings, ChannelMode fallback) {
        this.settings = settings;
        this.fallback = fallback;
    }

    ChannelMode of(long guildId, long channelId) {
        return settings.mode(guildId, channelId).orElse(fallback);
    }

    ChannelSettings settings() {
        return settings;
    }
}
