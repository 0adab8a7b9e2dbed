package newsdesk.discord;

import java.util.Set;

/** Where the bot answers: the allowed guilds and channels (a thread counts as its parent channel too). */
record AccessPolicy(Set<Long> guilds, Set<Long> channels) {
    static final String NOT_ENABLED = "Sorry, Newsdesk is not enabled here. Ask in a channel where it is set up.";

    static AccessPolicy from(DiscordSettings settings) {
        return new AccessPolicy(settings.allowedGuilds(), settings.allowedChannels());
    }

    /** @param parentChannelId the parent of a thread, or 0 for a channel that is not a thread */
    boolean allows(long guildId, long channelId, long parentChannelId) {
        boolean guildAllowed = guilds.isEmpty() || guilds.contains(guildId);
        boolean channelAllowed = channels.isEmpty() || channels.contains(channelId)
                || (parentChannelId != 0 && channels.contains(parentChannelId));
        return guildAllowed && channelAllowed;
    }
}
